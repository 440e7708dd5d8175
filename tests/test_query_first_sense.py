"""An article's verb read in its first sense says the asked verb ("the stolen bronze was *recovered*" says
"found"; "she will *resign* the seat" says "give up"), though the asked verb lists that sense late
(``lexicon.first_sense_says``): each rule on invented sentences, with the near misses it must not fire on."""

from __future__ import annotations

import pytest
from tests.querykit import says_no_verdict, says_verdict
from test_query_build import Doc

from newsgraph.query.lexicon import first_sense_says, mutual


def test_the_article_verb_s_first_sense_holds_the_asked_verb():
    assert mutual("found", "recovered") < 0.85  # the both-ways check misses it
    assert first_sense_says("found", "recovered")
    assert first_sense_says("give up", "resign")


def test_not_the_other_way_nor_a_light_verb_nor_a_mere_relative():
    assert not first_sense_says("recovered", "found")  # "found" is first "happen upon", not "get back"
    assert not first_sense_says("take", "accepted")
    assert not first_sense_says("killed", "shot")
    assert not first_sense_says("sold", "recovered")


@pytest.fixture()
def museum(store):
    d = Doc("2025-02-20", [
        "The stolen Harbor Madonna was recovered by police in a warehouse on Tuesday.",
        "The Lake Triptych, taken in the same raid, has not been recovered, the gallery said.",
    ], source="Lake Courier")
    madonna = d.entity("Harbor Madonna", "WORK_OF_ART", "Harbor Madonna")
    triptych = d.entity("Lake Triptych", "WORK_OF_ART", "Lake Triptych")
    d.claim(0, "police", "recovered", madonna, "happened", lemma="recover")
    d.claim(1, triptych, "has not been recovered", None, "negated", lemma="recover")
    d.write(store)
    return store


def test_ask_says_yes_and_no_through_the_first_sense(museum):
    says_verdict(museum, "Has the Harbor Madonna been found?", "Yes", "recovered")
    says_verdict(museum, "Has the Lake Triptych been found?", "No", "not been recovered")


def test_ask_says_no_yes_for_another_verb(museum):
    says_no_verdict(museum, "Has the Harbor Madonna been sold?")
