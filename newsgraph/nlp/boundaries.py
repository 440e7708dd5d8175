"""Where a sentence of news may start, as a reader sees it: the rules ``segment`` sets before the parser.

spaCy's parser cuts where its statistics say, and on news it cuts where no
reader would: after a name's first word in a headline ("Maurice | Cheeks was
introduced"), inside a dateline line ("June | 9 , 2008"), after a comma, before
a closing quotation mark (``… great . | ''``), after an opening one, before a
lower-case word ("MyFoxHouston . | com reports"), inside a figure ("22 . | 4bn").
A claim or a citation is one sentence, so each such cut breaks one. The facts
about written news this module sets, each as "this word starts no sentence"
(a boundary set before the parser is kept by it):

* a sentence starts only after a sentence's closing punctuation (a stop, "!",
  "?", an ellipsis, then any closing marks), and the parser's other cuts are
  undone (``only_after_stops``); only a capitalised word after a comma that the
  tagger does not take for a name is left to it, for a transcript's run-on
  speech ("… skyrocketed so, Yeah I think …"). A stretch longer than
  ``MAX_RUN`` words without such punctuation is left to the parser: it is not
  prose a reader would take in one breath either;
* a short line that ends without such punctuation (a headline, a dateline line,
  a byline, a list item) is one sentence, whatever stops it holds ("Lee Jr .
  Back In Orvale"; ``headlines``); a bullet inside it still opens an item;
* after a stop, no sentence starts with a lower-case word (a web address, "Ave .
  in", "No , no ! '' and tried"), a figure that is not a year ("22 . 4bn", "No .
  10", "a . 38 - caliber"), or a mark that closes or continues (",", ")", "''",
  "”", "?"); a word of a brand spelt with an inner capital ("iPhone") may;
* a closing quotation mark ends the sentence before it, an opening one starts
  the sentence after it (``quote_marks``); a straight mark (", ') is read as
  closing or opening from the spaces around it, else from its line;
* the speaker after a quote closed by a comma, "!" or "?" is on the quote's
  sentence ("…gun ! '' Vanore said", "…, '' Const. Fanning said"), and so is
  the rest of the quote on that line when it opened on a line before;
* a wire dateline ("NAIROBI, Kenya (AP) _", "WASHINGTON —") is a sentence of
  its own: the first sentence starts after its dash (``datelines``);
* after "St."/"Mt."/"Ft." a capitalised word that is not a function word goes
  on ("St . Katharine Drexel"); after "vs."/"v." every word does; after "a.m."
  or "p.m." a month, a weekday or a time zone does ("1 : 30 a . m . Feb . 1").

Only the words at a stop, a quotation mark or a line's ends are looked at,
found by searching the text; ``only_after_stops`` is a few array operations.
"""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import IS_TITLE, ORTH, SENT_START, TAG
from spacy.tokens import Doc

from .timex import lexicon
from .titles import DAYS

__all__ = ["MAX_HEADLINE", "MAX_QUOTE_CHARS", "MAX_RUN", "after_stop", "datelines", "headlines", "mark_at",
           "may_starts", "only_after_stops", "quote_marks", "set_start", "speaker_after", "token_at"]

#: A stretch of more words than this without a sentence's closing punctuation is left to the parser.
MAX_RUN = 120
#: Where a sentence may start: after a stop, "!", "?" or an ellipsis, any closing marks (spaced or not),
#: and white space.
MAY_START = re.compile(r"""[.!?…](?:[ \t]*(?:''|[”’»)\]"']))*\s+""")
#: The most words a line without closing punctuation may have to be read as a headline (``headlines``).
MAX_HEADLINE = 25
_LINE = re.compile(r"[^\n]*\S[^\n]*")
#: A line's end that ends a sentence: a stop, "!", "?" or an ellipsis, then any closing marks.
_ENDS_SENTENCE = re.compile(r"""[.!?…](?:[ \t]*(?:''|[”’»)\]"']))*[ \t]*$""")
#: Marks that close a quotation or a bracket, or continue the sentence before them: never a sentence's first word.
_NEVER_FIRST = frozenset({"''", "”", "’", "’’", "»", ")", "]", "}", ",", ";", ":", ".", "?", "!", "…", "...",
                          "%"})
#: Marks that close a quotation (a quote inside a quote may close just before its own).
_CLOSING_QUOTES = frozenset({"''", "”", "’", "’’", "»", '"', "'"})
#: Marks that open a quotation or a bracket: the word after one starts no sentence.
_OPENING = frozenset({"“", "‘", "``", "«", "„", "(", "[", "{", "`"})
_STRAIGHT = frozenset({'"', "'"})
#: A quote longer than this is a passage, not a sentence: it is left to the parser.
MAX_QUOTE_CHARS = 600
#: Forms of the verbs that close an attributed quote ("…,” she said; …,” said Lee).
_SPEECH_FORMS = re.compile(
    r"(?:said|says|say|told|tells|added|adds|wrote|writes|explained|explains|noted|notes|asked|asks|recalled"
    r"|recalls|insisted|insists|continued|continues|stated|states|argued|argues|warned|warns|replied|replies"
    r"|declared|declares|posted|posts|tweeted|tweets|acknowledged|acknowledges|admitted|admits|conceded"
    r"|concedes|claimed|claims|quipped|joked|jokes)$"
)
#: How many words after the closing mark may come before the verb of saying ("…,” the former mayor said).
_SPEAKER_WORDS = 6
#: The quotation marks (and brackets) ``quote_marks`` looks at.
_MARKS = re.compile(r"''|``|[“”‘’\"'«»„`()\[\]]")
#: A year may start a sentence ("2009 was worse."); another figure may not.
_YEAR = re.compile(r"[12]\d{3}")
#: A wire dateline at a line's start: a place in capitals, maybe its region, maybe the agency, then a dash.
_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z.'’-]+(?:[ ][A-Z][A-Z.'’-]+)*(?:,[ ][A-Z][A-Za-z.]*(?:[ ][A-Z][A-Za-z.]*){0,2})?"
    r"(?:[ ]?\([ ]?[A-Za-z][\w.&/ -]{0,30}?[ ]?\)(?:[ ]?-(?=[ ]))?)?(?:[ ]?(?:_|--|—|–))?[ \t]*",
    re.MULTILINE,
)
#: Where a dateline ends: its agency in brackets or a dash (a plain hyphen only after the agency: "CRICKET -
#: AUSTRALIA WIN TOSS" is a headline's section label).
_DATELINE_END = re.compile(r"(?:\)|_|--|—|–|\) ?-)[ \t]*$")
#: Abbreviations after which a capitalised word that is no function word goes on: a saint's name, a mount's.
_BEFORE_NAMES = frozenset({"St", "Ste", "Mt", "Ft"})
#: Abbreviations after which every word goes on ("Ali vs. Frazier", "Roe v. Wade").
_BEFORE_ANY = frozenset({"vs", "v"})
#: Month and weekday names, their abbreviations, and the named days ("today", "yesterday").
_MONTHS_AND_DAYS = (
    frozenset(lexicon.MONTHS) | frozenset(lexicon.WEEKDAYS) | {day.lower() for day in DAYS}
    | lexicon.TRIGGERS["named_day"]
)
#: A time zone after a clock time ("8 : 41 p . m . EST", "4 : 08 p.m. ET", "22 . 34 BST").
_ZONE = re.compile(r"(?:[A-Z]{1,3}T|UTC|GMT|Z)$")
_CLOCK_HALF = re.compile(r"[ap]\.m\.?$", re.IGNORECASE)


def token_at(starts, char: int) -> int | None:
    """The index of the token that starts at ``char`` (``starts``: the words' offsets), or None."""
    k = int(np.searchsorted(starts, char))
    return k if k < len(starts) and starts[k] == char else None


def set_start(token, value: bool) -> None:
    """Set whether ``token`` starts a sentence, unless a line break already made it start one."""
    if token.is_sent_start is not True:
        token.is_sent_start = value


def _word_before_stop(doc: Doc, k: int) -> str:
    """The word the stop before ``doc[k]`` ends, without inner spaces and its stop ("Calif ." → "Calif",
    "U.S." → "U.S", "a . m ." → "a.m")."""
    prev = doc[k - 1].text.replace(" ", "")
    if prev == "." and k >= 2:
        prev = doc[k - 2].text.replace(" ", "") + "."
    return prev[:-1] if prev.endswith(".") else prev


def after_stop(doc: Doc, k: int) -> bool:
    """Whether ``doc[k]``, the word after a stop and white space, goes on the sentence before it (module
    docstring): a lower-case word, a figure other than a year, a closing or continuing mark, a name after
    "St.", anything after "vs.", a date or time zone after "a.m."."""
    token = doc[k]
    text = token.text
    first = text[:1]
    if text in _NEVER_FIRST:
        return text not in ("?", "!") or not doc[k - 1].text.endswith(".")  # (". ?": a stray mark, not an end)
    if first.islower():
        return not any(ch.isupper() for ch in text[1:])  # ("iPhone" may start a sentence)
    if first.isdigit():
        return _YEAR.fullmatch(text) is None
    if not first.isupper():
        return False
    if doc[k - 1].text == "." or doc[k - 1].text.endswith("."):
        word = _word_before_stop(doc, k)
        if word in _BEFORE_ANY:
            return True
        if word in _BEFORE_NAMES:
            return token.is_alpha and not token.is_stop
        if _CLOCK_HALF.search(word + "."):
            bare = text.rstrip(".").replace(" ", "").lower()
            return bare in _MONTHS_AND_DAYS or bool(_ZONE.match(text))
    return False


def mark_at(doc: Doc, starts, char: int, mark: str) -> int | None:
    """The index of the token that is the quotation mark ``mark`` found at ``char`` in the text, or None
    (a mark inside a word). An opening "``" the tokenizer cut in two ("`", "`") is its second half."""
    k = token_at(starts, char)
    if k is None:
        return None
    if doc[k].text == mark:
        return k
    if mark == "``" and doc[k].text == "`" and not doc[k].whitespace_ and k + 1 < len(doc) and doc[k + 1].text == "`":
        return k + 1
    return None


def _straight_closes(doc: Doc, text: str, k: int, line_start: int, spoken: bool) -> bool:
    """Whether the straight mark ``doc[k]`` (", ') closes a quotation: it leans on the word before it; or
    (spaced on both sides or neither) it ends its line, or its speaker follows it (``spoken``: the
    ``speaker_after`` it has), or it is the line's second, fourth … such mark."""
    token = doc[k]
    left = k > 0 and not doc[k - 1].whitespace_ and not doc[k - 1].is_space
    right = not token.whitespace_ and k + 1 < len(doc) and not doc[k + 1].is_space
    if left != right:
        return left
    end = text.find("\n", token.idx)
    rest = text[token.idx + 1:end if end >= 0 else len(text)]
    if not rest.strip():
        return True
    if not text[line_start:token.idx].strip():
        return False
    if spoken:
        return True
    return text.count(token.text, line_start, token.idx) % 2 == 1


def speaker_after(doc: Doc, close: int) -> int | None:
    """The index of the verb of saying after the quote closed at ``close`` when its speaker follows
    ("…,” she said", "…! '' Vanore said", "…,” Const. Fanning said"), or of the first word when it goes on in
    lower case ("…?” she asked"); None when the quote does not end on a comma, "!", "?" or a dash, or
    nothing of the kind follows within ``_SPEAKER_WORDS`` words."""
    if close < 1 or close + 1 >= len(doc) or "\n" in doc[close].text_with_ws:
        return None
    j = close - 1
    while j > 0 and doc[j].text in _CLOSING_QUOTES:
        j -= 1  # (a quote inside the quote: "“ ‘ Oh , God ! ’ ” King recalled")
    if doc[j].text not in (",", "—", "–", "-", "!", "?"):
        return None
    after = doc[close + 1:close + 1 + _SPEAKER_WORDS]
    if after[0].is_lower:
        return close + 1
    for t in after:
        if t.is_punct and t.text not in ("-", "—", "–", "'s", "’s") and not _abbreviation_stop(doc, t.i):
            return None
        if _SPEECH_FORMS.match(t.lower_):
            return t.i
    return None


def _abbreviation_stop(doc: Doc, k: int) -> bool:
    """Whether the stop ``doc[k]`` ends an abbreviated word written before it ("Const.", "Sgt ."): a
    capitalised word of at most five letters."""
    prev = doc[k - 1] if k > 0 else None
    return doc[k].text == "." and prev is not None and prev.is_alpha and prev.text[:1].isupper() and len(prev) <= 5


def quote_marks(doc: Doc, text: str, starts) -> None:
    """Closing marks end the sentence before them, opening marks start the one after them, and a speaker
    named after a closed quote stays on its sentence, with the whole quote when it opened on a line before
    (module docstring); a quote of at most ``MAX_QUOTE_CHARS`` is kept whole. ``text`` and ``starts``: the
    doc's text and its words' offsets."""
    n = len(doc)
    for m in _MARKS.finditer(text):
        k = mark_at(doc, starts, m.start(), m.group())
        if k is None:
            continue
        token, mark = doc[k], m.group()
        line_start = text.rfind("\n", 0, m.start()) + 1
        verb = speaker_after(doc, k)
        if mark in _STRAIGHT:
            closing = _straight_closes(doc, text, k, line_start, verb is not None)
        else:
            closing = mark not in _OPENING
        if not closing:
            if k + 1 < n and not doc[k + 1].is_space:
                set_start(doc[k + 1], False)
            continue
        if k > 0:
            set_start(token, False)
        if verb is None:
            continue
        for t in doc[k + 1:verb + 1]:
            set_start(t, False)
        before = text[line_start:m.start()]
        if len(before) <= MAX_QUOTE_CHARS and not _opened(before, mark):
            first = int(np.searchsorted(starts, line_start))
            for t in doc[first + 1:k]:
                set_start(t, False)  # ("He bleeds 76ers . He bleeds Philadelphia , " King said": its line is the quote)


def _opened(before: str, mark: str) -> bool:
    """Whether the line before a closing ``mark`` holds the mark that opened it."""
    if mark in _STRAIGHT:
        return mark in before
    return any(o in before for o in ("“", "``", "«", "„", "‘"))


def datelines(doc: Doc, text: str, starts) -> None:
    """A wire dateline at a line's start is one sentence, and the next starts after its dash, when what
    follows it on its line is written in lower case too (not a headline in capitals)."""
    n = len(doc)
    for m in _DATELINE.finditer(text):
        line_end = text.find("\n", m.end())
        if not _DATELINE_END.search(m.group()) or not any(
                ch.islower() for ch in text[m.end():line_end if line_end >= 0 else len(text)]):
            continue  # (no dash or agency; or a headline in capitals follows)
        first = int(np.searchsorted(starts, m.start() + len(m.group()) - len(m.group().lstrip())))
        after = token_at(starts, m.end())
        if after is None or after <= first + 1:
            continue
        for t in doc[first + 1:after]:
            set_start(t, False)
        if not doc[after].is_space:
            doc[after].is_sent_start = True


def headlines(doc: Doc, text: str, starts) -> None:
    """A short line that ends without a sentence's closing punctuation (a headline, a dateline line, a
    byline, a list item) is one sentence, whatever stops it holds ("Lee Jr . Back In Orvale")."""
    n = len(doc)
    for m in _LINE.finditer(text):
        if _ENDS_SENTENCE.search(m.group()):
            continue
        first = int(np.searchsorted(starts, m.start()))
        last = int(np.searchsorted(starts, m.end()))
        if last - first > MAX_HEADLINE:
            continue
        for t in doc[first + 1:min(last, n)]:
            set_start(t, False)


def _spoken_starts(doc: Doc) -> np.ndarray:
    """For each word but the first: whether it is a capitalised word after a comma that the tagger does not
    read as a name (nor "I"), as in a transcript's run-on speech ("the stock skyrocketed so, Yeah I think
    …"): the parser may start a sentence there."""
    words = doc.to_array([ORTH, IS_TITLE, TAG]).astype(np.int64)
    strings = doc.vocab.strings
    names = [strings.add(tag) for tag in ("NNP", "NNPS")]
    after_comma = words[:-1, 0] == strings.add(",")
    following = words[1:]
    capitalised = following[:, 1] == 1
    return after_comma & capitalised & ~np.isin(following[:, 2], names) & (following[:, 0] != strings.add("I"))


def may_starts(text: str, starts) -> np.ndarray:
    """The indices, in order, of the words where a sentence may start (``MAY_START`` ends at their first
    character): searched once, used by the splitter and by ``only_after_stops``."""
    starts = starts.astype(np.int64)
    ends = np.fromiter((m.end() for m in MAY_START.finditer(text)), dtype=np.int64)
    at = np.searchsorted(starts, ends)
    keep = at < len(starts)
    at, ends = at[keep], ends[keep]
    return at[starts[at] == ends]


def only_after_stops(doc: Doc, may_start: np.ndarray) -> None:
    """No word starts a sentence unless it follows a sentence's closing punctuation, a line break or a
    rule that set it: every word the rules left open and no stop precedes is marked as going on; a
    capitalised word after a comma that is no name is left to the parser (``_spoken_starts``). A stretch
    of more than ``MAX_RUN`` words without a start is left to the parser. ``may_start``: ``may_starts``."""
    n = len(doc)
    if n < 2:
        return
    flags = doc.to_array([SENT_START]).astype(np.int64).reshape(-1, 1)
    may = np.zeros(n, dtype=bool)
    may[may_start] = True
    may[0] = True
    may[1:] |= _spoken_starts(doc)
    anchors = np.flatnonzero(may | (flags[:, 0] == 1))  # words that start a sentence or may
    free = (flags[:, 0] == 0) & ~may
    for a, gap in zip(anchors, np.diff(np.append(anchors, n))):
        if gap > MAX_RUN:
            free[a + 1:a + gap] = False  # (a run this long without a stop: the parser's cuts stand)
    flags[free, 0] = -1
    doc.from_array([SENT_START], flags.astype(np.uint64))
