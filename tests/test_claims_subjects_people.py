"""A people, a share of a people and a sentence adverb are not the subject a claim names.

Sentences made up for these tests (none from a corpus), each of a fault a fact-checker found on
unseen news: "Libyans protested" shown as the country protesting, "6 of 10 Americans say" shown as
the country saying, "Meanwhile Nokia Corp" kept as the name of the firm.
"""

from __future__ import annotations

import pytest


def subjects(annotated, lemma: str) -> list[tuple[str, str | None]]:
    found = [(c.subject, c.subject_entity) for c in annotated.claims if c.lemma == lemma]
    assert found, [(c.lemma, c.subject) for c in annotated.claims]
    return found


def entity_name(annotated, eid: str | None) -> str | None:
    return next((e.name for e in annotated.entities if e.id == eid), None)


def test_a_people_is_its_own_entity_beside_its_country(read):
    a = read("Libya held elections in June. Libyans protested in Tripoli on Friday against the result.")
    [(subject, eid)] = subjects(a, "protest")
    assert subject == "Libyans" and entity_name(a, eid) == "Libyans"
    country = next(e for e in a.entities if e.name == "Libya")
    assert eid != country.id


@pytest.mark.parametrize(("text", "lemma", "want"), [
    ("The United States imposed tariffs. Six of 10 Americans say the tariffs will raise prices.",
     "say", "Six of 10 Americans"),
    ("The United States imposed tariffs. Most Americans oppose the tariffs.", "oppose", "Most Americans"),
    ("Thousands fled Libya in May. Many Libyans crossed into Tunisia.", "cross", "Many Libyans"),
    ("Two Libyans were arrested in Malta on Monday.", "arrest", "Two Libyans"),
])
def test_a_share_of_a_people_keeps_its_words_and_names_no_entity(read, text, lemma, want):
    [(subject, eid)] = subjects(read(text), lemma)
    assert (subject, eid) == (want, None)


def test_a_number_inside_a_name_is_no_share(read):
    a = read("The ministry moved to 10 Harrow Street in May. 10 Harrow Street now houses 300 staff.")
    assert any(eid is not None for _, eid in subjects(a, "house")), [(e.name, e.type) for e in a.entities]


@pytest.mark.parametrize(("text", "name"), [
    ("Meanwhile Nokia Corp said profits fell in the quarter.", "Nokia Corp"),
    ("Moreover General Motors said it would cut costs.", "General Motors"),
    ("Separately Volvo Cars said it would recall 2,000 vehicles.", "Volvo Cars"),
    ("Separately Brawley Holdings said it would sell its stake.", "Brawley Holdings"),
    ("Earlier Orvane Mining said it would close the pit.", "Orvane Mining"),
])
def test_a_sentence_adverb_is_not_part_of_the_name(read, text, name):
    a = read(text)
    assert [e.name for e in a.entities if e.type == "ORG"] == [name]
    assert subjects(a, "say")[0][0] == name


def test_a_sentence_adverb_is_not_part_of_a_subject_phrase(read):
    a = read("Meanwhile Orvane shareholders approved the merger.")
    assert subjects(a, "approve")[0][0] == "Orvane shareholders"


def test_a_name_that_starts_with_such_a_word_inside_a_sentence_keeps_it(read):
    a = read("Shares of Still Waters Capital rose on Friday. Investors said Still Waters Capital would grow.")
    assert any(e.name == "Still Waters Capital" for e in a.entities), [e.name for e in a.entities]


def test_a_name_with_a_plural_last_word_takes_a_singular_verb(read):
    # "Holdings expects" is English; "the Democrats says" is not
    a = read("Still, Brawley Holdings expects profits to rise.")
    assert [(c.subject, c.shown) for c in a.claims if c.lemma == "expect"] == [("Brawley Holdings", True)]
    b = read("The Democrats says the bill is dead.")
    assert not [c for c in b.claims if c.lemma == "say" and c.shown]
