"""read_times: time expressions found and read against the publication date.

Every sentence here is written for these tests. 2024-01-04, the usual
publication date, is a Thursday.
"""

from __future__ import annotations

import pytest

from newsgraph.models import Article, TimeExpr
from newsgraph.nlp.times import read_times

PUBLISHED = "2024-01-04"


def times_of(nlp, text: str, published: str | None = PUBLISHED) -> dict[str, TimeExpr]:
    article = Article(id="t", text=text, published=published)
    found = read_times(nlp(text), article)
    for t in found:
        assert text[t.start:t.end] == t.text, t
    return {t.text: t for t in found}


def value_of(nlp, text: str, phrase: str, published: str | None = PUBLISHED) -> str | None:
    found = times_of(nlp, text, published)
    assert phrase in found, f"{phrase!r} not found in {sorted(found)}"
    return found[phrase].value


def test_month_without_year_is_the_latest_one_before_publication(nlp):
    text = "The mayor resigned back in November after a long dispute."
    found = times_of(nlp, text)
    t = found["November"]
    assert (t.value, t.type, t.granularity) == ("2023-11", "DATE", "month")
    assert (t.start, t.end) == (text.index("November"), text.index("November") + len("November"))


def test_month_with_future_verb_is_the_next_one(nlp):
    assert value_of(nlp, "The new bridge will open in March.", "March", "2024-10-02") == "2025-03"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The council met on Tuesday to vote on the budget.", "2024-01-02"),
    ("The council will meet on Tuesday to vote on the budget.", "2024-01-09"),
    ("The council is going to meet on Tuesday.", "2024-01-09"),
    ("The council has scheduled a vote for Monday.", "2024-01-08"),
    ("Thursday's vote was close.", "2024-01-04"),
    ("She called last Friday and said she would call again next Friday.", None),
])
def test_weekday_follows_the_tense_of_its_verb(nlp, sentence, expected):
    found = times_of(nlp, sentence)
    if expected is None:
        assert found["last Friday"].value == "2023-12-29"
        assert found["next Friday"].value == "2024-01-05"
        return
    (t,) = found.values()
    assert t.value == expected and t.granularity == "day"


@pytest.mark.parametrize(("phrase", "value"), [
    ("January 4, 2024", "2024-01-04"),
    ("4 January 2024", "2024-01-04"),
    ("Jan. 4", "2024-01-04"),
    ("2024-01-04", "2024-01-04"),
    ("01/04/2024", "2024-01-04"),
    ("Thursday, January 4, 2024", "2024-01-04"),
])
def test_absolute_dates_in_their_written_forms(nlp, phrase, value):
    assert value_of(nlp, f"The ruling came on {phrase}, the court said.", phrase) == value


@pytest.mark.parametrize(("sentence", "phrase", "value", "type_"), [
    ("The plant closed in 2019.", "2019", "2019", "DATE"),
    ("Critics praised her 2017 documentary about the trial.", "2017", "2017", "DATE"),
    ("Music from the 1990s filled the hall.", "the 1990s", "199", "DATE"),
    ("Prices rose last week.", "last week", "2023-W52", "DATE"),
    ("Prices will fall next month.", "next month", "2024-02", "DATE"),
    ("Sales fell last year.", "last year", "2023", "DATE"),
    ("The firm was founded two years ago.", "two years ago", "2022", "DATE"),
    ("The road was built three days ago.", "three days ago", "2024-01-01", "DATE"),
    ("She moved there a few years ago.", "a few years ago", "PAST_REF", "DATE"),
    ("He was formerly a judge.", "formerly", "PAST_REF", "DATE"),
    ("The club is now closed.", "now", "PRESENT_REF", "DATE"),
    ("He currently lives abroad.", "currently", "PRESENT_REF", "DATE"),
    ("Fares may rise in the future.", "in the future", "FUTURE_REF", "DATE"),
    ("He got a ten-year sentence.", "ten-year", "P10Y", "DURATION"),
    ("She spent three months in hospital.", "three months", "P3M", "DURATION"),
    ("The talks took nearly two hours.", "nearly two hours", "PT2H", "DURATION"),
    ("The war lasted 2 1/2 years.", "2 1/2 years", "P2Y6M", "DURATION"),
    ("The group meets every week.", "every week", "P1W", "SET"),
    ("The paper is printed weekly.", "weekly", "P1W", "SET"),
    ("The shop opens each Thursday.", "each Thursday", "XXXX-WXX-4", "SET"),
    ("Profits fell earlier this year.", "earlier this year", "2024", "DATE"),
    ("Crowds gathered last summer.", "last summer", "2023-SU", "DATE"),
    ("Storms hit yesterday.", "yesterday", "2024-01-03", "DATE"),
    ("The vote is tomorrow night.", "tomorrow night", "2024-01-05TNI", "TIME"),
    ("The doors opened at 9 a.m. sharp.", "9 a.m.", "2024-01-04T09:00", "TIME"),
    ("Flights resumed at 16:30 UTC.", "16:30 UTC", "2024-01-04T16:30Z", "TIME"),
    ("Shops closed early on Christmas Eve.", "Christmas Eve", "2023-12-24", "DATE"),
])
def test_relative_and_other_expressions(nlp, sentence, phrase, value, type_):
    found = times_of(nlp, sentence)
    assert phrase in found, sorted(found)
    assert (found[phrase].value, found[phrase].type) == (value, type_)


def test_quarter_by_publication_date_and_tense(nlp):
    assert value_of(nlp, "The company lost money in the third quarter.", "the third quarter",
                    "2024-10-15") == "2024-Q3"
    assert value_of(nlp, "The company lost money in the third quarter.", "the third quarter") == "2023-Q3"
    assert value_of(nlp, "The company will open a plant in the third quarter.", "the third quarter") == "2024-Q3"


def test_a_year_ago_in_a_sentence_about_a_quarter_is_that_quarter_a_year_back(nlp):
    found = times_of(nlp, "Net income rose 5% in the third quarter from a year ago.", "2024-10-20")
    assert found["the third quarter"].value == "2024-Q3"
    assert found["a year ago"].value == "2023-Q3"
    assert found["a year ago"].anchor == "2024-Q3"


def test_times_anchored_to_another_date_of_the_sentence(nlp):
    found = times_of(nlp, "The strike began two days after January 3 and ended the next day.")
    t = found["two days after January 3"]
    assert (t.value, t.anchor) == ("2024-01-05", "2024-01-03")
    assert found["the next day"].value == "2024-01-06"


def test_published_datetime_keeps_its_local_day_and_offset(nlp):
    text = "Police said today that the bridge reopened at 9 a.m."
    found = times_of(nlp, text, "2024-01-04T23:30:00-05:00")  # already the 5th in UTC
    assert found["today"].value == "2024-01-04"
    assert found["9 a.m."].value == "2024-01-04T09:00-05:00"


def test_undated_article_leaves_relative_times_unresolved(nlp):
    text = "The bridge opened yesterday, a week after the storm of January 4, 2024, and will close next month."
    found = times_of(nlp, text, None)
    assert found["yesterday"].value is None
    assert found["next month"].value is None
    assert found["January 4, 2024"].value == "2024-01-04"


def test_ages_and_plain_numbers_are_not_times(nlp):
    found = times_of(nlp, "A 25-year-old man and his wife, 30 years old, bought 2000 shares for $1,999.")
    assert found == {}


def test_may_and_march_as_words_are_not_months(nlp):
    found = times_of(nlp, "Protesters may march to the square, officials said.")
    assert found == {}


def test_unresolvable_spacy_date_keeps_text_without_a_value(nlp):
    text = "Officials met on the third consecutive day of talks."
    found = times_of(nlp, text)
    for t in found.values():
        assert t.value is None or t.value.startswith("2024")


def test_offsets_hold_over_a_longer_text(nlp):
    text = (
        "On Monday, January 8, the agency said it had spent the past two months reviewing claims.\n"
        "It expects to finish by the end of March, and will report every quarter after that."
    )
    found = times_of(nlp, text, "2024-01-10")
    assert found["Monday, January 8"].value == "2024-01-08"
    assert found["the past two months"].value == "P2M"
    assert found["the end of March"].value == "2024-03"
    assert found["every quarter"].type == "SET"


def test_the_week_of_a_day_is_that_days_week(nlp):
    text = "The dispute may be settled at a hearing the week of March 6, the judge said."
    assert value_of(nlp, text, "the week of March 6", "2024-02-20") == "2024-W10"


# --- session 14: a day counted from publication beside a day written out in full -------------------------------

def test_today_beside_another_day_of_the_week_written_out_is_not_guessed(nlp):
    # published Thursday 2024-01-04; the sentence dates its frame to Monday January 1st, and "earlier today" is
    # that Monday's, not the publication day: every "today" of the story is then unknown, never a false date
    text = ("At a press conference at 10:00 UTC , January 1st , the chairman of the brewery , which closed its "
            "last plant earlier today , outlined a plan. He described the events of today as sad.")
    found = times_of(nlp, text)
    assert found["10:00 UTC , January 1st"].value.startswith("2024-01-01")
    assert found["today"].value is None
    assert all(t.value is None for t in found.values() if t.text == "today")


def test_today_with_its_own_day_or_a_distant_date_stays_the_publication_day(nlp):
    # the written day is the day counted ("yesterday, January 3"), or lies far back (a retold story's date)
    assert value_of(nlp, "The ferry docked yesterday, January 3, after a storm.", "yesterday") == "2024-01-03"
    assert value_of(nlp, "The club, founded on March 3, 1988, said today it would close.", "today") == "2024-01-04"
    # "yesterday" beside an earlier written day is ordinary narrative: both keep their days, and so does "today"
    found = times_of(nlp, "Ann Lee was arrested on January 1 and released yesterday. The mayor spoke today.")
    assert found["yesterday"].value == "2024-01-03" and found["today"].value == "2024-01-04"


def test_a_holiday_of_the_story_s_own_season_whatever_the_tense(nlp):
    # written December 20: the coming Christmas, though its verb is in the past; far from the holiday, the tense
    assert value_of(nlp, "The family had planned to spend Christmas at the lake.", "Christmas",
                    "2023-12-20") == "2023-12-25"
    assert value_of(nlp, "The family spent Christmas at the lake.", "Christmas", "2024-06-10") == "2023-12-25"
    assert value_of(nlp, "The family will spend Christmas at the lake.", "Christmas", "2024-06-10") == "2024-12-25"
    # written January 5, a future verb's Christmas is the coming one, never the one just gone
    assert value_of(nlp, "The bridge will be finished by Christmas.", "Christmas", "2024-01-05") == "2024-12-25"
    assert value_of(nlp, "The family spent Christmas at the lake.", "Christmas", "2024-01-05") == "2023-12-25"


def test_a_numbered_day_after_the_word_that_is_no_day_of_the_story(nlp):
    found = times_of(nlp, "The rower said on Monday that day one of the regatta went well.")
    assert "that day" not in found and "Monday" in found
    assert value_of(nlp, "The ferry sank on March 3, 2019. That day, divers searched the bay.", "That day") == \
        "2019-03-03"


# --- session 14: an undated article read against its dateline ---------------------------------------------------

def test_an_undated_article_reads_today_against_its_dateline(nlp):
    text = ("Harbour board names new chair\nTuesday 14 May 2024 10 : 12 BST\nThe harbour board announced today "
            "that its chair had resigned on Monday. The board will meet on Friday.")
    found = times_of(nlp, text, None)
    assert found["today"].value == "2024-05-14"
    # a weekday's week is left unread (a tense picks it, and an article may tell of an earlier week)
    assert found["Monday"].value is None and found["Friday"].value is None


def test_an_undated_article_without_a_dateline_guesses_no_day(nlp):
    text = "The harbour board announced today that its chair had resigned on May 13, 2024. It meets on Friday."
    found = times_of(nlp, text, None)
    assert found["today"].value is None and found["Friday"].value is None
    assert found["May 13, 2024"].value == "2024-05-13"
