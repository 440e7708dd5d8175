"""Claims a reader would not parse as English, or whose cut words change what they say.

Every sentence here is made up for these tests; each has the shape of a fault
seen reading claims on news the system was never tuned on: stacked
appositives, reduced passives, cut comparisons and clauses, a verb of placing
without where, a clock time split by tokenised text, web furniture, and a
duration taken as the claim's time.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from newsgraph.nlp.claimparts.garble import garble_reason, trim_quotes
from newsgraph.query.phrases import clause
from tests.test_claims_precision import claim


def said(c) -> str:
    """The claim as listings say it (without its time)."""
    return clause(SimpleNamespace(kind=c.kind, subject=c.subject, predicate=c.predicate, lemma=c.lemma,
                                  object=c.object, object_entity=c.object_entity, status=c.status, time=None,
                                  time_text=None, quote=c.quote, args=c.args, day=None))


def shown(annotated) -> list[tuple[str, object]]:
    """(rendered clause, claim) of every shown claim."""
    return [(said(c), c) for c in annotated.claims if c.shown]


# --- one appositive per description ------------------------------------------------

def test_stacked_appositives_give_one_description(read):
    a = read("Nora Bell, the new coach, a former sprinter, joined the club in May.")
    found = [c for c in a.claims if c.kind == "attribute" and c.subject == "Nora Bell"]
    assert found and all("sprinter" not in (c.object or "") or "coach" not in (c.object or "") for c in found), \
        [(c.subject, c.object) for c in found]


# --- reduced passive relatives -------------------------------------------------------

def test_reduced_passive_is_said_as_a_passive_clause(read):
    a = read("Luca Ferri, one of 40 alleged smugglers arrested on Monday, was released on bail.")
    said = [text for text, c in shown(a) if c.lemma == "arrest"]
    assert said and all(" were arrested" in text or " was arrested" in text for text in said), said


def test_bare_reduced_participle_is_not_shown_as_a_noun_phrase(read):
    a = read("The firm sold 300 cars, with 155 trucks ordered.")
    assert not [text for text, c in shown(a) if c.lemma == "order" and " were " not in text and " was " not in text], \
        [text for text, _ in shown(a)]


# --- durations are not a claim's time -------------------------------------------------

def test_a_duration_is_not_the_time_of_a_belief(read):
    a = read("None of those bids are believed to have been higher for more than six years.")
    assert not [c for c in a.claims if c.time is not None and (c.time.value or "").startswith("P")], \
        [(c.predicate, c.time) for c in a.claims]


@pytest.mark.parametrize("text,lemma", [
    ("The guard served eight years in prison.", "serve"),
    ("Ana Ruiz has lived in Paris for ten years.", "live"),
])
def test_a_duration_still_completes_a_verb_of_time(read, text, lemma):
    a = read(text)
    assert [c for c in a.claims if c.lemma == lemma and c.time is not None and c.time.value.startswith("P")], \
        [(c.lemma, c.time) for c in a.claims]


# --- verbs of placing keep where they put their object ---------------------------------

@pytest.mark.parametrize("text,lemma,words", [
    ("The Rams decided to put Dale Quinn on injured reserve on Friday.", "put", "on injured reserve"),
    ("The agency routinely sends asylum seekers back to countries where the war goes on.", "send", "back"),
])
def test_placing_verb_is_not_shown_without_its_complement(read, text, lemma, words):
    a = read(text)
    said = [t for t, c in shown(a) if c.lemma == lemma]
    assert all(words in t for t in said), said


# --- cut comparisons and defining clauses ------------------------------------------------

@pytest.mark.parametrize("text,cut_end", [
    ("This council is not as closed as some critics make it out to be.", "as closed"),
    ("This council is not as closed as some critics make it out to be.", "make it out to be"),
    ("The main worry is the risk that rates rise again.", "the risk"),
    ("The mayor knows everything that is to be known about the port.", "knows everything"),
    ("Those voters looking for a clear winner will be disappointed.", "Those voters will be disappointed"),
    ("The pilots have no idea where the plane is.", "no idea"),
])
def test_no_shown_claim_ends_where_the_sentence_goes_on(read, text, cut_end):
    a = read(text)
    said = [t for t, _ in shown(a)]
    assert not [t for t in said if t.endswith(cut_end)], said


def test_a_defining_clause_is_said_in_the_articles_words(read):
    a = read("The mayor knows everything that is to be known about the port.")
    assert [t for t, c in shown(a) if c.predicate == "knows" and t.endswith("known about the port")], \
        [t for t, _ in shown(a)]


def test_linking_verb_without_its_complement_is_not_shown(read):
    a = read("Others seem reluctant to condemn the attack.")
    assert not [t for t, _ in shown(a) if t.rstrip().endswith("seem")], [t for t, _ in shown(a)]


# --- clock times split by tokenised text ------------------------------------------------

@pytest.mark.parametrize("text", [
    "The fire started shortly after 8 : 30 p . m . on Friday .",
    "The shooting happened shortly after 8 : 30 p . m . on Friday .",
])
def test_a_split_clock_time_is_one_time_or_none(read, text):
    a = read(text)
    said = [t for t, _ in shown(a)]
    assert not [t for t in said if t.endswith((" 8", " p", "30 p"))], said
    assert not [c for c in a.claims if c.time is not None and c.time.text.strip() in ("8", "30", "8 :")], \
        [c.time for c in a.claims]


# --- the rules on claim fields ------------------------------------------------------------

@pytest.mark.parametrize("fields,reason", [
    ({"subject": "Story 5531", "predicate": "is", "object": "uk / news / world", "kind": "attribute",
      "args": {"from": "apposition"}}, "furniture"),
    ({"subject": "4412345", "predicate": "is", "object": "a page", "kind": "attribute",
      "args": {"from": "apposition"}}, "furniture"),
    ({"subject": "The mayor", "predicate": "denounced", "object": "the ``reckless plan"}, "punctuation"),
    ({"subject": "The mayor", "predicate": "praised", "object": "this plan,'' continued the letter"},
     "punctuation"),
    ({"subject": "The union", "predicate": "is", "object": "the UAW ) union", "kind": "attribute",
      "args": {"first_tag": "VBZ"}}, "punctuation"),
    ({"subject": "The price", "predicate": "rose", "object": "because of"}, "cut_end"),
    ({"subject": "The board", "predicate": "is not", "object": "as strict", "kind": "attribute",
      "evidence": "The board is not as strict as its critics say.", "args": {"first_tag": "VBZ"}}, "comparison"),
    ({"subject": "The fire", "predicate": "started", "object": "30 p"}, "cut_end"),
])
def test_garble_rules(fields, reason):
    assert garble_reason(claim(**fields)) == reason


def test_the_articles_own_words_are_checked_too():
    c = claim(subject="None of the bids", predicate="are believed", object=None,
              args={"first_tag": "VBP", "render": "evidence", "clause": "None of the bids are believed to be"})
    assert garble_reason(c) == "cut_end"
    d = claim(subject="The shooting", predicate="happened", object=None,
              evidence="The shooting happened shortly after 8 : 30 on Friday .",
              args={"first_tag": "VBD", "render": "evidence", "clause": "The shooting happened shortly after 8"})
    assert garble_reason(d) == "cut_word"


@pytest.mark.parametrize("text,expected", [
    ("cited ``a precautionary measure", "cited a precautionary measure"),
    ("the firm's ``reckless plan", "the firm's reckless plan"),
    ("``The response has been strong", "``The response has been strong''"),
    ("five pence (eight cents", "five pence"),
    ("a (short) note", "a (short) note"),
    ("a \u201cfair\u201d deal", "a \u201cfair\u201d deal"),
])
def test_trim_quotes(text, expected):
    assert trim_quotes(text) == expected


# --- objects and reported clauses said whole ----------------------------------------------

def test_an_appositive_of_the_object_is_not_part_of_it(read):
    a = read("Acme dropped the old logo, a design that nobody liked.")
    assert [c for c in a.claims if c.lemma == "drop" and c.object == "the old logo"], \
        [(c.lemma, c.object) for c in a.claims]


def test_a_reported_clause_keeps_its_opening_words_and_loses_the_capital(read):
    a = read("With the odds so long, it is unlikely the bill will pass, said Ana Ruiz, a lobbyist.")
    said_ = [t for t, c in shown(a) if c.lemma == "say"]
    assert said_ and all("said with the odds so long" in t for t in said_), said_


def test_a_stray_mark_is_not_a_subject():
    assert garble_reason(claim(subject="_", predicate="has indicated", object="he will stay")) == "punctuation"


def test_a_verb_of_giving_keeps_who_gets_it(read):
    a = read("Ana Ruiz gave the museum a rare painting on Monday.")
    said_ = [t for t, c in shown(a) if c.lemma == "give"]
    assert said_ and all("the museum" in t for t in said_), said_


def test_an_ordinal_is_one_thing(read):
    a = read("The 2,000 th jet built by the plant on Monday was sold to Norvale .")
    said_ = [t for t, c in shown(a) if c.lemma == "build"]
    assert not [t for t in said_ if " were built" in t], said_


@pytest.mark.parametrize("text, subject, object_", [
    ("Late in the game, Marta Koslow hit her third three-pointer of the night.", "Marta Koslow",
     "her third three-pointer"),
    ("After the vote, Senator Ilya Brandt thanked his staff in a short speech.", "Ilya Brandt", "his staff"),
])
def test_a_possessive_of_the_claims_own_subject_stays_a_pronoun(read, text, subject, object_):
    found = [c for c in read(text).claims if c.subject.endswith(subject) and c.object]
    assert found, [(c.subject, c.object) for c in read(text).claims]
    assert found[0].object.startswith(object_), found[0].object
    assert f"{subject}'s" not in found[0].object
