"""Answers that state the asked-for span first, then the evidence that holds it.

For a date, a person, an organisation, a place, a figure, a duration, a sum
of money or a title, the writer walks the best evidence (ranked claims, then
sentences found by words) and takes the first span of the answer type
(``extract``): "On 2019-02-22 (Friday) [1]." Then it says the claim the span
came from, so the reader sees what happened on that day. When another
article gives a different value for the same event (same verb, same
subject), it says so with both sides cited ("Sources disagree: …"). What
news writes beside a person's name (a post, an honour, an organisation) has
its own writers (``posts``, ``affiliations``); lists of events and
timelines are written by ``eventlist``, descriptions by ``describe``.
Each writer returns the short answer (or None when it found no span, so the
caller falls back to the claim-level answer).
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .causes import (BACK_SENTENCES, POINTS_BACK, WEAK, ahead_cause, back_cause, best_cause, cover_of, event_word,
                     event_sentences, grounds,
                     next_cause, spoken_cause, strong_marker)
from .binding import (bind_age, bind_entities, bind_places, by_anchor, by_preposition, fits_place, joined, listed,
                      named_kind, nearest_verb, object_only, opponents, plural, plural_kind, says_verb, verb_at,
                      verb_object)
from .answers import why_arg
from .compose import Composer
from .fits import misfit
from .conflicts import aspect
from .extract import (
    ENTITY_TYPES,
    PART_OF,
    SINCE,
    STREET_NOUNS,
    Span,
    age_spans,
    clock_span,
    count_spans,
    date_span,
    duration_spans,
    entity_spans,
    money_spans,
    part_spans,
    place_args,
    street_spans,
    tied_to,
    title_spans,
)
from .lexicon import hyponym_of, match, phrase_keys
from .numbers import quantities
from .load import load_claims, sentence_citations
from .fulltext import counted_words, counts, coverage, is_title, may_be_verb
from .posts import asks_honour, asks_post, state_post
from .affiliations import asks_affiliation, state_affiliation
from .describe import description  # noqa: F401 (ask calls typed.description)
from .eventlist import events  # noqa: F401 (ask calls typed.events)
from .phrases import FRAME_WORDS, arg_text, verb_stem
from .analysis import SEQUENCE_NOUNS, kind_noun, kind_word
from .questions import QuestionAnalysis
from .roles import COPULAR, kind_modifiers, kind_titles, role_titles
from .types import Citation, ClaimView
from .when import compatible, period_of
from .words import BE_FORMS, FUNCTION_WORDS, KIN_STEMS, NUMBER_WORDS, content_words, family, stem, tokens

#: How many of the best claims and sentences a writer looks through for its span.
LOOK = 8
SPAN_TYPES = ("date", "person", "organisation", "place", "number", "money", "duration", "title")


@dataclass(slots=True)
class Evidence:
    """One place an answer can come from: a claim (with its sentence) or a sentence alone."""

    citation: Citation
    claim: ClaimView | None = None


def _find(store, q: QuestionAnalysis, item: Evidence, names: set[str]) -> list[Span]:
    t = q.answer_type
    c, claim = item.citation, item.claim
    if t == "date" and ASKS_CLOCK.match(q.text):  # "at what time …": a time of day, not the day
        span = clock_span(store, c)
        return [span] if span else []
    if t == "date":  # a sentence found by words gives the calendar date of its own times, the asked verb's
        span = date_span(store, claim or _bare_claim(c), near=verb_at(q, c.text))
        return [span] if span else []
    if t in ("person", "organisation", "place"):
        spans = [s for s in [place_args(claim)] if s] if claim and t == "place" else []
        if t == "place" and STREET_NOUNS & set(q.words):  # "on which street …": a street's name, no town
            return street_spans(c)
        if t == "place" and (part := PART_OF.search(q.text)):  # "which part of Palermo …": a part's name
            return part_spans(c, part["whole"])
        skip = {n.entity.id for n in q.entities}
        skip_names = {w for n in names for w in tokens(n)}
        bare = claim or _bare_claim(c)
        spans += entity_spans(store, bare, t, skip=skip, skip_names=skip_names, subject=q.asks_subject,
                              kin=t == "person" and _asks_kin(q))
        if t != "place" and q.asks_subject and _doer_unnamed(q, c.text):
            return []  # "who called the police?": "police were called to a house where A …" names no caller
        if t != "place":
            found = [*opponents(q, c, skip_names), *named_kind(q, c, skip_names), *bind_entities(q, spans, claim)]
            found.sort(key=lambda s: not of_asked(q, s))  # "A of Poland, B of Hungary": B is Hungary's
            if _ACTING_FOR.get(stem(q.predicate or "")):
                roles = role_words(q)  # "who represents X": the name "X's agent" stands beside, wherever found
                found.sort(key=lambda s: not titled(s, roles))
            return found
        # "where …": a place a preposition sets; "which countries …": the kind noun picks, wherever they stand;
        # a name the sentence sets beside the kind noun ("her Brownsville neighborhood", "the town of Daphne") first
        placed = bind_places(c, spans, q.text, skip_names) if _WHERE.match(q.text) else by_preposition(q, spans)
        # of the asked kind only ("which city …": no country), a list for a plural kind ("which countries …")
        placed = [s for s in dict.fromkeys([*named_kind(q, c, skip_names), *placed]) if fits_place(q, s)]
        return [listed(placed[0], placed), *placed[1:]] if placed and plural_kind(q) else placed
    if t == "money":  # "added another $20,000" for "how much did they add?" first
        return sorted(money_spans(c), key=lambda s: not verb_object(q, s))
    if t == "duration":
        spans = duration_spans(c, claim, {stem(w) for w in q.words})
        # "since 1991" answers "how long has …" (a state that goes on), not "how long was …" (a length done)
        return spans if _PERFECT.match(q.text) else [s for s in spans if not SINCE.match(s.text)]
    if t == "number" and q.text.lower().startswith("how old"):
        # the asked person's names, not the "the" of a description ("the doctor")
        asked = {w for n in q.entities for w in [*tokens(n.text), *tokens(n.entity.name)] if w not in FUNCTION_WORDS}
        return bind_age(age_spans(c), asked) if asked else age_spans(c)
    if t == "number":
        if _WHICH.match(q.text):  # "in which round …": the place in the sequence nearest the asked verb
            return nearest_verb(q, count_spans(c, {stem(w) for w in q.words}, ordinal=True, only_ordinals=True))
        return count_spans(c, {stem(w) for w in q.words})
    if t == "title":
        return title_spans(store, c, [w for w in q.words if kind_noun(w)] or q.words)
    return []


#: Words after a passive verb within which its doer is given ("was killed *by* …", "were called in *by* …").
_BY_REACH = 4


def _doer_unnamed(q: QuestionAnalysis, text: str) -> bool:
    """Whether a sentence says the asked act only in the passive of the asked thing, with no "by" to name its doer
    ("police were called to a house where A lived" for "who called the police?"): a name elsewhere in it is no
    doer of that act. Not when the sentence says the act in the active too ("a neighbour called police")."""
    words = tokens(text)
    asked = {stem(w) for w in q.words if w not in FUNCTION_WORDS}
    passive = active = False
    for i, w in enumerate(words):
        others = asked - {stem(w)}
        if stem(w) not in asked or not others:
            continue
        if i >= 2 and words[i - 1] in BE_FORMS and {stem(v) for v in words[max(0, i - 4):i - 1]} & others:
            if "by" in words[i + 1:i + 1 + _BY_REACH]:
                return False
            passive = True
        elif words[i + 1:i + 2] and words[i + 1] not in BE_FORMS and {stem(v) for v in words[i + 1:i + 4]} & others:
            active = True  # "a neighbour called police" ("police were called" is the passive's subject)
    return passive and not active


def kind_entitled(q: QuestionAnalysis, citation: Citation, short: str | None) -> bool:
    """Whether the sentence gives the short answer the title a "which …" question asks by ("Ann Lee, mayor of
    Elm County" for "which county mayor said …"): bound to the question by the sentence's own words, which a
    sentence sharing more of the question's other words does not displace."""
    titles = kind_titles(q)
    # (not in a headline: it capitalises every word, so "Team Fires Coach Ann Lee" tells no title from a verb)
    if not (short and titles) or is_title(citation) or not entitled(Span(text=short, citation=citation), titles):
        return False
    # the question's modifiers ("county", "commerce", "Cuban") said beside the name, in its title: a firm named
    # elsewhere in the sentence ("… approached X, but Y Chief Executive Ann Lee said") is another's
    text = citation.text
    at = text.find(short)
    beside = tokens(text[:at])[-_BESIDE:] + tokens(text[at + len(short):])[:_BESIDE]
    return all(any(_kin(m, w) for w in beside) for m in kind_modifiers(q))


#: How many words either side of a name its title (and the words that qualify it) are read from.
_BESIDE = 6


def beside_name(q: QuestionAnalysis) -> bool:
    """Whether the question asks what the articles write beside a named person ("what position does X play?",
    "which group does X work for?"): a span bound to the name by the sentence's own words, which a sentence
    sharing more of the question's words does not displace."""
    return asks_post(q) or asks_honour(q) or asks_affiliation(q)


def fits(q: QuestionAnalysis, span: Span, claim: ClaimView | None) -> bool:
    """Whether a span can be the short answer: not a lone name for a question that asks for several, not a name
    without the title a "which officer …" question asks for, not the object of the asked verb when the
    question asks for its doer."""
    if q.answer_type == "person" and (plural(q) or plural_kind(q)) and " and " not in span.text:  # "which officers"
        return False
    titles = kind_titles(q)  # "which officer …": a name the sentence gives that title ("Officer Ann Lee")
    if titles and not entitled(span, titles):
        return False
    return not object_only(q, span, claim) and misfit(q, span, claim) is None


#: "At what time …", "what time of day …", "at about what time …": the question asks for a time of day (a clock
#: time), not a date ("what time of year" asks for a season).
ASKS_CLOCK = re.compile(r"^\s*(?:at\s+)?(?:about\s+|around\s+|roughly\s+|approximately\s+)?what\s+time\b"
                        r"(?!\s+of\s+(?:the\s+)?year)", re.IGNORECASE)
#: "In which round …", "which game …": the question asks for a place in a sequence.
_WHICH = re.compile(r"^\s*(?:in|at|on|during|after)?\s*(?:which|what)\s+(?:" + "|".join(SEQUENCE_NOUNS) + r")\b",
                    re.IGNORECASE)
#: "Where …", "in which city …": a place a preposition sets.
_WHERE = re.compile(r"^\s*(?:where|(?:in|at|from|to)\s+(?:which|what))\b", re.IGNORECASE)

#: "How long has Somalia seen …", "how long had she been …": the perfect asks how long a state has gone on.
_PERFECT = re.compile(r"^\s*how\s+long\s+(?:has|have|had)\b", re.IGNORECASE)


#: A question about the past ("when did …", "where did … take off"), and the statuses of what was not done.
_DID = re.compile(r"\bdid\b", re.IGNORECASE)
_UNDONE = ("planned", "requested", "desired", "possible")
#: A sentence that tells what is yet to happen ("the first flight will take off from …", "is expected to open").
_FUTURE = re.compile(r"\b(?:will|shall|is|are) (?:\w+ )?(?:expected|set|scheduled|due|planned|going) to\b|\bwill\b",
                     re.IGNORECASE)


def _undone(item: Evidence) -> bool:
    """Whether evidence tells of something not done: a claim planned or wished for, or a sentence (read
    without a claim) in the future tense."""
    if item.claim is not None:
        return item.claim.status in _UNDONE
    return _FUTURE.search(item.citation.text) is not None


def spans_in(store, q: QuestionAnalysis, citation: Citation, names: set[str]) -> list[Span]:
    """The spans of the question's answer type in a sentence found by words (none for a question about what is
    written beside a person's name: its writer has read every sentence naming them)."""
    if beside_name(q):
        return []
    if q.answer_type == "date" and ASKS_CLOCK.match(q.text):
        span = clock_span(store, citation)
        return [span] if span else []
    if q.answer_type == "date":
        span = date_span(store, _bare_claim(citation), near=verb_at(q, citation.text))
        return [span] if span and misfit(q, span, None) is None else []
    if q.answer_type == "reason":
        return cause_spans(citation)
    if q.answer_type == "duration" and not _about(q, citation):
        return []  # a length measures a doing: one in a sentence on another matter ("took the panel two hours") is its
    titles = kind_titles(q)  # "which officer …": only a name given that title
    return counting_first(q, [s for s in _find(store, q, Evidence(citation), names)
                              if (not titles or entitled(s, titles)) and misfit(q, s, None) is None])


def counting_first(q: QuestionAnalysis, spans: list[Span]) -> list[Span]:
    """A "how many N" question's spans with those that count N first, the order kept otherwise: "59 catches for 1,098
    yards and seven touchdowns" answers "how many touchdowns?" by its third figure, not its first. A question of an
    act ("how many dealers will it drop?") is answered by the part of a whole the sentence counts ("drop 789, or
    about a quarter, of its 3,200 dealers"), which is done to; one of a state ("how many dealers does it have?") by
    the whole."""
    units = counted_words(q) if q.answer_type == "number" else set()
    if not units:
        return spans
    if q.predicate in _STATE_VERBS or not q.predicate:
        return sorted(spans, key=lambda s: not counts(units, s.text))
    return sorted(spans, key=lambda s: (not (counts(units, s.text) or share_of(units, s)), not share_of(units, s)))


#: Verbs a "how many" question asks a state by, which the whole of a share answers ("how many dealers does it *have*").
_STATE_VERBS = frozenset({"have", "be", "own", "employ", "number", "total", "hold", "include", "contain"})
#: What follows a figure that is a share of a whole ("789, or about a quarter, of its 3,200 dealers", "12 of the 40
#: passengers"): "of" and a determiner of the whole, an aside set off by commas allowed before it.
_SHARE_OF = re.compile(r"\s*(?:,[^,]{1,40},\s*)?of\s+(?:its|the|their|his|her|our|those|these)\s+", re.IGNORECASE)


def share_of(units: set[str], span: Span) -> bool:
    """Whether a bare figure is a share of a whole its sentence counts in one of ``units`` right after it ("*789*, or
    about a quarter, of its 3,200 dealers"): it counts the same things."""
    text = span.citation.text
    at = text.find(span.text)
    found = _SHARE_OF.match(text, at + len(span.text)) if at >= 0 else None
    return found is not None and counts(units, text[found.end():found.end() + 60])


#: The words a "how long …" question asks by, which say nothing of what it asks about.
_ASKING = frozenset({"long", "soon", "late", "far", "behind", "many", "much"})


def _about(q: QuestionAnalysis, citation: Citation) -> bool:
    """Whether a sentence found by words tells of what a question asks about: it says the question's verb (or a
    paraphrase), or another of its content words ("results" for "how soon will the results come out?") besides
    the words it asks by ("long", "soon") and its figures ("the two gangs": "two hours" is no word of theirs)."""
    if says(q, citation):
        return True
    said = {stem(w) for w in tokens(citation.text)}
    return any(stem(w) in said for w in q.words
               if w not in _ASKING and w not in NUMBER_WORDS and w != q.predicate and w.isalpha())


def _asks_kin(q: QuestionAnalysis) -> bool:
    """Whether the question asks for a relative of the named one ("who is Ann Lee's son?", "who was the boy's
    father?"): the kin noun is the one asked for, not the one an act was done to ("who killed Ann Lee's son?" asks
    for the killer, whose name sharing hers tells nothing)."""
    found = COPULAR.match(q.text)
    return found is not None and bool({stem(w) for w in tokens(found["rest"])} & KIN_STEMS)


def _bare_claim(citation: Citation) -> ClaimView:
    """A stand-in claim for a sentence found by words (no participants, no time)."""
    return ClaimView(article=citation.article, id="", kind="sentence", subject="", subject_entity=None,
                     predicate="", lemma=None, object=None, object_entity=None, status="happened", time=None,
                     time_text=None, source=None, source_entity=None, source_kind=None, quote=None, args={},
                     day=citation.day, citation=citation)


#: "of" or "from" right after a name, tying it to the body or place that follows ("Janos Martonyi *of* Hungary").
_TIED_BY_OF = re.compile(r"\s*,?\s*(?:of|from)\s+(?:the\s+)?")


def of_asked(q: QuestionAnalysis, span: Span) -> bool:
    """Whether the sentence ties a name to a body or place the question names by "of" or "from" right after it
    ("Bronislaw Geremek of Poland, Janos Martonyi *of Hungary*" for "who was Hungary's foreign minister?")."""
    text = span.citation.text
    at = text.find(span.text)
    tie = _TIED_BY_OF.match(text, at + len(span.text)) if at >= 0 else None
    return tie is not None and any(text.startswith(name, tie.end())
                                   for n in q.entities for name in (n.text, n.entity.name) if name)


#: The entity types a who/which answer can be (``extract.ENTITY_TYPES``).
ENTITY_KINDS = {t: ENTITY_TYPES[t] for t in ("person", "organisation")}


def _in_claim(span: Span, claim: ClaimView | None) -> bool:
    """Whether a span lies in the claim's own words (its object or arguments), not elsewhere in the sentence."""
    return claim is not None and in_claim(span.text, claim)


def _tied(span: Span, q: QuestionAnalysis) -> bool:
    """Whether a figure qualifies a noun the question asks about ("a 10-year *sentence*" for "how long was
    her sentence?"): that thing's length or price, whatever else the sentence measures."""
    at = span.citation.text.find(span.text)
    asked = {stem(w) for w in [*q.words, *(t for n in q.entities for t in tokens(n.text))]}
    return at >= 0 and tied_to(span.citation.text, at, at + len(span.text), asked)


def _says_itself(q: QuestionAnalysis, citation: Citation) -> bool:
    """Whether a sentence says the question's predicate in its own word (any form), not by a paraphrase."""
    return bool(q.predicate) and stem(q.predicate) in {stem(w) for w in tokens(citation.text)}


def subject_of(text: str, claim: ClaimView) -> bool:
    """Whether a short answer is the claim's own subject ("Eric Allen Kirkpatrick is accused …")."""
    return bool(text) and (text in claim.subject or bool(claim.subject_entity and text in claim.subject_entity.name))


def in_claim(text: str, claim: ClaimView) -> bool:
    """Whether a short answer lies in the claim's own words (its object, time or arguments)."""
    words = set(tokens(f"{claim.object or ''} {claim.time_text or ''} {' '.join(map(str, claim.args.values()))}"))
    return bool(set(tokens(text)) & words) or (claim.time is not None and text == (claim.time or "")[:10])


def state_span(store, q: QuestionAnalysis, ranked: Sequence, sentences: Sequence[Citation], out: Composer,
               names: set[str], *, as_of: str | None = None) -> tuple[str | None, list[ClaimView]]:
    """Say the first span of the question's type found in the evidence, then its support; (short answer, claims)."""
    if asks_post(q) or asks_honour(q):  # "what position does X play?": the title set before X's name, or none
        return state_post(store, q, out, as_of=as_of), []
    if asks_affiliation(q):  # "which group does X work for?": the organisation set beside X's name, or none
        return state_affiliation(store, q, out, as_of=as_of), []
    # evidence that says the question's verb first (a date of another event is no answer), then the rest
    verbal = [s for s in ranked if s.verb] if q.predicate else list(ranked)
    # a claim whose verb is the question's predicate before one that says another of its words ("charged"
    # before "hit" for "who is charged over the hit and run")
    verbal.sort(key=lambda s: not says_verb(q.predicate, s.claim))
    if q.asks_subject and q.answer_type in ENTITY_KINDS:
        # "who played …": a claim whose subject is of another kind ("The Act played …") or is named in the
        # question cannot have the answer as its doer
        asked = {n.entity.id for n in q.entities}
        verbal.sort(key=lambda s: bool(s.claim.subject_entity) and (
            s.claim.subject_entity.type not in ENTITY_KINDS[q.answer_type] or s.claim.subject_entity.id in asked))
    pool = [Evidence(s.claim.citation, s.claim) for s in verbal[:LOOK]]
    # a sentence that sets a name beside the question's noun of kind ("her Brownsville neighborhood" for "in which
    # neighborhood …") holds a span of the asked kind, whatever verb it says; it goes first
    skip_names = {w for n in names for w in tokens(n)}
    kinded = [c for c in sentences if named_kind(q, c, skip_names)] \
        if q.answer_type in ("person", "organisation", "place") and kind_word(q.text) else []
    pool = [*(Evidence(c) for c in sorted(kinded, key=lambda c: -coverage(q, c.text))[:1]), *pool]
    pool += [Evidence(c) for c in sentences if c.key not in {e.citation.key for e in pool} and says(q, c)]
    if q.answer_type != "date":
        pool += [Evidence(s.claim.citation, s.claim) for s in ranked[:LOOK] if not s.verb]
    found: list[tuple[Span, Evidence]] = []
    unfit: list[tuple[Span, Evidence]] = []
    roles = role_words(q)
    # the role is named by a noun, not by the verb ("who was the judge", "who heads the bank": "its president")
    copular = COPULAR.match(q.text) is not None or bool(role_titles(q))
    sentences = [*sentences, *led_by(store, q, as_of=as_of)]
    for item in pool:
        if _other_object(q, item, names):
            continue  # "who beat A?": "B, despite beating the count" — B beat something else
        spans = _find(store, q, item, names)
        if q.answer_type in ("number", "duration", "money"):
            spans.sort(key=lambda s: (q.answer_type != "number" and not _tied(s, q), not _in_claim(s, item.claim)))
        spans = counting_first(q, spans)
        if q.answer_type == "money":  # "added another $20,000" for "how much did they add?" first
            spans.sort(key=lambda s: not verb_object(q, s))
        if q.answer_type == "duration" and spans and re.search(r"\d-\w+$", spans[0].text) and not _tied(spans[0], q):
            continue  # only a term's length here ("a 10-year term"); the time itself may be told elsewhere
        if q.answer_type in ("person", "organisation"):
            spans.sort(key=lambda s: not titled(s, roles))
            spans = by_anchor(q, spans)  # a figure the question gives beside the name binds closer than a title
        # a span that cannot fill the asked role gives way to the next one of its sentence, if any fits
        fitting = [s for s in spans if misfit(q, s, item.claim) is None]
        if spans and not fitting:
            unfit.append((spans[0], item))
        if fitting:
            found.append((fitting[0], item))
    if q.answer_type == "person":
        introduced = _named_next(store, q, pool, {id(item) for _, item in found}, names)
        found = [*((span, item) for span, item, _ in introduced), *found]
    if q.answer_type in ("person", "organisation"):
        # a name the question's role word stands beside ("Judge Martin Mann", "her attorney, Shawn Holley",
        # "director Erin Lee Carr") answers "who is the judge / lawyer / who directed", wherever it was found
        # in a sentence that says the question's verb
        seen = {item.citation.key for _, item in found}
        # (or a name the sentence gives the title a "which …" question asks by, with its modifiers: "Ann Lee, mayor
        # of Elm County" for "which county mayor said …", whatever verb it says)
        entitling = not copular and bool(kind_titles(q))
        for c in sentences:
            if c.key not in seen and (copular or entitling or says(q, c)):
                seen.add(c.key)
                extra = [sp for sp in _find(store, q, Evidence(c), names) if titled(sp, roles) and (
                    copular or says(q, c) or kind_entitled(q, c, sp.text))]
                if extra:
                    found.append((extra[0], Evidence(c)))
        verbs = {s.claim.citation.key for s in verbal[:LOOK]} | {c.key for c in sentences if says(q, c)}
        found.sort(key=lambda f: not ((copular or f[1].citation.key in verbs) and titled(f[0], roles)))
    if q.answer_type in ("person", "organisation") and found and not (copular and titled(found[0][0], roles)):
        found[0] = (joined(found[0][0], _find(store, q, found[0][1], names), found[0][1].claim), found[0][1])
    # a span that cannot fill the asked role is no short answer: the sentence is quoted instead
    misfits = [(span, item) for span, item in found if not fits(q, span, item.claim)]
    found = [f for f in found if f not in misfits]
    misfits += unfit
    if q.answer_type == "money" and not found:
        found = [(span, Evidence(span.citation)) for span in priced(store, q, as_of=as_of)]
    if _DID.search(q.text):  # "when did it fly?": what was done, before what was only planned ("will fly …")
        found.sort(key=lambda f: _undone(f[1]))
    if q.answer_type == "date" and found:
        found = _finest_first(found)
    if q.answer_type == "number":  # a count of the asked thing ("how many followers") before other counts
        units = {stem(w) for w in q.words}
        found.sort(key=lambda f: not ({stem(w) for w in tokens(f[0].text)} & units))
    if q.answer_type in ("duration", "money"):  # "a 10-year sentence" for "how long was the sentence?", then
        # a sentence that says the question's own verb ("declared a debt of …") before one saying a paraphrase
        found.sort(key=lambda f: (q.answer_type == "money" and not verb_object(q, f[0]), not _tied(f[0], q),
                                  not _says_itself(q, f[1].citation)))
    if q.answer_type == "title":  # a title beside the question's kind noun ("the memoir …") first
        nouns = [w for w in q.words if kind_noun(w)] or q.words

        def beside(item: Evidence) -> bool:
            stems_, ordered = phrase_keys(item.citation.text)
            words = [w for w in tokens(item.citation.text) if len(w) > 3]
            return any(match(w, stems_, ordered, words) >= 0.6 for w in nouns)

        # and the sentence that says more of the question ("directed by X … called an expensive mess") first
        found.sort(key=lambda f: -(coverage(q, f[1].citation.text) + (1.0 if beside(f[1]) else 0.0)))
    if not found and misfits:
        out.quote(misfits[0][1].citation)
        return None, [misfits[0][1].claim] if misfits[0][1].claim else []
    for index, (span, item) in enumerate(found):
        agree = [other.citation for s, other in found[index + 1:] if _same_value(span, s) and _same_event(item, other)]
        extra = [v for v in (span.value, item.claim.time if item.claim else None) if v]
        if out.add(span.sentence, [span.citation, *agree], extra=extra):
            break
    else:
        return None, []
    used = [item.claim] if item.claim else []
    if item.claim is not None:
        # "seen conflict since 1991": the claim's time is where the span starts, not when it happened
        with_time = q.answer_type != "date" and not (q.answer_type == "duration" and SINCE.match(span.text))
        out.claim(item.claim, with_time=with_time, args=("location", "place", "purpose", "reason"))
        out.quote_if_clipped(span.citation)
    else:
        out.quote(span.citation)
        if q.answer_type == "person":  # the sentence that brought the person in says the question's event
            for event in (event for _, named_in, event in introduced if named_in is item):
                out.quote(event)
    for other_span, other in found[index + 1:]:
        if not _same_value(span, other_span) and _same_event(item, other) and \
                other.citation.article != span.citation.article and \
                (q.answer_type == "date" or not _other_years(item, other)) and \
                _term_length(span.text) == _term_length(other_span.text):
            extra = [v for v in (other_span.value, other.claim.time if other.claim else None) if v]
            if out.add(f"Sources disagree: {other_span.sentence}", [other_span.citation], extra=extra):
                if other.claim:
                    used.append(other.claim)
                break
    return span.short, used


#: Words a written sum holds that full-text search can find ("$1.2 billion", "SGD1.75-billion", "40 million euros").
_SUM_WORDS = ("million", "billion", "trillion", "thousand", "dollars", "euros", "pounds")


def priced(store, q: QuestionAnalysis, *, as_of: str | None, most: int = 4) -> list[Span]:
    """Sums written right before the question's thing ("the $1.2 billion Terminal 3 opens in May"): its cost or
    worth, when no sentence says the question's verb with a sum. Found by full-text search for the thing's
    name and a scale word, so bounded whatever the store's size."""
    groups = [_name_phrases(n) for n in q.entities[:2]]
    if not groups:
        return []
    keys = store.fulltext_sentence_keys([*groups, list(_SUM_WORDS)], as_of=as_of, limit=most)
    return [span for c in sentence_citations(store, keys) for span in money_spans(c) if _tied(span, q)]


def _name_phrases(named) -> list[str]:
    """The phrases full-text search finds a question's entity by: as the question and as the store name it."""
    return sorted({" ".join(tokens(named.text)), " ".join(tokens(named.entity.name))} - {""})


def _named_next(store, q: QuestionAnalysis, pool: list, named: set[int], names: set[str], *,
                most: int = 3) -> list[tuple[Span, Evidence, Citation]]:
    """The name that opens the sentence after one that says the question and brings someone in by
    description, unnamed ("Annan appointed a retired diplomat … | Prakash Shah, 58, …"; "An American
    leader of the team resumed work … | Scott Ritter led …"): writers describe, then name. Only for the
    first sentences saying the question that name no one of the kind asked (``named`` holds the ids of
    the pool items that do). Each with the sentence that brought the person in."""
    saying = [item for item in pool if says(q, item.citation)][:most]
    events = [item.citation for item in saying if id(item) not in named and _INDEFINITE.search(item.citation.text)]
    following = {c.key: c for c in sentence_citations(store, [(c.article, c.sentence + 1) for c in events])}
    found = []
    for event in events:
        c = following.get((event.article, event.sentence + 1))
        opening = c.text.lstrip(" \"'`“‘") if c is not None else ""
        spans = [sp for sp in _find(store, q, Evidence(c), names) if opening.startswith(sp.text)] if c else []
        if spans and (_named_before(store, spans[0].text, event) or not _goes_on(q, event, c, spans[0].text)):
            continue  # someone named already, or a sentence on another matter: not the one just described
        if spans:
            found.append((spans[0], Evidence(c), event))
    return found


def _goes_on(q: QuestionAnalysis, event: Citation, following: Citation, name: str) -> bool:
    """Whether the sentence after ``event`` goes on about what it said: they share a content word beyond the
    question's own words and the name ("a retired Indian diplomat … | Prakash Shah, a former Indian
    ambassador"), not just follow each other ("a driver found the parcel … | Ada Pell said she did not …")."""
    asked = {stem(w) for w in [*q.words, *tokens(name), *(t for n in q.entities for t in tokens(n.text))]}
    skip = FUNCTION_WORDS | FRAME_WORDS  # "said" joins any two sentences of a report
    said = {stem(w) for w in content_words(event.text, skip=skip)} - asked
    return bool(said & {stem(w) for w in content_words(following.text, skip=skip)})


def _named_before(store, name: str, event: Citation) -> bool:
    """Whether the article names ``name`` (any word of it) in ``event`` or a sentence before it."""
    words = {w for w in tokens(name) if w[:1].isalpha()}
    earlier = sentence_citations(store, [(event.article, i) for i in range(event.sentence + 1)])
    return any(words & set(tokens(c.text)) for c in earlier)


#: Someone brought in by description, not by name ("a retired diplomat", "an American leader").
_INDEFINITE = re.compile(r"\b(?:a|an)\s+[a-z]", re.IGNORECASE)


def led_by(store, q: QuestionAnalysis, *, as_of: str | None, most: int = 4) -> list[Citation]:
    """Sentences that name the organisation or work the question asks about and a title of its role, or the
    title the question's kind noun is (full-text search, bounded): "a statement echoed by its president, Ann
    Lee" says no "heads"; "CHP Officer Ann Lee said" answers "which CHP officer spoke …"."""
    titles = role_titles(q) or kind_titles(q)  # "its president, Ann Lee"; "CHP Officer Ann Lee said"
    if not titles:
        return []
    if q.entities:
        about = _name_phrases(q.entities[0])
    else:  # "who was killed at the party": the question's other words say which event
        about = [w for w in q.words if w != q.predicate and w.isalpha() and w not in FUNCTION_WORDS and w not in titles]
    if not about:
        return []
    return sentence_citations(store, store.fulltext_sentence_keys([about, list(titles)], as_of=as_of, limit=most))


#: Verbs whose doer is named by a title of someone acting for another: "who represents X" → "X's agent".
_ACTING_FOR = {stem("represent"): ("agent", "lawyer", "attorney", "counsel", "representative"),
               stem("defend"): ("lawyer", "attorney", "counsel"),
               stem("prosecute"): ("prosecutor", "attorney")}


def role_words(q: QuestionAnalysis) -> list[str]:
    """The words that name the answer's role: a copular question's complement ("who was *the judge*", "who is
    X's *lawyer*"), else the verb asked about, the first content word ("who *directed* …", "whom did X
    *follow*"): "as CEO" in "who replaced Jobs as CEO" is no title of the answer."""
    if role_titles(q) or kind_titles(q):  # "who heads the bank": "its president"; "which county mayor": "mayor"
        return list(role_titles(q) or kind_titles(q))
    acting = _ACTING_FOR.get(stem(q.predicate or ""))
    if acting:
        return [*q.words[:1], *acting]
    found = COPULAR.match(q.text)
    if found:
        rest = set(tokens(found["rest"]))
        return [w for w in q.words if w in rest and w.isalpha()]
    return q.words[:1]


def _kin(word: str, token: str) -> bool:
    """The same word, a close synonym, or a derivation sharing its first five letters ("directed" ~ "director")."""
    if stem(word) == stem(token):
        return True
    common = len(os.path.commonprefix([word, token]))
    if common >= 5 and common >= min(len(word), len(token)) - 3:
        return True
    stems_, ordered = phrase_keys(token)
    return match(word, stems_, ordered) >= 0.9


def _titles(word: str, token: str) -> bool:
    """Whether a title a sentence writes beside a name (``token``) gives it the asked role (``word``): the same
    word or a close synonym (``_kin``), or a kind of it ("CEO Ann Lee" for "executive", ``lexicon.hyponym_of``)."""
    return _kin(word, token) or hyponym_of(token, word)


def titled(span: Span, words: list[str]) -> bool:
    """Whether one of the question's words names the span's role right beside it: up to three words before
    it ("Presiding Judge Martin Mann", "her agent Mark Roesler") or a title set off by a comma after it
    ("Shawn Holley, the lawyer", "Ann Lee, Tom Ray's agent"); not a title before the next name ("Ann Lee and
    general manager Tom Ray", "Ann Lee, coach Tom Ray")."""
    text = span.citation.text
    at = text.find(span.text)
    if at < 0 or not words:
        return False
    if titled_list(text, at, at + len(span.text), words):
        return True
    ahead = tokens(text[max(0, at - 50):at])
    # "an assistant coach to Ann Lee": a title before a preposition is another's ("coach to" her, not hers)
    link = max((i for i, t in enumerate(ahead) if t in _LINKS and i >= len(ahead) - 3), default=-1)
    ahead = ahead[link + 1:]
    # "… is expected to be charged today, Ann Lee said": a verb after its auxiliary is no title of hers
    before = [t for i, t in enumerate(ahead) if i >= len(ahead) - 3 and not (i and ahead[i - 1] in _AUXILIARIES)]
    rest = text[at + len(span.text):]
    if re.match(r"\s*,", rest):  # "Shawn Holley, the lawyer"
        after = _apposed_title(rest)
    else:  # "Ann Lee played Gypsy"; not "Ann Lee and general manager Tom Ray"
        after = tokens(rest[:30])[:3]
        after = [] if after[:1] in (["and"], ["or"]) else after[1:] if after[:1] == ["the"] else after[:2]
    near = [t for t in [*before, *after] if len(t) > 2 and t not in FUNCTION_WORDS]
    return any(_titles(w, t) for w in words for t in near)


#: A name before another in a list, with the place or body it is "of" and the comma or "and" after it ("Bronislaw
#: Geremek of Poland, " before "Janos Martonyi").
_MEMBER_BEFORE = re.compile(r"(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}(?:\s+(?:of|from)\s+(?:the\s+)?"
                            r"(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2})?\s*(?:,|\band)\s*$")
#: What follows a listed name when the list goes on: its "of" place, then "and" or a comma and another name.
_LIST_GOES_ON = re.compile(r"(?:\s+(?:of|from)\s+(?:the\s+)?(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2})?"
                           r"\s*(?:,\s*|\s+and\s+)(?-i:[A-Z])")


def titled_list(text: str, start: int, end: int, words: list[str]) -> bool:
    """Whether the name at ``start:end`` stands in a list of names ("A of Poland, B of Hungary and C") whose title is
    set before its first ("the three foreign *ministers* A of Poland, …"): every name of it holds that title. The
    list must be closed by "and" (before the name or after it): "coach Tom Ray, Ann Lee said" lists no one."""
    head = start
    while (member := _MEMBER_BEFORE.search(text, 0, head)) is not None:
        head = member.start()
    if head == start:
        return False
    closed = re.search(r"\band\s*$", text[:start]) is not None or (
        (more := _LIST_GOES_ON.match(text, end)) is not None and "and" in more[0].split())
    if not closed:
        return False
    ahead = tokens(text[max(0, head - 50):head])[-3:]
    return any(_titles(w, t) for w in words for t in ahead if len(t) > 2 and t not in FUNCTION_WORDS)


#: Prepositions that tie a title before them to another name ("coach *to* Ann Lee", "an aide *with* the X") — not
#: "by" or "of", which set the doer or the one an act is done to after a verb or its noun ("directed by Ann Lee",
#: "the election of Ann Lee"); an owner's possessive ties the title after it to the name before it ("the
#: officer's *partner*, Ann Lee").
_LINKS = frozenset({"to", "with", "s", "'s"})
def entitled(span: Span, titles: Sequence[str]) -> bool:
    """Whether the sentence gives the name one of ``titles`` as its own: the word right before it ("CHP
    *Officer* Ann Lee said"), one of the capitalised words of a title right before it ("*Executive* Vice President
    Ann Lee") or a title set off by a comma after it ("Ann Lee, a police officer,"); not a
    title a verb separates from it ("an officer pulled Ann Lee over")."""
    text = span.citation.text
    at = text.find(span.text)
    if at < 0:
        return False
    before = re.search(r"([A-Za-z][\w-]*)\s*$", text[:at])
    # a title of several capitalised words ("Boeing *Executive* Vice President Ann Lee") is the name's whole
    capitalised = re.search(r"((?:(?-i:[A-Z])[\w-]*\s+){1,3})$", text[max(0, at - 60):at])
    after = _apposed_title(text[at + len(span.text):]) if re.match(r"\s*,", text[at + len(span.text):]) else []
    said = [w.lower() for w in ([before[1]] if before else []) + (capitalised[1].split() if capitalised else []) +
            after]
    return any(stem(w) == stem(t) for w in said for t in titles)


#: Words before a verb form: "to be *charged*", "was *named*".
_AUXILIARIES = frozenset({"be", "been", "being", "is", "are", "was", "were", "to", "has", "have", "had", "will", "would"})
#: A title set off by a comma after a name: ", the lawyer", ", Lee's agent", ", its president" (not ", coach Tom
#: Ray": a title before a name is that name's).
_APPOSED = re.compile(r"\s*,\s*(?:(?:the|a|an|his|her|its|their)\s+|(?:(?-i:[A-Z])[\w.-]*\s+){0,3}(?-i:[A-Z])[\w.-]*\s*['’]s\s+)?"
                      r"(?P<title>(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*))?)\b(?!\s+(?-i:[A-Z]))", re.IGNORECASE)


def _apposed_title(rest: str) -> list[str]:
    """The words of a title set off by a comma right after a name (``rest``: the text after it)."""
    found = _APPOSED.match(rest)
    return [t for t in tokens(found["title"]) if t not in FUNCTION_WORDS] if found else []


#: Calendar precisions, coarse to fine.
_FINENESS = ("century", "decade", "year", "half", "quarter", "season", "month", "week", "day", "time")


def _fineness(value: str | None) -> int:
    period = period_of(value)
    return _FINENESS.index(period[2]) if period and period[2] in _FINENESS else -1


def finer_date(ours: str | None, theirs: str | None) -> bool:
    """Whether our date says the other's more precisely ("1923-04-22" against "1923"): it stays."""
    ours = ours.split(" (")[0] if ours else ours  # "2009-10 (October)": the value before its words
    return bool(ours and theirs) and compatible(ours, theirs) and _fineness(ours) > _fineness(theirs) >= 0


def _finest_first(found: list) -> list:
    """The first date found, or a finer one of the same event that falls within it ("in 1923" → "on April 22,
    1923"; "last summer" → "Aug. 2"): the evidence that says the same verb and a compatible, finer date leads."""
    span, item = found[0]
    best, best_fine = 0, _fineness(span.value)
    for index, (other, other_item) in enumerate(found[1:], 1):
        fine = _fineness(other.value)
        if fine > best_fine and span.value and compatible(span.value, other.value) and \
                _same_verb(item, other_item):
            best, best_fine = index, fine
    return [found[best], *found[:best], *found[best + 1:]]


def _same_verb(a: Evidence, b: Evidence) -> bool:
    """Two pieces of evidence about one event: the same verb family (a claim's verb, else its sentence)."""
    if a.claim is None or b.claim is None:
        return False
    return family(verb_stem(a.claim)) == family(verb_stem(b.claim)) and a.claim.status == b.claim.status


def says(q: QuestionAnalysis, citation: Citation) -> bool:
    """Whether a sentence says the question's predicate (or a paraphrase of it), when it has one."""
    if not q.predicate:
        return True
    stems_, ordered = phrase_keys(citation.text)
    return match(q.predicate, stems_, ordered) >= 0.6


def _same_value(a: Span, b: Span) -> bool:
    """Whether two spans say one value: compatible times, equal quantities ("10-year" = "10 years"), same words."""
    if a.value and b.value and a.value[:1].isdigit():
        return compatible(a.value, b.value)
    qa, qb = quantities(a.text), quantities(b.text)
    if len(qa) == len(qb) == 1:
        return (qa[0].value, qa[0].unit) == (qb[0].value, qb[0].unit)
    return set(tokens(a.text)) == set(tokens(b.text))


def _same_event(a: Evidence, b: Evidence) -> bool:
    """Two claims about one event: same verb and same subject (by entity when both are linked)."""
    if a.claim is None or b.claim is None:
        return False
    if family(verb_stem(a.claim)) != family(verb_stem(b.claim)) or a.claim.status != b.claim.status or aspect(a.claim) != aspect(b.claim):
        return False  # "serving 10 years" (the term) is not "served eight years" (the time done)
    sa, sb = a.claim.subject_entity, b.claim.subject_entity
    same_doer = (sa.id == sb.id) if sa and sb else a.claim.subject.lower() == b.claim.subject.lower()
    # "hosted the Oscars in 2007" and "hosted the Grammys in 1996" are two events: objects both stated and
    # sharing no word tell of different things, whose dates or figures never disagree
    ends = [{stem(w) for w in content_words(c.object or "")} for c in (a.claim, b.claim)]
    return same_doer and not (ends[0] and ends[1] and not ends[0] & ends[1])


#: A length told as a term's ("a 12-year sentence", "a 12 - year term"), not as time gone by ("served five years").
_TERM_LENGTH = re.compile(r"(?:\d|\b[a-z]+)\s*-\s*(?:year|month|week|day|hour)\b", re.IGNORECASE)


def _term_length(text: str) -> bool:
    """Whether a span tells a length as a term's ("12-year"): a term and the time served of it are two
    quantities, never a disagreement (issue 11: "not a sentence length against time served")."""
    return _TERM_LENGTH.search(text) is not None


def _other_years(a: Evidence, b: Evidence) -> bool:
    """Two claims whose own times both name a year, and not the same one ("served a five-year term" in 1959, "was
    serving a 12-year sentence" from 1997): two events, whose figures never disagree (for a date question the
    times are the values asked, and may)."""
    years = [c.time[:4] if c is not None and c.time and c.time[:4].isdigit() else None
             for c in (a.claim, b.claim)]
    return None not in years and years[0] != years[1]


_WHY_ARGS = ("reason", "cause", "purpose")
#: How surely a claim's verb must say the asked one for the claim's own reason to answer "why" ("the admission
#: is not going to do much to salve its image" gives the purpose of doing, not of releasing a fix).
SAME_EVENT = 0.85


def cause_spans(citation: Citation) -> list[Span]:
    """The clause a sentence gives as a cause or purpose, from its cause word on ("because we want …")."""
    found = strong_marker(citation.text) or WEAK.search(citation.text)
    if not found:
        return []
    text = " ".join(citation.text[found.start():].split()).rstrip(" .")
    return [Span(text=text, citation=citation)]


def reason(store, q: QuestionAnalysis, ranked: Sequence, sentences: Sequence[Citation],
           out: Composer, *, as_of: str | None = None) -> tuple[str | None, list[ClaimView]]:
    """The reason (``_reason``); when the sentence that says it only points ahead ("X invited Y for a
    reason."), the sentence after it, which gives the reason, too (``causes.ahead_cause``)."""
    short, used = _reason(store, q, ranked, sentences, out, as_of=as_of)
    if out.citations and (ahead := ahead_cause(store, out.citations[-1])) is not None:
        out.quote(ahead.citation)
        short = ahead.text
    return short, used


def _reason(store, q: QuestionAnalysis, ranked: Sequence, sentences: Sequence[Citation],
            out: Composer, *, as_of: str | None = None) -> tuple[str | None, list[ClaimView]]:
    """The reason: a matching claim's own reason or purpose, else the sentence (of the matching claims' and
    those found by words) whose cause clause best answers (``causes.best_cause``), quoted; the clause from
    the cause word on is the short answer."""
    for s in ranked[:LOOK]:
        claim = s.claim
        value = why_arg(claim, _WHY_ARGS)
        # a reason of the asked event, not of another verb near it; and of the asked act itself when the question
        # has one, not of a verb that says another of its words ("deny" for "claim")
        event = event_word(q.predicate)
        if value and s.verb_weight >= SAME_EVENT and (event is None or says_verb(event, claim)):
            out.claim(claim, args=_WHY_ARGS)
            return value, [claim]
    hits = [s for s in ranked[:LOOK] if s.verb]
    claims = {s.claim.citation.key: s.claim for s in reversed(hits)}
    pool = list({c.key: c for c in [*(s.claim.citation for s in hits), *sentences]}.values())
    verbs: dict[tuple[str, int], tuple[str, ...]] = {}
    for s in hits:  # the words of claims whose verb says the asked one ("did not play" for "sit out")
        verbs[s.claim.citation.key] = (*verbs.get(s.claim.citation.key, ()), s.claim.predicate)
    cause = best_cause(q.words, pool, predicate=q.predicate, verbs=verbs)
    if cause is not None and not cause.strong and not _names_all(q, cause.citation, doer=False):
        # "after …" mostly says when: as a reason it must be of the asked event, and a sentence that leaves out
        # one the question's act is done to ("why did A divorce B?" of "A will serve 10 years for her part in …
        # after pleading guilty") tells another event (the doer may go unnamed: "Sunday was chosen as …")
        cause = None
    if cause is not None and not cause.strong and _of_no_one_asked(q, cause.citation):
        cause = None  # "why was A not in court?": "police were called after hearing an argument" is another act's
    if cause is not None and _another_doer(store, q, cause.citation):
        cause = None  # "why did A resign?": "B quit the board because …" is B's reason, however strong its marker
    # "why did A … B?": what A alleges of B, unless a sentence naming both gives a cause with a strong marker
    alleged = grounds(store, q.entities[0].entity.id, q.entities[1].entity.id, as_of=as_of) \
        if len(q.entities) >= 2 and not (cause and cause.strong and _names_all(q, cause.citation)) else None
    if alleged is not None:  # the sentence that says the event follows, so a reader sees what it explains
        out.quote(alleged.citation)
        for event in event_sentences(q.words, pool, most=1):
            out.quote(event)
        return alleged.text, []
    # "after …" often says only when: a cause said beside goes first; and so does a cause said beside a sentence
    # that tells the event more fully than the one whose own cause was found (which may be another event's)
    fuller = cause is not None and cause.strong and any(cover_of(q.words, c.text) > cause.cover for c in pool)
    if cause is None or not cause.strong or fuller:
        beside = _beside_cause(store, q, pool, out, as_of=as_of)
        if beside is not None:
            return beside, []
    if cause is None or not cause.strong:
        spoken = spoken_cause(store, [s.claim for s in hits], set(q.entity_ids), as_of=as_of)
        if spoken is not None:  # the doer's own words, then the event they explain
            out.quote(spoken.citation)
            for event in event_sentences(q.words, pool, most=1):
                out.quote(event)
            return spoken.text, []
        if cause is None:
            return None, []
    out.quote(cause.citation)
    claim = claims.get(cause.citation.key)
    return cause.text, [claim] if claim else []


def cause_after(store, out: Composer) -> tuple[Composer, str] | None:
    """For a "why" answer that quotes a sentence saying the event and no cause (the full-text search's best), the
    cause the next sentence gives with a strong marker (``causes.next_cause``: "The release is two years behind
    schedule. The project has been plagued by strikes …"): a new answer quoting the cause, then the event; None
    when the next sentence gives none."""
    if not out or not out.citations:
        return None
    event = out.citations[0]
    following = sentence_citations(store, [(event.article, event.sentence + 1)])
    cause = next_cause(event, following[0]) if following else None
    if cause is None:
        return None
    answer = Composer(out.names)
    answer.quote(cause.citation)
    answer.quote(event)
    return answer, cause.text


def _another_doer(store, q: QuestionAnalysis, citation: Citation) -> bool:
    """Whether a sentence that gives a cause tells only of others' acts: it does not name the question's first
    entity, and its claims' subjects are people or bodies the store links, none of them the question's ("B quit
    the board because …" for "why did A resign?"). A sentence whose doer is a pronoun or unnamed may be A's."""
    if not q.entities:
        return False
    first, words = q.entities[0], set(tokens(citation.text))
    if _named(first, words):
        return False
    own = load_claims(store, store.claim_keys_in_sentences([(citation.article, citation.sentence)]))
    doers = {c.subject_entity.id if c.subject_entity else None for c in own}
    return bool(doers) and None not in doers and not doers & set(q.entity_ids)


def _other_object(q: QuestionAnalysis, item: Evidence, names: set[str]) -> bool:
    """Whether the evidence says the asked verb of another object than the one the question sets right after it
    ("who beat A?": "B … despite beating the count"): its doer did the act to something else, so it is no doer of
    the asked one. A claim's object is read when it has one written out (active, neither linked to A nor naming
    A, no pronoun, which may stand for A); a sentence found by words, when it names A nowhere, by the words after
    the verb ("beating *the count*": a determiner opens another thing)."""
    if not q.asks_subject or not q.entities or not q.predicate:
        return False
    named = q.entities[0]
    before = tokens(q.text[:named.start])
    if not before or stem(before[-1]) != stem(q.predicate):
        return False  # "who met A's lawyer", "who beat him to A": the entity is no object of the verb
    own = {w for n in {*names, named.text, named.entity.name} for w in tokens(n) if w not in FUNCTION_WORDS}
    claim = item.claim
    if claim is None:
        words = tokens(item.citation.text)
        if set(words) & own:
            return False
        return any(stem(w) == stem(q.predicate) and words[i + 1:i + 2] and words[i + 1] in _DETERMINERS
                   for i, w in enumerate(words))
    if not claim.object or claim.args.get("voice") == "passive" or not says_verb(q.predicate, claim):
        return False
    if claim.object_entity is not None and claim.object_entity.id == named.entity.id:
        return False
    said = set(tokens(claim.object))
    return not said & own and not said & _STAND_INS


#: Words that open a noun phrase of a thing of its own ("beating *the* count"), no name and no pronoun.
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})


#: Pronouns that may stand for the question's entity in a sentence that does not name it.
_STAND_INS = frozenset({"he", "him", "his", "she", "her", "hers", "they", "them", "their", "it", "its"})


def _of_no_one_asked(q: QuestionAnalysis, citation: Citation) -> bool:
    """Whether a sentence, for a question about someone with no verb of its own ("why was A not in court?",
    "why is A in hospital?": no predicate, or one WordNet knows only as a noun), neither names that one nor
    refers to them (a pronoun, a stored reference): a weak marker there ("after …") gives the time or cause of
    someone else's act, and only the asked one's presence ties it to the question (with a verb,
    ``causes.explains`` ties it to the asked act instead)."""
    if (q.predicate and may_be_verb(q.predicate)) or not q.entities:
        return False
    first, words = q.entities[0], set(tokens(citation.text))
    return not _named(first, words) and first.entity.id not in citation.refers and not _STAND_INS & words


def _names_all(q: QuestionAnalysis, citation: Citation, *, doer: bool = True) -> bool:
    """Whether a sentence names every entity of the question (as the question or the store names it); with
    ``doer`` False, every one after the first (the doer, whom a passive or a pronoun leaves unnamed)."""
    words = set(tokens(citation.text))
    return all(_named(named, words) for named in q.entities[0 if doer else 1:])


def _named(named, words: set[str]) -> bool:
    """Whether a sentence's ``words`` hold one of the names of a question entity (as the question or the store
    names it), all of that name's words."""
    return any(tokens(n) and set(tokens(n)) <= words for n in (named.text, named.entity.name))


def _pointing_back(store, q: QuestionAnalysis, pool: list[Citation], *, as_of: str | None) -> list[Citation]:
    """Sentences that say every content word of the question and point back to a cause ("That's why they
    have to file for bankruptcy"): those read already, and those full-text search finds (they seldom name
    the question's entity, so the usual searches miss them)."""
    words = [w for w in q.words if w not in FUNCTION_WORDS]
    if not words:
        return []
    keys = store.fulltext_sentence_keys([["why", "reason"], *([w] for w in words)], as_of=as_of, limit=5)
    found = {c.key: c for c in [*pool, *sentence_citations(store, keys)]}
    return [c for c in found.values() if POINTS_BACK.search(c.text)]


def _beside_cause(store, q: QuestionAnalysis, pool: list[Citation], out: Composer, *,
                  as_of: str | None) -> str | None:
    """The cause said beside the sentence that best says the question's event: the sentences before one
    that points back ("They said no. … That's why …"), else the next sentence's strong cause ("The project
    has been plagued by …"); quoted cause first, then the event sentence. None when neither says one."""
    # a sentence pointing back is tied to the question by its words alone: it must say all of them
    pointing = event_sentences(q.words, _pointing_back(store, q, pool, as_of=as_of), least_cover=1.0)
    events = [e for e in event_sentences(q.words, pool) if not POINTS_BACK.search(e.text)]
    near = {c.key: c for c in sentence_citations(
        store, [*((e.article, e.sentence - k) for e in pointing for k in range(BACK_SENTENCES, 0, -1)
                  if e.sentence - k >= 0), *((e.article, e.sentence + 1) for e in events)])}
    for event in pointing:
        back = back_cause(event, list(near.values()))
        if back is not None and out.add(f"“{back[0].text}”", back[1]):
            out.quote(event)
            return back[0].text
    for event in events:
        following = near.get((event.article, event.sentence + 1))
        cause = next_cause(event, following) if following is not None else None
        if cause is not None:
            out.quote(cause.citation)
            out.quote(event)
            return cause.text
    return None
