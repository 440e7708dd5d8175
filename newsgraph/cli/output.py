"""How the command line lays out what it prints: tables that fit, plain lines when piped, readable times.

Why one module: every command prints rows of the same few kinds (dates, statuses,
statements, evidence), and a person reading them meets the same three problems
in every command: a table wider than the terminal, box characters in a file or
a pipe, and dates written three ways. So:

- in a terminal, a table fits the terminal's width: the main text (claim,
  evidence, sentence) wraps, names and outlets are cut with an ellipsis, short
  columns (dates, statuses, counts) are never cut, and long text is shortened
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
from collections.abc import Collection, Sequence
from typing import Annotated, Any

import typer
from rich import box
from rich.table import Table

from .app import console

#: Columns that hold text worth wrapping; every other column stays on one line.
TEXT_COLUMNS = frozenset({"claim", "evidence", "sentence", "description", "title", "what", "about", "aliases",
                          "answer", "edge", "name", "entity", "sources", "source", "outlet"})
#: Text columns worth wrapping onto more lines in a terminal (the others are cut with an ellipsis).
WRAP_COLUMNS = frozenset({"claim", "evidence", "sentence", "description", "what", "about", "answer", "edge"})
#: How much more room the main text columns get than names and outlets when room is short.
_WEIGHT = {"claim": 3, "evidence": 3, "sentence": 3, "description": 2, "what": 2, "about": 2, "edge": 2}
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


#: The widest a short column (date, status, count, id) is ever drawn.
FIXED_MAX = 28
#: The narrowest a text column is squeezed to.
TEXT_MIN = 12


def print_table(title: str | None, columns: Sequence[str], rows: Sequence[Sequence[Any]], *,
                wide_only: Collection[str] = ()) -> None:
    """Rows as a table that fits the terminal, or as plain lines when the output is not a terminal.

    ``wide_only`` columns (a citation beside the claim, a second date) are shown with ``--wide`` only,
    so that the claim itself keeps room at 80 columns.
    """
    keep = [i for i, c in enumerate(columns) if is_wide() or c not in wide_only]
    columns = [columns[i] for i in keep]
    cells = [[" ".join(("" if row[i] is None else str(row[i])).split()) for i in keep] for row in rows]
    if not console.is_terminal:
        _print_plain(title, columns, cells)
        return
    widths = column_widths(columns, cells, console.width - 2 * len(columns))
    table = Table(title=title, show_lines=False, box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False,
                  padding=(0, 1, 0, 0), expand=False, title_justify="left")
    for col, width in zip(columns, widths, strict=True):
        wrap = col in WRAP_COLUMNS
        table.add_column(col, overflow="fold" if wrap else "ellipsis", no_wrap=not wrap, width=width)
    for row in cells:
        table.add_row(*row)
    console.print(table)


def column_widths(columns: Sequence[str], cells: list[list[str]], room: int) -> list[int]:
    """How wide each column is drawn in ``room`` characters: short columns whole, text columns share the rest."""
    natural = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    widths = [n if c in TEXT_COLUMNS else min(n, FIXED_MAX) for c, n in zip(columns, natural, strict=True)]
    text = [i for i, c in enumerate(columns) if c in TEXT_COLUMNS]
    left = room - sum(w for i, w in enumerate(widths) if i not in text)
    wanted = sum(widths[i] for i in text)
    if text and wanted > left:
        # water-filling: the shortest text columns get all they need, the others share what is left,
        # the main text (claim, evidence, sentence) weighted above names and outlets
        order = sorted(text, key=lambda i: natural[i] / _WEIGHT.get(columns[i], 1))
        weight = sum(_WEIGHT.get(columns[i], 1) for i in order)
        for i in order:
            w = _WEIGHT.get(columns[i], 1)
            widths[i] = min(natural[i], max(TEXT_MIN, left * w // weight))
            left -= widths[i]
            weight -= w
    return widths


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def _print_plain(title: str | None, columns: Sequence[str], cells: list[list[str]]) -> None:
    """Plain lines: a title, a header, one line per row; columns aligned and cut to the width."""
    if title:
        console.print(title, highlight=False, markup=False, soft_wrap=True)
    if not cells:
        return
    if is_wide():
        lines = ["\t".join(row) for row in [list(columns), *cells]]
    else:
        widths = column_widths(columns, cells, console.width - 2 * (len(columns) - 1))
        lines = ["  ".join(_cut(c, w).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
                 for row in [list(columns), *cells]]
    for line in lines:
        console.print(line, highlight=False, markup=False, soft_wrap=True)


# -- readable times -----------------------------------------------------------

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def published(value: str | None) -> str:
    """A publication date as shown everywhere: its day, readable ("5 Jan 2024"), or "undated"."""
    return readable(value[:10]) if value else "undated"


def readable(value: str | None) -> str:
    """A TIMEX3 value as a person writes it in a table: days and months spelled the way a reader
    scans a column ("28 Dec 2023", "Nov 2023"), every other form as the time reader words it
    (``timedisplay.readable``: "week of 2016-07-04", "2010s", "3 years")."""
    from ..timedisplay import readable as worded

    if not value:
        return ""
    v = value.strip()
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?.*", v):
        month = int(m[2])
        if 1 <= month <= 12:
            return f"{int(m[3])} {_MONTHS[month - 1]} {m[1]}" + (f" {m[4]}" if m[4] else "")
    if m := re.fullmatch(r"(\d{4})-(\d{2})", v):
        month = int(m[2])
        if 1 <= month <= 12:
            return f"{_MONTHS[month - 1]} {m[1]}"
    return worded(v) or v
