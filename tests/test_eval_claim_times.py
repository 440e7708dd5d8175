"""Claim times on gold events placed at a time (MEANTIME and TempEval-3 TLINKs), with floors."""

from __future__ import annotations

from newsgraph.eval.claim_times import (
    GoldEventTime,
    _placed,
    evaluate_claim_times,
    meantime_gold,
    timeml_gold,
)
from newsgraph.eval.meantime_corpus import load_meantime
from newsgraph.eval.tempeval import load_corpus

#: Floors a little under what the reader reaches (MEANTIME 0.744, TempEval-3 first 40 files 0.569; the
#: baselines in the same run: 0.724 and 0.629 for the first time expression of the event's sentence;
#: coverage 0.865 and 0.858).
FLOORS = {"MEANTIME claim-time accuracy": 0.72, "TempEval-3 claim-time accuracy": 0.54,
          "MEANTIME coverage": 0.84, "TempEval-3 coverage": 0.83}


def test_links_that_place_an_event_at_a_time():
    events = {"e1": (0, 4), "e2": (10, 14)}
    times = {"t1": "2024-01-04", "t2": "2023"}
    links = [("IS_INCLUDED", "e1", "t1"), ("INCLUDES", "t2", "e2"), ("BEFORE", "e1", "t2"),
             ("IS_INCLUDED", "e1", "t2")]  # an event keeps its first placing
    assert _placed(links, events, times) == [GoldEventTime(0, 4, "2024-01-04"), GoldEventTime(10, 14, "2023")]


def test_gold_from_both_corpora(shared_dir):
    docs = load_meantime(shared_dir / "data" / "meantime")
    gold = [g for d in docs for g in meantime_gold(d)]
    assert len(gold) > 100
    timeml = load_corpus(shared_dir / "data" / "tempeval3", limit=20)
    assert sum(len(timeml_gold(d)) for d in timeml) > 50
    for d in docs[:10]:  # never the creation time: only expressions of the text
        assert all(d.text[g.start:g.end] for g in meantime_gold(d))


def test_claim_time_floors(shared_dir, nlp):
    report = evaluate_claim_times(nlp=nlp, meantime=load_meantime(shared_dir / "data" / "meantime"),
                                  timeml=load_corpus(shared_dir / "data" / "tempeval3", limit=40))
    for metric, floor in FLOORS.items():
        assert report.get(metric).newsgraph >= floor, (metric, report.get(metric))
    assert report.get("MEANTIME claim-time accuracy").baseline is not None
