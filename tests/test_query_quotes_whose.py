"""What did A say: A's own words, never another's words about A, a quoted title or the next speaker's quote."""

from __future__ import annotations

import pytest
from test_query_ask import assert_supported
from test_query_build import Doc

from newsgraph.query import ask
from newsgraph.query.quotes import inside


@pytest.fixture()
def hearing(store):
    d = Doc("2024-03-14", [
        "Mara Voss spoke to reporters after the hearing .",
        '"She did not do it .',
        'She did not take the money , " Mara Voss said .',
        "The court then rose for the day .",
        '"He was a kind man . . . .',
        'He was our father , " said Piet Arno , her brother .',
        '"Tarn Ekberg just happens to be the best coach we ever had , " the friend said .',
        'Ekberg once recommended "The Long Winter Road" to his players .',
    ], source="Wire")
    m = d.entity("Mara Voss", "PERSON", "Voss")
    p = d.entity("Piet Arno", "PERSON")
    t = d.entity("Tarn Ekberg", "PERSON", "Ekberg")
    d.entity("The Long Winter Road", "WORK_OF_ART")
    d.claim(0, m, "spoke to", "reporters", "happened", lemma="speak")
    d.claim(2, m, "said", "She did not take the money", "happened", lemma="say")
    d.claim(5, p, "said", "He was our father", "happened", lemma="say")
    d.claim(6, t, "happens to be", "the best coach", "ongoing", lemma="be", source=("the friend", None, "quote"))
    d.claim(7, t, "recommended", "The Long Winter Road", "happened", lemma="recommend")
    d.write(store)
    return store


def test_a_mark_before_the_speakers_tag_closes_the_quote():
    assert inside('She did not take the money , " Mara Voss said .') == "She did not take the money , "


def test_the_speakers_quote_is_read_from_its_opening_and_stops_at_its_close(hearing):
    answer = ask(hearing, "What did Mara Voss say?")
    assert_supported(hearing, answer)
    assert answer.short_answer.startswith("She did not do it")
    assert "kind man" not in answer.answer and "rose for the day" not in answer.answer


def test_anothers_quote_about_the_speaker_is_not_the_speakers_words(hearing):
    answer = ask(hearing, "What did Tarn Ekberg say?")
    assert "best coach" not in (answer.short_answer or "")
    assert "Long Winter Road" not in (answer.short_answer or "")  # a quoted title is nobody's words
