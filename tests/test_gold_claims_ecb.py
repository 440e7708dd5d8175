"""The hand-annotated gold claims on ECB+ and TimeBank (``newsgraph/eval/gold``).

The files keep offsets, a sha1 prefix and short fields only; these tests check
that every line still points at the sentence it was written for in the text
the project's own loader builds (``eval.gold_docs.gold_article``), that every
field is in the shared gold format, that no article text slipped in, and that
the set keeps its agreed size and spread (sentences, articles, ECB+ topics).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

import pytest

from newsgraph.eval.gold_docs import gold_article

GOLD = Path(__file__).resolve().parent.parent / "newsgraph" / "eval" / "gold"
FILES = {"ecbplus": GOLD / "claims_ecbplus.jsonl", "timebank": GOLD / "claims_timebank.jsonl"}
STATUSES = {"happened", "ongoing", "planned", "requested", "desired", "possible", "negated", "failed"}
KEYS = {"corpus", "doc", "start", "end", "sha1", "claims"}
CLAIM_KEYS = {"subject", "predicate", "object", "passive", "status", "time", "source"}
#: TIMEX3 values a claim time may take: a date, month, year, decade, ISO week or date-time.
TIME_VALUE = re.compile(r"^\d{3,4}(-\d\d(-\d\d(T\d\d:\d\d)?)?|-W\d\d)?$")
#: No name or alternative in a field may be this long: a sentence's text would be.
MAX_FIELD = 80


def _records(corpus: str) -> list[dict]:
    with FILES[corpus].open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@lru_cache(maxsize=None)
def _text(corpus: str, doc: str, root: str) -> str:
    return gold_article(corpus, doc, root).text


@pytest.mark.parametrize("corpus", sorted(FILES))
def test_every_line_is_in_the_gold_format(corpus):
    records = _records(corpus)
    assert records
    for rec in records:
        assert set(rec) == KEYS, rec
        assert rec["corpus"] == corpus
        assert isinstance(rec["start"], int) and isinstance(rec["end"], int) and rec["start"] < rec["end"]
        assert re.fullmatch(r"[0-9a-f]{10}", rec["sha1"])
        for claim in rec["claims"]:
            assert set(claim) == CLAIM_KEYS, claim
            assert claim["status"] in STATUSES, claim
            assert isinstance(claim["passive"], bool)
            assert claim["predicate"] and claim["predicate"] == claim["predicate"].strip()
            assert claim["subject"] or claim["object"], claim  # a claim is about someone or something
            for key in ("subject", "predicate", "object", "source", "time"):
                value = claim[key]
                assert value is None or isinstance(value, str), claim
                assert all(0 < len(alt) <= MAX_FIELD for alt in (value or "-").split(" | ")), claim
            assert claim["time"] is None or TIME_VALUE.match(claim["time"]), claim


@pytest.mark.parametrize("corpus", sorted(FILES))
def test_offsets_land_on_the_annotated_sentence_in_the_loaders_text(corpus, shared_dir):
    root = str(shared_dir / "data")
    spans: dict[str, list[tuple[int, int]]] = {}
    for rec in _records(corpus):
        text = _text(corpus, rec["doc"], root)
        assert rec["end"] <= len(text), rec["doc"]
        sentence = text[rec["start"]:rec["end"]]
        assert sentence == sentence.strip() and sentence
        assert hashlib.sha1(sentence.encode("utf-8")).hexdigest()[:10] == rec["sha1"], (rec["doc"], rec["start"])
        spans.setdefault(rec["doc"], []).append((rec["start"], rec["end"]))
    for doc, got in spans.items():  # one stretch per article: ordered, never overlapping
        assert all(a[1] <= b[0] for a, b in zip(got, got[1:])), doc


def test_the_set_keeps_its_size_and_spread():
    ecb, timebank = _records("ecbplus"), _records("timebank")
    both = ecb + timebank
    assert len(both) >= 150
    assert len({r["doc"] for r in both}) >= 20
    ecb_docs = {r["doc"] for r in ecb}
    assert len(ecb_docs) >= 14
    assert len({d.split("/")[1] for d in ecb_docs}) >= 7  # ecbplus/<topic>/<file>
    assert {d.endswith("ecbplus.xml") for d in ecb_docs} == {True, False}  # both ECB and ECB+ documents
    assert len({r["doc"] for r in timebank}) >= 6
    statuses = Counter(c["status"] for r in both for c in r["claims"])
    assert statuses["happened"] and statuses["negated"] and statuses["possible"]
    assert any(not r["claims"] for r in both)  # sentences without a claim count for precision too


def test_gold_article_refuses_an_unknown_corpus(tmp_path):
    with pytest.raises(ValueError, match="unknown gold corpus"):
        gold_article("nosuch", "x.xml", tmp_path)
