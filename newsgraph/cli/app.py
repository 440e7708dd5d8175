"""The Typer application and what every command shares: the store option, output
format, and the one place errors become a clean message and an exit code."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from enum import Enum
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from ..errors import NewsgraphError

app = typer.Typer(
    name="newsgraph",
    help="Read dated news articles into a knowledge store you can question, with citations.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

console = Console()
err_console = Console(stderr=True)


class OutputFormat(str, Enum):
    table = "table"
    json = "json"


DEFAULT_DB = "newsgraph.db"

DbOption = Annotated[
    str,
    typer.Option("--db", envvar="NEWSGRAPH_DB", help="Store file (SQLite).", show_default=True),
]
FormatOption = Annotated[OutputFormat, typer.Option("--format", "-f", help="Output as a table or as JSON.")]


def db_default() -> str:
    return os.environ.get("NEWSGRAPH_DB", DEFAULT_DB)


@contextmanager
def cli_errors() -> Iterator[None]:
    """Turn newsgraph's errors into one red line and exit code 1."""
    try:
        yield
    except NewsgraphError as exc:
        err_console.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(1) from None


def open_cli_store(db: str):
    from ..store import open_store

    return open_store(db)


@contextmanager
def cli_store(db: str) -> Iterator[Any]:
    """The store for one command: opened, closed whatever happens, its errors made clean."""
    with cli_errors():
        store = open_cli_store(db)
        try:
            yield store
        finally:
            store.close()


def print_json(data: Any) -> None:
    """JSON to stdout, unstyled (for other tools to read)."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, default=str) + "\n")


def print_table(title: str | None, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    table = Table(title=title, show_lines=False)
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*["" if v is None else str(v) for v in row])
    console.print(table)


def emit(fmt: OutputFormat, data: Any, render_table: Callable[[], None]) -> None:
    """JSON when asked for JSON, else the command's own table."""
    if fmt == OutputFormat.json:
        print_json(data)
    else:
        render_table()
