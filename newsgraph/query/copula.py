"""Yes/no questions that ask a state in so many words: "Was A's sister among those arrested?", "Is the plant
still open?", "Was A already on probation for a DUI?".

Such a question has no verb of its own for a claim to carry ("among", "on
probation"), so no claim says it; but an article that says it uses the same
words: "A's sister B was among those arrested". This module reads the question
as *be* + subject + state and looks, in a sentence that names every question
entity, for the subject right before a form of *be* and the state's words
verbatim right after it: "Yes" when they follow, "No" when a negation stands
between ("A's sister was not among those arrested"). Both sides are the
question's own words in its own order, so the same entities and the same state
are said; a sentence that only wonders ("whether A was …", "if A was …") or asks
says neither.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .polarity import NEGATORS
from .words import BE_OPENERS, HAVE_OPENERS

#: The question's opening verb: "is A …?", "was A …?".
_BE_QUESTION = frozenset(BE_OPENERS)
#: Forms of *be* a sentence may say the state with ("has been" and "had been" end in "been").
_BE = frozenset({"is", "are", "was", "were", "been", "remain", "remains", "remained"})
#: Adverbs that may stand between the subject and the state in the question or after *be* in the sentence
#: without changing what is asked ("was A *already* on probation", "B was *also* among those arrested").
_ADVERBS = frozenset({"already", "also", "ever", "really", "actually", "currently", "now", "then", "indeed"})
#: Words that negate the state right after *be* ("was not", "is no longer", "was never").
_NEGATION = frozenset({"not", "never", "n't", "no"})
#: Words that make a sentence's clause a question, a condition, a belief or a denial, not a statement of the
#: state ("whether A was …", "police believe A was …", "A's lawyer denied A was …").
_NOT_STATED = frozenset({"if", "whether", "unless", "unclear", "unknown", "wondered", "asked", "believe", "believed",
                         "believes", "alleged", "allegedly", "suspect", "suspected", "claim", "claimed", "claims",
                         "may", "might", "could", "would", "possibly", "probably", "deny", "denied", "denies",
                         "hope", "hoped", "hopes", "expect", "expected", "expects"})
#: Determiners a subject may take or drop ("the nominee" ~ "nominee").
_DETERMINERS = frozenset({"the", "a", "an", "s"})
#: How many words the sentence may put between the subject's last word and *be* (a name in apposition:
#: "A's sister B was …").
_APPOSED = 2
#: The fewest words the state must have: one word ("on") says too little to be the same state.
_LEAST_STATE = 2

_WORD = re.compile(r"[a-z0-9]+(?:n't)?|[,;:()\"]")


def _words(text: str) -> list[str]:
    """Lower-case words and the clause marks between them; a possessive's "s" is kept as its own word."""
    return _WORD.findall(text.lower().replace("’", "'").replace("'s", " s").replace("n't", " n't"))


@dataclass(frozen=True, slots=True)
class Asked:
    """A copular yes/no question read one way: its subject's words and the state's words, in its order."""

    subject: tuple[str, ...]
    state: tuple[str, ...]
    present: bool = False  # "is A …?" asks of now: "A was …" may have ended since


def readings(question: str, named: list[str]) -> list[Asked]:
    """The ways to read "Was A's sister among those arrested?" as *be* + subject + state, the subject holding
    or the state holding every named entity ("A s sister" | "among those arrested"); none unless it opens with *be*. A question
    has no parse here, so each split is tried: a sentence must say both halves back to back, which only the
    right split does."""
    words = [w for w in _words(question) if w not in ("?", ",")]
    if len(words) < 1 + 1 + _LEAST_STATE or words[0] not in _BE_QUESTION:
        return []
    names = [tuple(w for w in _words(n) if w not in _DETERMINERS) for n in named]
    out = []
    for k in range(2, len(words) - _LEAST_STATE + 1):
        subject = tuple(w for w in words[1:k] if w not in _DETERMINERS)
        state = list(words[k:])
        while state and state[0] in _ADVERBS:
            state.pop(0)
        if subject and len(state) >= _LEAST_STATE and not any(w in _BE_QUESTION for w in state) and \
                all(_inside(n, subject) or _inside(n, tuple(state)) for n in names if n):
            out.append(Asked(subject, tuple(state), present=words[0] in ("is", "are")))
    return out


def _inside(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    return any(whole[i:i + len(part)] == part for i in range(len(whole) - len(part) + 1))


def says(asked: Asked, sentence: str, name_words: frozenset[str] = frozenset()) -> str | None:
    """"Yes" when the sentence says the subject, then *be*, then the state's words; "No" when *be* is negated
    ("was not", "is no longer", "was never"); else None. ``name_words`` are the words of the entities' other
    names, which may stand right before the subject ("B A's sister" for "A's sister")."""
    words = _words(sentence)
    for i, word in enumerate(words):
        if word not in _BE or (asked.present and not _present(words, i)):
            continue
        j = i + 1
        negated = False
        # "remains closed" says "is still closed": the verb itself says the state goes on
        state = asked.state[1:] if word.startswith("remain") and asked.state[0] == "still" else asked.state
        n = len(state)
        while True:  # "was not", "is no longer", "was also", "is still": the state may follow any of them
            if tuple(words[j:j + n]) == state:
                if _subject_before(asked.subject, words[:i], name_words):
                    return "No" if negated else "Yes"
                break
            if j >= len(words) or not (words[j] in _ADVERBS or words[j] in _NEGATION or words[j] in _KEEPS):
                break
            negated = negated or words[j] in _NEGATION
            j += 1
    return None


def _present(words: list[str], i: int) -> bool:
    """Whether the *be* at ``words[i]`` says now: "is", "are", "remains", "has been"; not "was", "had been"."""
    return words[i] in ("is", "are", "remain", "remains") or (words[i] == "been" and i > 0 and
                                                             words[i - 1] in ("has", "have"))


#: Words of a state's going on that may stand after *be* ("is *still* on", "is no *longer* open").
_KEEPS = frozenset({"still", "longer"})


#: Words that may stand right before a subject that starts its noun phrase ("said *the* driver was …").
_OPENS = frozenset({"the", "a", "an", "that", "said", "and", "but", "says", ",", ";", ":", "(", "\""})


def _subject_before(subject: tuple[str, ...], before: list[str], name_words: frozenset[str]) -> bool:
    """Whether the words before *be* end with the whole subject (not a longer one that merely ends like it:
    "the other driver" is not "the driver"), a name in apposition or a comma-set aside possibly between,
    in a sentence that states rather than wonders ("whether A was …")."""
    clause = list(before)
    while clause and clause[-1] in ("has", "have", "had"):
        clause.pop()
    if clause and clause[-1] == ",":  # "A, whose level was unknown, was on probation": skip the aside
        opening = max((k for k, w in enumerate(clause[:-1]) if w == ","), default=None)
        if opening is not None:
            clause = clause[:opening]
    if any(w in _NOT_STATED for w in clause):
        return False
    for gap in range(_APPOSED + 1):
        end = len(clause) - gap
        if end < len(subject) or any(w in (",", ";", ":", "(", ")") for w in clause[end:]):
            break
        at = _ends_with(clause[:end], subject)
        if at is not None and (at == 0 or clause[at - 1] in _OPENS or clause[at - 1] in name_words):
            return True
    return False


def _ends_with(words: list[str], subject: tuple[str, ...]) -> int | None:
    """Where the subject starts when ``words`` end with it (determiners skipped on both sides), else None."""
    k = len(words)
    for want in reversed(subject):
        while k > 0 and words[k - 1] in _DETERMINERS and words[k - 1] != want:
            k -= 1
        if k == 0 or words[k - 1] != want:
            return None
        k -= 1
    while k > 0 and words[k - 1] in ("the", "a", "an"):
        k -= 1
    return k


def verdict(question: str, named: list[str], sentences: list[str], name_words: frozenset[str]) -> tuple[str, int] | None:
    """The verdict the sentences give a copular question, and the index of the first sentence that gives it;
    None when none does or when some say "Yes" and others "No" (the articles disagree: no verdict)."""
    found: dict[str, int] = {}
    asked = readings(question, named)
    nobody = none_readings(question)
    attribute = None if named else attributive_reading(question)
    for k, text in enumerate(sentences):
        said = next((v for a in asked if (v := says(a, text, name_words))), None) or \
            ("No" if _none_said(nobody, text) else None) or (attributed(attribute, text) if attribute else None)
        if said is not None:
            found.setdefault(said, k)
    if len(found) != 1:
        return None
    (said, k), = found.items()
    return said, k


#: Words that ask whether any at all ("were *any* South Africans hurt?", "was *anyone* charged?").
_ANY = frozenset({"any", "anyone", "anybody"})
#: The one-word negative subjects that answer "anyone"/"anybody" ("no one", "nobody").
_NOBODY = (("no", "one"), ("nobody",))
_HAVE = frozenset(HAVE_OPENERS)
#: Words between "no X" and the state ("no one has *yet* been hurt", "no suspects *so far* arrested").
_NONE_LINKS = _HAVE | _BE | {"yet", "so", "far", "ever", "since"}
#: The words one of which must stand right before the state.
_NONE_LAST = _BE | {"yet", "far", "ever"}


def any_reading(question: str) -> Asked | None:
    """"Were any X hurt in the blast?" / "Has anyone been charged?" read as the asked kind of thing ("X",
    or "one" for anyone) and the state; None for another question. Here one word of state is enough
    ("arrested"): "no X" + *be* + that word says it of no X at all."""
    words = [w for w in _words(question) if w not in ("?", ",")]
    if len(words) < 3 or words[0] not in _BE_QUESTION | _HAVE or words[1] not in _ANY:
        return None
    rest = words[2:]
    if words[1] != "any":
        subject: tuple[str, ...] = ("one",)
        state = rest[1:] if words[0] in _HAVE and rest[:1] == ["been"] else rest
    elif words[0] in _HAVE:
        if "been" not in rest:
            return None
        at = rest.index("been")
        subject, state = tuple(rest[:at]), rest[at + 1:]
    else:
        return None  # "were any X hurt?": where X ends is read off the sentence (``none_said``)
    return Asked(subject, tuple(state)) if subject and state else None


def none_said(question: str, sentence: str) -> bool:
    """Whether a sentence says the asked state of no one of the asked kind: "No suspects have been arrested"
    for "have any suspects been arrested?", "No one was hurt" for "was anyone hurt?", "no South Africans had
    been affected … " only for that very state ("were any South Africans affected?")."""
    return _none_said(none_readings(question), sentence)


def none_readings(question: str) -> list[Asked]:
    """The ways to read an "any" question as the asked kind and state, for ``none_said``: read once per
    question, not once per sentence."""
    words = [w for w in _words(question) if w not in ("?", ",")]
    read = any_reading(question)
    if read is None and len(words) >= 4 and words[0] in _BE_QUESTION and words[1] == "any":
        # "were any South Africans hurt in the blasts?": each split of kind and state is tried
        return [Asked(tuple(words[2:k]), tuple(words[k:])) for k in range(3, len(words))]
    return [read] if read is not None else []


def _none_said(readings_: list[Asked], sentence: str) -> bool:
    """``none_said`` for a question already read (``none_readings``)."""
    said = _words(sentence)
    for asked in readings_:
        subjects = _NOBODY if asked.subject == ("one",) else (("no", *asked.subject),)
        for subject in subjects:
            n = len(subject)
            for i in range(len(said) - n + 1):
                if tuple(said[i:i + n]) != subject or any(w in _NOT_STATED for w in said[:i]):
                    continue
                j = i + n
                while j < len(said) and said[j] in _NONE_LINKS:
                    j += 1
                if j > i + n and tuple(said[j:j + len(asked.state)]) == asked.state and said[j - 1] in _NONE_LAST:
                    return True
    return False


#: Past forms of *be* an attributive question opens with ("were the robbers armed?"): a sentence's "armed robbers"
#: tells their state as of its report, so only a question of then is answered by it ("are they armed now?" is not).
_PAST_BE = frozenset({"was", "were"})
#: Determiners an attributive question's subject opens with ("the robbers", "the two guards").
_THE = frozenset({"the", "his", "her", "its", "their"})
#: Words right before the attribute that put the state at another time or in doubt ("the *former* champion", "the
#: *allegedly* armed men", "the *once* profitable firm"): no statement of the state.
_NOT_NOW = frozenset({"former", "formerly", "once", "previously", "ex", "allegedly", "supposedly", "reportedly",
                      "possibly", "apparently", "not", "never", "no", "un"})


def attributive_reading(question: str) -> Asked | None:
    """"Were the robbers armed?" read as a subject ("robbers", its last word the head noun) and one word of state
    ("armed") that WordNet knows as an adjective: an article says that state right before the noun ("four armed
    robbers"), where the copula's own reading (``readings``, two words of state at least) finds nothing. None for
    another shape, a present question, a state WordNet has only as a noun or verb ("were the victims men?")."""
    words = [w for w in _words(question) if w not in ("?", ",")]
    if len(words) < 4 or words[0] not in _PAST_BE or words[1] not in _THE or not 1 <= len(words) - 3 <= 2:
        return None
    state = words[-1]
    if not _adjective(state):
        return None
    return Asked(tuple(words[2:-1]), (state,))


def _adjective(word: str) -> bool:
    """Whether WordNet knows ``word`` as an adjective (as itself: "armed", "hurt", "injured")."""
    from ..lexicon.wordnet import wordnet

    net = wordnet()
    return net is not None and word in net.base_forms(word, "a")


def attributed(asked: Asked, sentence: str) -> str | None:
    """"Yes" when a sentence says the asked state before the subject's head noun, singular or plural ("armed
    robbers" for "were the robbers armed?"), the subject's other words and at most one more noun-like word between
    ("armed bank robbers"), "No" when it says the state's "un-" form there ("unarmed robbers"); not after a word of
    another time or of doubt ("the former champion", "allegedly armed"), nor in a clause that only wonders or
    believes (``_NOT_STATED``), nor after a negation or a contrast, or with a negation after the noun in its
    clause (``_set_against``). Else None."""
    words = _words(sentence)
    head, others = asked.subject[-1], asked.subject[:-1]
    state = asked.state[0]
    for i in range(1, len(words)):
        if not _same_noun(words[i], head):
            continue
        reach = len(others) + _BETWEEN
        at = next((j for j in range(i - 1, max(-1, i - 2 - reach), -1) if words[j] in (state, f"un{state}")), None)
        if at is None:
            continue
        between = words[at + 1:i]
        if any(not w.isalnum() or w in _CLOSED for w in between) or \
                len([w for w in between if w not in others]) > _BETWEEN or any(w not in between for w in others):
            continue
        if (at and words[at - 1] in _NOT_NOW) or any(w in _NOT_STATED for w in words[:at]) or \
                _set_against(words, at, i):
            continue
        return "Yes" if words[at] == state else "No"
    return None


#: Words that set a noun phrase against what the sentence says ("*unlike* the armed robbers of 2019", "*instead
#: of* armed guards", "*rather than* successful talks"): the state is said of another, not of the asked.
_CONTRAST = frozenset({"unlike", "instead", "rather"})
#: Marks that end the clause a noun is the subject or object of.
_CLAUSE_END = frozenset({",", ";", ":", "(", ")", '"'})


def _set_against(words: list[str], at: int, noun: int) -> bool:
    """Whether a negation or a contrast stands before the attribute at ``at`` ("police found *no* evidence that
    armed robbers …", "*nobody* called them successful talks", "*far from* successful talks", "*unlike* the armed
    robbers …"), or a negation follows its noun in the noun's clause ("armed robbers were *not* involved"): the
    sentence then denies or sets aside the thing with that state, so it says no state of the asked one."""
    before = words[:at]
    if any(w in NEGATORS or w in _CONTRAST for w in before) or \
            any(a == "far" and b == "from" for a, b in zip(before, before[1:])):
        return True
    clause = next((k for k in range(noun + 1, len(words)) if words[k] in _CLAUSE_END), len(words))
    return any(w in NEGATORS for w in words[noun + 1:clause])


#: Words between an attribute and its noun beside the subject's own ("armed *bank* robbers").
_BETWEEN = 1
#: Words that close a noun phrase or open another: an attribute before them is not of the noun after them.
_CLOSED = frozenset({"the", "a", "an", "s", "of", "and", "or", "to", "in", "on", "at", "by", "for", "with", "from",
                     "who", "which", "that", "was", "were", "is", "are"})


def _same_noun(word: str, head: str) -> bool:
    """Whether a word is the head noun, singular or plural ("robber" ~ "robbers", "man" ~ "men")."""
    from ..models import description_key

    return word == head or description_key(word) == description_key(head)
