"""Quantities in claim text: "seven years", "8.5 years", "more than 8 million followers", "P7Y".

Conflicts compare what articles say about the same thing; a number is only
comparable with a number of the same unit, so each quantity is read as
(value, unit, the words it was read from): the unit is the stem of the noun
after the number ("years" → "year"), "" for a bare number ("aged 19").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .words import FUNCTION_WORDS, number_value, stem, token_spans

_MULTIPLIERS = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
                "dozen": 12, "k": 1000, "m": 1_000_000, "bn": 1_000_000_000}
_DURATION = re.compile(r"P(?:T)?(\d+(?:\.\d+)?)([YMWDH])")
_DURATION_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour"}
#: Numbers that are rather dates or ordinals than quantities.
_YEARLIKE = re.compile(r"(1[5-9]|20)\d\d")


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    unit: str
    text: str

    @property
    def shown(self) -> str:
        """The quantity as a reader writes it: "8 years", "1 year", "3.5 million followers" ("8 year" is a stem)."""
        unit = self.unit
        if unit and self.value != 1 and not unit.endswith(("s", "percent", "%")):
            unit = unit[:-1] + "ies" if unit.endswith("y") and unit[-2:-1] not in "aeiou" else unit + "s"
        return f"{self.value:g} {unit}".strip()


def quantities(text: str | None) -> list[Quantity]:
    """Every quantity written in ``text``."""
    if not text:
        return []
    spans = token_spans(text)
    words = [w for _, _, w in spans]
    out: list[Quantity] = []
    i = 0
    while i < len(words):
        value = number_value(words[i])
        if value is None or _YEARLIKE.fullmatch(words[i]) or words[i].lower() in ("a", "an", "half"):
            i += 1
            continue
        start = i
        j = i + 1
        # "eight and a half", "twenty five"
        if j + 2 < len(words) and [w.lower() for w in words[j:j + 3]] == ["and", "a", "half"]:
            value += 0.5
            j += 3
        while j < len(words) and (more := number_value(words[j])) is not None and words[j].isalpha():
            value = value * more if more >= 100 else value + more
            j += 1
        while j < len(words) and words[j].lower() in _MULTIPLIERS:
            value *= _MULTIPLIERS[words[j].lower()]
            j += 1
        unit = ""
        if j < len(words) and words[j].isalpha() and words[j].lower() not in FUNCTION_WORDS:
            unit = stem(words[j])
            j += 1
        out.append(Quantity(value=value, unit=unit, text=text[spans[start][0]:spans[j - 1][1]]))
        i = j
    return out


def duration(value: str | None) -> Quantity | None:
    """A TIMEX3 duration ("P7Y") as a quantity."""
    if not value:
        return None
    match = _DURATION.match(value)
    if not match:
        return None
    return Quantity(value=float(match[1]), unit=_DURATION_UNITS[match[2]], text=value)
