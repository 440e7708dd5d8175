"""Answers by type: the asked-for span first, paraphrases found, and yes/no that cannot lie.

The small world here is invented (people, companies, outlets). Each question is
written in words other than the articles' where the test is about paraphrase
("quit" for "resigned", "bought" for "acquired"). Every answer goes through the
citation-support check of ``test_query_ask``.
"""

from __future__ import annotations

import pytest
from test_query_build import Doc

from newsgraph.query import ask
from newsgraph.query.analysis import answer_type
from newsgraph.query.lexicon import match, phrase_keys
from newsgraph.query.vectors import hash64, vectors
from newsgraph.lexicon.wordnet import wordnet
from tests.querykit import asked


@pytest.fixture()
def firms(store):
    d = Doc("2024-03-04", [
        "Orla Venn resigned as chief executive of Brightwater Foods on Monday.",
        "Brightwater Foods acquired Kestrel Dairy for $3.2 billion in February.",
        "The company spent more than 40 million dollars on new plants.",
        "Venn said she was proud of the team.",
    ], source="Ledger of Trade")
    v = d.entity("Orla Venn", "PERSON", "Venn")
    b = d.entity("Brightwater Foods", "ORG")
    k = d.entity("Kestrel Dairy", "ORG")
    d.claim(0, v, "resigned as", "chief executive of Brightwater Foods", "happened", lemma="resign",
            time=("2024-03-04", "on Monday"))
    d.claim(1, b, "acquired", k, "happened", lemma="acquire", time=("2024-02", "in February"))
    d.claim(2, b, "spent", "more than 40 million dollars on new plants", "happened", lemma="spend")
    d.claim(3, v, "said", "she was proud of the team", "happened", lemma="say", quote="she was proud of the team")
    d.write(store)

    d = Doc("2024-05-20", [
        "Tomas Ferrer was jailed in Harlow Prison in 2020.",
        "Ferrer was released from Harlow Prison on May 18.",
        "Ferrer did not meet Orla Venn.",
        "Ines Ferrer, his sister, was killed in 2019.",
    ], source="Harlow Courier")
    i = d.entity("Ines Ferrer", "PERSON")
    f = d.entity("Tomas Ferrer", "PERSON", "Ferrer")
    p = d.entity("Harlow Prison", "FAC")
    v = d.entity("Orla Venn", "PERSON")
    d.claim(0, f, "was jailed in", p, "happened", lemma="jail", time=("2020", "in 2020"))
    d.claim(1, f, "was released from", p, "happened", lemma="release", time=("2024-05-18", "on May 18"))
    d.claim(2, f, "did not meet", v, "negated", lemma="meet")
    d.claim(3, i, "was killed", None, "happened", lemma="kill", time=("2019", "in 2019"))
    d.write(store)
    return store


def test_spacy_hash_is_spacys():
    from spacy.strings import hash_string

    for word in ("quit", "resigned", "a", "abcdefgh", "abcdefghi", "Gypsy Rose", "é", ""):
        assert hash64(word) == hash_string(word), word


def test_wordnet_and_vectors_are_installed():
    """``make install`` puts WordNet (Debian's wordnet-base) and the model's vectors on the machine."""
    assert wordnet() is not None, "WordNet database missing: run `make wordnet` as root"
    assert vectors() is not None


@pytest.mark.parametrize(("word", "text"), [
    ("quit", "Lee resigned on Monday"), ("quit", "Lee stepped down as chief"), ("bought", "Acme acquired Foo"),
    ("paid", "Acme spent $3 million"), ("jailed", "he was imprisoned"), ("dead", "she died in 2019"),
])
def test_paraphrases_match(word, text):
    stems, ordered = phrase_keys(text)
    assert match(word, stems, ordered, text.lower().split()) >= 0.6


@pytest.mark.parametrize(("word", "text"), [("quit", "Lee joined the board"), ("bought", "Acme sued Foo")])
def test_unrelated_words_do_not_match(word, text):
    stems, ordered = phrase_keys(text)
    assert match(word, stems, ordered, text.lower().split()) < 0.6


@pytest.mark.parametrize(("question", "kind"), [
    ("When did Orla Venn quit?", "date"), ("What year was it founded?", "date"),
    ("Who replaced Orla Venn?", "person"), ("Which company bought Kestrel Dairy?", "organisation"),
    ("Where was Tomas Ferrer jailed?", "place"), ("In which city did it happen?", "place"),
    ("How many people were hurt?", "number"), ("How much did Brightwater pay?", "money"),
    ("How long was Ferrer in prison?", "duration"), ("What is the film called?", "title"),
    ("Why did Venn resign?", "reason"), ("Is Ferrer still in prison?", "yesno"),
    ("What happened between March and May 2024?", "events"), ("Give the timeline of Ferrer from 2019 to 2024", "timeline"),
    ("What did Venn say about the team?", "quote"), ("How are Venn and Ferrer connected?", "connection"),
    ("Who is Orla Venn?", "description"),
])
def test_answer_types(question, kind):
    entities = sum(1 for w in question.split()[1:] if w[:1].isupper())
    content = 0 if question.startswith("Who is") else 1
    assert answer_type(question, entities=min(entities, 2), content_words=content) == kind


def test_quit_finds_resigned_and_states_the_date_first(firms):
    answer = asked(firms, "When did Orla Venn quit?")
    assert answer.answer_type == "date" and answer.short_answer == "2024-03-04"
    assert answer.answer.startswith("On 2024-03-04"), answer.answer
    assert "resigned" in answer.answer


def test_bought_finds_acquired(firms):
    answer = asked(firms, "Which company bought Kestrel Dairy?")
    assert answer.short_answer == "Brightwater Foods", answer.answer
    assert answer.answer.startswith("Brightwater Foods [1]")


def test_money_keeps_unit_and_hedge(firms):
    answer = asked(firms, "How much money did Brightwater Foods spend?")
    assert answer.answer_type == "money"
    assert answer.short_answer == "more than 40 million dollars", answer.answer


def test_place(firms):
    answer = asked(firms, "Where was Tomas Ferrer jailed?")
    assert answer.short_answer == "Harlow Prison", answer.answer


def test_quote(firms):
    answer = asked(firms, "What did Orla Venn say?")
    assert "proud of the team" in answer.answer and answer.short_answer


@pytest.mark.parametrize("question", [
    "Has Tomas Ferrer met Orla Venn?",  # negated
    "Is Tomas Ferrer still in prison?",  # ended by a later release
    "Has Orla Venn met Zed Quorra?",  # someone the store does not hold
    "Is Tomas Ferrer dead?",  # his sister was killed, not he
    "Did Orla Venn buy Kestrel Dairy?",  # the company did, not she
])
def test_no_false_yes(firms, question):
    answer = asked(firms, question)
    assert not answer.answer.startswith("Yes"), answer.answer


def test_verdicts(firms):
    assert asked(firms, "Has Tomas Ferrer met Orla Venn?").answer.startswith("No:")
    still = asked(firms, "Is Tomas Ferrer still in prison?")
    assert still.answer.startswith("No: as of 2024-05-20") and "released" in still.answer, still.answer
    absent = asked(firms, "Has Orla Venn met Zed Quorra?")
    assert absent.answer == "Not found in the store: the articles don't mention Zed Quorra."
    dead = asked(firms, "Is Tomas Ferrer dead?")
    assert dead.answer.startswith(("The articles do not say", "Not found in the store")), dead.answer
    assert asked(firms, "Did Orla Venn quit?").answer.startswith("Yes: as of 2024-03-04")


def test_events_between_dates_are_dated_lines_in_order(firms):
    answer = asked(firms, "What happened between February and May 2024?")
    assert answer.answer_type == "events"
    days = [line.split(":")[0] for line in answer.answer.split("]. ")]
    assert days[0] == "February 2024", answer.answer  # a month said as a reader says it
    assert "2024-05-18" in answer.answer


def test_json_adds_type_and_short_answer(firms):
    data = ask(firms, "When did Orla Venn quit?").to_dict()
    assert data["answer_type"] == "date" and data["short_answer"] == "2024-03-04"
    assert {"question", "answer", "found", "kind", "citations", "claims"} <= set(data)


def test_timeline_with_keeps_claims_naming_the_other(firms):
    from newsgraph.query import timeline

    found = timeline(firms, "Orla Venn", with_="Brightwater Foods")
    assert any("resigned" in e.statement for e in found.entries), [e.statement for e in found.entries]
    assert not any("proud" in e.statement for e in found.entries)


@pytest.fixture()
def club(store):
    """A club whose new coach is told only in a sentence no claim was read from."""
    d = Doc("2024-06-03", [
        "Dana Holt coached the Rivermouth Otters for three seasons.",
        "The Otters named Pavel Ostrum as head coach after Holt left.",
        "The club's summer festival will take place in Rivermouth on July 14.",
    ], source="Rivermouth Post")
    h = d.entity("Dana Holt", "PERSON", "Holt")
    o = d.entity("Rivermouth Otters", "ORG", "Otters")
    d.entity("Pavel Ostrum", "PERSON")
    d.claim(0, h, "coached", o, "happened", lemma="coach")
    d.write(store)
    return store


def test_full_text_sentence_replaces_a_weaker_pick(club):
    """The only claim names the Otters but not the question's event; the sentence that covers more of the
    question gives the person."""
    answer = asked(club, "Who was named head coach of the Otters?")
    assert answer.short_answer == "Pavel Ostrum", answer.answer
    assert answer.answer.startswith("Pavel Ostrum [1]")


def test_a_claims_own_span_holds_against_one_more_shared_word(store):
    """A person in the words of a claim that says the question's verb is not replaced by another person in a
    sentence that only shares one more word with the question."""
    d = Doc("2024-06-08", [
        "Mara Quill married Ivo Brandt.",
        "Zed Arno visited Mara Quill in prison before she married.",
    ], source="Easton Herald")
    m = d.entity("Mara Quill", "PERSON", "Quill")
    i = d.entity("Ivo Brandt", "PERSON")
    d.entity("Zed Arno", "PERSON")
    d.claim(0, m, "married", i, "happened", lemma="marry")
    d.write(store)
    answer = asked(store, "Who did Mara Quill marry in prison?")
    assert answer.short_answer == "Ivo Brandt", answer.answer


def test_full_text_reason_says_the_cause_first(store):
    """No claim gives the reason; the sentence that covers the question gives it, from its cause word on."""
    d = Doc("2024-06-03", [
        "Lina Marsh opened the Harbour Bakery in 2019.",
        "The Harbour Bakery closed last week because its rent had tripled.",
    ], source="Harbour Times")
    m = d.entity("Lina Marsh", "PERSON", "Marsh")
    b = d.entity("Harbour Bakery", "ORG")
    d.claim(0, m, "opened", b, "happened", lemma="open")
    d.write(store)
    answer = asked(store, "Why did the Harbour Bakery close?")
    assert answer.short_answer == "because its rent had tripled", answer.answer


def test_a_person_answer_keeps_the_second_person_of_its_sentence(store):
    """The claim is read for one of two people who died; the answer names him first and still says, with its
    sentence, the second man the claim left out."""
    d = Doc("2024-06-10", [
        "Tom Tennant and state trooper Will Hakim, both 51, died at the scene in Millbrook on Friday.",
    ], source="Millbrook Daily")
    t = d.entity("Tom Tennant", "PERSON", "Tennant")
    d.entity("Will Hakim", "PERSON")
    d.entity("Millbrook", "GPE")
    d.claim(0, t, "died", None, "happened", lemma="die")
    d.write(store)
    answer = asked(store, "Who died at the scene in Millbrook?")
    assert answer.short_answer in ("Tom Tennant", "Tom Tennant and Will Hakim"), answer.answer
    assert "Will Hakim" in answer.answer, answer.answer



def test_a_clipped_clause_is_followed_by_its_sentence(store):
    """A claim's clause that says under half of its sentence ("Tom Tennant died") is followed by the sentence,
    which holds what the clause left out (where, with whom, after what)."""
    d = Doc("2024-06-10", [
        "Tom Tennant died at the Millbrook branch on Friday with trooper Will Hakim after the bomb they were "
        "examining went off inside the building.",
    ], source="Millbrook Daily")
    t = d.entity("Tom Tennant", "PERSON", "Tennant")
    d.entity("Will Hakim", "PERSON")
    d.claim(0, t, "died", None, "happened", lemma="die", time=("2024-06-07", "on Friday"))
    d.write(store)
    answer = asked(store, "When did Tom Tennant die?")
    assert answer.short_answer == "2024-06-07", answer.answer
    assert "“Tom Tennant died at the Millbrook branch" in answer.answer, answer.answer
