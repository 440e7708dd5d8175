"""A person's post and honour, as news writes them before the name; names headed by a kind noun. Made-up
sentences; answers go through the citation-support check."""

from __future__ import annotations

import pytest
from tests.querykit import asked as _asked
from test_query_build import Doc

from newsgraph.query import ask
from newsgraph.query.analysis import answer_type
from newsgraph.query.binding import opponents
from newsgraph.query.extract import Span, headed_names, part_spans, street_spans
from newsgraph.query.posts import post_before, words_before
from newsgraph.query.questions import read_question
from newsgraph.query.roles import kind_titles
from newsgraph.query.typed import entitled
from newsgraph.query.types import Citation



def _cite(text: str) -> Citation:
    """A citation of one made-up sentence (no store)."""
    return Citation(article="a1", published=None, source=None, title=None, sentence=0, start=0, end=len(text), text=text)


@pytest.fixture()
def club_world(store):
    d = Doc("2025-03-02", [
        "Harbor Gulls reserve guard Tomas Vell was arrested early Sunday after a crash.",
        "The Gulls signed guard Tomas Vell in 2022.",
        "All-Star center Ona Brisk said the team would support him.",
        "Transport Minister Ilse Varga said the road would be closed.",
        "Ona Brisk, a lawyer with Fenwick Legal, spoke to reporters.",
    ], source="Harbor Post")
    d.entity("Harbor Gulls", "ORG", "Gulls")
    d.entity("Tomas Vell", "PERSON")
    d.entity("Ona Brisk", "PERSON")
    d.entity("Ilse Varga", "PERSON")
    d.entity("Fenwick Legal", "ORG")
    d.write(store)
    return store


@pytest.mark.parametrize(("question", "kind"), [
    ("What position does Ann Lee play?", "title"),
    ("What job does Ann Lee hold?", "title"),
    ("What award did Ann Lee win?", "title"),
    ("Which office is reviewing the case?", "organisation"),
    ("Which magazine first printed the story?", "organisation"),
    # the post owned by the one asked of, after "what is": the owned noun says the kind
    ("What was the gunman's job before he was let go?", "title"),
    ("What is Ann Lee's position with the team?", "title"),
    ("What is her nickname?", "title"),
    ("What is his occupation?", "title"),
    ("What is the band's name?", "title"),
    # a stance is no post
    ("What is her position on the stadium plan?", "thing"),
    # a living asked without its noun
    ("What does Ann Lee do for a living?", "title"),
    ("What did the victim do for a living?", "title"),
    ("What did Ann Lee do after the trial?", "events"),  # (what she did, not her living)
    # the date asked by its noun after "what is the", and "since when"
    ("What was the date Ann Lee was charged?", "date"),
    ("Since when has the ferry been idle?", "date"),
])
def test_posts_honours_and_offices_are_kinds_of_answer(question, kind):
    assert answer_type(question, entities=1, content_words=2) == kind


@pytest.mark.parametrize(("text", "name", "post"), [
    ("Harbor Gulls reserve guard Tomas Vell was hurt.", "Tomas Vell", "reserve guard"),  # a team before the post
    ("Transport Minister Ilse Varga spoke.", "Ilse Varga", "Transport Minister"),  # a capitalised title whole
    ("The Gulls signed guard Tomas Vell.", "Tomas Vell", "guard"),  # a verb before the post is none of it
    ("Later, Tomas Vell spoke.", "Tomas Vell", None),  # a comma between: no title
    ("On Sunday Tomas Vell spoke.", "Tomas Vell", None),  # a day is no post
    ("The Gulls Tomas Vell joined", "Tomas Vell", None),  # only another name
    ("I don't question Tomas Vell at all.", "Tomas Vell", None),  # a verb after its helper: no post
    ("They will coach Tomas Vell next year.", "Tomas Vell", None),
    ("She spoke to coach Tomas Vell.", "Tomas Vell", "coach"),  # after a preposition, a post
])
def test_the_post_is_the_run_of_words_right_before_the_name(text, name, post):
    at = text.index(name)
    named = [(text.index("Gulls"), text.index("Gulls") + 5)] if "Gulls" in text else []
    found = post_before(text, at, named)
    assert (found.text if found else None) == post


def test_words_before_stop_at_a_determiner_or_punctuation():
    text = "She said the new head coach Tomas Vell, 40, left."
    assert [w for _, w in words_before(text, text.index("Tomas"))] == ["new", "head", "coach"]


def test_what_position_is_the_title_before_the_name(club_world):
    answer = _asked(club_world, "What position does Tomas Vell play?")
    assert answer.short_answer in ("reserve guard", "guard"), answer.answer


def test_what_job_keeps_a_capitalised_title(club_world):
    answer = _asked(club_world, "What job does Ilse Varga hold?")
    assert answer.short_answer == "Transport Minister", answer.answer


def test_an_honour_is_the_capitalised_words_before_the_asked_post(club_world):
    answer = _asked(club_world, "What honour has Ona Brisk earned as a center?")
    assert answer.short_answer == "All-Star", answer.answer


@pytest.mark.parametrize(("text", "noun", "names"), [
    ("the league's Gold Glove Award went to her", "award", ["Gold Glove Award"]),
    ("a change to the Clean Water Act was proposed", "act", ["Clean Water Act"]),
    ("she won the Ross - Dale Award last year", "award", ["Ross - Dale Award"]),
    ("The Award was given", "award", []),  # a determiner alone names nothing
    ("an award was given", "award", []),
])
def test_a_name_headed_by_the_kind_noun(text, noun, names):
    assert [n for _, n in headed_names(text, noun)] == names


@pytest.fixture()
def staff_world(store):
    d = Doc("2025-04-10", [
        "Rina Holt, an analyst with Corvane Partners, said the deal was sound.",
        "Kip Adler, head of research at the charity, Open Fields Trust, agreed with the board.",
        "White Harbor officials said they worked hard on the plan.",
        "Lia Moro, now an aide to Tessa Quill with the Varden Council, spoke.",
        "Jon Pell, director at software firm Brightline Labs, said the flaw was serious.",
    ], source="Harbor Post")
    d.entity("Rina Holt", "PERSON")
    d.entity("Corvane Partners", "ORG")
    d.entity("Kip Adler", "PERSON")
    d.entity("Open Fields Trust", "ORG")
    d.entity("White Harbor", "ORG")
    d.entity("Lia Moro", "PERSON")
    d.entity("Tessa Quill", "PERSON")
    d.entity("Varden Council", "ORG")
    d.entity("Jon Pell", "PERSON")
    d.entity("Brightline", "ORG")
    d.write(store)
    return store


def test_the_organisation_in_the_apposition_that_introduces_the_person(staff_world):
    answer = _asked(staff_world, "Which company does Rina Holt work for?")
    assert answer.short_answer == "Corvane Partners", answer.answer


def test_the_organisation_a_kind_noun_names_in_the_apposition(staff_world):
    answer = _asked(staff_world, "Which group does Kip Adler work for?")
    assert answer.short_answer == "Open Fields Trust", answer.answer


def test_no_post_said_means_no_short_answer(staff_world):
    answer = ask(staff_world, "What position does Rina Holt play?")
    assert answer.short_answer is None, answer.answer


@pytest.fixture()
def league_world(store):
    d = Doc("2025-01-05", [
        "The Otters will play their last game against the Northfield Hawks next Sunday at Lantern Park Arena.",
        "Riverton, which defeated Calloway in the first round, lost on Friday.",
        "Kell was hurt in the Otters' loss to the Brannock Foxes in week nine.",
    ], source="Harbor Post")
    d.entity("Otters", "ORG")
    d.entity("Northfield Hawks", "PRODUCT")
    d.entity("Lantern Park Arena", "ORG")
    d.entity("Riverton", "GPE")
    d.entity("Calloway", "PERSON")
    d.entity("Kell", "PERSON")
    d.entity("Brannock Foxes", "ORG")
    d.write(store)
    return store


def test_which_team_is_the_side_named_against_not_the_venue(league_world):
    answer = _asked(league_world, "Which team will the Otters face in their last game?")
    assert answer.short_answer == "Northfield Hawks", answer.answer


def test_opponents_read_the_object_of_the_asked_verb_whatever_its_tag(league_world):
    q = read_question(league_world, "Which team did Riverton beat in the first round?")
    c = _cite("Riverton, which defeated Calloway in the first round, lost on Friday.")
    assert [s.text for s in opponents(q, c, {"riverton"})] == ["Calloway"]
    assert opponents(read_question(league_world, "Which company did Riverton beat?"), c, set()) == []


def test_an_apposition_of_another_name_is_not_the_persons(staff_world):
    answer = ask(staff_world, "Which group does Lia Moro work for?")
    assert answer.short_answer is None, answer.answer  # the council is Tessa Quill's, as the sentence says it


def test_the_organisation_name_runs_on_past_the_tagged_part(staff_world):
    answer = _asked(staff_world, "Which company does Jon Pell work for?")
    assert answer.short_answer == "Brightline Labs", answer.answer


def test_the_side_a_loss_was_to(league_world):

    text = "Kell was hurt in the Otters' loss to the Brannock Foxes in week nine."
    c = _cite(text)
    q = read_question(league_world, "Which team were the Otters playing when Kell got hurt?")
    assert [s.text for s in opponents(q, c, {"otters", "kell"})] == ["Brannock Foxes"]


@pytest.mark.parametrize(("question", "kind"), [
    ("On which street was the man stopped?", "place"),
    ("On which day did the shop open?", "date"),
    ("On what charge was he held?", "thing"),  # no kind of answer after "on what"
])
def test_on_which_asks_the_kind_its_noun_names(question, kind):
    assert answer_type(question, entities=1, content_words=2) == kind


@pytest.mark.parametrize(("text", "streets"), [
    ("Police stopped him on E . 44th St . near the park .", ["E . 44th St"]),
    ("a crowd gathered on West 9th street in the evening", ["West 9th street"]),
    ("The shop on Alder Road closed .", ["Alder Road"]),
    ("They met on Friday. St. Ives is far.", []),  # a sentence's end is no street
    ("The Street was quiet .", []),  # a determiner names no street
])
def test_street_names(text, streets):

    c = _cite(text)
    assert [s.text for s in street_spans(c)] == streets


@pytest.fixture()
def street_world(store):
    d = Doc("2025-02-02", [
        "Police said Ned Varo was stopped on Alder Road in Dunmore late Friday.",
        "Crowds filled Dunmore streets on Saturday.",
    ], source="Harbor Post")
    d.entity("Ned Varo", "PERSON")
    d.entity("Dunmore", "GPE")
    d.write(store)
    return store


def test_which_street_is_a_streets_name_not_the_town(street_world):
    answer = _asked(street_world, "On which street was Ned Varo stopped?")
    assert answer.short_answer == "Alder Road", answer.answer


@pytest.fixture()
def patrol_world(store):
    d = Doc("2025-02-11", [
        "A patrol officer pulled Rafe Oduya over near the bridge.",
        "Oduya was driving north at about 2 a.m., Patrol Officer Lina Marsh said.",
        "The officer's partner, Tomas Greer, took a statement.",
    ], source="Harbor Post")
    d.entity("Rafe Oduya", "PERSON", "Oduya")
    d.entity("Lina Marsh", "PERSON")
    d.entity("Tomas Greer", "PERSON")
    d.write(store)
    return store


def test_which_officer_is_a_name_given_that_title(patrol_world):
    answer = _asked(patrol_world, "Which officer spoke about the stop?")
    assert answer.short_answer in (None, "Lina Marsh"), answer.answer  # never the driver or the partner

    assert kind_titles(read_question(patrol_world, "Which officers spoke?")) == ("officer", "officers")
    assert kind_titles(read_question(patrol_world, "Which man spoke?")) == ()


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Later, Patrol Officer Lina Marsh said so.", "Lina Marsh", True),
    ("Lina Marsh, a patrol officer, said so.", "Lina Marsh", True),
    ("A patrol officer pulled Rafe Oduya over.", "Rafe Oduya", False),  # a verb between: not his title
    ("The officer's partner, Tomas Greer, spoke.", "Tomas Greer", False),
])
def test_entitled_reads_the_title_beside_the_name_only(text, name, expected):

    c = _cite(text)
    assert entitled(Span(text=name, citation=c), ("officer", "officers")) is expected


@pytest.mark.parametrize(("text", "parts"), [
    ("He ran gangs in the Elm Hollow area of Dunmore for years .", ["Elm Hollow"]),
    ("He was the boss of the Dunmore district of Elm Hollow .", ["Elm Hollow"]),
    ("He was held in Dunmore prison .", []),
])
def test_the_part_of_a_named_place(text, parts):

    c = _cite(text)
    assert [s.text for s in part_spans(c, "Dunmore")] == parts
    assert answer_type("Which part of Dunmore did he run?", entities=1, content_words=2) == "place"
    assert answer_type("Which part of the engine failed?", entities=1, content_words=2) != "place"


def test_the_kind_title_is_the_kind_noun_after_its_modifiers(patrol_world):

    assert kind_titles(read_question(patrol_world, "Which patrol officer spoke about the stop?")) == (
        "officer", "officers")


@pytest.mark.parametrize(("text", "said"), [
    ('"Ann Lee is very hard to hit," Tomas Vell said.', True),  # a speaker's verb after it
    ('"Never Again," he added.', True),
    ("``He must go to work,'' said his daughter.", True),
    ('She said: "We Will Win" and left.', True),  # a speaker's verb before it
    ('"Ann Lee was watching the right hand all night ."', True),  # a whole sentence quoted
    ('He starred in "Lost Roads" last year.', False),  # a title in a sentence about the work
    ('The film is called "Lost Roads."', False),
    ('The memoir "My Life" , published in 2004, sold well.', False),
])
def test_a_quotation_someone_said_is_no_title(text, said):
    import re

    from newsgraph.query.extract import spoken

    m = re.search(r"[“\"]([^”\"]{2,120})[”\"]|``\s*(.{2,120}?)\s*''", text)
    assert spoken(text, m.start(), m.end()) is said
