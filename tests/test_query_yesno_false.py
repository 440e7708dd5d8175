"""Yes/no verdicts a new user found false (session 14), each closed by a general reading, on an invented article
read by the real pipeline: a verb that says the asked verb cannot say another asked word too ("had pleaded to be
kept" is no "pleaded guilty"); a bare asked verb means its first sense ("retreating" is no "retired"); a report the
sentence goes back on ("initially reported …, but officials later said …") is no "Yes"; a claim about another of
the asked rank ("a third ranger") is no "Yes" to "a second ranger?". Beside them, the plain questions that keep
their "Yes".
"""

from __future__ import annotations

import pytest
from tests.querykit import asked as _asked
from tests.querykit import ingested


ARTICLE = """date: 2025-05-06
source: Lakeside Courier

Mara Tull had pleaded in vain to be kept at the clinic because she feared harming herself.
Dario Venn was retreating in a defensive posture for most of the bout.
Ada Voss retired from the bench in March.
Harbor officials initially reported that a second ranger was shot, but officials later said the ranger had fallen.
Police said a third ranger was shot in the arm.
Ann Lee met Tom Ray in Elm on Monday to discuss the Ivo Brant case.
Ivo Brant was in Lakeport all week, his lawyer said.
"""


@pytest.fixture(scope="module")
def lake(tmp_path_factory, annotator):
    store = ingested(tmp_path_factory, annotator, "lake", {"2025-05-06-lakeside-courier-rangers.txt": ARTICLE})
    yield store
    store.close()


@pytest.mark.parametrize("question", [
    "Did Mara Tull plead guilty?",  # "had pleaded to be kept at the clinic": the verb says "plead", not "guilty"
    "Did Dario Venn retire?",  # "retreating": retire's fifth sense, not the one a bare "retire?" asks
    "Was a second ranger shot?",  # "initially reported …, but officials later said …"; "a third ranger was shot"
    "Did Ann Lee and Ivo Brant meet?",  # two doers joined by "and": Lee met Ray, Brant's case was only discussed
])
def test_no_yes_from_a_verb_read_twice_a_late_sense_a_report_taken_back_or_another_rank(lake, question):
    answer = _asked(lake, question)
    assert not answer.answer.startswith("Yes"), answer.answer


@pytest.mark.parametrize("question", [
    "Did Ada Voss retire?",
    "Was a third ranger shot?",
])
def test_the_plain_question_keeps_its_yes(lake, question):
    assert _asked(lake, question).answer.startswith("Yes")


@pytest.fixture(scope="module")
def case_only(tmp_path_factory, annotator):
    article = ("date: 2025-05-06\nsource: Lakeside Courier\n\n"
               "Ann Lee met Tom Ray in Elm on Monday to discuss the Ivo Brant case.\n")
    store = ingested(tmp_path_factory, annotator, "case", {"2025-05-06-lakeside-courier-case.txt": article})
    yield store
    store.close()


def test_no_yes_when_a_name_the_store_does_not_know_is_only_a_purpose_s_word(case_only):
    # "Ivo Brant" is no entity here (only "the Ivo Brant case"): the meeting was with Tom Ray
    answer = _asked(case_only, "Did Ann Lee and Ivo Brant meet?")
    assert not answer.answer.startswith("Yes"), answer.answer
    answer = _asked(case_only, "Did Ann Lee meet Tom Ray on Monday?")  # a day's name is no one's
    assert answer.answer.startswith("Yes"), answer.answer
