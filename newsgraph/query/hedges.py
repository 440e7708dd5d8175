"""How a finite predicate is said under a status it does not say itself.

A claim's predicate is the article's own verb group ("stole", "has spread to",
"had been", "agree to"). When the claim's status is not what those words say
— a belief or allegation read as **possible** ("investigators believe the
suspect fled"), a clause someone was asked to carry out (**requested**: "insisted
that the union agree"), an event that did not come about (**failed**) — saying
the words bare would state as a fact what the article only reports as
believed, asked for or failed. This module says them with the status's own
word instead: possible → "may"/"may have" ("may have fled", "may have been
distracted"), requested → "was/were asked to", failed → "failed to". It adds
no other word; when the verb group's shape is not one it knows, it gives None
and the caller keeps the article's words.
"""

from __future__ import annotations

from .words import stem

#: Modal and hedging words: a predicate holding one already says it is not a fact ("could have sent",
#: "is believed to be", "is expected to appear").
HEDGED = frozenset({
    "may", "might", "could", "would", "should", "can", "must", "will", "shall", "ought",
    "believed", "said", "expected", "thought", "alleged", "reported", "rumored", "rumoured", "supposed",
    "likely", "unlikely", "possibly", "probably", "reportedly", "allegedly", "apparently", "perhaps",
    "seems", "seemed", "appears", "appeared",
})
#: Past forms whose participle differs (general English): "stole" → "stolen".
_PARTICIPLE = dict(pair.split(":") for pair in [
    "was:been", "were:been", "went:gone", "took:taken", "wrote:written", "stole:stolen", "ate:eaten",
    "saw:seen", "gave:given", "knew:known", "drove:driven", "spoke:spoken", "broke:broken", "chose:chosen",
    "began:begun", "ran:run", "came:come", "became:become", "did:done", "grew:grown", "threw:thrown",
    "flew:flown", "drew:drawn", "rode:ridden", "rose:risen", "hid:hidden", "forgot:forgotten", "swam:swum",
    "sang:sung", "drank:drunk", "wore:worn", "tore:torn", "froze:frozen", "shook:shaken", "woke:woken",
    "fell:fallen", "forgave:forgiven", "withdrew:withdrawn", "overcame:overcome", "swore:sworn", "bit:bitten",
    "blew:blown", "showed:shown", "beat:beaten", "sank:sunk", "sprang:sprung", "rang:rung", "shrank:shrunk",
    "undertook:undertaken", "mistook:mistaken", "foresaw:foreseen", "arose:arisen", "strove:striven",
    "wove:woven", "forbade:forbidden", "awoke:awoken", "got:got", "shot:shot", "struck:struck",
    "overtook:overtaken", "forsook:forsaken", "stank:stunk", "slew:slain", "sewed:sewn", "mowed:mown",
])
_BE_PRESENT = frozenset({"is", "are", "am", "'s", "'re"})
_BE_PAST = frozenset({"was", "were"})
_HAVE = frozenset({"has", "have", "had"})
_DO = frozenset({"do", "does", "did"})


def participle(past_form: str) -> str:
    """The past participle of a simple past form: "stole" → "stolen", "fled" → "fled", "thanked" → "thanked"."""
    return _PARTICIPLE.get(past_form.lower(), past_form)


def hedged(words: list[str]) -> bool:
    """Whether the verb group already says it is not a fact ("could have sent", "is said to have resigned")."""
    return any(w.lower() in HEDGED for w in words)


def may(words: list[str], tag: str | None, base: str | None) -> str | None:
    """The verb group said as possible: "stole" → "may have stolen", "is" → "may be", "has spread" →
    "may have spread"; None when its shape is not one this knows."""
    head, rest = words[0].lower(), words[1:]
    tail = " ".join(rest)
    if head in _BE_PRESENT:
        return f"may be {tail}".strip()
    if head in _BE_PAST:
        return f"may have been {tail}".strip()
    if head in _HAVE:
        if rest and rest[0].lower() != "to":  # an auxiliary: "has spread", "had been"
            return f"may have {tail}"
        main = "have" if head != "had" else "have had"  # "had leukemia" → "may have had leukemia"
        return f"may {main} {tail}".strip()
    if head in _DO:
        return f"may {tail}" if head != "did" and rest else None
    if tag in ("VBZ", "VBP") and base:
        return " ".join(["may", base, *rest])
    if tag == "VBD":
        return " ".join(["may have", participle(words[0]), *rest])
    if tag == "VBG":
        return " ".join(["may be", *words])
    if tag == "VBN":
        return " ".join(["may have been", *words])
    return None


def infinitive(words: list[str], tag: str | None, base: str | None) -> str | None:
    """The verb group as a bare infinitive ("agree to", "be free", "have spread"), for "asked to"/"failed to";
    None when its shape is not one this knows."""
    head, rest = words[0].lower(), words[1:]
    if head in _BE_PRESENT or head in _BE_PAST:
        return " ".join(["be", *rest]).strip()
    if head in _HAVE:
        return " ".join(["have", *rest]).strip()
    if tag in ("VBZ", "VBP", "VBD") and base:
        return " ".join([base, *rest])
    return None


def base_form(head: str, lemmas: list[str]) -> str | None:
    """The base form of a verb group's first word from the lemmas the reader recorded ("stole" + "steal")."""
    for lemma in lemmas:
        if lemma and stem(head) == stem(lemma):
            return lemma
    return None


def plural(subject: str) -> bool:
    """Whether a subject phrase reads as plural ("voters", "Kim Kardashian's followers", "Ann and Bo"):
    its last word a common noun in -s, or a conjunction of two. Proper names in -s read as one. Only the
    words before a noun's "of" phrase or relative clause count ("the list of teams" is one list)."""
    words = subject.split()
    cut = next((k for k, w in enumerate(words) if k and w.lower() in _POSTMODIFIER_OPENERS), len(words))
    words = words[:cut]
    if not words:
        return False
    if "and" in words:
        return True
    last = words[-1]
    common = last[:1].islower() or len(words) == 1
    if common and last.lower() in _IRREGULAR_PLURALS:
        return True  # "people were asked to …", never "people was"
    return common and last.lower().endswith("s") and not last.lower().endswith(("ss", "us", "is", "'s", "’s"))


#: Words that open what follows a noun's head ("the list [of teams]", "a man [who] …").
_POSTMODIFIER_OPENERS = frozenset({"of", "who", "which", "that", "whose", "in", "at", "on", "from", "with", "for"})
#: Plural nouns not written with -s.
_IRREGULAR_PLURALS = frozenset({"people", "police", "children", "men", "women", "mice", "geese", "teeth", "feet"})
