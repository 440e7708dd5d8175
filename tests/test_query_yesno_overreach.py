"""Yes/no questions that ask more than a matching claim says (``query/overreach.py``), read by the real
pipeline from an invented article: "every" answered by "most", a told content ("said how much …") answered
by some other telling, and someone's someone ("A's lawyer") answered by another speaker. Each must be "The
articles do not say", and the plain question beside it keeps its "Yes".
"""

from __future__ import annotations

import pytest
from tests.querykit import asked as _asked
from tests.querykit import ingested

from newsgraph.query.overreach import possessed

ARTICLE = """date: 2025-03-05
source: Valley Wire

A fire badly damaged the Linden Market grocery store in Eastvale on Monday night.
The site manager at the Linden Market store says it will take a couple of days to assess how much work needs to be done.
Most local shop owners condemned the delay in the fire crew's arrival.
Officials said lab results showed a strong chance that a glove found behind Mara Tull's house came from Dario Venn.
All three council members praised the firefighters on Tuesday.
"""


COURT = """date: 2025-04-07
source: Harbor Ledger

Ada Voss, the defendant, appealed the ruling on Friday.
Danforth Oil appealed the fine on Monday.
"""


@pytest.fixture(scope="module")
def fire(tmp_path_factory, annotator):
    store = ingested(tmp_path_factory, annotator, "fire", {"2025-03-05-valley-wire-fire.txt": ARTICLE,
                                                           "2025-04-07-harbor-ledger-court.txt": COURT})
    yield store
    store.close()


@pytest.mark.parametrize("question", [
    "Did every shop owner condemn the delay?",
    "Have all shop owners condemned the delay?",
    "Has Linden Market said how much the repairs will cost?",
    "Has the site manager said when the store will reopen?",
    "Has Venn's lawyer said where he is?",
    "Has Venn's family said where he is?",
    # someone's someone with the owner described ("the defendant's") or a possessive pronoun: not the owner
    "Did the defendant's lawyer appeal the ruling?",
    "Did the company's lawyer appeal the fine?",
    "Did her lawyer appeal the ruling?",
])
def test_no_yes_for_more_than_the_claim_says(fire, question):
    answer = _asked(fire, question)
    assert not answer.answer.startswith(("Yes", "No")), answer.answer


@pytest.mark.parametrize("question", [
    "Did the shop owners condemn the delay?",
    "Did all three council members praise the firefighters?",
    "Did Ada Voss appeal the ruling?",
])
def test_the_plain_question_keeps_its_yes(fire, question):
    answer = _asked(fire, question)
    assert answer.answer.startswith("Yes"), answer.answer


def test_the_subject_that_is_someones():
    assert possessed("Has Venn's lawyer said where he is?") == "lawyer"
    assert possessed("Does the Bank of Eastvale's chief own shares?") == "chief"
    assert possessed("Has Venn said where he is?") is None
    assert possessed("Did the defendant's lawyer appeal?") == "lawyer"
    assert possessed("Did his wife survive the crash?") == "wife"
    assert possessed("Did the defendant appeal?") is None


def test_a_question_with_no_verb_read_does_not_fail(fire):
    answer = _asked(fire, "Has the company said how long the repairs will take?")
    assert not answer.answer.startswith(("Yes", "No")), answer.answer



def test_someones_thing_said_as_the_claims_object_is_no_other_speaker():
    from tests.querykit import claim_view

    from newsgraph.query.overreach import yes_overreaches

    found = claim_view(subject="Police", predicate="recovered", lemma="recover", object="Dario Venn's car",
                       text="Police recovered Dario Venn's car in a garage on Wednesday.")
    assert not yes_overreaches("Has Venn's car been found?", found)
    assert yes_overreaches("Has Venn's lawyer said where the car is?", found)

