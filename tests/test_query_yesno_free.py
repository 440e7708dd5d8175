"""Has someone been caught? A sentence that says they are still at large ("A remains a fugitive", "A, a
fugitive, …", "the rest remained fugitives, including A", "A is still on the run") says not yet, as of that
report (``polarity.still_free``). Invented sentences: a company fraud, a court, a sports brawl; near misses
that must not say "No": caught since (in words no asked verb says: "taken into custody", "turned herself in"),
at large only once ("was on the run … before he gave himself up"),
someone else at large, another verb (charged), no longer at large.
"""

from __future__ import annotations

import pytest
from tests.querykit import asked as _asked
from test_query_build import Doc

from newsgraph.query.polarity import still_free


@pytest.fixture()
def wanted(store):
    d = Doc("2025-06-10", [
        "Ivo Brant, a fugitive, is wanted on fraud charges over the collapse of Feldmark Bank.",
        "The court heard that Mara Quill remains at large.",
        "Kell Varro, the striker accused in the brawl, is still on the run.",
        "Saul Denk was on the run for a week before he gave himself up.",
        "Nico Penn said the two robbers remain at large.",
        "The Feldmark Bank auditor, Ada Frey, is no longer at large.",
        "Lars Oden, a fugitive, is wanted over the stadium fire.",
        "The court heard that Pia Holt remains at large.",
    ], source="Wire")
    for name, short in [("Ivo Brant", "Brant"), ("Mara Quill", "Quill"), ("Kell Varro", "Varro"),
                        ("Saul Denk", "Denk"), ("Nico Penn", "Penn"), ("Ada Frey", "Frey"), ("Lars Oden", "Oden"),
                        ("Pia Holt", "Holt")]:
        d.entity(name, "PERSON", short)
    d.entity("Feldmark Bank", "ORG")
    d.write(store)
    # two days on, the catching told in words no asked verb says: the earlier "at large" is no "No"
    later = Doc("2025-06-12", [
        "Lars Oden was taken into custody in Lisbon.",
        "Pia Holt turned herself in on Thursday.",
    ], source="Wire")
    oden = later.entity("Lars Oden", "PERSON", "Oden")
    holt = later.entity("Pia Holt", "PERSON", "Holt")
    later.claim(0, oden, "was taken into", "custody", "happened", lemma="take", args={"voice": "passive"})
    later.claim(1, holt, "turned herself in", None, "happened", lemma="turn")
    later.write(store)
    return store


@pytest.mark.parametrize(("question", "says"), [
    ("Has Ivo Brant been caught?", "a fugitive"),  # a company fraud
    ("Has Mara Quill been arrested?", "remains at large"),  # a court
    ("Did police arrest Kell Varro?", "still on the run"),  # sports
])
def test_still_at_large_is_not_caught_yet(wanted, question, says):
    answer = _asked(wanted, question)
    assert answer.answer.startswith("No:"), answer.answer
    assert says in answer.answer


@pytest.mark.parametrize("question", [
    "Has Saul Denk been caught?",  # at large once, and it ended
    "Has Nico Penn been arrested?",  # he spoke of others at large
    "Has Ada Frey been caught?",  # no longer at large
    "Has Ivo Brant been charged?",  # wanted on charges says nothing of being charged: no catching asked
    "Has Lars Oden been caught?",  # taken into custody since
    "Has Pia Holt been arrested?",  # gave herself up since
    "Was Mara Quill ever arrested?",  # at large now says nothing of an earlier arrest
    "Was Mara Quill arrested in 2019?",  # nor of another year
])
def test_no_no_without_the_asked_one_still_at_large(wanted, question):
    answer = _asked(wanted, question)
    assert not answer.answer.startswith("No:"), answer.answer


@pytest.mark.parametrize(("text", "free"), [
    ("The rest remained fugitives, including the banker Ivo Brant.", True),
    ("Ivo Brant, a fugitive, has until now been named only as a witness.", True),
    ("Ivo Brant was a fugitive until his capture in May.", False),  # the capture is told
    ("Ivo Brant was at large for a day.", False),  # "was": it may have ended since
    ("The former fugitive Ivo Brant spoke on Monday.", False),
    # another one at large: a noun's person ("the brother of A"), in an aside, in a list, or A's own
    ("Police said the brother of Ivo Brant remains at large.", False),
    ("Tom Ray, the brother of Ivo Brant, is still on the run.", False),
    ("Two men remain at large, including a cousin of Ivo Brant.", False),
    ("Two men remain at large, including Ivo Brant's brother.", False),
])
def test_still_free_reads_the_named_one_at_large_now(text, free):
    assert still_free("caught", text, who=["Ivo Brant", "Brant"]) is free
