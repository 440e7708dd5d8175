"""`newsgraph eval claims`: are the claims shown to users the ones a careful reader takes?

Gold: ``eval/gold/claims_*.jsonl``, in two sets (``CLAIM_SETS``): ``dev``, every file
but the held-out one (one per corpus: ``claims_meantime``, ``claims_ecbplus``,
``claims_timebank``), the set the claim reader is tuned on; and ``heldout``
(``claims_heldout.jsonl``), written blind on documents no other gold file or
story uses and never tuned on, so a gain on ``dev`` can be checked on articles
nobody fitted; ``all`` is both. Each line is one sentence of a corpus article, by character offsets into the
text that corpus's loader builds (``gold_docs.gold_article``) and a sha1 prefix
of that sentence, with the claims a careful reader lists for it (possibly
none). The files keep only offsets and short fields, never the article text.
The format is ``/work/brief/gold-format.md``'s, summed up here:

``{"corpus", "doc", "start", "end", "sha1", "claims": [{"subject", "predicate",
"object", "passive", "status", "time", "source"}]}`` with alternatives in
subject, object and source written ``"Airbus | the company"``.

Protocol: every gold document is read by the real pipeline (``Annotator``);
each system claim belongs to the gold sentence holding its predicate (the
start of ``args["predicate_span"]``, else of its evidence), and claims outside
the annotated sentences are not scored. Claims are matched sentence by
sentence (``claims_match``). A claim the gold guidelines deliberately leave
out (``eval/gold/README.md``: reporting verbs fill ``source`` and are not claims
of their own; appositions are entity descriptions) is not counted as false
when it matches no gold claim: the faces show "police said …" as who said
what (the complement's claims carry the source), and an apposition as a
description, both true to the sentence. ``claim precision (strict)`` counts them
as false too, beside it, so nothing is hidden. Precision, recall and F1 are given for the claims
**shown** to users (``confidence >= SHOWN_CONFIDENCE``) beside the baseline in
the same run: **all** claims, what was shown before confidences existed. Field
precisions (subject, object, status, time, source) and the number of claims
whose subject is their object follow, overall and per corpus.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import NotFoundError, ReadError
from ..models import CLAIM_STATUSES, Claim
from .claims_match import GoldClaim, Tally, same_subject_and_object
from .gold_docs import CORPORA, gold_article, sentence_sha1
from .report import Report

try:  # the threshold lives in models once claims carry a confidence
    from ..models import SHOWN_CONFIDENCE
except ImportError:  # pragma: no cover - until then
    SHOWN_CONFIDENCE = 0.5

logger = logging.getLogger(__name__)

GOLD_DIR = Path(__file__).resolve().parent / "gold"
FIELDS = ("subject", "object", "status", "time", "source")


@dataclass(frozen=True, slots=True)
class GoldSentence:
    corpus: str
    doc: str
    start: int
    end: int
    sha1: str
    claims: tuple[GoldClaim, ...]

    @classmethod
    def from_dict(cls, data: dict) -> GoldSentence:
        """One gold line; raises ValueError naming what is wrong with it."""
        if data.get("corpus") not in CORPORA:
            raise ValueError(f"unknown corpus {data.get('corpus')!r}")
        start, end = data["start"], data["end"]
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
            raise ValueError(f"bad offsets {start!r}-{end!r}")
        claims = []
        for raw in data["claims"]:
            claim = GoldClaim.from_dict(raw)
            if claim.status not in CLAIM_STATUSES:
                raise ValueError(f"unknown status {claim.status!r}")
            if not claim.predicate.strip():
                raise ValueError("empty predicate")
            claims.append(claim)
        return cls(corpus=data["corpus"], doc=data["doc"], start=start, end=end, sha1=data["sha1"],
                   claims=tuple(claims))


#: The held-out set's files: written blind, never tuned on; every other ``claims_*.jsonl`` is ``dev``.
HELDOUT_FILES = ("claims_heldout.jsonl",)
#: The claim sets, and what ``--set`` accepts (a set's name, or ``all`` for both).
CLAIM_SETS = ("dev", "heldout")
SET_CHOICES = (*CLAIM_SETS, "all")


def gold_files(folder: Path = GOLD_DIR, claim_set: str = "dev") -> list[Path]:
    """The ``claims_*.jsonl`` files of ``claim_set`` (``dev``, ``heldout`` or ``all``) in ``folder``."""
    every = sorted(Path(folder).glob("claims_*.jsonl"))
    if claim_set == "all":
        return every
    if claim_set not in CLAIM_SETS:
        raise NotFoundError(f"no claim set {claim_set!r}; expected one of {', '.join(SET_CHOICES)}")
    return [p for p in every if (p.name in HELDOUT_FILES) == (claim_set == "heldout")]


def load_gold(folder: Path = GOLD_DIR, claim_set: str = "dev") -> list[GoldSentence]:
    """Every annotated sentence of ``claim_set``'s files in ``folder`` (the dev set unless asked)."""
    out: list[GoldSentence] = []
    for path in gold_files(folder, claim_set):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                out.append(GoldSentence.from_dict(json.loads(line)))
            except (ValueError, KeyError, TypeError) as exc:
                raise ReadError(str(path), f"not a gold claim line ({exc})", line=number) from exc
    return out


def check_offsets(sentences: Iterable[GoldSentence], shared_data_root: Path) -> list[str]:
    """Problems with the offsets of ``sentences`` against their loaders' text (empty when all hold)."""
    problems: list[str] = []
    texts: dict[tuple[str, str], str] = {}
    for s in sentences:
        key = (s.corpus, s.doc)
        if key not in texts:
            texts[key] = gold_article(s.corpus, s.doc, shared_data_root).text
        text = texts[key]
        if s.end > len(text):
            problems.append(f"{s.doc} {s.start}-{s.end}: past the end of the text ({len(text)})")
        elif sentence_sha1(text[s.start:s.end]) != s.sha1:
            problems.append(f"{s.doc} {s.start}-{s.end}: sha1 differs, the loader's text has changed")
    return problems


def is_shown(claim: Claim, threshold: float = SHOWN_CONFIDENCE) -> bool:
    return getattr(claim, "confidence", 1.0) >= threshold


def claim_position(claim: Claim) -> int:
    """Where a claim is anchored: its predicate word, else its evidence sentence."""
    span = claim.args.get("predicate_span")
    return span[0] if span else claim.evidence.start


@dataclass(slots=True)
class SentenceResult:
    """One gold sentence, the system claims attributed to it and the aligned pairs (for error listings)."""

    gold: GoldSentence
    system: list[Claim]
    pairs: list[tuple[int, int, object]]


@dataclass(slots=True)
class ClaimScores:
    """Tallies per scope ("all" and each corpus), for shown claims and for every claim."""

    shown: dict[str, Tally]
    every: dict[str, Tally]
    sentences: list[SentenceResult]  # shown claims only
    documents: int


def score(gold: list[GoldSentence], annotated: dict[tuple[str, str], list[Claim]], *,
          threshold: float = SHOWN_CONFIDENCE) -> ClaimScores:
    """Score system claims per document (``(corpus, doc)`` → claims) against the gold sentences."""
    shown: dict[str, Tally] = {"all": Tally()}
    every: dict[str, Tally] = {"all": Tally()}
    results: list[SentenceResult] = []
    for corpus in sorted({s.corpus for s in gold}):
        shown[corpus], every[corpus] = Tally(), Tally()
    for key, claims in annotated.items():
        corpus = key[0]
        for tally, keep in ((shown, True), (every, False)):
            n = sum(1 for c in claims if same_subject_and_object(c) and (not keep or is_shown(c, threshold)))
            tally[corpus].self_links += n
    for s in gold:
        claims = annotated.get((s.corpus, s.doc), [])
        inside = [c for c in claims if s.start <= claim_position(c) < s.end]
        pairs = shown[s.corpus].add_sentence(list(s.claims), [c for c in inside if is_shown(c, threshold)])
        results.append(SentenceResult(s, [c for c in inside if is_shown(c, threshold)], pairs))
        every[s.corpus].add_sentence(list(s.claims), inside)
    for scope in shown:
        if scope != "all":
            shown["all"] += shown[scope]
            every["all"] += every[scope]
    return ClaimScores(shown=shown, every=every, sentences=results, documents=len(annotated))


def annotate_gold(gold: list[GoldSentence], shared_data_root: Path, *, nlp) -> dict[tuple[str, str], list[Claim]]:
    """Run the real pipeline on every gold document: ``(corpus, doc)`` → its claims."""
    from ..nlp.pipeline import Annotator

    keys = sorted({(s.corpus, s.doc) for s in gold})
    articles = [gold_article(corpus, doc, shared_data_root) for corpus, doc in keys]
    annotator = Annotator(nlp)
    return {key: a.claims for key, a in zip(keys, annotator.annotate_many(articles))}


def evaluate_claims(shared_data_root: Path, *, nlp, gold_dir: Path = GOLD_DIR, claim_set: str = "dev") -> Report:
    """Claim precision/recall of shown claims beside all claims, field precisions, per corpus and overall."""
    gold = load_gold(gold_dir, claim_set)
    if not gold:
        raise ReadError(str(gold_dir), f"no gold claim lines of the {claim_set} set (claims_*.jsonl) here")
    problems = check_offsets(gold, shared_data_root)
    if problems:
        raise ReadError(str(gold_dir), f"gold offsets no longer match the corpus text under {shared_data_root}: "
                                       f"{problems[0]} (and {len(problems) - 1} more)")
    scores = score(gold, annotate_gold(gold, shared_data_root, nlp=nlp))
    return scores_report(scores, gold, claim_set=claim_set)


def scores_report(scores: ClaimScores, gold: list[GoldSentence], *, claim_set: str = "dev") -> Report:
    """The report; its name says which set (``claims-gold`` for dev, as before, ``claims-gold-heldout``, ...)."""
    name = "claims-gold" if claim_set == "dev" else f"claims-gold-{claim_set}"
    report = Report(name=name, baseline="every claim shown (no confidence filter)")
    for scope in ["all"] + sorted(k for k in scores.shown if k != "all"):
        a, b = scores.shown[scope], scores.every[scope]
        prefix = "" if scope == "all" else f"{scope} "
        report.add(f"{prefix}claim precision", a.precision, b.precision, f"shown {a.matched}/{a.system}")
        report.add(f"{prefix}claim precision (strict)", a.strict_precision, b.strict_precision,
                   f"reporting verbs and appositions unmatched: {a.unscored} shown")
        report.add(f"{prefix}claim recall", a.recall, b.recall, f"gold {a.gold}")
        report.add(f"{prefix}claim F1", a.f1, b.f1)
        for name in FIELDS:
            over = "predicate-aligned pairs" if name in ("subject", "object") else "matched claims"
            report.add(f"{prefix}{name} precision", a.field_precision(name), b.field_precision(name), f"over {over}")
        report.add(f"{prefix}subject == object", float(a.self_links), float(b.self_links),
                   "claims in the gold documents (every sentence)")
    report.counts.update({
        "documents": scores.documents,
        "sentences": len(gold),
        "gold_claims": scores.shown["all"].gold,
        "shown_claims": scores.shown["all"].system,
        "all_claims": scores.every["all"].system,
        "shown_threshold_x100": round(SHOWN_CONFIDENCE * 100),
    })
    logger.info("claims gold: %d sentences, %d documents", len(gold), scores.documents)
    return report
