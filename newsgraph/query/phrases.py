"""One claim as one short English clause, built only from the claim's own fields.

"Subject predicate object" plus what the args say (purpose, reason, channel,
place) and, when asked, the time. Nothing is added that the claim does not
hold: the status is said with the claim's own predicate when that already
carries it ("wants to meet", "has not met"), and otherwise with a fixed frame
of a few words per status ("did not", "plans to"), so every word of a clause
comes from the claim or from that small frame (``FRAME_WORDS``), which the
answer composer's support check knows about.
"""

from __future__ import annotations

import re

from .types import ClaimView
from .when import place
from .words import stem, tokens

_NEGATION = re.compile(r"\b(not|never|no|n't|nobody|nothing|neither|nor)\b|n't\b", re.I)
_AUX = frozenset("is are was were has have had will would can could should may might must do does did".split())
#: How a status is said when the predicate does not say it already.
_STATUS_FRAME = {"planned": "plans to", "requested": "asked to", "desired": "wants to", "possible": "may",
                 "failed": "failed to"}
_STATUS_CUES = {
    status: frozenset(stem(w) for w in words.split()) for status, words in {
        "planned": "plan schedule set will going intend expect aim prepare due",
        "requested": "ask request call urge demand seek sought want wish desire hope invite",
        "desired": "want wish hope desire like love eager keen aim long would",
        "possible": "may might could possibly possible consider weigh",
        "failed": "fail fell collapse cancel abandon scrap never",
    }.items()
}
#: Words the frames above (and the answer composer's) may add to a claim's own words.
FRAME_WORDS = frozenset(
    "yes no not did does do plans plan asked ask wants want may failed fail said say says according reported "
    "report as of on in at to for with via because".split()
)
#: Arguments rendered after the object, with the word that introduces them.
_ARG_LEADS = (
    ("purpose", "to"), ("reason", "because of"), ("cause", "because of"), ("topic", "about"), ("about", "about"),
    ("recipient", "to"), ("with", "with"), ("channel", "on"), ("platform", "on"), ("medium", "on"),
    ("via", "via"), ("location", "in"), ("place", "in"), ("where", "in"),
)


def says_status(predicate: str, status: str) -> bool:
    """Whether the predicate's own words already say the status ("hopes to meet", "has not met")."""
    if status == "negated":
        return bool(_NEGATION.search(predicate))
    cues = _STATUS_CUES.get(status)
    if not cues:
        return True
    words = tokens(predicate)
    return bool({stem(w) for w in words} & cues) or len(words) > 1 and words[0] in _AUX


def _base(predicate: str, lemma: str | None) -> str:
    """The predicate with its first verb in the base form ("thanked Kim" → "thank Kim")."""
    words = predicate.split()
    if not words:
        return lemma or ""
    head = words[0].lower()
    if head in _AUX and len(words) > 1:
        return " ".join(words[1:])
    if lemma and stem(head) == stem(lemma):
        words[0] = lemma
    return " ".join(words)


def negative(predicate: str, lemma: str | None) -> str:
    """The predicate negated: "follows" → "does not follow", "has met" → "has not met"."""
    words = predicate.split()
    if not words:
        return "did not " + (lemma or "")
    head = words[0].lower()
    if head in _AUX:
        return " ".join([words[0], "not", *words[1:]])
    aux = "does" if head.endswith("s") and not head.endswith("ss") else "did"
    return f"{aux} not {_base(predicate, lemma)}"


def verb_phrase(claim: ClaimView) -> str:
    """The predicate as the status has it."""
    predicate = " ".join(claim.predicate.split())
    if says_status(predicate, claim.status):
        return predicate
    if claim.status == "negated":
        return negative(predicate, claim.lemma)
    frame = _STATUS_FRAME.get(claim.status)
    return f"{frame} {_base(predicate, claim.lemma)}" if frame else predicate


def arg_text(value) -> str | None:
    if isinstance(value, str):
        return " ".join(value.split()) or None
    if isinstance(value, dict):
        return arg_text(value.get("text"))
    return None


_PREPOSITIONS = frozenset({"to", "for", "because", "about", "on", "in", "at", "with", "via", "by", "so", "from",
                           "over", "during", "since", "until", "before", "after", "around", "between"})


def _lead(text: str, lead: str) -> str:
    first = text.split()[0].lower() if text.split() else ""
    if first in _PREPOSITIONS:
        return text
    return f"{lead} {text}"


def time_phrase(claim: ClaimView) -> str | None:
    """ "in 2023-11 (back in November)" for a stated calendar time, else None."""
    when = place(claim.time, claim.day)
    if when.reported:
        return None
    lead = "on" if when.precision in ("day", "time") else "in"
    said = claim.time_text and " ".join(claim.time_text.split())
    if not said or said.lower() == when.label.lower():
        return f"{lead} {when.label}"
    if set(tokens(when.label)) <= set(tokens(said)):  # "in 2019" says the value itself
        return said if said.split()[0].lower() in _PREPOSITIONS else f"{lead} {said}"
    return f"{lead} {when.label} ({said})"


def clause(claim: ClaimView, *, with_time: bool = False, with_args: bool = True) -> str:
    """The claim as a clause, without a final stop: "Ann Lee thanked Bo Chan for the gift"."""
    if claim.quote and (claim.kind == "quote" or not claim.object):
        text = f"{claim.subject} {verb_phrase(claim)}: “{' '.join(claim.quote.split())}”"
    else:
        parts = [claim.subject, verb_phrase(claim)]
        if claim.object:
            parts.append(" ".join(claim.object.split()))
        if with_args:
            for key, lead in _ARG_LEADS:
                value = arg_text(claim.args.get(key))
                if value and value.lower() not in " ".join(parts).lower():
                    parts.append(_lead(value, lead))
        text = " ".join(p for p in parts if p)
    if with_time:
        when = time_phrase(claim)
        if when:
            text = f"{text} {when}"
    return text


def sentence(text: str) -> str:
    """A clause as a sentence: capital first letter, no final stop (markers follow, then the stop)."""
    text = text.strip().rstrip(".")
    return text[:1].upper() + text[1:] if text else text
