"""Options every command shares, checked before any work: dates and enumerations.

Why here and not in the query functions: a wrong value must stop the command
with exit code 2 and one line that says what would be accepted ("--status:
'happend' is not one of happened, ongoing, …"), not return an empty table
with exit code 0 that reads like "nothing known". Click's own errors print a
usage block; these print one line, so a script's log stays readable.

Dates accept a day, a month or a year (``2024-01-05``, ``2024-01``, ``2024``):
a start bound becomes the period's first day, an end bound (``--to``,
``--as-of``) its last day, so the query layer always receives whole days.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Sequence
from typing import Annotated

import typer

from ..models import CLAIM_STATUSES, ENTITY_TYPES
from .app import OutputFormat, err_console

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
DATE_HELP = "a day, month or year: YYYY-MM-DD, YYYY-MM or YYYY"


def usage_error(message: str) -> typer.Exit:
    """Print one line and give the exit (code 2, a usage error) for the caller to raise."""
    err_console.print(f"[red]error:[/red] {message}", highlight=False, markup=True, soft_wrap=True)
    return typer.Exit(2)


def date_bound(text: str, *, end: bool) -> str | None:
    """``text`` as a whole day (first or last of the period it names), or None if it is not a date."""
    m = _DATE.match(text.strip())
    if not m:
        return None
    year, month, day = int(m[1]), int(m[2] or 0), int(m[3] or 0)
    if m[2] and not 1 <= month <= 12:
        return None
    if not m[2]:
        month, day = (12, 31) if end else (1, 1)
    elif not m[3]:
        day = calendar.monthrange(year, month)[1] if end else 1
    elif not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _date_callback(*, end: bool) -> Callable:
    def check(param: typer.CallbackParam, value: str | None) -> str | None:
        if value is None:
            return None
        bound = date_bound(value, end=end)
        if bound is None:
            raise usage_error(f"{param.opts[0]} {value!r} is not a date; use {DATE_HELP}")
        return bound

    return check


def check_range(start: str | None, end: str | None) -> None:
    """``--from`` after ``--to`` can match nothing: refuse it rather than print an empty table."""
    if start and end and start > end:
        raise usage_error(f"--from {start} is after --to {end}")


def choice_callback(values: Sequence[str], *, upper: bool) -> Callable:
    """A check that reads the value in any case and names the accepted values when it is none of them."""

    def check(param: typer.CallbackParam, value: str | None) -> str | None:
        if value is None:
            return None
        wanted = value.strip().upper() if upper else value.strip().lower()
        if wanted not in values:
            name = (param.opts[0] if param.opts and param.opts[0].startswith("-")
                    else getattr(param, "metavar", None) or str(param.name).upper())
            raise usage_error(f"{name} {value!r} is not one of {', '.join(values)}")
        return wanted

    return check


FromOption = Annotated[str | None, typer.Option("--from", help=f"From this date ({DATE_HELP}).",
                                                callback=_date_callback(end=False))]
ToOption = Annotated[str | None, typer.Option("--to", help=f"Up to this date ({DATE_HELP}).",
                                              callback=_date_callback(end=True))]
AsOfOption = Annotated[str | None, typer.Option(
    "--as-of", help=f"Only articles published on or before this date ({DATE_HELP}).",
    callback=_date_callback(end=True))]
EntityTypeOption = Annotated[str | None, typer.Option(
    "--type", help=f"Only this type, any case: {', '.join(ENTITY_TYPES)}.",
    callback=choice_callback(ENTITY_TYPES, upper=True))]
StatusOption = Annotated[str | None, typer.Option(
    "--status", help=f"Only claims with this status, any case: {', '.join(CLAIM_STATUSES)}.",
    callback=choice_callback(CLAIM_STATUSES, upper=False))]
EntityTypeArgument = Annotated[str, typer.Argument(
    help=f"The type, any case: {', '.join(ENTITY_TYPES)}.", metavar="TYPE",
    callback=choice_callback(ENTITY_TYPES, upper=True))]


def _format(param: typer.CallbackParam, value: str | None) -> OutputFormat | None:
    checked = choice_callback(tuple(f.value for f in OutputFormat), upper=False)(param, value)
    return None if checked is None else OutputFormat(checked)


FormatOption = Annotated[str, typer.Option("--format", "-f", help="Output as a table or as JSON (any case).",
                                           callback=_format)]
