"""The asked-for span: taken from the slot tied to the question's event, on made-up sentences.

Each rule of ``query.extract`` and ``query.typed`` that picks one span over another
has a test here: a figure tied to the asked noun ("a 10-year sentence"), a start
as a length ("since 1991"), titles given by naming verbs and apposition, sums in
currency codes, places after a preposition of place rather than in the subject's
own words. The world is invented; answers go through the citation-support check.
"""

from __future__ import annotations

import pytest
from test_query_ask import assert_supported
from test_query_build import Doc

from newsgraph.query import ask, roles, typed
from newsgraph.query.compose import Composer
from newsgraph.query.extract import duration_spans, money_spans, tied_to, title_spans
from newsgraph.query.load import sentence_citations
from newsgraph.query.questions import read_question
from newsgraph.query.types import Citation
from tests.querykit import ungated


class _NoMentions:
    """A store stand-in for finders that read typed mentions: this sentence has none, or the given ones."""

    def __init__(self, mentions=()):
        self.mentions = list(mentions)

    def mentions_in(self, article, start, end):
        return self.mentions


def _world(store, published: str, sentences: list[str], source: str, *entities: tuple[str, str]):
    """A one-article store of made-up sentences whose entities are named, no claims."""
    d = Doc(published, sentences, source=source)
    for name, kind in entities:
        d.entity(name, kind)
    d.write(store)
    return store


def _cite(text: str) -> Citation:
    return Citation(article="a1", published="2024-01-01", source=None, title=None, sentence=0, start=0,
                    end=len(text), text=text)


def test_a_length_tied_to_the_asked_noun_comes_first():
    c = _cite("She spent seven years in prison after she received a 12-year sentence.")
    assert [s.text for s in duration_spans(c, None, {"sentenc"})][:2] == ["12-year", "seven years"]
    # asked about the time, not the sentence: the term's length goes last
    assert [s.text for s in duration_spans(c, None, {"prison"})][0] == "seven years"


def test_tied_to_reads_the_next_noun_only():
    text = "a 12-year sentence and a long term"
    assert tied_to(text, 2, text.index(" sentence"), {"sentenc"})
    assert not tied_to(text, 2, text.index(" sentence"), {"term"})
    text = "assets of $8 billion and a debt of $17 billion"
    assert tied_to(text, text.index("$17"), len(text), {"debt"})
    assert not tied_to(text, text.index("$8"), text.index(" and"), {"debt"})


@pytest.mark.parametrize(("text", "span"), [
    ("Norland has seen unrest since 1991 and its council is weak.", "since 1991"),
    ("He has been treated for the illness since early 2004.", "since early 2004"),
    ("The bridge has been closed since March 2019.", "since March 2019"),
    ("The plant has been idle since January.", "since January"),
])
def test_a_start_answers_how_long(text, span):
    assert [s.text for s in duration_spans(_cite(text))] == [span]


@pytest.mark.parametrize("text", ["Nothing has changed since then.", "He has been calm since he left.",
                                  "She has met the mayor since Mayors Day."])
def test_since_without_a_date_is_no_length(text):
    assert duration_spans(_cite(text)) == []


def test_a_number_of_units_comes_before_a_start():
    c = _cite("The mill has run for 40 years, since 1984.")
    assert [s.text for s in duration_spans(c)] == ["40 years", "since 1984"]


@pytest.mark.parametrize(("text", "span"), [
    ("and the SGD1.75-billion hall opens in May.", "SGD1.75-billion"),
    ("The fund paid EUR 20 million for the site.", "EUR 20 million"),
    ("a HK$ 3 billion tower", "HK$ 3 billion"),
    ("The city spent $2.5-billion on roads.", "$2.5-billion"),
])
def test_money_in_codes_and_hyphenated_scales(text, span):
    assert [s.text for s in money_spans(_cite(text))] == [span]


def test_no_money_in_a_code_alone():
    assert money_spans(_cite("The USD rose against the EUR on Monday.")) == []


@pytest.mark.parametrize(("text", "near", "title"), [
    ("The jet was once named the 4X4 but was renamed last year.", ["called", "renamed"], "4X4"),
    ("Velma recently started her own shoe line , Pebblestone , but little else.", ["shoe", "line", "called"],
     "Pebblestone"),
    ("The plan, known as Project Heron, was dropped.", ["plan", "called"], "Project Heron"),
    ("She wrote a memoir, “Salt and Ash,” last spring.", ["memoir"], "Salt and Ash"),
])
def test_titles_given_by_naming_and_apposition(text, near, title):
    assert [s.text for s in title_spans(_NoMentions(), _cite(text), near)][0] == title


@pytest.mark.parametrize(("text", "near"), [
    ("The boat was called Monday to the harbour.", ["called"]),
    ("It was his best film, Ann Lee said.", ["film"]),
    ("The line, he said, is new.", ["line"]),
])
def test_no_title_from_a_day_a_person_or_a_pronoun(text, near):
    people = [(text.find("Ann Lee"), text.find("Ann Lee") + 7, "Ann Lee", "PERSON", 1, "Ann Lee")] \
        if "Ann Lee" in text else []
    assert title_spans(_NoMentions(people), _cite(text), near) == []


@pytest.fixture()
def spans_world(store):
    d = Doc("2024-04-02", [
        "Ravel Motors of Quandary filed for bankruptcy on Monday in a Dunmore court.",
        "Ravel Motors has been losing money since 2019.",
        "Ivo Stark was given a 12-year sentence in 2020.",
        "Ivo Stark spent four years in Dunmore Prison.",
    ], source="Plain Ledger")
    r = d.entity("Ravel Motors", "ORG")
    q = d.entity("Quandary", "GPE")
    d.entity("Dunmore Prison", "FAC")
    dm = d.entity("Dunmore", "GPE")
    i = d.entity("Ivo Stark", "PERSON")
    d.claim(0, r, "filed for", "bankruptcy", "happened", lemma="file", time=("2024-04-01", "on Monday"),
            args={"subject_text": "Ravel Motors of Quandary"})
    d.claim(1, r, "has been losing", "money", "happened", lemma="lose", time=("2019", "2019"))
    d.claim(2, i, "was given", "a 12-year sentence", "happened", lemma="give", time=("2020", "in 2020"))
    d.claim(3, i, "spent", "four years in Dunmore Prison", "happened", lemma="spend")
    del q, dm
    d.write(store)
    return store


def test_where_is_said_after_a_preposition_of_place_not_in_the_subject(spans_world):
    answer = ask(spans_world, "Where did Ravel Motors file for bankruptcy?")
    assert_supported(spans_world, answer)
    assert answer.short_answer == "Dunmore", answer.answer


def test_how_long_with_a_start_does_not_misdate_the_claim(spans_world):
    answer = ask(spans_world, "How long has Ravel Motors been losing money?")
    assert_supported(spans_world, answer)
    assert answer.short_answer == "since 2019", answer.answer
    assert "in 2019" not in answer.answer


def test_how_long_a_sentence_is_the_sentence_not_the_time_served(spans_world):
    answer = ask(spans_world, "How long was Ivo Stark's sentence?")
    assert_supported(spans_world, answer)
    assert answer.short_answer == "12-year", answer.answer


def test_a_start_does_not_answer_how_long_something_lasted(spans_world):
    answer = ask(spans_world, "How long was Ravel Motors losing money?")
    assert_supported(spans_world, answer)
    assert not (answer.short_answer or "").startswith("since"), answer.answer


@pytest.fixture()
def firms_world(store):
    return _world(store, "2024-06-11", [
        "Officials praised the new harbour, and the $1.4 billion Pellam Bridge will open in May.",
        "Pellam Bridge was designed by a team from Ostrava.",
        "Police said they knew of no threats against Tarvin Bank, a view shared by its president and chief "
        "executive, Lora Penhale.",
        "Tarvin Bank opened a branch in Ostrava.",
        "Oskar Vell, a teller, found the note.",
        "The channel aired \"Quiet Tide,\" a documentary from director Mina Sorel, on Monday.",
        "Oskar Vell watched Quiet Tide twice.",
    ], "Harbour Post", ("Quiet Tide", "WORK_OF_ART"), ("Mina Sorel", "PERSON"), ("Pellam Bridge", "FAC"),
        ("Tarvin Bank", "ORG"), ("Lora Penhale", "PERSON"), ("Oskar Vell", "PERSON"), ("Ostrava", "GPE"))


def test_a_sum_written_before_the_thing_is_its_cost(firms_world):
    answer = ask(firms_world, "How much does Pellam Bridge cost?")
    assert_supported(firms_world, answer)
    assert answer.short_answer == "$1.4 billion", answer.answer


def test_no_cost_from_a_sum_beside_another_thing(firms_world):
    answer = ask(firms_world, "How much does Tarvin Bank cost?")
    assert answer.short_answer is None or "$" not in answer.short_answer, answer.answer


def test_who_heads_an_organisation_is_named_by_a_leaders_title(firms_world, monkeypatch):
    ungated(monkeypatch)
    answer = ask(firms_world, "Who heads Tarvin Bank?")
    assert_supported(firms_world, answer)
    assert answer.short_answer == "Lora Penhale", answer.answer


def test_priced_and_led_by_find_what_the_question_words_do_not_say(firms_world):
    """The finders themselves: a sum written before the asked thing, a sentence naming a leader's title."""

    q = read_question(firms_world, "How much does Pellam Bridge cost?")
    assert [s.text for s in typed.priced(firms_world, q, as_of=None)] == ["$1.4 billion"]
    q = read_question(firms_world, "Who heads Tarvin Bank?")
    assert "president" in typed.role_words(q)
    assert [c.text[:30] for c in typed.led_by(firms_world, q, as_of=None)] == ["Police said they knew of no th"]
    q = read_question(firms_world, "Who made Quiet Tide?")
    assert "director" in typed.role_words(q)
    assert [c.text[:20] for c in typed.led_by(firms_world, q, as_of=None)] == ["The channel aired \"Q"]
    q = read_question(firms_world, "Who found the note?")
    assert typed.led_by(firms_world, q, as_of=None) == []


def test_who_made_a_work_is_named_by_a_makers_title(firms_world):
    answer = ask(firms_world, "Who made Quiet Tide?")
    assert_supported(firms_world, answer)
    assert answer.short_answer == "Mina Sorel", answer.answer


@pytest.fixture()
def debts_world(store):
    d = Doc("2024-07-02", [
        "Vardon Steel announced on Monday that lenders had refused to swap its $2 billion debt for shares.",
        "Vardon Steel filed for bankruptcy on Tuesday.",
        "It was the largest filing this year, with declared assets of $5 billion and a debt of $9 billion.",
    ], source="Mill Gazette")
    v = d.entity("Vardon Steel", "ORG")
    d.claim(0, v, "announced", "lenders had refused to swap its $2 billion debt for shares", "happened",
            lemma="announce", time=("2024-07-01", "on Monday"))
    d.claim(1, v, "filed for", "bankruptcy", "happened", lemma="file", time=("2024-07-02", "on Tuesday"))
    d.write(store)
    return store


def test_the_sum_of_the_asked_noun_in_the_sentence_saying_the_verb_itself(debts_world):
    answer = ask(debts_world, "How much debt did Vardon Steel declare?")
    assert_supported(debts_world, answer)
    assert answer.short_answer == "$9 billion", answer.answer


@pytest.fixture()
def films_world(store):
    d = Doc("2024-08-05", [
        "Ada Brill directed the film \"High Tide\" for another studio.",
        "Ada Brill also directed \"Low Sun,\" which critics called a costly failure.",
    ], source="Screen Notes")
    a = d.entity("Ada Brill", "PERSON")
    d.claim(0, a, "directed", "the film \"High Tide\"", "happened", lemma="direct")
    d.write(store)
    return store


def test_the_title_from_the_sentence_that_says_more_of_the_question(films_world):
    answer = ask(films_world, "Which film directed by Ada Brill was called a costly failure?")
    assert_supported(films_world, answer)
    assert answer.short_answer == "Low Sun", answer.answer


def test_state_span_orders_titles_by_what_the_sentence_says_of_the_question(films_world):
    """Without the full-text safety net: the claim saying "directed" comes first, yet the title is taken
    from the sentence that also says "called a costly failure"."""
    from newsgraph.query.ask import retrieve, score

    q = read_question(films_world, "Which film directed by Ada Brill was called a costly failure?")
    names = {n.entity.id: {n.entity.name} for n in q.entities}
    ranked = [s for c in retrieve(films_world, q, as_of=None) if (s := score(q, c, names))]
    article = ranked[0].claim.article
    sentences = sentence_citations(films_world, [(article, 1)])
    short, _ = typed.state_span(films_world, q, ranked, sentences, Composer(set()), set())
    assert short == "Low Sun"


@pytest.fixture()
def party_world(store):
    return _world(store, "2024-12-14", [
        "A man opened fire at an office party on Friday, killing one man, police said.",
        "Dara Finch, a guest, said the party had just begun.",
        "The victim, Arno Pell, 40, was gunned down when a man came to the party with a gun.",
    ], "Evening Bell", ("Dara Finch", "PERSON"), ("Arno Pell", "PERSON"))


def test_who_was_killed_is_named_as_the_victim(party_world):

    q = read_question(party_world, "Who was killed at the party?")
    assert typed.role_words(q) == list(roles.VICTIM_TITLES)
    assert typed.role_words(read_question(party_world, "Who killed the guest?")) != list(roles.VICTIM_TITLES)
    answer = ask(party_world, "Who was killed at the party?")
    assert_supported(party_world, answer)
    assert answer.short_answer == "Arno Pell", answer.answer


@pytest.fixture()
def ferry_world(store):
    return _world(store, "2024-09-09", [
        "The new ferry will leave from Port Ash on its first trip next month.",
        "The old ferry left from Drell Harbour on its first trip in 1990.",
    ], "Quay News", ("Port Ash", "GPE"), ("Drell Harbour", "GPE"))


def test_a_past_question_takes_what_was_done_before_what_is_planned(ferry_world):

    q = read_question(ferry_world, "Where did the ferry leave from on its first trip?")
    article = ferry_world.search("ferry", limit=1)[0].article_id
    sentences = sentence_citations(ferry_world, [(article, 0), (article, 1)])
    short, _ = typed.state_span(ferry_world, q, [], sentences, Composer(set()), set())
    assert short == "Drell Harbour"
    q = read_question(ferry_world, "Where will the ferry leave from on its first trip?")
    short, _ = typed.state_span(ferry_world, q, [], sentences, Composer(set()), set())
    assert short == "Port Ash"


def test_a_name_given_to_another_thing_yields_to_the_title_beside_the_kind_noun():
    text = ("A post on the site formerly called Chirp thanked her for recommending \"Low Sun,\" the 2019 HBO "
            "documentary about the case.")
    assert [s.text for s in title_spans(_NoMentions(), _cite(text), ["documentary"])][:2] == ["Low Sun", "Chirp"]


def test_a_figure_is_tied_only_to_the_word_right_beside_it():
    text = "the Kites ( seven years , $ 140 million ) reportedly offered more"
    at = text.index("$")
    assert not tied_to(text, at, text.index(" )"), {"report"})
