"""Speaker turns of a transcript: "NAME: words" lines are that person's words.

A broadcast or a press event written out as a transcript gives each turn a label at the start of a
line ("ANN LEE: …", "Mayor Ann Lee : …", "BO CHAN, HOST: …", "TOM HALE (Weather Service): …"), and
the words after it, up to the next label, are that speaker's, not the outlet's: "We will build the
bridge" under "Mayor Ann Lee:" is the mayor's plan, said by her.

``speaker_turns`` finds the labels and the stretch of text each one governs; ``label_entity`` says
which of the article's people a label names (a mention inside it, or its words as a name or a
surname the article uses), else None: a turn of a role ("REPORTER:", "Q:") or of a name the article
does not know stays the outlet's, as before. A label in the first line of an article that has no
other label is a headline's ("Lee: I will not resign"): it governs that line only.

The claim reader reads a turn's sentences as a quote of its speaker (``corefer.Resolver.quotes``),
so "I" and "we" are bound to the speaker and the source is the speaker, and it drops the claims the
parse made of the label's own words ("BO CHAN is HOST", "TOM HALE weakened").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...models import Claim, Entity

#: A label: up to six capitalised words (a title, a name, initials), an optional role after a comma or
#: in brackets, then a colon and the words said (the ECB+ loader's " : " spacing too).
_LABEL = re.compile(
    r"^[ \t]*(?P<name>(?:[A-Z][A-Za-z.'\u2019\-]*[ \t]+){0,5}[A-Z][A-Za-z.'\u2019\-]*)"
    r"(?:[ \t]*,[ \t]*[A-Z][A-Za-z .'\-]{0,30}?|[ \t]*\([^)\n]{1,40}\))?[ \t]*:[ \t]+(?=\S)",
    re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Turn:
    """One speaker's turn: the label's characters ``[label_start, label_end)`` (up to and with the
    colon), its name part as written, and the words it governs ``[start, end)``."""

    label_start: int
    label_end: int
    name: str
    start: int
    end: int


def speaker_turns(text: str) -> list[Turn]:
    """The labelled turns of ``text``, in order; each runs to the next label or the end of the text."""
    found = list(_LABEL.finditer(text))
    turns: list[Turn] = []
    for k, m in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else len(text)
        if len(found) == 1 and "\n" not in text[:m.start()]:
            line_end = text.find("\n", m.end())
            end = len(text) if line_end < 0 else line_end  # a headline's label: its own line only
        turns.append(Turn(m.start("name"), m.end(), m.group("name"), m.end(), end))
    return turns


def turn_at(turns: list[Turn], offset: int) -> Turn | None:
    """The turn whose label or words hold the character ``offset``, or None."""
    for t in turns:
        if t.label_start <= offset < t.end:
            return t
    return None


def label_entity(turn: Turn, entities: list[Entity]) -> str | None:
    """The id of the person the turn's label names, or None: a person mentioned inside the label, else one
    whose name or a short form the article uses is the label's words or its last word (any case:
    "ANN LEE", "LEE")."""
    inside = [e for e in entities for m in e.mentions
              if turn.label_start <= m.start and m.end <= turn.label_end]
    people = {e.id for e in inside if e.type == "PERSON"}
    if inside:
        return people.pop() if len(people) == 1 and len({e.id for e in inside}) == 1 else None
    words = turn.name.split()
    for key in (" ".join(words).casefold(), words[-1].casefold()):
        named = {e.id for e in entities if e.type == "PERSON"
                 and key in {n.casefold() for n in (e.name, *e.aliases)}}
        if len(named) == 1:
            return named.pop()
    return None


def in_label(claim: Claim, turns: list[Turn]) -> bool:
    """Whether the claim's subject or predicate word lies inside a turn's label ("TOM HALE (Weather Service):"
    parsed as a clause with "The storm weakened"): the label names who speaks, it says nothing."""
    spots = [claim.args.get(k) for k in ("subject_head", "predicate_span")]
    return any(t.label_start <= spot[0] < t.label_end for spot in spots if spot for t in turns)
