"""How a yes/no question is read when its subject or its opening is not the plain "Did <name> <verb> …?", on an
invented article read by the real pipeline.

- A phrase of time fronted before the auxiliary ("By Friday evening, had A signed …?") leaves a yes/no question:
  it is read from the auxiliary on, its time from the whole question.
- A subject the question gives only by a description ("does *the goalkeeper* …") before a later name is the person
  the articles describe so, not the later name ("… the Elm club's offer?").
Beside them, questions that must stay "The articles do not say".
"""

from __future__ import annotations

import pytest
from tests.querykit import asked as _asked
from tests.querykit import ingested
from newsgraph.query.questions import _after_lead, read_question


ARTICLE = """date: 2025-05-06
source: Lakeside Courier

The goalkeeper, Ivo Brant, has rejected a transfer to the Elm Rovers, his agent said.
Brant said he did not trust the Elm Rovers' promises about his wages.
As of Friday evening, Ada Voss still had not signed the lease for the harbor kiosk.
Tom Ray, the Lakeport ferry captain, sailed to Elm on Monday.
"""


@pytest.fixture(scope="module")
def lake(tmp_path_factory, annotator):
    store = ingested(tmp_path_factory, annotator, "lead", {"2025-05-06-lakeside-courier-club.txt": ARTICLE})
    yield store
    store.close()


def test_a_fronted_phrase_of_time_is_set_aside():
    assert _after_lead("By Friday evening, had Ada Voss signed the lease?") == "Had Ada Voss signed the lease?"
    assert _after_lead("After the launch, has every shop reopened?") == "Has every shop reopened?"
    # not a yes/no question after the comma, or no fronted phrase: left as written
    assert _after_lead("By Friday evening, who had signed the lease?") == "By Friday evening, who had signed the lease?"
    assert _after_lead("Had Ada Voss, the tenant, signed the lease?") == "Had Ada Voss, the tenant, signed the lease?"


def test_a_question_with_a_fronted_phrase_is_a_yes_no_question(lake):
    q = read_question(lake, "By Friday evening, had Ada Voss signed the lease for the kiosk?")
    assert q.kind == "yesno" and q.answer_type == "yesno"
    assert _asked(lake, "By Friday evening, had Ada Voss signed the lease for the kiosk?").answer.startswith("No")


def test_a_described_subject_before_a_name_is_the_person_described(lake):
    q = read_question(lake, "Does the goalkeeper trust the Elm Rovers' promises?")
    assert [n.entity.name for n in q.entities][:1] in (["Ivo Brant"], ["Brant"])
    # a possessor ("the goalkeeper's …") or a title run into the name is not the subject
    for question in ("Did the goalkeeper's friend Tom Ray sail to Elm?", "Did the captain Tom Ray sail to Elm?"):
        assert [n.entity.name for n in read_question(lake, question).entities][:1] == ["Tom Ray"], question


@pytest.mark.parametrize("question", [
    "Does the goalkeeper trust the Elm Rovers' promises?",
])
def test_the_described_subject_answers(lake, question):
    assert _asked(lake, question).answer.startswith("No"), _asked(lake, question).answer


@pytest.mark.parametrize("question", [
    "By Friday evening, had Tom Ray signed the lease for the kiosk?",  # another person: nothing said of him
    "Does the captain trust the Elm Rovers' promises?",  # the captain is Tom Ray, who said nothing of them
    "Did the goalkeeper sail to Elm on Monday?",  # Brant is the goalkeeper; the sailing was Tom Ray's
])
def test_no_verdict_about_someone_else(lake, question):
    answer = _asked(lake, question).answer
    assert answer.split()[0].strip(":,.") not in ("Yes", "No"), answer
