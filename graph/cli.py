"""The `kg` command line: a thin click layer over the library.

Every command's docstring is its help, with an example. Domain errors (KgError) become one
`Error: ...` line and exit code 1, here and nowhere else.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import click

from graph.model.errors import KgError
from graph.model.files import write_whole
from graph.output import FORMATS, Listing, render, render_json
from graph.query.formats import SPARQL_FORMATS, printable

LONGEST_LINE = 300


def shown(message: str) -> str:
    """A message made printable, each line cut in the middle when long (a 100 kB name echoed
    back), so that its start and its hint at the end both show."""
    return "\n".join(map(shortened, printable(message).splitlines()))


def shortened(line: str) -> str:
    if len(line) <= LONGEST_LINE:
        return line
    cut = len(line) - LONGEST_LINE
    return f"{line[:LONGEST_LINE * 2 // 3]}\u2026 ({cut:,} characters cut) \u2026{line[-LONGEST_LINE // 3:]}"


def say(message: str, *, err: bool = False) -> None:
    click.echo(shown(message), err=err)


class KgGroup(click.Group):
    """Turns any KgError raised by a command into `Error: ...` on stderr and exit code 1, and
    refuses arguments that are not text (a usage error, exit code 2) before any command runs."""

    def parse_args(self, ctx, args):
        for arg in args:
            try:
                arg.encode("utf-8")
            except UnicodeEncodeError:  # bytes that are not UTF-8 arrive as lone surrogates
                say(f"Error: argument {ascii(arg)} is not valid UTF-8 text", err=True)
                raise click.exceptions.Exit(2) from None
        return super().parse_args(ctx, args)

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KgError as err:
            say(f"Error: {err}", err=True)
            raise click.exceptions.Exit(1) from None
        except BrokenPipeError:
            raise click.exceptions.Exit(0) from None
        except KeyboardInterrupt:  # Ctrl-C: whatever ran in a child process was killed on the way
            click.echo("Error: interrupted", err=True)
            raise click.exceptions.Exit(130) from None
        except OSError as err:  # a file that cannot be read or written, a full disk
            click.echo(f"Error: {err.strerror or err}{f': {err.filename}' if err.filename else ''}", err=True)
            raise click.exceptions.Exit(1) from None


class Settings:
    """Where the graph lives; the store is opened on first use only."""

    def __init__(self, store_path: str | None, endpoint: str | None = None,
                 update_endpoint: str | None = None, lock_wait: float = 0):
        self.store_path = store_path
        self.endpoint = endpoint
        self.update_endpoint = update_endpoint
        self.lock_wait = lock_wait
        self._store = None

    @property
    def store(self):
        """The store to read: the embedded one, or a RemoteStore when --endpoint names a
        SPARQL server."""
        return self.open_store(write=False)

    @property
    def writable_store(self):
        """The store to change: the embedded one waits for other processes to let go of it."""
        return self.open_store(write=True)

    def open_store(self, *, write: bool, build: bool = True):
        if self._store is None and self.endpoint:
            from graph.store.remote import RemoteStore

            self._store = RemoteStore(self.endpoint, self.update_endpoint)
        if self._store is None:
            from graph.store.embedded import Store

            self._store = Store.open(self.store_path, build=build, write=write, wait=self.lock_wait,
                                     notify=lambda message: click.echo(message, err=True))
        return self._store

    def close(self) -> None:
        """Release the store (its lock) when the command ends."""
        if self._store is not None:
            self._store.close()
            self._store = None


pass_settings = click.make_pass_decorator(Settings)


def format_option(choices, default: str = "table", help: str = "Output format."):
    """--format, and --json folded into it: the command gets one value, `fmt`. --json is read
    first (eager), so it wins over a --format given beside it."""
    def remember_json(ctx, _param, on: bool) -> None:
        ctx.meta["kg_json"] = ctx.meta.get("kg_json") or on

    def chosen(ctx, _param, value: str) -> str:
        return "json" if ctx.meta.get("kg_json") else value

    def decorate(command):
        command = click.option("--wide", is_flag=True, expose_value=False, callback=style_tables,
                               help="At a terminal, show every row and every cell in full.")(command)
        command = click.option("--json", is_flag=True, is_eager=True, expose_value=False, callback=remember_json,
                               help="Shortcut for --format json.")(command)
        return click.option("--format", "fmt", type=click.Choice(choices), default=default, show_default=True,
                            help=help, callback=chosen)(command)
    return decorate


output_options = format_option(FORMATS)

with_sources_option = click.option(
    "--with-sources", is_flag=True,
    help="Also the sources' side: positions only their own author's articles state (bylines), "
         "and the authors and outlets only they link.")


def style_tables(_ctx, _param, wide: bool) -> None:
    """Tables for a person at a terminal fit its width and colour statuses (not with NO_COLOR);
    anything else (files, pipes, CI) gets the plain table, byte for byte."""
    import os
    import shutil

    from graph.output import terminal_style
    from graph.query.formats import TABLE_STYLE

    TABLE_STYLE.set(terminal_style(terminal=sys.stdout.isatty(), width=shutil.get_terminal_size().columns,
                                   wide=wide, no_color=bool(os.environ.get("NO_COLOR"))))


def echo(text: str) -> None:
    click.echo(text, nl=False)


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--store", "store_path", envvar="KG_STORE", type=click.Path(file_okay=False),
              help="Store directory (default: a per-user data directory; env KG_STORE).")
@click.option("--endpoint", envvar="KG_ENDPOINT", metavar="URL",
              help="Query a remote SPARQL 1.1 endpoint instead of the store (env KG_ENDPOINT).")
@click.option("--update-endpoint", envvar="KG_UPDATE_ENDPOINT", metavar="URL",
              help="The remote server's SPARQL Update URL, for kg push and updates (env KG_UPDATE_ENDPOINT).")
@click.option("--lock-wait", envvar="KG_LOCK_WAIT", type=click.FloatRange(min=0), default=60, show_default=True,
              metavar="SECONDS", help="How long a command that changes the store waits for another process "
                                      "(a load, a kg serve) to let go of it (env KG_LOCK_WAIT).")
@click.version_option(package_name="dealgraph")
@click.pass_context
def main(ctx, store_path, endpoint, update_endpoint, lock_wait):
    """dealgraph: a knowledge graph of companies, people and deals, built from news.

    \b
    Example:
        kg stats
        kg sparql 'SELECT ?deal WHERE { ?deal a dg:Deal }'
    """
    from graph.query.formats import TABLE_STYLE

    ctx.obj = Settings(store_path, endpoint, update_endpoint, lock_wait)
    ctx.call_on_close(ctx.obj.close)
    ctx.call_on_close(lambda: TABLE_STYLE.set(None))


# ---------------------------------------------------------------- storing data


@main.command()
@pass_settings
def build(settings):
    """Rebuild the store from the bundled seed graph, dropping everything else.

    \b
    Example:
        kg build
    """
    if settings.endpoint:
        raise click.UsageError("kg build builds the embedded store; `kg push` then sends it to a server")
    store = settings.open_store(write=True, build=False)
    store.build()
    click.echo(f"built {store.path}: {len(store.sources())} sources, {store.triple_count()} triples")


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--validate", is_flag=True, help="Check the files against the SHACL shapes first (slow on big files).")
@click.option("--progress/--no-progress", default=None, help="Show a progress bar (default: on a terminal).")
@pass_settings
def load(settings, files, validate, progress):
    """Bulk-load RDF files, one source each: streamed, all or nothing.

    N-Triples is the fastest format: a big file is loaded in parts, one per core.

    \b
    Example:
        kg load deals-2025.nt more-deals.ttl
    """
    from graph.store.load import load_files

    store = settings.writable_store
    show = sys.stderr.isatty() if progress is None else progress
    total = sum(p.stat().st_size for p in files if p.is_file())
    with click.progressbar(length=total, label="loading", file=sys.stderr, hidden=not show) as bar:
        loaded = load_files(store, list(files), validate=validate, progress=bar.update)
    for name, count in loaded.items():
        click.echo(f"loaded {count} triples as source {name}")


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--name", help="Source name (default: from the file name).")
@click.option("--replace", is_flag=True, help="Replace a source of the same name.")
@pass_settings
def add(settings, file, name, replace):
    """Validate a file against the shapes and store it as one source.

    \b
    Example:
        kg extract article.txt > draft.ttl   # review the draft, then:
        kg add draft.ttl
    """
    from graph.store.load import add_file

    name, count = add_file(settings.writable_store, file, name, replace=replace)
    click.echo(f"added {count} triples as source {name}")


@main.command()
@click.argument("source")
@pass_settings
def remove(settings, source):
    """Remove a source and everything it stated.

    \b
    Example:
        kg remove draft
    """
    count = settings.writable_store.remove_source(source)
    click.echo(f"removed source {source} ({count} triples)")


@main.command()
@output_options
@pass_settings
def sources(settings, fmt):
    """List the stored sources with their outlet, date and size.

    \b
    Example:
        kg sources --json
    """
    from graph.store.catalog import source_rows

    rows = source_rows(settings.store)
    echo(render(rows, fmt, ["source", "triples", "outlet", "published", "title"]))


@main.command()
@click.argument("file", required=False, type=click.Path(path_type=Path))
@pass_settings
def validate(settings, file):
    """Check a file, or the whole store, against the SHACL shapes; exit 1 on violations.

    \b
    Example:
        kg validate draft.ttl
        kg validate
    """
    from graph.model.errors import InvalidData
    from graph.store.load import validate_file
    from graph.store.catalog import validate_store

    violations = validate_file(file, settings.store) if file else validate_store(settings.store)
    if violations:
        details = "\n".join(f"  {v}" for v in violations)
        raise InvalidData(f"{file or 'store'}: {len(violations)} shape violation(s)\n{details}")
    click.echo(f"{file or 'store'}: conforms to the shapes")


@main.command()
@click.option("--format", "fmt", type=click.Choice(["ttl", "nt", "trig", "nq", "jsonld", "graphml", "gexf"]),
              default="ttl",
              show_default=True, help="Serialization.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="File to write (default: stdout).")
@click.option("--derived/--no-derived", default=False, help="Include the derived shortcuts.")
@click.option("--ontology/--no-ontology", default=False, help="Include the ontology.")
@pass_settings
def export(settings, fmt, output, derived, ontology):
    """Export the sources (and optionally the derived graph and ontology).

    ttl, nt and jsonld merge the graphs; trig and nq keep one named graph per source;
    graphml and gexf write the entity network (for Gephi).

    \b
    Example:
        kg export --format trig -o dealgraph.trig
        kg export --format graphml -o dealgraph.graphml
    """
    from graph.answers.network import export_network
    from graph.store.catalog import export_graph

    def write(out) -> None:
        if fmt in ("graphml", "gexf"):
            out.write(export_network(settings.store, fmt))
        else:
            export_graph(settings.store, fmt, out, derived=derived, ontology=ontology)

    if output:
        write_whole(output, write)
        click.echo(f"wrote {output}", err=True)
    else:
        write(sys.stdout.buffer)


@main.command()
@click.argument("query")
@format_option(SPARQL_FORMATS, help="Result format: W3C SPARQL results for SELECT/ASK, RDF for CONSTRUCT/DESCRIBE.")
@click.option("--update", "allow_update", is_flag=True, help="Allow SPARQL Update (changes the store).")
@click.option("--service", "allow_service", is_flag=True,
              help="Allow reaching other servers: SERVICE clauses (federated queries), LOAD in an update.")
@click.option("--timeout", default=60.0, show_default=True, type=click.FloatRange(min=0),
              help="Seconds a query may run before it is stopped; 0 for no limit.")
@click.option("--memory-limit", "memory_mb", default=2048, show_default=True, type=click.IntRange(min=0),
              help="Megabytes of memory a query may use before it is stopped; 0 for no limit.")
@pass_settings
def sparql(settings, query, fmt, allow_update, allow_service, timeout, memory_mb):
    """Run a SPARQL 1.1 query (text or a .rq file) over all graphs (or those FROM names).

    The prefixes dg:, dgr:, schema:, prov:, oa:, skos:, org:, rdfs: and friends are predeclared.
    A query runs in a process of its own: results are written as they come, and Ctrl-C, the
    timeout or the memory limit stop it at once.

    \b
    Example:
        kg sparql 'SELECT ?a ?b WHERE { ?a dg:partnersWith ?b }'
        kg sparql my-query.rq --format csv --timeout 300
    """
    from graph.query.sparql import read_query_text
    from graph.server.oneshot import sparql_to

    text = read_query_text(query)
    out = sys.stdout.buffer
    sparql_to(settings.open_store(write=allow_update), text, fmt, lambda piece: (out.write(piece), out.flush()),
              allow_update=allow_update, allow_service=allow_service, timeout=timeout, memory_mb=memory_mb)


@main.command()
@output_options
@pass_settings
def stats(settings, fmt):
    """Count the entities and relationships by class.

    \b
    Example:
        kg stats
    """
    from graph.store.catalog import class_counts

    rows = class_counts(settings.store)
    echo(render(rows, fmt, ["class", "count"]))


# ---------------------------------------------------------------- serving and remote stores


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free port).")
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds a query may run before it is stopped (answered 503).")
@click.option("--max-rows", default=10000, show_default=True, type=click.IntRange(min=1),
              help="Most solutions (or triples) one answer carries.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64),
              help="Query worker processes (queries running at once).")
@click.option("--memory-limit", "memory_mb", default=2048, show_default=True, type=click.IntRange(min=0),
              metavar="MB", help="Address space of each query worker, in MB (0: no limit).")
@click.option("--get", "get_path", metavar="PATH", help="Answer one GET request in-process, print its body and exit.")
@pass_settings
def serve(settings, host, port, timeout, max_rows, workers, memory_mb, get_path):
    """Serve the store read-only over the SPARQL 1.1 Protocol, with a query page.

    /sparql takes GET and POST (form or application/sparql-query) and answers JSON, XML, CSV,
    TSV, Turtle, N-Triples or JSON-LD by Accept; updates get 403 and SERVICE is refused.
    /health reports the workers; / (the graph) and /query are pages that work offline, and
    GET /query?query=... is answered as /sparql answers it.

    \b
    Example:
        kg serve --port 8000
        curl -H 'Accept: text/csv' 'http://127.0.0.1:8000/sparql?query=SELECT%20*%20WHERE%20%7B?s%20?p%20?o%7D%20LIMIT%203'
        kg serve --get '/sparql?query=ASK%7B?s%20?p%20?o%7D&format=json'
    """
    from graph.model.errors import ServeError
    from graph.server.app import ServeConfig, get_once, serve as run_server

    if settings.endpoint:
        raise ServeError("kg serve serves the embedded store; drop --endpoint / KG_ENDPOINT")
    store = settings.writable_store  # built on first use; held open so the served data cannot change
    config = ServeConfig(str(store.path), host, port, timeout, max_rows, workers, memory_mb or None)
    if get_path is None:
        run_server(config, announce=lambda line: click.echo(line, err=True), store=store)
        return
    status, _, body = get_once(config, get_path, store=store)
    if status >= 400:
        text = body.decode("utf-8", errors="replace").strip()
        raise ServeError(f"HTTP {status}: {text.splitlines()[0] if text else 'no body'}")
    sys.stdout.buffer.write(body)


@main.command()
@click.option("--graph-store", metavar="URL", envvar="KG_GRAPH_STORE",
              help="Graph Store Protocol URL (env KG_GRAPH_STORE); default: SPARQL Update at --update-endpoint.")
@click.option("--chunk", default=10000, show_default=True, type=click.IntRange(min=1),
              help="Triples per request.")
@pass_settings
def push(settings, graph_store, chunk):
    """Send the store to a remote SPARQL server: ontology, sources, derived shortcuts.

    Each source goes to its own named graph; each graph sent replaces the remote graph of the
    same name. With --endpoint, the server's counts are checked afterwards.

    \b
    Example:
        KG_UPDATE_ENDPOINT=http://127.0.0.1:7878/update kg push
        kg --endpoint http://127.0.0.1:7878/query push --graph-store http://127.0.0.1:7878/store
    """
    from graph.store.push import push_store, verify
    from graph.store.remote import RemoteStore
    from graph.store.embedded import Store

    store = Store.open(settings.store_path, write=False)
    try:
        pushed = push_store(store, update_url=settings.update_endpoint, graph_store_url=graph_store,
                            chunk=chunk, progress=lambda p: click.echo(f"pushed {p.graph} ({p.triples} triples)"))
    finally:
        store.close()
    if settings.endpoint:
        verify(RemoteStore(settings.endpoint), pushed)
    total = sum(p.triples for p in pushed)
    checked = ", counts checked" if settings.endpoint else ""
    click.echo(f"pushed {len(pushed)} graphs, {total} triples{checked}")


# ---------------------------------------------------------------- asking the graph


def deal_filters(command):
    """--type, --status, --since, --until, --as-of: the deal filters of `kg partners`."""
    options = [
        click.option("--type", "deal_type", metavar="CLASS",
                     help="Deal class by name or label (partnership, MoU, investment...); subclasses count."),
        click.option("--status", metavar="STATUS",
                     help="Claim status: considering, in discussion, planned, announced, signed, active, completed, cancelled."),
        click.option("--since", metavar="DATE", help="Deals dated in or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)."),
        click.option("--until", metavar="DATE", help="Deals dated in or before DATE (a partial date means its whole period)."),
        click.option("--as-of", "as_of", metavar="DATE", help="Only what sources published by DATE had stated."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


@main.command()
@click.argument("entity", required=False)
@deal_filters
@click.option("--limit", type=click.IntRange(min=1), help="At most N pairs (or partners).")
@output_options
@pass_settings
def partners(settings, entity, deal_type, status, since, until, as_of, limit, fmt):
    """Who partners with whom: one row per deal, pairs with most deals first.

    With ENTITY, its partners. The STATUS column says how far each deal is (a deal under
    consideration is never shown as signed) and who reported it when the source cites someone
    else. Dates may be partial (2025, 2025-02): a deal dated 2025-02 matches --since 2025 and
    --until 2025-02. Deals without a date are left out by --since/--until. Claims a later one
    supersedes are left out.

    \b
    Example:
        kg partners
        kg partners Samsung --json
        kg partners OpenAI --status signed --since 2025
        kg partners --type mou --as-of 2025-06-01
    """
    from graph.answers.partners import PARTNER_COLUMNS, partner_pairs, partner_rows

    pairs = partner_pairs(settings.store, entity, type=deal_type, status=status, since=since,
                          until=until, as_of=as_of, limit=limit)
    echo(render(Listing(pairs, PARTNER_COLUMNS,
                        lambda shown: partner_rows(settings.store, pairs, blank_repeats=shown == "table")), fmt))


@main.command()
@click.argument("a")
@click.argument("b")
@click.option("--limit", type=click.IntRange(min=1), default=5, show_default=True,
              help="At most N shortest paths.")
@output_options
@pass_settings
def path(settings, a, b, limit, fmt):
    """How two entities are connected: the shortest paths, hop by hop.

    Each hop names the relationship behind it (deal, position, meeting...) with its status,
    date and evidence (source and character offsets), or the plain link (based in, operated
    by...) between its ends. Where two entities share several relationships, the hop shows
    the one furthest along. Paths through relationships and actors come first.

    \b
    Example:
        kg path "Jason Kwon" "Chey Tae-won"
        kg path Samsung SK --limit 3 --json
    """
    from graph.answers.paths import PATH_COLUMNS, connections, path_rows

    result = connections(settings.store, a, b, limit)
    echo(render(Listing(result, PATH_COLUMNS,
                        lambda shown: path_rows(settings.store, result, blank_repeats=shown == "table")), fmt))


@main.command()
@click.argument("name")
@click.option("--limit", type=click.IntRange(min=0), metavar="N",
              help="At most N items per section, newest first; 0 for all. [default: 20 in a table, all otherwise]")
@output_options
@pass_settings
def entity(settings, name, limit, fmt):
    """Profile of an entity: classes, aliases, links (offices, products, places), positions,
    deals, activities (what it does, plans or considers), meetings, statistics and sources.

    Every relationship shows the status its latest source gives and who reported it; a claim a
    later one supersedes says so. A table shows the 20 newest items of each section and says
    how many more there are; JSON, CSV and TSV list everything unless --limit is given. JSON
    keys: iri, label, classes, aliases, summary, sector, same_as, links, located_in, figures,
    positions, deals, activities, meetings, statistics, about, reported, sources; with a
    --limit above 0, also omitted (how many items each cut section leaves out).

    \b
    Example:
        kg entity "Jason Kwon"
        kg entity samsung --json
        kg entity OpenAI --limit 5
        kg entity OpenAI --limit 0
    """
    from graph.answers.profile import PROFILE_COLUMNS, TABLE_LIMIT, entity_profile, profile_rows, profile_text

    if limit is None:
        limit = TABLE_LIMIT if fmt == "table" else 0
    profile = entity_profile(settings.store, name, limit or None)
    echo(render(Listing(profile, PROFILE_COLUMNS, lambda shown: profile_rows(settings.store, profile),
                        text=lambda: profile_text(settings.store, profile)), fmt))


@main.command()
@click.argument("question")
@click.option("--show-query", is_flag=True,
              help="Also print the answer's SPARQL query, names bound, ready for `kg sparql`.")
@output_options
@pass_settings
def ask(settings, question, show_query, fmt):
    """Answer a plain-English question about the graph, with each claim's status and sources.

    Questions are read, not matched to templates: the names in them (labels and aliases,
    small typos forgiven), filters (a year or "since 2025-02", a status such as signed or in
    talks, a deal type such as MoU, a place or nationality such as "Korean firms") and what
    is asked: partners, deals, whether two parties have a deal, roles and titles, meetings,
    offices, plans, who takes part in or funds an initiative, what an outlet reported,
    figures, counts ("how many"), superlatives ("who has the most deals"), how two entities
    are connected, who or what something is. Yes/no questions are answered yes, no or not
    yet first. A question that fits nothing exits 1 with the three closest questions.
    JSON keys: question, understood_as, summary, answer, queries, notes.

    \b
    Example:
        kg ask "who partners with SK?"
        kg ask "Which Korean firms signed deals with OpenAI in 2025?"
        kg ask "Has Samsung a deal with SK?"
        kg ask "How is Jason Kwon connected to Chey Tae-won?" --show-query
    """
    from graph.answers.ask import ask as answer_question
    from graph.answers.ask import query_text

    answer = answer_question(settings.store, question)
    for note in answer.notes:
        say(f"note: {note}", err=True)
    if fmt == "json":
        echo(render([], fmt, json_value={**answer.as_json(), "queries": answer.queries if show_query else []}))
        return
    if fmt == "table":
        click.echo(printable(answer.summary) + "\n")
    echo(render(answer.rows, fmt, answer.columns) if answer.rows or fmt != "table" else "")
    if show_query:
        click.echo("\nSPARQL:\n" + query_text(answer), nl=False)


@main.command()
@click.option("--by", type=click.Choice(["degree", "betweenness", "pagerank"]), default="degree",
              show_default=True, help="Centrality measure.")
@click.option("--type", "kind", default="agent", show_default=True, metavar="CLASS",
              help="List only entities of this class (subclasses count); 'all' for every entity.")
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True, help="At most N entities.")
@with_sources_option
@output_options
@pass_settings
def rank(settings, by, kind, limit, with_sources, fmt):
    """The most central entities: degree, betweenness or PageRank on the graph projection.

    Ranks the business network: what articles say of their own authors (bylines, an author's
    earlier posts) is left out, and with it the authors and the outlets they wrote for, unless
    --with-sources. Degree (distinct neighbours) and PageRank are exact. Betweenness is exact
    up to 2000 nodes; above that it is estimated from a fixed sample of 50 to 500 source nodes
    (fewer on graphs with more edges), and a note on stderr says how many. JSON: {"measure",
    "exact", "sample", "nodes", "ranking": [...]}.

    \b
    Example:
        kg rank
        kg rank --by betweenness --type company --limit 5
        kg rank --with-sources --type person      # authors of the sources too
    """
    from graph.answers.rank import centrality

    result = centrality(settings.store, by, kind, limit, with_sources=with_sources)
    if not result["exact"]:
        click.echo(f"note: betweenness estimated from {result['sample']} of {result['nodes']} nodes", err=True)
    echo(render(result["ranking"], fmt, ["rank", "entity", "classes", "score"],
                json_value=result))


# ---------------------------------------------------------------- extracting new articles

# Texts longer than this (in bytes) take a few seconds: worth a progress bar on a terminal.
LONG_TEXT = 200_000


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--url", help="The article's URL (one FILE only).")
@click.option("--published", metavar="DATE", help="Publication date, YYYY-MM-DD: relative dates "
              "('last month') are read against it (default: the date stamp a stored page opens with, "
              "' date 2025-10-09 ...', else today).")
@click.option("--outlet", metavar="NAME", help="The outlet: a known one by name, else a new dg:NewsOutlet.")
@click.option("--title", help="The article's headline (one FILE only).")
@format_option(["turtle", "json"], "turtle", help="A Turtle draft to review and `kg add`, or the JSON summary.")
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar (default: on a terminal, for several files or a long one).")
@click.option("--rules-only", is_flag=True, help="Leave out the partnerships and positions the learned "
              "models propose (confidence 0.30): only what a rule reads.")
@pass_settings
def extract(settings, files, url, published, outlet, title, fmt, progress, rules_only):
    """Propose facts from article texts (UTF-8): names, positions, deals, offices, data centres.

    Offline: the graph's own names and aliases, plus rules for new names, titles, deal cues,
    status words and dates. Two organizations of one sentence that no rule links become
    partners, and a person and an organization named beside a title become a position, when a
    small learned model (trained on gold articles) is confident enough. The Turtle draft has one dg:Article per file
    (with the sha256 of its text, never the text) and one relationship node per fact, with
    status, dates, evidence offsets, extractor version and confidence. JSON: {"entities":
    [{"name", "type", "aliases"}], "roles": [{"person", "title", "organization"}], "deals":
    [{"type", "parties", "date", "status", "amount", "stake_percent", "capacity"}]}, with an
    amount as {"value", "currency"} and a capacity as {"value", "unit"}. Empty or non-English
    texts give an empty draft and a note on stderr.

    \b
    Example:
        kg extract article.txt --published 2025-09-10 --outlet "RCR Wireless News" > draft.ttl
        kg add draft.ttl        # after reviewing it
        kg extract article.txt --json
        kg extract article.txt --json --rules-only
    """
    from graph.extract.logistic import never
    from graph.extract.pipeline import extract_files
    from graph.extract.draft import to_json, to_turtle

    sizes = [Path(f).stat().st_size if Path(f).is_file() else 0 for f in files]
    long_work = len(files) > 1 or sum(sizes) > LONG_TEXT
    show = (sys.stderr.isatty() and long_work) if progress is None else progress
    with click.progressbar(length=sum(sizes), label="reading", file=sys.stderr, hidden=not show) as bar:
        result = extract_files(settings.store, files, published=published, url=url, outlet=outlet, title=title,
                               progress=bar.update, decide_pair=never if rules_only else None,
                               decide_role=never if rules_only else None)
    for note in result.notes:
        say(f"note: {note}", err=True)
    gc.freeze()  # the draft's millions of objects live on while it is written: the collector need not walk them
    try:
        if fmt == "json":
            click.echo(render_json(to_json(result)), nl=False)
        else:
            echo(to_turtle(result))
    finally:
        gc.unfreeze()


# ---------------------------------------------------------------- the graph page (kg viz)


def split_names(ctx, param, value):
    """'company, person' -> ['company', 'person']; None stays None."""
    if value is None:
        return None
    names = [n.strip() for n in value.split(",") if n.strip()]
    if not names:
        raise click.BadParameter("give at least one class name")
    return names


@main.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default="dealgraph.html",
              show_default=True, help="The HTML file to write.")
@click.option("--focus", metavar="NAME", help="Show only this entity's neighbourhood.")
@click.option("--depth", type=click.IntRange(min=0), help="Steps from --focus to include.  [default: 2]")
@click.option("--types", metavar="CLASS,...", callback=split_names,
              help="Keep nodes of these classes (superclasses too, e.g. organization).")
@click.option("--max-nodes", type=click.IntRange(min=1), default=1000, show_default=True,
              help="Keep the N most connected nodes (a large store's whole graph is too big to draw).")
@click.option("--texts", type=click.Path(exists=True, file_okay=False, path_type=Path), metavar="DIR",
              help="Folder of article texts: evidence from a source whose sha256 matches a file is quoted.")
@click.option("--open", "open_browser", is_flag=True, help="Open the page in the default browser.")
@with_sources_option
@pass_settings
def viz(settings, output, focus, depth, types, max_nodes, texts, open_browser, with_sources):
    """Write the graph as one interactive HTML page that works offline.

    Nodes are coloured and shaped by class and sized by links; hover for dates and status,
    click for the sources and evidence, search by name or alias, filter by class and status.
    Draws the business network: what articles say of their own authors (bylines) is left out
    unless --with-sources. Prints the path of the page.

    \b
    Example:
        kg viz --open
        kg viz --focus OpenAI --depth 1 -o openai.html
        kg viz --types company,person --max-nodes 500
        kg viz --texts ~/articles     # quote the evidence from local copies of the articles
        kg viz --with-sources         # the sources' authors and their outlets too
    """
    from graph.viz.choosing import DEFAULT_DEPTH
    from graph.viz.page import write_page

    if depth is not None and focus is None:
        raise click.UsageError("--depth needs --focus")
    page = write_page(settings.store, output, focus=focus, depth=DEFAULT_DEPTH if depth is None else depth,
                      types=types or (), max_nodes=max_nodes, texts=texts, with_sources=with_sources)
    click.echo(f"{page.nodes:,} of {page.total_nodes:,} nodes, {page.edges:,} of {page.total_edges:,} links",
               err=True)
    click.echo(str(output))
    if open_browser:
        import webbrowser

        if not webbrowser.open(output.resolve().as_uri()):
            click.echo(f"could not start a browser; open {output} yourself", err=True)


if __name__ == "__main__":
    main()
