"""The HTML: vis-network, the page's script and style and the data inlined into the template.

The page works from file:// with no network: vis-network's script and styles (shipped inside
the pyvis package) are inlined, and a Content-Security-Policy forbids every fetch and allows
exactly the inline scripts, by their hashes. The data travels as JSON in a
<script type="application/json"> block with <, > and & escaped.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from importlib import resources
from pathlib import Path

from graph.model.errors import KgError

VIS_DIR = "templates/lib/vis-9.1.2"  # inside the installed pyvis package


def fill_template(title: str, data: dict) -> str:
    """Inline vis-network, the page's script and style, and the data, into the template. The
    data (tens of megabytes on a large page) goes in after, so it is copied once."""
    import jinja2

    template = jinja2.Template(package_text("page.html"), autoescape=True)
    scripts = [safe_script(vis_asset("vis-network.min.js")), safe_script(package_text("page.js"))]
    html = template.render(
        title=title, data="", vis_css=safe_style(vis_asset("vis-network.css")),
        page_css=safe_style(package_text("page.css")), scripts=scripts,
        script_hashes=" ".join(f"'sha256-{sha256_b64(s)}'" for s in scripts),
    )
    at = html.index(DATA_BLOCK) + len(DATA_BLOCK)  # the first: the scripts come after it
    return "".join((html[:at], json_for_html(data), html[at:]))


DATA_BLOCK = '<script type="application/json" id="dealgraph-data">'


def json_for_html(data) -> str:
    """JSON that no string inside can end the script block it sits in.

    >>> json_for_html({"label": "</script><img src=x>&"})
    '{"label":"\\\\u003c/script\\\\u003e\\\\u003cimg src=x\\\\u003e\\\\u0026"}'
    """
    encoded = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return encoded.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def safe_script(code: str) -> str:
    return re.sub(r"</(script)", r"<\\/\1", code, flags=re.IGNORECASE)


def safe_style(css: str) -> str:
    return re.sub(r"</(style)", r"<\\/\1", css, flags=re.IGNORECASE)


def sha256_b64(code: str) -> str:
    return base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii")


def package_text(name: str) -> str:
    return (resources.files("graph.viz") / "templates" / name).read_text(encoding="utf-8")


def vis_asset(name: str) -> str:
    """vis-network's files from the installed pyvis package, found without importing pyvis."""
    from importlib.util import find_spec

    spec = find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise KgError("pyvis is not installed: it ships the vis-network script the page needs")
    return (Path(list(spec.submodule_search_locations)[0]) / VIS_DIR / name).read_text(encoding="utf-8")
