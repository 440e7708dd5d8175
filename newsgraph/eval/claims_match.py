"""Matching newsgraph's claims to a careful reader's claims, one sentence at a time.

The rules (the gold claims and their files are described in ``claims_gold``):

- **predicate**: the system claim's head lemma equals the gold predicate's head
  (its first content word), or every content word of the gold predicate is among
  the system claim's words (its lemma, the lemmas of its predicate chain and the
  words of its predicate text): gold "take off" matches "will take off", gold
  "be in talks" matches "is in talks";
- **subject / object**: some content word of the system phrase is a word of one
  of the gold alternatives ("Airbus | the company"), case-insensitive, with a
  light plural/possessive folding on both sides; a gold null matches anything;
  when the gold claim is ``passive`` the system may also have the gold object as
  its subject (and then no object, or the agent);
- a pair is a **match** when predicate, subject and object all agree; pairs are
  taken greedily, one to one, best first (more fields right first, then the
  order of the sentence).

Fields of a matched pair: ``status`` (happened and ongoing count as one: a state
that holds is either), ``time`` (TIMEX3 values equal, a day with a time of day
compared on its day; null against null is right), ``source`` (a gold null
accepts no source, the outlet, or the claim's own subject vouching for itself).
Subject and object are also judged on the pairs aligned by predicate alone
(``aligned``), where they can be wrong: on matches they are right by definition.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..models import Claim

#: Function words never compared (articles, possessives, prepositions, auxiliaries).
STOPWORDS = frozenset("""
a an the of 's s and or to in for on at by with from into about as than that this these those which who
its their his her our my your it he she they we i them him us me be is are was were been being am
have has had having do does did will would shall should can could may might must not n't no
""".split())

#: Words left out of a predicate's content (auxiliaries and prepositions: "be in talks" → talks).
_PREDICATE_STOP = frozenset("be is are was were been being have has had do does did will would to of in for with "
                            "about at into from by on as".split())

_WORD = re.compile(r"[a-z0-9]+(?:[.'][a-z0-9]+)*")

#: happened and ongoing are one status for scoring (a state that holds is either).
_STATUS_CLASS = {"ongoing": "happened"}


def fold(word: str) -> str:
    """A light lemma for comparing phrases: lower case, possessive and plural folded."""
    w = word.lower().removesuffix("'s")
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def words(text: str | None, *, stop: frozenset[str] = STOPWORDS) -> frozenset[str]:
    """The folded content words of ``text``."""
    if not text:
        return frozenset()
    return frozenset(fold(w) for w in _WORD.findall(text.lower()) if w not in stop and fold(w) not in stop)


def alternatives(value: str | None) -> list[str] | None:
    """``"Airbus | the company"`` → ``["Airbus", "the company"]``; None stays None."""
    if value is None:
        return None
    return [part.strip() for part in value.split("|") if part.strip()]


#: Where a noun phrase's head region ends: prepositions, relative words, punctuation.
_CUT = re.compile(r"\s(?:of|in|at|for|with|from|on|by|over|about|that|which|who|whose|whom)\s|\s[,(;:]|\s--?\s")
#: "most of the bondholders", "two of the engines": the head is after "of".
_QUANTIFIERS = frozenset("most all some half many none one two three four five six seven eight nine ten both each "
                         "several few part".split())


def head_words(phrase: str | None) -> frozenset[str]:
    """The content words of a phrase's head region: after a possessive, before a preposition or clause.

    "nearly 14,000 employees at four French sites" → {nearly, 14,000, employee};
    "GM 's package" → {package}; "most of its bondholders" → {bondholder}. Long
    garbled spans ("union members - 62,000 at GM ...") thus do not pass on a
    stray word ("GM"). Falls back to all the words when the region has none.
    """
    if not phrase:
        return frozenset()
    text = " " + re.split(r"'s?\b|\u2019s\b", phrase)[-1] + " " if "'" in phrase else f" {phrase} "
    cut = _CUT.search(text)
    while cut and cut.group(0).strip() == "of" and words(text[:cut.start()]) <= _QUANTIFIERS | {
            w for w in words(text[:cut.start()]) if w[:1].isdigit()}:
        text = " " + text[cut.end():]
        cut = _CUT.search(text)
    region = words(text[:cut.start()] if cut else text)
    return region or words(phrase)


def phrase_matches(gold: list[str] | None, system: str | None) -> bool:
    """Some head word of ``system`` is a content word of one gold alternative (gold None: anything).

    An alternative without content words (a pronoun the format keeps as the surface form: "she", "we")
    matches the same words only; a name matches its acronym ("GM", "General Motors").
    """
    if gold is None:
        return True
    got = head_words(system)
    for alt in gold:
        wanted = words(alt)
        if (got & wanted) if wanted else (system or "").strip().lower() == alt.lower():
            return True
        if system and (_is_acronym_of(alt, system) or _is_acronym_of(system, alt)):
            return True
    return False


def _is_acronym_of(short: str, name: str) -> bool:
    """"GM" for "General Motors", "UAW" for "the United Auto Workers": initials of the capitalised words."""
    short = short.strip()
    if not (2 <= len(short) <= 6 and short.isalpha() and short.isupper()):
        return False
    initials = "".join(w[0] for w in name.split() if w[:1].isupper() and w not in ("The", "A", "An"))
    return initials == short


#: Light verbs whose content a system claim may put in its object ("were | displeased", "is in | talks").
LIGHT_VERBS = frozenset({"be", "have"})


def system_predicate_words(claim: Claim, *, with_object: bool = False) -> frozenset[str]:
    """What a system claim's predicate shows: its words, its head lemma, and the lemmas of the chain
    words it shows ("attempted to address" → attempt, address); with the object's words if asked."""
    shown = words(claim.predicate, stop=_PREDICATE_STOP)
    found = set(shown)
    if with_object:
        found |= words(claim.object)
    if claim.lemma:
        found.add(fold(claim.lemma))
    ev = claim.evidence
    for link in claim.args.get("chain") or ():
        surface = ev.text[link["start"] - ev.start:link["end"] - ev.start]
        if link.get("lemma") and words(surface) & shown:
            found.add(fold(link["lemma"]))
    return frozenset(found)


def predicate_matches(gold: str, claim: Claim) -> bool:
    """Head lemma equality, or the gold predicate's content words all among the system claim's.

    For a gold "be …"/"have …" predicate and a system claim on a light verb, the
    system object counts as part of the predicate ("be displeased" = "were | displeased").
    """
    tokens = _WORD.findall(gold.lower())
    content = [fold(w) for w in tokens if w not in _PREDICATE_STOP]
    head = content[0] if content else fold(tokens[0])
    if claim.lemma and fold(claim.lemma) == head:
        return True
    light = bool(tokens) and tokens[0] in LIGHT_VERBS and (claim.lemma or "") in LIGHT_VERBS
    return bool(content) and set(content) <= system_predicate_words(claim, with_object=light)


def _time_key(value: str | None) -> str | None:
    if value and re.match(r"\d{4}-\d{2}-\d{2}T", value):
        return value[:10]
    return value


def _system_source(claim: Claim) -> tuple[str | None, bool]:
    """The source a reader is shown (None for the outlet's own voice), and whether it is the claim's own subject."""
    src = claim.source
    if src is None or src.kind == "outlet" or not src.text:
        return None, False
    own = bool(src.entity and src.entity == claim.subject_entity) or words(src.text) == words(claim.subject)
    return src.text, own


def source_matches(gold: list[str] | None, claim: Claim) -> bool:
    """Gold null: no source shown, or the subject vouching for itself ("GM said GM lost"); else a match."""
    shown, own = _system_source(claim)
    if gold is None:
        return shown is None or own
    return shown is not None and phrase_matches(gold, shown)


@dataclass(frozen=True, slots=True)
class GoldClaim:
    subject: str | None
    predicate: str
    object: str | None
    status: str
    passive: bool = False
    time: str | None = None
    source: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GoldClaim:
        return cls(subject=data.get("subject"), predicate=data["predicate"], object=data.get("object"),
                   status=data["status"], passive=bool(data.get("passive", False)),
                   time=data.get("time"), source=data.get("source"))


@dataclass(frozen=True, slots=True)
class Judgement:
    """How one system claim agrees with one gold claim, field by field."""

    predicate: bool
    subject: bool
    object: bool
    status: bool
    time: bool
    source: bool

    @property
    def match(self) -> bool:
        return self.predicate and self.subject and self.object

    @property
    def rank(self) -> int:
        return 4 * (self.subject + self.object) + 2 * self.status + self.time + self.source


def judge(gold: GoldClaim, claim: Claim) -> Judgement:
    subject, obj = claim.subject, claim.object  # as shown: a wrong name for the right pronoun is wrong
    gold_subject, gold_object = alternatives(gold.subject), alternatives(gold.object)
    subject_ok = phrase_matches(gold_subject, subject)
    object_ok = phrase_matches(gold_object, obj)
    if gold.passive and not (subject_ok and object_ok):
        # "X was delivered": the system's subject is the gold object, its object empty or the agent
        if phrase_matches(gold_object, subject) and (obj is None or phrase_matches(gold_subject, obj)):
            subject_ok = object_ok = True
    system_time = claim.time.value if claim.time else None
    return Judgement(
        predicate=predicate_matches(gold.predicate, claim),
        subject=subject_ok,
        object=object_ok,
        status=_STATUS_CLASS.get(claim.status, claim.status) == _STATUS_CLASS.get(gold.status, gold.status),
        time=_time_key(system_time) == _time_key(gold.time),
        source=source_matches(alternatives(gold.source), claim),
    )


def align(gold: list[GoldClaim], system: list[Claim]) -> list[tuple[int, int, Judgement]]:
    """One-to-one pairs (gold index, system index, judgement) whose predicates agree, best first."""
    candidates = []
    for gi, g in enumerate(gold):
        for si, claim in enumerate(system):
            j = judge(g, claim)
            if j.predicate:
                candidates.append((-j.rank, si, gi, j))
    candidates.sort(key=lambda c: c[:3])
    used_gold: set[int] = set()
    used_system: set[int] = set()
    pairs = []
    for _, si, gi, j in candidates:
        if gi in used_gold or si in used_system:
            continue
        used_gold.add(gi)
        used_system.add(si)
        pairs.append((gi, si, j))
    return pairs


#: Reporting verbs the gold guidelines read as ``source``, never as claims of their own
#: (``eval/gold/README.md``: "say, tell, add, report that, confirm that, according to").
REPORTING_VERBS = frozenset({"say", "tell", "add", "report", "confirm", "accord"})


def left_out_by_guidelines(claim: Claim) -> bool:
    """A system claim the gold guidelines deliberately do not list: a reporting verb ("police said
    …", whose content the gold keeps as the ``source`` of the claims in its complement) or an
    apposition ("Jane Doe, the firm's spokeswoman", an entity description). Such a claim is true to
    its sentence; when it matches no gold claim it is not counted as a false one (``Tally.unscored``)."""
    return claim.args.get("from") == "apposition" or fold(claim.lemma or "") in REPORTING_VERBS


def same_subject_and_object(claim: Claim) -> bool:
    """A claim whose subject and object are one entity or one phrase ("Lee fired Lee")."""
    if claim.object is None:
        return False
    if claim.subject_entity and claim.subject_entity == claim.object_entity:
        return True
    return claim.subject.strip().lower() == claim.object.strip().lower()


@dataclass(slots=True)
class Tally:
    """Counts of one scoring scope (a corpus, or all)."""

    gold: int = 0
    system: int = 0
    matched: int = 0
    aligned: int = 0
    subject_ok: int = 0
    object_ok: int = 0
    status_ok: int = 0
    time_ok: int = 0
    source_ok: int = 0
    self_links: int = 0  # claims (all sentences of the documents) with subject == object
    unscored: int = 0  # unmatched claims the guidelines leave out (``left_out_by_guidelines``)

    def add_sentence(self, gold: list[GoldClaim], system: list[Claim]) -> list[tuple[int, int, Judgement]]:
        pairs = align(gold, system)
        self.gold += len(gold)
        matched = {si for _, si, j in pairs if j.match}
        left_out = sum(1 for si, c in enumerate(system) if si not in matched and left_out_by_guidelines(c))
        self.unscored += left_out
        self.system += len(system) - left_out
        for _, _, j in pairs:
            self.aligned += 1
            self.subject_ok += j.subject
            self.object_ok += j.object
            if j.match:
                self.matched += 1
                self.status_ok += j.status
                self.time_ok += j.time
                self.source_ok += j.source
        return pairs

    def __iadd__(self, other: Tally) -> Tally:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        return self

    @property
    def precision(self) -> float | None:
        return self.matched / self.system if self.system else None

    @property
    def strict_precision(self) -> float | None:
        """Precision counting every unmatched claim as false, the guidelines' omissions too."""
        total = self.system + self.unscored
        return self.matched / total if total else None

    @property
    def recall(self) -> float | None:
        return self.matched / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def field_precision(self, name: str) -> float | None:
        """subject/object over predicate-aligned pairs; status/time/source over matches."""
        base = self.aligned if name in ("subject", "object") else self.matched
        return getattr(self, f"{name}_ok") / base if base else None
