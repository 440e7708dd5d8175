"""Session 19's answer rules, on made-up articles read by the real pipeline (and, for the helpers, on sentences
written here): a name in a titled list is that title's holder ("foreign ministers A of Poland, B of Hungary and C"),
and the one tied to the asked country by "of" answers; a "whose" answer owns the asked noun; a title the question
already gives is no answer; a share of a whole answers "how many" of an act; a yes/no question's phrasal verb is
said by the same verb and particle, and the words of its subject by the claim's subject when that names the
question's entity."""

from __future__ import annotations

import pytest
from querykit import asked, written

from newsgraph.query.extract import Span
from newsgraph.query.fits import doubt
from newsgraph.query.typed import share_of, titled_list
from newsgraph.query.types import Citation


def _citation(text: str) -> Citation:
    return Citation(article="a-0", published="2024-05-07", source=None, title=None, sentence=0, start=0, end=len(text),
                    text=text)


MINISTERS = [
    "Poland , Hungary and Latvia joined the alliance on Friday .",
    "At the library in Elmwood , the three foreign ministers , Marek Zielny of Poland , Tamas Erdei of Hungary and "
    "Ivars Ozols of Latvia , signed the documents of accession .",
]


@pytest.fixture()
def ministers(store, annotator):
    return written(store, annotator, MINISTERS, "ministers")


def test_the_name_of_the_asked_country_in_a_titled_list_answers(ministers):
    answer = asked(ministers, "Who was Hungary's foreign minister at the Elmwood ceremony?")
    assert answer.short_answer is None or "Erdei" in answer.short_answer, answer.answer
    assert "Zielny" not in (answer.short_answer or ""), answer.answer


def test_a_list_shares_the_title_set_before_its_first_name():
    text = ("the three foreign ministers , Marek Zielny of Poland , Tamas Erdei of Hungary and Ivars Ozols of Latvia , "
            "signed")
    at = text.find("Tamas Erdei")
    assert titled_list(text, at, at + len("Tamas Erdei"), ["minister"])
    last = text.find("Ivars Ozols")
    assert titled_list(text, last, last + len("Ivars Ozols"), ["minister"])


def test_a_name_after_a_titled_one_and_a_comma_is_no_list():
    text = "said head coach Tom Ray , Ann Lee told reporters"
    at = text.find("Ann Lee")
    assert not titled_list(text, at, at + len("Ann Lee"), ["coach"])


def _doubt(question: str, short: str, text: str, answer_type: str) -> str | None:
    from types import SimpleNamespace

    q = SimpleNamespace(text=question, answer_type=answer_type, entities=[], words=[], predicate=None)
    return doubt(q, short, _citation(text))


def test_whose_asks_for_the_owner_of_its_noun():
    text = ("The DNA tests at the FBI Laboratory matched a hair found in a home where James Kopp lived , "
            "the official said .")
    assert _doubt("Whose laboratory ran the DNA tests?", "James Kopp", text, "person") == "not the owner"
    owned = "The plan , the brainchild of Ford 's Chief Executive Officer , William Clay Ford Jr. , was announced ."
    assert _doubt("Whose brainchild is the plan?", "William Clay Ford Jr.", owned, "person") is None
    before = "Ann Lee 's laboratory ran the tests ."
    assert _doubt("Whose laboratory ran the tests?", "Ann Lee", before, "person") is None


def test_a_title_the_question_gives_is_no_answer():
    text = "General Arthur Vane , head of the Mobility Command , said the first aircraft would fly in 2010 ."
    assert _doubt("What post does General Arthur Vane hold?", "General", text, "title") == "asked title"
    assert _doubt("What post does General Arthur Vane hold?", "head of the Mobility Command", text, "title") is None


def test_a_share_of_a_whole_counts_the_whole_s_things():
    text = "Chrysler said it wants to eliminate 789 , or about a quarter , of its 3,200 dealers by June ."
    at = text.find("789")
    span = Span(text="789", citation=_citation(text))
    assert share_of({"dealer"}, span)
    assert not share_of({"plant"}, span)
    whole = Span(text="3,200 dealers", citation=_citation(text))
    assert not share_of({"dealer"}, whole)
    assert at >= 0


DEALERS = ["Corvane Motors said on Tuesday that it will close 40 , or about a tenth , of its 400 dealers by June ."]


@pytest.fixture()
def dealers(store, annotator):
    return written(store, annotator, DEALERS, "dealers")


def test_how_many_of_an_act_is_the_share(dealers):
    answer = asked(dealers, "How many dealers will Corvane Motors close?")
    assert answer.short_answer is None or "40" in answer.short_answer and "400" not in answer.short_answer, \
        answer.answer


SUSPECTS = [
    "Two suspects in the Elmwood bombing have been handed over to the United States for trial , officials said .",
    "A climber from Perth died after a fall on Mount Vane on Sunday .",
]


@pytest.fixture()
def suspects(store, annotator):
    return written(store, annotator, SUSPECTS, "suspects")


def test_a_phrasal_verb_with_its_subject_is_yes(suspects):
    answer = asked(suspects, "Have suspects in the Elmwood bombing been handed over to the United States?")
    assert answer.answer.startswith("Yes"), answer.answer
    assert "two suspects" in answer.answer, answer.answer  # a number opening the clause after the lead is lowered


def test_another_subject_is_no_yes(suspects):
    answer = asked(suspects, "Have suspects in the Elmwood bombing been handed over to France?")
    assert not answer.answer.startswith("Yes"), answer.answer


def test_an_unnamed_subject_s_words_do_not_make_a_yes(suspects):
    answer = asked(suspects, "Was the second climber who died an Australian?")
    assert not answer.answer.startswith("Yes"), answer.answer


def test_another_subject_named_beside_the_same_entity_is_no_yes(suspects):
    # the claim's subject must say the whole of the question's: "suspects in the Elmwood bombing" are no officials
    answer = asked(suspects, "Have officials in the Elmwood bombing been handed over to the United States?")
    assert not answer.answer.startswith("Yes"), answer.answer


PLANTS = ["Corvane Motors will close plants and cut 9,000 jobs by the end of the year as part of its plan , the "
          "company said on Tuesday .",
          "By the end of this year , the Elmford and Daleport plants will be closed , the company said ."]


@pytest.fixture()
def plants(store, annotator):
    return written(store, annotator, PLANTS, "plants")


def test_a_place_set_before_the_asked_thing_says_where_it_is(plants):
    answer = asked(plants, "Where are the plants that will close by the end of the year?")
    assert answer.short_answer == "Elmford and Daleport", answer.answer


def test_a_place_before_the_asked_noun_is_sited_only_for_where_it_is():
    from newsgraph.query.binding import sited

    text = "By the end of this year , the Elmford and Daleport plants will be closed ."
    spans = [Span(text=name, citation=_citation(text)) for name in ("Elmford", "Daleport")]
    assert sited(spans[0], spans, "Where are the plants that will close?")
    assert sited(spans[1], spans, "Where is the plant?")  # the last of the list, singular asked or plural
    assert not sited(spans[0], spans, "Where did the plants' workers march?")  # no "where is the N"
    born = "The New York mob boss died on Monday ."
    boss = [Span(text="New York", citation=_citation(born))]
    assert not sited(boss[0], boss, "Where was the mob boss born?")


def _claim(text: str, subject: str, time_text: str | None = None):
    from newsgraph.query.types import ClaimView

    return ClaimView(article="a-0", id="c1", kind="event", subject=subject, subject_entity=None,
                     predicate="were obligated to funnel", lemma="funnel", object="part of their loot",
                     object_entity=None, status="happened", time="199" if time_text else None, time_text=time_text,
                     source=None, source_entity=None, source_kind=None, quote=None, args={}, day=None,
                     citation=_citation(text))


def test_a_phrase_cut_inside_a_dashed_aside_or_a_decade_is_not_said():
    from newsgraph.query.cut import cut_phrases

    text = ("Each of the 200 soldiers and about 1,000 associates - the name for others who cooperate but are not "
            "sworn members - were obligated to funnel part of their loot to him in the early 1990's .")
    cut = cut_phrases(_claim(text, "about 1,000 associates - the name for others", "the early 1990"))
    assert "about 1,000 associates - the name for others" in cut
    assert "the early 1990" in cut
    whole = cut_phrases(_claim(text, "Each of the 200 soldiers and about 1,000 associates - the name for others who "
                                     "cooperate but are not sworn members -"))
    assert whole == []


def test_a_contracted_has_before_been_is_written_has(read):
    claims = read("Ken Dorr 's been at the plant for 37 years , his colleagues said .").claims
    predicates = [c.predicate for c in claims]
    assert not any("is been" in p for p in predicates), predicates
    assert any(p.startswith("has been") for p in predicates), predicates


# (a quotation whose opening mark the source lost: the extractor reads it as reported speech)
WITNESS = ["Residents said the driver fled . This is a mom , a woman , and then I dialed 911 , said Raj Teller , a "
           "witness , on Friday ."]


@pytest.fixture()
def witness(store, annotator):
    return written(store, annotator, WITNESS, "witness")


def test_a_speaker_s_own_words_are_quoted_not_reported(witness):
    answer = asked(witness, "What did Raj Teller say?")
    assert "said this is a mom" not in answer.answer and "I dialed 911" in answer.answer, answer.answer


def test_only_the_speaker_s_own_person_makes_speech_quoted():
    from dataclasses import replace

    from newsgraph.query.cut import said_in_person

    base = replace(_claim("x", "Fiat"), predicate="said", lemma="say")
    assert said_in_person(replace(base, object="then I dialed 911"))
    assert said_in_person(replace(base, object="we will rebuild the plant"))
    assert not said_in_person(replace(base, object="it will buy the stake the US government owns"))
    assert not said_in_person(replace(base, object="you can be a Communist and still be a Christian"))
    assert not said_in_person(replace(base, object="we will rebuild", quote="We will rebuild"))


def test_readable_spans_and_clauses():
    from dataclasses import replace

    from newsgraph.query.binding import listed
    from newsgraph.query.cut import complement_dropped, cut_phrases
    from newsgraph.query.extract import COUNT, MONEY

    text = "Many countries were affected , including India , Saudi Arabia , Egypt and Malaysia ."
    spans = [Span(text=n, citation=_citation(text)) for n in ("India", "Saudi Arabia", "Egypt", "Malaysia")]
    assert listed(spans[0], spans).text == "India, Saudi Arabia, Egypt and Malaysia"
    money = "She offered a reward of up to 2 million U.S. dollars for information ."
    assert [m.group() for m in MONEY.finditer(money)] == ["up to 2 million U.S. dollars"]
    assert [m.group() for m in COUNT.finditer(money)] == ["up to 2 million U.S. dollars"]
    assert [m["unit"] for m in COUNT.finditer("the 38,000 U.S. troops in the Gulf")] == ["troops"]
    clock = "On Saturday , at 8 : 39am police were called to a house in Elm Street ."
    assert "39am police" in cut_phrases(replace(_claim(clock, "39am police"), predicate="were called", lemma="call"))
    which = "The crew found ladders , all of which confirmed their intent to hijack the ships ."
    assert "all of which" in cut_phrases(replace(_claim(which, "all of which"), predicate="confirmed",
                                                 lemma="confirm"))
    goth = "The neighbour described him as a goth ."
    at = goth.find("described")
    claim = replace(_claim(goth, "The neighbour"), predicate="described", lemma="describe", object="Tom Lee",
                    args={"predicate_span": [at, at + len("described")]})
    assert complement_dropped(claim, "The neighbour described Tom Lee")
    assert not complement_dropped(claim, "The neighbour described Tom Lee as a goth")


def test_a_clause_that_ends_before_a_bound_or_says_only_that_a_thing_came_about_is_not_said():
    from dataclasses import replace

    from newsgraph.query.cut import came_about_bare, cut_phrases

    text = "Lee drove across several counties , at speeds up to 120 miles per hour , before he surrendered ."
    at = text.find("drove")
    claim = replace(_claim(text, "Lee"), predicate="drove", lemma="drive", object=None,
                    args={"predicate_span": [at, at + 5], "manner": "at speeds"})
    assert "at speeds" in cut_phrases(claim)
    assert came_about_bare("The death occurred")
    assert not came_about_bare("The death occurred on July 24")
    assert not came_about_bare("The crash happened near Elm Street")


def test_unsayable_asks_every_check():
    from dataclasses import replace

    from newsgraph.query.cut import unsayable

    text = "Lee drove across several counties , at speeds up to 120 miles per hour , before he surrendered ."
    at = text.find("drove")
    claim = replace(_claim(text, "Lee"), predicate="drove", lemma="drive", object="several counties",
                    args={"predicate_span": [at, at + 5], "manner": "at speeds"})
    assert unsayable(claim, "Lee drove several counties at speeds")  # a phrase cut before its bound
    assert not unsayable(claim, "Lee drove several counties")
    assert unsayable(claim, "The death occurred")  # says only that a thing came about
