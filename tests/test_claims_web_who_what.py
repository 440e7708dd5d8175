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
    # a collective, a condition, a singular in "-s"
    ("The team have decided to move the game to Sunday.", "The team"),
    ("The crowd were angry about the delay.", "The crowd"),
    ("If the plan were adopted, the town would grow.", "the plan"),
    ("The news was welcomed by the miners.", "The news"),
    ("Thomas Kepp's whereabouts are unknown.", "Thomas Kepp's whereabouts"),
    # a coordination however the parse hung it, a name
    ("A harbor police officer and state police dive team technician were hurt in the blast.",
     "A harbor police officer and state police dive team technician"),
    ("His lawyer said then-15-year-old Jamons was at the scene.", "Jamons"),
    # a bare name after a verb is no cut phrase
    ("Newspaper reports have said Tarin was infatuated with the singer.", "Tarin"),
    ("The jury decided Marsh was innocent of the theft.", "Marsh"),
])
def test_a_subject_that_agrees_as_written_stays_shown(read, text, subject):
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


def test_my_in_a_speakers_apposition_is_the_speakers(read):
    a = read("\"I'd like to thank the board, my wife Anna and my children,\" said Mark Olsen.")
    wife = [c for c in a.claims if c.kind == "attribute" and c.subject == "Anna" and c.shown]
    assert wife and all(c.object == "Mark Olsen's wife" for c in wife), fields(a)


def test_my_in_the_writers_apposition_is_not_shown(read):
    a = read("Mark Olsen, my neighbor, won the race on Sunday.")
    assert not any(c.shown and c.kind == "attribute" and "my" in (c.object or "").split() for c in a.claims), \
        fields(a)


def test_a_noun_phrase_cut_before_its_last_noun_is_not_shown(read):
    a = read("Battles erupted around the square, with one riot police armored van torched, and the police "
             "responding with tear gas.")
    assert not any(c.shown and c.subject.lower() == "van" for c in a.claims), fields(a)


def test_a_nouns_preposition_is_not_left_hanging(read):
    a = read("And negotiations for him to do the first movie were \"a terrible experience,\" says a source "
             "with knowledge of the talks.")
    subjects = [c.subject for c in a.claims if c.shown]
    assert subjects and not any(s.split()[-1] in ("for", "of", "to") for s in subjects), fields(a)


@pytest.mark.parametrize("text, words", [
    ("With doctors being brought back into the process, it gives hope that patients will recover.",
     ["doctors were brought back", "patients want to recover"]),
])
def test_a_plural_subject_is_said_with_a_plural_verb(read, text, words):
    from tests.test_claims_web_reading import said
    a = read(text)
    shown = [said(c) for c in a.claims if c.shown]
    assert all(any(w in s for s in shown) for w in words), shown


def test_a_head_nouns_of_phrase_does_not_make_it_plural():
    from newsgraph.query.hedges import plural
    assert not plural("the list of teams")
    assert plural("the teams of the league")
    assert plural("Ann and Bo")
    assert not plural("the head of Smith and Jones")


def test_quoting_someone_as_saying_makes_them_the_sayer(read):
    a = read("It remains unclear whether a judge will accept her move to the clinic, the Daily Star reported, "
             "quoting her lawyer Tom Baker as saying that prosecutors have not approved it yet.")
    said = [c for c in a.claims if c.shown and c.lemma == "say"]
    assert said and all(c.subject == "Tom Baker" for c in said), fields(a)


def test_it_in_words_relayed_from_another_speaker_is_not_the_reporter(read):
    a = read("It remains unclear whether a judge will accept her move to the clinic, the Daily Star reported, "
             "quoting her lawyer Tom Baker as saying that prosecutors have not approved it yet.")
    assert not any(c.shown and c.lemma == "approve" and c.object == "Daily Star" for c in a.claims), fields(a)


def test_the_focus_of_a_cleft_is_what_its_clause_did_to(read):
    a = read("The film Zorbo opened on Friday. It was his direction that many critics applauded and brought "
             "the film down to earth.")
    applauded = [c for c in a.claims if c.lemma == "applaud" and c.shown]
    assert applauded and all(c.object == "his direction" for c in applauded), fields(a)
    assert not any(c.shown and c.lemma == "bring" and c.subject == "many critics" for c in a.claims), fields(a)


def test_an_example_with_its_own_clause_leaves_the_object(read):
    a = read("Seven of the violations involved women's soccer, including a school donor allegedly giving cash "
             "to a former player.")
    involved = [c for c in a.claims if c.lemma == "involve" and c.shown]
    assert involved and all(c.object == "women's soccer" for c in involved), fields(a)
