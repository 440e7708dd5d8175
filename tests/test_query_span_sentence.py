"""Which sentence, and which of its spans, a span question is answered from.

A span is no answer when its sentence tells of another event than the one asked (``fulltext.off_topic``).

"When is Dana Holt's birthday?" is not answered by the month of "In May, while touring a farm fair, Dana Holt
told reporters she would run": that sentence says none of the question's words, and its date stands far from her
name, so it dates the telling. The sentence is quoted and no short answer is stated. A span set beside the asked
name ("Dana Holt, 52,") is said of her whatever the verb, and a sentence that says the question's word (or a
synonym) is about the asked thing. A "how many N" question is answered by the figure that counts N, wherever the
sentence puts it (``typed.counting_first``). Invented articles.
"""

from __future__ import annotations

from test_query_build import Doc

from newsgraph.query import fulltext
from newsgraph.query.questions import read_question
from tests.querykit import asked, cite, ungated


def _holt(store, *sentences: str, places: tuple[str, ...] = ("Greyford",)) -> None:
    """One article on Dana Holt: ``sentences`` (by default, one that tells of a fair and one that gives her age)."""
    d = Doc("2024-06-03", list(sentences) or [
        "In May , while touring a farm fair in Greyford , Dana Holt told reporters she would run for mayor .",
        "Dana Holt , 52 , runs a bakery on the main square .",
    ], source="Valley Times")
    d.entity("Dana Holt", "PERSON", aliases=("Holt",))
    for place in places:
        d.entity(place, "GPE")
    d.write(store)


def test_a_span_in_a_sentence_saying_none_of_the_question_is_off_topic(store):
    _holt(store)
    q = read_question(store, "When is Dana Holt's birthday?")
    told = cite("In May , while touring a farm fair in Greyford , Dana Holt told reporters she would run for mayor .")
    assert fulltext.off_topic(q, told, "May")
    # the same month in a sentence that says the asked word is about it
    born = cite("Dana Holt , whose birthday falls in the first week of May , told reporters she would run .")
    assert not fulltext.off_topic(q, born, "May")


def test_a_span_beside_the_asked_name_is_said_of_it(store):
    _holt(store)
    q = read_question(store, "How old is Dana Holt?")
    assert not fulltext.off_topic(q, cite("Dana Holt , 52 , runs a bakery on the main square ."), "52")
    q = read_question(store, "Who represents Dana Holt?")
    assert not fulltext.off_topic(q, cite("Reporters met Dana Holt 's agent , Vic Moss , on Friday ."), "Vic Moss")
    assert fulltext.beside_asked(q, "Dana Holt 's agent , Vic Moss , spoke .", "Vic Moss")
    assert not fulltext.beside_asked(q, "Vic Moss , who owns three farms near the river , met Dana Holt .", "Vic Moss")


def test_a_synonym_of_the_question_word_keeps_the_span(store):
    _holt(store)
    q = read_question(store, "When did Dana Holt quit the council?")
    assert not fulltext.off_topic(q, cite("Holt resigned from the Greyford council in 2019 , friends recall ."), "2019")


def test_ask_quotes_an_off_topic_sentence_without_stating_its_span(store):
    _holt(store, "Dana Holt was hurt last week in a close loss at home to a team from Greyford .",
          "Dana Holt , 52 , runs a bakery on the main square .")
    # the place she lost to is no college: the sentence is quoted, nothing stated
    answer = asked(store, "Where did Dana Holt go to college?")
    assert answer.short_answer is None
    assert answer.answer.startswith("“Dana Holt was hurt")
    # beside her name, the age is hers
    assert asked(store, "How old is Dana Holt?").short_answer == "52"


def test_a_how_many_question_takes_the_figure_that_counts_its_thing(store):
    from newsgraph.query.extract import Span
    from newsgraph.query.typed import counting_first

    _holt(store)
    said = cite("Dana Holt ended the season with 40 shots , 12 assists and nine goals for the Greyford club .")
    spans = [Span(text=t, citation=said) for t in ("40 shots", "12 assists", "nine goals")]
    q = read_question(store, "How many goals did Dana Holt score this season?")
    assert [s.text for s in counting_first(q, spans)] == ["nine goals", "40 shots", "12 assists"]
    # a question that counts nothing named keeps the sentence's order
    q = read_question(store, "How old is Dana Holt?")
    assert [s.text for s in counting_first(q, spans)] == ["40 shots", "12 assists", "nine goals"]


def test_a_name_beside_the_kind_noun_holds_only_in_a_sentence_saying_the_asked_thing(store, monkeypatch):
    ungated(monkeypatch)
    # "the river town of Marlow" names a town, but the town she grew up in, not her bakery's
    _holt(store, "Dana Holt grew up in the river town of Marlow , friends of the family say .",
          "Dana Holt , a pastry chef , runs a small bakery in Greyford .", places=("Greyford", "Marlow"))
    assert asked(store, "In which town is Dana Holt's bakery?").short_answer == "Greyford"
    assert asked(store, "In which town did Dana Holt grow up?").short_answer == "Marlow"


def test_two_sentences_saying_the_question_with_other_dates_make_the_date_unsure(store):
    from newsgraph.query.extract import Span

    _holt(store)
    q = read_question(store, "When did Dana Holt open the bakery?")
    engine = cite("Dana Holt opened the bakery doors to reporters on Friday , 2024-05-31 .")
    other = cite("Dana Holt opened the bakery in March 2019 with a loan from her aunt .", 1)
    found = sorted([(fulltext.coverage(q, c.text), c) for c in (engine, other)], key=lambda t: -t[0])
    spans = {engine.text: [Span(text="2024-05-31", citation=engine, value="2024-05-31")],
             other.text: [Span(text="2019-03", citation=other, value="2019-03")]}
    find = lambda c: spans[c.text]  # noqa: E731
    assert fulltext.rival(q, found, find, short="2024-05-31", current=engine) is other
    # the same date told more or less finely is one answer, not two: "in 2024" and "on May 31, 2024"
    spans[other.text] = [Span(text="2024", citation=other, value="2024")]
    assert fulltext.rival(q, found, find, short="2024-05-31 (Friday)", current=engine) is None


def _host(store, when: str, what: str, year: str) -> None:
    d = Doc(when, [f"Lena Ortiz hosted the {what} in {year} ."], source=f"Post {what}")
    ortiz = d.entity("Lena Ortiz", "PERSON", aliases=("Ortiz",))
    d.claim(0, ortiz, "hosted", f"the {what}", "happened", lemma="host", time=(year, year))
    d.write(store)


def test_a_date_of_the_same_act_on_another_thing_is_no_disagreement(store):
    # "hosted the River Awards in 2019" and "hosted the Harbor Gala in 2015": two events, not two dates of one
    _host(store, "2024-02-01", "River Awards", "2019")
    _host(store, "2024-02-02", "Harbor Gala", "2015")
    answer = asked(store, "When did Lena Ortiz host the River Awards?")
    assert "2019" in answer.answer and "disagree" not in answer.answer, answer.answer


def test_two_dates_of_one_act_on_one_thing_disagree(store):
    _host(store, "2024-02-01", "River Awards", "2019")
    _host(store, "2024-02-02", "River Awards", "2018")
    answer = asked(store, "When did Lena Ortiz host the River Awards?")
    assert "Sources disagree" in answer.answer and "2018" in answer.answer and "2019" in answer.answer, answer.answer


def _term(store, when: str, years: str, year: str) -> None:
    d = Doc(when, [f"Ray Dunn was serving a {years} sentence for fraud in {year} ."], source=f"Post {year}")
    dunn = d.entity("Ray Dunn", "PERSON", aliases=("Dunn",))
    d.claim(0, dunn, "was serving", f"a {years} sentence", "ongoing", lemma="serve", time=(year, year))
    d.write(store)


def test_figures_of_the_same_act_in_two_years_are_no_disagreement(store):
    # a five-year term in 1989 and a 12-year one in 2001: two terms, not two figures for one
    _term(store, "2024-02-01", "12-year", "2001")
    _term(store, "2024-02-02", "five-year", "1989")
    answer = asked(store, "How long was the sentence Ray Dunn was serving?")
    assert "disagree" not in answer.answer, answer.answer
    # the same year told with two figures is a disagreement still
    _term(store, "2024-02-03", "ten-year", "2001")
    answer = asked(store, "How long was the sentence Ray Dunn was serving?")
    assert "Sources disagree" in answer.answer, answer.answer


def test_a_term_and_the_time_served_of_another_are_no_disagreement(store):
    # "a 12-year sentence" (a term) and "served five years" (time gone by) are two quantities
    d = Doc("2024-02-01", ["Ray Dunn was serving a 12-year sentence for fraud ."], source="Post A")
    d.claim(0, d.entity("Ray Dunn", "PERSON", aliases=("Dunn",)), "was serving", "a 12-year sentence", "happened",
            lemma="serve")
    d.write(store)
    d = Doc("2024-02-02", ["Ray Dunn served five years for theft before that ."], source="Post B")
    d.claim(0, d.entity("Ray Dunn", "PERSON", aliases=("Dunn",)), "served", "five years", "happened", lemma="serve")
    d.write(store)
    answer = asked(store, "How long was the sentence Ray Dunn was serving?")
    assert "disagree" not in answer.answer, answer.answer
