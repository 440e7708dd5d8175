"""What happened, as dated lines: the writer of "what happened to X (between D1 and D2)?" and of timelines.

Lists of events and timelines come back as dated lines in time order, each cited: the entity's timeline
(with a second entity, what happened between them), or the store's claims within the question's bounds,
or the sentences naming the words of a "timeline of …" question. A line tells the event (a headline's
present tense said as the past it is), one busy day does not fill the list, and an event told twice
comes before one told once.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .compose import Composer
from .fulltext import is_title
from .phrases import clause, past, verb_stem
from .questions import QuestionAnalysis
from .timeline import (BOUNDED, UNDATED, WEEKDAY, bound_owner, event_bound, group_events, hidden_dated, is_hidden,
                       line_lead, stated, timeline, timeline_of_words, topic_entries)
from .types import ClaimView
from .words import SPEECH_STEMS, stem, tokens


def in_past(claim: ClaimView) -> ClaimView:
    """A headline's claim with its verb in the past ("Jobs dies" → "Jobs died"): headlines tell what has
    happened in the present tense, and a dated line says it as the past it is. Other claims unchanged."""
    words = claim.predicate.split()
    lemma = (claim.lemma or "").lower()
    if not words or not lemma or claim.status != "happened" or not is_title(claim.citation):
        return claim
    head = words[0].lower()
    if head not in (lemma + "s", lemma + "es", lemma[:-1] + "ies" if lemma.endswith("y") else ""):
        return claim
    return replace(claim, predicate=" ".join([past(lemma), *words[1:]]))


#: The arguments a dated line says beside its clause.
_LINE_ARGS = ("location", "purpose")


def dated_lines(entries, out: Composer, *, most: int) -> tuple[str | None, list[ClaimView]]:
    """Timeline entries as dated lines in time order, each cited; the first line is the short answer. A line
    whose clause leaves out most of its sentence ("Ann Lee passed Tom Ray to become the school" of "… the
    school's all-time scoring leader", "the jet made Everett" of "… made its first test flight Tuesday in
    Everett") is the sentence itself, in a timeline as in a short list: the clause would lose what happened.
    So is a line of a claim the reader did not trust (``timeline.is_hidden``)."""
    from ..timedisplay import readable
    from .compose import clipped

    used: list[ClaimView] = []
    first = None
    quoted: set[tuple[str, int]] = set()
    for entry in entries[:most]:
        claim = next((c for c in entry.claims if not is_hidden(c)), entry.claims[0])
        lead = line_lead(entry)
        claim = in_past(claim)
        before = len(out.sentences)
        more = [c.citation for c in entry.claims if c is not claim][:2]
        hidden = is_hidden(claim)
        if hidden or clipped(clause(claim, args=_LINE_ARGS), claim.citation.text):
            if claim.citation.key in quoted:  # the sentence said already, for another event of it
                continue
            quoted.add(claim.citation.key)
            # the lead's date is the claim's time (or its report day), as a clause's lead is checked against
            out.quote(claim.citation, lead=lead, more=more,
                      extra=[UNDATED, *filter(None, (claim.time, readable(claim.time), claim.day))])
        else:
            out.claim(claim, lead=lead, more=more, args=_LINE_ARGS, extra=[UNDATED])
        if len(out.sentences) > before and _says_nothing(claim):
            out.quote_if_clipped(claim.citation)  # "announced in a memo": what was announced is in the sentence
        if len(out.sentences) > before and first is None and not hidden:
            first = f"{lead}{clause(claim)}"
        if not hidden:  # the answer's claims are facts; a hidden one is only its quoted sentence
            used.append(claim)
    return first, used


_MEDIUM = frozenset({"in", "on", "at", "to", "by", "via", "through", "with", "during", "over"})


def _says_nothing(claim: ClaimView) -> bool:
    """A speech act whose clause leaves out what was said: no quote, and no object or only the medium or the
    listener ("announced in an internal memo", "told reporters")."""
    if claim.quote or verb_stem(claim) not in SPEECH_STEMS:
        return False
    words = claim.predicate.split()
    return not claim.object or (len(words) > 1 and words[-1].lower() in _MEDIUM) or stem(words[0]) == "tell"


def events(store, q: QuestionAnalysis, out: Composer, *, as_of: str | None, most: int = 8):
    """What happened to an entity (with a second one: between them), or in the store, within the bounds."""
    start, end = q.start, q.end
    named = list(q.entities)
    if not (start or end) and (bound := event_bound(store, q.text, named, as_of=as_of)):
        start, end = bound.start, bound.end  # "since her release": from the day the articles say she was released
        named = [n for n in named if n.entity.id != bound.entity] if len(named) > 1 else named
    elif len(named) > 1 and (owner := bound_owner(q.text, named)) is not None and owner.id != named[0].entity.id:
        # "since Ann Lee's death" with no day stated for it: Ann Lee sets a bound (none found), she is no partner
        named = [n for n in named if n.entity.id != owner.id]
    named = _partners(q.text, named, course=q.answer_type == "timeline")
    if named:
        other = named[1].entity if len(named) > 1 else None
        found = timeline(store, named[0].entity, with_=other, start=start, end=end, as_of=as_of)
        entries = found.entries
        topic = _topic(q, named) if other is None and q.answer_type == "timeline" else []
        more = []
        if topic:  # "the timeline of X's protests": the protests' events, whoever did them
            more = topic_entries(store, named[0].entity.id, topic, start=start, end=end, as_of=as_of)
        elif other is None and q.answer_type == "timeline":
            # the dated events of sentences that name it in a phrase of another's ("Boeing unveils its new 787
            # Dreamliner" for the Boeing 787), wherever they are told: an entity's links miss such phrases in
            # articles that name it only that way
            more = timeline_of_words(store, tokens(named[0].entity.name), start=start, end=end, as_of=as_of)
        if other is None and (start or end or not BOUNDED.search(q.text)):
            # the dated sentences of its claims the reader did not trust, to be quoted (not when the question
            # bounds the list by an event no day was read for, "since the bodies were found": they may be older)
            more = [*more, *group_events(hidden_dated(store, named[0].entity.id, start=start, end=end, as_of=as_of))]
        if more:
            known = {c.key for e in entries for c in e.claims}
            claims = [c for e in entries for c in e.claims] + [c for e in more for c in e.claims if c.key not in known]
            entries = group_events(claims)
    elif q.answer_type == "timeline" and (words := timeline_of_words(store, q.words, start=start, end=end,
                                                                      as_of=as_of)):
        entries = words  # "Timeline of the iPhone (since 2008)" with no entity for it: the sentences naming it
    elif not (start or end):
        return None, []
    else:
        from .load import load_claim_keys

        keys = store.claim_keys_between(start, _later(end), limit=400)
        claims = load_claim_keys(store, keys)
        entries = [e for e in group_events(claims) if e.when.overlaps(start, end)]
        entries = [e for e in entries if any(c.subject_entity for c in e.claims)]
    lines = most if q.answer_type == "events" else 16
    from .timeline import lede_keys

    # the ledes matter only where enough dated events leave the undated out (``_worth_listing``)
    many = sum(stated(e) for e in entries) >= 6
    ledes = lede_keys(store, [e.claims[0] for e in entries if e.when.reported]) if many else set()
    entries = _per_day(_worth_listing(entries, ledes), lines)
    if q.answer_type == "events":
        entries = on_named_day(entries, q.text)
        if len(entries) > most:
            keep = sorted(entries, key=_entry_weight, reverse=True)[:most]
            entries = [e for e in entries if e in keep]
    elif len(entries) > lines:
        entries = turning_points(entries, lines)
    return dated_lines(entries, out, most=lines)


#: "from the first album to the divorce": the span a list of events runs over, named by two of its events.
_SPAN = re.compile(r"\bfrom\b(.+?)\b(?:to|until|till|through)\b", re.IGNORECASE)


def _partners(text: str, named: list, *, course: bool = False) -> list:
    """The question's entities less those named inside a "from A to B" span ("Timeline of Ann Lee's career from her
    debut to the Acme award"): A and B are events of the list's focus that bound it, and an entity named in them is
    no second party whose dealings with the focus are asked (unless it is the only entity named). In a timeline
    (``course``: the course of one focus) a second entity is a party only when words join it to the first
    ("between A and B", "A's talks with B"); in "what did A do at B?" B places the events asked, and what
    involves both is the answer."""
    span = _SPAN.search(text)
    if len(named) < 2:
        return named
    kept = [n for n in named if span is None or n.start < span.start()] or named
    if course and len(kept) > 1 and not _JOINED.search(text[kept[0].end:kept[1].start]):
        # "the Wellington Waitrose fire", "Ann Lee's part in the Acme affair": a name that qualifies the focus or
        # names what of it is asked, not a second party; only words that join two parties make one
        return kept[:1]
    return kept


#: Words that join a second party to the focus ("between A and B", "A with B", "A against B", "A v B").
_JOINED = re.compile(r"\b(?:and|with|against|vs?|versus|between|to|from|by)\b|&", re.IGNORECASE)


def _topic(q: QuestionAnalysis, named: list) -> list[str]:
    """The question's words that name what of the entity's a timeline is asked of ("protests" in "Timeline of
    the Ann Lee protests"): neither a word asking for a timeline nor one of the entity's name."""
    from .timeline import TIMELINE_WORDS

    name_words = {w for n in named for w in tokens(f"{n.text} {n.entity.name}")}
    return [w for w in q.words if w not in TIMELINE_WORDS and w not in name_words]


#: A weekday a question names ("on Thursday night", "Friday's meeting").
_WEEKDAY = re.compile(rf"\b({WEEKDAY})\b", re.IGNORECASE)


def on_named_day(entries: list, question: str) -> list:
    """The entries of the weekday the question names ("What happened at the mill on Thursday night?"): those
    whose claim's stated time or sentence says that day. News dates the events of a week by weekday, so the
    sentence that tells Thursday's event says "Thursday"; a question naming no weekday, or one no entry says,
    keeps them all (never an empty answer for a day the store could not read)."""
    found = _WEEKDAY.search(question)
    if not found:
        return entries
    day = re.compile(rf"\b{found[1]}\b", re.IGNORECASE)
    said = [e for e in entries if any(day.search(c.time_text or "") or day.search(c.citation.text) for c in e.claims)]
    return said or entries


def turning_points(entries: list, lines: int) -> list:
    """The ``lines`` entries a timeline keeps when it has more, in time order: those with a stated time before
    those placed only by their report, an event several articles told before one told once, then the weightier
    (``weigh.claim_weight``). Cutting by time instead would keep the earliest and drop the latest events, and a
    story's latest turn is seldom its least."""
    def rank(entry) -> tuple:
        return stated(entry), len({c.article for c in entry.claims}) > 1, _entry_weight(entry)

    keep = {id(e) for e in sorted(entries, key=rank, reverse=True)[:lines]}
    return [e for e in entries if id(e) in keep]


def _entry_weight(entry) -> tuple[float, int]:
    from .weigh import claim_weight

    return claim_weight(entry.claims[0]), len(entry.claims)


def _per_day(entries: list, lines: int) -> list:
    """The weightiest lines of each day, as many a day as keeps the whole within ``lines`` (at least one), in
    time order: one busy article (of a stated date or of a report) must not fill a timeline and push the
    later events out."""
    by_day: dict[str, list] = {}
    for entry in entries:
        by_day.setdefault(entry.when.label[:10], []).append(entry)
    per_day = 1
    while per_day < lines and sum(min(per_day + 1, len(d)) for d in by_day.values()) <= lines and \
            any(len(d) > per_day for d in by_day.values()):
        per_day += 1
    # on one day, what happened before what was planned or said of it, an event told twice before one told once
    def rank(entry) -> tuple:
        return entry.claims[0].status in ("happened", "ongoing", "failed"), len(entry.claims) > 1, _entry_weight(entry)

    keep = {id(e) for day in by_day.values() for e in sorted(day, key=rank, reverse=True)[:per_day]}
    return [e for e in entries if id(e) in keep]


def _worth_listing(entries: list, ledes: set = frozenset()) -> list:
    """Entries a reader wants in a list of events: events with a verb (not "X is a man") told in a sentence (not a
    web address), once, and, when enough of them carry a stated time, only those that do and those an article's
    lede tells (``ledes``: the news of the day it was reported, "X has made its maiden flight")."""
    from .fulltext import is_link
    from .phrases import is_nominal
    from .weigh import claim_weight

    kept, seen = [], set()
    for entry in entries:
        claim = entry.claims[0]
        if claim.kind == "attribute" or claim.lemma == "be" or is_nominal(claim) or claim_weight(claim) < -0.5:
            continue
        if is_link(claim.citation.text):  # a web address the splitter cut out of a page ("…/2009-02-03-x-arrested")
            continue
        if entry.statement in seen:
            continue
        seen.add(entry.statement)
        kept.append(entry)
    dated = [e for e in kept if stated(e) or e.claims[0].key in ledes]
    return dated if sum(stated(e) for e in kept) >= 6 else kept


def _later(day: str | None) -> str | None:
    """Articles up to a year after the period still tell of it ("last March")."""
    if not day:
        return None
    return f"{int(day[:4]) + 1}{day[4:]}"
