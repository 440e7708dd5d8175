"""The gold claim set (eval/gold/claims_*.jsonl) and `newsgraph eval claims`.

The gold files keep offsets and a sha1 prefix of each sentence, never its text:
the offsets are checked against the very loaders the scorer uses, so a change
of loader can never move them silently.
"""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from newsgraph.errors import NotFoundError
from newsgraph.eval.claims_gold import (
    GOLD_DIR,
    HELDOUT_FILES,
    GoldSentence,
    check_offsets,
    gold_files,
    load_gold,
    score,
)
from newsgraph.eval.claims_match import GoldClaim, head_words, phrase_matches
from newsgraph.models import CLAIM_STATUSES, Claim, ClaimSource, ClaimTime, Span

KEYS = {"corpus", "doc", "start", "end", "sha1", "claims"}
CLAIM_KEYS = {"subject", "predicate", "object", "passive", "status", "time", "source"}


def _lines(claim_set: str = "dev") -> list[dict]:
    return [json.loads(line) for path in gold_files(claim_set=claim_set)
            for line in path.read_text().splitlines() if line.strip()]


@pytest.mark.parametrize("claim_set", ["dev", "heldout"])
def test_gold_files_parse_and_keep_only_short_fields(claim_set):
    lines = _lines(claim_set)
    assert lines, f"no claims_*.jsonl of the {claim_set} set in {GOLD_DIR}"
    assert len(load_gold(claim_set=claim_set)) == len(lines)
    for line in lines:
        assert set(line) == KEYS, line.keys()
        assert len(line["sha1"]) == 10
        for claim in line["claims"]:
            assert set(claim) <= CLAIM_KEYS and {"predicate", "status"} <= set(claim)
            assert claim["status"] in CLAIM_STATUSES
            for key in ("subject", "predicate", "object", "source"):
                for alt in (claim.get(key) or "").split("|"):
                    # short fields only: a name or a phrase, never a sentence of the corpus
                    assert len(alt.strip().split()) <= 10, (key, alt)


def test_gold_offsets_land_in_the_loaders_text(shared_dir):
    gold = load_gold()
    assert check_offsets(gold, shared_dir / "data") == []


def test_meantime_gold_is_big_enough_and_spread_over_topics():
    mine = [s for s in load_gold() if s.corpus == "meantime"]
    docs = {s.doc for s in mine}
    assert len(mine) >= 160
    assert len(docs) >= 20
    topics = Counter(doc.split("/")[1] for doc in docs)
    assert set(topics) == {"airbus", "apple", "gm"} and min(topics.values()) >= 5
    assert sum(1 for s in mine if not s.claims) >= 1  # sentences without a claim are annotated too


def test_heldout_gold_sha1s_match_the_loaded_articles(shared_dir):
    """Every held-out line's sha1 matches its span in the article its corpus's loader builds."""
    held = load_gold(claim_set="heldout")
    assert check_offsets(held, shared_dir / "data") == []
    assert len(held) >= 150 and len({s.doc for s in held}) >= 12
    assert sum(1 for s in held if not s.claims) >= 10  # sentences without a claim count for precision too


def test_heldout_set_is_apart_from_dev_and_from_every_other_gold_document():
    """Held-out documents appear in no other gold or story file that is tuned on, and `dev` (the default) leaves
    them out. A question set still blind (never read nor tuned on) may ask of them: heldout10's MEANTIME stories
    do, of three; the day it is opened this fails, and the overlap must be settled then."""
    from newsgraph.eval.questions_gold import OPENED_SETS, QUESTION_SETS

    held = {s.doc for s in load_gold(claim_set="heldout")}
    blind = {f for name, files in QUESTION_SETS.items() if name not in OPENED_SETS for f in files}
    others, in_blind = set(), set()
    for path in GOLD_DIR.glob("*.json*"):
        if path.name not in HELDOUT_FILES:
            docs = set(re.findall(r'"((?:meantime|ecbplus|tempeval3)/[^"]+)"', path.read_text(encoding="utf-8")))
            (in_blind if path.name in blind else others).update(docs)
    assert others and not held & others, sorted(held & others)
    assert len(held & in_blind) <= 3, sorted(held & in_blind)
    dev, both = load_gold(), load_gold(claim_set="all")
    assert not held & {s.doc for s in dev}
    assert len(both) == len(dev) + len(load_gold(claim_set="heldout"))
    assert {p.name for p in gold_files(claim_set="heldout")} == set(HELDOUT_FILES)
    with pytest.raises(NotFoundError, match="heldout"):
        load_gold(claim_set="tuned")


def test_cli_set_option_picks_the_gold_files(shared_dir, monkeypatch):
    """`eval claims --set heldout` scores the held-out lines only; an unknown set is refused."""
    from typer.testing import CliRunner

    import newsgraph.eval.claims_gold as claims_gold
    from newsgraph.cli import evaluate
    from newsgraph.cli.main import app

    monkeypatch.setattr(evaluate, "_nlp", lambda: None)  # the wiring is under test here, not the reading
    monkeypatch.setattr(claims_gold, "annotate_gold", lambda gold, root, *, nlp: {})
    runner = CliRunner()
    for name, report in (("heldout", "claims-gold-heldout"), ("dev", "claims-gold"), ("all", "claims-gold-all")):
        result = runner.invoke(app, ["eval", "claims", str(shared_dir / "data"), "--set", name, "--format", "json"])
        assert result.exit_code == 0, result.output
        data = json.loads(result.output)
        assert data["name"] == report
        assert data["counts"]["sentences"] == len(load_gold(claim_set=name))
    bad = runner.invoke(app, ["eval", "claims", str(shared_dir / "data"), "--set", "tuned"])
    assert bad.exit_code == 1 and "no claim set" in bad.output


def test_whole_gold_set_size():
    gold = load_gold()
    assert len(gold) >= 300
    assert len({(s.corpus, s.doc) for s in gold}) >= 40


def test_bad_gold_line_is_refused():
    good = {"corpus": "meantime", "doc": "meantime/x.xml", "start": 0, "end": 5, "sha1": "0" * 10,
            "claims": [{"subject": None, "predicate": "win", "object": None, "status": "happened"}]}
    assert GoldSentence.from_dict(good).claims[0].predicate == "win"
    with pytest.raises(ValueError, match="status"):
        GoldSentence.from_dict({**good, "claims": [{**good["claims"][0], "status": "true"}]})
    with pytest.raises(ValueError, match="offsets"):
        GoldSentence.from_dict({**good, "start": 9})
    with pytest.raises(ValueError, match="corpus"):
        GoldSentence.from_dict({**good, "corpus": "wikipedia"})


def test_head_words_keep_a_phrase_from_passing_on_a_stray_word():
    assert head_words("nearly 14,000 employees at four French sites") >= {"employee"}
    assert head_words("GM 's package") == {"package"}
    assert head_words("most of its bondholders") == {"bondholder"}
    assert not phrase_matches(["GM"], "union members - 62,000 at GM , which is seeking")
    assert phrase_matches(["Jane Doe", "she"], "she") and not phrase_matches(["Jane Doe", "she"], "he")
    assert phrase_matches(None, "anything")
    assert phrase_matches(["GM"], "General Motors") and phrase_matches(["General Motors"], "GM")
    assert not phrase_matches(["GM"], "Chrysler")


# --- the scorer on a hand-built case ---------------------------------------------------------

TEXT = "Acme bought Widget Co on Monday. The plant was closed. Nothing happened here."


def _claim(cid: str, subject: str, predicate: str, lemma: str, obj: str | None, status: str, sentence: tuple[int, int],
           *, time: str | None = None, source: str | None = None) -> Claim:
    start, end = sentence
    return Claim(id=cid, subject=subject, predicate=predicate, object=obj, status=status,
                 evidence=Span(start, end, TEXT[start:end]), sentence=0, lemma=lemma,
                 time=ClaimTime(time, "Monday") if time else None,
                 source=ClaimSource(source) if source else None)


def test_scorer_matches_one_to_one_and_counts_precision_and_recall():
    s1, s2, s3 = (0, 32), (33, 54), (55, 77)
    gold = [
        GoldSentence("meantime", "d", *s1, "x" * 10, (
            GoldClaim("Acme | the buyer", "buy", "Widget Co", "happened", time="2024-01-01"),
            GoldClaim("Acme", "own", "Widget Co", "happened"),
        )),
        GoldSentence("meantime", "d", *s2, "x" * 10, (GoldClaim(None, "close", "plant", "happened", passive=True),)),
        GoldSentence("meantime", "d", *s3, "x" * 10, ()),
    ]
    system = [
        _claim("c1", "Acme", "bought", "buy", "Widget Co", "happened", s1, time="2024-01-01"),
        _claim("c2", "Acme", "bought", "buy", "Widget Co", "happened", s1),        # a duplicate: one-to-one
        _claim("c3", "The plant", "was closed", "close", None, "planned", s2),     # passive rule; wrong status
        _claim("c4", "Nothing", "happened", "happen", None, "happened", s3),       # in a claim-free sentence
        _claim("c5", "Acme", "bought", "buy", "Widget Co", "happened", (200, 230)),  # outside: not scored
    ]
    system[4].evidence = Span(200, 230, "")
    result = score(gold, {("meantime", "d"): system})
    every = result.every["all"]
    assert (every.gold, every.system, every.matched) == (3, 4, 2)
    assert every.precision == pytest.approx(2 / 4)
    assert every.recall == pytest.approx(2 / 3)
    assert every.f1 == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))
    assert every.field_precision("status") == pytest.approx(1 / 2)   # c3 says planned
    assert every.field_precision("time") == pytest.approx(2 / 2)     # c1 took the pair with the time
    assert every.field_precision("source") == pytest.approx(1.0)
    # nothing is below the default threshold yet: shown == every claim
    assert result.shown["all"].matched == 2
    hidden = score(gold, {("meantime", "d"): system}, threshold=2.0)
    assert hidden.shown["all"].system == 0 and hidden.shown["all"].precision is None
    assert hidden.every["all"].precision == pytest.approx(0.5)


def test_reporting_verbs_and_appositions_unmatched_are_left_out_not_false():
    """The guidelines keep "police said" as a source and appositions as descriptions: an unmatched one
    is counted apart (``unscored``, and in the strict precision), never as a false claim; a matched one
    counts as right."""
    s1, s3 = (0, 32), (55, 77)
    gold = [
        GoldSentence("ecbplus", "d", *s1, "x" * 10, (GoldClaim("Acme", "buy", "Widget Co", "happened"),)),
        GoldSentence("ecbplus", "d", *s3, "x" * 10, (GoldClaim("Lee", "say", None, "happened"),)),
    ]
    said = _claim("c2", "police", "said", "say", "Acme bought Widget Co", "happened", s1)
    told = _claim("c3", "Lee", "told", "tell", "reporters", "happened", s1)
    appos = _claim("c4", "Acme", "is", "be", "a toolmaker", "happened", s1)
    appos.args["from"] = "apposition"
    wrong = _claim("c5", "Widget Co", "sold", "sell", "Acme", "happened", s1)
    matched_say = _claim("c6", "Lee", "said", "say", None, "happened", s3)
    system = [_claim("c1", "Acme", "bought", "buy", "Widget Co", "happened", s1), said, told, appos, wrong,
              matched_say]
    tally = score(gold, {("ecbplus", "d"): system}).shown["all"]
    assert (tally.matched, tally.system, tally.unscored) == (2, 3, 3)
    assert tally.precision == pytest.approx(2 / 3)
    assert tally.strict_precision == pytest.approx(2 / 6)


def test_scorer_judges_subject_and_source():
    s1 = (0, 32)
    gold = [GoldSentence("meantime", "d", *s1, "x" * 10, (
        GoldClaim("Acme", "buy", "Widget Co", "happened", source="Reuters"),))]
    wrong_subject = _claim("c1", "Widget Co", "bought", "buy", "Widget Co", "happened", s1, source="Reuters")
    tally = score(gold, {("meantime", "d"): [wrong_subject]}).every["all"]
    assert tally.matched == 0 and tally.aligned == 1
    assert tally.field_precision("subject") == 0.0 and tally.field_precision("object") == 1.0
    assert tally.self_links == 1  # subject == object
    right = _claim("c2", "Acme", "bought", "buy", "Widget Co", "happened", s1, source="Reuters")
    tally = score(gold, {("meantime", "d"): [right]}).every["all"]
    assert tally.matched == 1 and tally.field_precision("source") == 1.0
    # a gold claim in the outlet's voice: no source, or the subject vouching for itself, is right
    plain = [GoldSentence("meantime", "d", *s1, "x" * 10, (GoldClaim("Acme", "buy", "Widget Co", "happened"),))]
    for source, right_source in ((None, True), ("Acme", True), ("Reuters", False)):
        claim = _claim("c3", "Acme", "bought", "buy", "Widget Co", "happened", s1, source=source)
        assert score(plain, {("meantime", "d"): [claim]}).every["all"].source_ok == right_source


# --- the real run ---------------------------------------------------------------------------

def test_claims_eval_floors(shared_dir, nlp):
    """Floors a little under what was measured (2026-12, 442 sentences of MEANTIME, ECB+ and TimeBank).

    No confidence yet: all claims P 0.583, R 0.721, status P 0.884, subject P 0.909. With the checks
    (issue 10, second pass): shown P 0.800 (strict, counting unmatched reporting verbs and appositions
    as false: 0.721), R 0.582, status P 0.905; all claims P 0.646, R 0.727. Third pass (frames around
    clauses, relative-clause objects, guessed antecedents hidden): shown P 0.852 (strict 0.767), R 0.577,
    status P 0.938, subject P 0.975; all claims P 0.650, R 0.736.
    """
    from newsgraph.eval.claims_gold import evaluate_claims

    report = evaluate_claims(shared_dir / "data", nlp=nlp)
    assert report.counts["sentences"] >= 300
    precision, recall = report.get("claim precision"), report.get("claim recall")
    # every claim (the baseline row): floors under what was measured
    assert precision.baseline >= 0.56 and recall.baseline >= 0.69
    # shown claims: never worse in precision than showing everything; recall kept at the 0.5
    assert precision.newsgraph >= 0.84 and precision.newsgraph >= precision.baseline + 0.1
    assert report.get("claim precision (strict)").newsgraph >= 0.75
    assert recall.newsgraph >= 0.56
    assert report.get("status precision").newsgraph >= 0.92
    assert report.get("subject precision").newsgraph >= 0.95
    # the baseline is every claim: shown claims can only be fewer
    assert report.counts["shown_claims"] <= report.counts["all_claims"]


@pytest.mark.parametrize("corpus, doc", [
    ("meantime", "meantime/gm/126029_US_automaker_GM_reports_losses.xml"),
    ("ecbplus", "ecbplus/1/1_10ecb.xml"),
    ("timebank", "tempeval3/TimeBank/ABC19980108.1830.0711.tml"),
])
def test_gold_article_is_the_text_each_evaluation_reads(shared_dir, corpus, doc):
    """The scorer's text for a gold document is the one its corpus's own evaluation feeds the pipeline."""
    from newsgraph.eval.ecbplus import load_ecbplus_file
    from newsgraph.eval.gold_docs import gold_article
    from newsgraph.eval.meantime_corpus import load_meantime_file, meantime_article
    from newsgraph.eval.tempeval import article_of
    from newsgraph.eval.timeml import load_timeml

    path = shared_dir / "data" / doc
    expected = {
        "meantime": lambda: meantime_article(load_meantime_file(path)),
        "ecbplus": lambda: load_ecbplus_file(path, 1).article(),
        "timebank": lambda: article_of(load_timeml(path)),
    }[corpus]()
    got = gold_article(corpus, doc, shared_dir / "data")
    assert got.text == expected.text and got.published == expected.published and got.text
    with pytest.raises(ValueError, match="unknown gold corpus"):
        gold_article("wikipedia", doc, shared_dir / "data")
