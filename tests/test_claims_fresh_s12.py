"""Faults a reading of fresh news found in session 12, each fixed by a general rule: a future said as going
on, a degree word lost, an adjective's infinitive said as a plan, a parenthetical "said X" read as the
speaker's subject, a reported clause without its subject. Every sentence here is made up; the article is
dated 2024-03-01 (the ``read`` fixture)."""

from __future__ import annotations

import pytest

from tests.conftest import read  # noqa: F401  (the annotate-and-cache fixture)


def _claims(annotated, lemma: str):
    found = [c for c in annotated.claims if c.lemma == lemma]
    assert found, [(c.subject, c.predicate, c.lemma) for c in annotated.claims]
    return found


@pytest.mark.parametrize("text, lemma", [
    ("The bakery is going to close its doors.", "close"),
    ("The mayor was going to resign, but changed his mind.", "resign"),
    ("\"The coach is going to make this a priority,\" the spokesman said.", "make"),
])
def test_going_to_is_meant_not_going_on(read, text, lemma):
    assert {c.status for c in _claims(read(text), lemma)} == {"planned"}


def test_going_somewhere_is_still_going(read):
    assert _claims(read("The shop is going to the market."), "go")[0].status == "ongoing"


def test_a_degree_word_before_the_adjective_stays(read):
    c = _claims(read("The band became less popular in the eyes of fans."), "become")[0]
    assert c.predicate.startswith("became less popular")


@pytest.mark.parametrize("text, lemma", [
    ("The new bridge is necessary to ease traffic.", "ease"),
    ("The firm was quick to deny the report.", "deny"),
    ("The pupil is afraid to see the dentist.", "see"),
    ("A new law is essential to protect the coast and to end the dumping.", "end"),
])
def test_an_adjectives_infinitive_is_not_shown_as_a_plan(read, text, lemma):
    assert not any(c.shown for c in _claims(read(text), lemma))


def test_the_adjective_stays_in_the_predicate(read):
    c = _claims(read("The new bridge is necessary to ease traffic."), "ease")[0]
    assert c.predicate == "is necessary to ease"


@pytest.mark.parametrize("text, lemma, status", [
    ("The minister is ready to resign.", "resign", "planned"),
    ("The team is likely to win the title.", "win", "possible"),
    ("Over two million people were eligible to vote in the poll.", "vote", "possible"),
])
def test_a_cue_adjective_still_reads_its_infinitive(read, text, lemma, status):
    c = _claims(read(text), lemma)[0]
    assert c.shown and c.status == status


@pytest.mark.parametrize("text", [
    "The report, said the minister, is expected to show a deficit.",
    "The plan, said Ann Berg, the head of the agency, is intended to cut costs.",
])
def test_a_said_aside_between_subject_and_verb_is_not_read_as_the_speakers_words(read, text):
    a = read(text)
    assert not any(c.shown and c.kind != "attribute" for c in a.claims), \
        [(c.subject, c.predicate, c.object) for c in a.claims if c.shown]


@pytest.mark.parametrize("text, lemma", [
    ("The company, however, said it would cut jobs.", "say"),
    ("Ann Berg, the head of the agency, said the plan is ready.", "say"),
])
def test_a_speakers_own_commas_leave_the_report(read, text, lemma):
    assert all(c.shown for c in _claims(read(text), lemma))


def test_a_reported_clause_without_its_subject_is_not_shown(read):
    a = read("It was a step that many see as bold, but others fear may be reckless.")
    assert not any(c.shown for c in _claims(a, "fear"))


def test_a_reported_clause_whose_subject_the_parse_lost_is_kept(read):
    a = read("The governor said the state is \"taking a stand for the principle that might does not make right.\"")
    assert all(c.shown for c in _claims(a, "say"))


def test_a_participles_words_between_verb_and_clause_leave_the_report(read):
    a = read("Police confirmed Friday that the car found along a road in the town belonged to a local doctor.")
    assert not any(c.args.get("gapped") for c in a.claims)


@pytest.mark.parametrize("text, words", [
    ("It would seem the odds are slim that the two clubs could ever settle the feud.", "slim that the two clubs"),
    ("When the owner returned, the chef was so upset he felt faint.", "so upset he felt faint"),
    ("Nora Vance, the oldest pupil, was the first to finish the race.", "the first to finish"),
])
def test_an_adjectives_clause_is_said_in_the_articles_words(read, text, words):
    a = read(text)
    cut = [c for c in a.claims if c.args.get("cut_complement")]
    assert cut and all(not c.shown or words in (c.args.get("clause") or "") for c in cut), \
        [(c.subject, c.predicate, c.object, c.args.get("clause"), c.shown) for c in cut]
    assert any(c.shown for c in cut)


def test_an_adjective_whose_clause_is_an_adverbial_stays_whole(read):
    a = read("The chef was happy because the team won.")
    assert not any(c.args.get("cut_complement") for c in a.claims)


def test_an_appositive_after_a_participle_phrase_is_not_read_as_the_names(read):
    a = read("Jones, sipping tea in front of the bakery, the heart of the village, is convinced the fair is rigged.")
    assert not any(c.args.get("from") == "apposition" and "heart" in (c.object or "") for c in a.claims)


@pytest.mark.parametrize("text", [
    "Ann Berg is convinced the match was fixed.",
    "Ann Berg is convinced, like many others, the match was fixed.",
    "Ann Berg is sure that the match was fixed.",
])
def test_a_clause_under_an_adjective_of_belief_is_the_holders_view(read, text):
    fixed = _claims(read(text), "fix")
    assert all(c.status == "possible" for c in fixed)


def test_the_holder_of_a_belief_is_the_source(read):
    c = _claims(read("The fans were worried that the club would fold."), "fold")[0]
    assert c.source is not None and c.source.text == "The fans" and c.status == "possible"


def test_a_clause_under_an_adjective_of_feeling_keeps_its_status(read):
    assert _claims(read("Ann Berg was glad that the team won."), "win")[0].status == "happened"


@pytest.mark.parametrize("text, lemma", [
    ("Analysts agreed that there might be money to be made in the merger.", "make"),
    ("The coach is doing his part by making the long trip across the country to erase any doubt.", "erase"),
    ("The law made it a crime to block a bridge.", "block"),
])
def test_an_infinitive_with_a_subject_but_no_for_is_not_shown(read, text, lemma):
    assert not any(c.shown for c in _claims(read(text), lemma))


def test_a_wanted_infinitive_keeps_its_subject(read):
    c = _claims(read("The board wants the bridge to be rebuilt."), "rebuild")[0]
    assert c.shown and c.status == "desired"


def test_a_noun_after_a_lone_comma_is_not_the_verbs_object(read):
    a = read("He worked as a driver in a city agency, a position that paid well.")
    assert not any(c.shown and c.object == "a position" for c in a.claims)


def test_a_heavy_object_after_an_aside_stays(read):
    c = _claims(read("The firm bought, after a long search, a small bakery."), "buy")[0]
    assert c.shown and c.object == "a small bakery"


def test_a_clause_after_a_denied_saying_is_not_the_speakers(read):
    c = _claims(read("Police did not say who fired first, but two officers were hurt."), "hurt")[0]
    assert c.source is None or c.source.kind == "outlet"


def test_a_clause_after_a_saying_stays_the_speakers(read):
    c = _claims(read("The plant will close, the company said."), "close")[0]
    assert c.source is not None and c.source.text == "the company"


def test_an_object_of_punctuation_only_is_not_shown(read):
    a = read("The mayor believes the city will recover _ at least partially _ from the flood.")
    assert not any(c.shown and (c.object or "").strip() == "_" for c in a.claims)


def test_a_gerunds_object_is_not_the_clauses_subject(read):
    a = read("In a town where praising even slightly the former mayor Tom Hale can prompt threats, Lee filed a motion.")
    assert not any(c.shown for c in _claims(a, "prompt"))


def test_a_progressive_keeps_its_object(read):
    c = _claims(read("The coach is praising the players."), "praise")[0]
    assert c.shown and c.object == "the players"


def test_a_participle_after_an_objects_infinitive_is_not_the_objects_act(read):
    a = read("The mayor relaxed the rules and allowed vendors to sell food, triggering a rush of trade.")
    assert not any(c.shown for c in _claims(a, "trigger"))


def test_a_participle_after_the_subjects_own_infinitive_stays(read):
    a = read("Acme Corp. wants to buy as much as 15% of Beta PLC, marking its first move in a possible battle.")
    assert any(c.shown for c in _claims(a, "mark"))
