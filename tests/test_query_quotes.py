"""What did A say about B: A's own quoted words about B, over sentences (``quotes``)."""

from __future__ import annotations

import pytest
from test_query_ask import assert_supported
from test_query_build import Doc

from newsgraph.query import ask
from newsgraph.query.quotes import inside


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
