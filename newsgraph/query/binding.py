"""Which of a sentence's spans fills the role the question asks for, and when none does.

A sentence that answers "who takes over as coach?" often names several people:
"The general manager, Ann Lee, announced Tom Ray will take over as coach." The
first name is the one who announced it; the answer is the doer of the
question's own verb. The finders of ``extract`` give every span of the answer
type; the rules here bind one to the question, by plain English word order:

- the doer of the asked verb is the nearest name before it, the one it was
  done to the nearest after it, when the claim read from the sentence is of
  another verb ("announced");
- a figure or a name the question gives beside its verb ("married in 1958")
  picks the name nearest to it;
- names joined by "and" in one subject ("Ann Lee and Tom Ray, both 51, died")
  answer together;
- an age belongs to the name it is set beside ("Ann Lee, 20, and Tom Ray, 24");
- a place answers "where" when a preposition of place sets it ("in", "at",
  "outside a …"), the most specific first: a facility before its city, the
  city before the state named after its comma ("Malibu, Calif.").

When no span passes (``fits``), the writer says no short answer and quotes the
sentence: a wrong first word is a false statement with a citation.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..lexicon.lists import join_names
from ..resolve.places import country_of
from .analysis import PREPOSITIONS, WHICH_OPENING, kind_of, kind_noun, kind_word
from .extract import FACILITIES, Span
from .lexicon import match, phrase_keys
from .questions import QuestionAnalysis
from .types import ClaimView
from .words import FUNCTION_WORDS, IRREGULAR, singular, stem, token_spans, tokens, verb_spans

#: A preposition of place right before a place, with its determiner and up to three modifiers
#: ("in", "at the", "outside a", "in the federal maximum security").
LOCATIVE = re.compile(r"\b(?:in|at|near|outside|inside|into|to|from|on|across|around|off|within|toward|towards|"
                      r"entered|entering|enters)\s+(?:(?:the|a|an|his|her|their|its)\s+)?"
                      r"(?:(?:coast|town|city|village|port|island|state|region|area)\s+of\s+(?:the\s+)?)?"
                      r"(?:[a-z][\w-]*\s+){0,3}$", re.IGNORECASE)
_FACILITY = re.compile(r"\b(?:" + "|".join(FACILITIES) + r")s?\b", re.IGNORECASE)
#: A name given to a facility right after it: "the federal prison - known as Supermax -".
_KNOWN_AS = re.compile(r"\s*[-,(]\s*(?:known as|called|dubbed)\s+(?:the\s+)?(?-i:[A-Z][\w'-]*)(?:\s+(?-i:[A-Z][\w'-]*))*",
                       re.IGNORECASE)
#: Where an unnamed facility is: "a rehab facility *in Malibu*".
_IN_NAMED = re.compile(r"\s+(?:in|at|near|outside)\s+(?-i:[A-Z][\w'.-]*)(?:\s+(?-i:[A-Z][\w'.-]*))*")
#: "Who were …", "who are …", "the two …", "both …": the question wants more than one name.
_PLURAL = re.compile(r"^\s*(?:who|which\s+\w+)\s+(?:were|are|have been)\b|\b(?:two|three|four|both)\b", re.IGNORECASE)


def placed(span: Span) -> bool:
    """Whether a preposition of place sets the span in its sentence ("in Malibu", "outside a … store"), not
    its own words as a modifier ("U.S. TV show") or a title ("Alaska Gov. …")."""
    text = span.citation.text
    at = text.find(span.text)
    if at < 0 or re.match(r"\s+(?-i:[A-Z])", text[at + len(span.text):]):
        return False  # "on U.S. TV": a modifier of the name after it
    return LOCATIVE.search(text[max(0, at - 60):at]) is not None


def facility_spans(span_citation) -> list[Span]:
    """Facilities the sentence names after a preposition of place, as written: a capitalised name ending in a
    facility noun ("the Ridge Treatment Center", "Pagliarelli prison", "Sam 's Club store"), or a common one
    set by a preposition ("in a local school"); a name given right after it comes along ("- known as …"), and
    for an unnamed one, the named place it is in ("a rehab facility in Malibu")."""
    text = span_citation.text
    out: list[Span] = []
    spans = token_spans(text)
    for index, (start, end, word) in enumerate(spans):
        if not _FACILITY.fullmatch(word):
            continue
        first = index
        while first > 0 and index - first < 5 and (spans[first - 1][2][:1].isupper() or _possessive(text, spans[first - 1])):
            first -= 1
        begin = spans[first][0]
        proper = first < index and spans[first][2][:1].isupper()
        if proper and first == 0:
            continue  # the sentence's first word: no name known
        if not proper:
            lead = LOCATIVE.search(text[max(0, start - 60):start])
            if lead is None or not re.search(r"\b(?:the|a|an|his|her|their|its)\s", lead.group(), re.IGNORECASE):
                continue
            begin = start - len(lead.group()) + re.search(r"\b(?:the|a|an|his|her|their|its)\s", lead.group(),
                                                          re.IGNORECASE).start()
        elif not placed(Span(text=text[begin:end], citation=span_citation)):
            continue  # "a fire destroyed the Bible Church": no place where something was
        known = _KNOWN_AS.match(text, end) or (None if proper else _IN_NAMED.match(text, end))
        stop = known.end() if known else end
        out.append(Span(text=" ".join(text[begin:stop].split()), citation=span_citation))
    return [f for f in out if not any(f.text != o.text and f.text in o.text for o in out)]


def _possessive(text: str, token: tuple[int, int, str]) -> bool:
    """Whether a token is the "'s" of a name ("Sam 's Club", as tokenised text writes it)."""
    start, _end, word = token
    return word.lower() == "s" and start > 0 and text[start - 1] in "'’"


def qualifier(span: Span, others: list[Span]) -> bool:
    """Whether the span is the qualifier after another place's comma ("Malibu, *Calif.*"): the one before it is
    the more specific answer."""
    text = span.citation.text
    at = text.find(span.text)
    before = text[max(0, at - 40):at]
    return any(re.search(re.escape(o.text) + r"\s*,\s*$", before) for o in others if o is not span)


def bind_places(citation, spans: list[Span], question: str = "", skip_names: set[str] = frozenset()) -> list[Span]:
    """Places that a preposition of place sets, the most specific first (a facility, then the others in their
    order, the state after a city's comma left out); none that only qualify a noun. When the question names a
    facility ("where is the plant?"), that is what is asked about, not the answer; a kind of facility after
    "which" ("in which prison …") is the answer's kind. A facility named in the question (``skip_names``, its
    names' words) is where the story starts, not the answer; one the sentence does not name ("a rehab
    facility in Malibu") says less than the named place after it."""
    # "where is the shop?": a facility is what is asked about, not the answer
    asked = re.sub(r"\b(?:which|what)\s+\w+", "", question, flags=re.IGNORECASE)
    facilities = [] if _FACILITY.search(asked) else facility_spans(citation)
    facilities = [f for f in facilities if not set(tokens(f.text)) & skip_names]
    named = [f for f in facilities if f.text[:1].isupper()]
    kept = [s for s in spans if placed(s) and not qualifier(s, spans) and not any(s.text in f.text for f in named)]
    own = [s for s in spans if sited(s, spans, question)]  # "the Atlanta plant" for "where are the plants"
    own = [listed(own[0], own), *own[1:]] if own else []  # the list whole: both plants are asked about
    return list(dict.fromkeys([*own, *named, *kept, *(f for f in facilities if f not in named)]))


#: "Where is the plant?", "where are the plants that will close …": the thing a "where" question asks the place of
#: (up to three words after "the", then the question's end or a relative pronoun: "where was the boss *born*?" asks
#: where something happened, not where a thing is).
_WHERE_IS = re.compile(r"^\s*where\s+(?:is|are|was|were)\s+(?:the|its|their|his|her)\s+"
                       r"(?P<thing>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)(?=\s*\?|\s+(?:that|which|who|whose)\b)",
                       re.IGNORECASE)


#: A participle that ends the asked phrase makes the question one of an act ("where was the boss *born*?",
#: "where were the hostages *held*?").
_PARTICIPLE = re.compile(r"(?:ed|en|born|held|built|kept|found|made|shot|hit|put|set|left|caught|taken|seen|hidden)$",
                         re.IGNORECASE)


def sited(span: Span, spans: list[Span], question: str) -> bool:
    """Whether a place names where the thing a "where is the N …" question asks about stands: the sentence sets it
    right before N, alone or in a list of places ("the *Atlanta* and St. Louis plants will be closed" for "where are
    the plants that will close?"). A place before another noun only qualifies that noun ("the Boston police")."""
    asked = _WHERE_IS.match(question)
    text = span.citation.text
    at = text.find(span.text)
    if asked is None or at < 0 or _PARTICIPLE.search(asked["thing"]):
        return False
    others = "|".join(re.escape(o.text) for o in spans if o is not span)
    listed = rf"(?:\s*(?:,|\band\b)\s*(?:{others}))*" if others else ""
    noun = re.match(rf"{listed}\s+(?P<noun>[a-z][\w-]*)\b", text[at + len(span.text):])
    return noun is not None and stem(noun["noun"]) in {stem(w) for w in tokens(asked["thing"])} and \
        noun["noun"] not in FUNCTION_WORDS


def bind_age(spans: list[Span], names: set[str]) -> list[Span]:
    """The age set beside one of the asked person's names ("Tom Ray, 24,", "the 24-year-old Ray"); with one
    age in the sentence, that one unless it is another's ("her 12-year-old daughter"); with several and none
    beside the name, none."""
    bound = [s for s in spans if _beside_name(s, names)]
    if bound or len({s.text for s in spans}) > 1:
        return bound
    return [s for s in spans if not _of_another(s, names)]


def _of_another(span: Span, names: set[str]) -> bool:
    """Whether an age is someone else's: set before a noun ("her 12-year-old daughter"), brought in with "a"
    ("a 35-year-old man"), or set beside another name ("Tom Ray, 24,", "the 44-year-old Ray" when Ray is not
    the asked person). Not "the 37-year-old will serve": the one the story is about, named before."""
    text = span.citation.text
    age = re.escape(span.text)
    if re.search(rf"\b(?:a|an|her|his|their|its)\s+{age}\s*-\s*years?\s*-?\s*old\b", text, re.IGNORECASE) or \
            re.search(rf"(?-i:[A-Z])[\w.'-]*\s*,\s*{age}\s*,", text):
        return True
    named = re.search(rf"(?<!\d){age}\s*-\s*years?\s*-?\s*old\s+((?-i:[A-Z])[\w.'-]*)", text)
    if named is not None and named[1].lower() not in names:
        return True
    found = re.search(rf"(?<!\d){age}\s*-\s*years?\s*-?\s*old\s+((?-i:[a-z])[\w-]*)", text)
    # "the 37-year-old will serve", "the 23-year-old finished": a verb follows, the age is the subject's
    return found is not None and found[1] not in FUNCTION_WORDS and not found[1].endswith("ed")


def _beside_name(span: Span, names: set[str]) -> bool:
    text = span.citation.text
    for m in re.finditer(rf"(?<!\d){re.escape(span.text)}(?!\d)", text):
        before = tokens(text[max(0, m.start() - 30):m.start()])[-1:]
        after = [w for w in tokens(text[m.end():m.end() + 40]) if w not in ("year", "old")][:1]
        # (the hyphens as tokenised text spaces them too: "24 - year - old")
        if set(before) & names or (re.match(r"\s?-\s?years?\s?-?\s?old\s", text[m.end():]) and set(after) & names):
            return True
    return False


def says_verb(word: str | None, claim: ClaimView) -> bool:
    """Whether the claim's verb says ``word`` (the question's predicate) or a close paraphrase of it."""
    if not word:
        return False
    stems_, ordered = phrase_keys(f"{claim.lemma or ''} {claim.predicate}")
    return match(word, stems_, ordered) >= 0.85


def verb_at(q: QuestionAnalysis, text: str) -> list[int]:
    """Where the sentence says the question's verb (any inflection of its first word)."""
    if not q.predicate:
        return []
    head = q.predicate.split()[0].lower()
    head = IRREGULAR.get(head, head)
    forms = {stem(head), *(stem(head + ending) for ending in ("ed", "ing", "s"))}  # "add": "added" stems to "ad"
    return [start for start, _end in verb_spans(text, forms)]


def _anchors(q: QuestionAnalysis, text: str) -> list[int]:
    """Where the sentence says a figure the question gives ("married in 1958")."""
    figures = {w for w in tokens(q.text) if w[:1].isdigit()}
    return [start for start, _end, word in token_spans(text) if word in figures]


def _nearest(spans: list[Span], where) -> list[Span]:
    """The spans in the order of their distance to the nearest of the offsets ``where(text)`` gives in their
    sentence; in their own order when it gives none."""
    if len(spans) < 2:
        return spans
    text = spans[0].citation.text
    places = where(text)
    if not places:
        return spans
    return sorted(spans, key=lambda s: min(abs(text.find(s.text) - at) for at in places))


def by_anchor(q: QuestionAnalysis, spans: list[Span]) -> list[Span]:
    """The spans nearest a figure the question gives first ("whom did she marry in 1961?": the name beside
    "1961"); in their order when the sentence says none."""
    return _nearest(spans, lambda text: _anchors(q, text))


def verb_object(q: QuestionAnalysis, span: Span) -> bool:
    """Whether the span is what the asked verb takes, right after it ("added another $20,000" for "how much
    did they add?"), with at most a determiner or a hedge between."""
    text = span.citation.text
    at = text.find(span.text)
    return at >= 0 and any(_JUST_AFTER.fullmatch(text[v:at]) for v in verb_at(q, text) if v < at)


#: What may stand between a verb and the figure it takes: "added *another* $20,000", "paid *about* $5".
_JUST_AFTER = re.compile(r"[\w'-]+(?:\s+(?:another|an?|the|some|about|nearly|almost|roughly|over|up|an additional|"
                         r"additional|extra|just))?\s*", re.IGNORECASE)


#: A name set off by a comma that says what went before ("…, Ann Lee said"): the source, not a doer of the
#: sentence's event.
_SAID_AFTER = re.compile(r"\s*(?:,\s*)?(?:said|says|told|added)\b")
#: Verbs of saying: a question about them asks for the speaker.
_SAYING = {"say", "tell", "add", "announce", "report", "state", "confirm", "claim"}


def named_kind(q: QuestionAnalysis, citation, skip_names: set[str]) -> list[Span]:
    """A name the sentence writes right before the question's kind noun ("which store …": "the Corvo store",
    "her Brownsville neighborhood"), or right after it ("the news agency Xinhua", "signed pitchers Ann Lee and
    T.J. Ray"), or after it and "of" ("the coastal town of Daphne", which the name before it only qualifies:
    "the Gulf Coast town of Daphne"); none made only of the question's own names' words."""
    return [Span(text=name, citation=citation) for name in _kind_names(q.text, citation.text, frozenset(skip_names))]


@lru_cache(maxsize=4096)
def _kind_names(question: str, text: str, skip_names: frozenset[str]) -> tuple[str, ...]:
    """``named_kind``'s names, cached: the answer code reads one question's sentences more than once (for the
    evidence pool, then for its spans)."""
    out, after_of = [], []
    nouns = asked_nouns(question)
    for noun in map(_noun_pattern, nouns[:1]):
        for m in re.finditer(rf"\b(?:the|a|an|his|her|their|its)\s+((?:(?-i:[A-Z])[\w'&.-]*\s+){{1,4}})({noun}s?)\b",
                             text, re.IGNORECASE):
            name = m[1].strip() if m[2].islower() else f"{m[1]}{m[2]}"  # "the Elm Church": the noun is in the name
            if re.match(r"\s+of\s+(?-i:[A-Z])", text[m.end():]):
                continue  # "the Gulf Coast town of Daphne": the name after "of" is the town
            out.append(name)
    # names right after the kind noun: "signed pitchers Ann Lee and T.J. Ray" for "which pitchers …"; after it and
    # "of": "the town of Daphne"; right after a modifier of it ("which rival crew …": "rival Young Guns")
    for index, noun in enumerate(map(_noun_pattern, nouns)):
        for m in re.finditer(rf"(?-i:\b{noun}s?)\s+({_PLACE_NAME}(?:\s*(?:,|and)\s+{_PLACE_NAME})*)", text):
            out.append(_unstopped(m[1]))
        if not index and kind_of(nouns[0]) == "place":
            # one name after "of" ("the town of Daphne, Alabama": the state only qualifies it); not of an office ("the
            # office of President Ann Lee"), which is no name of the office; nor a name the place owns ("the city of
            # Dover's Medal of Valor": the medal's name)
            after_of += [_unstopped(m[1]) for m in re.finditer(rf"(?-i:\b{noun}s?)\s+of\s+({_PLACE_NAME})", text)
                         if not _OWNER_INSIDE.search(m[1])]
    own = skip_names | {w for noun in nouns for w in tokens(noun)}
    return tuple(name for name in dict.fromkeys([*after_of, *out]) if not set(tokens(name)) <= own)


#: An owner's "'s" inside a name, more words after it ("Dover's Medal").
_OWNER_INSIDE = re.compile(r"['’]s\s+\S")
#: A name whose words may be joined by a lower-case particle ("Dar es Salaam", "Rio de Janeiro", "Ann van Dyke").
_PLACE_NAME = (r"(?-i:[A-Z][\w.'-]*)(?:\s+(?:(?-i:de|da|del|der|des|di|do|dos|du|es|el|al|la|le|van|von|bin|ibn)\s+)?"
               r"(?-i:[A-Z][\w.'-]*)){0,3}")


def _unstopped(name: str) -> str:
    """A name without the sentence's full stop ("Dar-es-Salaam." → "Dar-es-Salaam"; "Washington, D.C." kept)."""
    last = name.rsplit(None, 1)[-1]
    return name[:-1] if last.endswith(".") and last.count(".") == 1 and len(last) > 4 else name


def _noun_pattern(noun: str) -> str:
    """A pattern for a noun of kind as a sentence may write it: a town's noun stands for any ("which city …": "the
    Tanzanian capital Dar es Salaam", "the port of Ely")."""
    if noun in TOWN_NOUNS:
        return "(?:" + "|".join(TOWN_NOUNS) + ")"
    return re.escape(noun)


@lru_cache(maxsize=1024)
def asked_nouns(text: str) -> tuple[str, ...]:
    """The nouns a "which …"/"what …" question asks by: its noun of kind ("which news *agency* …", "in which
    *town* …"), then the word right after "which"/"what" when it is another ("which *rival* crew …"). Cached:
    ``named_kind`` asks it of one question for each sentence it reads."""
    found = re.match(WHICH_OPENING + r"([a-z]+)\b", text, re.IGNORECASE)
    if found is None:
        return ()
    return tuple(dict.fromkeys(n for n in (kind_word(text), found[1].lower()) if n))


#: "Which team …", "what club …": the question asks for a side in a contest, which news names by its city or its
#: nickname as often as by its full name (a tagger reads those as a place, a person or a product).
_SIDE = re.compile(r"^\s*(?:which|what)\s+(?:team|club|side|opponent)s?\b", re.IGNORECASE)
#: Where a sentence names the other side: "against the Denver Broncos", "a victory over Detroit", "a loss to the
#: Hawks", "beaten by Riverton".
_OPPOSED = re.compile(r"\b(?:against|over|versus|vs\.?|(?:loss|lost|losing|fell|defeat|defeated|beaten)\s+(?:to|by))"
                      r"\s+(?:the\s+)?$", re.IGNORECASE)


def opponents(q: QuestionAnalysis, citation, skip_names: set[str]) -> list[Span]:
    """For "which team did X beat / will X face": the name the sentence sets after a preposition of opposition
    ("against the Denver Broncos", "a win over Detroit") or, when the question asks for the verb's object,
    right after the asked verb or its paraphrase ("which defeated Bradley"), whatever kind the tagger gave it;
    the question's own names left out."""
    if not _SIDE.match(q.text):
        return []
    text = citation.text
    out = []
    for m in re.finditer(_NAME, text):
        if not m.start() or set(tokens(m.group())) & skip_names:
            continue
        before = text[max(0, m.start() - 30):m.start()]
        word = re.search(r"([a-z][\w-]*)\s+(?:the\s+)?$", before)
        verb = q.asks_subject is False and q.predicate and word is not None and \
            match(q.predicate.split()[0], *phrase_keys(word[1])) >= 0.6
        if _OPPOSED.search(before) or verb:
            out.append(Span(text=m.group(), citation=citation))
    return out


#: A name of up to four capitalised words ("T.J. Ray", "CC Lee").
_NAME = r"(?-i:[A-Z][\w.'-]*)(?:\s+(?-i:[A-Z][\w.'-]*)){0,3}"


def bind_entities(q: QuestionAnalysis, spans: list[Span], claim: ClaimView | None) -> list[Span]:
    """The names of a sentence in the order they fill the question's role. A figure the question gives beside
    its verb picks the nearest name; else, when the claim read from the sentence is of another verb (or
    there is none), the nearest name before the asked verb is its doer, the nearest after it the one it
    was done to."""
    if len(spans) < 2:
        return spans
    text = spans[0].citation.text
    where = {id(s): text.find(s.text) for s in spans}
    if q.predicate and stem(q.predicate.split()[0]) not in {stem(w) for w in _SAYING}:
        # "LaSalle is expected to be charged, Earley said": the one who said it last
        spans = sorted(spans, key=lambda s: _SAID_AFTER.match(text, where[id(s)] + len(s.text)) is not None
                       and re.search(r",\s*$", text[:where[id(s)]]) is not None)
    if _anchors(q, text):
        return by_anchor(q, spans)
    if claim is not None and claim.kind != "sentence" and says_verb(q.predicate, claim):  # the parse's roles stand
        return spans
    verbs = verb_at(q, text)
    if not verbs:
        return spans
    verb = verbs[0]
    if q.asks_subject is not False:
        before = [s for s in spans if 0 <= where[id(s)] < verb]
        near = sorted(before, key=lambda s: verb - where[id(s)])
        if near:  # "Ann Lee and officer Tom Ray, both 51, died": the doers together
            near[0] = _coordinated(near[0], before, text)
    else:
        after = [s for s in spans if where[id(s)] > verb]
        near = sorted(after, key=lambda s: where[id(s)] - verb)
    return [*near[:1], *(s for s in spans if s not in near[:1])]


def nearest_verb(q: QuestionAnalysis, spans: list[Span]) -> list[Span]:
    """The spans in the order of their distance to the question's verb in the sentence ("floored him in the
    sixth round … stopped the fight in the seventh": the seventh for "in which round was it stopped?")."""
    return _nearest(spans, lambda text: verb_at(q, text))


#: What may stand between two names "and" joins: an age, a comma, a title ("Ann Lee, 20, and officer Tom Ray").
_AND = re.compile(r"\s*(?:,\s*\d{1,3}\s*)?,?\s*and\s+(?:[\w.]+\s+){0,3}$")


def _coordinated(span: Span, spans: list[Span], text: str) -> Span:
    """The span with the names before it that "and" joins to it, in their order ("Ann Lee and Tom Ray")."""
    together = [span]
    at = text.find(span.text)
    for other in sorted(spans, key=lambda s: -text.find(s.text)):
        start = text.find(other.text)
        if start < at and _AND.fullmatch(text[start + len(other.text):at]):
            together.insert(0, other)
            at = start
    if len(together) == 1:
        return span
    return replace(span, text=join_names([s.text for s in together]), value=None)


def joined(span: Span, spans: list[Span], claim: ClaimView | None) -> Span:
    """The span with the names "and" joins to it in one subject or object of the claim ("Ann Lee and Tom Ray,
    both 51, died": both died), in their order; the span alone when none is."""
    if claim is None:
        return span
    for key in ("subject_text", "object_text"):
        phrase = str(claim.args.get(key) or "")
        if span.text not in phrase or not re.search(r"\band\b", phrase):
            continue
        together = sorted({s.text for s in spans if s.text in phrase}, key=phrase.find)
        if len(together) > 1:
            return replace(span, text=join_names(together), value=None)
    return span


def plural(q: QuestionAnalysis) -> bool:
    """Whether a who-question asks for more than one ("who were the two …", "who are …")."""
    return _PLURAL.search(q.text) is not None


def object_only(q: QuestionAnalysis, span: Span, claim: ClaimView | None) -> bool:
    """Whether a question asking for the doer of its verb got a span only from the claim's object, when the
    claim says that verb ("which ship is patrolling the Gulf?" answered "Gulf")."""
    if claim is None or claim.kind == "sentence" or q.asks_subject is not True:
        return False
    if not says_verb(q.predicate, claim):
        return False
    words = set(tokens(span.text))
    subject = set(tokens(f"{claim.subject} {claim.args.get('subject_text') or ''}"))
    return bool(words) and words <= set(tokens(claim.object or "")) and not words & subject


def asked_preposition(text: str) -> str | None:
    """The preposition right before a question's "which"/"what" ("*through* which countries …", "against travel
    *to* which country …", "*in* which city …"); None without one."""
    found = re.search(rf"\b({'|'.join(PREPOSITIONS)})\s+(?:which|what)\s", text, re.IGNORECASE)
    return found[1].lower() if found else None


def by_preposition(q: QuestionAnalysis, spans: list[Span]) -> list[Span]:
    """The spans the sentence sets with the question's own preposition first ("dispatched *through* Somalia" for
    "through which countries …", "travel *to* Pakistan" for "against travel to which country …")."""
    word = asked_preposition(q.text)
    if word is None or word in ("in", "at"):  # "in"/"at" set most places: ``bind_places`` reads them
        return spans

    def set_by(span: Span) -> bool:
        at = span.citation.text.find(span.text)
        return at >= 0 and re.search(rf"\b{word}\s+(?:(?:the|all|a|an)\s+)?$", span.citation.text[:at],
                                     re.IGNORECASE) is not None

    return sorted(spans, key=lambda s: not set_by(s))


#: Nouns of a town, whose answer is never a country, and of a country, whose answer is always one.
TOWN_NOUNS = ("city", "town", "village", "capital", "port", "suburb", "neighborhood", "neighbourhood")
COUNTRY_NOUNS = ("country", "countries", "nation", "nations")


#: "Where is A from?", "where was she from originally?": the question asks where A comes from.
_ASKS_ORIGIN = re.compile(r"^\s*where\s+(?:is|was|are|were)\b.*\bfrom\b\W*(?:originally\W*)?\??\s*$", re.IGNORECASE)
#: What news sets before a person's home place: "from", "of" ("Ann Lee, of Dover"), "native of", "born in",
#: "grew up in", "hometown of", "raised in", "resident of", with up to three words of the place's own before it.
_ORIGIN = re.compile(r"(?:\bfrom|,\s*of|\bnative\s+of|\bborn\s+in|\bgrew\s+up\s+in|\braised\s+in|\bhometown(?:\s+of)?|"
                     r"\bresident\s+of)\s+(?:the\s+)?(?:[\w.'-]+\s+){0,3}$", re.IGNORECASE)


def fits_origin(q: QuestionAnalysis, span: Span) -> bool:
    """For "where is A from?", whether the sentence sets the place as where someone comes from ("from Dover",
    "Ann Lee, of Dover", "a native of Dover", "born in Dover"): a place A played, scored or works in
    ("broke North Carolina's record") is no answer to where A is from."""
    if not _ASKS_ORIGIN.match(q.text):
        return True
    at = span.citation.text.find(span.text)
    return at >= 0 and _ORIGIN.search(span.citation.text[:at]) is not None


def fits_place(q: QuestionAnalysis, span: Span) -> bool:
    """Whether a place is of the kind the question asks by: "which city …" is no country ("U.S."), "which
    country …" is one (by the country tables the resolver reads); for "where is A from?", one set as where
    someone comes from (``fits_origin``)."""
    if not fits_origin(q, span):
        return False
    noun = kind_word(q.text)
    if noun is None:
        return True
    noun = noun.lower()
    if noun in COUNTRY_NOUNS:
        return country_of(span.text) is not None
    if noun.rstrip("s") in TOWN_NOUNS or noun in TOWN_NOUNS:
        return country_of(span.text) is None
    return True


def plural_kind(q: QuestionAnalysis) -> bool:
    """Whether the question asks by a plural noun of kind ("in which *countries* …"): the answer is a list."""
    noun = kind_word(q.text)
    return bool(noun) and noun.endswith("s") and not noun.endswith("ss") and kind_noun(singular(noun))


#: What joins the places of a list: a comma, "and", ", and".
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")


def listed(span: Span, spans: list[Span]) -> Span:
    """The span with the places the sentence lists right after it ("Somalia and Rwanda", "Kenya, Tanzania and
    Uganda"), in their order; the span alone when none follows."""
    text = span.citation.text
    together, end = [span], text.find(span.text) + len(span.text)
    for other in sorted(spans, key=lambda s: text.find(s.text)):
        start = text.find(other.text)
        if start >= end and _LIST_JOIN.fullmatch(text[end:start]):
            together.append(other)
            end = start + len(other.text)
    if len(together) == 1:
        return span
    return replace(span, text=join_names([s.text for s in together]), value=None)


def beside_kind(q: QuestionAnalysis, citation, short: str | None, skip_names: set[str]) -> bool:
    """Whether a short answer is a name the sentence sets right beside the question's noun of kind ("the
    Tanzanian capital of Dar es Salaam" for "in which Tanzanian city …"): bound to the question by the
    sentence's own words, which a sentence sharing more of the question's other words does not displace."""
    return bool(short) and q.answer_type in ("person", "organisation", "place") and kind_word(q.text) is not None and \
        any(s.text == short for s in named_kind(q, citation, skip_names))
