"""newsgraph's reader of time expressions (TIMEX3), in small parts.

``lexicon`` (words) → ``patterns`` (regexes) → ``normalize``/``durations``
(readers: a match → type, value, granularity) → ``extract`` (who wins the
text, and the story-relative second pass); ``calendar``, ``values`` and
``tense`` are the arithmetic and the parse look-ups they share.
"""

from .calendar import Anchor, parse_anchor
from .context import Reading
from .extract import Found, find_times

__all__ = ["Anchor", "Found", "Reading", "find_times", "parse_anchor"]
