"""When a change in amount happened: a time right after the figure it started from dates that figure.

"Sales dropped to $1.2 billion from $1.4 billion a year ago": the year ago is when sales were $1.4 billion,
not when they dropped; a reader shown "dropped … (a year ago)" is told a false date. Sentences are made up.
"""

from __future__ import annotations

import pytest


def fields(annotated):
    return [(c.subject, c.predicate, c.object, c.status, c.time and c.time.value) for c in annotated.claims]


@pytest.mark.parametrize("text, lemma, value", [
    # a time right after the figure a change started from dates that figure, not the change
    ("Third-quarter sales at Acme Corp. dropped 11% to $1.27 billion from $1.43 billion a year ago.", "drop",
     "2023-Q3"),
    ("The jobless rate fell to 4.1% from 4.3% last month.", "fall", None),
    # a place is no figure: "from London last year" still dates the move
    ("Ruth Hale moved to Paris from London last year.", "move", "2023"),
])
def test_a_time_after_a_baseline_figure_dates_the_figure(read, text, lemma, value):
    found = [c for c in read(text).claims if c.lemma == lemma and c.shown]
    assert found and all((c.time and c.time.value) == value for c in found), fields(read(text))
