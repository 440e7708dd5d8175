"""Session 13's reason fixes: purpose and trigger markers, a weak marker only after the asked act, a next sentence's
cause tied to the event by its own clause, the "to"-clause of a verb of asking is no reason, and the cause after the
sentence the full-text search found."""

from __future__ import annotations

import pytest
from test_query_build import Doc

from newsgraph.query import ask
from newsgraph.query.answers import why_arg
from newsgraph.query.causes import cause_of, next_cause, strong_marker
from newsgraph.query.compose import Composer
from newsgraph.query.load import sentence_citations
from newsgraph.query.ask import retrieve, score
from newsgraph.query.entities import names_of
from newsgraph.query.questions import read_question
from newsgraph.query.typed import cause_after, reason
from tests.querykit import cite, claim_view


@pytest.mark.parametrize(("text", "strong"), [
    # a bare "to avoid" is as often another verb's infinitive as a purpose: no marker
    ("The club sold the striker to avoid a fine .", False),
    ("Police failed to prevent the crash on the ring road .", False),
    ("The Rovers must win on Saturday to avoid relegation .", False),
    ("The firm cut prices in a bid to win back shoppers .", True),
    ("The brawl was sparked by a disputed call .", True),
    ("The sell-off was triggered by weak earnings .", True),
    ("The parcel was sent to the old address by mistake .", True),
    ("The firm wants to grow .", False),
])
def test_purpose_and_trigger_markers(text, strong):
    assert (strong_marker(text) is not None) is strong


def test_a_next_sentence_that_says_the_act_was_a_mistake_gives_its_cause():
    event = cite("Two fans turned up at the coach's house on Sunday .", 4)
    found = next_cause(event, cite("They had been sent to his house by mistake .", 5))
    assert found is not None and "by mistake" in found.text


def test_a_weak_marker_counts_only_after_the_asked_act():
    # "day" is a word of the question, but "as" follows no telling of the asked looking
    assert cause_of(["looking", "day"], cite("Most days were long as they listened to the tapes ."), "looking") is None
    found = cause_of(["looking", "day"], cite("The nurse was looking for him that day , after a call came in ."), "looking")
    assert found is not None and found.text.startswith("after a call")


def test_the_next_sentence_explains_the_event_only_in_the_markers_own_clause():
    event = cite("The island hoped for an end to a long slump in visitors .", 4)
    beside = "Ferry firms on the island, which run boats daily, say bookings held as a result of the storm ."
    assert next_cause(event, cite(beside, 5)) is None  # "island" is said before the comma, not in the clause
    assert next_cause(event, cite("The slump was blamed on the storm .", 5)) is not None


@pytest.mark.parametrize(("lemma", "purpose", "given"), [
    ("ask", "delay the vote", None),  # asked the council to delay the vote: what was asked
    ("urge", "resign", None),
    ("invite", "for a reason", "for a reason"),
    ("close", "repair the roof", "repair the roof"),  # a purpose of its own
])
def test_the_to_clause_of_a_verb_of_asking_is_no_reason(lemma, purpose, given):
    assert why_arg(claim_view(lemma=lemma, args={"purpose": purpose})) == given


def test_the_cause_after_the_sentence_that_says_the_event(store):
    d = Doc("2024-05-06", [
        "The Varn bridge opened two years behind schedule .",
        "The project has been plagued by floods and a long strike .",
        "The bridge links two towns .",
    ], source="Wire")
    d.entity("Varn", "GPE")
    article = d.write(store).article.id
    out = Composer()
    out.quote(sentence_citations(store, [(article, 0)])[0])
    answer, short = cause_after(store, out)
    assert short.startswith("The project has been plagued by floods")
    assert [c.sentence for c in answer.citations] == [1, 0]  # the cause, then the event
    out = Composer()
    out.quote(sentence_citations(store, [(article, 1)])[0])
    assert cause_after(store, out) is None  # "The bridge links two towns" gives no cause


def test_why_is_not_answered_by_what_was_asked(store):
    d = Doc("2024-05-06", ["Mayor Odo Ray asked the council to delay the vote ."], source="Wire")
    r = d.entity("Odo Ray", "PERSON", "Ray")
    d.claim(0, r, "asked", "the council", "happened", lemma="ask", args={"purpose": "delay the vote"})
    d.write(store)
    answer = ask(store, "Why did Odo Ray ask the council to wait?")
    assert answer.short_answer != "delay the vote"


def test_a_weak_marker_after_another_act_of_the_sentence_is_no_cause():
    # "death" is said by "die", but the asked act is the sentencing, which nothing before "after" says
    text = "Ray will likely die in prison after the judge handed down the longest term ."
    assert cause_of(["sentenced", "death"], cite(text), "sentenced", ("will likely die",)) is None


def test_a_quote_is_no_reason_stated(store):
    d = Doc("2024-05-06", ["\"He was a kind boy who loved to grow roses , \" Ann Lee wrote ."], source="Wire")
    a = d.entity("Ann Lee", "PERSON", "Lee")
    d.claim(0, a, "wrote", None, "happened", lemma="write", quote="He was a kind boy who loved to grow roses")
    d.write(store)
    answer = ask(store, "Why did Ann Lee grow roses?")
    assert answer.short_answer is None or "kind boy" not in answer.short_answer


def test_a_claims_reason_answers_only_for_the_asked_act(store):
    d = Doc("2024-05-06", ["Ann Lee won the draw because of sheer luck .",
                           "Ann Lee sold the winning ticket on Friday ."], source="Wire")
    a = d.entity("Ann Lee", "PERSON", "Lee")
    d.claim(0, a, "won", "the draw", "happened", lemma="win", args={"reason": "sheer luck"})
    d.claim(1, a, "sold", "the winning ticket", "happened", lemma="sell")
    d.write(store)
    q = read_question(store, "Why did Ann Lee sell the winning ticket?")  # "winning" is said by "won", not the selling
    names = {n.entity.id: names_of(store, [n.entity.id]) for n in q.entities}
    ranked = sorted((s for c in retrieve(store, q, as_of=None) if (s := score(q, c, names))), key=lambda s: -s.score)
    short, _ = reason(store, q, ranked, [], Composer())
    assert short != "sheer luck"


def test_a_purpose_infinitive_counts_only_after_the_asked_act():
    found = cause_of(["issue", "subpoena"], cite("The chairman issued a subpoena to ensure no action is taken ."),
                     "issue")
    assert found is not None and found.text.startswith("to ensure")
    # "to prevent" is what the police failed to do, not why the road was closed
    assert cause_of(["close", "road"], cite("Police failed to prevent the crash near the bridge ."), "close") is None
