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


def _crews(store):
    from test_query_build import Doc

    d = Doc("2031-06-01", [
        "It took the panel just over two hours to reach a verdict on the Dockside fine .",
        "Dockside crew members said the inquiry results will be published within 10 days .",
        "The Dockside crew and the Quayside crew have been feuding for six years .",
    ], source="Wire")
    d.entity("Dockside crew", "ORG")
    d.write(store)


def test_a_length_in_a_sentence_on_another_matter_is_no_answer(store):
    from newsgraph.query.load import sentence_citations
    from newsgraph.query.questions import read_question
    from newsgraph.query.typed import spans_in

    _crews(store)
    took, results, feud = sentence_citations(store, [(store.search("panel", limit=1)[0].article_id, i) for i in range(3)])
    q = read_question(store, "How long had the two crews been feuding?")
    assert spans_in(store, q, took, set()) == []  # "two hours" measures the panel's work, and "two" is no word of it
    assert [s.text for s in spans_in(store, q, feud, set())] == ["six years"]
    q = read_question(store, "How soon will the inquiry results come out?")
    assert [s.text for s in spans_in(store, q, results, set())] == ["10 days"]  # "results": what is asked about
