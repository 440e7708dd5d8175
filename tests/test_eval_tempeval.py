"""The TempEval-3 time evaluation: the TimeML loader, the scorer, and the scores on the corpus.

The floors below sit a little under what newsgraph reaches; they are pinned to
a fingerprint of the gold data (documents and gold expressions), so a change
of data fails here instead of quietly moving the score.
"""

from __future__ import annotations

import pytest

from newsgraph.errors import ReadError
from newsgraph.eval.tempeval import evaluate_tempeval
from newsgraph.eval.timeml import load_timeml
from newsgraph.eval.timescore import TimeCounts, score_times
from newsgraph.models import TimeExpr

# A TimeML document written for these tests (not from any corpus).
TINY_TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>tiny_001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-05-06" functionInDocument="CREATION_TIME">2021-05-06</TIMEX3></DCT>
<TEXT>
The ferry <EVENT eid="e1" class="OCCURRENCE">sailed</EVENT> <TIMEX3 tid="t1" type="DATE" value="2021-05-05">yesterday</TIMEX3> &amp; returns in <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3>.
</TEXT>
</TimeML>
"""

#: The fingerprint of ../shared/data/tempeval3 (TimeBank + AQUAINT) the floors were measured on.
FINGERPRINT = {"documents": 256, "gold_timexes": 1816}
#: Measured: strict F1 0.858, relaxed F1 0.942, type accuracy 0.950, value F1 0.802.
FLOORS = {"strict F1": 0.84, "relaxed F1": 0.93, "type accuracy": 0.94, "value F1": 0.79}


def test_timeml_loader_gives_plain_text_offsets_and_the_creation_time(tmp_path):
    path = tmp_path / "tiny.tml"
    path.write_text(TINY_TML)
    doc = load_timeml(path)
    assert doc.doc_id == "tiny_001"
    assert doc.dct == "2021-05-06"
    assert "<" not in doc.text and "&amp;" not in doc.text and "& returns" in doc.text
    assert [(t.text, t.type, t.value) for t in doc.timexes] == [
        ("yesterday", "DATE", "2021-05-05"), ("two weeks", "DURATION", "P2W"),
    ]
    for t in doc.timexes:
        assert doc.text[t.start:t.end] == t.text


def test_timeml_loader_names_the_file_it_cannot_read(tmp_path):
    path = tmp_path / "broken.tml"
    path.write_text("<TimeML><TEXT>unclosed")
    with pytest.raises(ReadError, match="broken.tml"):
        load_timeml(path)


def test_score_times_counts_strict_relaxed_type_and_value():
    gold = [(0, 9, "DATE", "2021-05-05"), (20, 29, "DURATION", "P2W"), (40, 45, "DATE", "2020")]
    system = [
        TimeExpr(0, 9, "yesterday", type="DATE", value="2021-05-05"),      # strict, right value
        TimeExpr(17, 29, "in two weeks", type="DURATION", value="P3W"),    # relaxed, wrong value
        TimeExpr(60, 63, "now", type="DATE", value="PRESENT_REF"),         # no gold
    ]
    c = score_times(gold, system)
    assert (c.gold, c.system, c.strict, c.relaxed, c.type_correct, c.value_correct) == (3, 3, 1, 2, 2, 1)
    s = c.summary()
    assert s["value_f1"] == pytest.approx(1 / 3)
    assert s["relaxed_f1"] == pytest.approx(2 / 3)
    assert s["type_accuracy"] == 1.0


def test_score_times_matches_one_to_one_and_adds_up():
    gold = [(0, 10, "DATE", "2020")]
    system = [TimeExpr(0, 4, "last", value="2020"), TimeExpr(5, 10, "year", value="2020")]
    c = score_times(gold, system)
    assert (c.relaxed, c.value_correct, c.system) == (1, 1, 2)
    total = c + score_times([], [])
    assert isinstance(total, TimeCounts) and total.relaxed == 1


@pytest.fixture(scope="module")
def report(shared_dir, nlp):
    return evaluate_tempeval(shared_dir / "data" / "tempeval3", nlp=nlp)


def test_tempeval_fingerprint_is_the_one_the_floors_were_measured_on(report):
    assert {k: report.counts[k] for k in FINGERPRINT} == FINGERPRINT, (
        "the TempEval-3 data changed: measure again and re-pin FINGERPRINT and FLOORS"
    )


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_tempeval_scores_stay_above_their_floors(report, metric):
    row = report.get(metric)
    assert row.newsgraph >= FLOORS[metric], f"{metric}: {row.newsgraph:.3f} < floor {FLOORS[metric]}"


def test_tempeval_newsgraph_beats_the_plain_spacy_baseline(report):
    for metric in ("strict F1", "relaxed F1", "type accuracy", "value F1"):
        row = report.get(metric)
        assert row.baseline is not None and row.newsgraph > row.baseline, metric
    assert report.get("value F1").delta > 0.3
