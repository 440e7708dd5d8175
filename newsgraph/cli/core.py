"""The foundation's commands: ingest, annotate, articles, show, entities, search."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from ..query.types import outlet_label
from ..readers import DEFAULT_MAX_BYTES
from .app import (
    DbOption,
    FormatOption,
    OutputFormat,
    app,
    cli_errors,
    cli_store,
    console,
    emit,
    err_console,
    open_cli_store,
    print_json,
    print_table,
)

PathsArgument = Annotated[list[Path], typer.Argument(help="Files or folders (txt, JSONL, HTML, RSS/Atom, WARC).")]
MaxBytesOption = Annotated[int, typer.Option("--max-bytes", help="Refuse files larger than this.")]
ModelOption = Annotated[str | None, typer.Option("--model", envvar="NEWSGRAPH_MODEL", help="spaCy pipeline name or path.")]


def _count_inputs(paths: list[Path]) -> int | None:
    """A cheap estimate of how many files there are (for the progress bar's ETA)."""
    total = 0
    for path in paths:
        if path.is_dir():
            total += sum(1 for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        elif path.exists():
            total += 1
    return total or None


@app.command()
def ingest(
    paths: PathsArgument,
    db: DbOption = "newsgraph.db",
    fmt: FormatOption = OutputFormat.table,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    model: ModelOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Read articles into the store: annotate, resolve entities, keep claims with evidence."""
    from ..ingest import ingest as run_ingest
    from ..nlp.pipeline import Annotator

    with cli_errors():
        annotator = Annotator(model=model)
        store = open_cli_store(db)
        show_bar = not quiet and fmt == OutputFormat.table and err_console.is_terminal
        progress = Progress(
            TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("eta"), TimeRemainingColumn(),
            console=err_console, disable=not show_bar,
        )
        with progress:
            task = progress.add_task("ingest", total=_count_inputs(paths), rate="")

            def on_event(event: str, item: object) -> None:
                if event == "read":
                    return
                progress.advance(task)
                elapsed = progress.tasks[0].elapsed or 0
                done = progress.tasks[0].completed
                progress.update(task, rate=f"{done / elapsed:.1f} articles/s" if elapsed else "")

            try:
                result = run_ingest(paths, store, annotator=annotator, progress=on_event, max_bytes=max_bytes)
            finally:
                store.close()
    for error in result.errors:
        err_console.print(f"[yellow]refused[/yellow] {error}", highlight=False)
    for warning in result.warnings:
        err_console.print(f"[yellow]warning[/yellow] {warning}", highlight=False)
    emit(fmt, result.to_dict(), lambda: console.print(
        f"read {result.read}, stored {result.stored}, already stored {result.duplicates}, "
        f"undated {result.undated}, refused {result.refused}  → {db}", highlight=False))
    if result.read == 0:
        raise typer.Exit(1)


@app.command()
def annotate(
    paths: Annotated[list[Path] | None, typer.Argument(help="Files or folders to annotate.")] = None,
    jsonl: Annotated[Path | None, typer.Option("--jsonl", help="A JSONL file of articles (id, published, text).")] = None,
    fmt: FormatOption = OutputFormat.json,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    model: ModelOption = None,
) -> None:
    """Annotate articles without a store: one JSON object per article per line (the annotate contract)."""
    from ..errors import ReadError
    from ..nlp.pipeline import Annotator
    from ..readers import read_paths

    sources = list(paths or []) + ([jsonl] if jsonl else [])
    if not sources:
        err_console.print("[red]error:[/red] give files or folders, or --jsonl FILE")
        raise typer.Exit(2)
    refused = 0

    def articles():
        nonlocal refused
        for item in read_paths(sources, max_bytes=max_bytes):
            if isinstance(item, ReadError):
                refused += 1
                err_console.print(f"[yellow]refused[/yellow] {item}", highlight=False)
            else:
                yield item

    with cli_errors():
        annotator = Annotator(model=model)
        count = 0
        for annotated in annotator.annotate_many(articles()):
            count += 1
            data = annotated.to_dict()
            if fmt == OutputFormat.json:
                print_json(data)
            else:
                _print_annotation(data)
            sys.stdout.flush()
    if count == 0:
        raise typer.Exit(1)


def _print_annotation(data: dict) -> None:
    console.rule(f"{data['id']}  {data.get('published') or 'undated'}")
    print_table("entities", ["id", "name", "type", "aliases", "mentions"],
                [(e["id"], e["name"], e["type"], ", ".join(e["aliases"]), len(e["mentions"])) for e in data["entities"]])
    from ..nlp.timex.display import readable

    print_table("times", ["text", "type", "read as"],
                [(t["text"], t["type"], readable(t["value"], t.get("granularity")) or "-") for t in data["times"]])
    print_table("claims", ["subject", "predicate", "object", "status", "time", "source"],
                [(c["subject"], c["predicate"], c["object"], c["status"], readable((c["time"] or {}).get("value")),
                  (c["source"] or {}).get("text")) for c in data["claims"]])


@app.command()
def articles(
    db: DbOption = "newsgraph.db",
    fmt: FormatOption = OutputFormat.table,
    limit: Annotated[int, typer.Option(help="At most this many.")] = 100,
    offset: Annotated[int, typer.Option(help="Skip this many.")] = 0,
) -> None:
    """List stored articles by publication date."""
    with cli_store(db) as store:
        rows = store.articles(limit=limit, offset=offset)
        total = store.count_articles()
    emit(fmt, {"total": total, "articles": [r.to_dict() for r in rows]}, lambda: print_table(
        f"{total} articles", ["id", "published", "source", "title", "sentences", "claims"],
        [(r.id[:12], r.published, outlet_label(r.source), r.title or r.origin, r.sentences, r.claims) for r in rows]))


@app.command()
def show(
    article: Annotated[str, typer.Argument(help="Article id (or a unique prefix, or the source's doc id).")],
    db: DbOption = "newsgraph.db",
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Show one stored article: its metadata and text."""
    with cli_store(db) as store:
        a = store.article(article)
    data = {"id": a.id, "doc_id": a.doc_id, "published": a.published, "title": a.title, "source": a.source,
            "url": a.url, "authors": list(a.authors), "origin": a.origin, "text": a.text}

    def render() -> None:
        console.rule(a.title or a.id)
        console.print(f"id {a.id}\npublished {a.published or 'undated'}   source {a.source or '-'}   "
                      f"url {a.url or '-'}\norigin {a.origin or '-'}", highlight=False)
        console.print()
        console.print(a.text, highlight=False)

    emit(fmt, data, render)


@app.command()
def entities(
    db: DbOption = "newsgraph.db",
    fmt: FormatOption = OutputFormat.table,
    type: Annotated[str | None, typer.Option("--type", help="Only this type (PERSON, ORG, …).")] = None,
    limit: Annotated[int, typer.Option(help="At most this many.")] = 100,
) -> None:
    """List the store's entities, most mentioned first."""
    with cli_store(db) as store:
        rows = store.entities(limit=limit, type=type)
    emit(fmt, [r.to_dict() for r in rows], lambda: print_table(
        "entities", ["id", "name", "type", "mentions", "articles", "aliases"],
        [(r.id, r.name, r.type, r.mentions, r.articles, ", ".join(r.aliases)) for r in rows]))


@app.command()
def search(
    text: Annotated[str, typer.Argument(help="Words to look for in the stored sentences.")],
    db: DbOption = "newsgraph.db",
    fmt: FormatOption = OutputFormat.table,
    limit: Annotated[int, typer.Option(help="At most this many sentences.")] = 20,
) -> None:
    """Full-text search over stored sentences (FTS5), best first."""
    with cli_store(db) as store:
        hits = store.search(text, limit=limit)
    emit(fmt, [h.to_dict() for h in hits], lambda: print_table(
        f"{len(hits)} sentences", ["published", "source", "article", "sentence"],
        [(h.published, outlet_label(h.source), h.article_id[:12], h.text) for h in hits]))
