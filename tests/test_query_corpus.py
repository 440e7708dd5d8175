"""The query stage on real pipeline output: the seed against its gold reading, and the example corpus.

The seed's questions and timeline come from ``gold.json`` (nothing of the seed
is written here). The example corpus was written for this project; its
questions are the ones its README says it can answer. Every answer goes
through the citation-support check of ``test_query_ask``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_query_ask import assert_supported

from newsgraph.ingest import ingest
from newsgraph.query import ask, conflicts, open_loops, timeline
from newsgraph.store import open_store
from tests.stores import db_for

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
_DATE = re.compile(r"\d{4}(?:-\d{2}){0,2}")


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory, shared_dir, seed_gold, annotator):
    store = open_store(db_for(tmp_path_factory.mktemp("seed"), "seed.db"))
    result = ingest([shared_dir / "seed" / seed_gold["article"]["file"]], store, annotator=annotator)
    assert result.stored == 1
    yield store
    store.close()


@pytest.fixture(scope="module")
def example_store(tmp_path_factory, annotator):
    store = open_store(db_for(tmp_path_factory.mktemp("examples"), "examples.db"))
    paths = [p for p in sorted(EXAMPLES.iterdir()) if p.is_file() and p.name != "README.md"]
    result = ingest(paths, store, annotator=annotator)
    assert result.stored == 16 and not result.errors
    yield store
    store.close()


def _gold_questions(gold: dict) -> list[dict]:
    return gold["questions"]


def test_seed_questions_answered_as_gold_says(seed_store, seed_gold):
    for item in _gold_questions(seed_gold):
        answer = ask(seed_store, item["q"])
        assert_supported(seed_store, answer)
        text = answer.answer
        for words in item.get("answer_contains", []):
            assert words.lower() in text.lower(), (item["q"], text)
        if "answer" in item:  # a yes/no verdict, maybe "as of" a day
            verdict = item["answer"].split(",")[0].strip().lower()
            assert text.lower().startswith(verdict + ":"), (item["q"], text)
            for day in _DATE.findall(item["answer"]):
                assert f"as of {day}" in text, (item["q"], text)
        cited = " ".join(c.text for c in answer.citations)
        for evidence in item.get("evidence", []):
            assert evidence in cited, (item["q"], evidence, text)


def test_seed_timeline_in_gold_order(seed_store, seed_gold):
    gold = seed_gold["timeline"]
    claims = {c["id"]: c for c in seed_gold["claims"]}
    entries = timeline(seed_store, gold["entity"]).entries
    positions = []
    for item in gold["order"]:
        claim_id, _, label = item.partition(" (")
        label = label.rstrip(")")
        evidence = claims[claim_id]["evidence"][0]
        found = [i for i, e in enumerate(entries) if any(evidence in c.text for c in e.citations)]
        assert found, (item, [e.statement for e in entries])
        entry = entries[found[0]]
        day = _DATE.search(label).group()
        if label.startswith("reported"):
            assert entry.when.reported and entry.when.label == day, (item, entry.when)
        else:
            assert not entry.when.reported and entry.when.label == day, (item, entry.when)
        positions.append(found[0])
    assert positions == sorted(positions), [entries[p].statement for p in positions]


EXAMPLE_QUESTIONS = [
    # question, words the answer holds, words one of its cited sentences holds
    ("When was Gypsy Rose Blanchard released?", ["2023-12-28"], ["Chillicothe"]),
    ("What was Nicholas Godejohn sentenced to?", ["life"], ["sentenced"]),
    ("What was Gypsy Rose Blanchard sentenced to?", ["10"], ["10"]),
    ("Who is Gypsy Rose Blanchard's husband?", ["Ryan Anderson"], ["husband"]),
    ("Why does Gypsy Rose Blanchard want to meet Kim Kardashian?", ["prison reform"], ["Kardashian"]),
    ("How are Gypsy Rose Blanchard and Taylor Swift connected?", ["Taylor Swift"], ["Swift"]),
    # asked in a reader's words, one per answer type; the answer states the asked-for span first
    ("When did Gypsy Rose Blanchard get out of prison?", ["On 2023-12-28"], ["left"]),
    ("How many followers does Gypsy Rose Blanchard have?", ["million followers"], ["followers"]),
    ("What is Gypsy Rose Blanchard's book called?", ["Released: Conversations"], ["book"]),
    ("Where was Dee Dee Blanchard found dead?", ["Springfield"], ["found dead"]),
    ("How long did Gypsy Rose Blanchard serve?", ["eight years"], ["served"]),
    ("Is Gypsy Rose Blanchard still in prison?", ["No: as of 2023-12-29"], ["left"]),
    ("Who is Nicholas Godejohn?", ["boyfriend"], ["boyfriend"]),
    ("What happened to Gypsy Rose Blanchard between September and December 2023?", ["2023-12-28"],
     [("Dec. 28", "before dawn on Thursday")]),  # either sentence: a Thursday read against a 2023-12-29 report
]


@pytest.mark.parametrize("question", ["Has Gypsy Rose Blanchard met Barack Obama?",
                                      "Is Gypsy Rose Blanchard dead?", "Did Kim Kardashian visit Gypsy in prison?"])
def test_example_no_false_yes(example_store, question):
    answer = ask(example_store, question)
    assert_supported(example_store, answer)
    assert not answer.answer.startswith("Yes"), answer.answer


@pytest.mark.parametrize(("question", "says", "cites"), EXAMPLE_QUESTIONS)
def test_example_questions(example_store, question, says, cites):
    answer = ask(example_store, question)
    assert_supported(example_store, answer)
    for words in says:
        assert words in answer.answer, answer.answer
    for words in cites:  # a tuple: any one of its alternatives
        alternatives = words if isinstance(words, tuple) else (words,)
        assert any(w in c.text for c in answer.citations for w in alternatives), (
            answer.answer, [c.text for c in answer.citations])


def test_example_conflict_on_time_served(example_store):
    found = [c for c in conflicts(example_store, entity="Gypsy Rose Blanchard")
             if c.kind == "number" and c.about == "year"]
    assert found, [(c.kind, c.lemma, c.about) for c in conflicts(example_store)]
    values = {s.value for c in found for s in c.sides}
    assert {"7 years", "8 years"} <= values  # as readers write them
    assert "10 years" not in values  # the sentence being served is no rival of the time served
    outlets = {o for c in found for s in c.sides for o in s.sources}
    assert len(outlets) >= 2


def test_example_open_loop_the_meeting(example_store):
    loops = open_loops(example_store)
    meeting = [loop for loop in loops for c in loop.claims
               if "Kim Kardashian" in (c.object or "") and "meet" in f"{c.lemma} {c.predicate} {c.object}"]
    assert meeting, [loop.statement for loop in loops]
    for loop in meeting:
        for c in loop.citations:
            assert example_store.article(c.article).text[c.start:c.end] == c.text
