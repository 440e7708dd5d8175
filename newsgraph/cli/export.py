"""``newsgraph export``: the store as GraphML (Gephi), CSV of entities or claims, or the annotate JSONL."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from .app import DbOption, cli_store


def export(
    kind: Annotated[str, typer.Argument(help="graphml, entities-csv, claims-csv or annotations-jsonl.")],
    db: DbOption = "newsgraph.db",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")] = None,
) -> None:
    """Write the store in a format other tools read: GraphML for Gephi, CSV of entities or claims, annotate JSONL."""
    from .. import export as exporters

    if kind not in exporters.WRITERS:
        raise typer.BadParameter(f"choose one of {', '.join(exporters.FORMATS)}", param_hint="KIND")
    with cli_store(db) as store:
        if output is None:
            exporters.WRITERS[kind](store, sys.stdout)
        else:
            with output.open("w", encoding="utf-8", newline="") as f:
                exporters.WRITERS[kind](store, f)


def register(app: typer.Typer) -> None:
    app.command("export")(export)
