"""More short answers a new user found false (session 14), on an invented article read by the real pipeline:
- a weak "after" in a sentence that neither names nor refers to the one a verbless question asks about ("why was
  A not at the tribunal?") tells of another's act, no reason of A's;
- a "how" short answer that only says who did the asked act ("A and B may have died") restates the question;
- the doer of the asked verb done to another thing ("despite beating the count") did not do it to A;
- a name beside a passive that names no doer ("police were called to a house where A lived") is no doer.
Beside each, the plain question or sentence that must keep its answer.
"""

from __future__ import annotations

import pytest
from tests.querykit import asked as _asked
from tests.querykit import ingested

from newsgraph.query.ask import _restates
from newsgraph.query.questions import read_question
from newsgraph.query.typed import Evidence, _doer_unnamed, _other_object
from newsgraph.query.types import Citation

ARTICLE = """date: 2025-03-11
source: Valley Ledger

Nell Harrow, a depot clerk, faces a charge of theft.
The tribunal heard the caretaker was called after hearing a loud crash at the depot at 9am on Saturday.
Orla Fenn was in hospital after a fall on the ice.
The ferry company has not disclosed how Tomas Vell and Ira Quin died.
Tomas Vell and Ira Quin may have died.
Hal Imre, a heavyweight boxer, fought twice in Ostrava last year.
The same punch brought Rolf Dane to his knees and, despite beating the count, he could not go on.
Ivo Brandt beat Lou Marsh on points in Leeds.
"""


@pytest.fixture(scope="module")
def valley(tmp_path_factory, annotator):
    store = ingested(tmp_path_factory, annotator, "valley", {"2025-03-11-valley-ledger-depot.txt": ARTICLE})
    yield store
    store.close()


def test_an_after_of_anothers_act_is_no_reason(valley):
    short = _asked(valley, "Why was Nell Harrow not at the tribunal?").short_answer or ""
    assert "crash" not in short, short
    assert "fall" in (_asked(valley, "Why was Orla Fenn in hospital?").short_answer or "")


def test_a_short_that_restates_who_did_the_asked_act_is_no_answer(valley):
    assert "Vell" not in (_asked(valley, "How did Tomas Vell die?").short_answer or "")


@pytest.mark.parametrize(("predicate", "short", "restates"), [
    ("die", "Tomas Vell and Ira Quin may have died", True),
    ("die", "died of smoke inhalation", False),
    ("win", "Ada Brook won the final", False),
    ("win", "Ada Brook won", True),
    (None, "Ada Brook", False),
])
def test_restates(predicate, short, restates):
    assert _restates(predicate, short) is restates


def test_the_doer_of_the_asked_verb_done_to_another_thing_is_no_answer(valley):
    assert "Dane" not in (_asked(valley, "Who beat Hal Imre?").short_answer or "")
    assert "Brandt" in (_asked(valley, "Who beat Lou Marsh?").short_answer or "")


@pytest.mark.parametrize(("text", "other"), [
    ("The same punch brought Rolf Dane to his knees and, despite beating the count, he could not go on.", True),
    ("Rolf Dane beat Hal Imre on points in Leeds.", False),  # the asked one is the object
    ("Rolf Dane beat him on points in Leeds.", False),  # a pronoun may stand for the asked one
])
def test_a_sentence_that_says_the_asked_verb_of_another_thing(valley, text, other):
    q = read_question(valley, "Who beat Hal Imre?")
    cited = Citation(article="a", published=None, source=None, title=None, sentence=0, start=0, end=len(text),
                     text=text)
    assert _other_object(q, Evidence(cited), set()) is other


@pytest.mark.parametrize(("text", "unnamed"), [
    ("At 9am the police were called to a house on Mill Lane where Ada Brook lived.", True),
    ("The police were called by a neighbour at 9am.", False),  # "by" names the doer
    ("A neighbour called the police at 9am.", False),  # the active names the doer
])
def test_a_passive_of_the_asked_act_names_no_doer(valley, text, unnamed):
    assert _doer_unnamed(read_question(valley, "Who called the police?"), text) is unnamed
