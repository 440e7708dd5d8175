"""One sentence of a parsed ``Doc``, seen on its own.

Claims are read from one sentence at a time, and a dependency arc that leaves
the sentence (spaCy's parse can join a heading to the paragraph under it) must
not carry words of another sentence into a claim. ``SentenceView`` answers
"head of", "children of" and "text of the phrase under" with every arc that
leaves the sentence cut, so the rest of the claim reader never needs to check.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...models import Sentence

#: Dependents that end a noun phrase: clauses hanging off it are other claims.
PHRASE_CUT = frozenset({"relcl", "advcl", "ccomp", "parataxis", "acl"})


class SentenceView:
    """Token range ``[lo, hi)`` of ``doc`` for one ``Sentence``; arcs leaving it are cut."""

    __slots__ = ("_kids", "_tokens", "doc", "hi", "lo", "offset", "sentence", "text")

    def __init__(self, doc: Doc, sentence: Sentence) -> None:
        span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        self.doc = doc
        self.sentence = sentence
        self.lo = span.start if span is not None else 0
        self.hi = span.end if span is not None else 0
        self.text = sentence.text
        self.offset = sentence.start
        # children inside the sentence, in order, built once (the hot path asks for them a lot)
        kids: dict[int, list[Token]] = {}
        self._tokens = [doc[i] for i in range(self.lo, self.hi)]
        for t in self._tokens:
            i = t.i
            h = t.head.i
            if h != i and self.lo <= h < self.hi:
                kids.setdefault(h, []).append(t)
        self._kids = kids

    # --- arcs -------------------------------------------------------------
    def inside(self, token: Token) -> bool:
        return self.lo <= token.i < self.hi

    def tokens(self) -> list[Token]:
        return self._tokens

    def head(self, token: Token) -> Token | None:
        """The head inside the sentence, or None for a root (or an arc cut off)."""
        h = token.head
        if h.i == token.i or not self.lo <= h.i < self.hi:
            return None
        return h

    def children(self, token: Token, *deps: str) -> list[Token]:
        kids = self._kids.get(token.i, ())
        if deps:
            return [c for c in kids if c.dep_ in deps]
        return list(kids)

    def child(self, token: Token, *deps: str) -> Token | None:
        for c in self._kids.get(token.i, ()):
            if not deps or c.dep_ in deps:
                return c
        return None

    def ancestors(self, token: Token):
        seen = 0
        h = self.head(token)
        while h is not None and seen < 64:
            yield h
            h = self.head(h)
            seen += 1

    def roots(self) -> list[Token]:
        return [t for t in self.tokens() if self.head(t) is None and not t.is_space]

    def subtree(self, token: Token) -> list[Token]:
        return [t for t in token.subtree if self.lo <= t.i < self.hi]

    # --- text ---------------------------------------------------------------
    def span_text(self, start_i: int, end_i: int) -> tuple[str, int, int]:
        """Text of tokens ``[start_i, end_i]`` (inclusive), with its article offsets."""
        a = self.doc[start_i].idx
        b = self.doc[end_i].idx + len(self.doc[end_i].text)
        return self.text_at(a, b), a, b

    def text_at(self, start: int, end: int) -> str:
        """Article text ``[start, end)`` (offsets inside this sentence), without rebuilding ``doc.text``."""
        if self.offset <= start and end <= self.offset + len(self.text):
            return self.text[start - self.offset:end - self.offset]
        return self.doc.text[start:end]

    def phrase_bounds(self, head: Token, *, cut: frozenset[str] = PHRASE_CUT,
                      drop: frozenset[int] = frozenset()) -> tuple[int, int]:
        """Token bounds of the phrase under ``head`` without the clauses inside it.

        Subtrees whose root has a dependency in ``cut`` (at any depth) and the
        subtrees of tokens in ``drop`` are left out; the phrase is the
        contiguous run of what remains around ``head``, with punctuation,
        conjunctions and subordinators trimmed at its edges.
        """
        kept: set[int] = set()
        stack = [head]
        while stack:
            t = stack.pop()
            kept.add(t.i)
            for c in self._kids.get(t.i, ()):
                if c.dep_ not in cut and c.i not in drop:
                    stack.append(c)
        left = right = head.i
        while left - 1 in kept:
            left -= 1
        while right + 1 in kept:
            right += 1
        doc = self.doc
        while left < right and (doc[left].is_punct or doc[left].is_space or doc[left].dep_ in ("cc", "mark")
                                or doc[left].lower_ == "that" and doc[left].dep_ in ("mark", "dobj")):
            left += 1
        while right > left and (doc[right].is_punct or doc[right].is_space or doc[right].dep_ in ("cc", "mark")):
            right -= 1
        return left, right

    def phrase(self, head: Token, **kw) -> tuple[str, int, int]:
        left, right = self.phrase_bounds(head, **kw)
        return self.span_text(left, right)
