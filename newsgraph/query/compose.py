"""Composing an answer: short sentences, each with numbered citations that back it.

The composer takes sentences one at a time with the citations that back them
and numbers the citations in order of first use ([1], [2], …; a sentence cited
twice keeps its number). Before it keeps a sentence it checks that the
citations back every word of it: each content word must occur, up to
inflection, in a cited sentence, in a name or alias of the entities involved,
in a date or outlet of the citations, or in the small fixed frame the
composer itself adds ("yes", "no", "as of", "according to", the status
words). A sentence built from claim fields that fails the check is not said;
the caller quotes the cited sentence instead, which trivially passes. So the
answer never says what no cited sentence says.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..timedisplay import readable
from .cut import cut_phrases, unsayable
from .phrases import ALL_ARGS, FRAME_WORDS, clause, sentence
from .types import Citation, ClaimView
from .words import FUNCTION_WORDS, NUMBER_WORDS, content_words, stem, tokens

NOT_FOUND = "Not found in the store."
#: Words the composer's frames add, beyond the claim-clause frame.
_ANSWER_FRAME = FRAME_WORDS | frozenset(["happened", "yet", "reported", "it", "articles", "say", "nearest",
                                          "sources", "disagree"])
#: At most this many citations back one answer sentence.
MAX_CITATIONS = 3


def unsupported(text: str, citations: Iterable[Citation], names: Iterable[str] = (),
                extra: Iterable[str] = ()) -> list[str]:
    """The content words of ``text`` that neither the citations, the names nor ``extra`` hold."""
    citations = list(citations)
    support: set[str] = set()
    for source in [*(c.text for c in citations), *names, *extra,
                   *(c.published or "" for c in citations), *(c.source or "" for c in citations)]:
        for word in tokens(source):
            support.add(word)
            support.add(stem(word))
    asserted = content_words(text, skip=FUNCTION_WORDS | _ANSWER_FRAME)
    return [w for w in asserted if w not in support and stem(w) not in support]


def clipped(said: str, sentence: str) -> bool:
    """Whether ``said`` (a clause cut from ``sentence``) leaves out over half of the sentence's content words."""
    whole = set(content_words(sentence))
    return len(set(content_words(said)) & whole) < len(whole) / 2


#: What follows a short answer stated as a sentence of its own: its citation numbers and the stop ("Ann Lee [1][2].").
_CITED_STOP = re.compile(r"\s*(?:\[\d+\])+\.")


class Composer:
    """An answer under construction."""

    def __init__(self, names: Iterable[str] = ()) -> None:
        self.names = set(names)
        self.sentences: list[str] = []
        self.citations: list[Citation] = []
        self._numbers: dict[tuple[str, int], int] = {}

    @property
    def text(self) -> str:
        return " ".join(self.sentences) if self.sentences else NOT_FOUND

    def __bool__(self) -> bool:
        return bool(self.sentences)

    def _markers(self, citations: list[Citation]) -> str:
        out = []
        for citation in citations:
            number = self._numbers.get(citation.key)
            if number is None:
                self.citations.append(citation)
                number = self._numbers[citation.key] = len(self.citations)
            out.append(f"[{number}]")
        return "".join(dict.fromkeys(out))

    def add(self, text: str, citations: Iterable[Citation], *, extra: Iterable[str] = ()) -> bool:
        """Keep ``text`` as a sentence if its citations back it; False (and nothing kept) if not."""
        cited = list({c.key: c for c in citations}.values())[:MAX_CITATIONS]
        text = sentence(text)
        if not cited or not text or unsupported(text, cited, self.names, extra):
            return False
        if any(s.startswith(text + " [") for s in self.sentences):
            return True
        self.sentences.append(f"{text} {self._markers(cited)}.")
        return True

    def quote(self, citation: Citation, *, lead: str = "", more: Iterable[Citation] = (),
              extra: Iterable[str] = ()) -> None:
        """Say the cited sentence itself, in quotation marks (after ``lead``, if its citations or ``extra``
        back it)."""
        cited = [citation, *more]
        if lead and unsupported(lead, cited, self.names, extra):
            lead, cited = "", [citation]
        text = " ".join(citation.text.split())
        if not lead and any(s.startswith(f"“{text}” [") for s in self.sentences):
            return  # said already
        self.sentences.append(f"{lead}“{text}” {self._markers(cited[:MAX_CITATIONS])}.")

    def claim(self, claim: ClaimView, *, lead: str = "", tail: str = "", with_time: bool = False,
              more: Iterable[Citation] = (), extra: Iterable[str] = (), args: Iterable[str] = ALL_ARGS) -> None:
        """Say a claim as a clause (with an optional lead and tail); quote its sentence if that fails.

        The clause is tried with its time and arguments, then without the time,
        then without the arguments, before the sentence is quoted.
        """
        more = list(more)
        citations = [claim.citation, *more]
        extra = [*extra, *([claim.time, readable(claim.time) or claim.time] if claim.time else []), *([claim.day] if claim.day else []),
                 *(e.name for e in (claim.subject_entity, claim.object_entity, claim.source_entity) if e)]
        args = tuple(args)
        tries = [(with_time, args), (False, args), (False, ())] if with_time else [(False, args), (False, ())]
        cut = cut_phrases(claim)
        for timed, keys in tries:
            said = clause(claim, with_time=timed, args=keys)
            # "passed A to become the school" of "… the school's all-time leading scorer"; "The 787 will seat" of
            # "… will seat between 210 and 330 passengers": the sentence's own words say what the clause cuts
            if unsayable(claim, said, cut) or _headline_as_is(said, claim.citation):
                continue
            if lead.endswith(", "):
                said = mid_sentence(said)
            if self.add(f"{lead}{said}{tail}", citations, extra=extra):
                return
        self.quote(claim.citation, lead=lead, more=more, extra=extra)

    def unstate(self, short: str) -> None:
        """Take back a short answer stated first ("Ann Lee [1].") when it turns out not to be the answer: the
        sentences after it, and every citation's number, stay as they are."""
        if self.sentences and self.sentences[0].startswith(short) and \
                _CITED_STOP.fullmatch(self.sentences[0], len(short)):
            del self.sentences[0]

    def quote_if_clipped(self, citation: Citation) -> None:
        """Quote the sentence too when the last sentence said under half of its words: a claim's clause is a
        summary ("Ann Lee died"), the sentence may hold what it left out ("Ann Lee and Tom Ray, both 51, died
        at the scene")."""
        if clipped(self.sentences[-1] if self.sentences else "", citation.text):
            self.quote(citation)


def mid_sentence(clause_text: str) -> str:
    """A clause as it reads after a lead that leaves the sentence open ("According to Reuters, "): a first word
    that is a function word or a number's word goes to lower case ("the company", "an Australian climber", from "AN"
    too, "two key suspects"); a name keeps its capital."""
    first, _, rest = clause_text.partition(" ")
    if (first.lower() in FUNCTION_WORDS or first.lower() in NUMBER_WORDS) and first.lower() != "i" and (
            first.istitle() or first.isupper()):
        return f"{first.lower()} {rest}" if rest else first.lower()
    return clause_text


def _headline_as_is(said: str, citation: Citation) -> bool:
    """Whether a clause is its article's headline word for word: headlines drop the articles and auxiliaries a
    clause needs ("Man charged with arson over fire"), so one said as is is quoted as a headline, not as a
    sentence (a clause that rebuilt it, "Boeing rolled out its first 787", reads as one and stays)."""
    def plain(text: str) -> str:
        return " ".join(text.split()).rstrip(" .").lower()

    title = plain(citation.title or "")
    return bool(title) and plain(citation.text) == title and plain(said) == title


#: Words a description may open on that make it a relative clause: it follows the name after a comma, not a colon.
_RELATIVES = frozenset({"who", "whose", "whom", "which", "that"})


def described_as(name: str, description: str) -> str:
    """A name with what the articles call it: "Ann Lee: the firm's lawyer"; a relative clause goes on from the name
    ("Ann Lee, who has worked at the plant for 30 years"), never after a colon alone."""
    first = description.split(" ", 1)[0].lower()
    if first in _RELATIVES:
        return f"{name}, {description}"
    return f"{name}: {mid_sentence(description)}"
