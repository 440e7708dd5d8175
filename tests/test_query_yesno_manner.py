"""Verdicts from a verb beside the asked one, on invented sentences: a "Yes" from a verb that names a manner of the
asked act ("stabbed" says "injured"), a "No" from its opposite done to the same participants ("acquitted" for
"convicted?"). Each only of what happened, only of the question's own participants in its own part."""

from __future__ import annotations

import pytest
from tests.querykit import asked as _asked
from test_query_build import Doc

from newsgraph.query.manner import predicate_passive, names_manner, question_passive


@pytest.fixture()
def quay(store):
    d = Doc("2024-05-06", [
        "Ivo Brandt was stabbed outside the Quay Tavern on Friday.",
        "Selma Ott was hit by a falling sign on Saturday.",
        "Dara Quell was not stabbed, police said.",
        "Kemp Arlo looted the Quay Tavern during the blackout.",
        "Nils Ferro hoped to assassinate the governor.",
        "Lior Hask was shot at twice but was not hit.",
    ], source="Quay Courier")
    ivo = d.entity("Ivo Brandt", "PERSON", "Brandt")
    selma = d.entity("Selma Ott", "PERSON", "Ott")
    dara = d.entity("Dara Quell", "PERSON", "Quell")
    kemp = d.entity("Kemp Arlo", "PERSON", "Arlo")
    tavern = d.entity("Quay Tavern", "FAC")
    nils = d.entity("Nils Ferro", "PERSON", "Ferro")
    d.claim(0, ivo, "was stabbed outside", "the Quay Tavern", "happened", lemma="stab", args={"voice": "passive"})
    d.claim(1, selma, "was hit by", "a falling sign", "happened", lemma="hit", args={"voice": "passive"})
    d.claim(2, dara, "was stabbed", None, "negated", lemma="stab", args={"voice": "passive"})
    d.claim(3, kemp, "looted", tavern, "happened", lemma="loot")
    d.claim(4, nils, "assassinate", "the governor", "desired", lemma="assassinate")
    lior = d.entity("Lior Hask", "PERSON", "Hask")
    d.claim(5, lior, "was shot at", None, "happened", lemma="shoot", args={"voice": "passive"})
    d.write(store)
    return store


def _says(store, question: str, verdict: str, says: str) -> None:
    answer = _asked(store, question)
    assert answer.answer.startswith(f"{verdict}:"), answer.answer
    assert says in answer.answer


@pytest.mark.parametrize(("question", "says"), [
    ("Was Ivo Brandt injured?", "stabbed"),  # to stab is to injure in a manner
    ("Did Kemp Arlo steal from the Quay Tavern?", "looted"),  # to loot is to steal in a manner
])
def test_a_manner_of_the_act_says_yes(quay, question, says):
    _says(quay, question, "Yes", says)


@pytest.mark.parametrize("question", [
    "Was Selma Ott shot?",  # "hit" is the general act; shooting is one manner of it, not the other way round
    "Was Dara Quell injured?",  # "not stabbed" says nothing of other injuries
    "Did Nils Ferro kill the governor?",  # a wish is no act
    "Did Ivo Brandt injure anyone?",  # he was the one stabbed: the voice is the question's
    "Was Lior Hask injured?",  # shot at: an attempt, and the sentence says he was not hit
])
def test_no_verdict_from_a_manner_otherwise(quay, question):
    _undecided(quay, question)


def test_an_attempt_that_missed_is_no_yes(quay):
    # the asked verb itself, as an attempt ("shot at") in a sentence that says it missed ("No" may come of "not hit")
    answer = _asked(quay, "Was Lior Hask shot?")
    assert not answer.answer.startswith("Yes"), answer.answer


def _undecided(store, question: str) -> None:
    answer = _asked(store, question)
    assert not answer.answer.startswith(("Yes", "No:")), answer.answer


def test_manner_reads_wordnet_one_way():
    assert names_manner("injured", "stab") and names_manner("killed", "assassinate")
    assert not names_manner("stab", "injure")  # the general act is no manner of the particular
    assert not names_manner("shot", "hit")
    assert not names_manner("appeal", "plead")  # a troponym of a later sense only


def test_voice():
    assert question_passive("Was the guard injured?", "injured")
    assert question_passive("Has the clerk been charged?", "charged")
    assert not question_passive("Did the clerk injure the guard?", "injure")
    assert not question_passive("Is the clerk leaving?", "leaving")
    assert predicate_passive("was later released on") and predicate_passive("has been stabbed")
    assert not predicate_passive("stabbed") and not predicate_passive("is leaving")


@pytest.fixture()
def court(store):
    d = Doc("2024-06-03", [
        "A jury acquitted Runa Vell of fraud on Monday.",
        "Orrin Daye was acquitted of theft in Harlow.",
        "Kestrel Mills rejected the offer from Tarn Capital.",
        "Ines Pardo hoped to acquit the clerk of the charges.",
        "Bram Tolle was acquitted of murder but convicted of manslaughter.",
        "In 2015, a jury acquitted Pia Stone of fraud.",
        "Odo Frey denied the report on Monday.",
        "On Tuesday, Odo Frey admitted it.",
    ], source="Harlow Ledger")
    runa = d.entity("Runa Vell", "PERSON", "Vell")
    orrin = d.entity("Orrin Daye", "PERSON", "Daye")
    mills = d.entity("Kestrel Mills", "ORG")
    d.entity("Tarn Capital", "ORG")
    ines = d.entity("Ines Pardo", "PERSON", "Pardo")
    d.claim(0, "A jury", "acquitted", runa, "happened", lemma="acquit", args={"object_text": "Runa Vell of fraud"})
    d.claim(1, orrin, "was acquitted of", "theft", "happened", lemma="acquit", args={"voice": "passive"})
    d.claim(2, mills, "rejected", "the offer from Tarn Capital", "happened", lemma="reject")
    d.claim(3, ines, "acquit", "the clerk", "desired", lemma="acquit")
    bram = d.entity("Bram Tolle", "PERSON", "Tolle")  # the second verb's claim missed, as a parse may miss it
    d.claim(4, bram, "was acquitted of", "murder", "happened", lemma="acquit", args={"voice": "passive"})
    pia = d.entity("Pia Stone", "PERSON", "Stone")
    d.claim(5, "a jury", "acquitted", pia, "happened", lemma="acquit", time=("2015", "2015"),
            args={"object_text": "Pia Stone of fraud"})
    odo = d.entity("Odo Frey", "PERSON", "Frey")
    d.claim(6, odo, "denied", "the report", "happened", lemma="deny")
    d.claim(7, odo, "admitted", "it", "happened", lemma="admit")
    d.write(store)
    return store


@pytest.mark.parametrize(("question", "says"), [
    ("Was Runa Vell convicted of fraud?", "acquitted"),  # the one acquitted is the claim's object
    ("Was Orrin Daye convicted of theft?", "acquitted"),  # or its passive subject
    ("Did Kestrel Mills accept the offer?", "rejected"),  # the one who rejected is its active subject
    ("Was Pia Stone convicted of fraud in 2015?", "acquitted"),  # of the time asked
])
def test_the_opposite_done_to_the_question_participants_says_no(court, question, says):
    _says(court, question, "No", says)


@pytest.mark.parametrize("question", [
    "Did Tarn Capital accept the offer?",  # the offer was its own; someone else rejected it
    "Was Orrin Daye convicted of fraud?",  # acquitted of another charge
    "Did Runa Vell convict anyone?",  # she was the one acquitted, not a judge
    "Was Ines Pardo convicted?",  # a wish to acquit someone else
    "Was Bram Tolle convicted?",  # the sentence says he was convicted too, of another charge
    "Was Pia Stone convicted of fraud in 2019?",  # acquitted in 2015: nothing of 2019
    "Did Odo Frey admit the report?",  # denied it, then admitted "it": the asked verb is his too
])
def test_no_verdict_from_an_opposite_otherwise(court, question):
    _undecided(court, question)


@pytest.fixture()
def bridge(store):
    d = Doc("2024-07-01", [
        "The Kell Bridge, which was shut after the storm, opened again on Thursday.",
        "The Orme Library closed for an hour on Monday and then reopened.",
        "The Vane Tunnel was closed on Friday.",
    ], source="Kell Gazette")
    bridge = d.entity("Kell Bridge", "FAC")
    library = d.entity("Orme Library", "FAC")
    tunnel = d.entity("Vane Tunnel", "FAC")

    def at(sentence: int, word: str) -> list[int]:
        start = d.spans[sentence].start + d.spans[sentence].text.index(word)
        return [start, start + len(word)]

    d.claim(0, bridge, "was shut after", "the storm", "happened", lemma="shut",
            args={"voice": "passive", "predicate_span": at(0, "shut")})
    d.claim(0, bridge, "opened again on", "Thursday", "happened", lemma="open", args={"predicate_span": at(0, "opened")})
    d.claim(1, library, "closed for", "an hour", "happened", lemma="close", args={"predicate_span": at(1, "closed")})
    d.claim(1, library, "reopened", None, "happened", lemma="reopen", args={"predicate_span": at(1, "reopened")})
    d.claim(2, tunnel, "was closed on", "Friday", "happened", lemma="close", args={"voice": "passive"})
    d.write(store)
    return store


@pytest.mark.parametrize("question", [
    "Is the Kell Bridge closed?",  # shut, then opened again: the state asked of now may have ended
    "Is the Orme Library closed?",  # "reopened" says "opened" again
    "Is the Orme Library open?",  # closed, but reopened in the same sentence: no "No"
])
def test_a_state_undone_since_is_no_yes(bridge, question):
    _undecided(bridge, question)


@pytest.mark.parametrize(("question", "says"), [
    ("Is the Kell Bridge open?", "opened"),  # the opening is the later of the two
    ("Is the Vane Tunnel closed?", "closed"),  # nothing undid it
])
def test_a_state_not_undone_keeps_its_yes(bridge, question, says):
    _says(bridge, question, "Yes", says)
