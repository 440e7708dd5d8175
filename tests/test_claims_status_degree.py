"""An infinitive that is no plan: a degree before it decides whether it happens ("too big to be
operated" says it is not, "light enough to land" that it can be), and what a story goes on to do
("went on to win") is done. Sentences made up for these tests (none from a corpus)."""

from __future__ import annotations

import pytest


def status_of(annotated, lemma: str) -> str:
    found = [c for c in annotated.claims if c.lemma == lemma]
    assert found, [(c.lemma, c.predicate, c.status) for c in annotated.claims]
    return found[0].status


@pytest.mark.parametrize(("text", "lemma"), [
    ("The new freighter is too big to be operated from the island's airstrip.", "operate"),
    ("The bakery was too small to compete with the supermarket chains, analysts said.", "compete"),
    ("Nell Gorse was too ill to attend the hearing on Monday.", "attend"),
    ("The river was too deep for the patrol to cross.", "cross"),
    ("The bridge was too damaged for trucks to use.", "use"),
])
def test_too_adjective_to_verb_is_negated(read, text, lemma):
    assert status_of(read(text), lemma) == "negated"


def test_too_adverb_to_verb_is_negated_and_not_a_plan_of_its_verb(read):
    a = read("The board moved too slowly to save the merger.")
    assert status_of(a, "save") == "negated"
    assert not [c for c in a.claims if c.lemma == "save" and "move" in c.predicate], \
        [(c.predicate, c.status) for c in a.claims]


@pytest.mark.parametrize(("text", "lemma"), [
    ("The new glider is light enough to land on short runways.", "land"),
    ("Dovel Freight has grown large enough to buy its rival.", "buy"),
    ("The glider is not too heavy to land on the beach.", "land"),
])
def test_enough_to_verb_and_a_negated_too_are_possible(read, text, lemma):
    assert status_of(read(text), lemma) == "possible"


def test_a_plain_infinitive_and_a_trailing_too_keep_their_status(read):
    assert status_of(read("Dovel Freight wants to buy the depot too."), "buy") == "desired"
    assert status_of(read("Dovel Freight plans to buy the depot."), "buy") == "planned"


@pytest.mark.parametrize(("text", "lemma", "want"), [
    ("Nell Gorse went on to win the title in 2010.", "win", "happened"),
    ("Nell Gorse then moved on to talk about the budget.", "talk", "happened"),
    ("The council moved to block the sale on Monday.", "block", "planned"),
])
def test_what_a_story_goes_on_to_is_done(read, text, lemma, want):
    a = read(text)
    assert status_of(a, lemma) == want
    assert [c.shown for c in a.claims if c.lemma == lemma] == [True]


def test_only_to_tells_what_came_next(read):
    assert status_of(read("Nell Gorse returned home only to find the door locked."), "find") == "happened"


def test_first_to_is_not_an_arrangement(read):
    assert status_of(read("Dovel Freight was first to cut its fares."), "cut") != "planned"


def test_be_to_have_done_is_what_was_arranged(read):
    a = read("The ferry service was to have resumed on Monday.")
    assert [c.status for c in a.claims if c.lemma in ("resume", "service")] == ["planned"], \
        [(c.lemma, c.predicate, c.status) for c in a.claims]
