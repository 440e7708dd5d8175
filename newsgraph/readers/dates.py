"""Publication dates, as every reader hands them on.

``Article.published`` is either an ISO day (``2024-01-04``) or an ISO datetime
that keeps the offset the source gave (``2024-01-02T09:30:00-05:00``): the time
nlp stage reads "yesterday" against that day, and converting a local evening
to UTC could move it to the next day. Sources write dates in several ways (ISO
8601 in JSONL, Atom and WARC headers; RFC 2822 in RSS and e-mail style
headers), so one function reads them all.

A date that is given but cannot be a real day (2024-02-30, 2023-13-01) or cannot
be read at all raises ``DateError``: the reader turns it into a ``ReadError``
for that article rather than guessing or silently dropping the date. No date at
all is fine (the article is undated, ``None``).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime


class DateError(ValueError):
    """A publication date that is not readable as a date."""


class ImpossibleDateError(DateError):
    """A publication date written well but that no calendar has (2024-02-30)."""


_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# ISO datetime: a day, "T" or a space, a time, an optional offset (Z, ±HH:MM, ±HHMM, ±HH).
_ISO_DATETIME = re.compile(
    r"(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)\s*(Z|[+-]\d{2}(?::?\d{2})?)?",
    re.IGNORECASE,
)
# RFC 2822 ("Tue, 02 Jan 2024 09:30:00 -0500"), with or without the weekday.
_RFC2822 = re.compile(r"(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\b")
_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}


def _check_day(year: int, month: int, day: int, raw: str) -> date:
    try:
        return date(year, month, day)
    except ValueError as err:
        raise ImpossibleDateError(f"impossible date {raw!r} ({err})") from None


def _iso_datetime(m: re.Match[str], raw: str) -> str:
    day, clock, offset = m.group(1), m.group(2), m.group(3)
    y, mo, d = (int(x) for x in day.split("-"))
    _check_day(y, mo, d, raw)
    if offset:
        offset = "+00:00" if offset.upper() == "Z" else offset
        if re.fullmatch(r"[+-]\d{2}", offset):
            offset += ":00"
        elif re.fullmatch(r"[+-]\d{4}", offset):
            offset = f"{offset[:3]}:{offset[3:]}"
    try:
        parsed = datetime.fromisoformat(f"{day}T{clock.replace(',', '.')}{offset or ''}")
    except ValueError as err:
        raise ImpossibleDateError(f"impossible date {raw!r} ({err})") from None
    return parsed.isoformat()


def _rfc2822(raw: str) -> str:
    # email.utils accepts 30 Feb and rolls nothing over, but raises for it;
    # check the day ourselves first so the message says what is wrong.
    m = re.search(r"(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{2,4})", raw)
    if m and m.group(2).lower() in _MONTHS:
        year = int(m.group(3))
        year += 2000 if year < 50 else 1900 if year < 100 else 0
        _check_day(year, _MONTHS[m.group(2).lower()], int(m.group(1)), raw)
    try:
        parsed = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        raise DateError(f"unreadable date {raw!r}") from None
    return parsed.isoformat()


def normalize_date(value: str | date | None) -> str | None:
    """Any date a source gives → ``YYYY-MM-DD`` or an ISO datetime with its offset.

    >>> normalize_date("Tue, 02 Jan 2024 09:30:00 -0500")
    '2024-01-02T09:30:00-05:00'
    >>> normalize_date("2024-01-04")
    '2024-01-04'
    >>> normalize_date(None) is None
    True

    Raises ``ImpossibleDateError`` for a date no calendar has and ``DateError``
    for one it cannot read. A datetime with no
    offset stays without one (the source did not say; we do not guess UTC).
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    raw = str(value).strip()
    if not raw:
        return None
    if m := _ISO_DATETIME.fullmatch(raw):
        return _iso_datetime(m, raw)
    if m := _ISO_DAY.fullmatch(raw):
        y, mo, d = (int(x) for x in m.groups())
        return _check_day(y, mo, d, raw).isoformat()
    if _RFC2822.match(raw):
        return _rfc2822(raw)
    raise DateError(f"unreadable date {raw!r} (expected YYYY-MM-DD, ISO 8601 or RFC 2822)")
