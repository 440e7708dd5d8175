"""The answer's span in a cited sentence: the date, the person, the figure, the title.

A claim that answers "when did X resign?" is "X resigned on Friday"; the answer
is the date, not the claim. Each finder reads one evidence sentence (with the
store's TIMEX3 times and typed entity mentions inside it) and returns the
span an answer states first, as the sentence writes it ("more than 8 million
followers", "about eight and a half years", "$3.2 billion"), with a value
when there is one (a TIMEX3 date). Nothing is returned that the sentence
does not hold, so the short answer is always backed by its citation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .analysis import kind_noun
from .lexicon import match, phrase_keys
from .phrases import arg_text, time_phrase
from .timeline import WEEKDAY
from .types import Citation, ClaimView
from .when import period_of, place
from .words import FUNCTION_WORDS, NUMBER_WORDS, SPEECH_STEMS, stem, tokens

#: Nouns of the places people are taken to, held in or found at.
FACILITIES = ("center", "centre", "clinic", "hospital", "prison", "jail", "penitentiary", "school", "college",
              "university", "academy", "church", "cathedral", "mosque", "synagogue", "temple", "club", "arena",
              "stadium", "hotel", "motel", "airport", "station", "store", "shop", "supermarket", "mall", "restaurant",
              "bar", "cafe", "park", "courthouse", "building", "apartment", "home", "house", "facility", "camp",
              "base", "office", "factory", "plant", "theater", "theatre", "museum", "library", "hall", "embassy",
              "resort")
#: Mentions the tagger may call a body that name a place by their head ("*Beaumont Hospital*", "the *Elm Street
#: Station*"): a facility is where things happen.
_FACILITY_HEAD = re.compile(r"\b(?:" + "|".join(FACILITIES) + r")s?\s*$", re.IGNORECASE)
#: Entity types an answer type takes.
ENTITY_TYPES = {
    "person": ("PERSON",),
    "organisation": ("ORG", "NORP"),
    "place": ("GPE", "LOC", "FAC"),
    "title": ("WORK_OF_ART", "EVENT", "PRODUCT", "LAW"),
}
_HEDGE = (r"(?:(?:more|fewer|less|greater|higher|lower) than|at least|at most|up to|as (?:many|much|few|little) as|"
          r"about|around|roughly|nearly|almost|over|under|some|approximately|an estimated|close to|just over|"
          r"just under|well over|only)\s+")
_NUMBER_WORDS = "|".join(sorted((w for w in NUMBER_WORDS if w not in ("a", "an", "half")), key=len, reverse=True))
_NUM = rf"(?:\d{{1,3}}(?:\s,\s\d{{3}})+(?![\d.])|\d+\s\.\s\d+(?![\d,])|\d[\d,]*(?:\.\d+)?|(?:{_NUMBER_WORDS})(?:[\s-](?:{_NUMBER_WORDS}))*|a dozen|dozens|hundreds|thousands|millions)"
_SCALE = r"(?:[\s-]?(?:million|billion|trillion|thousand|hundred)\b|\s?(?:bn|m|k)\b)?"
#: ISO codes of the currencies news most often quotes before a sum ("SGD1.75-billion", "EUR 20 million").
_CODES = r"(?:USD|EUR|GBP|JPY|CNY|RMB|SGD|AUD|CAD|NZD|HKD|CHF|INR|SEK|NOK|DKK)"
MONEY = re.compile(
    rf"(?:{_HEDGE})?(?:[$€£¥]\s?{_NUM}{_SCALE}|(?:US|A|C|S|HK|NZ)\$\s?{_NUM}{_SCALE}|{_CODES}\s?{_NUM}{_SCALE}|"
    rf"{_NUM}{_SCALE}\s(?:(?:U\.\s?S\.|Australian|Canadian|Hong Kong|Singapore|New Zealand)\s)?"
    rf"(?:dollars|euros|pounds|yen|yuan|rupees|francs|USD|EUR|GBP)\b)", re.IGNORECASE)
_TIME_UNIT = r"(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)"
#: "35-year-old" is an age, not a length of time. A range names both ends before its one unit ("between 60 and 90
#: days", "two to three years", "six or seven weeks"): its upper end alone would misstate it.
DURATION = re.compile(rf"(?:{_HEDGE})?(?:(?:between\s+)?{_NUM}\s+(?:and|to|or)\s+)?{_NUM}(?:\s+and\s+a\s+half)?[\s-]+"
                      rf"{_TIME_UNIT}\b(?![\s-]+old\b)", re.IGNORECASE)
#: A length said without a figure: "left the bodies to rot for days", "only hours after his arrest".
BARE_DURATION = re.compile(r"\bfor\s+(?:several\s+|many\s+|some\s+)?(?:hours|days|weeks|months|years|decades)\b|"
                           r"\b(?:(?:only|just|mere|within|a\s+few|several)\s+)?(?:minutes|hours|days|weeks|months|years)"
                           r"\s+(?:after|before|later)\b", re.IGNORECASE)
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)")
#: The months' names and short forms, for a pattern that wants a month's word whole.
MONTH_NAMES = ("January|February|March|April|May|June|July|August|September|October|November|December|"
                "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
#: How long as its start: "since 1991", "since early 2004", "since March 2019" (not "since then", "since he left").
SINCE = re.compile(rf"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:(?:{_MONTH}\s+(?:\d{{1,2}},?\s+)?)?(?:1[5-9]|20)\d\d\b|"
                   rf"{_MONTH}(?=[\s,.;]|$)(?:\s+\d{{1,2}}\b)?)")
#: (a unit is a word, not the first letter of an abbreviation: "38,000 *U.S. troops*" counts troops, no "U")
COUNT = re.compile(rf"(?<![\w.$€£¥])(?<!\d,)(?:{_HEDGE})?{_NUM}\b{_SCALE}(?:\s+(?:(?-i:[A-Z])\.\s?(?-i:[A-Z])\.\s)?"
                   rf"(?P<unit>(?![A-Za-z]\.)[A-Za-z][\w-]*))?", re.IGNORECASE)
_QUOTED = re.compile(r"[“\"]([^”\"]{2,120})[”\"]|``\s*(.{2,120}?)\s*''")
_YEARLIKE = re.compile(r"^(1[5-9]|20)\d\d$")


@dataclass(frozen=True, slots=True)
class Span:
    """What an answer states first, as its sentence writes it, and the sentence it comes from."""

    text: str  # as said in the answer ("2023-12-28", "more than 8 million followers", "Ryan Anderson")
    citation: Citation
    value: str | None = None  # a normalised value to compare by (a TIMEX3 value, a number), when there is one
    said: str | None = None  # how the sentence words it when ``text`` is normalised ("on Thursday")
    lead: str = ""  # "On", "In" for dates

    @property
    def short(self) -> str:
        """The short answer: a date coarser than a day with the words that say it ("2009-10 (October)"), so
        a reader sees the month named; else the span as said."""
        if self.lead and self.said and self.said != self.text and len(self.text) < 10:
            return f"{self.text} ({self.said})"
        return self.text

    @property
    def sentence(self) -> str:
        """The short answer as the first sentence states it (without citations)."""
        if self.lead:
            return f"{self.lead} {self.text}" + (f" ({self.said})" if self.said and self.said != self.text else "")
        return self.text


def date_span(store, claim: ClaimView, near: Sequence[int] = ()) -> Span | None:
    """The date of the claim's event: its own stated time, else the calendar TIMEX3 of its sentence nearest
    the asked verb (``near``: where the sentence says it; "speculated about the June 1972 break-in … until
    finally coming forward in May 2005": May 2005 for "when did he come forward?"), else the first. A
    weekday said with its calendar date beside it ("on Thursday (June 13)") keeps both."""
    when = place(claim.time, claim.day)
    if not when.reported:
        phrase = time_phrase(claim) or when.label
        lead, _, rest = phrase.partition(" ")
        # how the date reads beside its value: the sentence's words, else the value in words ("April 2005" for
        # "2005-04"), where the sentence may say it
        said = rest.split(" (", 1)[1].rstrip(")") if " (" in rest else \
            (when.text if when.text != when.label[:10] else None)
        # a phrase that opens on no preposition ("12:00 UTC Monday"): "On" a day, "In" a month or a year
        day = re.fullmatch(r"\d{4}-\d\d-\d\d", when.label[:10]) is not None
        return Span(text=when.label[:10], citation=claim.citation, value=claim.time, said=said,
                    lead=lead.capitalize() if lead.lower() in ("on", "in") else "On" if day else "In")
    if claim.time_text and _DATE_WORDS.search(claim.time_text) and not (claim.time or "").startswith("P"):
        # a date the pipeline could not place on the calendar (no publication date): said as written
        return Span(text=_with_calendar(" ".join(claim.time_text.split()), claim.citation.text),
                    citation=claim.citation, lead="")
    c = claim.citation
    unplaced: list[tuple[int, Span]] = []
    placed: list[tuple[int, Span]] = []
    for start, end, text, kind, value in store.times_in(c.article, c.start, c.end):
        period = period_of(value)
        if kind in ("DATE", "TIME") and period:
            label = value.split("T")[0]
            lead = "On" if period[2] in ("day", "time") else "In"
            placed.append((start - c.start, Span(text=label, citation=c, value=value,
                                                 said=text if text != label else None, lead=lead)))
        if kind == "DATE" and _DATE_WORDS.search(text):
            unplaced.append((start - c.start, Span(text=_with_calendar(" ".join(text.split()), c.text), citation=c)))
    # the date nearest the asked verb, else the claim's own ("passage by Friday; Greece faces a May 19 due date":
    # May 19 for "faces")
    near = list(near) or _verb_at(claim)
    for found in (placed, unplaced):
        if found and near:
            return min(found, key=lambda p: min(abs(p[0] - at) for at in near))[1]
        if found:
            return found[0][1]
    return None


def clock_span(store, citation: Citation) -> Span | None:
    """The first time of day the sentence states ("at about 10:35 a.m.", "just after 9 a.m."), as written: the
    answer to "at what time …", which a day does not give. None when the sentence states no time of day."""
    for start, end, text, kind, value in store.times_in(citation.article, citation.start, citation.end):
        # a figure said or a clock value read ("T10:35"), not a part of a day ("Sunday morning": "TMO")
        if kind == "TIME" and (re.search(r"\d", text) or re.search(r"T\d", value or "")) and \
                not (value or "").startswith("P"):
            return Span(text=" ".join(text.split()), citation=citation, value=value if period_of(value) else None)
    return None


def _verb_at(claim: ClaimView) -> list[int]:
    """Where the claim's sentence says its verb (the first word of its predicate), as offsets in the sentence."""
    head = (claim.predicate or "").split()[:1]
    if not head:
        return []
    return [m.start() for m in re.finditer(rf"(?<!\w){re.escape(head[0])}(?!\w)", claim.citation.text)]


#: A calendar date said right after a weekday: "Thursday (June 13)", "Thursday, June 13".
_CALENDAR_AFTER = re.compile(rf"\s*[(,]\s*((?:{MONTH_NAMES})\.?\s+\d{{1,2}}(?:\s*,\s*\d{{4}})?)\b")


def _with_calendar(said: str, text: str) -> str:
    """A weekday with the calendar date the sentence gives beside it ("Thursday (June 13)"); else as said."""
    at = text.find(said)
    if at < 0 or not re.fullmatch(r"(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day", said, re.IGNORECASE):
        return said
    found = _CALENDAR_AFTER.match(text, at + len(said))
    return f"{said} ({' '.join(found[1].split())})" if found else said


_DATE_WORDS = re.compile(rf"\b(\d{{4}}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|{WEEKDAY}|"
                         r"spring|summer|autumn|fall|winter)", re.IGNORECASE)


def entity_spans(store, claim: ClaimView, answer_type: str, *, skip: set[int], skip_names: set[str],
                 subject: bool | None = None, kin: bool = False) -> list[Span]:
    """Mentions of the wanted type in the claim's sentence, asked ones left out: first the claim's subject
    when the question asks for its subject ("who hosted …"), its object or arguments when it asks for
    those ("whom did X marry"), then the claim's other participants, then the sentence's other mentions.
    With ``kin`` (the question asks for a relative of the named one), a name is left out only when all its words
    are the asked one's: "Tom Lee" may be Ann Lee's father."""
    types = ENTITY_TYPES.get(answer_type, ())
    c = claim.citation
    found: list[tuple[int, int, Span]] = []
    own = {e.id for e in (claim.object_entity, claim.subject_entity) if e}
    said = " ".join(str(v) for k, v in claim.args.items() if k != "subject_text")  # the subject's words are its own
    said_by_claim = set(tokens(f"{claim.object or ''} {said}"))
    said_by_subject = set(tokens(f"{claim.subject} {claim.args.get('subject_text') or ''}")) \
        if claim.kind != "sentence" else set()
    mentions = store.mentions_in(c.article, c.start, c.end)
    starts = {start - c.start for start, *_ in mentions}
    for start, _end, text, kind, entity_id, _name in mentions:
        facility = answer_type == "place" and kind == "ORG" and _FACILITY_HEAD.search(text) is not None
        if (kind not in types and not facility) or (entity_id is not None and entity_id in skip):
            continue
        words = set(tokens(text))
        # a name shares a word with an asked one ("Lake Ann" for "Ann Lee"); "and", "the", "of" name no one
        if not words or (words & skip_names) - FUNCTION_WORDS and not (kin and words - skip_names - FUNCTION_WORDS):
            continue
        in_subject = bool(said_by_subject) and (words <= said_by_subject or (
            claim.subject_entity is not None and entity_id == claim.subject_entity.id))
        in_rest = words <= said_by_claim or (claim.object_entity is not None and entity_id == claim.object_entity.id)
        if answer_type == "place":
            # where it happened is said after a preposition of place ("filed … in a Manhattan court"); a place in
            # the subject's own words describes the doer ("United States automaker GM"), not the event
            at = start - c.start
            placed = _LOCATIVE.search(c.text[max(0, at - 24):max(0, at)]) is not None
            rank = 0 if in_rest else 1 if placed and not in_subject else 3 if in_subject else 2
        elif subject is True:
            rank = 0 if in_subject else 1 if in_rest else 2
        else:
            rank = 0 if in_rest else 1 if in_subject or entity_id in own else 2
        text = whole_name(c.text, start - c.start, text, person=answer_type == "person")
        if answer_type == "organisation":
            text = _joined_name(c.text, start - c.start, text, starts)
        found.append((rank, start, Span(text=text, citation=c, value=str(entity_id) if entity_id else None)))
    found.sort(key=lambda item: item[:2])
    return list(dict.fromkeys(s for _, _, s in found))


#: What a name goes on with after a mention's end: a hyphen and a capitalised word ("Strauss - Kahn" as
#: tokenised text spaces it, "Comcast - Spectacor"), or, for a person, a lower-case particle and a capitalised word
#: ("Daniel *arap Moi*", "Charles *de Gaulle*", "Ludwig *van Beethoven*").
_NAME_GOES_ON = re.compile(r"\s?-\s?(?-i:[A-Z])[\w'’]*")
_PARTICLE_GOES_ON = re.compile(r"\s(?:de|da|di|del|della|der|den|van|von|bin|ibn|al|el|le|la|du|dos|das|arap)"
                               r"\s(?-i:[A-Z])[\w'’-]*")


def whole_name(text: str, at: int, name: str, *, person: bool = False) -> str:
    """A mention of ``text`` at ``at`` with the rest of its name when the tagger cut it short at a hyphen or a
    particle: a short answer "Dominique Strauss" for "Dominique Strauss - Kahn" names someone else."""
    if at < 0 or text[at:at + len(name)] != name:
        return name
    end = at + len(name)
    while (more := _NAME_GOES_ON.match(text, end)) or (person and (more := _PARTICLE_GOES_ON.match(text, end))) or (
            person and _ENDS_IN_INITIAL.search(text[at:end]) and (more := _INITIAL_GOES_ON.match(text, end))):
        end = more.end()
    return text[at:end]


#: A body's name that goes on past a lower-case joining word with capitalised words ("Brothers *to the Rescue*",
#: "Friends *of the Earth*", "Doctors *Without Borders*"): the tagger often ends the name at the joining word.
_JOINED_GOES_ON = re.compile(r"\s(?:to|of|for|without|against|on)(?:\s(?:the|a))?((?:\s(?-i:[A-Z])[\w'’-]*)+)",
                             re.IGNORECASE)


def _joined_name(text: str, at: int, name: str, starts: set[int]) -> str:
    """A body's mention with the rest of its name past a joining word (``_JOINED_GOES_ON``), when the capitalised
    words after it are no mention of their own ("sent by the FBI to *the Justice Department*" joins nothing)."""
    if at < 0 or text[at:at + len(name)] != name:
        return name
    more = _JOINED_GOES_ON.match(text, at + len(name))
    if more is None or any(more.start() < s < more.end() for s in starts):
        return name
    return text[at:more.end()]


#: After an initial, its period and the rest of the name, as tokenised text spaces them ("A . J . Burnett").
_INITIAL_GOES_ON = re.compile(r"\s?\.\s?(?-i:[A-Z])[\w'’-]*")
_ENDS_IN_INITIAL = re.compile(r"(?:^|\s)(?-i:[A-Z])$")


#: A preposition of place just before a mention ("in", "at the", "off the coast of", "near a").
_LOCATIVE = re.compile(r"\b(?:in|at|near|off|outside|inside|into|from|on|across|around)\s+"
                       r"(?:(?:the|a|an)\s+)?"
                       r"(?:(?:coast|town|city|village|port|island|state|region)\s+of\s+(?:the\s+)?)?$",
                       re.IGNORECASE)


#: Nouns of a question that asks for a street ("on which street …"), answered by a street's name.
STREET_NOUNS = frozenset({"street", "road", "avenue", "boulevard", "lane", "drive"})
_DIRECTION = r"(?:(?-i:[NSEW])\s?\.\s?|(?:North|South|East|West)\s+)"
#: A street's name as news writes it: "East 52nd Street", "E. 52nd St.", "Elm Road" (a capitalised or ordinal
#: name, then a street word; the name's words are capitalised, the street word in any case).
STREET = re.compile(rf"(?-i:\b{_DIRECTION}?(?:\d{{1,4}}(?:st|nd|rd|th)|[A-Z][\w'-]*)(?:\s+[A-Z][\w'-]*){{0,3}})\s+"
                    r"(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|Drive|Dr)\b\.?", re.IGNORECASE)


def street_spans(citation: Citation) -> list[Span]:
    """Street names in the sentence, as written ("E . 52nd St ." → "E . 52nd St")."""
    found = []
    for m in STREET.finditer(citation.text):
        words = _clean(m.group()).split()
        if words[0].lower() in _NOT_TITLES:  # "The Street was …": a determiner names no street
            words = words[1:]
        if len(words) > 1:
            found.append(Span(text=" ".join(words), citation=citation))
    return found


#: Nouns of a part of a place: "which part of Palermo", "the Porta Nuova area of Palermo".
_PART_NOUNS = r"(?:part|area|section|district|neighbou?rhood|quarter|suburb)"
#: A question that asks which part of a named place: its name after "of".
PART_OF = re.compile(rf"\b{_PART_NOUNS}\s+of\s+(?:the\s+)?(?P<whole>(?-i:[A-Z])[\w'-]*)", re.IGNORECASE)


def part_spans(citation: Citation, whole: str) -> list[Span]:
    """Names of a part of the place ``whole`` (its first word) as news writes them: "in the Porta Nuova area
    of Palermo", "the Elmwood section of Dunmore", "the Dunmore district of Elmwood" → "Porta Nuova", "Elmwood"."""
    name = r"(?P<name>(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,3})"
    text, whole = citation.text, re.escape(whole)
    found = [*re.finditer(rf"{name}\s+{_PART_NOUNS}\s+of\s+(?:the\s+)?{whole}\b", text, re.IGNORECASE),
             *re.finditer(rf"\b{whole}\s+{_PART_NOUNS}\s+of\s+{name}", text, re.IGNORECASE)]
    spans = []
    for m in sorted(found, key=lambda m: m.start()):
        words = m["name"].split()
        if words[0].lower() in _NOT_TITLES:  # "The" opening the sentence
            words = words[1:]
        if words:
            spans.append(Span(text=" ".join(words), citation=citation))
    return spans


def place_args(claim: ClaimView) -> Span | None:
    for key in ("location", "place", "where"):
        value = arg_text(claim.args.get(key))
        if value:
            words = value.split()
            if words and words[0].lower() in ("in", "at", "on", "near", "from", "to", "inside", "outside"):
                value = " ".join(words[1:])
            if value and value in claim.citation.text:
                return Span(text=value, citation=claim.citation)
    return None


def _clean(match: str) -> str:
    return " ".join(match.strip(" ,.;:").split())


def money_spans(citation: Citation) -> list[Span]:
    return [Span(text=_clean(m.group()), citation=citation) for m in MONEY.finditer(citation.text)]


def duration_spans(citation: Citation, claim: ClaimView | None = None, nouns: set[str] = frozenset()) -> list[Span]:
    """Lengths of time in the sentence, as written: first one that names the length of a thing the question
    asks about ("a 10-year sentence" when ``nouns``, the stems of its words, hold "sentenc"), then the time
    itself ("served eight years", the claim's own duration first), then a start it runs from ("since 1991":
    "how long has Somalia seen conflict?"), and last a length that qualifies another noun ("a 10-year term")."""
    text = citation.text
    ranked = []
    for m in DURATION.finditer(text):
        adjective = bool(re.search(r"\d-\w+$", m.group().strip()))
        rank = 0 if tied_to(text, m.start(), m.end(), nouns) else 3 if adjective else 1
        ranked.append((rank, m.start(), Span(text=_clean(m.group()), citation=citation)))
    ranked += [(2, m.start(), Span(text=_clean(m.group()), citation=citation)) for m in SINCE.finditer(text)]
    figured = [m.span() for m in DURATION.finditer(text)]
    ranked += [(4, m.start(), Span(text=_clean(m.group()), citation=citation)) for m in BARE_DURATION.finditer(text)
               if not _inside_length(text, m, figured)]
    ranked.sort(key=lambda r: r[:2])
    spans = [s for _, _, s in ranked]
    if claim is not None and re.match(r"P(T)?\d", claim.time or "") and claim.time_text:
        said = " ".join(claim.time_text.split())
        if said in citation.text and said not in {s.text for s in spans}:
            at = 1 if ranked and ranked[0][0] == 0 else 0
            spans.insert(at, Span(text=said, citation=citation, value=claim.time))
    return spans


#: A determiner that makes "days before" a stretch of the calendar ("in *the* days before the vote"), no length.
_DEFINITE_BEFORE = re.compile(r"\b(?:the|those|these)\s+$", re.IGNORECASE)


def _inside_length(text: str, m: re.Match, figured: list[tuple[int, int]]) -> bool:
    """Whether a length said without a figure is only part of another phrase: the tail of one with its figure
    ("two *weeks after* his death": "weeks after" drops the two) or a definite stretch ("in *the days before*
    the vote" names a time, it measures none)."""
    return any(s < m.end() and m.start() < e for s, e in figured) or bool(
        _DEFINITE_BEFORE.search(text, max(0, m.start() - 8), m.start()))


def tied_to(text: str, start: int, end: int, nouns: set[str]) -> bool:
    """Whether the figure ``text[start:end]`` measures one of ``nouns`` (stems): the noun right after it
    ("a 10-year *sentence*", "the $2 billion *bridge*") or the noun it is "of" ("a *debt* of $172 billion",
    "a *sentence* of ten years"): that thing's length or price, whatever else the sentence measures."""
    following = re.match(r"[ \t-]*([A-Za-z][\w'’-]*)", text[end:])  # the very next word: no bracket or comma between
    before = re.search(r"([A-Za-z][\w'’-]*) of\s*$", text[max(0, start - 40):start])
    return bool(following and stem(following[1].lower()) in nouns) or bool(before and stem(before[1].lower()) in nouns)


#: A record or a score, two figures joined by a hyphen: "slumping at 9-14", "won 3-1".
RECORD = re.compile(r"(?<![\w.,$-])\d{1,3}-\d{1,3}(?![\w-])")
#: A change of a figure: "raise the number of seats from 65 to 125".
CHANGE = re.compile(rf"\bfrom\s+{_NUM}{_SCALE}\s+to\s+{_NUM}{_SCALE}", re.IGNORECASE)
#: A range of counts: "10 to 12 carries", "two or three days", "between 40 and 60 people"; its upper end alone
#: ("12 carries") would say more than the sentence does. Not "20 - 13" (as tokenised): news writes a score so.
RANGE = re.compile(rf"(?<![\w.$€£¥])(?:{_HEDGE})?(?:between\s+(?P<low>{_NUM}){_SCALE}\s+and|"
                   rf"(?P<low2>{_NUM}){_SCALE}\s+(?:to|or))\s+(?P<high>{_NUM}){_SCALE}"
                   rf"(?:\s+(?P<unit>[A-Za-z][\w-]*))?", re.IGNORECASE)
_ORDINAL_WORDS = ("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
                  "fourteenth|fifteenth|twentieth|final|last")
#: A place in a sequence: "the seventh round", "in the 12th inning".
ORDINAL = re.compile(rf"\b(?:{_ORDINAL_WORDS}|\d{{1,3}}(?:st|nd|rd|th))\s+(?P<unit>[A-Za-z][\w-]*)", re.IGNORECASE)
#: "178 of 369 punches", "four of its security updates": the part before "of" is the count, of the noun after.
_PART = re.compile(rf"\s+of\s+(?:{_NUM}{_SCALE}|the|its|their|his|her|our|these|those)\s+"
                   r"(?P<unit>[A-Za-z][\w-]*)(?:\s+(?P<second>[A-Za-z][\w-]*))?", re.IGNORECASE)
#: The noun a figure is said of by a copula or a preposition: "her blood-alcohol *level* was 0.41".
_SAID_OF = re.compile(r"([A-Za-z][\w'-]*)\s+(?:was|is|were|are|of|at|stood at|reached|hit|to)\s*$")
#: How many capitalised words may stand between a figure and its noun ("four Rolls-Royce Trent 900 engines").
_NAME_REACH = 5


def count_spans(citation: Citation, units: set[str], *, ordinal: bool = False,
                only_ordinals: bool = False) -> list[Span]:
    """Counts in the sentence ("more than 8 million followers", "12 people", "178 of 369 punches", "the
    seventh round", "from 65 to 125", a record "9-14"); ones whose noun is one of ``units`` (stems of the
    question's words) first, or that a copula ties to one ("the level was 0.41"); years, days of the
    month and numbers inside a name ("Trent 900 engines") left out. A place in a sequence ("the seventh
    round", or "in the seventh" said alone) only when ``ordinal`` (the question asks "which round", not
    "how many"); with ``only_ordinals``, nothing else."""
    out: list[tuple[int, int, Span]] = []
    text = citation.text
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in taken)

    for m in RECORD.finditer(text):
        out.append((1, m.start(), Span(text=m.group(), citation=citation)))
        taken.append(m.span())
    for m in CHANGE.finditer(text):
        before = {stem(w) for w in tokens(text[max(0, m.start() - 40):m.start()])[-4:]}
        out.append((0 if before & units else 1, m.start(), Span(text=_clean(m.group()), citation=citation)))
        taken.append(m.span())
    for m in ORDINAL.finditer(text) if ordinal else ():
        if stem(m["unit"].lower()) in units:
            out.append((0, m.start(), Span(text=_clean(m.group()), citation=citation)))
            taken.append(m.span())
        elif re.search(r"\bthe\s+$", text[max(0, m.start() - 5):m.start()]) and m["unit"].lower() in FUNCTION_WORDS:
            word = m.group().split()[0]  # "wrapping it up in the seventh with …"
            out.append((1, m.start(), Span(text=word, citation=citation)))
    if only_ordinals:
        out.sort(key=lambda item: item[:2])
        return [s for _, _, s in out]
    for m in RANGE.finditer(text):  # "10 to 12 carries", "between 40 and 60 people": the range whole
        low = (m["low"] or m["low2"]).replace(",", "").replace(" ", "")
        if not free(*m.span()) or _YEARLIKE.match(low) or _after_month(text, m.start()):
            continue
        unit = m["unit"] if m["unit"] and m["unit"].lower() not in FUNCTION_WORDS else None
        end = m.end() if unit else m.end("high")
        out.append((0 if unit and stem(unit) in units else (1 if unit else 2), m.start(),
                    Span(text=_clean(text[m.start():end]), citation=citation)))
        taken.append((m.start(), end))
    for m in COUNT.finditer(text):
        core = re.sub(_HEDGE, "", m.group(), flags=re.IGNORECASE).split()
        if not core or _YEARLIKE.match(core[0].replace(",", "")) or not free(*m.span()):
            continue
        if _after_month(text, m.start()):
            continue
        if re.search(r"/\s*$", text[:m.start()]) and re.match(r"\s*/", text[m.end():]):
            continue  # "news / national / 9166103 / …": a figure in a web address counts nothing
        if _in_name(text, m.start()) or _AGE_OR_ONE.match(text, m.end() if m.group("unit") is None else m.start("unit") - 1):
            continue  # "Trent 900", "the 30-year-old", "one of the suspects": no count of anything
        if (m.group("unit") is None and _CLOCK.match(text, m.end())) or re.search(r"\d\s*:\s*$", text[:m.start()]):
            continue  # "with 4 : 08 to play": a clock, no count
        unit, end = m.group("unit"), m.end()
        if (unit is None or unit.lower() == "and") and core[0].isdigit() and \
                _AGE_BESIDE_NAME.search(text[max(0, m.start() - 40):m.start()]) and \
                _AGE_ENDS.match(text, end if unit is None else m.start("unit") - 1):
            continue  # "Ann Lee, 20, is accused of …", "Ann Lee, 20 and from Elm, …": her age, no count of anything
        if unit is None and (percent := _PERCENT.match(text, end)):  # "a 45 % drop": the figure is a share
            unit, end = "percent", percent.end()
        if unit is None and (joined := _SPACED_HYPHEN.match(text, end)):  # "a seven - yard pass", as tokenised
            unit, end = joined[1], joined.end()
        if core[0].lower() in ("one", "1") and (unit or "").lower() == "of":
            continue  # "one of the suspects" names one of them, no count
        if unit and unit.lower() in FUNCTION_WORDS:  # "9-14 a year after": no noun counted
            part = _PART.match(text, m.start("unit") - 1) if unit.lower() == "of" else None
            if part and part["second"] and stem(part["second"].lower()) in units:
                unit, end = part["second"], part.end("second")  # "of its security *updates*"
            else:
                unit, end = (part["unit"], part.end("unit")) if part else (None, m.start("unit"))
        if unit and unit[:1].isupper():  # the counted noun after a name: "four Rolls-Royce Trent 900 engines"
            unit, end = _noun_after_name(text, m.start("unit"), units) or (unit, end)
        head = _COMPOUND_HEAD.match(text, end) if unit and unit == m.group("unit") else None
        if head and stem(unit) not in units and stem(head[1]) in units:
            unit, end = head[1], head.end()  # "two prison guards" for "how many guards": the compound's head
            # (not after a measure: "a nine - yard pass" is one pass)
        rank = 0 if unit and stem(unit) in units else (1 if unit else 2)
        said_of = _SAID_OF.search(text[max(0, m.start() - 40):m.start()])
        if said_of and stem(said_of[1].lower()) in units:
            rank = 0
        if unit and stem(unit) == "time" and "time" not in units:
            rank = max(rank, 2)  # "five times the legal limit" is a ratio, no count of the asked thing
        taken.append((m.start(), end))
        figure = _clean(text[m.start():end])
        if core[0][:1].isdigit() and _BARE_POINT.search(text[max(0, m.start() - 3):m.start()]):
            figure = "." + figure  # "a blood alcohol content of .09 percent" (". 09" as tokenised): not "09 percent"
        out.append((rank, m.start(), Span(text=figure, citation=citation)))
    out.sort(key=lambda item: item[:2])
    return [s for _, _, s in out]


#: A month's name (or its abbreviation) ending right before a figure: "Nov. 12", "March 3" are days of the month.
_MONTH_BEFORE = re.compile(r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*$")


def _after_month(text: str, at: int) -> bool:
    """Whether the figure at ``at`` follows a month's name: a day of the month, no count."""
    return _MONTH_BEFORE.search(text[max(0, at - 12):at].lower()) is not None


#: Before a bare figure: a capitalised name and a comma, as news sets a person's age ("Ann Lee, 20, said").
_AGE_BESIDE_NAME = re.compile(r"(?-i:[A-Z])[\w'’.-]*\s?,\s?$")
#: After a bare figure set beside a name: what closes an age's apposition (a comma, "and", a bracket, the sentence's
#: end), never a noun it counts ("In Elm, 20 people fled").
_AGE_ENDS = re.compile(r"\s*(?:,|;|\)|\band\b|\.?\s*$)")
#: The word after a counted word, which may be the head of its compound ("two prison *guards*").
_COMPOUND_HEAD = re.compile(r"\s+([A-Za-z][\w-]*)")
#: Before a figure: a decimal point with no whole part, after a space (".09", tokenised ". 09"); not a sentence's
#: full stop, which follows a word.
_BARE_POINT = re.compile(r"(?:^|[\s(])\.\s?$")
#: After a figure: a percent sign ("45 %", "45%").
_PERCENT = re.compile(r"\s?%")
#: A compound's hyphen as tokenised text writes it, spaced: "seven - yard" ("seven-yard").
_SPACED_HYPHEN = re.compile(r"\s-\s([A-Za-z][\w-]*)")
#: After a figure: the minutes of a clock ("4 : 08", "10:35").
_CLOCK = re.compile(r"\s*:\s*\d\d\b")
#: After a figure: an age ("-year-old", as tokenised text writes it "- year - old").
_AGE_OR_ONE = re.compile(r"\s*-\s*years?\s*-\s*old\b", re.IGNORECASE)


def _in_name(text: str, at: int) -> bool:
    """Whether the figure at ``at`` belongs to a name: right after a capitalised word that does not open the
    sentence ("Trent 900", "Flight 93")."""
    before = re.search(r"(\S+)\s+$", text[:at])
    if before is None or not before[1][:1].isupper() or not before[1].rstrip(".").isalpha():
        return False
    return bool(text[:before.start(1)].strip(" \"'`“‘"))


def _noun_after_name(text: str, at: int, units: set[str]) -> tuple[str, int] | None:
    """The asked noun a few capitalised words (or codes) after ``at``, and where it ends."""
    for i, m in enumerate(re.finditer(r"[\w'-]+", text[at:])):
        if i > _NAME_REACH:
            return None
        word = m.group()
        if stem(word.lower()) in units:
            return word, at + m.end()
        if not (word[:1].isupper() or word[:1].isdigit()):
            return None
    return None


def title_spans(store, citation: Citation, near: list[str]) -> list[Span]:
    """Titles in the sentence: quoted capitalised phrases, names a naming verb gives ("was once named the
    7E7", "known as Project Blue"), capitalised names set beside one of ``near`` (the question's kind nouns or
    words) in apposition ("her clothing line, Mantra,"), then work-of-art mentions; those beside a ``near``
    word first. A person's name is no title ("the film, Ann Lee said,")."""
    text = citation.text
    out: list[tuple[int, int, Span]] = []
    for m in _QUOTED.finditer(text):
        inner = (m.group(1) or m.group(2) or "").strip(" ,.")
        if not inner[:1].isupper() or len(inner.split()) > 14 or spoken(text, m.start(), m.end()):
            continue
        rank = 0 if _beside(text, m.start(), m.end(), near) else 1
        out.append((rank, m.start(), Span(text=inner, citation=citation)))
    mentions = store.mentions_in(citation.article, citation.start, citation.end)
    people = {w for _s, _e, t, kind, _i, _n in mentions if kind == "PERSON" for w in tokens(t)}
    # a naming verb's name counts as beside when the question's words are near ("was once named the 7E7 but
    # was renamed"; not "the platform formerly called Twitter" for a documentary); an apposition always is
    named = [(0 if _beside(text, m.start(), m.end(), near) else 1, m.start("name"), m["name"])
             for m in _NAMED.finditer(text)]
    for word in {w for w in near if w.isalpha() and len(w) > 2}:
        named += [(0, m.start("name"), m["name"]) for m in re.finditer(
            rf"\b{re.escape(word)}\w*\s*,\s*(?P<name>{_CAPS}(?:\s+{_CAPS}){{0,4}})\s*(?=[,.;]|$)", text, re.IGNORECASE)]
    for rank, at, name in named:
        name = _clean(name)
        written = name[:1].isupper() or name[:1].isdigit()
        if written and name.lower() not in _NOT_TITLES and not set(tokens(name)) & people:
            out.append((rank, at, Span(text=name, citation=citation)))
    for word in {w for w in near if kind_noun(w)}:
        out += [(0, at, Span(text=name, citation=citation)) for at, name in headed_names(text, word)]
    for start, _end, mention, kind, _id, _name in mentions:
        if kind == "WORK_OF_ART":
            out.append((2, start - citation.start, Span(text=mention, citation=citation)))
    out.sort(key=lambda item: item[:2])
    return list(dict.fromkeys(s for _, _, s in out))


#: What stands after a quotation whose words someone said: a comma, then a verb within its next four words (a
#: speaker may come first: "Steward said", "he added", "said his daughter").
_SAID_AFTER = re.compile(r"^\s*,?\s*((?:[\w.'’-]+\s*){1,4})")
#: What stands before one: a verb of saying, then a comma or a colon ("she said: …", "he added, …").
_SAID_BEFORE = re.compile(r"\b([a-z]+)\s*[,:]?\s*$")


def spoken(text: str, start: int, end: int) -> bool:
    """Whether the quotation at ``text[start:end]`` is someone's words, not a title: a verb of saying is set
    right after it (``"Tony Thompson is very hard to hit," Steward said``) or right before it (``she said:
    "…"``), or it is a sentence: six words or more ending with a full stop, or the whole sentence quoted. A title in quotation marks is set in a sentence about the work ("the film "Catching Fire," which …")."""
    inner = text[start:end].strip("“”\"`' ")
    if (inner.endswith(".") and len(inner.split()) >= 6) or (not text[:start].strip() and not text[end:].strip(" .")):
        return True  # a sentence quoted ("“Tony was watching his right hand all night .”"), not a short name
        # that a full stop inside the marks happens to end ('is called "Lost Roads."')
    after = _SAID_AFTER.match(text[end:end + 40])
    before = _SAID_BEFORE.search(text[max(0, start - 30):start])
    said = [*(re.findall(r"[A-Za-z]+", after[1]) if after else []), *([before[1]] if before else [])]
    return any(w.islower() and (stem(w) in SPEECH_STEMS or (w.endswith("ed") and stem(w[:-2]) in SPEECH_STEMS))
               for w in said)  # ("added": the stemmer cuts it to "ad")


def headed_names(text: str, noun: str) -> list[tuple[int, str]]:
    """Names whose last word is ``noun`` capitalised, with where each starts: "the Clean Air Act", "the
    team's Most Valuable Player Award", "the City Attorney's Office" for "act", "award", "office". An
    owner's possessive before the name is no part of it ("the league's Gold Glove Award")."""
    head = noun[:1].upper() + noun[1:]
    found = []
    for m in re.finditer(rf"(?P<name>(?:{_NAME_WORD}(?:\s*-\s*|\s+)){{1,5}})(?-i:{re.escape(head)}s?)\b", text):
        name = text[m.start("name"):m.end()]
        words = name.split()
        while words and (words[0].lower() in _NOT_TITLES or words[0] == "-"):
            words = words[1:]  # "The Clean Air Act": the determiner opens no name
        if len(words) > 1:
            found.append((m.end() - len(" ".join(words)), " ".join(words)))
    return found


#: A word of a name: capitalised (or a code), not an owner's possessive ("NFL's" owns what follows).
_NAME_WORD = r"(?-i:[A-Z0-9])[\w&.]*(?:['’](?!s\b)[\w]+)?(?<!['’]s)"


def _beside(text: str, start: int, end: int, near: list[str]) -> bool:
    """Whether one of ``near`` (the question's kind nouns or words) is said around ``text[start:end]``."""
    around = text[max(0, start - 50):end + 30]
    stems_, ordered = phrase_keys(around)
    words = [w for w in tokens(around) if len(w) > 3]
    return any(match(w, stems_, ordered, words) >= 0.6 for w in near)


#: A capitalised word or a code ("7E7"), as a name is written.
_CAPS = r"(?-i:[A-Z0-9][\w'’&-]*)"
#: A name a naming verb gives: "was once named the 7E7", "a plan dubbed Project Blue", "known as the Hawk".
_NAMED = re.compile(rf"\b(?:named|called|dubbed|titled|entitled|renamed|known as)\s+(?:as\s+)?(?:the\s+)?"
                    rf"(?P<name>{_CAPS}(?:\s+{_CAPS}){{0,4}})")
#: Capitalised words a naming verb or a comma may put first that name no title.
_NOT_TITLES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "i", "he", "she",
               "they", "we", "it", "the", "but", "and", "in", "on", "at", "for", "a", "an", "this", "that", "mr", "mrs",
               "ms", "dr"}


#: An age as articles write it (``age_spans``): the hyphens of "32-year-old" may stand spaced ("32 - year - old", as a
#: tokenised text writes them) or one may be left out ("32 - year old"); "He was 77." (an obituary's closing age) is
#: a pronoun's age only at a clause's end.
_AGE = re.compile(r"\b(\d{1,3})\s?-\s?years?\s?-?\s?old\b|\baged? (?:of )?(\d{1,3})\b|\bage of (\d{1,3})\b|"
                  r"[A-Z][\w.'-]+ ?,\s*(\d{1,3})\s*,|\b(?:[Hh]e|[Ss]he) (?:was|is) (\d{1,3})\s?(?:[.;]|$)")


def age_spans(citation: Citation) -> list[Span]:
    """Ages as articles write them: "the 32-year-old", "aged 85", "at the age of 91", "Blanchard, 32,"."""
    out = []
    for m in _AGE.finditer(citation.text):
        value = next(g for g in m.groups() if g)
        if 0 < int(value) < 130:
            out.append(Span(text=value, citation=citation, value=value))
    return out
