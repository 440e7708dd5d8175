"""The Typer application and what every command shares: the store option, output
format, and the one place errors become a clean message and an exit code."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

from ..errors import NewsgraphError, NoStoreError

app = typer.Typer(
    name="newsgraph",
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
    typer.Option("--db", envvar="NEWSGRAPH_DB", help="Store file (SQLite); only `ingest` creates one.",
                 show_default=True),
]


def _version(value: bool) -> None:
    if value:
        from .. import __version__

        console.print(f"newsgraph {__version__}", highlight=False)
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.", is_eager=True,
                                          callback=_version)] = False,
) -> None:
    """Read dated news articles into a knowledge store you can question, with citations."""
    from .output import set_wide

    set_wide(False)


def db_default() -> str:
    return os.environ.get("NEWSGRAPH_DB", DEFAULT_DB)


@contextmanager
def cli_errors() -> Iterator[None]:
    """Turn newsgraph's errors into one red line and exit code 1."""
    try:
        yield
    except NoStoreError as exc:
        say_error(f"{exc}; create one with `newsgraph ingest PATH... --db {exc.path}`")
        raise typer.Exit(1) from None
    except NewsgraphError as exc:
        say_error(str(exc))
        raise typer.Exit(1) from None


def say_error(message: str) -> None:
    """One line on stderr: the first line of the message (never a library's traceback or its doc link)."""
    first = (message.strip().splitlines() or [""])[0]
    err_console.print(f"[red]error:[/red] {escape(first)}", highlight=False, soft_wrap=True)


def open_cli_store(db: str, *, create: bool = False):
    """The store at ``db``: an existing one only, unless ``create`` (``ingest`` alone creates)."""
    from ..store import open_store

    return open_store(db, create=create)


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


def emit(fmt: OutputFormat, data: Any, render_table: Callable[[], None]) -> None:
    """JSON when asked for JSON, else the command's own table."""
    if fmt == OutputFormat.json:
        print_json(data)
    else:
        render_table()
