"""Yes/no questions whose subject phrase holds two names ("was all Norvale traffic to Osterby affected?"): both
names are in the subject, neither is the verb's object, so the claim need not have the first as its subject and
the second as its object; the first must stand where the question's voice puts it (the one acted on for a
passive question). Invented sentences, a sports, a court and a company story, with near misses that must not
say "Yes": the names swapped, the named side the doer rather than the one acted on, another verb.
"""

from __future__ import annotations

import pytest
from tests.querykit import asked as _asked
from test_query_build import Doc


@pytest.fixture()
def phrases(store):
    d = Doc("2025-05-06", [
        "The cable cut affected all Norvale traffic to Osterby on Friday.",
        "The late goal stunned Redfield supporters in Lakeport.",
        "Quarry fans in Tilbury taunted the referee after the match.",
        "The appeal ruling freed all Marden inmates in Carlow.",
    ], source="Wire")
    for name in ("Norvale", "Redfield", "Quarry", "Marden"):
        d.entity(name, "ORG")
    for name in ("Osterby", "Lakeport", "Tilbury", "Carlow"):
        d.entity(name, "GPE")
    d.claim(0, "The cable cut", "affected", "all Norvale traffic to Osterby", "happened", lemma="affect")
    d.claim(1, "The late goal", "stunned", "Redfield supporters in Lakeport", "happened", lemma="stun")
    d.claim(2, "Quarry fans in Tilbury", "taunted", "the referee", "happened", lemma="taunt")
    d.claim(3, "The appeal ruling", "freed", "all Marden inmates in Carlow", "happened", lemma="free")
    d.write(store)
    return store


@pytest.mark.parametrize(("question", "says"), [
    ("Was all Norvale traffic to Osterby affected?", "affected"),  # a company's network
    ("Were Redfield supporters in Lakeport stunned?", "stunned"),  # sports
    ("Were all Marden inmates in Carlow freed?", "freed"),  # a court
])
def test_two_names_in_one_subject_phrase(phrases, question, says):
    answer = _asked(phrases, question)
    assert answer.answer.startswith("Yes:"), answer.answer
    assert says in answer.answer


@pytest.mark.parametrize("question", [
    "Was all Osterby traffic to Norvale affected?",  # the names swapped: another network
    "Were Lakeport supporters in Redfield stunned?",
    "Were Quarry fans in Tilbury taunted?",  # they taunted; nobody taunted them
    "Were all Marden inmates in Carlow pardoned?",  # freed by a ruling is no pardon
])
def test_no_yes_for_another_phrase_or_role(phrases, question):
    answer = _asked(phrases, question)
    assert not answer.answer.startswith("Yes"), answer.answer
