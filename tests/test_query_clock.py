""""At what time …" asks for a time of day: the answer is the clock time a sentence states, as written, never the
day (``extract.clock_span``, ``typed.ASKS_CLOCK``)."""

from __future__ import annotations

from newsgraph.query.extract import clock_span
from newsgraph.query.typed import ASKS_CLOCK
from newsgraph.query.types import Citation


class _Times:
    """A store stand-in that holds one sentence's time expressions (start, end, text, kind, value)."""

    def __init__(self, times):
        self.times = times

    def times_in(self, article, start, end):
        return [t for t in self.times if start <= t[0] < end]


def _sentence(text: str) -> Citation:
    return Citation(article="a", published=None, source=None, title=None, sentence=0, start=0, end=len(text), text=text)


def test_the_clock_time_is_read_not_the_day():
    text = "The ferry left the quay on Sunday at about 7:15 a.m. , the harbour master said ."
    times = _Times([(text.index("Sunday"), text.index("Sunday") + 6, "Sunday", "DATE", "2031-05-04"),
                    (text.index("about"), text.index("a.m.") + 4, "about 7:15 a.m.", "TIME", None)])
    span = clock_span(times, _sentence(text))
    assert span is not None and span.text == "about 7:15 a.m."


def test_a_sentence_with_only_a_day_states_no_time_of_day():
    text = "The ferry left the quay on Sunday morning ."
    start = text.index("Sunday")
    assert clock_span(_Times([(start, start + 14, "Sunday morning", "TIME", "2031-05-04TMO")]), _sentence(text)) is None


def test_which_questions_ask_for_a_time_of_day():
    assert ASKS_CLOCK.match("At what time did the ferry leave?")
    assert ASKS_CLOCK.match("What time of day did the ferry leave?")
    assert not ASKS_CLOCK.match("When did the ferry leave?")
    assert not ASKS_CLOCK.match("On what date did the ferry leave?")
