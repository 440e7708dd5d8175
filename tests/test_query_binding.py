"""The short answer fills the asked role (``query.binding``, ``query.extract``), on made-up sentences.

A sentence that answers a question often holds several spans of the answer type:
the one who announced beside the one named, two ages, a facility and its city,
a count and a model number. Each rule that binds one of them to the question
has a test here, and so does the rule that gives no short answer when none
fits. The world is invented; answers go through the citation-support check.
"""

from __future__ import annotations

import pytest
from test_query_ask import assert_supported
from test_query_build import Doc
from test_query_spans import _cite, _world

from newsgraph.query import ask
from newsgraph.query.analysis import answer_type
from newsgraph.query.binding import bind_age, bind_places, facility_spans, placed
from newsgraph.query.extract import Span, count_spans, duration_spans


def _spans(text: str, *words: str) -> list[Span]:
    c = _cite(text)
    return [Span(text=w, citation=c) for w in words]


# --- counts -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "units", "first"), [
    ("The jet flies with four Vantor Gale 700 engines .", {"engin"}, "four Vantor Gale 700 engines"),
    ("The boxer landed 120 of 300 punches while his rival connected on 20 of 150 .", {"punch", "land"},
     "120 of 300 punches"),
    ("The club, slumping at 5-11 a year after a title, let its coach go.", {"record", "club"}, "5-11"),
    ("The reform will raise the number of seats from 50 to 90 .", {"seat"}, "from 50 to 90"),
    ("Police said her blood-alcohol level was 0.38 , more than four times the legal limit .",
     {"blood-alcohol", "level"}, "0.38"),
    ("The firm had to rewrite four of its security patches just two days after release .",
     {"security", "patch"}, "four of its security patches"),
])
def test_the_count_of_the_asked_thing(text, units, first):
    assert count_spans(_cite(text), units)[0].text == first


def test_a_number_inside_a_name_is_no_count():
    assert [s.text for s in count_spans(_cite("They flew on Flight 19 to the coast ."), {"passeng"})] == []


def test_an_ordinal_only_when_the_question_asks_which():
    text = "He floored him in the third round and stopped it in the fifth with a hook ."
    assert [s.text for s in count_spans(_cite(text), {"round"}, ordinal=True, only_ordinals=True)] == \
        ["third round", "fifth"]
    assert count_spans(_cite("The second climber fell ."), {"climber"}) == []


def test_which_round_is_a_number_and_where_is_a_place():
    assert answer_type("In which round was the bout stopped?") == "number"
    assert answer_type("Where did the judge send the man?") == "place"
    assert answer_type("Where was the woman found?") == "place"
    assert answer_type("Which president signed the bill?") == "person"


# --- durations ----------------------------------------------------------------------------------------------

def test_an_age_is_no_length_and_a_bare_length_is_one():
    c = _cite("A 35-year-old man left the boxes in the shed for days .")
    assert [s.text for s in duration_spans(c)] == ["for days"]


# --- ages -------------------------------------------------------------------------------------------------

def test_the_age_beside_the_asked_name():
    spans = _spans("Ola Brandt , 20 , and Piet Varga , 24 , were held .", "20", "24")
    assert [s.text for s in bind_age(spans, {"piet", "varga"})] == ["24"]
    assert [s.text for s in bind_age(spans, {"ola", "brandt"})] == ["20"]
    # two ages, neither beside the name: no age at all
    assert bind_age(spans, {"mara"}) == []
    # one age only, set beside no other name: that one
    assert [s.text for s in bind_age(_spans("The 20-year-old , who left on Friday , is home .", "20"), {"mara"})] \
        == ["20"]


# --- places -----------------------------------------------------------------------------------------------

def test_a_facility_named_after_a_preposition_of_place():
    c = _cite("A man was struck outside a Bill 's Depot store in Kelm late on Friday .")
    assert [f.text for f in facility_spans(c)] == ["Bill 's Depot store"]
    c = _cite("The singer has entered the Harbor Light Treatment Center in Sandy Cove , Oregon .")
    assert [f.text for f in facility_spans(c)] == ["Harbor Light Treatment Center"]
    c = _cite("He is moving to a rehab facility in Sandy Cove , Ore .")
    assert [f.text for f in facility_spans(c)] == ["a rehab facility in Sandy Cove"]
    # the object of a verb is no place something happened at
    assert facility_spans(_cite("A fire destroyed the Elm Street Church on Sunday .")) == []


def test_a_place_that_only_qualifies_a_noun_is_no_answer():
    c = _cite("The actor , who appeared on Norland TV shows , moved to Ostrava .")
    assert not placed(Span(text="Norland", citation=c))
    assert placed(Span(text="Ostrava", citation=c))
    c = _cite("Norland Gov. Ada Pell and her family will worship in a local school this week .")
    assert [s.text for s in bind_places(c, [Span(text="Norland", citation=c)], "Where will they worship?")] == \
        ["a local school"]


def test_the_city_before_the_state_after_its_comma():
    c = _cite("She checked into a clinic in Sandy Cove , Oregon , on Monday .")
    spans = [Span(text="Sandy Cove", citation=c), Span(text="Oregon", citation=c)]
    assert bind_places(c, spans, "Where did she go?")[0].text == "Sandy Cove"
    assert "Oregon" not in [s.text for s in bind_places(c, spans, "Where did she go?")]


def test_where_is_the_shop_asks_where_the_facility_is():
    c = _cite("Police searched the Moro shop on Via Lenta in the old town .")
    spans = [Span(text="Via Lenta", citation=c)]
    assert [s.text for s in bind_places(c, spans, "Where is the shop?")] == ["Via Lenta"]
    c = _cite("He was found dead in Corvo prison hours after his arrest .")
    assert [s.text for s in bind_places(c, [], "In which prison was he held?")] == ["Corvo prison"]


# --- people, end to end ---------------------------------------------------------------------------------

@pytest.fixture()
def coach_world(store):
    return _world(store, "2024-03-02", [
        "The Rovers fired coach Ian Moss on Friday.",
        "General manager Ed Calder announced Tom Ruiz , the team's assistant, will take over as head coach.",
        "Lena Brook married twice ; the first marriage to Karl Odd lasted from 1950 to 1955 , and her second "
        "to Jan Pike in 1961 to 1970 .",
    ], "Sport Wire", ("Rovers", "ORG"), ("Ian Moss", "PERSON"), ("Ed Calder", "PERSON"), ("Tom Ruiz", "PERSON"),
        ("Lena Brook", "PERSON"), ("Karl Odd", "PERSON"), ("Jan Pike", "PERSON"))


def test_the_doer_of_the_asked_verb_not_the_one_who_announced_it(coach_world):
    answer = ask(coach_world, "Who takes over as head coach of the Rovers?")
    assert_supported(coach_world, answer)
    assert answer.short_answer == "Tom Ruiz", answer.answer


def test_a_year_in_the_question_picks_the_name_beside_it(coach_world):
    answer = ask(coach_world, "Whom did Lena Brook marry in 1961?")
    assert_supported(coach_world, answer)
    assert answer.short_answer == "Jan Pike", answer.answer


@pytest.fixture()
def blast_world(store):
    d = Doc("2024-05-04", [
        "Eli Marsh and Officer Dan Kobb , both 40 , died at the scene .",
        "The bodies of Rita Vale , 50 , and her sister , Ona Vale , were found in a flat .",
    ], source="Valley News")
    e = d.entity("Eli Marsh", "PERSON")
    d.entity("Dan Kobb", "PERSON")
    d.entity("Rita Vale", "PERSON")
    d.entity("Ona Vale", "PERSON")
    d.claim(0, e, "died at", "the scene", "happened", lemma="die",
            args={"subject_text": "Eli Marsh and Officer Dan Kobb , both 40"})
    d.write(store)
    return store


def test_names_joined_by_and_answer_together(blast_world):
    answer = ask(blast_world, "Who died at the scene?")
    assert_supported(blast_world, answer)
    assert answer.short_answer == "Eli Marsh and Dan Kobb", answer.answer


def test_a_plural_question_gets_no_lone_name(blast_world):
    answer = ask(blast_world, "Who were the two women found in the flat?")
    assert answer.short_answer is None or " and " in answer.short_answer, answer.answer
    assert "Rita Vale" in answer.answer


# --- titles beside a name -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name", "words", "expected"), [
    ("The owner met with Ivo Lenz , Ada Pell 's agent , on Friday .", "Ivo Lenz", ["agent"], True),
    ("Owner Rob Tall met with Ivo Lenz , Ada Pell 's agent , on Friday .", "Rob Tall", ["agent"], False),
    ("Ann Lee , the lawyer , spoke .", "Ann Lee", ["lawyer"], True),
    ("Already without Max Orr , coach Sid Lamb will rely on rookies .", "Max Orr", ["coach"], False),
    ("Already without Max Orr , coach Sid Lamb will rely on rookies .", "Sid Lamb", ["coach"], True),
    ("Chief Ola Brandt and general manager Piet Varga flew home .", "Ola Brandt", ["general", "manager"], False),
    ("Chief Ola Brandt and general manager Piet Varga flew home .", "Piet Varga", ["general", "manager"], True),
    # a title before a preposition is another's: the assistant coach works *to* Sid Lamb
    ("Max Orr , now an assistant coach to Sid Lamb , retired .", "Sid Lamb", ["coach"], False),
    ("The film came from director Ada Pell last year .", "Ada Pell", ["director"], True),
    # an owner's possessive: the partner is the officer's, the title "officer" is not Sid Lamb's
    ("The officer 's partner , Sid Lamb , was charged .", "Sid Lamb", ["officer"], False),
    # "of" sets the one the act is done to: the election of Sid Lamb elects him
    ("It came days after the election of Sid Lamb as head .", "Sid Lamb", ["elected"], True),
])
def test_a_title_names_the_name_it_stands_beside(text, name, words, expected):
    from newsgraph.query.typed import titled

    assert titled(Span(text=name, citation=_cite(text)), words) is expected


@pytest.fixture()
def agent_world(store):
    return _world(store, "2024-12-20", [
        "Owner Rob Tall met with Ivo Lenz , Ada Pell 's agent , and made an offer .",
    ], "Ball Daily", ("Rob Tall", "PERSON"), ("Ivo Lenz", "PERSON"), ("Ada Pell", "PERSON"))


def test_who_represents_someone_is_their_agent(agent_world):
    answer = ask(agent_world, "Who represents Ada Pell?")
    assert_supported(agent_world, answer)
    assert answer.short_answer == "Ivo Lenz", answer.answer


@pytest.fixture()
def crash_world(store):
    return _world(store, "2024-05-04", [
        "Eli Marsh and Officer Dan Kobb , both 40 , died at the scene .",
    ], "Valley News", ("Eli Marsh", "PERSON"), ("Dan Kobb", "PERSON"))


def test_names_joined_before_the_asked_verb_in_a_sentence_without_a_claim(crash_world):
    answer = ask(crash_world, "Who died at the scene?")
    assert_supported(crash_world, answer)
    assert answer.short_answer == "Eli Marsh and Dan Kobb", answer.answer


# --- dates ----------------------------------------------------------------------------------------------------

class _Times:
    """A store stand-in that gives the TIMEX3 times of a sentence (offsets into its text)."""

    def __init__(self, text: str, *times: tuple[str, str, str]):
        self.times = [(text.index(said), text.index(said) + len(said), said, kind, value) for said, kind, value in times]

    def times_in(self, article, start, end):
        return self.times


def test_the_date_nearest_the_asked_verb():
    from newsgraph.query.binding import verb_at
    from newsgraph.query.extract import date_span
    from newsgraph.query.questions import QuestionAnalysis
    from newsgraph.query.typed import _bare_claim

    text = "Some blamed him for the March 1980 leak , but he denied it until finally owning up in May 2001 ."
    c = _cite(text)
    store = _Times(text, ("March 1980", "DATE", "1980-03"), ("May 2001", "DATE", "2001-05"))
    q = QuestionAnalysis(text="When did he own up?", kind="when", entities=[], words=["own up"], predicate="own up")
    span = date_span(store, _bare_claim(c), near=verb_at(q, text))
    assert (span.text, span.short) == ("2001-05", "2001-05 (May 2001)")
    assert date_span(store, _bare_claim(c)).text == "1980-03"  # no verb to bind to: the first


def test_a_weekday_keeps_the_calendar_date_said_beside_it():
    from newsgraph.query.extract import _with_calendar

    text = "She checked out of the clinic on Friday ( May 9 ) and flew home ."
    assert _with_calendar("Friday", text) == "Friday (May 9)"
    assert _with_calendar("Friday", "She left on Friday and flew home .") == "Friday"


# --- sums, kinds and sources -----------------------------------------------------------------------------

@pytest.fixture()
def reward_world(store):
    return _world(store, "2024-09-09", [
        "The town had offered a $ 40,000 reward , and the Harl county board raised another $ 15,000 for that pot .",
        "Four men rammed a van into the Pellow store near the old market in Vask .",
        "Ada Pell is expected to be charged today , Ivo Lenz said .",
    ], "Vask Herald", ("Harl", "GPE"), ("Vask", "GPE"), ("Ada Pell", "PERSON"), ("Ivo Lenz", "PERSON"))


def test_the_sum_the_asked_verb_takes(reward_world):
    answer = ask(reward_world, "How much did the county raise for the reward?")
    assert_supported(reward_world, answer)
    assert answer.short_answer == "$ 15,000", answer.answer


def test_which_kind_is_the_name_before_the_kind_noun(reward_world):
    answer = ask(reward_world, "Which store was rammed?")
    assert_supported(reward_world, answer)
    assert answer.short_answer == "Pellow", answer.answer


def test_the_one_who_said_it_is_not_the_doer(reward_world):
    answer = ask(reward_world, "Who is charged?")
    assert_supported(reward_world, answer)
    assert answer.short_answer == "Ada Pell", answer.answer


def test_a_named_ship_is_a_title_and_its_object_no_answer():
    assert answer_type("Which ship is patrolling the bay?") == "title"


def test_no_count_from_an_age_a_word_inside_a_word_or_one_of_many():
    assert [s.text for s in count_spans(_cite("The 30-year-old , who is serving a 10-year sentence , wed ."),
                                        {"share"})] == ["10"]
    assert count_spans(_cite("A 36 - year - old climber fell ."), {"climber"}) == []
    assert count_spans(_cite("One of the suspected gang bosses hanged himself ."), {"suspect", "member"}) == []


def test_a_length_said_as_hours_after():
    assert [s.text for s in duration_spans(_cite("He was found dead only hours after his arrest ."))] == \
        ["only hours after"]


def test_a_length_without_its_figure_is_no_length():
    # "weeks after" is the tail of "two weeks after"; "the days before" names a stretch of the calendar
    assert [s.text for s in duration_spans(_cite("Jurors asked to see it two weeks after the fire ."))] == ["two weeks"]
    assert duration_spans(_cite("The van was seen near the mill in the days before the fire .")) == []


def test_an_age_set_before_another_noun_is_that_ones():
    spans = _spans("Police found him in the flat with her 12-year-old daughter .", "12")
    assert bind_age(spans, {"rita", "vale"}) == []
    spans = _spans("Asked where the 37-year-old will serve time , the judge said nothing .", "37")
    assert [s.text for s in bind_age(spans, {"ivo", "lenz"})] == ["37"]


def test_names_right_after_the_kind_noun():
    from newsgraph.query.binding import named_kind
    from newsgraph.query.questions import QuestionAnalysis

    q = QuestionAnalysis(text="Which pitchers did the club sign?", kind="what", words=["pitchers", "sign"])
    c = _cite("The club paid $90 million to sign pitchers Ola Brandt and T.J. Varga last winter .")
    assert [s.text for s in named_kind(q, c, set())] == ["Ola Brandt and T.J. Varga"]
    q = QuestionAnalysis(text="Which church burned?", kind="what", words=["church", "burned"])
    assert [s.text for s in named_kind(q, _cite("A fire gutted the Elm Road Church on Sunday ."), set())] == \
        ["Elm Road Church"]


def test_a_name_the_place_owns_is_no_name_of_the_place():
    from newsgraph.query.binding import named_kind
    from newsgraph.query.questions import QuestionAnalysis

    q = QuestionAnalysis(text="In which city was the ferry sunk?", kind="what", words=["city", "ferry", "sunk"])
    c = _cite("Last year the captain was given the city of Orlen's Medal of Merit for a rescue .")
    assert [s.text for s in named_kind(q, c, set())] == []
    assert [s.text for s in named_kind(q, _cite("The ferry sank off the city of Orlen on Sunday ."), set())] == ["Orlen"]


@pytest.mark.parametrize("text", ["Police say a 35-year-old man stabbed two women .",
                                  "The flat belongs to Tom Ray , 24 , who was away ."])
def test_a_lone_age_of_someone_else_is_no_answer(text):
    age = "35" if "35" in text else "24"
    assert bind_age(_spans(text, age), {"rita", "vale"}) == []



def test_an_age_before_another_name_is_the_others():
    """"the 41-year-old Varga" gives Varga's age, not the asked person's (the question's "the" is no name)."""
    spans = _spans("The 41-year-old Varga was questioned for hours about the fire .", "41")
    assert bind_age(spans, {"dana", "holt"}) == []
    assert [s.text for s in bind_age(spans, {"kit", "varga"})] == ["41"]
