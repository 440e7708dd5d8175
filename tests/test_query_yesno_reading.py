"""How a yes/no question is read and matched to a claim through paraphrase: each rule on invented sentences,
with the near misses it must not fire on.

- the question's verb is a sure verb form (a past form, a phrasal verb, an -ing form after "is") rather than
  a word of a subject of several words ("did the boiler in the cellar explode?");
- a claim's phrasal verb ("gave himself up") says the asked verb ("surrender") when it is among the asked
  verb's first senses and the question's other words are said by the claim or the words right after its verb
  ("to the guards");
- a claim whose object is a reflexive is quoted, not rephrased ("gave up <his own name>");
- a relative clause on the subject ("has the guard *who fired* been suspended?") and the "still" of a
  subordinate clause ("… while she was *still* on the board?") are not the main clause's.
"""

from __future__ import annotations

import pytest
from tests.querykit import says_no_verdict, says_verdict
from test_query_build import Doc

from newsgraph.query.questions import read_question


def _span(doc: Doc, sentence: int, word: str) -> list[int]:
    at = doc.spans[sentence].text.index(word)
    start = doc.spans[sentence].start + at
    return [start, start + len(word)]


@pytest.fixture()
def camp(store):
    d = Doc("2025-03-14", [
        "Kasimir Dole gave himself up to the guards at the north gate on Friday.",
        "Mira Tull gave up her seat on the harbor board in January.",
    ], source="Valley Post")
    dole = d.entity("Kasimir Dole", "PERSON", "Dole")
    tull = d.entity("Mira Tull", "PERSON", "Tull")
    d.claim(0, dole, "gave up", dole, "happened", lemma="give",
            args={"object_text": "himself", "predicate_span": _span(d, 0, "gave")})
    d.claim(1, tull, "gave up", "her seat on the harbor board", "happened", lemma="give",
            args={"predicate_span": _span(d, 1, "gave")})
    d.write(store)
    return store



_says_verdict = says_verdict
_says_none = says_no_verdict


def test_a_phrasal_verb_with_the_asked_complement_says_yes(camp):
    # quoted: the clause would misname the object
    _says_verdict(camp, "Did Kasimir Dole surrender to the guards?", "Yes", "gave himself up to the guards")


@pytest.mark.parametrize("question", [
    "Did Kasimir Dole surrender to the army?",  # to the guards, not the army
    "Did Kasimir Dole resign?",  # "give up" has that sense too, but nothing else of the question is said
    "Did Kasimir Dole surrender?",  # the phrasal verb alone is too loose to decide
    "Did Mira Tull surrender to the guards?",  # she gave up a seat, to no one
])
def test_no_verdict_from_a_phrasal_verb_alone(camp, question):
    _says_none(camp, question)


@pytest.mark.parametrize(("question", "predicate"), [
    ("Did the boiler in the cellar explode?", "explode"),  # the subject is "the boiler in the cellar"
    ("Were foreign reporters allowed to enter the hall?", "allowed"),  # a past form over a plural noun
    ("Will the new patch be pushed out next week?", "push out"),  # a phrasal verb over a noun
    ("Is the Dole bakery staying open?", "staying"),  # after "is", the -ing form
    ("Did the driver stop after hitting the fence?", "stop"),  # not the verb of the clause after "after"
    ("Did Mira Tull enter the hall, according to the guards?", "enter"),  # "according" is no verb here
    ("Does Mira Tull's knee need an operation?", "need"),  # no sure verb: the one before "an", not the noun
    ("Has the guard who fired been suspended?", "suspended"),  # not the verb of a relative clause on the subject
    ("Has the clerk which signed been replaced?", "replaced"),
])
def test_a_yes_no_question_reads_its_verb(camp, question, predicate):
    assert read_question(camp, question).predicate == predicate


@pytest.mark.parametrize(("question", "still"), [
    ("Is Mira Tull still on the harbor board?", True),
    ("Can the Rovers still win the title?", True),
    ("Did Mira Tull sign the lease while she was still on the board?", False),  # the clause's "still"
])
def test_still_is_the_main_clause_s(camp, question, still):
    assert read_question(camp, question).still is still


@pytest.fixture()
def court(store):
    d = Doc("2025-05-20", [
        "Foreign reporters were refused permission to enter the courthouse.",
        "The Rovers were eliminated from title contention on Saturday.",
        "Police said Ana Quill was on parole when she was stopped.",
        "Ana Quill was stopped on the coast road.",
    ], source="Valley Post")
    rovers = d.entity("Rovers", "ORG")
    quill = d.entity("Ana Quill", "PERSON", "Quill")
    d.claim(0, "Foreign reporters", "were refused permission to enter", "the courthouse", "negated", lemma="enter",
            args={"voice": "passive", "main": True, "chain": [{"lemma": "refuse", "status": "happened"},
                                                              {"lemma": "permission", "status": "negated"},
                                                              {"lemma": "enter", "status": "negated"}]})
    d.claim(1, rovers, "were eliminated from", "title contention", "happened", lemma="eliminate",
            args={"voice": "passive"})
    d.claim(2, quill, "was on", "parole", "happened", lemma="be")
    d.claim(3, quill, "was stopped on", "the coast road", "happened", lemma="stop", args={"voice": "passive"})
    d.write(store)
    return store


@pytest.mark.parametrize(("question", "verdict", "says"), [
    # the asked verb said by a word of the claim's chain ("permission" ~ "permit" ~ "allowed"), with its status
    ("Were foreign reporters allowed to enter the courthouse?", "No", "refused permission"),
    # elimination ends contention: no longer in the running for the title
    ("Can the Rovers still win the title?", "No", "eliminated"),
    # a state the question asks with "was A on …", said of A in a sentence saying all the question's words
    ("Was Ana Quill on parole when she was stopped?", "Yes", "on parole"),
])
def test_framed_and_state_verdicts(court, question, verdict, says):
    _says_verdict(court, question, verdict, says)


@pytest.mark.parametrize("question", [
    "Were foreign reporters allowed to film the courthouse?",  # refused entry says nothing of filming
    "Can the Rovers still sign new players?",  # out of contention, not out of the market
    "Was Ana Quill on parole when she was hired?",  # the sentence ties the parole to the stop, not a hiring
    "Was Ana Quill on the coast road board?",  # another preposition's object
])
def test_no_verdict_beside_a_frame_or_state(court, question):
    _says_none(court, question)


@pytest.fixture()
def mill(store):
    d = Doc("2025-06-02", [
        "Marlow said the mill would be closed until further notice.",
        "Tess Orrin lost the final to Juno Pale on Sunday.",
    ], source="Valley Post")
    marlow = d.entity("Marlow", "ORG")
    orrin = d.entity("Tess Orrin", "PERSON", "Orrin")
    d.entity("Juno Pale", "PERSON", "Pale")
    d.claim(0, marlow, "said", "the mill would be closed until further notice", "happened", lemma="say")
    d.claim(0, "the mill", "be closed", None, "planned", lemma="close", args={"voice": "passive"})
    d.claim(1, orrin, "lost", "the final", "happened", lemma="lose")
    d.write(store)
    return store


@pytest.mark.parametrize(("question", "says"), [
    # WordNet's opposite of a word of the question, of the same thing: "closed" for "open", planned for now on
    ("Is the Marlow mill staying open after the fire?", "would be closed"),
    ("Did Tess Orrin win the final?", "lost the final"),
])
def test_the_opposite_of_the_asked_state_says_no(mill, question, says):
    _says_verdict(mill, question, "No", says)


@pytest.mark.parametrize("question", [
    "Was the Marlow mill open last year?",  # a planned closure says nothing of the past
    "Is the Marlow bakery staying open?",  # another place of Marlow's
    "Did Juno Pale win the final?",  # Orrin lost it: to Pale, who is no subject of the loss
    "Did Tess Orrin win the semifinal?",  # another match
])
def test_no_verdict_from_an_opposite_of_another_thing(mill, question):
    _says_none(mill, question)


@pytest.fixture()
def meet(store):
    d = Doc("2025-08-03", [
        "Dara Voss set a new scoring record for a freshman in the final on Sunday.",
    ], source="Valley Post")
    voss = d.entity("Dara Voss", "PERSON", "Voss")
    d.claim(0, voss, "set", "a new scoring record for a freshman", "happened", lemma="set",
            args={"predicate_span": _span(d, 0, "set")})
    d.write(store)
    return store


def test_a_light_verb_right_after_the_subject_is_the_question_s_verb(meet):
    q = read_question(meet, "Did Dara Voss set a freshman scoring record?")
    assert q.predicate == "set"


def test_a_light_verb_with_its_whole_object_said_says_yes(meet):
    _says_verdict(meet, "Did Dara Voss set a freshman scoring record in the final?", "Yes", "scoring record")


def test_a_light_verb_with_another_object_says_nothing(meet):
    # "set a passing record" is another record: the light verb says nothing, its object must say it all
    _says_none(meet, "Did Dara Voss set a freshman passing record?")


@pytest.fixture()
def hearing(store):
    d = Doc("2025-06-02", [
        "Kasimir Dole was released on bail on Friday.",
        "Mira Tull was released from the clinic on Monday.",
    ], source="Valley Post")
    dole = d.entity("Kasimir Dole", "PERSON", "Dole")
    tull = d.entity("Mira Tull", "PERSON", "Tull")
    d.claim(0, dole, "was released on", "bail", "happened", lemma="release",
            args={"voice": "passive", "predicate_span": _span(d, 0, "released")})
    d.claim(1, tull, "was released from", "the clinic", "happened", lemma="release",
            args={"voice": "passive", "predicate_span": _span(d, 1, "released")})
    d.write(store)
    return store


def test_a_looser_verb_pinned_by_the_asked_object_says_yes(hearing):
    # "released" is a kind of "let out" only one way round, but "on bail" picks the sense the question means
    _says_verdict(hearing, "Was Kasimir Dole let out on bail?", "Yes", "released on bail")


@pytest.mark.parametrize("question", [
    "Was Kasimir Dole let out on parole?",  # on bail, not on parole: the object does not pin the asked one
    "Was Mira Tull let out on bail?",  # from the clinic: nothing of bail is said of her
])
def test_no_verdict_from_a_looser_verb_the_object_does_not_pin(hearing, question):
    _says_none(hearing, question)


def test_a_sure_verb_form_over_a_subject_noun_that_may_be_a_verb(camp):
    # "suspects" may be a verb, but "handed over" is surely one, in the main clause
    assert read_question(camp, "Have suspects in the Dole case been handed over to Mira Tull?").predicate == \
        "hand over"


def test_no_verdict_from_a_looser_verb_whose_complement_picks_no_sense(store):
    # "killed" is "murdered" one way round only, and a place says nothing of which killing it was
    d = Doc("2025-06-03", ["Ivo Brandt was killed in his garden on Sunday."], source="Valley Post")
    brandt = d.entity("Ivo Brandt", "PERSON", "Brandt")
    d.claim(0, brandt, "was killed in", "his garden", "happened", lemma="kill",
            args={"voice": "passive", "predicate_span": _span(d, 0, "killed")})
    d.write(store)
    _says_none(store, "Was Ivo Brandt murdered in his garden?")


@pytest.mark.parametrize(("question", "word"), [
    ("Did Kasimir Dole tell Mira Tull he would resign?", "tell"),  # "tell me about …" frames; here it is asked
    ("Has Mira Tull signed a new lease?", "new"),
    ("Did Mira Tull oppose the rule change?", "change"),
])
def test_a_yes_no_question_keeps_words_that_only_frame_other_questions(camp, question, word):
    assert word in read_question(camp, question).words


def test_a_question_that_negates_is_not_denied_by_the_same_negation(store):
    # "without a shot being fired" asks of a negation: "no shots were fired" is its "Yes", no "No"
    d = Doc("2025-06-04", ["No shots were fired when Ivo Brandt was taken into custody."], source="Valley Post")
    brandt = d.entity("Ivo Brandt", "PERSON", "Brandt")
    d.claim(0, "shots", "were fired", None, "negated", lemma="fire",
            args={"voice": "passive", "predicate_span": _span(d, 0, "fired")})
    d.claim(0, brandt, "was taken into", "custody", "happened", lemma="take",
            args={"voice": "passive", "predicate_span": _span(d, 0, "taken")})
    d.write(store)
    _says_none(store, "Was Ivo Brandt taken into custody without a shot being fired?")
