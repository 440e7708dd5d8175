"""One sentence of a parsed ``Doc``, seen on its own.

Claims are read from one sentence at a time, and a dependency arc that leaves
the sentence (spaCy's parse can join a heading to the paragraph under it) must
not carry words of another sentence into a claim. ``SentenceView`` answers
"head of", "children of" and "text of the phrase under" with every arc that
leaves the sentence cut, so the rest of the claim reader never needs to check.

The claim rules ask each word for its tag, dependency and lemma many times
over; a spaCy ``Token`` builds a new Python object and looks its strings up
in the ``StringStore`` on every such question. ``ParsedDoc`` reads the whole
parse once (``Doc.to_array``) into plain ``Word`` objects that answer the same
questions by attribute (same names as ``Token``: ``i``, ``text``, ``pos_``,
``head``, ``subtree`` …), so the rules read like spaCy code and run several
times faster.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy
from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, IS_PUNCT, IS_SPACE, LEMMA, LENGTH, LOWER, POS, SPACY, TAG
from spacy.tokens import Doc

from ...models import Sentence
from . import lexicon as lx

#: Dependents that end a noun phrase: clauses hanging off it are other claims.
PHRASE_CUT = frozenset({"relcl", "advcl", "ccomp", "parataxis", "acl"})

#: Marks that set off an aside ("Ann Lee, a nurse, …", "Ann Lee — a nurse — …").
_ASIDE_MARKS = frozenset({",", "\u2014", "\u2013", "--", "-"})



def _closes_quote(text: str) -> bool:
    """A closing quotation mark ("the ``jobs bank''" keeps its mark when the aside after it is left out)."""
    return text in ("''", '"', "\u201d", "\u2019")


_COLUMNS = [POS, TAG, DEP, LEMMA, LOWER, IDX, LENGTH]

_RARE_COLUMNS = [ENT_TYPE, IS_PUNCT, IS_SPACE, SPACY]


class Word:
    """One token of a ``ParsedDoc``: the ``Token`` attributes the claim rules read, read once.

    There is one ``Word`` per token index, so identity, ``==`` and hashing
    agree with spaCy's (a ``Token`` equals another at the same index). The
    attributes asked for on every word are slots; the rare ones are read from
    the ``ParsedDoc``'s columns.
    """

    __slots__ = ("dep_", "doc", "head", "i", "idx", "lemma_", "lower_", "pos_", "tag_", "text")

    def __len__(self) -> int:  # as ``Token``: the length of the text (so a word is truthy)
        return len(self.text)

    def __repr__(self) -> str:
        return self.text

    @property
    def vocab(self):
        return self.doc.vocab

    @property
    def ent_type_(self) -> str:
        return self.doc.rare()[0][self.i]

    @property
    def is_punct(self) -> bool:
        return self.doc.rare()[1][self.i] == 1

    @property
    def is_space(self) -> bool:
        return self.doc.rare()[2][self.i] == 1

    @property
    def whitespace_(self) -> str:
        return " " if self.doc.rare()[3][self.i] else ""

    @property
    def children(self) -> Iterator[Word]:
        """Dependents anywhere in the doc (not cut at the sentence), in text order."""
        return iter(self.doc.kids.get(self.i, ()))

    @property
    def subtree(self) -> Iterator[Word]:
        """The word and its descendants, in ``Token.subtree`` order."""
        out: list[Word] = []
        _collect(self, self.doc.kids, out)
        return iter(out)

    def nbor(self, step: int = 1) -> Word:
        return self.doc.words[self.i + step]


def _collect(word: Word, kids_of: dict[int, list[Word]], out: list[Word]) -> None:
    """``Token.subtree`` order: the left dependents' subtrees, the word, the right dependents' subtrees."""
    try:
        _collect_rec(word, kids_of, out)
    except RecursionError:  # a parse deeper than Python's stack: the same walk with a stack of our own
        out.clear()
        stack: list[tuple[Word, int]] = [(word, 0)]
        while stack:
            w, k = stack.pop()
            kids = kids_of.get(w.i, ())
            while k < len(kids) and kids[k].i < w.i:
                stack.append((w, k + 1))
                w, k = kids[k], 0
                kids = kids_of.get(w.i, ())
            out.append(w)
            stack.extend((c, 0) for c in reversed(kids[k:]))


def _collect_rec(word: Word, kids_of: dict[int, list[Word]], out: list[Word]) -> None:
    kids = kids_of.get(word.i)
    if kids is None:
        out.append(word)
        return
    i = word.i
    placed = False
    for c in kids:
        if not placed and c.i > i:
            out.append(word)
            placed = True
        _collect_rec(c, kids_of, out)
    if not placed:
        out.append(word)


class WordSpan:
    """Words ``[start, end)`` of a ``ParsedDoc``, as a ``Span`` is for a ``Doc``."""

    __slots__ = ("doc", "end", "start")

    def __init__(self, doc: ParsedDoc, start: int, end: int) -> None:
        self.doc, self.start, self.end = doc, start, end

    def __len__(self) -> int:
        return max(0, self.end - self.start)

    def __iter__(self) -> Iterator[Word]:
        return iter(self.doc.words[self.start:self.end])

    def __getitem__(self, k: int) -> Word:
        return self.doc.words[self.start:self.end][k]

    @property
    def text(self) -> str:
        if self.end <= self.start:
            return ""
        words = self.doc.words
        last = words[self.end - 1]
        return self.doc.text[words[self.start].idx:last.idx + len(last.text)]


class ParsedDoc:
    """A ``Doc``'s words with their attributes read once (see the module docstring).

    ``text`` may be given when the caller has the doc's text already (an
    article's text is its doc's text); ``Doc.text`` joins every token anew.
    """

    __slots__ = ("_blank", "_rare", "kids", "spacy_doc", "text", "vocab", "words")

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        self.spacy_doc = doc
        self.vocab = doc.vocab
        self.text = text = doc.text if text is None else text
        self._rare: tuple[list, list, list, list] | None = None
        self._blank: list[bool] | None = None
        words: list[Word] = []
        kids: dict[int, list[Word]] = {}
        if len(doc):
            cols = doc.to_array(_COLUMNS).T.tolist()
            steps = doc.to_array(HEAD).astype(numpy.int64).tolist()  # relative offsets, stored unsigned
            poss, tags, deps, lemmas, lowers = (_names(doc, col) for col in cols[:5])
            new = Word.__new__
            words = [new(Word) for _ in steps]
            for i, w, idx, length, pos, tag, dep, lemma, lower, step in zip(
                    range(len(words)), words, cols[5], cols[6], poss, tags, deps, lemmas, lowers, steps):
                w.i = i
                w.idx = idx
                w.text = text[idx:idx + length]
                w.pos_ = pos
                w.tag_ = tag
                w.dep_ = dep
                w.lemma_ = lemma
                w.lower_ = lower
                w.doc = self
                w.head = words[i + step]
                if step:
                    siblings = kids.get(i + step)
                    if siblings is None:
                        kids[i + step] = [w]
                    else:
                        siblings.append(w)
        self.words = words
        self.kids = kids  # token index → its dependents in text order (every arc, in or out of a sentence)

    def release(self) -> None:
        """Drop the words once read: they point at each other and at this doc (a root is its own
        head), so without this only the cyclic garbage collector could free them."""
        for w in self.words:
            w.head = None
        self.words = []
        self.kids = {}

    def rare(self) -> tuple[list, list, list, list]:
        """Entity type, punctuation, space and trailing-space columns, read when first asked for."""
        if self._rare is None:
            doc = self.spacy_doc
            if len(doc):
                ents, punct, space, ws = doc.to_array(_RARE_COLUMNS).T.tolist()
                self._rare = (_names(doc, ents), punct, space, ws)
            else:
                self._rare = ([], [], [], [])
        return self._rare

    def blank(self) -> list[bool]:
        """Per token: punctuation or white space (what phrase edges are trimmed of)."""
        if self._blank is None:
            _, punct, space, _ = self.rare()
            # ("%" is a word: "by as much as 3 %" cut to "by as much as 3" says another amount)
            self._blank = [p == 1 and w.text != "%" or s == 1 for p, s, w in zip(punct, space, self.words)]
        return self._blank

    def __len__(self) -> int:
        return len(self.words)

    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, _ = key.indices(len(self.words))
            return WordSpan(self, start, stop)
        return self.words[key]

    def char_span(self, start: int, end: int, **kw) -> WordSpan | None:
        """As ``Doc.char_span`` (same alignment), in words."""
        span = self.spacy_doc.char_span(start, end, **kw)
        return None if span is None else WordSpan(self, span.start, span.end)


_NAMES: dict[int, str] = {}


def _names(doc: Doc, keys: list[int]) -> list[str]:
    """String-store hashes → strings, through a process-wide cache (hashes are the same in every vocab)."""
    names = _NAMES
    try:
        return list(map(names.__getitem__, keys))
    except KeyError:  # words not seen before in this process
        store = doc.vocab.strings
        names.update((key, store[key]) for key in set(keys).difference(names))
        return list(map(names.__getitem__, keys))


class SentenceView:
    """Token range ``[lo, hi)`` of ``doc`` for one ``Sentence``; arcs leaving it are cut."""

    __slots__ = ("_bounds", "_kids", "_roots", "_subtrees", "_tokens", "doc", "flags", "hi", "lo", "offset", "sentence",
                 "text")

    def __init__(self, doc: ParsedDoc | Doc, sentence: Sentence) -> None:
        if not isinstance(doc, ParsedDoc):
            doc = ParsedDoc(doc)
        span = doc.spacy_doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        self.doc = doc
        self.sentence = sentence
        lo = self.lo = span.start if span is not None else 0
        hi = self.hi = span.end if span is not None else 0
        self.text = sentence.text
        self.offset = sentence.start
        # children inside the sentence, in order, built once (the hot path asks for them a lot)
        kids: dict[int, list[Word]] = {}
        self._tokens = doc.words[lo:hi]
        doc_kids = doc.kids
        for t in self._tokens:
            outer = doc_kids.get(t.i)
            if outer:
                inner = [c for c in outer if lo <= c.i < hi]
                if inner:
                    kids[t.i] = inner
        self._kids = kids
        self._bounds: dict[tuple, tuple[int, int]] = {}
        self._subtrees: dict[int, list[Word] | frozenset[int]] = {}
        self._roots: list[Word] | None = None
        #: facts about the whole sentence that let a rule skip it, computed by the rule that asks
        self.flags: dict[str, bool] = {}

    # --- arcs -------------------------------------------------------------
    def inside(self, token: Word) -> bool:
        return self.lo <= token.i < self.hi

    def tokens(self) -> list[Word]:
        return self._tokens

    def head(self, token: Word) -> Word | None:
        """The head inside the sentence, or None for a root (or an arc cut off)."""
        h = token.head
        if h is token or not self.lo <= h.i < self.hi:
            return None
        return h

    def children(self, token: Word, *deps: str) -> list[Word]:
        kids = self._kids.get(token.i, ())
        if deps:
            return [c for c in kids if c.dep_ in deps]
        return list(kids)

    def dependents(self, token: Word) -> list[Word] | tuple[()]:
        """``children(token)`` without the copy, for loops that only read it (do not change it)."""
        return self._kids.get(token.i, ())

    def child(self, token: Word, *deps: str) -> Word | None:
        for c in self._kids.get(token.i, ()):
            if not deps or c.dep_ in deps:
                return c
        return None

    def ancestors(self, token: Word):
        seen = 0
        h = self.head(token)
        while h is not None and seen < 64:
            yield h
            h = self.head(h)
            seen += 1

    def roots(self) -> list[Word]:
        """The sentence's roots (the list is shared: do not change it)."""
        found = self._roots
        if found is None:
            space = self.doc.rare()[2]
            found = self._roots = [t for t in self._tokens if self.head(t) is None and space[t.i] != 1]
        return found

    def subtree(self, token: Word) -> list[Word]:
        """The word's subtree inside the sentence (the list is shared: do not change it)."""
        found = self._subtrees.get(token.i)
        if found is None:
            lo, hi = self.lo, self.hi
            out: list[Word] = []
            _collect(token, self.doc.kids, out)
            found = self._subtrees[token.i] = [t for t in out if lo <= t.i < hi]
        return found

    def subtree_ids(self, token: Word) -> frozenset[int]:
        """Indices of ``subtree(token)``."""
        key = ~token.i  # shares the memo with subtree() under keys of their own
        found = self._subtrees.get(key)
        if found is None:
            found = self._subtrees[key] = frozenset(t.i for t in self.subtree(token))
        return found

    # --- text ---------------------------------------------------------------
    def span_text(self, start_i: int, end_i: int) -> tuple[str, int, int]:
        """Text of tokens ``[start_i, end_i]`` (inclusive), with its article offsets."""
        words = self.doc.words
        a = words[start_i].idx
        last = words[end_i]
        b = last.idx + len(last.text)
        return self.text_at(a, b), a, b

    def text_at(self, start: int, end: int) -> str:
        """Article text ``[start, end)`` (offsets inside this sentence), without rebuilding ``doc.text``."""
        if self.offset <= start and end <= self.offset + len(self.text):
            return self.text[start - self.offset:end - self.offset]
        return self.doc.text[start:end]

    def phrase_bounds(self, head: Word, *, cut: frozenset[str] = PHRASE_CUT,
                      drop: frozenset[int] = frozenset()) -> tuple[int, int]:
        """Token bounds of the phrase under ``head`` without the clauses inside it.

        Subtrees whose root has a dependency in ``cut`` (at any depth) and the
        subtrees of tokens in ``drop`` are left out; the phrase is the
        contiguous run of what remains around ``head``, with punctuation,
        conjunctions and subordinators trimmed at its edges.
        """
        key = (head.i, cut, drop)
        found = self._bounds.get(key)
        if found is not None:
            return found
        kept: set[int] = set()
        stack = [head]
        kids = self._kids
        while stack:
            t = stack.pop()
            kept.add(t.i)
            for c in kids.get(t.i, ()):
                if c.dep_ not in cut and c.i not in drop:
                    stack.append(c)
        left = right = head.i
        while left - 1 in kept:
            left -= 1
        while right + 1 in kept:
            right += 1
        doc = self.doc.words
        blank = self.doc.blank()
        # (a mark of a clause inside the phrase stays: "with the odds so long, it is …")
        while left < right and (blank[left] or doc[left].dep_ == "cc"
                                or doc[left].dep_ == "mark" and doc[left].head.i == head.i
                                and doc[left].lower_ not in lx.QUESTION_MARKS  # (a question's: "asked whether …")
                                or doc[left].lower_ == "that" and doc[left].dep_ in ("mark", "dobj")):
            left += 1
        # (and a noun's preposition the parse left with no object, its clause hung on a word of its own:
        # "negotiations for [him to do it]"; one whose object was dropped stays, and shows the cut)
        while right > left and (blank[right] or doc[right].dep_ in ("cc", "mark") or doc[right].dep_ == "prep"
                                and doc[right].head.pos_ in ("NOUN", "PROPN") and not kids.get(right)
                                and self._for_clause_after(right)):
            right -= 1
        right = self._without_aside(head, left, right, kept)
        found = self._bounds[key] = (left, right)
        return found

    def _for_clause_after(self, prep: int) -> bool:
        """Whether the word after a childless preposition is the subject of a clause hung on the
        preposition's own noun ("negotiations for [him] to do it"): the preposition opens that clause."""
        words = self.doc.words
        if prep + 1 >= len(words):
            return False
        nxt = words[prep + 1]
        return nxt.dep_ == "nsubj" and nxt.head.head.i == words[prep].head.i

    def _without_aside(self, head: Word, left: int, right: int, kept: set[int]) -> int:
        """The phrase's right edge before an appositive set off by a comma or dash that the phrase ends
        inside: "the cousins of Ann Lee — a nurse [injured by …] —" cut at its clause would say "the
        cousins of Ann Lee — a nurse", and "Ann Lee, a nurse," as a subject leaves its comma unclosed.
        An aside the sentence closes after the phrase, or whose own words the cut left out, is not said."""
        words = self.doc.words
        blank = self.doc.blank()
        for k in range(head.i + 1, right + 1):
            a = words[k]
            if a.dep_ != "appos" or k not in kept or a.pos_ != "NOUN":
                continue  # (a name in apposition is what the phrase names: "the capital, Abuja", "Dakar, Senegal")
            sub = self.subtree(a)
            start, end = sub[0].i, sub[-1].i
            if start <= left or words[start - 1].text not in _ASIDE_MARKS \
                    or any(j in kept and not blank[j] for j in range(end + 1, right + 1)) \
                    or any(w.dep_ in ("appos", "conj") and w is not a for w in sub) \
                    or sum(1 for c in self.dependents(a.head) if c.dep_ == "appos") > 1:
                continue  # (not an aside, not the phrase's last words, or a list: "rifles, magazines, a GPS")
            close = max(end, right) + 1
            if end > right or close < self.hi and words[close].text in _ASIDE_MARKS:
                edge = start - 1
                while edge > left and blank[edge] and not _closes_quote(words[edge].text):
                    edge -= 1
                return edge
        return right

    def phrase(self, head: Word, **kw) -> tuple[str, int, int]:
        left, right = self.phrase_bounds(head, **kw)
        return self.span_text(left, right)

    def runs_into_verb(self, head: Word) -> bool:
        """Whether the phrase under ``head`` runs straight into a finite verb that has no subject of its
        own ("on a Facebook account the mother and daughter [shared]", "an aircraft Boeing [currently has
        under development]"): the parse took that verb's subject into the phrase, so the phrase ends inside
        a clause and says neither the thing nor the clause."""
        _, right = self.phrase_bounds(head)
        words = self.doc.words
        k = right + 1
        while k < self.hi and words[k].pos_ == "ADV" and words[k].i != head.i:
            k += 1
        if k >= self.hi:
            return False
        verb = words[k]
        if verb.tag_ not in lx.FINITE_TAGS:
            return False
        if verb.dep_ in ("aux", "auxpass"):
            verb = verb.head  # ("people who know her [have said]": the verb the auxiliary belongs to)
        # (a clause of its own: a reduced relative, "the funds [earmarked] for …", is not one, nor an adverbial
        # clause the phrase only dates or sets ("rejected after talks on the bill [broke down]"))
        return verb.dep_ in ("ccomp", "relcl", "parataxis") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in self.dependents(verb))


def detached_appos(view: SentenceView, head: Word, appos: Word) -> bool:
    """Whether the parse hung a name in apposition on a noun that is not the one it stands beside: "the
    source for Post reporters [Bob Lee and Ann Roe]" names the reporters, never the source. True when the
    name's phrase follows another common noun straight on (no comma, dash or bracket between), which is the
    noun it describes."""
    first = min(t.i for t in view.subtree(appos))
    if first <= view.lo:
        return False
    prev = view.doc.words[first - 1]
    return prev.i != head.i and prev.pos_ == "NOUN" and prev.i > head.i


def listed_appos(view: SentenceView, appos: Word) -> bool:
    """Whether an "apposition" is the second item of a list the parse hung on the first ("publishes the Journal,
    Barron's magazine, and community newspapers"): a comma before its "and"/"or" and a next item mark a list,
    whose items are not one another ("a writer and director" after a name has no such comma)."""
    if view.children(appos, "conj") and any(c.lower_ in ("and", "or") and c.i > 0
                                           and view.doc.words[c.i - 1].lower_ == ","
                                           for c in view.children(appos, "cc")):
        return True
    # or the next item was hung elsewhere: ", and" and a noun phrase follow straight on, after a thing ("the Journal,
    # Barron's magazine, and two papers"); not after a person ("Ann Lee, the mayor, and Bo Chan", "with her husband,
    # Bo Chan, and headed south")
    end = max(w.i for w in view.subtree(appos))
    words = view.doc.words
    head = view.head(appos)
    return end + 3 < view.hi and words[end + 1].lower_ == "," and words[end + 2].lower_ in ("and", "or") \
        and words[end + 3].pos_ in ("DET", "NUM", "ADJ", "NOUN", "PROPN") \
        and head is not None and head.ent_type_ != "PERSON" and appos.ent_type_ != "PERSON"


def plural_beside_one(head: Word, appos: Word) -> bool:
    """Whether a plural noun has one name in apposition ("his brothers Paul, of Tulsa, and Mark"): the name
    is one of them, never what the plural names, so neither stands for the other."""
    return head.tag_ == "NNS" and appos.tag_ == "NNP"


def bracketed_label(view: SentenceView, appos: Word) -> bool:
    """Whether an "apposition" is a bare common noun phrase alone in brackets after a name ("Lee ( knee )",
    "Bo Chan (broken wrist)", "Acme (Oslo)"): a label a list or a table puts beside a name (an injury, a
    place, a position), never a description of what the name is: with no determiner, possessor or number
    of its own, "Lee is knee" says nothing true."""
    if appos.pos_ != "NOUN":
        return False
    words = view.doc.words
    aside = {t.i for c in view.dependents(appos) if c.dep_ in ("cc", "conj") for t in view.subtree(c)}
    inner = [t for t in view.subtree(appos) if t.text not in ("(", ")") and t.i not in aside]
    ids = sorted(t.i for t in inner)
    first, last = ids[0], ids[-1]
    if first - 1 < view.lo or last + 1 >= view.hi or words[first - 1].text != "(" or words[last + 1].text != ")":
        return False
    return not any(w.dep_ in ("det", "poss", "nummod") or w.tag_ in ("DT", "PRP$", "CD", "POS") for w in inner)


def title_of_next_name(view: SentenceView, appos: Word) -> bool:
    """Whether a bare noun "apposition" runs straight into a person's name ("Lee ( knee ) , tight end Bo Chan (
    ankle ) …", a list of players): the noun is that name's title, never a description of the name before."""
    words = view.doc.words
    last = max(t.i for t in view.subtree(appos))
    return appos.pos_ == "NOUN" and last + 1 < view.hi and words[last + 1].pos_ == "PROPN" \
        and words[last + 1].ent_type_ == "PERSON" and view.child(appos, "det", "poss") is None
