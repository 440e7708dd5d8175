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


def _gold(text: str, phrase: str) -> GoldMention:
    start = text.index(phrase)
    return GoldMention("d", start, start + len(phrase), phrase, "c")


def _sys(text: str, *names: str) -> list[tuple[int, int, str]]:
    out = []
    for i, name in enumerate(names):
        start = text.index(name)
        out.append((start, start + len(name), f"e{i + 1}"))
    return out


def test_match_mention_prefers_the_same_span():
    g = GoldMention("d", 10, 20, "x" * 10, "c")
    assert match_mention(g, [(5, 12, "e1"), (10, 20, "e2")]) == "e2"
    assert match_mention(g, [(0, 5, "e1")]) is None


def test_match_mention_reads_the_head_of_a_modified_name():
    text = "The Dayton carmaker Velmar Motors and Orrin Labs met ."
    system = _sys(text, "Dayton", "Velmar Motors", "Orrin Labs")
    # the head of the phrase, not the longest name in it
    assert match_mention(_gold(text, "The Dayton carmaker Velmar Motors"), system) == "e2"
    text = "They met in Rye , Ohio ."
    # a place and its state: the place, though the state is the longer name
    assert match_mention(_gold(text, "Rye , Ohio"), _sys(text, "Ohio", "Rye")) == "e2"


def test_match_mention_finds_nothing_when_the_head_was_not_read():
    text = "Velmar Motors 's newest truck was shown beside a Velmar Motors Cup trophy ."
    system = _sys(text, "Velmar Motors")
    # the truck is not Velmar Motors, though its name is inside the phrase
    assert match_mention(_gold(text, "Velmar Motors 's newest truck"), system) is None
    # a system mention that runs past the gold head reads another name
    cup = text.index("Velmar Motors Cup")
    gold = GoldMention("d", cup, cup + len("Velmar Motors"), "Velmar Motors", "c")
    assert match_mention(gold, [(cup, cup + len("Velmar Motors Cup"), "e1")]) is None


def test_match_mention_takes_an_apposition_or_a_titled_name():
    text = "the Dayton mill owner , Hollis Ward , and Chair of the Orlen Board Tamsin Reyes spoke ."
    system = _sys(text, "Dayton", "Hollis Ward", "Orlen Board", "Tamsin Reyes")
    assert match_mention(_gold(text, "the Dayton mill owner , Hollis Ward"), system) == "e2"
    assert match_mention(_gold(text, "Chair of the Orlen Board Tamsin Reyes"), system) == "e4"
    # a plain "X of Y" is X, and X was not read
    assert match_mention(_gold(text, "Chair of the Orlen Board"), system) is None


def test_meantime_floor(shared_dir, nlp):
    from newsgraph.eval.meantime_coref import evaluate_meantime_coref
    from newsgraph.eval.meantime_corpus import load_meantime

    report = evaluate_meantime_coref(load_meantime(shared_dir / "data" / "meantime"), nlp=nlp)
    # the gold the floors were measured on
    assert (report.counts["documents"], report.counts["gold_mentions"]) == (90, 962)
    row = report.get("CoNLL F1")
    assert report.counts["scored_mentions"] > 800
    assert row.newsgraph >= 0.91  # measured 0.931
    assert row.newsgraph >= row.baseline + 0.20  # exact mention string measured 0.690
    assert report.get("CoNLL F1 (vs exact entity name)").delta >= 0.08  # 0.833, measured +0.098


def test_ecbplus_floor(shared_dir, nlp):
    from newsgraph.eval.ecbplus import evaluate_ecbplus

    report = evaluate_ecbplus(shared_dir / "data" / "ecbplus", nlp=nlp)
    assert (report.counts["documents"], report.counts["gold_mentions"], report.counts["topics"]) == (197, 1237, 8)
    row = report.get("CoNLL F1")
    assert report.counts["scored_mentions"] > 400
    assert row.newsgraph >= 0.88  # measured 0.907
    assert row.newsgraph >= row.baseline + 0.15  # exact mention string measured 0.732
    assert report.get("CoNLL F1 (vs exact entity name)").delta >= 0.06  # 0.825, measured +0.082
