"""A timeline lists the dated sentences of claims the reader did not trust (hidden: below
``models.SHOWN_CONFIDENCE``) by quoting them at the calendar time they state, never as a clause, a short answer
or one of the answer's claims; a hidden claim with no stated calendar time is not listed."""

from __future__ import annotations

from test_query_ask import assert_supported
from test_query_build import Doc

from newsgraph.query import ask


def _baker(store):
    d = Doc("2023-05-02", [
        "Tovan Reel , 41 , opened a bakery in Quillfield on Monday .",
        "In 2009 , Reel was charged with selling stale bread to a school .",
        "He was cleared in 2011 and moved north .",
        "Reel also whistled at customers .",
    ], source="Wire")
    reel = d.entity("Tovan Reel", "PERSON", "Reel", "He")
    d.claim(0, reel, "opened", "a bakery", "happened", lemma="open", time=("2023-05-01", "Monday"))
    d.claim(1, reel, "was charged", None, "happened", lemma="charge", time=("2009", "2009"))
    d.claim(2, reel, "was cleared", None, "happened", lemma="clear", time=("2011", "2011"))
    d.claim(3, reel, "whistled at", "customers", "happened", lemma="whistle")
    for claim in d.claims[1:]:
        claim.confidence = 0.4  # garbled or unsure readings: kept for search
    d.write(store)


def test_a_hidden_dated_claim_is_quoted_at_its_time(store):
    _baker(store)
    answer = ask(store, "Timeline of Tovan Reel")
    assert_supported(store, answer)
    assert "2009: “In 2009 , Reel was charged with selling stale bread to a school .”" in answer.answer
    assert "He was cleared" not in answer.answer  # the sentence does not name him: its link is a guess
    assert "Reel was charged [" not in answer.answer and "Tovan Reel was charged" not in answer.answer  # no clause
    assert "whistled" not in answer.answer  # hidden and undated: not listed
    assert all(c.confidence >= 0.5 for c in answer.claims)  # the answer's claims are facts
    assert answer.answer.index("2009:") < answer.answer.index("opened a bakery")


def test_no_hidden_line_when_the_question_bounds_the_list_by_an_unread_event(store):
    _baker(store)
    answer = ask(store, "What has happened to Tovan Reel since the flood?")  # no day read for the flood
    assert_supported(store, answer)
    assert "2009" not in answer.answer and "2011" not in answer.answer  # they may be older than the bound


def test_an_entity_named_in_a_from_to_span_is_no_partner(store):
    d = Doc("2022-09-01", [
        "Lida Farr sang her first concert in Pellow in 2015 .",
        "Lida Farr signed with Ostra Records in 2018 .",
        "Lida Farr opened a show at the Orvell Theatre in 2022 .",
    ], source="Wire")
    farr = d.entity("Lida Farr", "PERSON")
    ostra = d.entity("Ostra Records", "ORG")
    orvell = d.entity("Orvell Theatre", "ORG")
    d.claim(0, farr, "sang", "her first concert", "happened", lemma="sing", time=("2015", "2015"))
    d.claim(1, farr, "signed with", ostra, "happened", lemma="sign", time=("2018", "2018"))
    d.claim(2, farr, "opened a show at", orvell, "happened", lemma="open", time=("2022", "2022"))
    d.write(store)
    answer = ask(store, "Timeline of Lida Farr from her first concert to the Orvell Theatre show")
    assert_supported(store, answer)
    # the span bounds Lida Farr's own timeline: not only what she did with the Orvell Theatre
    assert "2015" in answer.answer and "2018" in answer.answer and "2022" in answer.answer


def test_a_timeline_line_whose_clause_loses_most_of_its_sentence_quotes_it(store):
    d = Doc("2021-04-07", [
        "The Tarvel 9 , the newest jet of Orrin Aero , made its first test flight Tuesday in Pellham at noon .",
        "The Tarvel 9 was shown to buyers in 2019 .",
    ], source="Wire")
    jet = d.entity("Tarvel 9", "PRODUCT")
    town = d.entity("Pellham", "GPE")
    d.claim(0, jet, "made", town, "happened", lemma="make", time=("2021-04-06", "Tuesday"))  # a garbled reading
    d.claim(1, jet, "was shown to", "buyers", "happened", lemma="show", time=("2019", "2019"))
    d.write(store)
    answer = ask(store, "Timeline of the Tarvel 9")
    assert_supported(store, answer)
    assert "made its first test flight" in answer.answer  # not "the Tarvel 9 made Pellham"
    assert "Tarvel 9 was shown to buyers" in answer.answer  # a clause that says its sentence stays a clause


def test_a_hidden_claim_dated_only_against_the_article_day_is_not_listed(store):
    d = Doc("2023-06-01", [
        "Tovan Reel opened a bakery in Quillfield in 2019 .",
        "He said he expected the bakery to sell the breads of tomorrow .",
        "Reel thanked his staff after the holiday sales at Christmas .",
    ], source="Wire")
    reel = d.entity("Tovan Reel", "PERSON", "Reel", "He")
    d.claim(0, reel, "opened", "a bakery", "happened", lemma="open", time=("2019", "2019"))
    d.claim(1, reel, "said", None, "happened", lemma="say", time=("2023-06-02", "tomorrow"))
    d.claim(2, reel, "thanked", "his staff", "happened", lemma="thank", time=("2022-12-25", "Christmas"))
    for claim in d.claims[1:]:
        claim.confidence = 0.4
    d.write(store)
    answer = ask(store, "Timeline of Tovan Reel")
    assert_supported(store, answer)
    assert "2019" in answer.answer
    # "tomorrow" of "the breads of tomorrow", a Christmas of some year: days the reader inferred for clauses it
    # did not trust, which the quoted sentences do not state
    assert "2023-06-02" not in answer.answer and "2022-12-25" not in answer.answer
