"""A question that names its focus only by a description the articles give someone ("the defendant", "the nominee").

Why: reporters ask "How old is the defendant?" or "In which town is the nominee's clinic?" of a story whose
articles say "Ann Lee, the defendant, …" or "the nominee graduated from …". Without a name the question has no
entity, so nothing is read about her. At ingest the head nouns each article describes a person by are kept
(``Entity.described_as``, table ``entity_descriptions``); here a definite description in the question ("the
[accused] gunman", "the defendant's") is looked up by its head noun, and when the newest articles that use it
describe one person by it (``SURE`` of them or more), the question is read as naming that person.

Not when the description is what a "who is …" question asks for ("Who is the prosecutor?": the answer, not
the focus), and never for a head that several people share in the newest articles ("the company", "the
victim" of two stories): then the question stays without a focus, as before.
"""

from __future__ import annotations

import re

from ..models import description_key
from .entities import ref_of
from .types import EntityRef
from .words import FUNCTION_WORDS, QUESTION_WORDS

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


def described_focus(store, text: str) -> list:
    """The person the question's first usable definite description stands for, as a ``NamedEntity`` (a list of
    none or one)."""
    from .questions import NamedEntity

    asks = _ASKS_WHO.match(text)
    for the in _THE.finditer(text):
        # "who is the judge?": the judge is the answer asked for, not its focus ("who is the judge's clerk?" has one)
        answer = bool(asks) and the.start() == asks.end() - len("the ")
        at = the.end()
        for _ in range(_REACH):
            word = _WORD.match(text, at)
            if word is None:
                break
            head = word.group(1)
            possessive = word.group(0).rstrip().endswith(("'s", "’s", "s'"))
            if head not in FUNCTION_WORDS and head not in QUESTION_WORDS and (possessive or not answer) \
                    and not _plural(head):
                person = _described(store, description_key(head))
                if person is not None:
                    end = word.start(1) + len(head)
                    return [NamedEntity(entity=person, start=the.start(), end=end, text=text[the.start():end])]
            if possessive:
                break  # the possessor's description ends at its "'s"
            at = word.end()
    return []


def _plural(word: str) -> bool:
    """Whether a head noun names several ("the policemen", "the victims"): a group, never one person."""
    return description_key(word) != word or word.endswith("men") or word in ("people", "children")


def _described(store, head: str) -> EntityRef | None:
    """The one person the newest articles describe by ``head``, or None."""
    rows = store.entities_described_as(head)
    total = sum(n for _, n in rows)
    if not rows or rows[0][1] < SURE * total:
        return None
    briefs = store.entity_briefs([rows[0][0]])
    if not briefs:
        return None
    return ref_of(briefs[0])
