"""One exception tree: the command line turns any KgError into one `Error: ...` line.

>>> str(EntityNotFound("Samsnug", ["Samsung Electronics"]))
"no entity named 'Samsnug'; did you mean 'Samsung Electronics'?"
"""


class KgError(Exception):
    """Base of every error the user should see as one line, with exit code 1."""


class InvalidData(KgError):
    """Input RDF that does not parse or does not satisfy the shapes."""


class QueryError(KgError):
    """A SPARQL query that does not parse, is refused, or fails while running."""


class StoreError(KgError):
    """The store cannot be opened, is locked, or a source is unknown."""


class NotFound(KgError):
    """A name that matches nothing of its kind; the message suggests the nearest names."""

    kind = "thing"

    def __init__(self, name: str, suggestions: list[str] = ()):
        self.name = name
        self.suggestions = list(suggestions)
        hint = ""
        if self.suggestions:
            hint = "; did you mean " + " or ".join(repr(s) for s in self.suggestions) + "?"
        super().__init__(f"no {self.kind} named {name!r}{hint}")


class EntityNotFound(NotFound):
    """A name that matches no label or alias."""

    kind = "entity"


class AmbiguousEntity(KgError):
    """A name that matches several entities equally well."""

    def __init__(self, name: str, candidates: list[str]):
        self.name = name
        self.candidates = list(candidates)
        super().__init__(f"{name!r} is ambiguous: " + "; ".join(self.candidates))


class NoPath(KgError):
    """Two entities with no connection in the graph."""


class ServeError(KgError):
    """The SPARQL server cannot start or cannot answer (port in use, bad path)."""


class RemoteUnsupported(StoreError, AttributeError):
    """An operation that needs the embedded store, asked of a remote SPARQL endpoint."""


class UnknownClass(NotFound):
    """A class name (as in `kg viz --types`) that the ontology does not define."""

    kind = "class"


def first_line(err: BaseException) -> str:
    """The first line of an exception's message, for one-line errors."""
    message = err.args[0] if err.args and isinstance(err.args[0], str) else str(err)
    text = message.strip() or type(err).__name__
    return text.splitlines()[0]
