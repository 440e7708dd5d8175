"""Relative times read against the story's own time: "four days later" after the day the story last
named, weekdays of a story retold long after; unresolved when the story gives no day to count from."""

from __future__ import annotations

import pytest

from newsgraph.models import Article
from newsgraph.nlp.times import read_times


def _value(nlp, text: str, phrase: str, published: str = "2023-09-29") -> str | None:
    found = {t.text: t for t in read_times(nlp(text), Article(id="t", text=text, published=published))}
    assert phrase in found, (phrase, list(found))
    return found[phrase].value


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Deputies found the body on June 14, 2015. Four days later, they charged a suspect.", "Four days later",
     "2015-06-18"),
    ("The ferry sank on March 3, 2019.\n\nCrews searched the bay. Two weeks later, divers found the hull.",
     "Two weeks later", "2019-03-17"),
    ("The trial opened on May 2, 2018. It was quiet. Jurors were seated. A day earlier, lawyers met.",
     "A day earlier", "2018-05-01"),
    ("The mayor resigned on Jan. 9, 2021, and a week later the council met.", "a week later", "2021-01-16"),
    ("The ferry sank on March 3, 2019. Two weeks after, divers found the hull.", "Two weeks after", "2019-03-17"),
    ("The ferry sank on March 3, 2019. Two days afterwards, divers found it.", "Two days afterwards",
     "2019-03-05"),
])
def test_later_and_earlier_count_from_the_story_day(nlp, text, phrase, value):
    assert _value(nlp, text, phrase) == value


@pytest.mark.parametrize(("text", "phrase"), [
    ("Four days later, they charged a suspect.", "Four days later"),
    ("He had quit a day before.", "a day before"),
    ("The council met in 2015. Officials spoke. Nobody came. The vote failed. Three days later, the mayor quit.",
     "Three days later"),  # a year is no day to count days from, and what came before is too far back
])
def test_later_without_a_story_day_stays_unresolved(nlp, text, phrase):
    assert _value(nlp, text, phrase) is None


def test_weekday_in_a_retold_story_is_counted_from_its_date(nlp):
    text = "On June 3, 2020, police were called to the house. On Friday, they arrested him."
    assert _value(nlp, text, "Friday") == "2020-06-05"  # the Friday after June 3, 2020


@pytest.mark.parametrize("text", [
    "Police said on Friday that they had arrested him.",  # no earlier date: this week's Friday
    "Prices have risen since Aug. 2. Traders sold on Friday.",  # a date less than 90 days back: news
    "On June 3, 2020, police were called.\n\nThe company said on Friday it would appeal.",  # another paragraph
])
def test_other_weekdays_keep_the_publication_week(nlp, text):
    assert _value(nlp, text, "Friday", published="2020-09-10") == "2020-09-04"


def test_after_an_event_is_a_distance_not_a_day(nlp):
    text = "Two days after the election, he quit."
    found = read_times(nlp(text), Article(id="t", text=text, published="2020-01-01"))
    assert [(t.text, t.value) for t in found] == [("Two days", "P2D")]
