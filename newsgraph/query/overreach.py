"""Yes/no questions that ask more than a matching claim can say: a "Yes" from such a claim would state a
false thing with a citation, so the verdict falls back to "The articles do not say".

A claim that "says the asked thing" (``yesno._matching``) shares the question's verb and entities. These
shapes of question ask for more than that, and a matching claim does not settle them:

- **every / all / each**: "did every owner condemn the delay?" is not answered by "most owners condemned
  the delay"; only a sentence that itself says all of them may say "Yes";
- **a told content**: "has the company said how much the repairs will cost?" asks whether the amount was
  told; a sentence with the company saying something else ("it will take days to assess the work") is no
  "Yes", and the matching claim cannot tell which one it is;
- **someone's someone**: "has A's lawyer said …?" (or "the defendant's lawyer", "his lawyer") asks of the
  lawyer, not of A; a claim that names no lawyer as its subject or object (A appealed, officials said
  something of A) is about another speaker;
- **the same one**: "did A die at the same prison?" compares with another; "A died in a prison hospital"
  says where, not that it was the same.
"""

from __future__ import annotations

import re

from .types import ClaimView
from .words import MODAL_OPENERS, YES_NO_OPENERS, stem, tokens

#: Determiners and pronouns that ask of every member of a group.
_UNIVERSAL = re.compile(r"\b(?:every|each|all(?!\s+(?:but|along|over|right)\b)|everyone|everybody|everything)\b",
                        re.IGNORECASE)
#: Words by which a sentence itself says a group as a whole did it.
_UNIVERSAL_SAID = re.compile(r"\b(?:every|each|all|everyone|everybody|everything|unanimous\w*|without exception)\b",
                             re.IGNORECASE)
#: A verb of telling followed (maybe after its listener) by a question word: "said where", "told police how".
_TOLD_CONTENT = re.compile(
    r"\b(?:say|says|said|saying|tell|tells|told|reveal\w*|disclos\w*|explain\w*|announc\w*|confirm\w*|specif\w*|"
    r"indicat\w*|clarif\w*|know|knows|knew|known|decid\w*|determin\w*)\b(?:\s+\w+){0,2}?\s+"
    r"(?:where|how|why|when|who|whom|whose|what|which|whether|if)\b", re.IGNORECASE)
#: The auxiliary a yes/no question opens with, then its subject: someone's someone, the owner named ("A's"),
#: described ("the defendant's", "the company's") or a possessive pronoun ("his", "her", "their", "its").
_OPENING = re.compile(
    r"^(?i:" + "|".join(YES_NO_OPENERS + MODAL_OPENERS) + r")\s+"
    r"(?:(?:the\s+)?(?P<owner>(?:(?:[A-Z0-9][\w.&-]*|of|the|and|for)\s+){0,4}[A-Z0-9][\w.&-]*)\s*['’]s"
    r"|the\s+[a-z][\w-]*\s*['’]s|(?:his|her|their|its))\s+(?P<owned>[a-z][\w-]*)")


#: Words that say a report was the first of two ("officials *initially* reported …").
_FIRST_SAID = re.compile(r"\b(?:initially|originally|at first)\b", re.IGNORECASE)
#: A later clause that goes back on it ("…, *but* authorities *later* said …").
_LATER_SAID = re.compile(r"\bbut\b(?:\s+\S+){0,6}?\s+(?:later|subsequently|since|then)\b", re.IGNORECASE)


def yes_overreaches(question: str, claim: ClaimView) -> bool:
    """Whether a "Yes" from ``claim`` would say more than it does (module docstring)."""
    return _asks_all(question, claim) or bool(_TOLD_CONTENT.search(question)) or \
        _another_speaker(question, claim) or taken_back(claim) or _compared(question, claim)


def taken_back(claim: ClaimView) -> bool:
    """The claim's sentence says it was first reported ("initially", "originally", "at first" before the
    claim's verb) and a later clause goes back on it ("but … later …" after the verb)."""
    text = claim.citation.text
    span = claim.args.get("predicate_span")
    at = span[0] - claim.citation.start if isinstance(span, list) and len(span) == 2 else None
    if at is None or not 0 <= at <= len(text):
        return False
    first = _FIRST_SAID.search(text[:at])
    return first is not None and _LATER_SAID.search(text, at) is not None


#: A question that compares with something said before it ("did A die at *the same* prison?", "the same day").
_SAME = re.compile(r"\b(?:same|identical)\b", re.IGNORECASE)


def _compared(question: str, claim: ClaimView) -> bool:
    """The question asks whether something is the same as another ("did A die at the same prison?") and the
    claim's sentence does not say so: "A died in a prison hospital" says where, not that it was the same one."""
    return bool(_SAME.search(question)) and not _SAME.search(claim.citation.text)


def _asks_all(question: str, claim: ClaimView) -> bool:
    """The question asks of every member of a group and the claim's sentence does not say all of them."""
    return bool(_UNIVERSAL.search(question)) and not _UNIVERSAL_SAID.search(claim.citation.text)


def possessed(question: str) -> str | None:
    """The noun a yes/no question's subject is someone's ("lawyer" of "has A's lawyer said …?"), or None."""
    m = _OPENING.match(" ".join(question.split()))
    return m["owned"].lower() if m else None


def _another_speaker(question: str, claim: ClaimView) -> bool:
    """The question's subject is someone's someone ("A's lawyer") and neither the claim's subject nor its
    object says it (its object: "has A's bronze been found?" is said by "police recovered A's bronze")."""
    owned = possessed(question)
    if owned is None:
        return False
    return stem(owned) not in {stem(w) for w in tokens(f"{claim.subject or ''} {claim.object or ''}")}
