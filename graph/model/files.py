"""Writing a file whole or not at all."""

from __future__ import annotations

from pathlib import Path

from graph.model.errors import KgError


def write_whole(path: str | Path, write, what: str | None = None) -> None:
    """Call write(file) on a temporary binary file beside `path`, then put it in place: an
    error or an interruption part way leaves no half-written file. `what` names the content
    in the one-line error ("cannot write the page to PATH: ...")."""
    path = Path(path)
    partial = path.with_name(f".{path.name}.partial")
    try:
        with open(partial, "wb") as out:
            write(out)
        partial.replace(path)
    except OSError as err:
        target = f"{what} to {path}" if what else str(path)
        raise KgError(f"cannot write {target}: {err.strerror or err}") from None
    finally:
        partial.unlink(missing_ok=True)
