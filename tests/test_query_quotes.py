"""What did A say about B: A's own quoted words about B, over sentences (``quotes``)."""

from __future__ import annotations

import pytest
from test_query_ask import assert_supported
from test_query_build import Doc

from newsgraph.query import ask
from newsgraph.query.quotes import attribution, inside


@pytest.mark.parametrize(("text", "quoted"), [
    ("`` Absolutely not , '' Ray said when asked about Lee .", " Absolutely not , "),
    ("“Lee was great,” Ray said.", "Lee was great,"),
    ("She has finished the course , ” Ray said .", "She has finished the course , "),  # opened before
    ("Ray said nothing about Lee.", "Ray said nothing about Lee."),  # no marks: the whole sentence
])
def test_inside_quotation_marks(text, quoted):
    assert inside(text) == quoted


@pytest.fixture()
def shoot(store):
    d = Doc("2024-05-06", [
        "Producer Odo Ray worked with Lina Marr last year.",
        "`` Lina was completely professional , '' Ray told a reporter .",
        "`` She came in prepared every day . ''",
        "`` Absolutely not , '' Ray said when asked whether Marr had any problem .",
        "Ray's agent, Tove Quill, spoke about the Harrow Clinic.",
        "“ Lina is grateful for the care she had at the Harrow Clinic .",
        "She has finished the course , ” Quill said .",
    ], source="Wire")
    r = d.entity("Odo Ray", "PERSON", "Ray")
    m = d.entity("Lina Marr", "PERSON", "Marr", "Lina")
    q = d.entity("Tove Quill", "PERSON", "Quill")
    d.entity("Harrow Clinic", "ORG")
    d.claim(0, r, "worked with", m, "happened", lemma="work")
    d.claim(1, r, "told", "a reporter", "happened", lemma="tell")
    d.claim(3, r, "said", None, "happened", lemma="say")
    d.claim(4, q, "spoke about", "the Harrow Clinic", "happened", lemma="speak")
    d.claim(6, q, "said", "She has finished the course", "happened", lemma="say")
    d.write(store)
    return store


def test_the_speakers_words_about_the_topic_come_first(shoot):
    answer = ask(shoot, "What did Odo Ray say about Lina Marr?")
    assert_supported(shoot, answer)
    assert answer.answer.startswith("“`` Lina was completely professional , '' Ray told a reporter .” [1]. "
                                    "“`` She came in prepared every day . ''” [2].")  # the quote goes on


def test_a_quote_closed_in_a_later_sentence_is_read_from_its_opening(shoot):
    answer = ask(shoot, "What did Tove Quill say about the Harrow Clinic?")
    assert_supported(shoot, answer)
    assert "grateful for the care" in answer.answer


@pytest.mark.parametrize(("text", "quoted"), [
    ("''The roof held , '' Ray said .", "The roof held , "),  # two apostrophes open a quote at the start
    ('"We are ready , " Ray said .', "We are ready , "),  # a straight mark with spaces round it closes
    ('Ray said , " we are ready . "', " we are ready . "),  # … and opens when no quote is open
    ("Ray left early. ''The roof held, '' he said.", "The roof held, "),  # two apostrophes after a space open
])
def test_quotation_marks_of_tokenised_text(text, quoted):
    assert inside(text) == quoted


def _at(text: str, *names: str) -> list[tuple[int, int, int]]:
    return [(text.index(n), text.index(n) + len(n), i) for i, n in enumerate(names, 1)]


@pytest.mark.parametrize(("text", "names", "how", "entity"), [
    ("`` We are ready , '' Odo Ray told a reporter .", ("Odo Ray",), "entity", 1),
    ("`` We are ready , '' said Odo Ray .", ("Odo Ray",), "entity", 1),
    ('"We are ready , " Odo Ray , a producer at Tarn Films , told Lina Marr .', ("Odo Ray", "Tarn Films", "Lina Marr"),
     "entity", 1),  # the apposition is skipped, the listener is no speaker
    ('But doing this "may slow the machines" , he said .', (), "pronoun", None),
    ("During the talk she stated that `` we will open in spring '' .", (), "pronoun", None),
    ("`` This is a sad week for us , '' the company said in a statement .", (), "described", None),
    ("`` Even the ducks will not swim in it , '' Odo Ray joked .", ("Odo Ray",), "entity", 1),  # any verb of saying
    ("`` We should have waited , '' conceded Odo Ray .", ("Odo Ray",), "entity", 1),
])
def test_who_a_quotation_is_given_to(text, names, how, entity):
    said = attribution(text, _at(text, *names))
    assert (said.how, said.entity) == (how, entity)


@pytest.mark.parametrize("text", [
    'Ray told users to set the alarm to "high" .',  # a scare-quoted word quotes no one
    "`` We are ready , '' the crowd chanted .",  # no speech verb
])
def test_no_speaker(text):
    assert attribution(text, _at(text, "Ray") if "Ray" in text else []) is None


@pytest.fixture()
def fair(store):
    d = Doc("2024-05-06", [
        "Producer Odo Ray urged visitors to raise the alarm settings at the Harrow Clinic.",
        'But doing this "may slow the old machines down" , he said , so visitors should wait.',
        "Ray later met Tove Quill at the gate.",
        '"The gate will stay shut all week , " he said .',
        "Tarn Foods closed the clinic kitchen after the fire.",
        '"Odo Ray helped us a lot , " Tove Quill said of the night .',
        '"We cleaned the kitchen in a day , " he said .',
        "`` This is a sad week for the whole town , '' the company said in a statement .",
    ], source="Wire")
    r = d.entity("Odo Ray", "PERSON", "Ray")
    d.entity("Tove Quill", "PERSON")
    d.entity("Harrow Clinic", "ORG")
    t = d.entity("Tarn Foods", "ORG")
    d.claim(0, r, "urged", "visitors", "happened", lemma="urge")
    d.claim(4, t, "closed", "the clinic kitchen", "happened", lemma="close")
    d.write(store)
    return store


def test_he_said_after_the_sentence_naming_the_speaker_is_theirs_with_its_lead_in(fair):
    answer = ask(fair, "What did Odo Ray say about the alarm settings?")
    assert_supported(fair, answer)
    assert "may slow the old machines down" in answer.answer
    assert answer.answer.startswith("“Producer Odo Ray urged")  # who "he" is, and what "this" is
    assert answer.short_answer.startswith("may slow")


def test_he_said_after_another_person_is_named_is_not_the_speakers(fair):
    answer = ask(fair, "What did Odo Ray say about the gate?")
    assert "stay shut" not in answer.answer  # "he" follows Tove Quill's name: not Ray's words
    assert "stay shut" in ask(fair, "What did Tove Quill say about the gate?").answer


def test_a_name_inside_a_quote_is_not_who_he_is(fair):
    assert "cleaned the kitchen" not in ask(fair, "What did Odo Ray say about the kitchen?").answer
    assert "cleaned the kitchen" in ask(fair, "What did Tove Quill say about the kitchen?").answer


def test_the_company_said_is_the_organisations(fair):
    answer = ask(fair, "What did Tarn Foods say about the town?")
    assert_supported(fair, answer)
    assert "sad week for the whole town" in answer.answer


@pytest.mark.parametrize(("text", "names", "entity"), [
    ("`` We are ready , '' said Tarn Films producer Odo Ray .", ("Tarn Films", "Odo Ray"), 2),  # the title's name
    ("`` We are ready , '' said Odo Ray of Tarn Films .", ("Odo Ray", "Tarn Films"), 1),
    ("`` We are ready , '' Odo Ray also told a reporter .", ("Odo Ray",), 1),
])
def test_the_speaker_among_several_names(text, names, entity):
    assert attribution(text, _at(text, *names)).entity == entity


@pytest.mark.parametrize(("text", "names"), [
    ("`` We are ready , '' Odo Ray 's lawyer said .", ("Odo Ray",)),  # the lawyer speaks, not Ray
    ("`` We are ready , '' said Odo Ray 's lawyer .", ("Odo Ray",)),
    ("`` We are ready , '' a producer at Tarn Films said .", ("Tarn Films",)),  # the producer speaks
])
def test_a_name_inside_the_speakers_phrase_is_no_speaker(text, names):
    assert attribution(text, _at(text, *names)) is None


def test_words_that_name_no_asked_topic_are_no_words_about_it(shoot):
    # Ray is quoted only about Marr: nothing he said is about Quill, however direct
    answer = ask(shoot, "What did Odo Ray say about Tove Quill?")
    assert "professional" not in (answer.short_answer or "") and "Absolutely" not in (answer.short_answer or "")
    assert "professional" in (ask(shoot, "What did Odo Ray say about Lina Marr?").short_answer or "")


@pytest.fixture()
def owner(store):
    d = Doc("2024-05-06", [
        "Odo Ray has told friends that he expects the Tarn Mill to reopen after Lina Marr's report.",
        "`` The looms will turn again by spring , '' he told the Harrow Gazette .",
    ], source="Wire")
    r = d.entity("Odo Ray", "PERSON", "Ray")
    d.entity("Lina Marr", "PERSON", "Marr")
    d.entity("Tarn Mill", "ORG")
    d.entity("Harrow Gazette", "ORG")
    d.write(store)
    return store


def test_he_is_not_a_possessor_named_last(owner):
    answer = ask(owner, "What did Odo Ray tell the Harrow Gazette about the looms?")
    assert_supported(owner, answer)
    assert "looms will turn again" in answer.answer  # "Lina Marr's report" names whose report, not who "he" is
    assert "looms will turn again" not in ask(owner, "What did Lina Marr say about the looms?").answer
