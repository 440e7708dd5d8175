"""Who and what a shown claim names: faults found reading claims on unseen multi-outlet web news (s10).

Every sentence here is made up; each has the shape of one fault: a relative clause hung on the
nearer of two nouns when its verb's number says the other ("a plan for the parks, which was
finalized"); a subject the parse cut short so that its verb no longer agrees ("Former star
running back … and other players have"; "a man who were caught" of "two women and a man"); a
participle set between a reported clause and its closing "sources told …", whose doer is the
report's subject and not the speaker; a linking phrase ("for instance") taken for an object.
"""

from __future__ import annotations

import pytest

from tests.test_claims_precision import read  # noqa: F401  (the module's annotate-and-cache fixture)


def fields(annotated):
    return [(c.subject, c.predicate, c.object, c.status, c.shown) for c in annotated.claims]


def test_a_relative_clause_whose_verb_does_not_agree_with_the_nearer_noun_is_not_shown(read):
    a = read("The mayor said the city would review two projects: a plan for managing the county's parks, "
             "which was finalized on May 3, and a new bridge.")
    assert not any(c.shown and c.lemma == "finalize" and "parks" in c.subject for c in a.claims), fields(a)


@pytest.mark.parametrize("text", [
    "Former star running back Tom Reyes and other former hockey players have alleged that coaches paid "
    "athletes.",
    "A car bomb outside the bank killed two guards and a clerk who were trapped in the lobby.",
])
def test_a_singular_subject_with_a_plural_verb_is_not_shown(read, text):
    a = read(text)
    bad = [c for c in a.claims if c.shown and c.subject.lower() in ("former star", "a clerk")]
    assert not bad, fields(a)


@pytest.mark.parametrize("text, subject", [
    ("The team have decided to move the game to Sunday.", "The team"),
    ("The crowd were angry about the delay.", "The crowd"),
    ("If the plan were adopted, the town would grow.", "the plan"),
    ("The news was welcomed by the miners.", "The news"),
])
def test_a_collective_or_a_condition_still_agrees(read, text, subject):
    a = read(text)
    assert any(c.shown and c.subject == subject for c in a.claims), fields(a)


def test_a_participle_before_the_closing_sayer_is_not_the_sayers(read):
    a = read("Jane Orlin checked into a clinic late Monday, dodging arrest after days of confusion, sources "
             "told the Daily Star.")
    assert not any(c.shown and c.lemma == "dodge" and c.subject == "sources" for c in a.claims), fields(a)
    assert any(c.shown and c.lemma == "check" and c.subject == "Jane Orlin" for c in a.claims), fields(a)


def test_a_participle_opening_the_sentence_stays_the_speakers(read):
    a = read("Accusing the mayor of neglect, the Harbor Party has declared in the council that the city "
             "cannot pretend to be surprised.")
    assert any(c.shown and c.lemma == "accuse" and "Harbor Party" in c.subject for c in a.claims), fields(a)


@pytest.mark.parametrize("phrase", ["for instance", "for example", "in fact"])
def test_a_linking_phrase_is_no_object(read, phrase):
    a = read(f"Officials said that councils now grapple with long reviews to determine, {phrase}, whether a "
             "road adds to traffic.")
    assert not any(c.object and c.object.lower() in ("instance", "example", "fact") for c in a.claims), fields(a)
