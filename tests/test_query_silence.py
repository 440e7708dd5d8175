""""Has A commented on B?" asks whether A spoke at all: a sentence that says A kept silent ("A has not
commented on the matter", "A declined to comment") says "No" (``polarity.kept_silent``): each rule on
invented sentences, with the near misses it must not fire on."""

from __future__ import annotations

import pytest
from tests.querykit import says_no_verdict, says_verdict
from test_query_build import Doc

from newsgraph.query.polarity import kept_silent

WHO = ["Ona Vell", "Vell"]
ASKED = ["commented", "merger"]


def _silent(text: str, asked: list[str] = ASKED, predicate: str = "commented") -> bool:
    return kept_silent(asked, predicate, text, who=WHO)


def test_the_speaker_s_own_silence_on_the_topic_or_on_an_anaphor_says_no():
    assert _silent("Ona Vell has not commented on the merger.")
    assert _silent("Vell declined to comment.")
    assert _silent("Although Vell has not commented on the matter, her aides say she backs it.")
    assert _silent("Vell, 52, did not respond to requests for comment about the merger.")
    assert _silent("Vell, 52, has not publicly commented on the merger.")
    assert _silent("Vell has not spoken about the merger.", ["spoken", "merger"], "spoken")


def test_someone_else_s_silence_says_nothing():
    assert not _silent("Ona Vell's spokesman declined to comment.")
    assert not _silent("Asked about Vell, the mayor declined to comment.")
    assert not _silent("Kurt Ames, who works for Vell, has not commented on the merger.")


def test_silence_on_another_topic_or_one_a_but_goes_on_from_says_nothing():
    assert not _silent("Vell declined to comment on her health.")
    assert not _silent("Vell has not commented publicly, but told staff the merger was good news.")


def test_only_a_question_of_speaking_at_all_is_answered_by_silence():
    assert not _silent("Vell declined to comment.", ["approved", "merger"], "approved")
    assert not kept_silent(ASKED, "commented", "Vell declined to comment.", who=[])


@pytest.fixture()
def port(store):
    d = Doc("2025-06-11", [
        "The two shipping lines announced their merger on Tuesday.",
        "Harbor director Ona Vell has not commented on the matter, a port spokesman said.",
        "Union leader Kurt Ames praised the merger.",
    ], source="Coast Herald")
    d.entity("Ona Vell", "PERSON", "Ona Vell")
    d.entity("Kurt Ames", "PERSON", "Kurt Ames")
    d.write(store)
    return store


def test_ask_says_no_from_the_silence(port):
    says_verdict(port, "Has Ona Vell commented on the merger?", "No", "has not commented")


def test_ask_says_no_no_for_another_speaker(port):
    says_no_verdict(port, "Has Kurt Ames commented on the merger?")
