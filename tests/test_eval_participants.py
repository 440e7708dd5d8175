"""MEANTIME participants: the scoring rules on small cases, and floors pinned to the gold's fingerprint."""

from __future__ import annotations

import pytest

from newsgraph.eval.meantime_corpus import MEvent
from newsgraph.eval.meantime_participants import (
    Named,
    Tally,
    claim_participants,
    covering_claim,
    evaluate_meantime_participants,
)
from newsgraph.models import Claim, Span

#: Gold Arg0/Arg1 links of the scored (document-level) event mentions, over the whole corpus.
FINGERPRINT = 1235

#: A little under what newsgraph reached (precision 0.658, recall 0.871, F1 0.749, roles 0.894;
#: the nearest-phrase baseline: F1 0.674, roles 0.809).
FLOORS = {"participant_precision": 0.62, "participant_recall": 0.83, "participant_f1": 0.71,
          "role_accuracy": 0.86}


def claim(**args) -> Claim:
    return Claim(id="c1", subject="Acme", predicate="sold", object="the unit", status="happened",
                 evidence=Span(0, 40, "x" * 40), sentence=0, args=args)


def test_tally_matches_heads_inside_gold_mentions():
    t = Tally()
    gold = {(0, 4): "Arg0", (10, 18): "Arg1"}
    t.add([Named(0, 4, "Arg0"), Named(14, 18, "Arg0"), Named(30, 33, "Arg1")], gold)
    assert (t.named, t.right, t.found, t.gold) == (3, 2, 2, 2)
    assert t.precision == pytest.approx(2 / 3) and t.recall == 1.0
    assert t.role_accuracy == 0.5  # the second is in the Arg1 mention but called Arg0


def test_passive_subject_is_arg1():
    active = claim_participants(claim(subject_head=[0, 4], object_head=[10, 14]))
    assert [(n.start, n.role) for n in active] == [(0, "Arg0"), (10, "Arg1")]
    passive = claim_participants(claim(subject_head=[0, 4], voice="passive"))
    assert [n.role for n in passive] == ["Arg1"]


def test_covering_claim_takes_the_tightest_word():
    wide = claim(predicate_span=[5, 20])
    tight = claim(chain=[{"start": 8, "end": 12}])
    event = MEvent(m_id="1", start=9, end=11, text="ab", pos="VERB", certainty=None, polarity=None, time=None,
                   instance=None)
    assert covering_claim(event, [wide, tight]) is tight
    outside = MEvent(m_id="2", start=45, end=48, text="abc", pos="VERB", certainty=None, polarity=None,
                     time=None, instance=None)
    assert covering_claim(outside, [wide, tight]) is None


@pytest.fixture(scope="module")
def report(shared_dir, nlp):
    from newsgraph.eval.meantime_corpus import load_meantime

    return evaluate_meantime_participants(load_meantime(shared_dir / "data" / "meantime"), nlp=nlp)


def test_fingerprint(report):
    assert report.counts["gold_links"] == FINGERPRINT, "the gold changed: re-measure and re-pin FLOORS"


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_floor(report, metric):
    assert report.get(metric).newsgraph >= FLOORS[metric], (metric, report.get(metric).newsgraph)


def test_beats_the_baseline(report):
    for metric in ("participant_f1", "role_accuracy"):
        row = report.get(metric)
        assert row.newsgraph > row.baseline, (metric, row.newsgraph, row.baseline)
