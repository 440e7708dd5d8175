"""An article's lede tells its news: an undated claim naming the entity inside a phrase joins the entity's
timeline, dated by its report, when it is told in the headline or first sentence (``timeline.in_lede``),
never when told further down."""

from __future__ import annotations

from test_query_ask import assert_supported
from test_query_build import Doc

from newsgraph.query import ask
from newsgraph.query.timeline import timeline


def _world(store):
    d = Doc("2024-03-05", [
        "Creditors reject offer on Halvard Mills debt",
        "March 5 , 2024",
        "Most creditors of Halvard Mills did not accept the swap of its bonds for shares.",
        "Halvard Mills had proposed the swap in January.",
        "A lawyer for the creditors of Halvard Mills praised the weather.",
    ], source="Ledger of Trade")
    h = d.entity("Halvard Mills", "ORG")
    d.claim(2, "Most creditors of Halvard Mills", "did not accept", "the swap of its bonds for shares", "negated",
            lemma="accept")
    d.claim(3, h, "had proposed", "the swap", "happened", lemma="propose", time=("2024-01", "in January"))
    d.claim(4, "A lawyer for the creditors of Halvard Mills", "praised", "the weather", "happened", lemma="praise")
    d.write(store)
    return store


def test_an_undated_claim_of_the_lede_joins_the_timeline_reported_on_its_day(store):
    _world(store)
    lines = [(e.when.label, e.when.reported, e.statement) for e in timeline(store, "Halvard Mills").entries]
    assert ("2024-03-05", True, "Most creditors of Halvard Mills did not accept the swap of its bonds for shares") \
        in [(label[:10], reported, statement) for label, reported, statement in lines]
    assert not any("weather" in statement for *_, statement in lines)  # told further down, undated: left out


def test_a_timeline_answer_says_the_lede_event_as_reported(store):
    _world(store)
    answer = ask(store, "Timeline of Halvard Mills in 2024")
    assert_supported(store, answer)
    assert "Reported 2024-03-05: Most creditors of Halvard Mills did not accept" in answer.answer
    assert "weather" not in answer.answer
