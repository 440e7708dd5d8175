"""The MEANTIME English corpus (NewsReader, Wikinews): one loader for every evaluation.

Each ``*.xml`` file is one article as tokens (``<token t_id sentence number>``),
then ``<Markables>`` that point at tokens (``<token_anchor t_id>``):

- ``ENTITY_MENTION`` (``syntactic_type`` NAM, PRE.NAM, NOM, PRO, APP, CONJ, …;
  empty on some files, absent on the mentions added by the cross-document pass);
- ``TIMEX3`` (``type``, ``value``; ``functionInDocument="CREATION_TIME"`` marks the
  date line under the headline, which holds the document creation time);
- ``EVENT_MENTION`` (``pos``, ``certainty``, ``polarity``, ``time`` FUTURE/NON_FUTURE…);
- ``ENTITY`` and ``EVENT`` instances (no tokens): ``ent_type`` (PER ORG LOC PRO FIN
  MIX), ``external_ref`` and, for cross-document instances, ``instance_id``.

``<Relations>`` holds ``REFERS_TO`` (mentions → their instance), ``TLINK``
(events and times ordered or placed in time: ``MDoc.tlinks``) and
``HAS_PARTICIPANT`` (event mention → entity mention, with a PropBank
``sem_role``: Arg0, Arg1, …) among others.

Why the text is rebuilt the way it is: tokens joined by one space and sentences
by one newline give a text with no invented characters, so every markable's
offsets are exact (``doc.text[m.start:m.end] == m.text``) and the text can be
handed to the pipeline as an ``Article``. Sentence 0 is the headline, sentence
1 the date line.

Annotation coverage (read before scoring against it): the document-level pass
annotated the headline and the first sentences of the body (through sentence 5
in nearly all files); later sentences carry only the mentions the cross-document
pass added for its chosen instances. ``MDoc.annotated_upto`` is the last
sentence the document-level pass covered; scores that count false positives
must stay within it.

Discontinuous markables (a few, mostly events) are given the span from their
first to their last token.
"""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..models import Article

logger = logging.getLogger(__name__)

TOPICS = ("airbus", "apple", "gm")

_MONTHS = {
    m: i for i, m in enumerate(
        ("january", "february", "march", "april", "may", "june", "july",
         "august", "september", "october", "november", "december"), start=1)
}


@dataclass(slots=True)
class MMention:
    """An entity mention. ``instance`` is the cross-document ``instance_id`` when
    the instance has one, else ``"<doc_id>:<m_id>"`` of its in-document instance
    (unique across documents, so in-document coreference still works)."""

    m_id: str
    start: int
    end: int
    text: str
    syntactic_type: str
    ent_type: str | None
    instance: str | None
    sentence: int = 0


@dataclass(slots=True)
class MTimex:
    m_id: str
    start: int
    end: int
    text: str
    type: str
    value: str | None
    sentence: int = 0
    function: str | None = None  # CREATION_TIME for the document creation time


@dataclass(slots=True)
class MEvent:
    m_id: str
    start: int
    end: int
    text: str
    pos: str | None
    certainty: str | None
    polarity: str | None
    time: str | None
    instance: str | None
    sentence: int = 0
    pred: str | None = None
    tense: str | None = None


@dataclass(slots=True)
class MParticipant:
    """A ``HAS_PARTICIPANT`` link: an entity mention taking part in an event mention, with its
    PropBank role (Arg0 the agent, Arg1 the patient or theme, Arg2…, Argm-LOC…)."""

    event: str  # the event mention's m_id
    mention: str  # the entity mention's m_id
    role: str


@dataclass(slots=True)
class MDoc:
    doc_id: str
    name: str
    topic: str
    dct: str | None  # YYYY-MM-DD
    text: str
    sentences: list[tuple[int, int]]
    entities: list[MMention] = field(default_factory=list)
    timexes: list[MTimex] = field(default_factory=list)
    events: list[MEvent] = field(default_factory=list)
    participants: list[MParticipant] = field(default_factory=list)
    annotated_upto: int = 0  # last sentence index covered by the document-level annotation
    tlinks: list[tuple[str, str, str]] = field(default_factory=list)  # (reltype, source m_id, target m_id)


def _none(value: str | None) -> str | None:
    return value if value else None


def _date_line(text: str) -> str | None:
    """``March 06, 2008`` (the line under the headline) → ``2008-03-06``."""
    m = re.search(r"([A-Za-z]+)\s+(\d{1,2})\s*,?\s*(\d{4})", text)
    if not m or m.group(1).lower() not in _MONTHS:
        return None
    return f"{int(m.group(3)):04d}-{_MONTHS[m.group(1).lower()]:02d}-{int(m.group(2)):02d}"


def load_meantime_file(path: Path, topic: str = "") -> MDoc:
    """One MEANTIME file → ``MDoc`` (offsets into the rebuilt text)."""
    root = ET.parse(path).getroot()
    tokens = sorted(root.iter("token"), key=lambda t: int(t.get("t_id", "0")))
    pieces: list[str] = []
    spans: dict[str, tuple[int, int, int]] = {}  # t_id → (start, end, sentence)
    sentences: list[tuple[int, int]] = []
    pos = 0
    current: int | None = None
    sent_start = 0
    for tok in tokens:
        sent = int(tok.get("sentence", "0"))
        word = tok.text or ""
        if current is None:
            current, sent_start = sent, pos
        elif sent != current:
            sentences.append((sent_start, pos))
            pieces.append("\n")
            pos += 1
            current, sent_start = sent, pos
        else:
            pieces.append(" ")
            pos += 1
        spans[tok.get("t_id")] = (pos, pos + len(word), len(sentences))
        pieces.append(word)
        pos += len(word)
    if current is not None:
        sentences.append((sent_start, pos))
    text = "".join(pieces)

    markables = root.find("Markables")
    relations = root.find("Relations")
    markables = list(markables) if markables is not None else []
    doc_id = root.get("doc_id", path.stem)
    refers: dict[str, str] = {}
    if relations is not None:
        for rel in relations.iter("REFERS_TO"):
            target = rel.find("target")
            if target is None:
                continue
            for source in rel.findall("source"):
                refers[source.get("m_id")] = target.get("m_id")
    instances = {m.get("m_id"): m for m in markables if m.tag in ("ENTITY", "EVENT")}
    tlinks = []
    if relations is not None:
        for rel in relations.iter("TLINK"):
            source, target = rel.find("source"), rel.find("target")
            if source is not None and target is not None and rel.get("reltype"):
                tlinks.append((rel.get("reltype"), source.get("m_id"), target.get("m_id")))
    participants: list[MParticipant] = []
    if relations is not None:
        for rel in relations.iter("HAS_PARTICIPANT"):
            source, target = rel.find("source"), rel.find("target")
            if source is not None and target is not None and rel.get("sem_role"):
                participants.append(MParticipant(event=source.get("m_id"), mention=target.get("m_id"),
                                                 role=rel.get("sem_role")))

    def instance_of(m_id: str) -> tuple[str | None, ET.Element | None]:
        target = refers.get(m_id)
        inst = instances.get(target) if target else None
        if inst is None:
            return None, None
        return inst.get("instance_id") or f"{doc_id}:{target}", inst

    def anchor(el: ET.Element) -> tuple[int, int, int] | None:
        ids = [a.get("t_id") for a in el.findall("token_anchor")]
        got = [spans[i] for i in ids if i in spans]
        if not got:
            return None
        return min(g[0] for g in got), max(g[1] for g in got), got[0][2]

    doc = MDoc(doc_id=doc_id, name=root.get("doc_name", path.stem), topic=topic,
               dct=None, text=text, sentences=sentences, tlinks=tlinks, participants=participants)
    for el in markables:
        if el.tag not in ("ENTITY_MENTION", "TIMEX3", "EVENT_MENTION"):
            continue
        where = anchor(el)
        if where is None:
            continue
        start, end, sent = where
        m_id = el.get("m_id")
        if len(el.attrib) > 1:  # document-level markables carry their attributes
            doc.annotated_upto = max(doc.annotated_upto, sent)
        if el.tag == "ENTITY_MENTION":
            inst_id, inst = instance_of(m_id)
            doc.entities.append(MMention(
                m_id=m_id, start=start, end=end, text=text[start:end],
                syntactic_type=el.get("syntactic_type") or "",
                ent_type=_none(inst.get("ent_type")) if inst is not None else None,
                instance=inst_id, sentence=sent))
        elif el.tag == "TIMEX3":
            function = _none(el.get("functionInDocument"))
            timex = MTimex(m_id=m_id, start=start, end=end, text=text[start:end],
                           type=el.get("type") or "DATE", value=_none(el.get("value")),
                           sentence=sent, function=function)
            doc.timexes.append(timex)
            if (function == "CREATION_TIME" and doc.dct is None
                    and re.match(r"\d{4}-\d{2}-\d{2}", timex.value or "")):
                doc.dct = timex.value[:10]  # one file has "DD-MM-YYYY": the date line decides then
        else:
            inst_id, _ = instance_of(m_id)
            doc.events.append(MEvent(
                m_id=m_id, start=start, end=end, text=text[start:end],
                pos=_none(el.get("pos")), certainty=_none(el.get("certainty")),
                polarity=_none(el.get("polarity")), time=_none(el.get("time")),
                instance=inst_id, sentence=sent, pred=_none(el.get("pred")),
                tense=_none(el.get("tense"))))
    if doc.dct is None and len(sentences) > 1:
        doc.dct = _date_line(text[sentences[1][0]:sentences[1][1]])
    for items in (doc.entities, doc.timexes, doc.events):
        items.sort(key=lambda m: (m.start, m.end))
    return doc


def load_meantime(root: Path, topics: Iterable[str] | None = None) -> list[MDoc]:
    """All documents of the given topics (default: every topic folder), sorted by topic and name."""
    root = Path(root)
    wanted = list(topics) if topics is not None else sorted(
        p.name for p in root.iterdir() if p.is_dir())
    docs: list[MDoc] = []
    for topic in wanted:
        folder = root / topic
        if not folder.is_dir():
            raise FileNotFoundError(f"MEANTIME topic folder {folder} does not exist")
        for path in sorted(folder.glob("*.xml")):
            docs.append(load_meantime_file(path, topic=topic))
    logger.info("loaded %d MEANTIME documents from %s", len(docs), root)
    return docs


def meantime_article(doc: MDoc) -> Article:
    """The document as an ``Article`` (headline as title, creation date as publication date)."""
    title = doc.text[doc.sentences[0][0]:doc.sentences[0][1]] if doc.sentences else None
    # MEANTIME's documents are Wikinews articles: that is their outlet (the corpus's name is none)
    return Article(id=f"meantime-{doc.doc_id}", text=doc.text, published=doc.dct,
                   title=title, doc_id=doc.doc_id, source="Wikinews", origin=doc.name)
