"""A yes/no question that names no one ("have tour operators seen cancellations?") is answered "No" by a negation of
its verb only in a sentence that also says its other words: "does not want to see the region punished" is said of
someone else, about something else. The real pipeline reads made-up articles."""

from __future__ import annotations

import pytest
from querykit import asked, written


TEXTS = [
    "The ministry , which does not want to see the coast punished economically after the floods , has lifted its "
    "travel warnings for the region .",
    "Hotel owners along the coast said bookings were steady in the weeks after the floods .",
]


@pytest.fixture()
def coast(store, annotator):
    return written(store, annotator, TEXTS, "coast")


def test_a_negated_verb_said_of_something_else_is_no_no(coast):
    answer = asked(coast, "Have tour operators seen mass cancellations since the floods?")
    assert not answer.answer.startswith("No"), answer.answer
