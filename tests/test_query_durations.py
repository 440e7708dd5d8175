"""A length of time given as a range names both ends before its one unit ("between 60 and 90 days", "two to three
years"): the short answer is the whole range, never its upper end alone (which would misstate it)."""

from __future__ import annotations

from newsgraph.query.extract import duration_spans
from newsgraph.query.types import Citation


def _said(text: str) -> list[str]:
    citation = Citation(article="a", published=None, source=None, title=None, sentence=0, start=0, end=len(text),
                        text=text)
    return [s.text for s in duration_spans(citation)]


def test_a_range_of_lengths_is_one_span():
    assert _said("Engineers said the repairs would take between eight and ten weeks .")[0] == "between eight and ten weeks"
    assert _said("The old mill may run for two to three years more .")[0] == "two to three years"
    assert _said("The ferry will be out of service for six or seven days .")[0] == "six or seven days"


def test_lengths_that_are_no_range_stay_as_they_were():
    assert _said("She served 10 years and paid a fine .")[0] == "10 years"
    assert _said("It took three and a half years to build .")[0] == "three and a half years"
    assert _said("He scored 2 goals and waited 5 days for the result .") == ["5 days"]
