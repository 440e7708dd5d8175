"""Which time a claim takes: sentences written for these tests (none from the seed or a corpus)."""

from __future__ import annotations

import pytest

from newsgraph.models import SHOWN_CONFIDENCE, Article
from newsgraph.nlp.timex.calendar import value_days


@pytest.fixture(scope="module")
def read(annotator):
    cache: dict[str, object] = {}

    def _read(text: str):
        if text not in cache:
            cache[text] = annotator.annotate(Article(id="t", text=text, published="2024-03-06"))
        return cache[text]

    return _read


def claim(annotated, lemma: str):
    found = [c for c in annotated.claims if c.lemma == lemma]
    assert found, (lemma, [(c.lemma, c.predicate) for c in annotated.claims])
    return found[0]


def time_text(annotated, lemma: str) -> str | None:
    c = claim(annotated, lemma)
    return c.time.text if c.time is not None else None


def test_a_bare_time_after_names_dates_the_verb(read):
    a = read("Norvia, Keldan and the Republic of Tessaly Friday formally signed the treaty.")
    assert time_text(a, "sign") == "Friday"


def test_an_age_now_dates_no_event(read):
    a = read("Talia Brent, now 31, walked into the courtroom on her own.")
    assert time_text(a, "walk") is None  # "now 31" is her age today, not when she walked


def test_a_when_clause_shares_the_time_of_its_clause_both_ways(read):
    a = read("The old ferry sank when a storm hit the coast in late January.")
    assert time_text(a, "sink") == time_text(a, "hit") == "late January"
    b = read("A guard was injured on Tuesday when two men fired at the bank.")
    assert time_text(b, "fire") == "Tuesday"


def test_a_dated_event_noun_is_a_claim_at_its_time(read):
    a = read("Detectives questioned two men about the 2019 shooting at a jewellery store.")
    shooting = claim(a, "shoot")
    assert shooting.time is not None and shooting.time.value == "2019" and shooting.status == "happened"
    assert shooting.confidence < SHOWN_CONFIDENCE  # background the sentence dates: kept for search, not shown
    assert time_text(a, "question") is None  # the shooting's year is not the questioning's


def test_a_dated_event_noun_after_the_publication_day_is_planned(read):
    a = read("Lawyers for both sides will argue at a hearing on April 20.")
    hearing = claim(a, "hear")
    assert hearing.status == "planned" and hearing.time.value == "2024-04-20"


def test_no_dated_event_under_a_denial_or_a_negation(read):
    assert not [c for c in read("The ministry denied a raid on Monday.").claims if c.lemma == "raid"]
    assert not [c for c in read("There was no raid on Monday.").claims if c.lemma == "raid" and c.status == "happened"]


def test_the_verb_set_at_a_dated_event_takes_its_time(read):
    a = read("The minister spoke about the budget at a briefing on Tuesday.")
    assert time_text(a, "speak") == "Tuesday"
    assert time_text(a, "brief") == "Tuesday"


def test_a_support_verb_and_its_dated_noun_share_one_time(read):
    a = read("The appeals panel issued Thursday's ruling.")
    assert time_text(a, "issue") == "Thursday"
    ruling = claim(a, "rule")
    assert ruling.subject != "Thursday's"  # a date is not who ruled
    b = read("The two firms signed an agreement reached in 1991.")
    assert claim(b, "agree").time.value == "1991"


def test_a_dated_subject_dates_its_past_verb(read):
    a = read("Tuesday's trading volume totaled 90 million shares.")
    assert time_text(a, "total") == "Tuesday"


def test_a_date_before_a_duration(read):
    a = read("The witness testified for more than four hours on Friday.")
    assert time_text(a, "testify") == "Friday"


def test_no_time_without_one_in_scope(read):
    a = read("The mayor resigned on Monday. Officials praised her work.")
    assert time_text(a, "resign") == "Monday"
    assert time_text(a, "praise") is None


def test_value_days():
    assert [d.isoformat() for d in value_days("2009-Q3")] == ["2009-07-01", "2009-09-30"]
    assert [d.isoformat() for d in value_days("2024-02")] == ["2024-02-01", "2024-02-29"]
    assert [d.isoformat() for d in value_days("2016-W27")] == ["2016-07-04", "2016-07-10"]
    assert value_days("2009-06-01T16:00Z")[0].isoformat() == "2009-06-01"
    assert value_days("PAST_REF") is None and value_days("P3D") is None and value_days("201") is None


# --- a time that bounds a stretch is not when it happened ------------------------------

@pytest.mark.parametrize(("text", "lemma"), [
    ("Mara Quell has lived in Lisbon since 2011.", "live"),
    ("The quarry has been closed since March 2019, the council said.", "close"),
    ("Since Monday, rebels have seized three towns in the north.", "seize"),
    ("Prices at the pump have doubled since last year.", "double"),
    ("The strike will go on until Friday, the union said.", "go"),
    ("By Monday, the fire had spread to three valleys.", "spread"),
    ("Dovel Freight had repaid the loan by June 2023.", "repay"),
    ("Oren Vask served as mayor from 2010 to 2014.", "serve"),
    ("Oren Vask served as mayor between 2010 and 2014.", "serve"),
    ("The ban runs from March 1 until June 30.", "run"),
    ("Oren Vask left the party before 2010.", "leave"),
    ("Dovel Freight's sales rose 5% from a year earlier.", "rise"),
    ("Wages were 3 percent higher than a year earlier.", "be"),
])
def test_a_bound_of_a_stretch_dates_nothing(read, text, lemma):
    assert time_text(read(text), lemma) is None


@pytest.mark.parametrize(("text", "lemma", "when"), [
    ("Dovel Freight must repay the loan by June 2027.", "repay", "June 2027"),
    ("Dovel Freight plans to cut 500 jobs by 2026.", "cut", "2026"),
    ("The boy must be returned to his father by Jan. 14.", "return", "Jan. 14"),
    ("The plant was not to open until 1993.", "open", "1993"),
    ("Prices kept falling through the nineties.", "fall", "the nineties"),
])
def test_a_deadline_a_negated_until_and_a_stretch_through_date_it(read, text, lemma, when):
    assert time_text(read(text), lemma) == when


def test_a_bound_is_kept_beside_the_claim_never_as_its_time(read):
    c = claim(read("Mara Quell has lived in Lisbon since 2011."), "live")
    assert c.time is None
    assert {k: c.args["time_bound"][k] for k in ("bound", "value", "text")} == \
        {"bound": "since", "value": "2011", "text": "2011"}


def test_a_when_clause_after_a_bound_happened_at_it(read):
    a = read("His aunt has cared for him since November, when he was found on a raft.")
    assert time_text(a, "care") is None
    assert time_text(a, "find") == "November"


def test_a_point_after_a_bound_still_dates_its_own_verb(read):
    a = read("Oren Vask has been mayor since 2019. He signed the budget on Monday.")
    assert time_text(a, "sign") == "Monday"
    assert time_text(read("The rule takes effect on January 1."), "take") == "January 1"
    assert time_text(read("Ferry services will resume from October 28."), "resume") == "October 28"


def test_since_an_earlier_event_is_no_time_of_it(read):
    a = read("Oren Vask visited Lisbon on May 3. He has called the mayor twice since that visit.")
    assert time_text(a, "visit") == "May 3"
    assert time_text(a, "call") is None
