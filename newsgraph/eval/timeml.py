"""Loading TimeML (``.tml``) documents: plain text, creation time, gold TIMEX3, events and TLINKs.

TempEval-3 ships TimeBank and AQUAINT as TimeML: XML whose ``<TEXT>`` element
holds the article with ``<EVENT>``, ``<TIMEX3>`` and ``<SIGNAL>`` tags inline,
and whose ``<DCT>`` holds the document creation time as a TIMEX3 with
``functionInDocument="CREATION_TIME"``. We turn the ``<TEXT>`` element into
plain text (tags removed, entities decoded, nothing else touched) and keep each
gold TIMEX3 as character offsets into that text, so a system's spans can be
compared to the gold by offsets alone. The creation-time TIMEX3 is the anchor,
not an expression of the text, so it is never among the gold expressions.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ReadError

logger = logging.getLogger(__name__)

#: functionInDocument values that mark the document's own date, not a text expression.
DOC_FUNCTIONS = frozenset({"CREATION_TIME", "PUBLICATION_TIME"})


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """One gold TIMEX3: ``text == document.text[start:end]``."""

    start: int
    end: int
    text: str
    type: str
    value: str | None
    tid: str | None = None
    anchor: str | None = None  # anchorTimeID, when the annotator gave one


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One gold EVENT: ``text == document.text[start:end]``; ``eiids`` are its instances (MAKEINSTANCE)."""

    start: int
    end: int
    text: str
    eid: str
    eiids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class GoldTLink:
    """A temporal link, its two ends as ids: ``eventInstanceID``/``timeID`` → ``relatedTo…``."""

    rel: str
    source: str  # an eiid ("ei12") or a tid ("t3")
    target: str


@dataclass(slots=True)
class TimeMLDocument:
    """A TimeML document: its id, plain text, creation time, gold TIMEX3 (DCT excluded), events, TLINKs."""

    doc_id: str
    text: str
    dct: str | None
    timexes: list[GoldTimex] = field(default_factory=list)
    path: Path | None = None
    events: list[GoldEvent] = field(default_factory=list)
    tlinks: list[GoldTLink] = field(default_factory=list)


def _walk(element: ET.Element, parts: list[str], offset: int, found: list[GoldTimex],
          events: list[GoldEvent] | None = None) -> int:
    """Append ``element``'s text (children included, tags dropped) to ``parts``.

    Returns the offset after it; TIMEX3 (and EVENT) children are recorded with their
    offsets on the way, so nested tags inside a TIMEX3 are handled too.
    """
    if element.text:
        parts.append(element.text)
        offset += len(element.text)
    for child in element:
        start = offset
        offset = _walk(child, parts, offset, found, events)
        if child.tag == "EVENT" and events is not None and child.get("eid"):
            events.append(GoldEvent(start=start, end=offset, text="".join(parts)[start:offset], eid=child.get("eid")))
        if child.tag == "TIMEX3" and child.get("functionInDocument") not in DOC_FUNCTIONS:
            text = "".join(parts)[start:offset]
            found.append(GoldTimex(
                start=start, end=offset, text=text,
                type=child.get("type", "DATE"), value=child.get("value") or None,
                tid=child.get("tid"), anchor=child.get("anchorTimeID") or None,
            ))
        if child.tail:
            parts.append(child.tail)
            offset += len(child.tail)
    return offset


def load_timeml(path: str | Path) -> TimeMLDocument:
    """Read one ``.tml`` file; a file that is not TimeML raises ``ReadError`` naming it."""
    path = Path(path)
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise ReadError(str(path), f"not a readable TimeML file ({exc})") from exc
    text_el = root.find("TEXT")
    if text_el is None:
        raise ReadError(str(path), "TimeML file without a <TEXT> element")
    dct = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") in DOC_FUNCTIONS:
            dct = timex.get("value") or None
            break
    parts: list[str] = []
    found: list[GoldTimex] = []
    events: list[GoldEvent] = []
    _walk(text_el, parts, 0, found, events)
    doc_id = (root.findtext("DOCID") or path.stem).strip()
    found.sort(key=lambda t: (t.start, t.end))
    instances: dict[str, list[str]] = {}
    for inst in root.iter("MAKEINSTANCE"):
        if inst.get("eventID") and inst.get("eiid"):
            instances.setdefault(inst.get("eventID"), []).append(inst.get("eiid"))
    events = [GoldEvent(e.start, e.end, e.text, e.eid, tuple(instances.get(e.eid, ()))) for e in events]
    tlinks = []
    for link in root.iter("TLINK"):
        source = link.get("eventInstanceID") or link.get("timeID")
        target = link.get("relatedToEventInstance") or link.get("relatedToTime")
        if source and target and link.get("relType"):
            tlinks.append(GoldTLink(rel=link.get("relType"), source=source, target=target))
    return TimeMLDocument(doc_id=doc_id, text="".join(parts), dct=dct, timexes=found, path=path,
                          events=events, tlinks=tlinks)


def iter_timeml(root: str | Path, *, limit: int | None = None) -> list[TimeMLDocument]:
    """All ``.tml`` files under ``root`` (sorted by path, so a ``limit`` is a fixed subset)."""
    paths = sorted(Path(root).rglob("*.tml"))
    if limit is not None:
        paths = paths[:limit]
    return [load_timeml(p) for p in paths]
