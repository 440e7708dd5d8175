"""The parse as the claim reader sees it: ``ParsedDoc`` words must answer exactly as spaCy's tokens.

The claim rules were written against ``Token``; ``ParsedDoc`` reads the parse
once into plain ``Word`` objects for speed. Any attribute, arc or subtree
order that differed would change claims silently, so each is compared with
spaCy's own answer on sentences written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsgraph.models import Sentence
from newsgraph.nlp.claimparts.attribution import find_quotes
from newsgraph.nlp.claimparts.view import ParsedDoc, SentenceView, _collect

TEXT = (
    "The mayor of Riverton said on Tuesday that the council, which had rejected the plan twice, "
    "would vote again next week.\n"
    "NEW BRIDGE DELAYED\n"
    "“We are not going to wait another year for a decision,” a resident told reporters; "
    "others were less sure.  Due to the storm, the ferry (run by Bay Lines) didn't sail."
)


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


def _token_facts(t) -> tuple:
    return (t.i, t.text, t.idx, t.pos_, t.tag_, t.dep_, t.lemma_, t.lower_, t.ent_type_, t.is_punct,
            t.is_space, t.whitespace_, t.head.i, len(t))


def test_words_answer_as_tokens(doc):
    parsed = ParsedDoc(doc)
    assert len(parsed) == len(doc) and parsed.text == doc.text
    for token in doc:
        word = parsed[token.i]
        assert _token_facts(word) == _token_facts(token)
        assert [c.i for c in word.children] == [c.i for c in token.children]
        assert [c.i for c in word.subtree] == [c.i for c in token.subtree]
        assert word.head is parsed[token.head.i]  # one Word per index: identity is equality


def test_spans_and_char_spans_match(doc):
    parsed = ParsedDoc(doc, TEXT)
    for start, end in [(0, 1), (0, 5), (3, 11), (7, 7), (len(doc) - 4, len(doc))]:
        assert parsed[start:end].text == doc[start:end].text
    for a, b in [(4, 9), (0, 3), (10, 40), (len(TEXT) - 6, len(TEXT))]:
        mine, theirs = parsed.char_span(a, b, alignment_mode="expand"), doc.char_span(a, b, alignment_mode="expand")
        assert (mine.start, mine.end, mine.text) == (theirs.start, theirs.end, theirs.text)


def test_view_cuts_arcs_at_the_sentence(doc):
    parsed = ParsedDoc(doc, TEXT)
    first = next(doc.sents)
    sentence = Sentence(index=0, start=first.start_char, end=first.end_char, text=first.text)
    view = SentenceView(parsed, sentence)
    assert (view.lo, view.hi) == (first.start, first.end)
    for token in first:
        word = parsed[token.i]
        inside = [c.i for c in token.children if first.start <= c.i < first.end]
        assert [c.i for c in view.children(word)] == inside
        assert [c.i for c in view.dependents(word)] == inside
        assert [t.i for t in view.subtree(word)] == [t.i for t in token.subtree if first.start <= t.i < first.end]
        assert view.subtree_ids(word) == {t.i for t in view.subtree(word)}
    roots = [t.i for t in first if (t.head.i == t.i or not first.start <= t.head.i < first.end) and not t.is_space]
    assert [r.i for r in view.roots()] == roots


def test_release_unlinks_the_words(doc):
    parsed = ParsedDoc(doc, TEXT)
    word = parsed[3]
    parsed.release()
    assert parsed.words == [] and parsed.kids == {} and word.head is None


def test_deep_parse_falls_back_to_its_own_stack(nlp):
    """A parse deeper than Python's recursion limit still gives the subtree in order."""
    n = 3000
    words = ["word"] * n
    heads = [i + 1 for i in range(n - 1)] + [n - 1]  # each word hangs off the next: depth n
    deps = ["amod"] * (n - 1) + ["ROOT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    parsed = ParsedDoc(doc)
    out: list = []
    _collect(parsed[n - 1], parsed.kids, out)
    assert [w.i for w in out] == list(range(n))
    assert [w.i for w in parsed[n - 1].subtree] == list(range(n))


def test_quotes_need_three_words_and_matching_marks(doc, nlp):
    parsed = ParsedDoc(doc, TEXT)
    start = TEXT.index("“")
    end = TEXT.index("sure.") + len("sure.")
    view = SentenceView(parsed, Sentence(index=2, start=start, end=end, text=TEXT[start:end]))
    quotes = find_quotes(view)
    assert [q.text for q in quotes] == ["We are not going to wait another year for a decision"]
    q = quotes[0]
    assert TEXT[q.start:q.end] == q.text
    assert doc[q.tok_lo].text == "We" and doc[q.tok_hi - 1].text == "decision"
    short = nlp('She said "no way" and left.')
    short_view = SentenceView(ParsedDoc(short), Sentence(index=0, start=0, end=len(short.text), text=short.text))
    assert find_quotes(short_view) == []  # two words are not a quote
