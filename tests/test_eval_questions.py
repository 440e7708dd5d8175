"""The question sets of issue 11 (dev and the six held-out sets): their files, evidence offsets, the scorer, and no
false "Yes"."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from newsgraph.eval.questions_gold import (
    ANSWER_TYPES,
    Cited,
    Evidence,
    QUESTION_SETS,
    GoldQuestion,
    QuestionSet,
    contains,
    first_word,
    load_question_set,
    question_report,
    run_story,
    score_answer,
    span_sha1,
    story_articles,
)

QSET = load_question_set()
HELDOUT = load_question_set(name="heldout")
HELDOUT2 = load_question_set(name="heldout2")
HELDOUT3 = load_question_set(name="heldout3")
HELDOUT4 = load_question_set(name="heldout4")
HELDOUT5 = load_question_set(name="heldout5")
HELDOUT6 = load_question_set(name="heldout6")
HELDOUT7 = load_question_set(name="heldout7")
HELDOUT8 = load_question_set(name="heldout8")
HELDOUT9 = load_question_set(name="heldout9")
HELDOUT10 = load_question_set(name="heldout10")
#: False "Yes" answers heldout5's first blind run gave (session 9, on the engine of e1440c4): none; it may not grow.
FALSE_YES_HELDOUT5 = 0
#: False "Yes" answers heldout6 (written blind in session 11) may give: none, as for heldout5; its first run sets the bound.
FALSE_YES_HELDOUT6 = 0
#: False "Yes" answers heldout7 (written blind in session 12) may give: none, as its first run (on the session's start code) gave.
FALSE_YES_HELDOUT7 = 0
#: False "Yes" answers heldout8 (written blind in session 14) may give: its first run, on the session's start code.
FALSE_YES_HELDOUT8 = 0
#: False "Yes" answers heldout9 (written blind in session 15) may give: its first run, on the session's start code.
FALSE_YES_HELDOUT9 = 0
#: False "Yes" answers heldout10 (written blind in session 16) may give: its first run, on the session's start code.
FALSE_YES_HELDOUT10 = 0
#: Each set, with the least it must hold: questions, stories, questions of every answer type.
SETS = {"dev": (QSET, 150, 25, 6), "heldout": (HELDOUT, 90, 10, 3), "heldout2": (HELDOUT2, 130, 10, 4),
        "heldout3": (HELDOUT3, 160, 8, 4), "heldout4": (HELDOUT4, 200, 7, 5),
        "heldout5": (HELDOUT5, 250, 7, 5), "heldout6": (HELDOUT6, 220, 6, 5),
        "heldout7": (HELDOUT7, 220, 7, 3), "heldout8": (HELDOUT8, 220, 8, 1),
        "heldout9": (HELDOUT9, 220, 8, 3), "heldout10": (HELDOUT10, 220, 14, 3)}
each_set = pytest.mark.parametrize("qset", [v[0] for v in SETS.values()], ids=list(SETS))


@pytest.mark.parametrize("name", list(SETS))
def test_files_parse_and_are_big_enough(name: str):
    qset, least_questions, least_stories, _ = SETS[name]
    assert len(qset.questions) >= least_questions
    assert len(qset.stories) >= least_stories
    ids = [q.id for q in qset.questions]
    assert len(ids) == len(set(ids))
    for q in qset.questions:
        assert q.story in qset.stories, q.id
        assert q.type in ANSWER_TYPES, q.id
        assert q.yesno in (None, "yes", "no", "unknown"), q.id
        assert (q.yesno is not None) == (q.type == "yesno") or q.absent, q.id
        assert all(alts and all(a.strip() for a in alts) for alts in q.answer_contains), q.id
        # a question that needs facts from the articles names the sentences that hold them
        assert q.evidence or q.yesno == "unknown" or q.absent, q.id
    stories_used = Counter(q.story for q in qset.questions)
    assert set(stories_used) == set(qset.stories)
    for story in qset.stories.values():
        assert story.corpus == "examples" or len(story.docs) >= 2, story.id  # multi-article stories


@pytest.mark.parametrize("name", list(SETS))
def test_every_answer_type_is_asked(name: str):
    qset, *_, least_per_type = SETS[name]
    by_type = Counter(q.type for q in qset.questions)
    for t in ANSWER_TYPES:
        assert by_type[t] >= least_per_type, (name, t, by_type[t])


@each_set
def test_enough_false_or_unanswerable_questions(qset: QuestionSet):
    must_not = [q for q in qset.questions if q.must_not_say_yes]
    assert len(must_not) >= min(30, len(qset.questions) // 8)
    assert sum(q.absent for q in qset.questions) >= 5
    yes_no = Counter(q.yesno for q in qset.questions if q.type == "yesno")
    assert yes_no["yes"] and yes_no["no"] and yes_no["unknown"], yes_no
    assert 0.15 <= sum(yes_no.values()) / len(qset.questions) <= 0.25


def test_heldout_set_shares_no_story_document_or_id_with_dev():
    """The held-out set measures stories nobody tuned on: nothing in it is in the dev set."""
    assert not set(HELDOUT.stories) & set(QSET.stories)
    dev_docs = {d for s in QSET.stories.values() for d in s.docs}
    assert not {d for s in HELDOUT.stories.values() for d in s.docs} & dev_docs
    assert not {q.id for q in HELDOUT.questions} & {q.id for q in QSET.questions}


def _gold_claim_docs() -> set[str]:
    """Every document a gold claim file (``claims_*.jsonl``) annotates."""
    import json

    from newsgraph.eval.questions_gold import GOLD

    docs = {json.loads(line)["doc"] for path in GOLD.glob("claims_*.jsonl")
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    assert docs  # the claim files were read
    return docs


def test_second_heldout_set_shares_nothing_with_the_other_sets_or_the_gold_claims():
    """heldout2 measures stories nobody tuned on or read for claims: no story, document or id of it is
    in the dev set, the first held-out set or a gold claim file."""
    docs2 = {d for s in HELDOUT2.stories.values() for d in s.docs}
    claim_docs = _gold_claim_docs()
    for other in (QSET, HELDOUT):
        assert not set(HELDOUT2.stories) & set(other.stories)
        assert not docs2 & {d for s in other.stories.values() for d in s.docs}
        assert not {q.id for q in HELDOUT2.questions} & {q.id for q in other.questions}
    assert not docs2 & claim_docs


def test_third_heldout_set_shares_nothing_with_the_other_sets_or_the_gold_claims():
    """heldout3 is the blind measure once heldout2 was opened: no story, document or id of it is in
    another question set or a gold claim file, and it mixes corpora (not only ECB+)."""
    docs3 = {d for s in HELDOUT3.stories.values() for d in s.docs}
    claim_docs = _gold_claim_docs()
    for other in (QSET, HELDOUT, HELDOUT2):
        assert not set(HELDOUT3.stories) & set(other.stories)
        assert not docs3 & {d for s in other.stories.values() for d in s.docs}
        assert not {q.id for q in HELDOUT3.questions} & {q.id for q in other.questions}
    assert not docs3 & claim_docs
    assert {s.corpus for s in HELDOUT3.stories.values()} >= {"ecbplus", "timebank", "meantime"}


def _apart(blind: QuestionSet, others: tuple[QuestionSet, ...]) -> set[str]:
    """Check that no story, document or id of ``blind`` is in ``others`` or a gold claim file, and no document is in
    two of its stories; return its documents' corpora."""
    docs = {d for s in blind.stories.values() for d in s.docs}
    assert len(docs) == sum(len(s.docs) for s in blind.stories.values())  # no document in two stories
    for other in others:
        assert not set(blind.stories) & set(other.stories)
        assert not docs & {d for s in other.stories.values() for d in s.docs}
        assert not {q.id for q in blind.questions} & {q.id for q in other.questions}
    assert not docs & _gold_claim_docs()
    return {s.corpus for s in blind.stories.values()}


def test_fourth_heldout_set_shares_nothing_with_the_other_sets_or_the_gold_claims():
    """heldout4 is the blind measure once heldout3 was opened (session 8): no story, document or id of
    it is in another question set or a gold claim file, and it mixes corpora (not only ECB+)."""
    assert _apart(HELDOUT4, (QSET, HELDOUT, HELDOUT2, HELDOUT3)) >= {"ecbplus", "timebank", "meantime"}


def test_fifth_heldout_set_shares_nothing_with_the_other_sets_or_the_gold_claims():
    """heldout5 is the blind measure once heldout4 was opened (session 9): no story, document or id of it is in
    another question set (heldout4 included) or a gold claim file, and it mixes corpora (not only ECB+)."""
    assert _apart(HELDOUT5, (QSET, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4)) >= {"ecbplus", "timebank", "meantime"}


def test_sixth_heldout_set_shares_nothing_with_the_other_sets_or_the_gold_claims():
    """heldout6 is the blind measure of session 11 (heldout5 still unread too): no story, document or id of it is in
    another question set (both earlier blind sets included) or a gold claim file."""
    assert "ecbplus" in _apart(HELDOUT6, (QSET, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5))


def test_seventh_heldout_set_shares_nothing_with_the_other_sets_or_the_gold_claims():
    """heldout7 is the blind measure of session 12 (heldout6 still unread too): no story, document or id of it is in
    another question set (heldout6 included) or a gold claim file, and it mixes ECB+ and MEANTIME."""
    assert _apart(HELDOUT7, (QSET, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6)) >= {"ecbplus",
                                                                                                  "meantime"}


def test_eighth_heldout_set_shares_nothing_with_the_other_sets_or_the_gold_claims():
    """heldout8 is the second blind measure of session 14 (heldout7 still unread too): no story, document or id of it
    is in another question set (heldout7 included) or a gold claim file; it is written on AQUAINT and TimeBank."""
    assert _apart(HELDOUT8, (QSET, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7)) <= {"timebank",
                                                                                                    "tempeval3"}


def test_ninth_heldout_set_shares_nothing_with_the_other_sets_or_the_gold_claims():
    """heldout9 is the blind measure of session 15 (heldout8 still unread too): no story, document or id of it is in
    another question set or a gold claim file; it mixes ECB+ and TimeBank."""
    assert _apart(HELDOUT9, (QSET, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7,
                             HELDOUT8)) >= {"ecbplus"}


def test_tenth_heldout_set_shares_nothing_with_the_other_sets():
    """heldout10 is session 16's second blind measure: no story, document or id of it is in another question set.
    Its TimeBank documents are in no gold claim file either; its MEANTIME documents are (the claim reading was
    measured on them since the early sessions), the one exception, named here so it stays visible."""
    timebank = QuestionSet({k: s for k, s in HELDOUT10.stories.items() if s.corpus == "timebank"},
                           [q for q in HELDOUT10.questions if HELDOUT10.stories[q.story].corpus == "timebank"])
    others = (QSET, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8, HELDOUT9)
    assert _apart(timebank, others) == {"timebank"}
    meantime = {d for s in HELDOUT10.stories.values() if s.corpus == "meantime" for d in s.docs}
    assert len(meantime) == 24 and meantime <= _gold_claim_docs()
    for other in others:
        assert not set(HELDOUT10.stories) & set(other.stories)
        assert not meantime & {d for s in other.stories.values() for d in s.docs}
        assert not {q.id for q in HELDOUT10.questions} & {q.id for q in other.questions}


@pytest.mark.parametrize("qset,least_spans", [(HELDOUT3, 300), (HELDOUT4, 300), (HELDOUT5, 600), (HELDOUT6, 800),
                                               (HELDOUT7, 550), (HELDOUT8, 380), (HELDOUT9, 500),
                                               (HELDOUT10, 300)],
                         ids=["heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9",
                              "heldout10"])
def test_blind_heldout_sets_load_from_the_shared_corpora(shared_dir: Path, qset: QuestionSet, least_spans: int):
    """Every story of a blind held-out set loads through the evaluation's loaders (ECB+, AQUAINT by
    the TimeML reader with its creation time, MEANTIME), each named by its ``doc`` path, and
    every evidence span's sha1 matches the text those loaders build."""
    texts = {}
    for story in qset.stories.values():
        articles = story_articles(story, shared_data=shared_dir / "data")
        assert [a.origin for a in articles] == list(story.docs), story.id
        assert all(a.text.strip() for a in articles), story.id
        if story.corpus != "ecbplus":  # AQUAINT and MEANTIME carry a publication date; ECB+ none
            assert all(a.published for a in articles), story.id
        texts.update({a.origin: a.text for a in articles})
    spans = [(q.id, e) for q in qset.questions for e in q.evidence]
    assert len(spans) >= least_spans
    for qid, e in spans:
        assert span_sha1(texts[e.doc][e.start:e.end]) == e.sha1, (qid, e.doc, e.start)


def test_all_is_every_set():
    every = load_question_set(name="all")
    assert set(QUESTION_SETS) == {"dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
                                 "heldout7", "heldout8", "heldout9", "heldout10"}
    sets = (QSET, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8, HELDOUT9, HELDOUT10)
    assert len(every.questions) == sum(len(s.questions) for s in sets)
    assert set(every.stories) == set().union(*(s.stories for s in sets))
    # the no-false-Yes test (which asks ``all``) asks the blind sets' questions too
    for blind in (HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8, HELDOUT9, HELDOUT10):
        assert {q.id for q in blind.questions if q.must_not_say_yes} <= {q.id for q in every.questions
                                                                        if q.must_not_say_yes}


def test_opened_is_every_set_but_the_blind_ones():
    from newsgraph.eval.questions_gold import OPENED_SETS

    opened = load_question_set(name="opened")
    blind = {"heldout9", "heldout10"}
    assert not blind & set(OPENED_SETS) and set(OPENED_SETS) | blind == set(QUESTION_SETS)
    assert len(opened.questions) == sum(len(s.questions) for s in (QSET, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4,
                                                                   HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8))
    for blind_set in (HELDOUT9, HELDOUT10):
        assert not {q.id for q in opened.questions} & {q.id for q in blind_set.questions}


def test_an_unknown_set_is_an_error():
    from newsgraph.errors import NotFoundError

    with pytest.raises(NotFoundError, match="no question set"):
        load_question_set(name="tuned")


@each_set
def test_no_article_text_in_the_keys(qset: QuestionSet):
    """Keys are short: a few words, never a sentence of an article."""
    for q in qset.questions:
        for alts in q.answer_contains:
            assert all(len(a.split()) <= 6 for a in alts), q.id


@each_set
def test_no_key_is_in_its_question(qset: QuestionSet):
    """An answer that only echoes the question cannot contain a required item."""
    for q in qset.questions:
        for alts in q.answer_contains:
            assert not any(contains(q.q, a) for a in alts), (q.id, alts)


def _texts(shared_dir: Path, qset: QuestionSet) -> dict[str, str]:
    """Every story article's text by its ``doc`` path."""
    texts: dict[str, str] = {}
    for story in qset.stories.values():
        for article in story_articles(story, shared_data=shared_dir / "data"):
            texts[article.origin] = article.text
    return texts


@each_set
def test_every_evidence_span_lands_in_its_article(shared_dir: Path, qset: QuestionSet):
    texts = _texts(shared_dir, qset)
    for q in qset.questions:
        story = qset.stories[q.story]
        for e in q.evidence:
            assert e.doc in texts, (q.id, e.doc)
            assert story.corpus == "examples" or e.doc in story.docs, (q.id, e.doc)
            text = texts[e.doc]
            assert 0 <= e.start < e.end <= len(text), (q.id, e)
            assert span_sha1(text[e.start:e.end]) == e.sha1, (q.id, e.doc, e.start)


@each_set
def test_every_key_is_stated_in_its_evidence(shared_dir: Path, qset: QuestionSet):
    """Each required item is in one of the question's evidence sentences, so the keys
    say what the articles say; an ISO date item stands for a relative one resolved
    against the publication date ("Tuesday" in an article of 2009-12-16, "last month" as 1989-10)."""
    texts = _texts(shared_dir, qset)
    for q in qset.questions:
        spans = [texts[e.doc][e.start:e.end] for e in q.evidence]
        for alts in q.answer_contains:
            if any(re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", a) for a in alts):
                continue
            assert any(contains(span, a) for span in spans for a in alts), (q.id, alts)


# -- the scorer -----------------------------------------------------------------

def _q(**kw) -> GoldQuestion:
    base = dict(id="t-1", story="t", q="When did Velmar quit?", type="date",
                answer_contains=(("2019-03-08", "March 8, 2019"),),
                evidence=(Evidence("a.txt", 100, 160, "x"),))
    base.update(kw)
    return GoldQuestion(**base)


def test_scorer_needs_the_item_and_a_cited_evidence_sentence():
    q = _q()
    assert score_answer(q, "On 2019-03-08 [1].", [Cited("a.txt", 120, 170)]).right
    assert score_answer(q, "On march 8, 2019 [1].", [Cited("a.txt", 90, 101)]).right
    miss = score_answer(q, "Velmar's resignation [1].", [Cited("a.txt", 120, 170)])
    assert not miss.right and "lacks" in miss.why and "cites evidence" in miss.why and miss.stage == "extraction"
    wrong_cite = score_answer(q, "On 2019-03-08 [1].", [Cited("a.txt", 160, 200)])
    assert not wrong_cite.right and "other sentences" in wrong_cite.why and wrong_cite.stage == "retrieval"
    assert not score_answer(q, "On 2019-03-08 [1].", [Cited("b.txt", 120, 170)]).right
    assert score_answer(q, "Not found.", []).stage == "not found"


def test_scorer_every_required_item_and_figures_whole():
    q = _q(type="person", answer_contains=(("Tennant",), ("Hakim",)))
    assert not score_answer(q, "Tennant died [1].", [Cited("a.txt", 100, 110)]).right
    assert score_answer(q, "Tennant and Hakim died [1].", [Cited("a.txt", 100, 110)]).right
    assert not contains("plus 485 years", "4")
    assert contains("about 4 people", "4")
    assert contains("the prosecutor said", "prosecut")


def test_scorer_yes_no_first_word():
    no = _q(type="yesno", yesno="no", answer_contains=())
    cite = [Cited("a.txt", 100, 110)]
    assert score_answer(no, "No: the articles report he was fired [1].", cite).right
    assert not score_answer(no, "Yes: he was fired [1].", cite).right
    assert not score_answer(no, "Not found in the store.", []).right
    unknown = _q(type="yesno", yesno="unknown", answer_contains=())
    assert score_answer(unknown, "The articles don't say; nearest: he was fired [1].", [Cited("z.txt", 0, 5)]).right
    assert not score_answer(unknown, "Yes [1].", cite).right
    assert not score_answer(unknown, "No [1].", cite).right
    absent = _q(type="person", absent=True, yesno=None, answer_contains=(), evidence=())
    assert not score_answer(absent, "Yes: they met [1].", cite).right


def test_report_has_a_row_per_type_and_overall():
    from newsgraph.eval.questions_gold import QuestionResult

    results = [QuestionResult(id=f"x{i}", story="s", type=t, q="?", answer="", right=r, why="",
                              baseline_right=b, baseline_why="", answer_type=at, short_holds=sh)
               for i, (t, r, b, at, sh) in enumerate([("date", True, False, "date", True),
                                                      ("date", False, False, "person", False),
                                                      ("yesno", True, True, None, None)])]
    report = question_report(results, stories=1)
    assert report.get("accuracy: date").newsgraph == 0.5
    assert report.get("accuracy: date").baseline == 0.0
    assert report.get("accuracy: overall").newsgraph == pytest.approx(2 / 3)
    assert report.get("answer_type = gold type").newsgraph == 0.5
    assert report.get("short_answer holds the key (span types)").newsgraph == 0.5


def test_short_answer_is_checked_on_span_types_only():
    from newsgraph.eval.questions_gold import _short_holds

    q = _q(type="person", answer_contains=(("Mann",),))
    assert _short_holds(q, "Martin Mann") is True
    assert _short_holds(q, "Apple Computer") is False
    assert _short_holds(q, None) is None
    assert _short_holds(_q(type="yesno", yesno="no", answer_contains=()), "No") is None


# -- the engine on the real stories -------------------------------------------------

@pytest.fixture(scope="module")
def must_not_yes_answers(shared_dir, annotator):
    """Every question whose truthful answer is not "Yes", asked in its story's store."""
    from spacy.lang.en.stop_words import STOP_WORDS

    data = shared_dir / "data"
    out = []
    every = load_question_set(name="all")  # dev and every held-out set: a false "Yes" anywhere fails
    for story in every.stories.values():
        questions = [q for q in every.of_story(story.id) if q.must_not_say_yes]
        if not questions:
            continue
        articles = story_articles(story, shared_data=data)
        annotated = list(annotator.annotate_many(articles))
        out += run_story(story, questions, articles, annotated, frozenset(STOP_WORDS))
    return out


@pytest.mark.slow
def test_no_false_yes(must_not_yes_answers):
    """Issue 11: no answer says "Yes" to a false question or one about someone absent, on every set."""
    false_yes = [(r.id, r.q, r.answer[:80]) for r in must_not_yes_answers
                 if r.story not in BLIND_STORIES and first_word(r.answer) == "yes"]
    assert len(must_not_yes_answers) >= 110
    assert not false_yes, false_yes


#: The stories of the blind sets, whose false "Yes" answers are counted apart (only the count is shown).
BLIND_STORIES = {*HELDOUT4.stories, *HELDOUT5.stories, *HELDOUT6.stories, *HELDOUT7.stories, *HELDOUT8.stories,
                 *HELDOUT9.stories, *HELDOUT10.stories}


@pytest.mark.slow
@pytest.mark.parametrize("blind_set,most,least", [(HELDOUT4, 0, 30), (HELDOUT5, FALSE_YES_HELDOUT5, 15),
                                                   (HELDOUT6, FALSE_YES_HELDOUT6, 15),
                                                   (HELDOUT7, FALSE_YES_HELDOUT7, 15),
                                                   (HELDOUT8, FALSE_YES_HELDOUT8, 15),
                                                   (HELDOUT9, FALSE_YES_HELDOUT9, 15),
                                                   (HELDOUT10, FALSE_YES_HELDOUT10, 15)],
                         ids=["heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10"])
def test_no_false_yes_on_the_blind_set(must_not_yes_answers, blind_set: QuestionSet, most: int, least: int):
    """A blind set's false, unknown and absent questions are asked too (the fixture asks ``all``) and at most
    ``most`` may be answered "Yes". heldout4's first blind run (de94575) said "Yes" to three;
    ``query/overreach.py`` ended them. heldout5's first run is the bound its count may not pass. Only the count is
    shown, so the set stays blind."""
    blind = [r for r in must_not_yes_answers if r.story in blind_set.stories]
    assert len(blind) == sum(q.must_not_say_yes for q in blind_set.questions) >= least
    false_yes = sum(first_word(r.answer) == "yes" for r in blind)
    assert false_yes <= most, f"{false_yes} false Yes on a blind set"


@pytest.mark.slow
def test_cli_scores_one_story_beside_the_baseline(shared_dir):
    import json

    from typer.testing import CliRunner

    from newsgraph.cli.main import app

    runner = CliRunner()
    result = runner.invoke(app, ["eval", "questions", str(shared_dir / "data"), "--stories", "ecb20-qeshm-quake",
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["counts"]["questions"] == len(QSET.of_story("ecb20-qeshm-quake")) and data["set"] == "dev"
    assert "dev set" in data["name"]
    overall = next(r for r in data["rows"] if r["metric"] == "accuracy: overall")
    assert overall["baseline"] is not None and 0 <= overall["newsgraph"] <= 1
    assert {q["id"] for q in data["questions"]} == {q.id for q in QSET.of_story("ecb20-qeshm-quake")}
    bad = runner.invoke(app, ["eval", "questions", str(shared_dir / "data"), "--stories", "no-such-story"])
    assert bad.exit_code == 1 and "no story" in bad.output
    dev_story = runner.invoke(app, ["eval", "questions", str(shared_dir / "data"), "--set", "heldout",
                                    "--stories", "ecb20-qeshm-quake"])
    assert dev_story.exit_code == 1 and "heldout question set" in dev_story.output
    bad_set = runner.invoke(app, ["eval", "questions", str(shared_dir / "data"), "--set", "tuned"])
    assert bad_set.exit_code == 1 and "no question set" in bad_set.output


def test_a_wrong_short_answer_is_wrong_whatever_the_quote_after_it_says():
    q = _q(type="person", answer_contains=(("Dana Rook",),))
    cite = [Cited("a.txt", 100, 150)]
    text = "Lee Marsh [1]. \u201cGeneral manager Lee Marsh named Dana Rook the new coach.\u201d [1]."
    verdict = score_answer(q, text, cite, "Lee Marsh")
    assert not verdict.right and verdict.stage == "short answer"
    assert score_answer(q, text.replace("Lee Marsh [1]", "Dana Rook [1]"), cite, "Dana Rook").right
    assert score_answer(q, "\u201cGeneral manager Lee Marsh named Dana Rook the new coach.\u201d [1].", cite, None).right
