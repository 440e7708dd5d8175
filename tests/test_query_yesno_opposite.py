"""A "No" said by the opposite of an asked word in a sentence that shares none of the question's words: "A is
presumed dead" for "was A rescued alive?", "A denied that he was B" for "did A ever admit to being B?", "the
visitors lost their opener" for "did the visitors win their opener?". The yes/no step searches the sentences
that name the question's subject (or say the words it is described by) for WordNet's opposites of its words
(``ask._opposite_words``); the verdict is still ``frames.opposite``'s or ``polarity``'s, with their checks.
Invented articles read by the real pipeline: a rescue at sea, a charity, a sports result; beside them, near
misses that must keep their answer: the opposite said of someone else, and the winner of the game the visitors
lost.
"""

from __future__ import annotations

import pytest
from tests.querykit import asked as _asked
from tests.querykit import ingested


ARTICLE = """date: 2025-08-14
source: Harbor Gazette

Two divers went missing off the Corran reef on Tuesday during a training dive.
Rescuers searched the reef and the nearby channel for two days.
The coast guard said the search for the divers would be scaled back on Friday.
Lena Marsh, 41, is presumed dead after being swept off the reef.
Rita Fenn was pulled from the water by a fishing crew late on Wednesday.
Volunteers who joined the search were thanked by the harbor master.
The charity's accounts were audited after the gift of 2 million euros.
Reporters asked for weeks who had given the money to the shelter.
Peter Holm denied that he was the anonymous donor.
The Tern Valley visitors lost their season opener to the Harbor Hawks on Sunday.
The opener drew a crowd of 9,000 to the harbor ground.
"""


@pytest.fixture(scope="module")
def harbor(tmp_path_factory, annotator):
    store = ingested(tmp_path_factory, annotator, "harbor", {"2025-08-14-harbor-gazette-reef.txt": ARTICLE})
    yield store
    store.close()


@pytest.mark.parametrize(("question", "says"), [
    ("Was Lena Marsh rescued alive?", "presumed dead"),  # a rescue: "dead" is WordNet's opposite of "alive"
    ("Did Peter Holm ever admit to being the anonymous donor?", "denied"),  # a charity: "deny" of "admit"
    ("Did the visitors win their season opener?", "lost"),  # sports, naming no one: "lose" of "win"
])
def test_no_from_the_opposite_of_an_asked_word(harbor, question, says):
    answer = _asked(harbor, question)
    assert answer.answer.startswith("No:"), answer.answer
    assert says in answer.answer


@pytest.mark.parametrize("question", [
    "Was Rita Fenn rescued alive?",  # the one presumed dead is another diver
    "Did the Harbor Hawks win their season opener?",  # the visitors lost it to them: no "No" for the winner
])
def test_no_no_from_an_opposite_said_of_someone_else(harbor, question):
    answer = _asked(harbor, question)
    assert not answer.answer.startswith("No:"), answer.answer
