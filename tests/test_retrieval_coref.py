"""Retrieval of the sentences that refer to a question's entity without naming it ("she", "the Vermont native").

The claim reader's sure references are kept per sentence at ingest (``nlp.claimparts.referring``, table
``sentence_refs``), read back for an entity from its newest articles (``store.reads_refs``), and ``ask`` reads
those sentences beside the ones naming it (``query.referred``). Invented articles only.
"""

from __future__ import annotations

import importlib

import pytest
from test_query_build import Doc

from newsgraph.models import Article, Reference
from newsgraph.query.fulltext import _cover, bare
from newsgraph.query.questions import read_question
from tests.querykit import asked, cite

ask_module = importlib.import_module("newsgraph.query.ask")


def _references(annotator, text: str) -> dict[str, list[tuple[str, int, str]]]:
    annotated = annotator.annotate(Article(id="t1", text=text, published="2024-03-05"))
    return {e.name: [(r.text, r.sentence, r.kind) for r in e.references] for e in annotated.entities}


# -- the claim reader keeps its sure references -------------------------------------------------------------------
def test_a_pronoun_in_a_sentence_that_does_not_name_her_is_kept(annotator):
    refs = _references(annotator, "Mara Quill was arrested on Monday in Dunmore. "
                                  "She had worked at the bottling plant for 15 years.")
    assert refs["Mara Quill"] == [("She", 1, "pronoun")]


def test_a_sentence_that_names_the_entity_keeps_no_reference(annotator):
    refs = _references(annotator, "Mara Quill was arrested on Monday in Dunmore. "
                                  "Mara Quill said she had done nothing wrong.")
    assert refs["Mara Quill"] == []


def test_a_description_the_article_gave_is_kept(annotator):
    refs = _references(annotator, "Tomas Brenn, a Vermont native, scored 20 points on Thursday. "
                                  "The Vermont native missed four games in March with a sore knee.")
    assert refs["Tomas Brenn"] == [("The Vermont native", 1, "description")]


def test_a_description_never_given_is_not_read_as_anyone(annotator):
    refs = _references(annotator, "Tomas Brenn scored 20 points on Thursday. "
                                  "The sophomore guard from Ohio missed four games in March.")
    assert refs["Tomas Brenn"] == []



def test_two_people_with_different_roles_each_keep_their_description(annotator):
    refs = _references(annotator, "Pell Varga, a ferry captain, sailed from Ostrand on Friday. "
                                  "Nolan Dreik, a deckhand, stayed ashore. "
                                  "The captain turned back after the storm warning.")
    assert refs["Pell Varga"] == [("The captain", 2, "description")]
    assert refs["Nolan Dreik"] == []


def test_a_role_two_people_carry_is_read_as_no_one(annotator):
    refs = _references(annotator, "Captain Pell Varga sailed from Ostrand on Friday. "
                                  "Captain Nolan Dreik, her rival, stayed ashore. "
                                  "The captain turned back after the storm warning.")
    said = [r for name in ("Pell Varga", "Nolan Dreik") for r in refs[name] if r[2] == "description"]
    assert said == []


def test_the_second_one_of_a_role_is_not_the_one_named(annotator):
    refs = _references(annotator, "Helen Morrow, a nurse, was hurt in the fire at the Ostrand clinic on Friday. "
                                  "The nurse had worked there for a year. A second nurse was treated for smoke. "
                                  "The second nurse went home on Saturday. The nurse is expected to recover.")
    assert [r for r in refs["Helen Morrow"] if r[2] == "description"] == [("The nurse", 1, "description")]


def test_an_age_given_beside_a_name_is_what_the_age_description_stands_for(annotator):
    refs = _references(annotator, "Ostrand police arrested Yara Tolm, 31, on Tuesday. "
                                  "Officers also questioned Bram Heddle, 58. "
                                  "The 31-year-old was charged with theft of a ferry.")
    assert refs["Yara Tolm"] == [("The 31-year-old", 2, "description")]
    assert refs["Bram Heddle"] == []


def test_an_age_two_people_share_is_read_as_no_one(annotator):
    refs = _references(annotator, "Ostrand police arrested Yara Tolm, 31, on Tuesday. "
                                  "Officers also questioned Bram Heddle, 31. "
                                  "The 31-year-old was charged with theft of a ferry.")
    assert refs["Yara Tolm"] == [] and refs["Bram Heddle"] == []

# -- the store keeps them and reads them per entity ----------------------------------------------------------------
def _quill(store, day: str = "2024-03-05", *, refer: bool = True) -> Doc:
    d = Doc(day, [
        "Mara Quill was arrested on Monday at her home in Dunmore.",
        "She had worked at the bottling plant for 15 years.",
        "Police said the inquiry would go on.",
        # names her and says more of the question's words, but not how long: without the reference it wins
        "Mara Quill long worked at the bottling plant as a driver , a neighbour said .",
    ], source="Dunmore Ledger")
    local = d.entity("Mara Quill", "PERSON", "Quill")
    d.entity("Dunmore", "GPE")
    if refer:
        start = d.spans[1].start
        by_id = {e.id: e for e in d.entities}
        by_id[local].references.append(Reference(start=start, end=start + 3, text="She", sentence=1, kind="pronoun"))
    d.write(store)
    return d


def _entity_id(store, name: str) -> int:
    return next(n.entity.id for n in read_question(store, f"Who is {name}?").entities)


def test_the_store_reads_an_entitys_referring_sentences(store):
    d = _quill(store)
    quill = _entity_id(store, "Mara Quill")
    article = d.build().article.id
    assert store.entity_reference_sentence_keys(quill) == [(article, 1)]
    assert store.entity_reference_sentence_keys(quill, as_of="2024-03-04") == []  # not yet published
    assert store.entity_reference_sentence_keys(_entity_id(store, "Dunmore")) == []


def test_the_read_is_bounded_newest_first(store):
    for day in ("2024-03-01", "2024-03-02", "2024-03-03"):
        d = Doc(day, [f"Mara Quill spoke in Dunmore on {day}.", "She said the plant would stay open."], source="Wire")
        local = d.entity("Mara Quill", "PERSON")
        start = d.spans[1].start
        d.entities[0].references.append(Reference(start, start + 3, "She", 1, "pronoun"))
        assert local == d.entities[0].id
        d.write(store)
    quill = _entity_id(store, "Mara Quill")
    newest = store.entity_reference_sentence_keys(quill, limit=1)
    assert len(newest) == 1
    assert len(store.entity_reference_sentence_keys(quill, articles=2)) == 2
    assert len(store.entity_reference_sentence_keys(quill)) == 3
    assert newest[0] == store.entity_reference_sentence_keys(quill)[0]


# -- ask reads them ---------------------------------------------------------------------------------------------
QUESTION = "How long had Mara Quill worked at the bottling plant?"


def test_a_span_in_a_sentence_that_says_she_answers(store):
    _quill(store)
    answer = asked(store, QUESTION)
    assert "15 years" in answer.answer
    assert any(c.sentence == 1 for c in answer.citations), answer.answer


@pytest.mark.parametrize("refer", [True, False])
def test_the_sentences_read_for_an_entity_include_those_that_say_she(store, refer):
    """``mention_citations`` (the sentences involving every question entity) reads the referring sentence, marked
    with the entity; an article stored without the reference gives only the sentences that name her."""
    _quill(store, refer=refer)
    q = read_question(store, "How many years had Mara Quill spent at the bottling plant?")
    found = {c.sentence: c.refers for c in ask_module.mention_citations(store, q, as_of=None, limit=10)}
    if refer:
        assert found == {1: (q.entities[0].entity.id,)}  # says the most of the question's words
    else:
        assert found == {3: ()}  # (named: no reference needed)


def test_a_referring_sentence_counts_the_entity_as_said(store):
    """The safety net weighs "she" as the name it stands for, only for the entity the sentence refers to."""
    _quill(store)
    q = read_question(store, QUESTION)
    plain = cite("She had worked at the bottling plant for 15 years.", sentence=1)
    marked = cite("She had worked at the bottling plant for 15 years.", sentence=1)
    marked = type(marked)(**{**{f: getattr(marked, f) for f in marked.__dataclass_fields__},
                             "refers": (q.entities[0].entity.id,)})
    assert _cover(q, marked) == pytest.approx(_cover(q, plain) + 1.0)
    other = type(marked)(**{**{f: getattr(marked, f) for f in marked.__dataclass_fields__}, "refers": (-1,)})
    assert _cover(q, other) == pytest.approx(_cover(q, plain))


def test_a_referring_sentence_does_not_win_as_a_bare_quotation(store):
    """Quoted bare, the sentence stands on what it writes: "she" does not count as the name there."""
    _quill(store)
    q = read_question(store, QUESTION)
    named = cite("Mara Quill long worked at the bottling plant , a neighbour said .", sentence=3)
    she = cite("She worked at the bottling plant , a neighbour said .", sentence=1)
    she = type(she)(**{**{f: getattr(she, f) for f in she.__dataclass_fields__}, "refers": (q.entities[0].entity.id,)})
    weighed = [(_cover(q, she), she), (_cover(q, named), named)]
    assert weighed[0][0] >= weighed[1][0] - 1.0  # as a span's sentence it stands beside the named one
    assert bare(q, sorted(weighed, key=lambda t: -t[0]))[0][1] is named


def test_an_it_that_may_stand_for_nothing_is_not_kept(annotator):
    refs = _references(annotator, "Orbis Labs unveiled the Kestrel phone on Monday in Dunmore. "
                                  "It was the first time anyone had seen such a phone. "
                                  "It goes on sale in June for $199.")
    assert [r for r in refs.get("Kestrel", []) + refs.get("Orbis Labs", []) if r[1] == 1] == []


# -- a question that names its focus by a description the articles give someone ------------------------------------
def test_the_heads_a_person_is_described_by_are_kept(annotator):
    annotated = annotator.annotate(Article(id="t2", text="Tarik Bell, the defendant, sat quietly in court on Monday. "
                                                         "Bell, a 19-year-old student, denied the charge.",
                                           published="2024-03-05"))
    assert {e.name: e.described_as for e in annotated.entities}["Tarik Bell"] == ["defendant", "student"]


def _trial(store, day: str, sentences: list[str], people: dict[str, list[str]]) -> None:
    d = Doc(day, sentences, source="Court Wire")
    for name, heads in people.items():
        d.entity(name, "PERSON", name.split()[-1])
        d.entities[-1].described_as = heads
    d.write(store)


@pytest.fixture()
def trial(store):
    _trial(store, "2024-03-04", ["Tarik Bell , the defendant , sat quietly as Judge Ona Park opened the trial .",
                                 "Bell , 19 , denied the charge through his lawyer , Wes Amory ."],
           {"Tarik Bell": ["defendant"], "Ona Park": ["judge"], "Wes Amory": ["lawyer"]})
    _trial(store, "2024-03-05", ["The defendant , Tarik Bell , wept when the verdict was read ."],
           {"Tarik Bell": ["defendant"]})
    return store


@pytest.mark.parametrize(("question", "person", "said"), [
    ("How old is the defendant?", "Tarik Bell", "the defendant"),
    ("Who is the defendant's lawyer?", "Tarik Bell", "the defendant"),
    ("Who is the judge's clerk?", "Ona Park", "the judge"),  # a possessive: the judge is whose clerk
])
def test_a_description_the_articles_give_one_person_names_them(trial, question, person, said):
    assert _focus(trial, question) == [(person, said)]


def _focus(store, question: str) -> list[tuple[str, str]]:
    """Whom the question names, and by which words."""
    return [(n.entity.name, n.text) for n in read_question(store, question).entities]


@pytest.mark.parametrize("question", [
    "Who is the judge?",  # the description is the answer asked for
    "What did the policemen say?",  # several people
    "How old is the witness?",  # nobody is described so
])
def test_no_focus_from_a_description_that_is_the_answer_a_group_or_unknown(trial, question):
    assert _focus(trial, question) == []


def test_a_description_several_people_share_names_nobody(trial):
    _trial(trial, "2024-03-06", ["Mia Lund , the defendant in another case , was freed ."], {"Mia Lund": ["defendant"]})
    _trial(trial, "2024-03-07", ["Mia Lund , the defendant , spoke to reporters ."], {"Mia Lund": ["defendant"]})
    assert read_question(trial, "How old is the defendant?").entities == []  # two of four rows each



def test_a_description_several_people_share_is_said_to_fit_them_and_no_figure_is_given(trial):
    _trial(trial, "2024-03-06", ["Mia Lund , 44 , the defendant in another case , was freed ."],
           {"Mia Lund": ["defendant"]})
    _trial(trial, "2024-03-07", ["Mia Lund , the defendant , spoke to reporters ."], {"Mia Lund": ["defendant"]})
    answer = asked(trial, "How old is the defendant?")
    assert answer.short_answer is None, answer.answer
    said = answer.answer.split("The articles say “the defendant” may be ")[1].split(" [")[0]
    assert set(said.split(" or ")) == {"Tarik Bell", "Mia Lund"}, answer.answer
    # a qualified description may single one of them out: the question's words are read as they are
    assert "may be" not in asked(trial, "How old is the freed defendant?").answer


def test_a_question_on_the_defendant_is_answered_about_him(trial):
    answer = asked(trial, "Who is the defendant's lawyer?")
    assert answer.short_answer and "Amory" in answer.short_answer, answer.answer


def test_the_defendants_age_is_his(trial):
    answer = asked(trial, "How old is the defendant?")
    assert answer.short_answer == "19", answer.answer


# -- a description by what was done to someone ("the accused man", "the woman being sought") ------------------------
@pytest.fixture()
def harbour(store):
    d = Doc("2024-05-02", ["Police are seeking Dana Holt after a fire at the Cobble Street bakery .",
                           "Holt , 31 , lives in Marlow .",
                           "Kit Varga was charged with arson on Friday .",
                           "Varga , 27 , of Esker Lane , denies the charge ."], source="Town Wire")
    holt = d.entity("Dana Holt", "PERSON", "Holt")
    varga = d.entity("Kit Varga", "PERSON", "Varga")
    d.claim(0, "Police", "are seeking", holt, "ongoing", lemma="seek")
    d.claim(2, varga, "was charged with", "arson", "happened", lemma="charge", args={"voice": "passive"})
    d.write(store)
    return store


@pytest.mark.parametrize(("question", "person", "said"), [
    ("How old is the charged man?", "Kit Varga", "the charged man"),  # a passive claim's subject
    ("Where does the woman being sought live?", "Dana Holt", "the woman being sought"),  # an active one's object
    ("How old is the man who was charged?", "Kit Varga", "the man who was charged"),
])
def test_a_description_by_what_was_done_to_one_person_names_them(harbour, question, person, said):
    assert _focus(harbour, question) == [(person, said)]


@pytest.mark.parametrize("question", [
    "Who is the man being sought?",  # the description is the answer asked for
    "How old is the charged men's lawyer?",  # several people
    "How old is the arrested man?",  # nobody is said to be arrested
    "How old is the charged bakery?",  # no person noun
    "What did the red man say?",  # no participle
])
def test_no_focus_from_what_was_done_when_it_is_asked_or_fits_nobody(harbour, question):
    assert _focus(harbour, question) == []


def test_what_was_done_to_two_people_names_neither(harbour):
    d = Doc("2024-05-03", ["Ida Marsh was charged with theft on Saturday ."], source="Town Wire")
    d.claim(0, d.entity("Ida Marsh", "PERSON", "Marsh"), "was charged with", "theft", "happened", lemma="charge",
            args={"voice": "passive"})
    d.write(harbour)
    assert read_question(harbour, "How old is the charged man?").entities == []


def test_the_age_of_the_woman_being_sought_is_hers(harbour):
    answer = asked(harbour, "How old is the woman being sought?")
    assert answer.short_answer == "31", answer.answer


# -- an abbreviated title and "become" tell what a person is, as an apposition does ---------------------------------
def _described(annotator, text: str) -> dict[str, list[str]]:
    annotated = annotator.annotate(Article(id="t3", text=text, published="2024-03-05"))
    return {e.name: e.described_as for e in annotated.entities}


def test_an_abbreviated_title_describes_the_person_by_its_noun(annotator):
    text = ("Dr. Lena Sorvik was shot at her home in Dunmore on Friday. "
            "The doctor had run the town's only clinic for years.")
    assert _described(annotator, text)["Lena Sorvik"] == ["doctor"]
    assert [r[0] for r in _references(annotator, text)["Lena Sorvik"]] == ["The doctor"]


@pytest.mark.parametrize(("text", "name", "heads"), [
    ("Sen. Bo Rask voted against the bill on Tuesday.", "Bo Rask", ["senator"]),
    ("Tom Ray became the first mayor of Dunmore in 2019.", "Tom Ray", ["mayor"]),
    ("Mr. Ivo Stam voted against the bill on Tuesday.", "Ivo Stam", []),  # a courtesy title says no role
])
def test_what_a_title_or_become_says_a_person_is(annotator, text, name, heads):
    assert _described(annotator, text)[name] == heads
