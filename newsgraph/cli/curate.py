"""``newsgraph entity …`` and ``newsgraph decisions``: curate the store's entities.

Thin commands over ``newsgraph.resolve.Curator``: each one opens the store,
applies one decision (stored, re-applied as articles arrive, reversible) and
prints it. Entities are named by id or by name/alias; an ambiguous name is an
error that lists the candidates.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer

from .app import DbOption, OutputFormat, cli_store, console, emit
from .options import EntityTypeArgument, FormatOption
from .output import print_table, short

entity_app = typer.Typer(help="Curate entities: merge, split, rename, type, aliases, not-same, why, rebuild.",
                         no_args_is_help=True)
alias_app = typer.Typer(help="Add or remove an alias of an entity.", no_args_is_help=True)
entity_app.add_typer(alias_app, name="alias")
decisions_app = typer.Typer(help="List curation decisions (default) or undo one.", invoke_without_command=True)

EntityArg = Annotated[str, typer.Argument(help="Entity id, name or alias.")]
AliasArg = Annotated[str, typer.Argument(help="The alias, as written.")]


@contextmanager
def _curator(db: str) -> Iterator:
    """A ``Curator`` over the store for one command (closed after, errors made clean)."""
    from ..resolve import Curator

    with cli_store(db) as store:
        yield Curator(store)


def _done(fmt: OutputFormat, decision, extra: dict | None = None) -> None:
    data = {**decision.to_dict(), **(extra or {})}
    emit(fmt, data, lambda: console.print(f"decision {decision.id}: {decision.summary}", highlight=False))


@entity_app.command("merge")
def merge(into: EntityArg, other: EntityArg, db: DbOption = "newsgraph.db", fmt: FormatOption = "table",
          force: Annotated[bool, typer.Option("--force", help="Merge even a pair marked not-same.")] = False):
    """Merge OTHER into INTO (INTO keeps its id; OTHER's id still finds it). A not-same pair needs --force."""
    with _curator(db) as curator:
        _done(fmt, curator.merge(into, other, force=force))


@entity_app.command("split")
def split(
    entity: EntityArg,
    articles: Annotated[list[str] | None, typer.Option("--articles", "-a", help="Article ids to move.")] = None,
    alias: Annotated[str | None, typer.Option("--alias", help="Move the mentions named this way.")] = None,
    name: Annotated[str | None, typer.Option("--name", help="Name of the new entity.")] = None,
    db: DbOption = "newsgraph.db",
    fmt: FormatOption = "table",
):
    """Move some of ENTITY's links (by article, or by the alias they use) to a new entity."""
    with _curator(db) as curator:
        decision, new = curator.split(entity, articles=articles, alias=alias, name=name)
        _done(fmt, decision, {"new_entity": new.to_dict()})


@entity_app.command("rename")
def rename(entity: EntityArg, name: Annotated[str, typer.Argument(help="The new name.")],
           db: DbOption = "newsgraph.db", fmt: FormatOption = "table"):
    """Give ENTITY the name NAME (kept as more articles arrive)."""
    with _curator(db) as curator:
        _done(fmt, curator.rename(entity, name))


@entity_app.command("type")
def retype(entity: EntityArg, type_: EntityTypeArgument, db: DbOption = "newsgraph.db", fmt: FormatOption = "table"):
    """Correct ENTITY's type to TYPE (kept as more articles arrive, re-applied on rebuild, undoable)."""
    with _curator(db) as curator:
        _done(fmt, curator.retype(entity, type_))


@alias_app.command("add")
def alias_add(entity: EntityArg, alias: AliasArg, db: DbOption = "newsgraph.db", fmt: FormatOption = "table"):
    """Add ALIAS to ENTITY (new articles using it can link to ENTITY)."""
    with _curator(db) as curator:
        _done(fmt, curator.alias_add(entity, alias))


@alias_app.command("remove")
def alias_remove(entity: EntityArg, alias: AliasArg, db: DbOption = "newsgraph.db",
                 fmt: FormatOption = "table"):
    """Remove ALIAS from ENTITY (and never add it back automatically)."""
    with _curator(db) as curator:
        _done(fmt, curator.alias_remove(entity, alias))


@entity_app.command("not-same")
def not_same(a: EntityArg, b: EntityArg, db: DbOption = "newsgraph.db", fmt: FormatOption = "table"):
    """Record that A and B are different: they are never merged automatically."""
    with _curator(db) as curator:
        _done(fmt, curator.not_same(a, b))


@entity_app.command("why")
def why(
    a: Annotated[str, typer.Argument(help="Entity id/name, or a mention as ARTICLE:LOCAL (e.g. 3f2a…:e1).")],
    b: Annotated[str, typer.Argument(help="Entity id/name, or a mention as ARTICLE:LOCAL.")],
    db: DbOption = "newsgraph.db",
    fmt: FormatOption = "table",
):
    """Say why A and B are (or are not) one entity: names, links with score and reason, decisions."""
    with _curator(db) as curator:
        exp = curator.why(a, b)

        def table() -> None:
            verdict = "the same entity" if exp.same else "different entities"
            console.print(f"{exp.a.get('name')} / {exp.b.get('name')}: {verdict}"
                          f"{' (marked not-same)' if exp.not_same else ''}", highlight=False)
            nm = exp.name_match
            console.print(f"names: {nm['kind']} ({nm['score']:.2f}) {nm['names'][0]!r} ~ {nm['names'][1]!r}",
                          highlight=False)
            print_table("links", ["entity", "article", "local", "score", "how"], [
                (l["entity"], l["article"][:12], l["local"], f"{l['score']:.2f}", _how(l["reason"]))
                for l in exp.links[:40]])
            for d in exp.decisions:
                console.print(f"decision {d['id']}: {d['summary']}"
                              f"{' (undone)' if d['undone_at'] else ''}", highlight=False)

        emit(fmt, exp.to_dict(), table)


def _how(reason: dict) -> str:
    if reason.get("rule") == "new":
        return "new entity"
    parts = [f"{reason.get('name')} name"]
    if reason.get("shared_context"):
        parts.append(f"{reason['shared_context']} shared co-mentions")
    if reason.get("shared_roles"):
        parts.append("roles " + ", ".join(reason["shared_roles"]))
    if reason.get("moved"):
        parts.append(f"moved by {reason['moved'].get('rule')}")
    return "; ".join(parts)


@entity_app.command("rebuild")
def rebuild(db: DbOption = "newsgraph.db", fmt: FormatOption = "table"):
    """Relink every article in a canonical order and re-apply all decisions; entity ids are kept."""
    from ..resolve import rebuild_links

    with cli_store(db) as store:
        with store.transaction():
            result = rebuild_links(store)
        emit(fmt, result.to_dict(), lambda: console.print(
            f"relinked {result.articles} articles into {result.entities} entities "
            f"({result.kept_ids} kept their id, {result.new_ids} new, {result.redirected} old id(s) redirected); "
            f"re-applied {result.reapplied} decision(s)"
            + (f"; skipped: {'; '.join(result.skipped)}" if result.skipped else ""), highlight=False))


@decisions_app.callback()
def decisions(ctx: typer.Context, db: DbOption = "newsgraph.db", fmt: FormatOption = "table",
              all_: Annotated[bool, typer.Option("--all", help="Include undone decisions.")] = True):
    """List curation decisions, oldest first."""
    if ctx.invoked_subcommand is not None:
        return
    with _curator(db) as curator:
        rows = curator.decisions(include_undone=all_)
        emit(fmt, [d.to_dict() for d in rows], lambda: print_table(
            "decisions", ["id", "kind", "what", "when", "undone"],
            [(d.id, d.kind, short(d.summary, 80), d.created_at[:16].replace("T", " "),
              (d.undone_at or "")[:16].replace("T", " ")) for d in rows]))


@decisions_app.command("undo")
def undo(decision_id: Annotated[int, typer.Argument(help="The decision's id, as `decisions` lists it.")],
         db: DbOption = "newsgraph.db", fmt: FormatOption = "table"):
    """Undo decision DECISION_ID (its inverse is applied; it stays listed as undone)."""
    with _curator(db) as curator:
        d = curator.undo(decision_id)
        emit(fmt, d.to_dict(), lambda: console.print(f"undid decision {d.id}: {d.summary}", highlight=False))


def register(app: typer.Typer) -> None:
    """Add ``entity`` and ``decisions`` to the main application."""
    app.add_typer(entity_app, name="entity")
    app.add_typer(decisions_app, name="decisions")
