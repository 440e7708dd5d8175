"""The foundation's commands: ingest, annotate, vectors, articles, show, entities, search."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from ..query.types import outlet_label
from ..readers import DEFAULT_MAX_BYTES
from .app import (
    DbOption,
    OutputFormat,
    app,
    cli_errors,
    cli_store,
    console,
    emit,
    err_console,
    open_cli_store,
    print_json,
    say_error,
)
from .options import EntityTypeOption, FormatOption
from .output import WideOption, print_table, published, readable, short

PathsArgument = Annotated[list[Path], typer.Argument(help="Files or folders (txt, JSONL, HTML, RSS/Atom, WARC).")]
MaxBytesOption = Annotated[int, typer.Option("--max-bytes", help="Refuse files (JSONL lines, WARC records) "
                                                                 "larger than this many bytes.")]
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
    fmt: FormatOption = "table",
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    model: ModelOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every file skipped and why.")] = False,
    ray: Annotated[bool, typer.Option(
        "--ray", help="Annotate on Ray: `--ray PATH...` starts a local Ray on 127.0.0.1, `--ray ADDRESS PATH...` "
                      "joins the cluster at ADDRESS (host:port, ray://host:port or auto). See docs/scale.md.")] = False,
    vectors: Annotated[bool, typer.Option(
        "--vectors/--no-vectors", help="Store each sentence's meaning vector (the sentence encoder, when "
                                       "installed). --no-vectors for a bulk load: about 3x faster; fill them in "
                                       "later with `newsgraph vectors`.")] = True,
) -> None:
    """Read articles into the store (created if missing): annotate, resolve entities, keep claims with evidence.

    Ctrl-C stops after the article being written; the same command run again goes on where it stopped.
    """
    from ..ingest import IngestInterrupted
    from ..store import is_postgres_url
    from ..store.sqlite import check_store_file

    if ray:
        from ..scale.cli import ray_ingest_command

        return ray_ingest_command(paths, db=db, fmt=fmt, max_bytes=max_bytes, model=model, verbose=verbose,
                                  vectors=vectors)
    with cli_errors():
        created = not is_postgres_url(db) and not check_store_file(db)
        store = open_cli_store(db, create=True)  # before the model loads: a bad --db fails at once
        result = stopped = None
        try:
            show_bar = not quiet and fmt == OutputFormat.table and err_console.is_terminal
            result = _run_ingest(store, paths, model=model, max_bytes=max_bytes, show_bar=show_bar,
                                 vectors=vectors)
        except IngestInterrupted as stop:
            stopped = stop.result
        finally:
            store.close()
            kept = result or stopped
            if created and (kept is None or kept.stored == 0):  # leave no empty store behind
                for suffix in ("", "-wal", "-shm"):
                    Path(db + suffix).unlink(missing_ok=True)
    if stopped is not None:
        err_console.print(f"interrupted after {stopped.stored} articles; run the same command again to continue",
                          highlight=False)
        raise typer.Exit(130)
    report_ingest(result, db, fmt, paths, verbose=verbose)


def _run_ingest(store, paths: list[Path], *, model: str | None, max_bytes: int, show_bar: bool,
                vectors: bool = True):
    """The ingest itself, with a progress bar on a terminal (Ctrl-C: ``IngestInterrupted``)."""
    from ..ingest import ingest as run_ingest
    from ..nlp.pipeline import Annotator

    annotator = Annotator(model=model, vectors=vectors)
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

        return run_ingest(paths, store, annotator=annotator, progress=on_event, max_bytes=max_bytes,
                           vectors=vectors)


def report_ingest(result, db: str, fmt: OutputFormat, paths: list[Path], *, verbose: bool = False) -> None:
    """Refusals and warnings on stderr, one line each (skipped files listed with ``--verbose``), then the
    counts; exit 1 when nothing could be read."""
    from ..errors import TooLargeError

    for error in result.errors:
        hint = "; raise the limit with --max-bytes" if isinstance(error, TooLargeError) else ""
        err_console.print(f"[yellow]refused[/yellow] {escape(str(error))}{hint}", highlight=False, soft_wrap=True)
    for warning in result.warnings:
        err_console.print(f"[yellow]warning[/yellow] {escape(warning)}", highlight=False, soft_wrap=True)
    if verbose:
        for path, reason in result.skipped:
            err_console.print(f"skipped {escape(path)} ({reason})", highlight=False, soft_wrap=True)
    if result.read == 0 and not result.errors:
        err_console.print(f"no articles found under {', '.join(str(p) for p in paths)}", highlight=False,
                          soft_wrap=True)
    emit(fmt, result.to_dict(), lambda: console.print(
        f"read {result.read}: stored {result.stored}, already stored {result.duplicates}, "
        + (f"copies of stored articles {result.copies}, " if result.copies else "")
        + f"undated {result.undated}, refused {result.refused} → {db}"
        + (f"\nskipped {len(result.skipped)} file(s): hidden or folder documentation"
           f"{'' if verbose else ' (--verbose lists them)'}" if result.skipped else ""),
        highlight=False, soft_wrap=True))
    if result.read == 0:
        raise typer.Exit(1)


@app.command()
def annotate(
    paths: Annotated[list[Path] | None, typer.Argument(help="Files or folders to annotate.")] = None,
    jsonl: Annotated[Path | None, typer.Option("--jsonl", help="A JSONL file of articles (id, published, text).")] = None,
    fmt: FormatOption = "json",
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
    console.rule(f"{data['id']}  {published(data.get('published'))}")
    print_table("entities", ["id", "name", "type", "aliases", "mentions"],
                [(e["id"], e["name"], e["type"], ", ".join(e["aliases"]), len(e["mentions"])) for e in data["entities"]])
    print_table("times", ["text", "type", "value", "reads as"],
                [(t["text"], t["type"], t["value"], readable(t["value"])) for t in data["times"]])
    print_table("claims", ["subject", "predicate", "object", "status", "time", "source"],
                [(c["subject"], c["predicate"], c["object"], c["status"], readable((c["time"] or {}).get("value")),
                  (c["source"] or {}).get("text")) for c in data["claims"]])


@app.command()
def vectors(
    db: DbOption = "newsgraph.db",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress line.")] = False,
) -> None:
    """Store a meaning vector for each sentence that has none (a store ingested before vectors were kept, or
    without the sentence encoder), so ask encodes only the question; run again after a stop, it goes on. A
    store whose vectors another model (or weights version) made has them all encoded anew."""
    from ..ingest import backfill_vectors

    def progress(count: int) -> None:
        if not quiet:
            err_console.print(f"\r{count:,} sentences encoded", end="", highlight=False)

    with cli_store(db) as store:
        count = backfill_vectors(store, done=progress)
    if count is None:
        say_error("no sentence encoder installed (make encoder-weights installs it): nothing was encoded")
        raise typer.Exit(1)
    if not quiet:
        err_console.print()
    console.print(f"{count:,} sentences encoded and stored", highlight=False)


@app.command()
def articles(
    db: DbOption = "newsgraph.db",
    fmt: FormatOption = "table",
    limit: Annotated[int, typer.Option(help="At most this many.")] = 100,
    offset: Annotated[int, typer.Option(help="Skip this many.")] = 0,
    wide: WideOption = False,
) -> None:
    """List stored articles by publication date."""
    with cli_store(db) as store:
        rows = store.articles(limit=limit, offset=offset)
        total = store.count_articles()
    emit(fmt, {"total": total, "articles": [r.to_dict() for r in rows]}, lambda: print_table(
        f"{total} articles", ["id", "published", "outlets", "title", "sentences", "claims"],
        [(r.id[:12], published(r.published), ", ".join(r.outlets) or outlet_label(r.source), short(r.title or r.origin, 70),
          r.sentences, r.claims)
         for r in rows]))


@app.command()
def show(
    article: Annotated[str, typer.Argument(help="Article id (or a unique prefix, or the source's doc id).")],
    db: DbOption = "newsgraph.db",
    fmt: FormatOption = "table",
) -> None:
    """Show one stored article: its metadata and text."""
    with cli_store(db) as store:
        a = store.article(article)
    data = {"id": a.id, "doc_id": a.doc_id, "published": a.published, "title": a.title, "source": a.source,
            "url": a.url, "authors": list(a.authors), "origin": a.origin, "text": a.text}

    def render() -> None:
        console.rule(a.title or a.id)
        console.print(f"id {a.id}\npublished {published(a.published)}   source {a.source or '-'}   "
                      f"url {a.url or '-'}\norigin {a.origin or '-'}", highlight=False)
        console.print()
        console.print(a.text, highlight=False)

    emit(fmt, data, render)


@app.command()
def entities(
    db: DbOption = "newsgraph.db",
    fmt: FormatOption = "table",
    type: EntityTypeOption = None,
    limit: Annotated[int, typer.Option(help="At most this many.")] = 100,
    wide: WideOption = False,
) -> None:
    """List the store's entities, most mentioned first."""
    with cli_store(db) as store:
        rows = store.entities(limit=limit, type=type)
    emit(fmt, [r.to_dict() for r in rows], lambda: print_table(
        "entities", ["id", "name", "type", "mentions", "articles", "aliases"],
        [(r.id, r.name, r.type, r.mentions, r.articles, short(", ".join(r.aliases), 60)) for r in rows]))


@app.command()
def search(
    text: Annotated[str, typer.Argument(help="Words to look for in the stored sentences.")],
    db: DbOption = "newsgraph.db",
    fmt: FormatOption = "table",
    limit: Annotated[int, typer.Option(help="At most this many sentences.")] = 20,
    wide: WideOption = False,
) -> None:
    """Full-text search over stored sentences (FTS5), best first."""
    with cli_store(db) as store:
        hits = store.search(text, limit=limit)
    emit(fmt, [h.to_dict() for h in hits], lambda: print_table(
        f"{len(hits)} sentences", ["published", "source", "article", "sentence"],
        [(published(h.published), outlet_label(h.source), h.article_id[:12], short(h.text, 160)) for h in hits]))
