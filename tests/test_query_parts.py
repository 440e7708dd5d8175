"""The query stage's small parts: placing times, reading quantities, reading questions, saying claims."""

from __future__ import annotations

import pytest
from test_query_build import world

from newsgraph.query.compose import Composer, unsupported
from newsgraph.query.numbers import duration, quantities
from newsgraph.query.phrases import clause, negative
from newsgraph.query.questions import question_kind, read_date, read_question
from newsgraph.query.types import Citation
from newsgraph.query.when import compatible, place
from tests.querykit import claim_view


def test_times_order_by_period_then_precision():
    values = ["2024-01-04", "2023-11", "PAST_REF", "2019", "2017", "2023-W47", "2023-Q4", "201", "2023-SU", None]
    placed = [place(v, "2024-01-04") for v in values]
    ordered = [p.value for p in sorted(placed, key=lambda p: p.sort_key)]
    assert ordered == ["201", "2017", "2019", "2023-SU", "2023-Q4", "2023-11", "2023-W47", "2024-01-04",
                       "PAST_REF", None]
    past = place("PAST_REF", "2024-01-04")
    assert past.reported and past.note == "past" and past.label == "2024-01-04"
    assert place("P7Y", "2024-01-04").note == "duration"
    assert place("2023-02-30", "2024-01-04").reported  # impossible dates are not trusted
    assert not place("2023-11", None).reported and place("2023-11", None).end == "2023-11-30"


def test_compatible_times():
    assert compatible("2023-11", "2023-11-21")
    assert compatible("2023", "2023-11")
    assert not compatible("2018", "2019")
    assert not compatible("2023-10", "2023-11-02")


def test_quantities():
    found = quantities("She served eight and a half years, not 7 years, and has more than 8 million followers.")
    assert [(q.value, q.unit) for q in found] == [(8.5, "year"), (7, "year"), (8_000_000, "follower")]
    assert [(q.value, q.unit) for q in quantities("aged 19, in 2015")] == [(19, "")]
    assert (duration("P7Y").value, duration("P7Y").unit) == (7, "year")


@pytest.mark.parametrize(("question", "kind"), [
    ("Why did she leave?", "why"), ("Who won?", "who"), ("When did it open?", "when"),
    ("Where is it?", "where"), ("What year did it open?", "when"), ("Has she met him?", "yesno"),
    ("Does he follow her?", "yesno"), ("How are Ann and Bo connected?", "connection"),
    ("What is the link between Ann and Bo?", "connection"), ("What happened between Ann and Bo?", "between"),
    ("What changed since 2023-05-01 for Ann?", "changed"), ("What did she say?", "what"),
])
def test_question_kinds(question, kind):
    assert question_kind(question)[0] == kind


def test_read_date():
    assert read_date("2023-05") == "2023-05-01"
    assert read_date("January 4, 2024") == "2024-01-04"
    assert read_date("4 Jan 2024") == "2024-01-04"
    assert read_date("yesterday") is None


def test_question_entities_longest_first(store):
    world(store)
    q = read_question(store, "Why does Mara Quinlan want to meet Lena Ostrow?")
    assert [n.entity.name for n in q.entities] == ["Mara Quinlan", "Lena Ostrow"]
    assert [n.text for n in q.entities] == ["Mara Quinlan", "Lena Ostrow"]
    assert q.words == ["want", "meet"]
    q = read_question(store, "Who said Quinlan's charity Harbor Trust was founded?")
    assert [n.entity.name for n in q.entities] == ["Mara Quinlan", "Harbor Trust"]
    assert q.asks_source and q.words == ["charity", "founded"]


def test_clauses_say_status_with_the_claims_own_words_or_a_small_frame():
    assert clause(claim_view(args={"reason": "the flowers"})) == "Ann Lee thanked Bo Chan because of the flowers"
    assert clause(claim_view(status="negated", predicate="follows", lemma="follow")) == "Ann Lee does not follow Bo Chan"
    assert clause(claim_view(status="negated", predicate="has not met", lemma="meet")) == "Ann Lee has not met Bo Chan"
    assert clause(claim_view(status="desired", predicate="meet", lemma="meet")) == "Ann Lee wants to meet Bo Chan"
    assert clause(claim_view(status="desired", predicate="hopes to meet", lemma="meet")) == "Ann Lee hopes to meet Bo Chan"
    assert clause(claim_view(time="2023-11", time_text="back in November"), with_time=True) == \
        "Ann Lee thanked Bo Chan in November 2023 (back in November)"
    assert clause(claim_view(status="planned", predicate="visit", lemma="visit")) == "Ann Lee will visit Bo Chan"
    assert clause(claim_view(predicate="thank", lemma="thank")) == "Ann Lee thanked Bo Chan"  # a bare verb that happened
    assert clause(claim_view(status="desired", predicate="like", lemma="like", object="a visit")) == \
        "Ann Lee would like a visit"
    assert negative("was seen", "see") == "was not seen"


def test_events_named_by_nouns_are_said_as_noun_phrases():
    from newsgraph.query.types import EntityRef

    ann, bo = EntityRef(1, "Ann Lee", "PERSON"), EntityRef(2, "Bo Chan", "PERSON")
    nominal = {"nominal": True}
    assert clause(claim_view(predicate="release", lemma="release", object=None, args=nominal)) == "Ann Lee's release"
    assert clause(claim_view(subject="Ann Lee's", predicate="arrest", lemma="arrest", object=None, args=nominal)) == \
        "Ann Lee's arrest"
    assert clause(claim_view(predicate="communication", lemma="communicate", status="negated", subject_entity=ann,
                         object_entity=bo, args=nominal)) == "no communication between Ann Lee and Bo Chan"


def test_the_composer_keeps_only_backed_sentences():
    cited = Citation("a", "2024-01-04", "Wire", None, 0, 0, 24, "Ann Lee thanked Bo Chan.")
    out = Composer(names={"Ann Lee", "Bo Chan"})
    assert not out.add("Ann Lee insulted Bo Chan", [cited])  # "insulted" is nowhere in the citation
    assert out.add("Ann Lee thanked Bo Chan", [cited])
    assert out.add("As of 2024-01-04, Ann Lee thanked Bo Chan", [cited])
    assert out.text == "Ann Lee thanked Bo Chan [1]. As of 2024-01-04, Ann Lee thanked Bo Chan [1]."
    assert unsupported("Ann Lee thanked Bo Chan twice", [cited], {"Ann Lee"}) == ["twice"]


def test_a_short_answer_stated_first_can_be_taken_back():
    """``_shared_described`` gives no one's figure when the question's description fits several people: a short
    answer already stated first goes, the sentences after it and the citations' numbers stay."""
    cited = Citation("a", "2024-01-04", "Wire", None, 0, 0, 38, "Ann Lee, 40, thanked Bo Chan, a guard.")
    out = Composer(names={"Ann Lee", "Bo Chan"})
    assert out.add("40", [cited]) and out.add("Ann Lee thanked Bo Chan", [cited])
    out.unstate("41")  # not what was stated: nothing taken back
    assert out.text.startswith("40 [1].")
    out.unstate("40")
    assert out.text == "Ann Lee thanked Bo Chan [1]." and len(out.citations) == 1
    out.unstate("Ann Lee")  # a sentence that says more than the short answer stays
    assert out.text == "Ann Lee thanked Bo Chan [1]."
