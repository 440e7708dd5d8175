"""`newsgraph profile | timeline | connect | ask | open | conflicts | claims`: the query stage's commands.

Each command calls one function of ``newsgraph.query`` and shows its typed
result as Rich tables, or as JSON with ``--format json`` (the result's
``to_dict()``, unchanged).
"""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape

from ..errors import NewsgraphError
from ..query.types import outlet_label
from .app import DbOption, cli_store, console, emit, err_console
from .options import AsOfOption, FormatOption, FromOption, StatusOption, ToOption, check_range
from .output import WideOption, is_wide, print_table, published, readable, short

NameArgument = Annotated[str, typer.Argument(help="An entity: its name, an alias, any case, some of its words, "
                                                  "or its id (an old id finds where it went).")]
LimitOption = Annotated[int, typer.Option("--limit", help="At most this many.")]


def _cite(citation) -> str:
    carried = f" (carried by {citation.carried_by} outlets)" if citation.carried_by > 1 else ""
    return f"{published(citation.day)} {outlet_label(citation.source)} #{citation.sentence}{carried}"


def _evidence(citation, width: int = 90) -> str:
    return short(citation.text, width)


def _short(text: str, width: int = 110) -> str:
    return short(text, width)


def pick(store, name: str | None) -> None:
    """Check that ``name`` names one entity: an ambiguous name lists its candidates instead of guessing.

    An id that was merged away or folded in by a rebuild is followed, and a note on stderr says
    where it went (stdout stays the data, for ``--format json``).
    """
    from ..query import find_entity

    if not name:
        return
    match = find_entity(store, name)
    if match.alternatives:
        found = (match.entity, *match.alternatives)
        listing = "; ".join(f"{e.id} {e.name} ({e.type}, {e.articles} article{'s' if e.articles != 1 else ''})"
                            for e in found)
        raise NewsgraphError(f"{name!r} names {len(found)}{'+' if len(found) > 5 else ''} entities: {listing}."
                             " Give the full name or an id.")
    text = name.strip()
    if match.how == "id" and text.isdigit() and int(text) != match.entity.id:
        moved = store.entity_redirect(int(text))
        why = f" ({moved.why})" if moved else ""
        err_console.print(f"entity {text} is now entity {match.entity.id}, {escape(match.entity.name)}{why}",
                          highlight=False, soft_wrap=True)


def profile(name: NameArgument, db: DbOption = "newsgraph.db", fmt: FormatOption = "table",
            as_of: AsOfOption = None, wide: WideOption = False) -> None:
    """An entity's profile: aliases, descriptions, sources, strongest connections, latest claims."""
    from ..query import profile as run

    with cli_store(db) as store:
        pick(store, name)
        result = run(store, name, as_of=as_of)

    def render() -> None:
        e = result.entity
        console.rule(f"{e.name}  ({e.type}, id {e.id})")
        console.print(f"aliases: {short(', '.join(result.aliases), 200) or '-'}\narticles: {result.articles}   "
                      f"first seen {published(result.first_seen)}   last seen {published(result.last_seen)}",
                      highlight=False)
        print_table("descriptions", ["description", "times", "cited"],
                    [(d.text, d.count, _cite(d.citations[0])) for d in result.descriptions])
        print_table("sources", ["outlet", "articles"], [(outlet_label(s.source), s.articles) for s in result.sources])
        print_table("connections", ["entity", "type", "claims", "same sentence", "last", "evidence"],
                    [(c.entity.name, c.entity.type, c.claims, c.co_mentions, published(c.last),
                      _evidence(c.evidence[0], 80) if c.evidence else "") for c in result.connections])
        print_table("latest claims", ["reported", "status", "claim", "source"],
                    [(published(c.day), c.status, _short(c.statement), c.citation.source or "")
                     for c in result.latest_claims])

    emit(fmt, result.to_dict(), render)


def timeline(
    name: NameArgument,
    db: DbOption = "newsgraph.db",
    fmt: FormatOption = "table",
    with_: Annotated[str | None, typer.Option("--with", help="Only claims that also involve this entity.")] = None,
    start: FromOption = None,
    end: ToOption = None,
    as_of: AsOfOption = None,
    stated: Annotated[bool, typer.Option("--stated", help="Only events whose time an article states "
                                                           "(leave out those placed at their report date).")] = False,
    rows: Annotated[int, typer.Option("--rows", help="Show at most this many events in the table "
                                                     "(0: all; JSON always has all).")] = 0,
    wide: WideOption = False,
) -> None:
    """An entity's claims in the order things happened, one row per event with all its sources.

    A date marked * is the day the article was published: the article states no time for that event.
    """
    from ..query import timeline as run

    check_range(start, end)
    with cli_store(db) as store:
        pick(store, name)
        pick(store, with_)
        result = run(store, name, with_=with_, start=start, end=end, as_of=as_of)
    if stated:
        result.entries = [e for e in result.entries if not e.when.reported]

    def render() -> None:
        title = result.match.entity.name + (f" with {result.with_.entity.name}" if result.with_ else "")
        shown = result.entries[:rows] if rows > 0 else result.entries
        table = []
        for e in shown:
            when = f"{published(e.when.start)}*" if e.when.reported else readable(e.when.label)
            if is_wide():
                table.append((when, e.when.precision, e.status, e.statement, ", ".join(e.sources),
                              f"{_cite(e.citations[0])} {e.citations[0].text}"))
            else:
                table.append((when, e.status, _short(e.statement, 70), ", ".join(e.sources)))
        more = f"  ({len(shown)} of {len(result.entries)} events; --rows 0 for all)" if len(shown) < len(
            result.entries) else ""
        columns = (["when", "precision", "status", "claim", "sources", "evidence"] if is_wide()
                   else ["when", "status", "claim", "sources"])
        starred = "  (* report date)" if any(e.when.reported for e in shown) else ""
        print_table(f"timeline: {title}" + ("  (newest claims only)" if result.truncated else "") + more + starred,
                    columns, table)

    emit(fmt, result.to_dict(), render)


def connect(
    a: Annotated[str, typer.Argument(help="One entity.")],
    b: Annotated[str, typer.Argument(help="The other entity.")],
    db: DbOption = "newsgraph.db",
    fmt: FormatOption = "table",
    as_of: AsOfOption = None,
    wide: WideOption = False,
) -> None:
    """How two entities are connected: direct claims, then paths through other entities, with evidence."""
    from ..query import connect as run

    with cli_store(db) as store:
        pick(store, a)
        pick(store, b)
        result = run(store, a, b, as_of=as_of)

    def render() -> None:
        console.rule(f"{result.a.entity.name} — {result.b.entity.name}")
        if not result.found:
            console.print("No connection found in the store.")
            return
        if result.direct:
            print_table("direct", ["evidence", "cited"],
                        [(_short(c.statement), _cite(c.citation)) for c in result.direct.claims]
                        + [(_short(c.text), _cite(c)) for c in result.direct.co_mentions])
        for i, path in enumerate(result.paths, 1):
            names = " — ".join(n.name for n in path.nodes)
            rows = []
            for step in path.edges:
                for claim in step.claims:
                    rows.append((f"{step.a.name} — {step.b.name}", _short(claim.statement), _cite(claim.citation)))
                for c in step.co_mentions:
                    rows.append((f"{step.a.name} — {step.b.name}", _short(c.text), _cite(c)))
            print_table(f"path {i}: {names}  (strength {path.strength:g}, last {published(path.last)})",
                        ["edge", "evidence", "cited"], rows)

    emit(fmt, result.to_dict(), render)


def ask(
    question: Annotated[str, typer.Argument(help="A question in plain English, in quotes.")],
    db: DbOption = "newsgraph.db",
    fmt: FormatOption = "table",
    as_of: AsOfOption = None,
    wide: WideOption = False,
) -> None:
    """Answer a question from the store, every sentence with numbered citations."""
    from ..query import ask as run

    with cli_store(db) as store:
        result = run(store, question, as_of=as_of)

    def render() -> None:
        console.print(result.answer, highlight=False)
        for i, c in enumerate(result.citations, 1):
            console.print(f"[bold]\\[{i}][/bold] {escape(_cite(c))}  {escape(short(c.title or '', 40))}\n"
                          f"    “{escape(short(c.text, 200))}”", highlight=False)

    emit(fmt, result.to_dict(), render)


def open_(
    db: DbOption = "newsgraph.db",
    fmt: FormatOption = "table",
    entity: Annotated[str | None, typer.Option("--entity", help="Only this entity's.")] = None,
    as_of: AsOfOption = None,
    limit: LimitOption = 50,
    wide: WideOption = False,
) -> None:
    """Open loops: things planned, requested or wanted that no later article reports settled."""
    from ..query import open_loops

    with cli_store(db) as store:
        pick(store, entity)
        loops = open_loops(store, entity=entity, as_of=as_of, limit=limit)
    emit(fmt, [loop.to_dict() for loop in loops], lambda: print_table(
        f"{len(loops)} open loops", ["since", "last", "status", "claim", "sources", "cited"],
        [(published(loop.since), published(loop.last), loop.status, _short(loop.statement, 90),
          ", ".join(loop.sources), _cite(loop.citations[-1])) for loop in loops], wide_only={"last", "cited"}))


def conflicts(
    db: DbOption = "newsgraph.db",
    fmt: FormatOption = "table",
    entity: Annotated[str | None, typer.Option("--entity", help="Only this entity's.")] = None,
    limit: LimitOption = 50,
    wide: WideOption = False,
) -> None:
    """Conflicts: times, numbers and outcomes that articles state differently, each side with its sources."""
    from ..query import conflicts as run

    with cli_store(db) as store:
        pick(store, entity)
        found = run(store, entity=entity, limit=limit)

    def render() -> None:
        rows = []
        for c in found:
            for side in c.sides:
                rows.append((c.kind, f"{c.subject} · {c.lemma or ''} · {c.about}", side.display(c.kind), ", ".join(side.sources),
                             _evidence(side.citations[0])))
        print_table(f"{len(found)} conflicts", ["kind", "about", "value", "sources", "evidence"], rows)

    emit(fmt, [c.to_dict() for c in found], render)


def claims(
    entity: Annotated[str | None, typer.Argument(help="Only this entity's claims (as subject or object).")] = None,
    db: DbOption = "newsgraph.db",
    fmt: FormatOption = "table",
    status: StatusOption = None,
    as_of: AsOfOption = None,
    limit: LimitOption = 100,
    wide: WideOption = False,
    hidden: Annotated[bool, typer.Option("--hidden", help="Also the claims kept for search only "
                                                          "(confidence below the shown threshold).")] = False,
) -> None:
    """List claims, newest report first: all of them, or one entity's."""
    from ..query import claims as run

    with cli_store(db) as store:
        pick(store, entity)
        result = run(store, entity, status=status, as_of=as_of, limit=limit, hidden=hidden)
    emit(fmt, result.to_dict(), lambda: print_table(
        f"{len(result.claims)} claims" + (f" of {result.match.entity.name}" if result.match else ""),
        ["reported", "status", "claim", "source", "cited"],
        [(published(c.day), c.status, _short(c.statement, 90), c.source or c.citation.source or "", _cite(c.citation))
         for c in result.claims], wide_only={"cited"}))


def register(app: typer.Typer) -> None:
    """Add the query commands to the ``newsgraph`` app."""
    app.command("profile")(profile)
    app.command("timeline")(timeline)
    app.command("connect")(connect)
    app.command("ask")(ask)
    app.command("open")(open_)
    app.command("conflicts")(conflicts)
    app.command("claims")(claims)
