"""Cross-document entity coreference on ECB+ (entity mentions the NER finds).

ECB+ (``<topic>/<topic>_<n>ecb.xml`` and ``…ecbplus.xml``) holds tokens
(``<token t_id sentence number>``), then ``<Markables>`` pointing at tokens and
``<Relations>``. Entity mentions are tagged ``HUMAN_PART_*`` (PER, ORG, GPE,
FAC, VEH, MET, GENERIC), ``NON_HUMAN_PART*`` and ``LOC_*``; instance markables
carry no tokens. ``CROSS_DOC_COREF`` relations (``note`` = the instance id) tie
mention sources to a cross-document instance; ``INTRA_DOC_COREF`` ties them to
an in-document one. Documents have no dates (``published=None``).

Protocol (``coref.evaluate_xdoc``):

- text: tokens joined by one space, sentences by a newline, so offsets are exact;
- gold mentions: entity mentions in the sentences the corpus lists as annotated
  for coreference (``ECBplus_coreference_sentences.csv``); cluster = their
  cross-document instance, else their in-document chain, else the mention alone;
- ECB+ does not mark which mentions are names, so "named" is decided by the
  system's NER: a gold mention is scored only when a mention newsgraph's nlp
  stage read covers its head without running past it (``coref.match_mention``;
  ``not_found_by_ner`` counts the rest). Common-noun mentions ("the actor",
  "the scene in Dayton") are thus mostly left out, for both systems alike;
- newsgraph: all documents of the chosen topics ingested into one temporary
  store with the linker; cluster = the store entity of the mention's local entity;
- baseline in the same run: identical mention text → one cluster (and a second
  row: identical local entity name and type).
"""

from __future__ import annotations

import csv
import logging
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from ..models import Article
from .coref import GoldMention, evaluate_xdoc
from .report import Report

logger = logging.getLogger(__name__)

DEV_TOPICS = (2, 5, 12, 18, 21, 23, 34, 35)
ENTITY_PREFIXES = ("HUMAN_PART", "NON_HUMAN_PART", "LOC")


@dataclass(slots=True)
class EDoc:
    name: str
    topic: int
    text: str
    mentions: list[GoldMention] = field(default_factory=list)

    @property
    def article_id(self) -> str:
        return f"ecbplus-{self.name}"

    def article(self) -> Article:
        # ECB+ keeps no outlet: the corpus's name is none ("According to ecbplus, …" would name it as one)
        return Article(id=self.article_id, text=self.text, published=None, doc_id=self.name,
                       source=None, origin=self.name)


def _selected_sentences(root: Path) -> dict[str, set[int]] | None:
    path = root / "ECBplus_coreference_sentences.csv"
    if not path.is_file():
        return None
    out: dict[str, set[int]] = {}
    with path.open(newline="") as handle:
        for row in csv.DictReader(handle):
            out.setdefault(f"{row['Topic']}_{row['File']}", set()).add(int(row["Sentence Number"]))
    return out


def load_ecbplus_file(path: Path, topic: int, selected: set[int] | None = None) -> EDoc:
    root = ET.parse(path).getroot()
    tokens = sorted(root.iter("token"), key=lambda t: int(t.get("t_id", "0")))
    pieces: list[str] = []
    spans: dict[str, tuple[int, int, int]] = {}
    pos, current = 0, None
    for tok in tokens:
        sent = int(tok.get("sentence", "0"))
        word = (tok.text or "").strip() or "_"
        if current is not None:
            sep = "\n" if sent != current else " "
            pieces.append(sep)
            pos += 1
        current = sent
        spans[tok.get("t_id")] = (pos, pos + len(word), sent)
        pieces.append(word)
        pos += len(word)
    text = "".join(pieces)
    name = path.stem
    doc = EDoc(name=name, topic=topic, text=text)
    markables = root.find("Markables")
    markables = list(markables) if markables is not None else []
    cluster: dict[str, str] = {}
    relations = root.find("Relations")
    if relations is not None:
        for rel in relations:
            target = rel.find("target")
            if rel.tag == "CROSS_DOC_COREF":
                label = rel.get("note") or f"{name}:{target.get('m_id') if target is not None else rel.get('r_id')}"
            elif rel.tag == "INTRA_DOC_COREF" and target is not None:
                label = f"{name}:{target.get('m_id')}"
            else:
                continue
            for source in rel.findall("source"):
                cluster.setdefault(source.get("m_id"), label)
    for el in markables:
        if not el.tag.startswith(ENTITY_PREFIXES):
            continue
        got = [spans[a.get("t_id")] for a in el.findall("token_anchor") if a.get("t_id") in spans]
        if not got:
            continue  # an instance, not a mention
        start, end, sent = min(g[0] for g in got), max(g[1] for g in got), got[0][2]
        if selected is not None and sent not in selected:
            continue
        m_id = el.get("m_id")
        doc.mentions.append(GoldMention(doc.article_id, start, end, text[start:end],
                                        cluster.get(m_id, f"{name}:{m_id}")))
    doc.mentions.sort(key=lambda m: (m.start, m.end))
    return doc


def load_ecbplus(root: Path, topics: tuple[int, ...] = DEV_TOPICS) -> list[EDoc]:
    root = Path(root)
    selected = _selected_sentences(root)
    docs = []
    for topic in topics:
        folder = root / str(topic)
        if not folder.is_dir():
            raise FileNotFoundError(f"ECB+ topic folder {folder} does not exist")
        for path in sorted(folder.glob("*.xml")):
            chosen = selected.get(path.stem, set()) if selected is not None else None
            docs.append(load_ecbplus_file(path, topic, chosen))
    logger.info("loaded %d ECB+ documents from %s", len(docs), root)
    return docs


def evaluate_ecbplus(root: Path, *, nlp, topics: tuple[int, ...] = DEV_TOPICS) -> Report:
    """Cross-document coreference of entity mentions the NER finds, on ECB+ topics."""
    docs = load_ecbplus(root, topics)
    gold = {d.article_id: d.mentions for d in docs}
    report = evaluate_xdoc("ECB+ cross-document entity coreference (mentions the NER finds)",
                           [d.article() for d in docs], gold, nlp=nlp)
    report.counts["topics"] = len(topics)
    return report
