"""Faults a reading of fresh news found in session 16, each fixed by a general rule of English: a supposition
in the subjunctive ("if I were choosing …, I would have chosen …") shown as a fact that did not happen or might
have; a "will" under a condition said as a plan, the condition dropped; an act of saying that an "according to"
reports, given to its own subject as source; a "not" before an adverb of degree ("not adequately financed")
said as a denial of the act; "through" a day said as "on" that day; a participle after its noun, set off by
commas, read as the noun's past tense ("Acme, rumored a takeover target, said …"). Every sentence here is made
up; the article is dated 2024-03-01 (the ``read`` fixture)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from newsgraph.models import SHOWN_CONFIDENCE
from newsgraph.query.phrases import time_phrase, verb_phrase
from tests.conftest import read  # noqa: F401  (the annotate-and-cache fixture)
from tests.test_claims_fresh_s12 import _claims  # (a sentence's claims of one lemma, asserting there are some)


def _shown(c) -> bool:
    return c.confidence >= SHOWN_CONFIDENCE


@pytest.mark.parametrize("text, lemma", [
    ("\"If I were running the club, I would have hired the coach who is there now,\" Ann Lee said.", "run"),
    ("\"If I were running the club, I would have hired the coach who is there now,\" Ann Lee said.", "hire"),
    ("If the bakery were larger, it would have bought the mill.", "be"),
])
def test_a_supposition_in_the_subjunctive_is_not_shown(read, text, lemma):
    for c in _claims(read(text), lemma):
        assert not _shown(c) and "counterfactual" in c.args["checks"]


@pytest.mark.parametrize("text, lemma, said", [
    ("If the law had passed, the mill would have closed.", "close", "did not close"),
    ("The truck would have carried the bomb.", "carry", "did not carry"),
    ("\"I would have chosen the same people,\" Ann Lee said.", "choose", "did not choose"),
])
def test_what_would_have_happened_after_a_past_condition_did_not(read, text, lemma, said):
    c = _claims(read(text), lemma)[0]
    assert c.status == "negated" and verb_phrase(c) == said and _shown(c)


def test_a_plural_were_in_a_condition_may_be_a_plain_past(read):
    text = "If the workers were paid in cash, the records do not show it."
    assert all("counterfactual" not in (c.args.get("checks") or ()) for c in _claims(read(text), "pay"))


@pytest.mark.parametrize("text, lemma", [
    ("If all the loans are repaid, the bank will issue about two million shares.", "issue"),
    ("The plant will open in June if the city approves the permit.", "open"),
    ("If approved, the new stadium will open in 2026.", "open"),
])
def test_a_will_under_a_condition_is_only_possible(read, text, lemma):
    c = _claims(read(text), lemma)[0]
    assert c.status == "possible" and verb_phrase(c).startswith("may ")


@pytest.mark.parametrize("text, lemma", [
    ("The bank will issue about two million shares next year.", "issue"),
    ("The firm will not cut jobs unless sales fall.", "cut"),
])
def test_a_will_without_a_condition_of_its_own_keeps_its_status(read, text, lemma):
    assert _claims(read(text), lemma)[0].status in ("planned", "negated")


@pytest.mark.parametrize("text, lemma, source", [
    ("Previously, a unit of the bakery disclosed a stake of 4% in the mill, according to Ann Lee, the mill's "
     "treasurer.", "disclose", "Ann Lee"),
    ("According to the police, the driver admitted the theft.", "admit", "the police"),
])
def test_an_act_of_saying_that_according_to_reports_is_its_words(read, text, lemma, source):
    assert _claims(read(text), lemma)[0].source.text == source


def test_the_writers_words_about_the_one_according_to_are_the_outlets(read):
    text = "Previously, a unit of the bakery disclosed a stake in the mill, according to Ann Lee, the mill's treasurer."
    c = next(c for c in read(text).claims if c.object and "treasurer" in c.object)
    assert c.source.kind != "attribution" or c.source.text != "a unit of the bakery"
    assert "Ann Lee" not in c.source.text and "unit" not in c.source.text


def test_a_speaker_with_no_according_to_keeps_its_words(read):
    c = _claims(read("Ann Lee, an analyst at a small bank, said the merger will fail."), "say")[0]
    assert c.source.text == "Ann Lee"


@pytest.mark.parametrize("text, lemma", [
    ("The bid was not adequately financed.", "finance"),
    ("The change did not materially affect earnings.", "affect"),
    ("The mayor was not directly involved in the deal.", "involve"),
])
def test_a_not_before_an_adverb_of_degree_is_not_a_plain_denial(read, text, lemma):
    for c in _claims(read(text), lemma):
        assert not (_shown(c) and c.status == "negated")


def test_a_plain_not_is_still_a_denial(read):
    c = _claims(read("The bid was not financed."), "finance")[0]
    assert c.status == "negated" and _shown(c)


def test_through_a_day_bounds_the_stretch(read):
    c = _claims(read("The bakery had bought 400,000 shares through Sept. 29."), "buy")[0]
    assert c.time is None and c.args["time_bound"]["bound"] == "through"


def test_through_a_decade_is_when(read):
    c = _claims(read("Prices rose through the 1990s."), "rise")[0]
    assert c.time is not None and c.time.value.startswith("199")


def test_a_time_written_with_the_is_not_said_with_the_twice():
    said = time_phrase(SimpleNamespace(time="199", day="2024-02-01", time_text="the 1990s", args={}))
    assert said == "in the 1990s"


@pytest.mark.parametrize("text, lemma, speaker", [
    ("The bakery, rumored a takeover target for six months, said a rival has sought approval.", "rumor",
     "The bakery"),
    ("The mill, considered a leader in the field, said profits rose.", "consider", "The mill"),
])
def test_a_participle_after_its_noun_is_no_act_of_the_noun(read, text, lemma, speaker):
    annotated = read(text)
    for c in _claims(annotated, lemma):
        assert not _shown(c)
    assert any(c.source.text == speaker for c in annotated.claims if c.lemma in ("seek", "rise"))


def test_a_quote_before_its_inverted_speaker_keeps_its_clause(read):
    c = _claims(read("Profits rose sharply, said Ann Lee."), "rise")[0]
    assert _shown(c) and c.source.text == "Ann Lee"


def test_through_a_day_is_said_as_a_bound():
    bound = {"bound": "through", "value": "2023-09-29", "text": "Sept. 29"}
    said = time_phrase(SimpleNamespace(time=None, day="2024-02-01", time_text=None, args={"time_bound": bound}))
    assert said == "through Sept. 29"


def test_through_any_time_after_a_perfect_bounds_the_stretch(read):
    c = _claims(read("The lenders have extended the bakery $9 million in loans through January."), "extend")[0]
    assert c.time is None and c.args["time_bound"]["bound"] == "through"


@pytest.mark.parametrize("text, lemma", [
    ("Under the offer, holders will receive one right for each 10 shares owned.", "own"),
    ("The bonus is paid on the amount of money raised.", "raise"),
])
def test_a_noun_and_its_participle_after_a_preposition_is_no_clause(read, text, lemma):
    for c in _claims(read(text), lemma):
        assert not _shown(c)


def test_a_clause_after_a_subordinator_is_still_one(read):
    assert _shown(_claims(read("After the plant closed, workers left."), "close")[0])


def test_a_month_that_is_also_a_word_is_still_said():
    from newsgraph.query.phrases import clause

    view = SimpleNamespace(kind="event", subject="The plant", predicate="open", lemma="open", object=None,
                           object_entity=None, status="possible", time="2024-05", time_text="May", quote=None,
                           args={}, day="2024-03-01")
    assert clause(view, with_time=True).startswith("The plant may open in May")
