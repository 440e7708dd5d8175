"""Articles longer than spaCy's ``max_length`` are read in pieces, with exact offsets, never refused."""

from __future__ import annotations

import random

import pytest
import spacy

from newsgraph.ingest import ingest
from newsgraph.nlp.pieces import join_pieces, split_text
from newsgraph.nlp.pipeline import Annotator

_PEOPLE = ["Mara Quinlan", "Tobias Renn", "Lena Ostrow", "Ivo Brandt", "Sara Pell", "Otto Vance"]
_ORGS = ["the Harbor Trust", "Coastline Bank", "the port authority", "Norvik Council", "Pell & Sons"]
_PLACES = ["Norvik", "Tesby", "Orla", "the old quarter", "Brant Island"]
_VERBS = ["met", "criticised", "hired", "thanked", "sued", "visited", "praised", "warned"]
_WHEN = ["on Monday", "last week", "in March 2019", "two days later", "on June 3, 2020", "the next day", ""]


def long_text(size: int, seed: int = 7) -> str:
    """A news-like text of about ``size`` characters, from varied sentences in paragraphs."""
    rng = random.Random(seed)
    paragraphs, n = [], 0
    while n < size:
        sentences = []
        for _ in range(rng.randint(2, 7)):
            who, other = rng.sample(_PEOPLE, 2)
            form = rng.randrange(5)
            if form == 0:
                s = f"{who} {rng.choice(_VERBS)} {other} in {rng.choice(_PLACES)} {rng.choice(_WHEN)}."
            elif form == 1:
                s = f"\u201cWe will keep working on the plan,\u201d {who} said {rng.choice(_WHEN)}."
            elif form == 2:
                s = f"{rng.choice(_ORGS).capitalize()} said it had spent {rng.randint(2, 900)} million dollars."
            elif form == 3:
                s = f"According to {rng.choice(_ORGS)}, {who} did not attend the meeting {rng.choice(_WHEN)}."
            else:
                s = f"Asked about {other}, {who}, {rng.randint(30, 70)}, declined to comment."
            sentences.append(" ".join(s.split()))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        n += len(paragraph) + 2
    return "\n\n".join(paragraphs)


def test_split_covers_the_text_exactly_at_reading_pauses():
    text = long_text(2_100_000)
    assert len(text) > 2_000_000
    spans = split_text(text, 1_000_000)
    assert len(spans) >= 3
    assert "".join(text[s:e] for s, e in spans) == text
    assert all(e - s <= 1_000_000 for s, e in spans)
    assert all(text[e - 1].isspace() for _, e in spans[:-1])  # each piece ends after white space
    # a text with no white space at all is still cut, never refused
    assert "".join("x" * (e - s) for s, e in split_text("x" * 2500, 1000)) == "x" * 2500


def test_pieces_join_to_one_doc_with_exact_offsets():
    nlp = spacy.blank("en")
    text = long_text(2_100_000)
    limit = nlp.max_length
    assert len(text) > limit  # spaCy alone would refuse this text
    docs = [nlp(text[s:e]) for s, e in split_text(text, limit)]
    doc = join_pieces(docs, text)
    assert doc.text == text and len(doc) == sum(len(d) for d in docs)
    for token in list(doc)[:: max(1, len(doc) // 500)]:
        assert text[token.idx:token.idx + len(token)] == token.text


def test_annotator_pieces_stream_in_order():
    articles = ["short one", long_text(5000), "short two"]
    pieces = list(Annotator._texts([_Art(t) for t in articles], 2000))
    assert [p[1][1] for p in pieces][0] is None and pieces[-1][1][1] is None
    middle = [p for p in pieces if p[1][1] is not None]
    assert len(middle) >= 3 and middle[-1][1][1] is True and not any(p[1][1] for p in middle[:-1])
    assert "".join(p[0] for p in middle) == articles[1]


class _Art:
    def __init__(self, text: str) -> None:
        self.text, self.origin, self.id = text, None, "x"


@pytest.fixture()
def small_limit(nlp):
    """The real pipeline with a small ``max_length``, so a test-sized text takes the long-text path."""
    saved = nlp.max_length
    nlp.max_length = 6000
    yield nlp
    nlp.max_length = saved


def test_ingest_stores_every_article_of_a_folder_with_an_overlong_one(tmp_path, store, small_limit):
    folder = tmp_path / "news"
    folder.mkdir()
    text = long_text(20_000, seed=3)
    (folder / "2021-03-01-long.txt").write_text(f"date: 2021-03-01\nsource: Long Post\n\n{text}\n")
    for i in range(3):
        (folder / f"2021-03-0{i + 2}-short.txt").write_text(
            f"date: 2021-03-0{i + 2}\nsource: Short Post\n\n{_PEOPLE[i]} visited Orla on Monday, the council said.\n")
    result = ingest([folder], store, annotator=Annotator(small_limit))
    assert not result.errors and result.stored == 4
    rows = {r.source: r for r in store.articles()}
    assert set(rows) == {"Long Post", "Short Post"}
    annotated = Annotator(small_limit).annotate(next(a for a in _read(folder) if a.source == "Long Post"))
    assert len(annotated.article.text) > 3 * small_limit.max_length
    for s in annotated.sentences:
        assert annotated.article.text[s.start:s.end] == s.text
    last = annotated.sentences[-1]
    assert last.end > len(text) - 200  # read to the end, not cut at the first piece
    assert any(m.start > 2 * small_limit.max_length for e in annotated.entities for m in e.mentions)


def _read(path):
    from newsgraph.readers import read_path

    return [a for a in read_path(path)]
