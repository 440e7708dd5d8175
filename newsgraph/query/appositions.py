"""Who someone is, as a sentence says it right beside the name: "Ann Lee, the actress, …", "Ann Lee, 33,
who starred in …", "Ann Lee is a former swimmer".

News introduces a person or a firm once, with an apposition or a copula, and
then only tells what it did; a "who is X?" answer wants that introduction, not
the newest thing X did. The reader keeps some of these as descriptions, but
not all (a parse can read "the swimming champion turned actress" as a clause),
so the sentences that name the entity are read again here, by their words: a
noun phrase set off by commas right after a name ("X, the …," / "X, a …,"), a
relative clause there ("X, 33, who starred in …,"), or "X is/was a …".
A phrase ending in a speech verb ("X, the spokesman said") is not one, nor what
follows a name that ends a sentence's opening phrase ("According to X, the firm
wanted …": the main clause).
"""

from __future__ import annotations

import re

#: A phrase of more words is cut at its relative pronoun ("the champion turned actress who starred in …").
MOST_WORDS = 12
_AGE = r"(?:(?:aged\s+)?\d{1,3}\s*,\s*)?"
_SET_OFF = re.compile(r"\s*,\s*" + _AGE + r"((?:the|a|an|who)\s[^,;:()]+?)\s*(?=,|;|\(|\.?\s*$)", re.IGNORECASE)
_COPULA = re.compile(r"\s+(?:is|was)\s+((?:a|an|the)\s[^,;:()]+?)\s*(?=,|;|\(|\.?\s*$)", re.IGNORECASE)
_SPEECH_END = re.compile(r"\b(?:said|says|told|added|explained|stated|wrote)\s*$", re.IGNORECASE)
_RELATIVE = re.compile(r"\s(?:who|which|whose|that)\s", re.IGNORECASE)
_QUOTES = " `'\"“”‘’"
#: A sentence that opens with a phrase the name ends ("According to the firm's vice president Ann Lee, …", "In a
#: letter to Ann Lee, …"): what the comma after the name sets off is the sentence's main clause, no apposition.
_OPENING = re.compile(r"\s*(?:according\s+to|in|on|at|for|to|with|from|by|after|before|like|unlike|despite|under|"
                      r"during|since|among|as|speaking\s+to|writing\s+to)\b[^,;:()]*$", re.IGNORECASE)


def described(forms: list[str], text: str) -> list[str]:
    """The phrases ``text`` sets beside one of the names in ``forms`` (longest names first), as written."""
    found: list[str] = []
    taken: list[tuple[int, int]] = []
    for form in sorted({f for f in forms if f}, key=len, reverse=True):
        for name in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
            if any(s <= name.start() < e for s, e in taken):
                continue
            taken.append((name.start(), name.end()))
            rest = text[name.end():]
            # "According to Ann Lee, the firm wanted …": after the comma, the main clause
            set_off = None if _OPENING.match(text[:name.start()]) else _SET_OFF.match(rest)
            hit = set_off or _COPULA.match(rest)
            if hit is None:
                continue
            phrase = _trim(hit.group(1))
            if phrase and not _SPEECH_END.search(phrase) and phrase not in found:
                found.append(phrase)
    return found


def _trim(phrase: str) -> str:
    """The phrase on one line, cut at its relative pronoun when long, without stray quotation marks."""
    phrase = " ".join(phrase.split())
    if len(phrase.split()) > MOST_WORDS and not phrase.lower().startswith("who "):
        cut = _RELATIVE.search(phrase)
        if cut is not None:
            phrase = phrase[:cut.start()]
    return phrase.strip(_QUOTES)
