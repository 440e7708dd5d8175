"""Lines of a timeline or a list of events as a reader reads them: a stated time said in words, never a raw
TIMEX3 value ("1980s", not "198"); a cut timeline keeps its dated, widely told events, not merely its earliest;
an events question naming a weekday keeps the events its articles tell of that day."""

from __future__ import annotations

import pytest

from newsgraph.query.eventlist import on_named_day, turning_points
from newsgraph.query.timeline import TimelineEntry, line_lead
from newsgraph.query.when import place
from tests.querykit import claim_view, cite


def _entry(time: str | None, *, day: str = "2024-01-04", articles: tuple[str, ...] = ("a",),
           text: str = "Ann Lee thanked Bo Chan.", time_text: str | None = None) -> TimelineEntry:
    claims = [claim_view(article=a, id=f"c-{a}", time=time, time_text=time_text, day=day,
                         citation=cite(text, article=a, published=day)) for a in articles]
    return TimelineEntry(when=place(time, day), statement="Ann Lee thanked Bo Chan", status="happened", claims=claims)


@pytest.mark.parametrize(("value", "lead"), [
    ("198", "1980s: "), ("1998-FA", "autumn 1998: "), ("2009-Q1", "first quarter of 2009: "),
    ("2009-W05", "week of 2009-01-26: "), ("2009-01", "January 2009: "), ("2009-01-27", "2009-01-27: "),
    ("1942", "1942: "),
])
def test_a_dated_line_says_its_time_in_words(value, lead):
    assert line_lead(_entry(value)) == lead


def test_a_line_placed_by_its_report_says_so():
    assert line_lead(_entry("PRESENT_REF", day="2024-01-04")) == "Reported 2024-01-04: "


def test_a_cut_timeline_keeps_dated_and_widely_told_events_in_time_order():
    early = [_entry(f"20{n:02d}") for n in range(10)]  # ten dated years, each told once
    late = _entry("2015", articles=("a", "b", "c"))  # the latest event, told by three articles
    undated = _entry(None, day="2016-05-01")  # placed only by its report
    kept = turning_points([*early, late, undated], 6)
    assert late in kept and undated not in kept and len(kept) == 6
    assert kept == sorted(kept, key=lambda e: e.when.sort_key)


def test_an_events_question_naming_a_weekday_keeps_that_days_events():
    thursday = _entry(None, text="A fire broke out at the depot late Thursday night.")
    friday = _entry(None, text="The depot reopened on Friday.")
    tagged = _entry(None, time_text="Thursday", text="Crews were called to the depot.")
    assert on_named_day([thursday, friday, tagged], "What happened at the depot on Thursday night?") == \
        [thursday, tagged]
    assert on_named_day([friday], "What happened at the depot on Thursday?") == [friday]  # none said: all kept
    assert on_named_day([thursday, friday], "What happened at the depot?") == [thursday, friday]


def test_a_month_answer_keeps_how_a_reader_says_it_beside_its_value():
    from newsgraph.query.extract import date_span

    text = "The bridge opened to traffic in April 2005."
    claim = claim_view(text=text, predicate="opened", lemma="open", object=None, time="2005-04",
                       time_text="April 2005")
    span = date_span(None, claim)  # a stated time needs no read of the store
    assert (span.text, span.said, span.lead) == ("2005-04", "April 2005", "In")
    assert span.sentence == "In 2005-04 (April 2005)"
