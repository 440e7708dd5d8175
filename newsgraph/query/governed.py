"""Whether a short answer's span belongs to the asked event, read from the dependency parse of its one sentence.

A story tells of several events of one kind: two fires, two arrests, a killing and a conviction, a team's loss
and its next game. The worst short answer ``ask`` gives is a span of the right type taken from one of the others:
"On what day was the suspect taken into custody?" answered "1967" from "A co-worker has been charged in the *1967
slayings* …", "On what date did the airline sign the purchase?" answered "Thursday" from "The airline *stated on
Thursday* that it had signed …", "Where was the team heading after Nairobi?" answered "Kenya" from "… led a team to
Africa *to help victims of attacks on the embassies in Kenya*". How English ties a date, a place, a figure to an
event is syntax: the span is an argument or a modifier of one predicate, and a reader finds which by the parse,
not by the words around it. So the sentence is parsed (spaCy, the pipeline ``resolve_model`` names, as for the
rest of the query stage; once per sentence, cached) and the span's governor is read off the tree: from the span's
head up through the nouns and prepositions it modifies ("the 1967 *slayings*", "attacks on the *embassies* in
Kenya") to the first verb, and on
from that verb to the verb it completes or is joined to ("planned *to leave* on Thursday", "was arrested *and
charged* on Friday", "managed *to get away*"). The span belongs to the asked event when one of those words (a
noun with the nouns compounded with it: "a March 2005 *shooting* spree"), a complement of the verb ("*made* a
profit of $5 million": the act is the noun), the common noun the verb is said of ("the *ceremony* will take
place at …", "the *fire* which broke out in …"; not the subject of a verb of saying, its speaker: "the airline
*said* on Thursday that …") or the noun a count counts ("*12 Somalis* were among them" for "how many Somalis …")
says a content word of the question (the same stem, a WordNet synonym or derivation, a kin form, or word vectors:
``attached.asked_act``). When none does, the span tells
of another event, and the writer states no short answer: it quotes the sentence, which still holds the answer
when it is there.

A date, a place, a count or a sum is checked; a length of time is not: it measures the whole of an event ("spent
*eight years* locked up", "*18 hours* earlier"), and the parse ties it to whichever verb stands nearest. No
judgement (None) is made when the span reaches no verb (a headline's noun phrase), when its path runs through
a name the question asks about (the span is that participant's attribute: "Ann Lee *of Elm*", "Elm's Ann Lee"),
when the question asks what a thing is or has (``attached``'s stative questions: "what was the record?", "how
old …", or a question whose parse holds no verb but "be", "have", "do": "how many troops are in the Gulf?"), or
when no spaCy pipeline is installed. The parse costs one pass of the pipeline per sentence checked (tens of
milliseconds) and the pipeline's load once per process. The statistics of confidence are another module's
(``confidence``); this is the structural check.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache
import logging

from ..lexicon import SPEECH_VERBS
from .attached import CHECKED_TYPES, STATIVE, asked_act
from .lexicon import LIGHT_VERBS
from .words import FUNCTION_WORDS, stem, tokens

logger = logging.getLogger(__name__)

#: Dependency labels by which a verb completes or continues another ("planned *to leave*", "arrested *and
#: charged*", "was found *abandoned* at"): the span belongs to both.
_CHAINED = frozenset({"xcomp", "conj", "oprd"})
#: A verb's complements that may carry the act a light verb only does ("*made* a *profit*", "*left* 12 *dead*"); a
#: clause it reports ("stated on Thursday *that it had signed*") is another event, no complement.
_COMPLEMENTS = frozenset({"dobj", "attr", "acomp", "oprd", "dative"})
#: The pipes a dependency parse needs (the named entities are not read here).
_UNUSED_PIPES = ("ner",)


@lru_cache(maxsize=512)
def parsed(text: str):
    """The spaCy parse of one sentence (cached), or None when no pipeline loads.

    The pipeline is ``load_nlp()``'s, the one ``resolve_model`` names (``NEWSGRAPH_MODEL`` or the installed
    default), as for the rest of the query stage (``vectors``). It is shared with any reader in the process, so
    the unused pipes are left out per call (``disable=``), never switched off on the shared object: asks run in
    a thread pool, and an Annotator beside them must keep its entities."""
    try:
        from ..nlp.model import load_nlp

        nlp = load_nlp()
    except Exception as exc:  # noqa: BLE001 (no model installed: no parse, no judgement)
        logger.warning("no parse for the span check: %s", exc)
        return None
    return nlp(text, disable=[p for p in _UNUSED_PIPES if p in nlp.pipe_names])


def _is_verb(token) -> bool:
    """A verb said as a predicate: a full verb, or a form of "be" heading its own clause ("the toll *was* 12")."""
    return token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ in ("ROOT", "ccomp", "conj", "relcl", "advcl"))


def governor(doc, start: int, end: int) -> tuple[list, object] | None:
    """(the tokens on the way up, the governing verb) of the span ``doc.text[start:end]``: from the span's head up
    through what it modifies to the first verb; None when the span is not found or reaches no verb."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    inside = range(span.start, span.end)
    token, path = span.root, []
    while token.head.i != token.i:  # (a root is its own head; spaCy makes a new token object at each access)
        token = token.head
        if token.i in inside:
            continue
        if _is_verb(token):
            return path, token
        path.append(token)
    return None


def _verb_words(verb, inside: range) -> list[str]:
    """The words that may say the act of ``verb``: the verb (with its particle), the verbs it completes or is joined
    to, and its complements' head words (the span's own words left out)."""
    out = []
    chain = [verb]
    while chain[-1].dep_ in _CHAINED and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    chain += [c for c in verb.children if c.dep_ in _CHAINED and c.pos_ == "VERB"]  # "managed *to get away*"
    chain += _shared_time(verb, chain)
    for v in chain:
        particle = next((c.text.lower() for c in v.children if c.dep_ == "prt"), None)
        out.append(f"{v.text.lower()} {particle}" if particle else v.text.lower())
    light = verb.lemma_.lower() in LIGHT_VERBS
    for child in verb.children:
        target = child if child.dep_ in _COMPLEMENTS else None
        if light and child.dep_ == "prep":  # "went *on sale*": a light verb's act is its preposition's object
            target = next((c for c in child.children if c.dep_ == "pobj"), None)
        if target is not None and target.i not in inside and target.pos_ != "PROPN":
            out.append(target.text.lower())
    if verb.lemma_.lower() in SPEECH_VERBS:  # "the *airline* said on Thursday that …": the speaker, not the event
        return out
    for child in verb.children:  # what the event is said of ("the *ceremony* will take place at …"), not a name
        if child.dep_ in ("nsubj", "nsubjpass") and child.i not in inside:
            if child.tag_ == "WDT" and verb.dep_ == "relcl":  # "the fire *which* broke out": its antecedent
                child = verb.head
            if child.pos_ == "NOUN" and child.i not in inside:
                out.append(child.text.lower())
    return out


def _shared_time(verb, seen: list) -> list:
    """The non-finite clauses under ``verb`` with no subject of their own, and theirs in turn ("*took to* X while
    still *incarcerated* *to thank* her": the thanks were that post, on its day): they are the same doer's acts
    at the verb's time. A clause with its own subject ("arrested on Friday after *police stormed* …") is another
    event, and is left out."""
    out, todo, ids = [], [verb], {t.i for t in seen}
    while todo:
        for child in todo.pop().children:
            if child.dep_ in ("xcomp", "advcl") and child.pos_ == "VERB" and child.i not in ids and not any(
                    c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") and (c.dep_ != "mark" or c.lower_ not in (
                        "while", "to")) for c in child.children):
                ids.add(child.i)
                out.append(child)
                todo.append(child)
    return out


@lru_cache(maxsize=256)
def _asks_act(question: str) -> bool:
    """Whether the question asks of an act: its parse holds a verb other than a form of "be", "have" or "do"
    ("how many troops *are* in the Gulf?" asks a state, which any verb of a sentence may set)."""
    doc = parsed(question)
    return doc is None or any(t.pos_ == "VERB" and t.lemma_.lower() not in ("be", "have", "do") for t in doc)


@lru_cache(maxsize=256)
def _asks_saying(question: str) -> bool:
    """Whether the question asks of an act of saying ("when did the firm *announce* …", "what did she *tell* …"):
    a word of it whose lemma is a verb of saying."""
    doc = parsed(question)
    return doc is not None and any(t.lemma_.lower() in SPEECH_VERBS for t in doc)


def _says(question: str, word: str, saying: bool = False) -> bool:
    """Whether a content word of the question says ``word``: the same stem (a light verb too: "fall", "get"), or a
    paraphrase or kin form (``attached.asked_act``). A verb of saying (``saying``) is paraphrased only by another:
    WordNet's senses make "said" a paraphrase of the noun "order" ("When did the airline sign the order?")."""
    first = word.split()[0]
    if stem(first) in {stem(w) for w in tokens(question) if w not in FUNCTION_WORDS}:
        return True
    if saying and not _asks_saying(question):
        return False
    return asked_act(question, word)


def other_event(question: str, answer_type: str, text: str, at: int, size: int,
                asked_names: set[str] = frozenset()) -> str | None:
    """The verb of another event that governs the span ``text[at:at + size]`` (see the module docstring), or None
    when the span may belong to the asked event or no judgement is made."""
    if answer_type not in CHECKED_TYPES or at < 0 or size <= 0 or STATIVE.search(question) or \
            not _asks_act(question):
        return None
    doc = parsed(text)
    if doc is None:
        return None
    found = governor(doc, at, at + size)
    if found is None:
        return None
    path, verb = found
    span = doc.char_span(at, at + size, alignment_mode="expand")
    inside = range(span.start, span.end)
    if any(t.text.lower() in asked_names for t in path):
        return None  # "Ann Lee of Elm": an attribute of the asked one, not of an event
    # (a noun with the nouns compounded with it: "a March 2005 *shooting spree*")
    path = path + [c for t in path if t.pos_ == "NOUN" for c in t.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    words = [t.text.lower() for t in path if t.pos_ in ("NOUN", "VERB", "ADJ") and t.text.lower() not in FUNCTION_WORDS]
    words += _verb_words(verb, inside)
    if answer_type == "number":  # the noun a count counts, when the question counts it too ("*12 Somalis* were held")
        words.append(span.root.text.lower())
    saying = verb.lemma_.lower() in SPEECH_VERBS
    if any(_says(question, w, saying and w.split()[0] == verb.text.lower()) for w in words):
        return None
    return verb.text


def located(text: str, short: str) -> tuple[int, int]:
    """(where, how long) the sentence says a short answer: as written, else a normalised date ("2009-06-18") by the
    words that say it (its year, "June 18", its weekday, "today"); (-1, 0) when it is not found."""
    at = text.find(short)
    if at >= 0:
        return at, len(short)
    value = re.match(r"(\d{4})(?:-(\d\d))?(?:-(\d\d))?\b", short)
    if value is None:
        return -1, 0
    year, month, day = value.groups()
    forms = []
    if month:
        name = calendar.month_name[int(month)]
        if day:
            forms.append(rf"\b(?:{name}|{name[:3]}\.?)\s+0?{int(day)}\b")
            try:
                forms.append(rf"\b{calendar.day_name[date(int(year), int(month), int(day)).weekday()]}\b")
            except ValueError:
                pass
            forms.append(r"\b(?:today|yesterday|tonight|this (?:morning|afternoon|evening))\b")
        forms.append(rf"\b{name}\b")
    forms.append(rf"\b{year}\b")
    for form in forms:
        found = re.search(form, text, re.IGNORECASE)
        if found:
            return found.start(), found.end() - found.start()
    return -1, 0


def asked_name_words(names) -> set[str]:
    """The lower-case words of the names a question asks about."""
    return {w for n in names for w in tokens(n) if w not in FUNCTION_WORDS}
