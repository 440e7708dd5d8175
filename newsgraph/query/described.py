"""A question that names its focus only by a description the articles give someone ("the defendant", "the nominee").

Why: reporters ask "How old is the defendant?" or "In which town is the nominee's clinic?" of a story whose
articles say "Ann Lee, the defendant, …" or "the nominee graduated from …". Without a name the question has no
entity, so nothing is read about her. At ingest the head nouns each article describes a person by are kept
(``Entity.described_as``, table ``entity_descriptions``); here a definite description in the question ("the
[accused] gunman", "the defendant's") is looked up by its head noun, and when the newest articles that use it
describe one person by it (``SURE`` of them or more), the question is read as naming that person.

A description may instead say what was done to someone ("the murdered girl", "the accused man", "the man being
sought", "the woman who was hired"): a person noun with a past participle before it, or after it behind
"being" or "who/that" and a form of "be". News tells that act as a claim ("Ann Lee was charged", "police seek Tom
Ray"), so the person it was done to (a passive claim's subject, an active one's object) in the newest claims with
the participle's verb is the one meant, when one person is ``SURE`` of them (``undergone_focus``).

Not when the description is what a "who is …" question asks for ("Who is the prosecutor?": the answer, not
the focus), and never for a head that several people share in the newest articles ("the company", "the
victim" of two stories): then the question stays without a focus, as before.
"""

from __future__ import annotations

import re

from collections import Counter
from dataclasses import dataclass

from ..models import description_key
from .entities import entity_refs, ref_of
from .types import EntityRef
from .words import BE_FORMS, FUNCTION_WORDS, IRREGULAR, QUESTION_WORDS

#: The share of the newest rows of a head noun that must describe one person for the question to mean them.
SURE = 0.75
#: "the", and one of the (up to three) lower-case words after it, up to a possessive ("the accused gunman", "the
#: defendant's"): each word is tried as the head noun in turn.
_THE = re.compile(r"\bthe\s+")
_WORD = re.compile(r"([a-z][a-z-]*)(?:'s|’s|s')?(\s+|(?=[?.,!;:])|$)")
#: At most this many words after "the" are tried.
_REACH = 3
#: "Who is the …", "Who was the …": the description is the answer asked for.
_ASKS_WHO = re.compile(r"\s*(?:who|what)\s+(?:is|was|are|were)\s+the\s", re.IGNORECASE)


#: The rows ``entities_described_as`` gave for each head noun one question's descriptions were looked up by: read
#: when the question is read (``described_focus``) and kept on it, so answering (``shared_description``) reads none
#: again.
Read = dict[str, list[tuple[int, int]]]


def _rows(store, key: str, read: Read | None) -> list[tuple[int, int]]:
    """``entities_described_as(key)``, from ``read`` when it holds the key (and kept there when given)."""
    if read is None:
        return store.entities_described_as(key)
    if key not in read:
        read[key] = store.entities_described_as(key)
    return read[key]


def described_focus(store, text: str, *, read: Read | None = None) -> list:
    """The person the question's first usable definite description stands for, as a ``NamedEntity`` (a list of
    none or one); the rows looked up are kept in ``read`` when given."""
    return described_head(store, text, read=read) or undergone_focus(store, text, asked_at=_asked_at(text))


def described_head(store, text: str, *, read: Read | None = None) -> list:
    """``described_focus`` by a head noun alone ("the defendant"), not by what was done to someone ("the man who was
    shot"): the reading for a part of a question, where a clause may be cut short."""
    from .questions import NamedEntity

    for start, end, head in _candidates(text):
        person = _described(store, description_key(head), read)
        if person is not None:
            return [NamedEntity(entity=person, start=start, end=end, text=text[start:end])]
    return []


def _asked_at(text: str) -> int | None:
    """Where the description a "who is the …" question asks for starts ("the judge" of "who is the judge?"): the
    answer asked for, no focus; None for any other question."""
    asks = _ASKS_WHO.match(text)
    return asks.end() - len("the ") if asks else None


def _candidates(text: str):
    """(start, end, head) of each word of the question's definite descriptions that may be their head noun: not
    a function word, not a plural, not the description a "who is the …" question asks for."""
    asked_at = _asked_at(text)
    for the in _THE.finditer(text):
        # "who is the judge?": the judge is the answer asked for, not its focus ("who is the judge's clerk?" has one)
        answer = the.start() == asked_at
        at = the.end()
        for _ in range(_REACH):
            word = _WORD.match(text, at)
            if word is None:
                break
            head = word.group(1)
            possessive = word.group(0).rstrip().endswith(("'s", "’s", "s'"))
            if head not in FUNCTION_WORDS and head not in QUESTION_WORDS and (possessive or not answer) \
                    and not _plural(head):
                yield the.start(), word.start(1) + len(head), head
            if possessive:
                break  # the possessor's description ends at its "'s"
            at = word.end()


@dataclass(frozen=True, slots=True)
class Shared:
    """A description the newest articles give several people ("the judge": its head noun as the question writes
    it), and the people, most described first."""

    head: str
    people: tuple[EntityRef, ...]


#: At most this many of the people who share a description are named.
SHARED_MOST = 3


def shared_description(store, text: str, *, read: Read | None = None) -> Shared | None:
    """The question's first bare definite description ("the judge", not "the presiding judge") that the newest
    articles give two or more people, none of them ``SURE`` of its rows ("the judge" of a story with two judges);
    None when there is none. ``read``: the rows already looked up for the question (``described_focus``)."""
    for start, end, head in _candidates(text):
        if text[start:end - len(head)].strip().lower() != "the":
            continue  # "the fired coach", "the second victim": the question's own words pick one of them
        rows = _rows(store, description_key(head), read)
        if len(rows) >= 2 and not _sure(rows):
            people = entity_refs(store, [eid for eid, _ in rows[:SHARED_MOST]])
            ordered = tuple(people[eid] for eid, _ in rows[:SHARED_MOST] if eid in people)
            return Shared(head=head, people=ordered) if len(ordered) >= 2 else None
    return None


def _plural(word: str) -> bool:
    """Whether a head noun names several ("the policemen", "the victims"): a group, never one person."""
    return description_key(word) != word or word.endswith("men") or word in ("people", "children")


def _described(store, head: str, read: Read | None = None) -> EntityRef | None:
    """The one person the newest articles describe by ``head``, or None."""
    rows = _rows(store, head, read)
    if not _sure(rows):
        return None
    briefs = store.entity_briefs([rows[0][0]])
    if not briefs:
        return None
    return ref_of(briefs[0])


#: "the murdered girl", "the wrongly accused man": a participle (one adverb may come first) before a noun.
_DONE_BEFORE = re.compile(r"\b[Tt]he\s+(?:([a-z]+ly)\s+)?([a-z]+)\s+([a-z]+)\b")
#: "the man being sought", "the girl who was shot", "the men that were hired": a noun, then "being" or a
#: relative pronoun and a form of "be", then a participle.
_DONE_AFTER = re.compile(r"\b[Tt]he\s+([a-z]+)\s+(?:being|(?:who|that)\s+(?:(?:has|had|have)\s+)?(?:is|was|were|are|"
                         r"been)(?:\s+being)?)\s+([a-z]+)\b")
#: How many of the newest claims with the participle's verb are read (one index range on ``claims.lemma``).
DONE_CLAIMS = 60
#: WordNet's lexicographer file of nouns that name people ("noun.person").
_PERSON_FILE = 18


def undergone_focus(store, text: str, *, asked_at: int | None = None) -> list:
    """The person a description by what was done to them stands for ("the murdered girl", "the man being sought"),
    as a ``NamedEntity`` (a list of none or one): the one person the newest claims with the participle's verb
    were done to, ``SURE`` of those that name anyone."""
    from .questions import NamedEntity

    # (lower-case words only: "the United Auto Workers" is a name)
    found = [(m.start(), m.end(), m.group(2), m.group(3)) for m in _DONE_BEFORE.finditer(text)]
    found += [(m.start(), m.end(), m.group(2), m.group(1)) for m in _DONE_AFTER.finditer(text)]
    for start, end, participle, noun in sorted(found):
        if start == asked_at:
            continue  # "who is the man being sought?": the description is the answer asked for
        verbs = _participle_verbs(participle)
        if not verbs or not _one_person(noun):
            continue
        person = _undergoer(store, verbs)
        if person is not None:
            return [NamedEntity(entity=person, start=start, end=end, text=text[start:end])]
    return []


def _participle_verbs(word: str) -> list[str]:
    """The verbs a word is the past participle of ("murdered" → murder, "sought" → seek), by its form: an "-ed"
    form or an irregular one, which WordNet knows as a verb form other than the word itself; none for any other
    word ("red", "bed": no verb)."""
    from ..lexicon.wordnet import wordnet

    if word in BE_FORMS or word in FUNCTION_WORDS:
        return []
    irregular = IRREGULAR.get(word)
    if irregular:
        return [irregular]
    net = wordnet()
    if net is None or not word.endswith("ed"):
        return []
    return [base for base in net.base_forms(word, "v") if base != word]


def _one_person(noun: str) -> bool:
    """Whether a noun names one person: singular, and its first WordNet sense a person ("girl", "driver")."""
    from ..lexicon.wordnet import wordnet

    net = wordnet()
    if net is None or _plural(noun) or noun in FUNCTION_WORDS:
        return False
    senses = net.synset_offsets(noun, "n")
    first = net.synset(senses[0], "n") if senses else None
    return first is not None and first.lexfile == _PERSON_FILE


def _undergoer(store, verbs: list[str]) -> EntityRef | None:
    """The one person the newest claims with one of ``verbs`` were done to: a passive claim's subject ("Ann Lee was
    charged"), an active one's object ("police seek Tom Ray"); None when none is, or no one is ``SURE`` of them."""
    from .load import load_claims

    keys = store.claim_keys_with_lemmas(verbs, limit=DONE_CLAIMS)
    done_to: Counter[int] = Counter()
    refs = {}
    for claim in load_claims(store, keys):
        passive = claim.args.get("voice") == "passive"
        entity = claim.subject_entity if passive else claim.object_entity
        if entity is not None and entity.type == "PERSON":
            done_to[entity.id] += 1
            refs[entity.id] = entity
    ranked = done_to.most_common()
    return refs[ranked[0][0]] if _sure(ranked) else None


def _sure(rows: list[tuple[int, int]]) -> bool:
    """Whether the first of (person, count) rows, most counted first, holds ``SURE`` of all the counts."""
    return bool(rows) and rows[0][1] >= SURE * sum(n for _, n in rows)


#: How many of a person's newest articles are read for a sentence that describes them by the shared head.
SHARED_ARTICLES = 5


def say_shared(store, shared: Shared, out, *, as_of: str | None) -> bool:
    """Add to the answer that the articles give more than one person the question's description, naming them,
    each cited by a sentence of theirs that says the description's head ("Judge Ona Park", "Mia Lund, the
    judge,"); False (and nothing added) when fewer than two such sentences are found."""
    from .load import sentence_citations
    from .words import tokens

    cited = []
    for person in shared.people:
        keys = sorted(store.entity_mention_sentence_keys(person.id, as_of=as_of, articles=SHARED_ARTICLES))
        found = next((c for c in sentence_citations(store, keys[:40])
                      if shared.head in {description_key(w) for w in tokens(c.text)}), None)
        if found is not None:
            cited.append((person, found))
    if len(cited) < 2:
        return False
    names = " or ".join(person.name for person, _ in cited)
    return out.add(f"The articles say “the {shared.head}” may be {names}", [c for _, c in cited])
