"""A question of what someone said, answered from a speech claim that says the opposite.

"Did A say the rule lets builders skip the review?" when the article reads "A said the rule did not mean
builders could skip the review" must never be "Yes": the speaker denied it. The negation has to come
before the asked words in what was said ("said the mill will close, not move" still says it closes), and a
negation on both sides is agreement. The real pipeline reads made-up articles.
"""

from __future__ import annotations

import pytest
from querykit import asked, written


@pytest.fixture()
def denial(store, annotator):
    texts = [
        "Harbor commissioner Lena Voss said on Tuesday that the new rule did not mean builders could skip "
        "the environmental review for docks and piers.",
        "Mayor Tomas Reyes said the old mill will close next year, not move to another town.",
        "Council member Ida Brandt said the city would not raise parking fees this year.",
    ]
    return written(store, annotator, texts, "said")


def test_a_denied_content_is_no_never_yes(denial):
    answer = asked(denial, "Did Lena Voss say builders can skip the environmental review?")
    assert answer.answer.startswith("No:"), answer.answer


def test_a_negation_after_the_asked_words_is_not_a_denial(denial):
    answer = asked(denial, "Did Tomas Reyes say the mill will close?")
    assert answer.answer.startswith("Yes:"), answer.answer


def test_a_negation_on_both_sides_is_agreement(denial):
    answer = asked(denial, "Did Ida Brandt say the city would not raise parking fees?")
    assert answer.answer.startswith("Yes:"), answer.answer


def test_nothing_found_about_a_known_name_says_the_name_is_known(denial):
    answer = asked(denial, "Did Lena Voss buy a boat?")
    assert not answer.citations  # nothing of hers is about buying
    assert answer.answer == "Not found in the store: the articles mention Lena Voss, but nothing found answers this."
