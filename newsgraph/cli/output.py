"""How the command line lays out what it prints: tables that fit, plain lines when piped, readable times.

Why one module: every command prints rows of the same few kinds (dates, statuses,
statements, evidence), and a person reading them meets the same three problems
in every command: a table wider than the terminal, box characters in a file or
a pipe, and dates written three ways. So:

- in a terminal, a table fits the terminal's width: long text columns wrap,
  short ones (dates, statuses, counts) never do, and evidence is shortened
  unless ``--wide`` asks for everything;
- piped or redirected, the same rows print as plain lines (columns separated by
  two spaces, one line per row, cut to the width unless ``--wide``), for
  ``grep``, ``less`` or a file;
- a time value is shown as text a person reads ("5 Jan 2024", "Jan 2024",
  "week 1 of 2024", "3 years"), and a publication date always as its day in that
  same form (``published``): one way everywhere.

The local ``readable`` below covers TIMEX3 values only as far as the tables need;
a fuller one for the library may replace it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Annotated, Any

import typer
from rich import box
from rich.table import Table

from .app import console

#: Columns that hold text worth wrapping; every other column stays on one line.
TEXT_COLUMNS = frozenset({"claim", "evidence", "sentence", "description", "title", "what", "about", "aliases",
                          "answer", "edge", "name", "entity", "sources", "source", "outlet"})
#: Characters a shortened cell keeps when the output is not ``--wide``.
SHORT = {"evidence": 90, "sentence": 160, "claim": 110}

_state = {"wide": False}


def set_wide(value: bool) -> bool:
    """Callback of ``--wide``: remember for this command whether to print everything."""
    _state["wide"] = bool(value)
    return value


def is_wide() -> bool:
    return _state["wide"]


WideOption = Annotated[bool, typer.Option("--wide", help="Print every column in full (no shortened text).",
                                          callback=set_wide)]


def short(text: str | None, width: int = 110) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis (whole with ``--wide``)."""
    text = " ".join((text or "").split())
    if is_wide() or len(text) <= width:
        return text
    return text[: width - 1] + "…"


def print_table(title: str | None, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Rows as a table that fits the terminal, or as plain lines when the output is not a terminal."""
    cells = [["" if v is None else str(v) for v in row] for row in rows]
    if not console.is_terminal:
        _print_plain(title, columns, cells)
        return
    table = Table(title=title, show_lines=False, box=box.SIMPLE_HEAD, expand=False)
    for col in columns:
        text = col in TEXT_COLUMNS
        table.add_column(col, overflow="fold", no_wrap=not text, ratio=2 if text else None,
                         min_width=None if text else len(col))
    for row in cells:
        table.add_row(*row)
    console.print(table)


def _print_plain(title: str | None, columns: Sequence[str], cells: list[list[str]]) -> None:
    """Plain lines: a title, a header, one line per row; columns aligned and cut to the width."""
    if title:
        console.print(title, highlight=False, markup=False, soft_wrap=True)
    if not cells:
        return
    if is_wide():
        for row in [list(columns), *cells]:
            console.print("\t".join(" ".join(c.split()) for c in row), highlight=False, markup=False, soft_wrap=True)
        return
    table = Table(box=None, show_header=True, show_edge=False, pad_edge=False, padding=(0, 2, 0, 0),
                  header_style="", title=None)
    for col in columns:
        text = col in TEXT_COLUMNS
        table.add_column(col, no_wrap=True, overflow="ellipsis", ratio=2 if text else None,
                         min_width=None if text else min(len(col), 10))
    for row in cells:
        table.add_row(*[" ".join(c.split()) for c in row])
    console.print(table)


# -- readable times -----------------------------------------------------------

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
_REFS = {"PAST_REF": "the past", "PRESENT_REF": "now", "FUTURE_REF": "the future"}
_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour", "S": "second", "DE": "decade",
          "CE": "century", "Q": "quarter"}


def published(value: str | None) -> str:
    """A publication date as shown everywhere: its day, readable ("5 Jan 2024"), or "undated"."""
    return readable(value[:10]) if value else "undated"


def readable(value: str | None) -> str:
    """A TIMEX3 value as a person writes it; the value itself when it is a form not covered here."""
    if not value:
        return ""
    v = value.strip()
    if v in _REFS:
        return _REFS[v]
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?.*", v):
        month = int(m[2])
        if 1 <= month <= 12:
            return f"{int(m[3])} {_MONTHS[month - 1]} {m[1]}" + (f" {m[4]}" if m[4] else "")
    if m := re.fullmatch(r"(\d{4})-(\d{2})", v):
        month = int(m[2])
        if 1 <= month <= 12:
            return f"{_MONTHS[month - 1]} {m[1]}"
    if m := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", v):
        return f"{'weekend of ' if m[3] else ''}week {int(m[2])} of {m[1]}"
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", v):
        return f"Q{m[2]} {m[1]}"
    if m := re.fullmatch(r"(\d{4})-H([12])", v):
        return f"{'first' if m[2] == '1' else 'second'} half of {m[1]}"
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|AU|WI)", v):
        return f"{_SEASONS[m[2]]} {m[1]}"
    if re.fullmatch(r"\d{3}X?", v):
        return f"the {v[:3]}0s"
    if m := re.fullmatch(r"P(?:T)?(\d+(?:\.\d+)?|X)(DE|CE|[YMWDHQS])", v):
        count, unit = m[1], _UNITS[m[2]]
        if count == "X":
            return f"{unit}s"
        return f"{count} {unit}{'' if count == '1' else 's'}"
    return v
