"""`newsgraph profile | timeline | connect | ask | open | conflicts | claims`: the query stage's commands.

Each command calls one function of ``newsgraph.query`` and shows its typed
result as Rich tables, or as JSON with ``--format json`` (the result's
``to_dict()``, unchanged).
"""

from __future__ import annotations

from typing import Annotated

import typer

from .app import DbOption, FormatOption, OutputFormat, cli_store, console, emit, print_table

NameArgument = Annotated[str, typer.Argument(help="An entity: its name, an alias, any case, or some of its words.")]
AsOfOption = Annotated[str | None, typer.Option("--as-of", help="Only articles published on or before this day "
                                                                "(YYYY-MM-DD).")]
LimitOption = Annotated[int, typer.Option("--limit", help="At most this many.")]


def _cite(citation) -> str:
    return f"{citation.day or 'undated'} {citation.source or citation.article[:12]} #{citation.sentence}"


def _short(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _alternatives(match) -> None:
    if match.alternatives:
        names = ", ".join(f"{a.name} ({a.type}, id {a.id})" for a in match.alternatives)
        console.print(f"[dim]also named so: {names}[/dim]", highlight=False)


def profile(name: NameArgument, db: DbOption = "newsgraph.db", fmt: FormatOption = OutputFormat.table,
            as_of: AsOfOption = None) -> None:
    """An entity's profile: aliases, descriptions, sources, strongest connections, latest claims."""
    from ..query import profile as run

    with cli_store(db) as store:
        result = run(store, name, as_of=as_of)

    def render() -> None:
        e = result.entity
        console.rule(f"{e.name}  ({e.type}, id {e.id})")
        _alternatives(result.match)
        console.print(f"aliases: {', '.join(result.aliases) or '-'}\narticles: {result.articles}   "
                      f"first seen {result.first_seen or '-'}   last seen {result.last_seen or '-'}", highlight=False)
        print_table("descriptions", ["description", "times", "cited"],
                    [(d.text, d.count, _cite(d.citations[0])) for d in result.descriptions])
        print_table("sources", ["outlet", "articles"], [(s.source or "(none)", s.articles) for s in result.sources])
        print_table("connections", ["entity", "type", "claims", "same sentence", "last", "evidence"],
                    [(c.entity.name, c.entity.type, c.claims, c.co_mentions, c.last,
                      _short(c.evidence[0].text, 80) if c.evidence else "") for c in result.connections])
        print_table("latest claims", ["reported", "status", "claim", "source"],
                    [(c.day, c.status, _short(c.statement), c.citation.source or "") for c in result.latest_claims])

    emit(fmt, result.to_dict(), render)


def timeline(
    name: NameArgument,
    db: DbOption = "newsgraph.db",
    fmt: FormatOption = OutputFormat.table,
    with_: Annotated[str | None, typer.Option("--with", help="Only claims that also involve this entity.")] = None,
    start: Annotated[str | None, typer.Option("--from", help="From this day, month or year.")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Up to this day, month or year.")] = None,
    as_of: AsOfOption = None,
) -> None:
    """An entity's claims in the order things happened, one row per event with all its sources."""
    from ..query import timeline as run

    with cli_store(db) as store:
        result = run(store, name, with_=with_, start=start, end=end, as_of=as_of)

    def render() -> None:
        title = result.match.entity.name + (f" with {result.with_.entity.name}" if result.with_ else "")
        _alternatives(result.match)
        rows = []
        for e in result.entries:
            date = e.when.label + (" (reported)" if e.when.reported else "")
            rows.append((date, e.when.precision, e.status, _short(e.statement), ", ".join(e.sources),
                         _cite(e.citations[0])))
        print_table(f"timeline: {title}" + ("  (newest claims only)" if result.truncated else ""),
                    ["when", "precision", "status", "claim", "sources", "evidence"], rows)

    emit(fmt, result.to_dict(), render)


def connect(
    a: Annotated[str, typer.Argument(help="One entity.")],
    b: Annotated[str, typer.Argument(help="The other entity.")],
    db: DbOption = "newsgraph.db",
    fmt: FormatOption = OutputFormat.table,
    as_of: AsOfOption = None,
) -> None:
    """How two entities are connected: direct claims, then paths through other entities, with evidence."""
    from ..query import connect as run

    with cli_store(db) as store:
        result = run(store, a, b, as_of=as_of)

    def render() -> None:
        console.rule(f"{result.a.entity.name} — {result.b.entity.name}")
        if not result.found:
            console.print("No connection found in the store.")
            return
        if result.direct:
            print_table("direct", ["evidence", "cited"],
                        [(c.statement, _cite(c.citation)) for c in result.direct.claims]
                        + [(_short(c.text), _cite(c)) for c in result.direct.co_mentions])
        for i, path in enumerate(result.paths, 1):
            names = " — ".join(n.name for n in path.nodes)
            rows = []
            for step in path.edges:
                for claim in step.claims:
                    rows.append((f"{step.a.name} — {step.b.name}", claim.statement, _cite(claim.citation)))
                for c in step.co_mentions:
                    rows.append((f"{step.a.name} — {step.b.name}", _short(c.text), _cite(c)))
            print_table(f"path {i}: {names}  (strength {path.strength:g}, last {path.last or '-'})",
                        ["edge", "evidence", "cited"], rows)

    emit(fmt, result.to_dict(), render)


def ask(
    question: Annotated[str, typer.Argument(help="A question in plain English, in quotes.")],
    db: DbOption = "newsgraph.db",
    fmt: FormatOption = OutputFormat.table,
    as_of: AsOfOption = None,
) -> None:
    """Answer a question from the store, every sentence with numbered citations."""
    from ..query import ask as run

    with cli_store(db) as store:
        result = run(store, question, as_of=as_of)

    def render() -> None:
        console.print(result.answer, highlight=False)
        for i, c in enumerate(result.citations, 1):
            console.print(f"[bold][{i}][/bold] {_cite(c)}  {c.title or ''}\n    “{c.text}”", highlight=False)

    emit(fmt, result.to_dict(), render)


def open_(
    db: DbOption = "newsgraph.db",
    fmt: FormatOption = OutputFormat.table,
    entity: Annotated[str | None, typer.Option("--entity", help="Only this entity's.")] = None,
    as_of: AsOfOption = None,
    limit: LimitOption = 50,
) -> None:
    """Open loops: things planned, requested or wanted that no later article reports settled."""
    from ..query import open_loops

    with cli_store(db) as store:
        loops = open_loops(store, entity=entity, as_of=as_of, limit=limit)
    emit(fmt, [loop.to_dict() for loop in loops], lambda: print_table(
        f"{len(loops)} open loops", ["since", "last", "status", "claim", "sources", "evidence"],
        [(loop.since, loop.last, loop.status, _short(loop.statement), ", ".join(loop.sources),
          _cite(loop.citations[-1])) for loop in loops]))


def conflicts(
    db: DbOption = "newsgraph.db",
    fmt: FormatOption = OutputFormat.table,
    entity: Annotated[str | None, typer.Option("--entity", help="Only this entity's.")] = None,
    limit: LimitOption = 50,
) -> None:
    """Conflicts: times, numbers and outcomes that articles state differently, each side with its sources."""
    from ..query import conflicts as run

    with cli_store(db) as store:
        found = run(store, entity=entity, limit=limit)

    def render() -> None:
        rows = []
        for c in found:
            for side in c.sides:
                rows.append((c.kind, f"{c.subject} · {c.lemma or ''} · {c.about}", side.value, ", ".join(side.sources),
                             _short(side.citations[0].text, 90)))
        print_table(f"{len(found)} conflicts", ["kind", "about", "value", "sources", "evidence"], rows)

    emit(fmt, [c.to_dict() for c in found], render)


def claims(
    entity: Annotated[str | None, typer.Argument(help="Only this entity's claims (as subject or object).")] = None,
    db: DbOption = "newsgraph.db",
    fmt: FormatOption = OutputFormat.table,
    status: Annotated[str | None, typer.Option("--status", help="Only claims with this status.")] = None,
    as_of: AsOfOption = None,
    limit: LimitOption = 100,
    hidden: Annotated[bool, typer.Option("--hidden", help="Also the claims kept for search only "
                                                          "(confidence below the shown threshold).")] = False,
) -> None:
    """List claims, newest report first: all of them, or one entity's."""
    from ..query import claims as run

    with cli_store(db) as store:
        result = run(store, entity, status=status, as_of=as_of, limit=limit, hidden=hidden)
    emit(fmt, result.to_dict(), lambda: print_table(
        f"{len(result.claims)} claims" + (f" of {result.match.entity.name}" if result.match else ""),
        ["reported", "status", "claim", "source", "evidence"],
        [(c.day, c.status, _short(c.statement, 90), c.source or c.citation.source or "", _cite(c.citation))
         for c in result.claims]))


def register(app: typer.Typer) -> None:
    """Add the query commands to the ``newsgraph`` app."""
    app.command("profile")(profile)
    app.command("timeline")(timeline)
    app.command("connect")(connect)
    app.command("ask")(ask)
    app.command("open")(open_)
    app.command("conflicts")(conflicts)
    app.command("claims")(claims)
