"""Sentence boundaries set before the parser: line breaks end sentences, quotes and names do not.

News text puts headlines, subheads and questions-as-headings on lines of their
own, often without final punctuation; spaCy's parser then glues them to the
next paragraph, and a claim's evidence would run across two sentences. This
component, added before the parser, starts a new sentence after every line
break; the parser respects boundaries set before it and still splits inside
each line.

It also keeps together what a reader reads as one sentence, so a citation
never starts in the middle of it:

* a quote of several sentences that its speaker closes ("“We did nothing
  wrong. The board knew,” Lee said."): split at its inner stops, the quote's
  first half would be cited without its speaker, and its claims credited to the
  outlet. The whole quote and its attribution stay one sentence (up to
  ``MAX_QUOTE_CHARS``), so every claim in it has the speaker named after it;
* a name or apposition cut at an abbreviation's stop ("Lee, of Baker & Co. in
  Dallas, said"): a word in lower case or a comma after "Co." goes on the
  same sentence;
* a bullet standing alone in running text ("affected: * Harbor Works * Dunmore
  Mill"), a list whose line breaks were lost, starts a sentence: each item is
  read on its own (``claimparts.listing``);
* a name after an abbreviated title or initials ("praised Dr. Ann Lee", "spoke
  with Msgr . Dan Cole", "A . J . Moss", "the U . S . Army" as pre-tokenised text
  has it), a day's number after a month ("Feb . 17"): it goes on the same
  sentence (``titles.joined``).

Where else a sentence of news may start, or may not, is ``boundaries``'s job:
a sentence starts only after closing punctuation; a short line without it (a
headline, a dateline) is one sentence; closing quotation marks, lower-case
words and figures after a stop go on the sentence before; a wire dateline is a
sentence of its own. Quotes written with the typewriter's marks (``"``…''``)
are kept whole like curly ones.

Only the words next to a line break, a quotation mark, a stop or a bullet are
looked at, found by searching the text: the cost follows those, not the length
of the text.
"""

from __future__ import annotations

import re

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from .boundaries import (MAX_QUOTE_CHARS, after_stop, datelines, headlines, mark_at, may_starts, only_after_stops,
                         quote_marks, set_start, token_at)
from .claimparts.listing import BULLETS
from .titles import joined

COMPONENT = "newsgraph_line_breaks"

#: Quotation marks: opening → closing.
_PAIRS = {"“": "”", "\"": "\"", "«": "»", "„": "“", "``": "''"}
#: Where the words the splitter looks at are: a line break; an opening quotation mark; a stop that ends a
#: word, followed by a space; a bullet.
_LINE_BREAK = re.compile(r"\n")
_OPENING_MARKS = re.compile("|".join(map(re.escape, _PAIRS)))
_BULLET = re.compile("|".join(map(re.escape, BULLETS)))


def _quote_spans(doc: Doc, text: str, starts) -> list[tuple[int, int]]:
    """Token ranges ``[open, close]`` of quotes, closed on their own line, that hold a sentence stop."""
    out = []
    n = len(doc)
    i = -1
    for m in _OPENING_MARKS.finditer(text):
        k = mark_at(doc, starts, m.start(), m.group())
        if k is None or k <= i:
            continue  # (inside the quote before, or a mark inside a word)
        i = k
        closing = _PAIRS[m.group()]
        j = i + 1
        chars = 0
        stops = False
        while j < n and doc[j].text != closing and "\n" not in doc[j].text_with_ws and chars <= MAX_QUOTE_CHARS:
            chars += len(doc[j].text_with_ws)
            stops = stops or doc[j].text in (".", "!", "?")
            j += 1
        if j < n and doc[j].text == closing:
            if stops:
                out.append((i, j))
            i = j  # a closing straight quote never opens the next one
    return out


def line_breaks(doc: Doc) -> Doc:
    """Set the boundaries of the module docstring. Only the words at a line break, a quotation mark, a
    stop or a bullet are looked at (found by searching the text), so the cost follows those, not the
    length of the text."""
    n = len(doc)
    if n == 0:
        return doc
    text = doc.text
    starts = doc.to_array("IDX")
    for m in _LINE_BREAK.finditer(text):
        k = int(np.searchsorted(starts, m.end()))
        while k < n and doc[k].is_space:
            k += 1
        if k < n:
            doc[k].is_sent_start = True
    datelines(doc, text, starts)
    headlines(doc, text, starts)
    for start, end in _quote_spans(doc, text, starts) if _OPENING_MARKS.search(text) else ():
        for token in doc[start + 1:end + 1]:
            set_start(token, False)
    may_start = may_starts(text, starts)
    for k in may_start.tolist():
        if k == 0 or doc[k].is_sent_start is True:
            continue
        if after_stop(doc, k) or joined(doc, doc[k]):
            doc[k].is_sent_start = False
    for m in _BULLET.finditer(text):
        k = token_at(starts, m.start())
        if k is None or k == 0 or k + 1 >= n:
            continue
        token, prev = doc[k], doc[k - 1]
        if token.text in BULLETS and prev.whitespace_ and token.whitespace_ and not doc[k + 1].is_space:
            token.is_sent_start = True  # a list item, its line break lost: the bullet opens it
            set_start(doc[k + 1], False)
    quote_marks(doc, text, starts)
    only_after_stops(doc, may_start)
    return doc


Language.component(COMPONENT)(line_breaks)


def add_line_breaks(nlp: Language) -> Language:
    """Add the component before the parser (once)."""
    if COMPONENT not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe(COMPONENT, before=before) if before else nlp.add_pipe(COMPONENT, first=True)
    return nlp
