"""newsgraph's reader of time expressions (TIMEX3), in small parts.

``lexicon`` (general words, trigger words) → ``patterns`` (the regexes) →
readers, one match → type, value, granularity: ``normalize`` (absolute dates,
shared helpers), ``relative`` (days, weekdays, times of day, seasons,
holidays), ``periods`` (weeks, months, years, quarters), ``durations``
(durations, sets, "ago", PAST/PRESENT/FUTURE_REF), ``story`` (read against the
story's own time) → ``extract`` (which match wins the text; the second,
story-relative pass). ``calendar``, ``values``, ``tense`` and ``context`` are
the date arithmetic, value formats, verb tense and per-text state they share.
"""

from .calendar import Anchor, parse_anchor
from .context import Reading
from .extract import Found, find_times

__all__ = ["Anchor", "Found", "Reading", "find_times", "parse_anchor"]
