"""MEANTIME event evaluation: the scoring rules, and floors pinned to the gold's fingerprint."""

from __future__ import annotations

import pytest

from newsgraph.eval.meantime_corpus import MEvent
from newsgraph.eval.meantime_events import (
    TO_FOUR,
    covering_status,
    evaluate_meantime_events,
    gold_status,
    macro_f1,
)
from newsgraph.models import CLAIM_STATUSES

#: The gold this run was measured on: (events, verbal events, happened, planned, possible, negated).
FINGERPRINT = (1553, 932, 1170, 278, 63, 42)

#: A little under what newsgraph reached (verbal 0.958, all 0.657, accuracy 0.868, macro-F1 0.682).
FLOORS = {
    "coverage_verbal": 0.93,
    "coverage_all": 0.62,
    "status_accuracy": 0.84,
    "status_macro_f1": 0.64,
    "status_macro_f1_all": 0.54,
}


def event(**kw) -> MEvent:
    base = {"m_id": "1", "start": 10, "end": 15, "text": "sells", "pos": "VERB", "certainty": "CERTAIN",
                "polarity": "POS", "time": "NON_FUTURE", "instance": None}
    base.update(kw)
    return MEvent(**base)


def test_gold_status_order():
    assert gold_status(event()) == "happened"
    assert gold_status(event(time="FUTURE")) == "planned"
    assert gold_status(event(time="FUTURE", certainty="POSSIBLE")) == "possible"
    assert gold_status(event(time="FUTURE", certainty="PROBABLE", polarity="NEG")) == "negated"


def test_every_status_maps_into_four():
    assert set(TO_FOUR) == set(CLAIM_STATUSES)
    assert set(TO_FOUR.values()) == {"happened", "planned", "possible", "negated"}


def test_covering_status_needs_overlap_inside_evidence():
    words = [(10, 15, "planned", 0, 40), (30, 35, "negated", 0, 40)]
    assert covering_status(event(start=12, end=14), words) == "planned"
    assert covering_status(event(start=16, end=20), words) is None
    assert covering_status(event(start=45, end=50), [(44, 52, "happened", 41, 60)]) == "happened"
    assert covering_status(event(start=45, end=50), [(44, 52, "happened", 0, 40)]) is None


def test_macro_f1():
    gold = ["happened", "happened", "planned", "negated"]
    assert macro_f1(gold, gold) == pytest.approx(0.75)  # "possible" absent: its F1 is 0 and still counts
    assert macro_f1(gold, ["happened"] * 4) == pytest.approx((2 * 2 / (2 * 2 + 2)) / 4)


@pytest.fixture(scope="module")
def report(shared_dir, nlp):
    from newsgraph.eval.meantime_corpus import load_meantime

    return evaluate_meantime_events(load_meantime(shared_dir / "data" / "meantime"), nlp=nlp)


def test_fingerprint(report):
    c = report.counts
    got = (c["events"], c["verbal_events"], c["gold_happened"], c["gold_planned"], c["gold_possible"],
           c["gold_negated"])
    assert got == FINGERPRINT, "the gold changed: re-measure and re-pin FLOORS"


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_floor(report, metric):
    row = report.get(metric)
    assert row.newsgraph >= FLOORS[metric], (metric, row.newsgraph)
    if row.baseline is not None:
        assert row.newsgraph > row.baseline
