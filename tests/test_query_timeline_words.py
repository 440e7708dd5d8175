"""A timeline of something no entity stands for ("the Zephyr" when only "Zephyr 2" is one) is read from the
claims of the sentences that name it, in time order (``timeline.timeline_of_words``)."""

from __future__ import annotations

from test_query_ask import assert_supported
from test_query_build import Doc

from newsgraph.query import ask
from newsgraph.query.timeline import timeline_of_words


def _world(store):
    first = Doc("2021-03-02", [
        "Quorn Labs shows a folding phone",
        "Quorn Labs today showed the first Zephyr at a fair in Oslo.",
        "The crowd liked the colours.",
    ], source="Wire")
    q = first.entity("Quorn Labs", "ORG")
    first.claim(1, q, "showed", "the first Zephyr", "happened", lemma="show", time=("2021-03-02", "today"))
    first.claim(2, "The crowd", "liked", "the colours", "happened", lemma="like")
    first.write(store)
    later = Doc("2023-05-09", [
        "Quorn Labs recalls phones",
        "Quorn Labs recalled the Zephyr in April 2023 after batteries swelled.",
        "Quorn Labs also sold a kettle in 2022.",
    ], source="Wire")
    q2 = later.entity("Quorn Labs", "ORG")
    later.claim(1, q2, "recalled", "the Zephyr", "happened", lemma="recall", time=("2023-04", "in April 2023"))
    later.claim(2, q2, "sold", "a kettle", "happened", lemma="sell", time=("2022", "in 2022"))
    later.write(store)
    return store


def test_the_claims_naming_the_thing_in_time_order(store):
    _world(store)
    lines = [(e.when.label, e.statement) for e in timeline_of_words(store, ["timeline", "zephyr"])]
    assert [label for label, _ in lines] == ["2021-03-02", "2023-04"]
    assert not any("kettle" in s or "colours" in s for _, s in lines)  # the thing is not named in them


def test_a_timeline_question_with_no_entity_for_its_topic(store):
    _world(store)
    answer = ask(store, "Timeline of the Zephyr")
    assert_supported(store, answer)
    assert answer.answer.index("2021-03-02") < answer.answer.index("2023-04")
    assert "kettle" not in answer.answer
