"""Whether a text is a web address the project may use: a source's URL or an endpoint's."""

from __future__ import annotations

import re
import urllib.parse

# Characters an IRI may not hold: a source URL is written into Turtle as one.
NOT_IN_IRI = re.compile(r"[\s<>\"{}|\\^`]")


def is_http_url(url: str) -> bool:
    """True for an absolute http(s) URL with a host and nothing an IRI may not hold.

    >>> is_http_url("https://example.org/a?b=1"), is_http_url("ftp://x"), is_http_url("http://a b")
    (True, False, False)
    """
    parts = urllib.parse.urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and not NOT_IN_IRI.search(url)
