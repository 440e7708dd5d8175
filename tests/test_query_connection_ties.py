"""How are A and B connected, said by an apposition's own words ("A, B's sister,") or by what each is
("Acme receiver A", "Acme lineman B"), not by a sentence that merely names both (``apposed``,
``connect.tie``, ``connect.both_described``)."""

from __future__ import annotations

from test_query_ask import assert_supported
from test_query_build import Doc

from newsgraph.query import ask
from newsgraph.query.apposed import body_named, possessive_tie, shared_body
from newsgraph.query.types import Citation


def _cite(text: str) -> Citation:
    return Citation(article="a1", published=None, source=None, title=None, sentence=0, start=0, end=len(text),
                    text=text)


def test_a_possessive_apposition_after_the_name():
    found = possessive_tie(["Mira Dovek"], ["Tal Dovek", "Tal"], _cite("“ We wait , ” said Mira Dovek , Tal ’ s aunt ."))
    assert found is not None and found.phrase == "Tal’s aunt"


def test_a_possessive_apposition_with_an_age_and_before_the_name():
    after = possessive_tie(["Ona Pell"], ["Kurt Brask", "Brask"],
                           _cite("The car of Ona Pell, 52, Brask's former business partner, was found."))
    assert after is not None and after.phrase == "Brask's former business partner"
    before = possessive_tie(["Ona Pell"], ["Brask"], _cite("Brask's landlord, Ona Pell, declined to comment."))
    assert before is not None and before.phrase == "Brask's landlord"


def test_a_sentence_naming_both_without_an_apposition_ties_nothing():
    assert possessive_tie(["Ona Pell"], ["Brask"], _cite("Ona Pell met Brask's lawyer on Monday.")) is None
    assert possessive_tie(["Ona Pell"], ["Brask"], _cite("Ona Pell, Brask said, was away.")) is None
    # a time phrase before the name, not an apposition
    assert possessive_tie(["Ona Pell"], ["Brask"], _cite("Within a day of Brask 's arrest , Ona Pell wrote .")) is None
    assert possessive_tie(["Ona Pell"], ["Brask"], _cite("After Brask's arrest, Ona Pell, his aide, left.")) is None


def test_descriptions_naming_the_same_body():
    assert body_named("Velmar defensive lineman") == "Velmar"
    assert body_named("the Orsk Herald reporter") == "Orsk Herald"
    assert body_named("The man") == "" and body_named("a former Velmar lineman") == ""
    assert shared_body(["Orsk Herald reporter"], ["retired in Orsk"]) is None  # a place named, not a body opened with
    assert shared_body(["wide receiver", "Velmar receiver"], ["Velmar lineman"]) == ("Velmar receiver", "Velmar lineman")
    assert shared_body(["receiver"], ["lineman"]) is None


def test_connection_answered_by_the_apposition(store):
    d = Doc("2024-03-04", [
        "Police said Tal Dovek was hurt in the crash on Route 9.",
        "“ We wait , ” said Mira Dovek , Tal ’ s aunt .",
    ], source="Ledger")
    tal = d.entity("Tal Dovek", "PERSON", "Tal")
    mira = d.entity("Mira Dovek", "PERSON")
    d.claim(0, tal, "was hurt", None, "happened", lemma="hurt")
    d.claim(1, "We", "wait", None, "happened", lemma="wait", source=("Mira Dovek", mira))
    d.write(store)
    answer = ask(store, "How are Mira Dovek and Tal Dovek connected?")
    assert_supported(store, answer)
    assert "Tal’s aunt" in answer.answer


def test_connection_answered_by_what_each_is(store):
    one = Doc("2024-02-01", [
        "Velmar receiver Jon Sarto was arrested on Friday.",
        "The club said it knew of the case.",
    ], source="Ledger")
    jon = one.entity("Jon Sarto", "PERSON", describe=("Velmar receiver",))
    one.claim(0, jon, "was arrested", None, "happened", lemma="arrest")
    one.write(store)
    two = Doc("2024-02-09", [
        "Velmar lineman Eli Brandt was stopped for speeding.",
        "He was released later.",
    ], source="Ledger")
    eli = two.entity("Eli Brandt", "PERSON", describe=("Velmar lineman",))
    two.claim(0, eli, "was stopped", None, "happened", lemma="stop")
    two.write(store)
    answer = ask(store, "How are Jon Sarto and Eli Brandt connected?")
    assert_supported(store, answer)
    assert "Velmar receiver" in answer.answer and "Velmar lineman" in answer.answer


def test_nearest_mentions_come_with_who_each_is(store):
    d = Doc("2024-04-02", [
        "The Orvik Hawks face another hard week.",
        "In 2019 , linebacker Pel Rund was stopped by police on a highway .",
        "Pel Rund later paid a fine .",
    ], source="Ledger")
    d.entity("Orvik Hawks", "ORG")
    pel = d.entity("Pel Rund", "PERSON", describe=("linebacker",))
    d.claim(2, pel, "paid", "a fine", "happened", lemma="pay")
    d.write(store)
    answer = ask(store, "How are Pel Rund and the Orvik Hawks connected?")
    assert_supported(store, answer)
    assert "Pel Rund: linebacker" in answer.answer
