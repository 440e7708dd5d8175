"""Short answers a new user found false, each closed by a general reading (session 14), on an invented article
read by the real pipeline (the yes/no ones: ``test_query_yesno_false``): a reason of another act, or of another
one's act, is no reason why the asked one happened; a "what …" short answer is never the question's own name,
nor the doer of a passive ("sentenced by Judge …"); "what did A say?" gets neither a crowd's chant of A's name,
nor the words of one an indefinite determiner brings in ("another neighbour added"), nor a report that names A by
name under a bare "he said". Beside each, the plain question that must keep its answer.
"""

from __future__ import annotations

import pytest
from tests.querykit import asked as _asked
from tests.querykit import ingested
from tests.querykit import claim_view

from newsgraph.query.answers import names_only
from newsgraph.query.quotes import brought_in, others_words

ARTICLE = """date: 2025-05-06
source: Lakeside Courier

Dario Venn was using his left hand to block jabs.
Ada Voss quit the board because she disagreed with the merger.
Colm Reddy called Bram Oduya a coward.
Bram Oduya is to be sentenced by Judge Lina Marsh on May 30.
Stan Pike, a lawyer for Bram Oduya, spoke to reporters after the hearing.
Bram Oduya agreed not to call his sister, a decision that hurt his case, he said.
"""


@pytest.fixture(scope="module")
def lake(tmp_path_factory, annotator):
    store = ingested(tmp_path_factory, annotator, "lake", {"2025-05-06-lakeside-courier-court.txt": ARTICLE})
    yield store
    store.close()


def test_no_reason_of_another_act(lake):
    answer = _asked(lake, "Why did Dario Venn resign?")
    assert answer.short_answer is None and "block" not in (answer.short_answer or "")
    assert _asked(lake, "Why did Ada Voss quit the board?").short_answer is not None


@pytest.mark.parametrize("question", ["What is Bram Oduya's nickname?", "What sentence did Bram Oduya receive?"])
def test_a_what_answer_is_neither_the_asked_name_nor_a_doer(lake, question):
    short = _asked(lake, question).short_answer or ""
    assert "Oduya" not in short and "Marsh" not in short, short


def test_a_quote_is_not_a_report_that_names_its_speaker_under_a_bare_he_said(lake):
    # "Oduya agreed …, he said": a speaker is not named in his own report, so "he" is another's
    assert "agreed" not in (_asked(lake, "What did Bram Oduya say?").short_answer or "")


def test_words_given_to_one_brought_in_anew_are_anothers():
    speaker_words = {"mara", "tull"}
    told = claim_view(subject="Mara Tull", predicate="went", lemma="go", source="Another neighbour",
                      source_kind="attribution")
    assert brought_in(told, speaker_words) and others_words(told, 1, speaker_words)
    for source in ("she", "Mara Tull", "the neighbour"):  # a pronoun, her own name, a definite description
        assert not brought_in(claim_view(source=source, source_kind="attribution"), speaker_words)


def test_a_chant_of_the_speakers_name_is_no_words_of_his():
    assert names_only("Reddy !", {"colm", "reddy"})
    assert not names_only("Reddy is back !", {"colm", "reddy"}) and not names_only("", {"reddy"})
