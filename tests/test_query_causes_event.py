"""A cause answers "why" only when it is the asked event's: a claim's own reason only when its verb surely says
the asked one, and "for" before an -ing form only for the verb just before it. Invented sentences."""

from __future__ import annotations

import pytest
from test_query_build import Doc

from newsgraph.query.causes import cause_of
from newsgraph.query.types import Citation


def _cite(text: str, sentence: int = 3) -> Citation:
    return Citation(article="a1", published="2024-01-02", source="Wire", title=None, sentence=sentence, start=0,
                    end=len(text), text=text)


@pytest.fixture()
def depot(store):
    d = Doc("2025-02-11", [
        "Kellby Depot has released a new timetable for the drivers.",
        "The timetable from Kellby Depot is not going to do much to calm the drivers.",
    ], source="Valley Post")
    depot = d.entity("Kellby Depot", "ORG", "depot")
    d.claim(0, depot, "has released", "a new timetable", "happened", lemma="release")
    d.claim(1, "The timetable from Kellby Depot", "is going to do", "much", "negated", lemma="do",
            args={"purpose": "calm the drivers"})
    d.write(store)
    return store


@pytest.mark.parametrize(("lemma", "verb_weight", "answers"), [
    ("do", 0.8, False), ("release", 0.8, False), ("release", 0.9, True),
    ("do", 0.9, False),  # however it was weighed, "do" does not say the asked "release"
])
def test_a_claims_own_purpose_answers_only_for_its_own_verb(depot, lemma, verb_weight, answers):
    """A purpose of a verb only loosely like the asked one ("do much to calm") is another event's."""
    from dataclasses import replace

    from newsgraph.query.ask import Scored
    from newsgraph.query.compose import Composer
    from newsgraph.query.load import load_claims
    from newsgraph.query.questions import read_question
    from newsgraph.query.typed import reason

    q = read_question(depot, "Why did Kellby Depot release a new timetable?")
    keys = depot.claim_keys_in_sentences([(row.id, 1) for row in depot.articles()])
    purpose = next(c for c in load_claims(depot, keys) if c.lemma == "do")
    if lemma != "do":  # the same purpose, on a claim whose verb is the asked one
        purpose = replace(purpose, predicate="released", lemma=lemma)
    ranked = [Scored(claim=purpose, score=5.0, verb=True, overlap=1, verb_weight=verb_weight)]
    short, _used = reason(depot, q, ranked, [], Composer(set()))
    assert (short == "calm the drivers") is answers


@pytest.mark.parametrize(("text", "clause"), [
    ("The driver was fined for blocking the road to the harbor.", "for blocking the road to the harbor"),
    ("Two fans were banned for throwing a flare onto the pitch.", "for throwing a flare onto the pitch"),
    ("She applied for funding from the state.", None),  # "for" before a noun: what she wanted, not why
    ("The club is known for nothing in particular.", None),
])
def test_for_before_a_verbs_ing_form_and_its_object_is_a_cause(text, clause):
    found = cause_of(["fined", "banned", "applied", "known"], _cite(text))
    assert (found.text if found else None) == clause


def test_for_doing_in_the_next_sentence_explains_its_own_verb_not_the_event():
    from newsgraph.query.causes import next_cause

    event = _cite("The mayor wanted the letters kept sealed.", 4)
    assert next_cause(event, _cite("Critics called him a liar for hiding the letters.", 5)) is None
    assert next_cause(event, _cite("The letters were sealed because of a court order.", 5)) is not None
