"""Whose words a quote question asks for when it names the speaker by role, and quotes that run over sentences
(``speakers``, ``quotes._run``)."""

from __future__ import annotations

import pytest
from test_query_ask import assert_supported
from test_query_build import Doc

from newsgraph.query import ask
from newsgraph.query.questions import read_question
from newsgraph.query.speakers import asked_role, is_person_noun, quote_speaker


@pytest.fixture()
def trial(store):
    d = Doc("2024-05-06", [
        "The trial of Bo Keller opened on Monday in Harrow.",
        "Keller sat beside defense attorney Odo Ray and listened.",
        "Prosecutor Lina Marr told the jury the case was simple.",
        "Ray did not deny his client owned a rifle.",
        "He said it was an old hunting gun.",
        "`` Because he owned a gun , he is the one they picked , '' Ray said .",
        "`` He is the scapegoat . ''",
        "Keller's sister, Tove Quill, said she visits him every week.",
        'Of the detectives , she said , "They never listened to us . "',
        "Judge Ada Brun said , \"The jury will hear every witness .",
        "Nobody in this room should guess the end of the trial .",
        "We begin on Tuesday . \"",
    ], source="Wire")
    k = d.entity("Bo Keller", "PERSON", "Keller", aliases=("Keller",))
    r = d.entity("Odo Ray", "PERSON", "Ray")
    m = d.entity("Lina Marr", "PERSON")
    d.entity("Tove Quill", "PERSON")
    b = d.entity("Ada Brun", "PERSON")
    d.entity("Harrow", "GPE")
    d.claim(1, k, "sat beside", r, "happened", lemma="sit")
    d.claim(2, m, "told", "the jury", "happened", lemma="tell")
    d.claim(9, b, "said", None, "happened", lemma="say")
    d.write(store)
    return store


def test_a_speaker_named_by_a_title_before_the_name(trial):
    answer = ask(trial, "What did the defense lawyer say about his client?")
    assert_supported(trial, answer)
    assert "scapegoat" in answer.answer  # the quote goes on in the next sentence
    assert "client" in answer.answer  # the reporter's sentence two back says what it is about
    assert "jury the case was simple" not in answer.answer  # the prosecutor's words are no lawyer's


def test_a_speaker_named_by_an_apposition_of_someone(trial):
    answer = ask(trial, "What did Keller's sister say about the detectives?")
    assert_supported(trial, answer)
    assert "never listened" in answer.answer  # "she" is the sister, named just before


def test_a_quote_still_open_at_the_sentence_end_goes_on(trial):
    answer = ask(trial, "What did the judge say about the trial?")
    assert_supported(trial, answer)
    assert "guess the end of the trial" in answer.answer


@pytest.fixture()
def two_lawyers(store):
    d = Doc("2024-05-06", [
        "Defense attorney Odo Ray spoke first.",
        "`` My client was at home , '' Ray said .",
        "Later defense attorney Lina Marr stood up.",
        "`` My client was asleep , '' Marr said .",
        "Tove Quill said the verdict was fair.",
    ], source="Wire")
    d.entity("Odo Ray", "PERSON", "Ray")
    d.entity("Lina Marr", "PERSON", "Marr")
    t = d.entity("Tove Quill", "PERSON")
    d.claim(4, t, "said", "the verdict was fair", "happened", lemma="say")
    d.write(store)
    return store


def test_a_role_two_people_share_names_nobody(two_lawyers):
    q = read_question(two_lawyers, "What did the defense lawyer say about his client?")
    assert quote_speaker(two_lawyers, q, as_of=None) is None  # which lawyer? a wrong one: a false attribution


def test_the_role_needs_all_its_words(trial):
    q = read_question(trial, "What did the district attorney say about the rifle?")
    assert quote_speaker(trial, q, as_of=None) is None  # Ray is a defense attorney, not a district one


@pytest.mark.parametrize(("question", "role"), [
    ("What did the defense lawyer say about his client?", ("defense", "lawyer")),
    ("What did Keller's sister say about the detectives?", ("sister",)),
    ("What did Bo Keller say about the detectives?", None),  # a name, not a role
    ("What did her neighbour Bo Keller say about the detectives?", None),  # a title before the name
])
def test_the_role_a_question_asks_by(trial, question, role):
    asked = asked_role(read_question(trial, question))
    assert (asked[0].words if asked else None) == role


def test_a_sentence_cut_after_an_initial_is_read_whole(store):
    d = Doc("2024-05-06", [
        "The Harrow club suspended a player on Sunday.",
        '"It is sad to hear about the crash involving Bo Keller , " team manager A .',
        "J .",
        "Quill said in a statement .",
        '"We will let the courts do their work . "',
    ], source="Wire")
    d.entity("Bo Keller", "PERSON")
    d.entity("Quill", "PERSON")
    d.write(store)
    answer = ask(store, "What did A.J. Quill say about Bo Keller?")
    assert_supported(store, answer)
    assert "sad to hear about the crash" in answer.answer



@pytest.fixture()
def storm(store):
    d = Doc("2024-05-06", [
        "A storm flooded the port of Harrow on Sunday.",
        "Mayor Odo Ray visited the docks on Monday.",
        "`` We will rebuild every pier , and nobody will be left alone , '' Ray said .",
        "Tarn Shipping moved its boats out of the bay.",
        "`` I saw the water rise in minutes , '' a sailor told the Harrow Courier .",
        "`` This is a dark week for the whole port , '' the company said in a statement .",
    ], source="Wire")
    d.entity("Odo Ray", "PERSON", "Ray")
    d.entity("Harrow Courier", "ORG")
    d.entity("Harrow", "GPE")
    d.entity("Tarn Shipping", "ORG")
    d.write(store)
    return store


def test_the_speakers_own_words_answer_when_none_name_the_topic(storm):
    answer = ask(storm, "What did Odo Ray say about the flood damage?")
    assert_supported(storm, answer)
    assert "rebuild every pier" in answer.answer  # "the flood damage" in the speaker's own words


def test_a_question_with_no_topic_in_the_articles_words_gets_the_speakers_words(storm):
    answer = ask(storm, "What did Odo Ray say after the meeting?")
    assert_supported(storm, answer)
    assert "rebuild every pier" in answer.answer


def test_the_one_told_is_not_the_company(storm):
    answer = ask(storm, "What did Tarn Shipping say about the port?")
    assert_supported(storm, answer)
    assert "dark week for the whole port" in answer.answer  # the Courier was told, it did not speak
    assert "dark week" not in ask(storm, "What did the Harrow Courier say about the port?").answer


@pytest.mark.parametrize(("word", "person"), [
    ("lawyer", True), ("mother", True), ("spokesman", True), ("officials", True),
    ("government", False), ("police", False), ("company", False),
])
def test_a_role_is_a_kind_of_person(word, person):
    assert is_person_noun(word) is person


@pytest.fixture()
def regatta(store):
    d = Doc("2024-05-06", [
        "Rower Bo Keller won the Harrow regatta on Sunday.",
        "Coach Odo Ray watched from the bank.",
        "`` Nobody on the river could hold his stroke today , '' Ray said .",
        "Assistant Judge Lina Marr checked the boats.",
        "`` Every boat passed the weighing , '' Marr said .",
        "Judge Ada Brun read the results.",
        "`` The finish was the closest we have timed , '' Brun said .",
        "The loser's mother, Tove Quill, waited at the pier.",
        "`` He will row again next spring , '' Quill said .",
    ], source="Wire")
    d.entity("Bo Keller", "PERSON", "Keller", aliases=("Keller",))
    d.entity("Odo Ray", "PERSON", "Ray")
    d.entity("Lina Marr", "PERSON", "Marr")
    d.entity("Ada Brun", "PERSON", "Brun")
    d.entity("Tove Quill", "PERSON", "Quill")
    d.entity("Harrow", "GPE")
    d.write(store)
    return store


def _speaker_name(store, question: str) -> str | None:
    from newsgraph.query.entities import names_of

    speaker = quote_speaker(store, read_question(store, question), as_of=None)
    return max(names_of(store, [speaker.entity]), key=len) if speaker else None


def test_a_persons_relation_no_sentence_names_them_beside_is_the_one_holder(regatta):
    assert _speaker_name(regatta, "What did Keller's coach say about his stroke?") == "Odo Ray"  # the one coach
    answer = ask(regatta, "What did Keller's coach say about his stroke?")
    assert_supported(regatta, answer)
    assert "hold his stroke" in answer.answer


def test_a_lower_office_is_not_the_role(regatta):
    assert _speaker_name(regatta, "What did the judge say about the finish?") == "Ada Brun"  # not the assistant
    assert "closest we have timed" in ask(regatta, "What did the judge say about the finish?").answer


def test_a_possessor_no_entity_names_is_no_word_of_the_role(regatta):
    assert asked_role(read_question(regatta, "What did the losing rower's mother say?"))[0].words == ("mother",)
    answer = ask(regatta, "What did the losing rower's mother say about next spring?")
    assert "row again next spring" in answer.answer
