"""Whether a short answer is attached to the act the question asks about, not to another act of its sentence.

A span of the right type from a sentence about another event is the worst answer ``ask`` gives: "how many shots
did the gunman fire?" answered "12 children" from "Ann Lee was walking with one of her 12 children when Tom Ray
fired from the rooftop"; "how many people were wounded?" answered "258 people" from "the bombs killed 258 people and
injured 5,500". Without a parser at query time, the act a figure, date or place belongs to is read as the verb
that governs it: the nearest verb form before it in its clause, with no comma, bracket, dash or "that" between
(the span is that verb's object, count, time or place: "*killed* 258 people"). When that verb is no act the
question says (in none of its words, nor a paraphrase or kin form by the lexicon), and the sentence says an asked
act elsewhere ("… and *injured* 5,500"), the span tells of the other act: fits' ``other act`` doubt states no short
answer and the sentence is quoted, which still holds the answer when it is there.

The span is kept when a verb the question says stands in the same stretch before it ("was *found* abandoned at"),
a word the question says stands between the verb and it ("stopped him in their *bout* at the Elm Arena"), the
figure measures a noun the question says ("a three-hour *meeting*"), or the question asks what a thing is or has
("what was the record …", "how old …", "… have?"). A sentence that says no asked act at all is left alone: news
says the asked act by words no lexicon links ("flew" for "travel") as often as it tells of another one.

A light verb ("made profits of $5 million"), an auxiliary, a verb of saying (read by ``clauses``), a verb form used
as an adjective or a noun ("the *wounded* men", "the embassy *bombing*") or as a preposition ("*including*")
governs nothing here: the check says nothing of such a span.
"""

from __future__ import annotations

import re

from .clauses import SAYING, clause_bounds
from .lexicon import LIGHT_VERBS, match, phrase_keys
from ..lexicon.wordnet import wordnet
from .extract import tied_to
from .words import (BE_FORMS, FUNCTION_WORDS, IRREGULAR, IRREGULAR_NOUNS, MEASURE_UNITS, QUESTION_WORDS, inflected_verb,
                    stem, token_spans, tokens, unit_word)

#: The answer types whose span an act governs as its object, count, time or place.
GOVERNED_TYPES = frozenset({"number", "duration", "money", "date", "place"})
#: The types checked, here and in ``governed``: a length of time is read apart ("spent *eight years* locked up",
#: "ending a *41-year* wait"): it measures the whole of an event, and both the nearest verb before it and the
#: parse tie it to whichever verb stands nearest, which need not be the event it measures.
CHECKED_TYPES = GOVERNED_TYPES - {"duration"}
#: How surely a question word must say the governing verb for the span to belong to the asked act.
_SAYS = 0.6
#: Words before a verb form that make it an adjective or a noun ("the wounded", "a fired accountant", "his
#: killing").
_MODIFIER_BEFORE = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this",
                              "these", "those", "some", "any", "no", "each", "every", "of"})
#: Verb forms that work as prepositions ("74 dead, *including* eight Americans", "*aged* 24"), and "-ing" words that
#: are no verb forms at all ("morning"): no act of their own.
_PREPOSITIONAL = frozenset({"including", "excluding", "following", "according", "regarding", "concerning",
                            "involving", "considering", "given", "pending", "barring", "aged", "based", "compared",
                            "related", "during", "nothing", "something", "anything", "everything", "morning",
                            "evening"})
#: What parts a verb from a span after it: a comma, a bracket, a dash, a semicolon ("As fights erupted in Elm, *46*
#: were arrested"), or "that", which opens what a verb of thinking or saying holds ("estimated *that* 8 million
#: phones will be sold").
_PARTED = re.compile(r"[,;()\[\]—–]|\s--?\s|\bthat\b", re.IGNORECASE)


def _verb_form(word: str, previous: str) -> bool:
    """Whether a word reads as a verb said as an act, by its form and the word before it: a past form ("killed",
    "shot") or an "-ing" form WordNet knows as a verb ("capturing"); not a name, a function word, a form of "be", a
    verb form that works as a preposition ("including"), nor one used as an adjective or a noun: after a
    determiner ("the wounded men", "his killing"), or an "-ing" form after a noun or a figure ("the embassy
    bombing", "its Nov. 26 opening")."""
    low = word.lower()
    if previous.lower() == "to" and word[:1].islower() and low not in FUNCTION_WORDS:
        net = wordnet()
        return net is not None and low in net.base_forms(low, "v")  # "to fall", "to drive": an act in the base form
    if word[:1].isupper() or low in FUNCTION_WORDS or low in BE_FORMS or low in _PREPOSITIONAL or \
            low in IRREGULAR_NOUNS or len(low) < 3 or previous.lower() in _MODIFIER_BEFORE:
        return False
    if low.endswith("ing"):
        net = wordnet()
        if net is None or not net.base_forms(low, "v"):
            return False
        before = previous.lower()
        noun_before = previous[:1].isdigit() or (previous[:1].islower() and before not in FUNCTION_WORDS and
                                                  before not in BE_FORMS and not before.endswith("ly") and
                                                  not inflected_verb(before))
        return not noun_before
    net = wordnet()
    return inflected_verb(low) and (net is None or bool(net.base_forms(low, "v")) or low in IRREGULAR)


def _base(word: str) -> str:
    """A verb form's base ("shot" → "shoot", "capturing" → "capture"), by WordNet when it knows the form."""
    net = wordnet()
    forms = net.base_forms(word, "v") if net is not None else []
    return forms[0] if forms else IRREGULAR.get(word, word)


def verbs(text: str, start: int, stop: int) -> list[tuple[int, str]]:
    """(offset, lower-case word) of each verb ``text[start:stop]`` says as an act (``_verb_form``)."""
    out = []
    previous = ""
    for s, _e, word in token_spans(text[start:stop]):
        if text[max(0, start + s - 1):start + s] != "-" and _verb_form(word, previous):
            out.append((start + s, word.lower()))
        previous = word
    return out


def governing_verb(text: str, at: int) -> tuple[int, str, int] | None:
    """(offset, word, reach start) of the verb that governs the span at ``at``: the nearest before it in its
    clause, with no mark that parts them (``_PARTED``); None when there is none, or it is a light verb or a verb of
    saying. The reach starts at the clause's start or the last parting mark before the span: the verbs said there
    chain to the span ("was found abandoned at …")."""
    start, _end = clause_bounds(text, at)
    marks = list(_PARTED.finditer(text, start, at))
    reach = marks[-1].end() if marks else start
    before = verbs(text, reach, at)
    if not before:
        return None
    offset, word = before[-1]
    if SAYING.match(text, offset) or _base(word) in LIGHT_VERBS:
        return None
    return offset, word, reach


def asked_act(question: str, said: str) -> bool:
    """Whether some content word of the question says ``said`` (a verb, perhaps with its particle: the same word, a
    paraphrase or a kin form: "wounded" for "injured", "arraignment" for "arraigned", "leave" for "checked out")."""
    words = said.split()
    stems_, ordered = phrase_keys(" ".join([*words, _base(words[0]), *words[1:]]))
    phrasal = [m[0].lower() for m in re.finditer(r"\b[a-z]{2,}" + _PARTICLE.pattern, question, re.IGNORECASE)]
    if any(match(phrase, stems_, ordered) >= _SAYS for phrase in phrasal):
        return True  # "go off" said by "exploded"
    for _s, _e, word in token_spans(question):
        low = word.lower()
        if low in FUNCTION_WORDS or low in QUESTION_WORDS or len(low) < 3 or _base(low) in LIGHT_VERBS:
            continue  # ("how long did the jurors *take* to decide": a light verb asks no act of its own)
        if stem(low) in stems_ or match(low, stems_, ordered) >= _SAYS:
            return True
        q_stems, q_ordered = phrase_keys(low)
        if match(_base(words[0]), q_stems, q_ordered) >= _SAYS:
            return True
    return False


#: A particle that makes a phrasal verb with the verb before it ("checked *out*", "ran *away*").
_PARTICLE = re.compile(r"\s+(out|up|off|down|away|back|over|in|on)\b", re.IGNORECASE)
#: A question that asks what something is or has, no act: "what was the team's record …", "how many seats will the
#: parliament have?"; the span is the value of a noun, whatever verb the sentence sets it by.
STATIVE = re.compile(r"^\s*what\s+(?:is|was|are|were)\b|^\s*how\s+old\b|\b(?:have|has)\s*\??\s*$", re.IGNORECASE)


def _phrasal(text: str, offset: int, word: str) -> str:
    """The verb at ``offset`` with its particle, if one follows ("checked out")."""
    particle = _PARTICLE.match(text, offset + len(word))
    return f"{word} {particle[1].lower()}" if particle else word


def _counts_other(span: str, asked: set[str]) -> bool:
    """Whether a figure says its own noun of what it counts, one the question does not say ("a *five-boat* pirate
    attack" counts boats, not the pirates the noun after it names)."""
    unit = unit_word(span)
    return unit is not None and stem(unit) not in asked and stem(unit) not in MEASURE_UNITS


def other_act(question: str, answer_type: str, text: str, at: int, size: int) -> str | None:
    """The verb of another act that governs the span at ``at`` (see the module docstring), or None when the span
    may belong to the asked act: a verb the question says stands in its reach, or a word the question says
    stands between that verb and the span ("stopped him in their *fight* at the Elm Arena"), or the figure
    measures a noun the question says ("a three-hour *meeting*"), or the sentence says no asked act elsewhere (a
    span then has no rival act to belong to), or the question asks what a thing is or has."""
    if answer_type not in CHECKED_TYPES or at < 0 or STATIVE.search(question):
        return None
    found = governing_verb(text, at)
    if found is None:
        return None
    offset, word, reach = found
    if any(asked_act(question, _phrasal(text, o, w)) for o, w in verbs(text, reach, at)):
        return None
    asked = {stem(w) for w in tokens(question) if w not in FUNCTION_WORDS}
    between = [w for w in tokens(text[offset + len(word):at]) if w not in FUNCTION_WORDS and len(w) > 3]
    counts_other = answer_type == "number" and _counts_other(text[at:at + size], asked)
    if (tied_to(text, at, at + size, asked) and not counts_other) or \
            any(asked_act(question, w) for w in between):
        return None
    if not any(o != offset and asked_act(question, _phrasal(text, o, w)) for o, w in verbs(text, 0, len(text))):
        return None
    return word
