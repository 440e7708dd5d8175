"""A span question whose answer states no span also quotes the best sentence holding one (``fulltext.quote_spanned``).

News writing tells what happened in one sentence and the when, where or how many in another ("Dana Holt opened a
bakery on the main square." / "The bakery Holt opened in March 2019 sells rye bread."). When the engine states no
span and quotes only sentences without one of the asked type, the best-covering sentence that holds one in the
clause saying the question (by one of its words or a synonym, outside the span itself) and names whom the question
names is quoted too; nothing is stated, so no wrong short answer can come of it. Invented articles.
"""

from __future__ import annotations

from test_query_build import Doc

from newsgraph.query import fulltext
from newsgraph.query.compose import Composer
from newsgraph.query.extract import Span
from newsgraph.query.questions import read_question
from tests.querykit import cite

OPENED = "Dana Holt opened a bakery on the main square , friends say ."
DATED = "The bakery that Holt opened in March 2019 sells rye bread ."


def _holt(store) -> None:
    d = Doc("2024-06-03", [OPENED, DATED], source="Valley Times")
    d.entity("Dana Holt", "PERSON", aliases=("Holt",))
    d.write(store)


def _finder(spans: dict[str, str]):
    """A ``find`` that gives, for a sentence, the one span ``spans`` lists for its text (none otherwise)."""
    def find(citation):
        text = spans.get(citation.text)
        return [Span(text=text, citation=citation)] if text else []
    return find


def _answer(*citations) -> Composer:
    out = Composer({"Dana Holt", "Holt"})
    for c in citations:
        out.quote(c)
    return out


def test_the_sentence_holding_the_asked_span_is_quoted_beside_one_without(store):
    _holt(store)
    q = read_question(store, "When did Dana Holt open the bakery?")
    engine, dated = cite(OPENED), cite(DATED, 1)
    out = _answer(engine)
    best = [(3.0, engine), (2.0, dated)]
    assert fulltext.quote_spanned(q, out, None, best, _finder({DATED: "March 2019"})) is dated
    assert [c.key for c in out.citations] == [engine.key, dated.key]


def test_nothing_is_added_to_a_stated_span_or_a_quoted_sentence_holding_one(store):
    _holt(store)
    q = read_question(store, "When did Dana Holt open the bakery?")
    engine, dated = cite(OPENED), cite(DATED, 1)
    best = [(3.0, engine), (2.0, dated)]
    find = _finder({DATED: "March 2019"})
    assert fulltext.quote_spanned(q, _answer(engine), "2019-03", best, find) is None  # a span is stated
    held = _answer(engine)
    find = _finder({OPENED: "the main square", DATED: "March 2019"})
    assert fulltext.quote_spanned(q, held, None, best, find) is None
    assert len(held.citations) == 1
    # a span the quoted sentence holds in another clause than the question's word is no answer the reader has
    toured = cite("Dana Holt toured Greyford in May 2018 ; her bakery opened to crowds .", 2)
    held = _answer(toured)
    assert fulltext.quote_spanned(q, held, None, [(3.0, toured), (2.0, dated)],
                                  _finder({toured.text: "May 2018", DATED: "March 2019"})) is dated


def _added(store, other: str, span: str, *, question: str = "When did Dana Holt open the bakery?",
           engine: str = OPENED):
    """What ``quote_spanned`` adds to an answer quoting ``engine`` when ``other`` (holding ``span``) is the next best."""
    _holt(store)
    q = read_question(store, question)
    first, second = cite(engine), cite(other, 1)
    return fulltext.quote_spanned(q, _answer(first), None, [(3.0, first), (2.0, second)], _finder({other: span}))


def test_a_span_in_another_clause_than_the_question_s_word_is_no_answer(store):
    # the date tells when she toured the town; the opening is told in the clause after the semicolon
    assert _added(store, "Dana Holt toured Greyford in March 2019 ; her bakery opened to crowds .", "March 2019") is None


def test_the_span_itself_does_not_say_the_question(store):
    # "Rye Bakery" says "bakery" only as the name it is: the sentence says nothing else of the question
    assert _added(store, "Holt once worked at the Rye Bakery in Marlow .", "Rye Bakery",
                  question="Which bakery did Dana Holt buy?",
                  engine="Dana Holt bought a shop on the main square , friends say .") is None


def test_a_sentence_that_does_not_name_the_asked_person_is_not_quoted(store):
    assert _added(store, "A second bakery opened in May 2021 near the station .", "May 2021") is None


def test_a_sentence_naming_her_by_surname_is_quoted(store):
    assert _added(store, "Holt opened a second bakery in May 2021 near the station .", "May 2021") is not None


def test_said_at_finds_the_question_s_word_by_a_synonym():
    text = "Dana Holt resigned from the council in 2019 ."
    assert fulltext.said_at(["quit"], text) == [text.index("resigned")]
    assert fulltext.said_at(["bakery"], text) == []


def test_a_span_read_from_a_headline_gets_the_body_sentence_that_states_it(store):
    _holt(store)
    q = read_question(store, "Who will run the Greyford bakery?")
    headline = cite("Dana Holt To Run Greyford Bakery", title="Dana Holt To Run Greyford Bakery")
    body = cite("Dana Holt will run the Greyford bakery from June , the owners said .", 1)
    other = cite("Dana Holt once ran a bakery in Marlow for a man named Vic Moss .", 2)
    find = _finder({body.text: "Dana Holt", other.text: "Vic Moss"})
    out = Composer({"Dana Holt", "Holt"})
    out.add("Dana Holt", [headline])
    out.quote(headline)
    assert fulltext.second_sentence(q, out, "Dana Holt", [(3.0, other), (2.5, body)], find) is body
    # an answer that quotes a body sentence already gets nothing more
    out = _answer(body)
    assert fulltext.second_sentence(q, out, "Dana Holt", [(3.0, other), (2.5, cite(OPENED, 3))],
                                    _finder({OPENED: "Dana Holt"})) is None


def test_states_compares_dates_by_value_and_names_by_their_words():
    said = cite("x")
    assert fulltext._states("LaSalle", Span(text="Ann LaSalle", citation=said))
    assert not fulltext._states("LaSalle", Span(text="Vic Moss", citation=said))
    assert fulltext._states("2019-03-02 (Saturday)", Span(text="2019-03-02", citation=said, value="2019-03-02"))
    assert not fulltext._states("2019-03-02 (Saturday)", Span(text="2019-03", citation=said, value="2019-03"))


def test_a_sentence_naming_the_one_asked_entity_by_a_short_name_counts(store):
    d = Doc("2024-06-03", ["Valley Bread Company opened a bakery on the main square .",
                           "VB opened the bakery in March 2019 , friends say ."], source="Valley Times")
    d.entity("Valley Bread Company", "ORG", "VB")
    d.write(store)
    q = read_question(store, "When did Valley Bread Company open the bakery?")
    engine = cite("Valley Bread Company opened a bakery on the main square .")
    dated = cite("VB opened the bakery in March 2019 , friends say .", 1)
    find = _finder({dated.text: "March 2019"})
    out = Composer({"Valley Bread Company"})
    out.quote(engine)
    assert fulltext.second_sentence(q, out, None, [(3.0, engine), (2.0, dated)], find) is None  # "VB" unknown
    out = Composer({"Valley Bread Company", "VB"})
    out.quote(engine)
    assert fulltext.second_sentence(q, out, None, [(3.0, engine), (2.0, dated)], find) is dated


def test_a_place_the_question_names_need_not_be_named_again(store):
    d = Doc("2024-06-03", ["The Norvian president sent a message of thanks on Friday .",
                           "In a message of thanks to Mayor Vic Moss , President Ann Lee praised the rescuers ."],
            source="Valley Times")
    d.entity("Norvia", "GPE", "Norvian", aliases=("Norvian",))
    d.entity("Vic Moss", "PERSON")
    d.entity("Ann Lee", "PERSON")
    d.write(store)
    q = read_question(store, "To whom did the Norvian president send a message of thanks?")
    assert [n.entity.name for n in q.entities] == ["Norvia"]
    engine = cite("The Norvian president sent a message of thanks on Friday .")
    thanked = cite("In a message of thanks to Mayor Vic Moss , President Ann Lee praised the rescuers .", 1)
    out = Composer({"Norvia", "Norvian"})
    out.quote(engine)
    # "Norvian" sets where the president is from; the sentence that names the one thanked need not say it again
    assert fulltext.second_sentence(q, out, None, [(3.0, engine), (2.0, thanked)],
                                    _finder({thanked.text: "Vic Moss"})) is thanked


def test_the_span_whose_clause_says_most_of_the_question_is_taken(store):
    _holt(store)
    q = read_question(store, "When did Dana Holt open the bakery?")
    engine = cite(OPENED)
    # the first says "bakery" beside another date (a visit); the second says "opened" (the predicate) beside its date
    visited = cite("Dana Holt visited the bakery fair in Greyford in May 2018 .", 1)
    dated = cite("Dana Holt opened it in March 2019 , friends say .", 2)
    out = _answer(engine)
    found = fulltext.quote_spanned(q, out, None, [(3.0, engine), (2.5, visited), (2.0, dated)],
                                   _finder({visited.text: "May 2018", dated.text: "March 2019"}))
    assert found is dated
