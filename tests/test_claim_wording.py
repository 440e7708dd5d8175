"""Each status is said with only what it means (made-up claims, no article).

A claim read as **possible** (believed, alleged, claimed, a clause under "if") is
never said as a fact or as a plan: "may"/"may have", or the article's own hedge
("is believed to be"). **requested** is said as its doer was asked; **failed** as
"failed to"; an attitude verb ("plan", "want") says a plan or a wish only for a
claim that is one.
"""

from __future__ import annotations

import pytest

from newsgraph.query.hedges import participle, plural
from newsgraph.query.phrases import FRAME_WORDS, clause, verb_phrase
from tests.querykit import claim_view


def chain(*lemmas: str) -> list[dict]:
    return [{"lemma": lemma} for lemma in lemmas]


@pytest.mark.parametrize(("predicate", "lemma", "tag", "obj", "said"), [
    # an attitude verb under "possible" is not a stated plan
    ("plan", "plan", "VB", "the robbery", "Ann Lee may plan the robbery"),
    ("want", "want", "VB", "the money", "Ann Lee may want the money"),
    ("like", "like", "VB", "the plan", "Ann Lee may like the plan"),
    # a finite verb group under "possible" is never said as a fact
    ("stole", "steal", "VBD", "the funds", "Ann Lee may have stolen the funds"),
    ("fled", "flee", "VBD", "the country", "Ann Lee may have fled the country"),
    ("planned", "plan", "VBD", "the robbery", "Ann Lee may have planned the robbery"),
    ("has spread to", "spread", "VBZ", "the capital", "Ann Lee may have spread to the capital"),
    ("had been distracted", "distract", "VBD", None, "Ann Lee may have been distracted"),
    ("had", "have", "VBD", "a fever", "Ann Lee may have had a fever"),
    ("has", "have", "VBZ", "a fever", "Ann Lee may have a fever"),
    ("is", "be", "VBZ", "the owner", "Ann Lee may be the owner"),
    ("was", "be", "VBD", "the owner", "Ann Lee may have been the owner"),
    ("owns", "own", "VBZ", "the firm", "Ann Lee may own the firm"),
    ("is hiding", "hide", "VBZ", None, "Ann Lee may be hiding"),
    # a bare verb: "may"
    ("sell", "sell", "VB", "the firm", "Ann Lee may sell the firm"),
    ("have sold", "sell", "VB", "the firm", "Ann Lee may have sold the firm"),
    # the article's own hedge is kept as written
    ("is believed to be", "be", "VBZ", "the owner", "Ann Lee is believed to be the owner"),
    ("could have sold", "sell", "MD", "the firm", "Ann Lee could have sold the firm"),
    ("is expected to sell", "sell", "VBZ", "the firm", "Ann Lee is expected to sell the firm"),
])
def test_possible_says_may_and_never_a_plan_or_a_fact(predicate, lemma, tag, obj, said):
    c = claim_view(status="possible", predicate=predicate, lemma=lemma, object=obj,
                   args={"first_tag": tag, "chain": chain(*lemma.split())})
    assert clause(c) == said
    text = clause(c).lower()
    assert " plans " not in f" {text} " and " wants " not in f" {text} "


def test_the_possible_killing_is_not_a_plan():
    c = claim_view(subject="Ivo Lane", status="possible", predicate="plan", lemma="plan",
                   object="the killing of Ada Pell", args={"first_tag": "VB", "chain": chain("plan")})
    assert clause(c) == "Ivo Lane may plan the killing of Ada Pell"


def test_a_hedging_chain_word_keeps_the_articles_words():
    c = claim_view(status="possible", predicate="is said to have resigned", lemma="resign", object=None,
                   args={"first_tag": "VBZ", "chain": chain("say", "resign")})
    assert verb_phrase(c) == "is said to have resigned"


@pytest.mark.parametrize(("subject", "predicate", "tag", "said"), [
    ("The voters", "reject", "VB", "The voters were asked to reject the plan"),
    ("The board", "reject", "VB", "The board was asked to reject the plan"),
    ("Ann Lee", "reject", "VB", "Ann Lee was asked to reject the plan"),
    ("The union", "rejects", "VBZ", "The union was asked to reject the plan"),
])
def test_requested_is_said_as_its_doer_was_asked(subject, predicate, tag, said):
    c = claim_view(subject=subject, status="requested", predicate=predicate, lemma="reject", object="the plan",
                   args={"first_tag": tag, "chain": chain("reject")})
    assert clause(c) == said


def test_requested_said_by_its_own_words_stays_as_written():
    c = claim_view(status="requested", predicate="asked to meet", lemma="meet", object="Bo Chan",
                   args={"first_tag": "VBD", "chain": chain("ask", "meet")})
    assert clause(c) == "Ann Lee asked to meet Bo Chan"
    c = claim_view(status="requested", predicate="ask for", lemma="ask", object="a meeting",
                   args={"first_tag": "VB", "chain": chain("ask")})
    assert clause(c) == "Ann Lee asks for a meeting"


@pytest.mark.parametrize(("predicate", "lemma", "tag", "chain_lemmas", "said"), [
    ("sign", "sign", "VB", ("sign",), "Ann Lee failed to sign the deal"),
    ("plan", "plan", "VB", ("plan",), "Ann Lee failed to plan the deal"),  # never "plans the deal"
    ("signed", "sign", "VBD", ("sign",), "Ann Lee failed to sign the deal"),
    ("failed to sign", "sign", "VBD", ("fail", "sign"), "Ann Lee failed to sign the deal"),
    ("refused to sign", "sign", "VBD", ("refuse", "sign"), "Ann Lee refused to sign the deal"),
])
def test_failed_says_failed_to(predicate, lemma, tag, chain_lemmas, said):
    c = claim_view(status="failed", predicate=predicate, lemma=lemma, object="the deal",
                   args={"first_tag": tag, "chain": chain(*chain_lemmas)})
    assert clause(c) == said


@pytest.mark.parametrize(("status", "predicate", "lemma", "tag", "said"), [
    ("planned", "plan", "plan", "VB", "Ann Lee plans the visit"),
    ("planned", "visit", "visit", "VB", "Ann Lee will visit the visit"),
    ("desired", "want", "want", "VB", "Ann Lee wants the visit"),
    ("desired", "like", "like", "VB", "Ann Lee would like the visit"),
    ("desired", "visit", "visit", "VB", "Ann Lee wants to visit the visit"),
    ("happened", "visit", "visit", "VB", "Ann Lee visited the visit"),
    ("happened", "visited", "visit", "VBD", "Ann Lee visited the visit"),
    ("ongoing", "visits", "visit", "VBZ", "Ann Lee visits the visit"),
    ("negated", "visited", "visit", "VBD", "Ann Lee did not visit the visit"),
    ("negated", "asked to see", "see", "VBD", "Ann Lee did not ask to see the visit"),
])
def test_the_other_statuses_keep_their_wording(status, predicate, lemma, tag, said):
    lemmas = ("ask", "see") if predicate.startswith("asked") else (lemma,)
    c = claim_view(status=status, predicate=predicate, lemma=lemma, object="the visit",
                   args={"first_tag": tag, "chain": chain(*lemmas)})
    assert clause(c) == said


def test_the_frames_add_only_frame_words():
    """The answer composer's support check knows every word the frames add."""
    assert {"may", "have", "been", "be", "was", "were", "asked", "failed"} <= FRAME_WORDS


def test_participles_and_number():
    assert [participle(w) for w in ("stole", "fled", "thanked", "wrote", "was")] == \
        ["stolen", "fled", "thanked", "written", "been"]
    assert plural("voters") and plural("Kim Lee's followers") and plural("Ann and Bo") and plural("Viewers")
    assert not plural("The board") and not plural("Ann Lee") and not plural("Bo Chambers") and not plural("the bus")


@pytest.mark.parametrize(("status", "predicate", "tag", "chain_lemmas", "said"), [
    # a cue of another status does not say this one
    ("possible", "decided to leave", "VBD", ("decide", "leave"), "Ann Lee may have decided to leave"),
    ("possible", "agree to leave", "VBP", ("agree", "leave"), "Ann Lee may agree to leave"),
    ("possible", "fails to leave", "VBZ", ("fail", "leave"), "Ann Lee may fail to leave"),
    # its own cue does
    ("possible", "appeared to leave", "VBD", ("appear", "leave"), "Ann Lee appeared to leave"),
    ("possible", "is considering leaving", "VBZ", ("consider", "leave"), "Ann Lee is considering leaving"),
    ("requested", "was urged to leave", "VBD", ("urge", "leave"), "Ann Lee was urged to leave"),
])
def test_only_a_cue_of_the_claims_own_status_keeps_the_articles_words(status, predicate, tag, chain_lemmas, said):
    c = claim_view(status=status, predicate=predicate, lemma="leave", object=None,
                   args={"first_tag": tag, "chain": chain(*chain_lemmas)})
    assert clause(c) == said


def test_a_hypothetical_past_is_said_as_what_may_come():
    c = claim_view(status="possible", predicate="tried to take", lemma="take", object="the boy",
                   args={"first_tag": "VBD", "hypothetical": True, "chain": [{"lemma": "try"}, {"lemma": "take"}]})
    assert "may try to take the boy" in clause(c)
    c = claim_view(status="possible", predicate="tried to take", lemma="take", object="the boy",
                   args={"first_tag": "VBD", "chain": [{"lemma": "try"}, {"lemma": "take"}]})
    assert "may have tried to take the boy" in clause(c)  # (a past condition stays past)
