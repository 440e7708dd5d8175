"""Times shown to people: one readable style for every TIMEX3 value (``newsgraph.timedisplay.readable``)."""

from __future__ import annotations

import re

import pytest

from newsgraph.timedisplay import readable
from newsgraph.query.when import place


@pytest.mark.parametrize(("value", "granularity", "shown"), [
    ("2024-01-04", None, "2024-01-04"),
    ("2023-11", None, "November 2023"),
    ("2023-13", None, "2023-13"),
    ("2017", None, "2017"),
    ("201", None, "2010s"),
    ("201X", None, "2010s"),
    ("19", None, "20th century"),
    ("20", None, "21st century"),
    ("2016-W27", None, "week of 2016-07-04"),
    ("2016-W27-WE", None, "weekend of 2016-07-04"),
    ("2017-05-15TNI", None, "night of 2017-05-15"),
    ("2017-05-15TMO", None, "morning of 2017-05-15"),
    ("2024-01-04T10:30", None, "10:30 on 2024-01-04"),
    ("2024-01-04T10:30:00-05:00", None, "10:30 on 2024-01-04"),
    ("2024-Q1", None, "first quarter of 2024"),
    ("2024-H2", None, "second half of 2024"),
    ("2024-SU", None, "summer 2024"),
    ("XXXX-12-25", None, "25 December"),
    ("P3Y", "duration", "3 years"),
    ("P1D", "duration", "1 day"),
    ("PT2H30M", "duration", "2 hours 30 minutes"),
    ("P2Y6M", "duration", "2 years 6 months"),
    ("PXY", "duration", "years"),
    ("PXDE", "duration", "decades"),
    ("P1W", "set", "every week"),
    ("XXXX-WXX-1", "set", "every Monday"),
    ("PAST_REF", "ref", "in the past"),
    ("PRESENT_REF", "ref", "now"),
    ("FUTURE_REF", "ref", "in the future"),
])
def test_every_value_form_reads_as_words_or_a_date(value, granularity, shown):
    assert readable(value, granularity) == shown


def test_unknown_and_impossible_values_are_not_guessed():
    assert readable(None) is None
    assert readable("") is None
    assert readable("2023-02-30") == "2023-02-30"  # impossible: returned as it is, not moved
    assert readable("2016-W99") == "2016-W99"
    assert readable("P3Z") == "P3Z"


def test_timeline_places_say_their_time_readably_and_keep_the_value():
    when = place("2016-W27", "2016-07-10")
    assert when.text == "week of 2016-07-04"
    data = when.to_dict()
    assert data["value"] == "2016-W27" and data["display"] == "week of 2016-07-04"
    reported = place("PAST_REF", "2016-07-10")
    assert reported.reported and reported.text == "2016-07-10"


_RAW = re.compile(r"\b\d{3}\b(?!s)|\d{4}-W\d\d|T(?:NI|MO|AF|EV)\b|\bP\d+[YMWD]\b|_REF\b|\d{4}-Q\d")


@pytest.mark.parametrize("value", ["201", "2016-W27", "2017-05-15TNI", "P3Y", "PAST_REF", "2024-Q1"])
def test_no_readable_text_looks_like_a_raw_value(value):
    assert not _RAW.search(readable(value))


@pytest.mark.parametrize(("value", "said"), [
    ("2017-05-15TNI", "on the night of 2017-05-15"), ("2016-W27", "in the week of 2016-07-04"),
    ("201", "in the 2010s"), ("2024-01-04T10:30", "at 10:30 on 2024-01-04"),
    ("2024-Q1", "in the first quarter of 2024"), ("2024-01-04", "on 2024-01-04"),
])
def test_statements_say_times_with_a_fitting_preposition(value, said):
    from types import SimpleNamespace

    from newsgraph.query.phrases import time_phrase

    assert time_phrase(SimpleNamespace(time=value, day="2024-02-01", time_text=None)) == said
