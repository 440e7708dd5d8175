"""Faults a reading of fresh news found in session 15, each fixed by a general rule: a "would" that stands
alone in its sentence said as a plan ("the bakery would seem to be the weakest" → "will seem"); an ability
said as a chance ("the jet can fly 9,000 miles" → "may fly"); and a participle that only names a stretch of
time ("for the year ended July 2") shown as an event ("the year was ended on July 2"). Every sentence here
is made up; the article is dated 2024-03-01 (the ``read`` fixture)."""

from __future__ import annotations

import pytest

from newsgraph.models import SHOWN_CONFIDENCE
from newsgraph.query.phrases import verb_phrase
from tests.conftest import read  # noqa: F401  (the annotate-and-cache fixture)
from tests.test_claims_fresh_s12 import _claims  # (a sentence's claims of one lemma, asserting there are some)


@pytest.mark.parametrize("text, lemma, said", [
    # a "would" standing alone is supposed, not planned
    ("Of all the big bakeries, Acme would seem to be the most vulnerable to a price war.", "be", "may seem"),
    ("The bonus, which needs a vote of the members, would be paid in May.", "pay", "may be paid"),
    # an ability keeps its "can"; under a condition, or a "could", it is "may"
    ("The new jet can fly 9,000 miles without a stop.", "fly", "can fly"),
    ("The plant can make 500 cars a day.", "make", "can make"),
    ("The team will move if the city can raise the money.", "raise", "may raise"),
    ("The price could rise next year.", "rise", "may rise"),
])
def test_a_possible_claim_is_said_as_its_sentence_supposes_it(read, text, lemma, said):
    c = _claims(read(text), lemma)[0]
    assert c.status == "possible" and verb_phrase(c).startswith(said)


@pytest.mark.parametrize("text, lemma", [
    ("The firm said it would close the plant in June.", "close"),
    ("The merger, she said, would be completed in June.", "complete"),
    ("Under the plan, lenders would receive about $9 million.", "receive"),
])
def test_a_reported_or_agreed_would_is_still_planned(read, text, lemma):
    assert _claims(read(text), lemma)[0].status == "planned"


@pytest.mark.parametrize("text, lemma", [
    ("For the year ended July 2, the bakery had net income of $2 million.", "end"),
    ("In the week beginning Monday, the mayor will visit three towns.", "begin"),
])
def test_a_participle_naming_a_period_is_not_shown(read, text, lemma):
    for c in _claims(read(text), lemma):
        assert c.confidence < SHOWN_CONFIDENCE and "dating_participle" in c.args["checks"]


def test_a_period_that_ends_as_a_clause_is_shown(read):
    c = _claims(read("The season ended in May."), "end")[0]
    assert c.confidence >= SHOWN_CONFIDENCE


@pytest.mark.parametrize("text, lemma, said", [
    ("The man was arrested on Monday and charged with theft.", "charge", "was charged"),
    ("The new van, which will be built overseas and marketed to around 80 countries, is cheap.", "market",
     "will be marketed to"),
    ("The bill was passed by the House and signed by the president.", "sign", "was signed by"),
])
def test_a_participle_conjunct_shares_the_first_ones_auxiliaries(read, text, lemma, said):
    c = _claims(read(text), lemma)[0]
    assert c.confidence >= SHOWN_CONFIDENCE and verb_phrase(c).startswith(said)


def test_a_past_tense_conjunct_is_its_own_verb(read):
    c = _claims(read("The driver was injured in the crash and died later."), "die")[0]
    assert verb_phrase(c) == "died"


def test_a_reason_clause_keeps_a_subject_an_inner_clause_interrupts(read):
    c = _claims(read("The deal is being structured this way because the laws of the island, under which the "
                     "firm is organized, do not allow mergers."), "structure")[0]
    assert c.args["reason"].startswith("the laws of the island") and c.args["reason"].endswith("do not allow mergers")


def test_a_reason_clause_without_such_a_cut_leaves_its_inner_clause_out(read):
    c = _claims(read("The game was called off because rain flooded the field, which was new."), "call")[0]
    assert c.args["reason"] == "rain flooded the field"


@pytest.mark.parametrize("text, lemma", [
    ("Ann Lee said the bakery holds half the market, although others are now adding ovens.", "add"),
    ("The maker recalled 9,000 cars on Monday.", "recall"),
])
def test_a_verb_of_saying_used_for_an_act_makes_no_speaker(read, text, lemma):
    c = _claims(read(text), lemma)[0]
    assert c.source.text.lower() not in (c.subject.lower(), "others")


def test_a_verb_of_saying_with_what_is_said_keeps_its_speaker(read):
    c = _claims(read("Ann Lee recalled that the mill had closed in 1990."), "close")[0]
    assert c.source.text == "Ann Lee"


def test_a_shared_auxiliary_keeps_its_tense(read):
    c = _claims(read("Profits are combined with other earnings and attributed to the common stock."), "attribute")[0]
    assert verb_phrase(c).startswith("are attributed to")


def test_posting_a_loss_is_the_writers_report(read):
    c = _claims(read("The bakery posted a loss of $2 million as it moved to close two shops."), "close")[0]
    assert c.source.kind == "outlet"


@pytest.mark.parametrize("text, said", [
    ("Profit from coal fell to $41 million, partly because of a strike.", "partly because of a strike"),
    ("Profit fell largely because costs rose.", "largely because costs rose"),
    ("Profit fell because of a strike.", "fell because of a strike"),
])
def test_a_reason_keeps_the_adverb_that_makes_it_one_of_several(read, text, said):
    from newsgraph.query.phrases import clause
    from tests.querykit import claim_view

    c = _claims(read(text), "fall")[0]
    view = claim_view(subject=c.subject, predicate=c.predicate, lemma=c.lemma, object=c.object, status=c.status,
                      args=c.args, text=text)
    assert clause(view).endswith(said)


@pytest.mark.parametrize("text, lemma", [
    ("The mill suspended work on a new plant, indicating a weak outlook for paper.", "indicate"),
    ("The bakery's loss widened to $2 million, reflecting the cost of new ovens.", "reflect"),
])
def test_what_an_event_shows_is_not_said_of_its_doer(read, text, lemma):
    for c in _claims(read(text), lemma):
        assert c.confidence < SHOWN_CONFIDENCE


def test_a_participle_of_doing_keeps_its_doer(read):
    c = _claims(read("Ann Lee wrote to the board, confirming her resignation."), "confirm")[0]
    assert c.confidence >= SHOWN_CONFIDENCE and c.subject == "Ann Lee"


@pytest.mark.parametrize("text, amount", [
    ("The mill's output fell 8.4% from a year ago.", "8.4%"),
    ("Ticket sales rose 12% from last year.", "12%"),
])
def test_an_amount_counted_since_a_time_stays_the_object(read, text, amount):
    c = _claims(read(text), "fall" if "fell" in text else "rise")[0]
    assert c.object == amount
