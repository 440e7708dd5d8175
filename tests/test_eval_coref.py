"""Coreference metrics on hand-made partitions, and floors on MEANTIME and ECB+."""

from __future__ import annotations

import pytest

from newsgraph.eval.coref import GoldMention, b_cubed, ceaf_e, match_mention, muc, score

KEY = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 2}
RESPONSE = {"a": 1, "b": 1, "c": 2, "d": 2, "e": 2}


def test_muc_counts_links():
    # key {a b c}{d e}; response {a b}{c d e}: 2 of 3 key links kept, 2 of 3 response links right
    prf = muc(KEY, RESPONSE)
    assert prf.recall == pytest.approx(2 / 3) and prf.precision == pytest.approx(2 / 3)


def test_b_cubed_by_hand():
    prf = b_cubed(KEY, RESPONSE)
    assert prf.precision == pytest.approx((1 + 1 + 1 / 3 + 2 / 3 + 2 / 3) / 5)
    assert prf.recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5)


def test_ceaf_e_by_hand():
    # best alignment: {a b c}~{a b} (2*2/5) and {d e}~{c d e} (2*2/5)
    prf = ceaf_e(KEY, RESPONSE)
    assert prf.precision == pytest.approx(0.8) and prf.recall == pytest.approx(0.8)


def test_perfect_and_all_singletons():
    assert score(KEY, KEY).conll == pytest.approx(1.0)
    singletons = {m: m for m in KEY}
    s = score(KEY, singletons)
    assert s.muc.f1 == 0.0 and 0 < s.b3.f1 < 1


def test_ceaf_e_alignment_is_optimal():
    # a greedy alignment would pair {1 2 3 4} with {1 2} first and lose; the optimum does not
    key = {1: "A", 2: "A", 3: "A", 4: "A", 5: "B", 6: "B"}
    response = {1: "x", 2: "x", 3: "y", 4: "y", 5: "y", 6: "y"}
    # φ4: A~x = 4/6, A~y = 4/8, B~y = 4/6, B~x = 0 → best is A~x + B~y = 4/3
    assert ceaf_e(key, response).recall == pytest.approx((4 / 6 + 4 / 6) / 2)


def test_match_mention_prefers_exact_then_overlap():
    g = GoldMention("d", 10, 20, "x" * 10, "c")
    assert match_mention(g, [(5, 12, "e1"), (10, 20, "e2")]) == "e2"
    assert match_mention(g, [(5, 12, "e1"), (12, 25, "e3")]) == "e3"
    assert match_mention(g, [(0, 5, "e1")]) is None


def test_meantime_floor(shared_dir, nlp):
    from newsgraph.eval.meantime_coref import evaluate_meantime_coref
    from newsgraph.eval.meantime_corpus import load_meantime

    report = evaluate_meantime_coref(load_meantime(shared_dir / "data" / "meantime"), nlp=nlp)
    row = report.get("CoNLL F1")
    assert report.counts["scored_mentions"] > 500
    assert row.newsgraph >= 0.80  # measured 0.842
    assert row.newsgraph >= row.baseline + 0.10  # baseline measured 0.671
    assert report.get("CoNLL F1 (vs exact entity name)").delta > 0


def test_ecbplus_floor(shared_dir, nlp):
    from newsgraph.eval.ecbplus import evaluate_ecbplus

    report = evaluate_ecbplus(shared_dir / "data" / "ecbplus", nlp=nlp)
    row = report.get("CoNLL F1")
    assert report.counts["scored_mentions"] > 400
    assert row.newsgraph >= 0.77  # measured 0.810
    assert row.newsgraph >= row.baseline + 0.10  # baseline measured 0.668
    assert report.get("CoNLL F1 (vs exact entity name)").delta > 0
