"""The nlp stage: Article → AnnotatedArticle.

spaCy parses the text once (``nlp.pipe`` in batches); newsgraph's own readers
then work on the parsed ``Doc`` in a fixed order, each with one job:

1. ``sentences``: sentence spans (the unit of evidence);
2. ``entities.read_entities``: names, one reading per article, aliases, descriptions;
3. ``times.read_times``: temporal expressions normalized to TIMEX3 values;
4. ``claims.read_claims``: one-sentence claims with status, time and source;
5. for an ingest (``vectors=True``), each sentence's meaning vector (``encoder``, when installed).

Later readers see what earlier ones found, never the other way round.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from ..models import AnnotatedArticle, Article, Sentence
from .claims import read_claims
from .encoder import encode, model_id
from .entities import read_entities, use_pipeline
from .model import load_nlp
from .pieces import join_pieces, split_text
from .times import read_times

logger = logging.getLogger(__name__)

#: The size of the pieces a text over ``nlp.max_length`` is parsed in: spaCy's parser and entity
#: recognizer take about 1 GB of working memory per 100,000 characters, so pieces of ``max_length``
#: (1,000,000) would need ten; pieces this size keep a long article within one.
PIECE_CHARS = 100_000


def read_sentences(doc, text: str | None = None) -> list[Sentence]:
    """Sentence spans with surrounding white space trimmed off.

    ``text`` is the doc's text when the caller has it (an article's text):
    ``Doc.text`` and ``Span.text`` join their tokens anew on every call.
    """
    full = doc.text if text is None else text
    out: list[Sentence] = []
    for sent in doc.sents:
        sent_text = full[sent.start_char:sent.end_char]
        stripped = sent_text.strip()
        if not stripped:
            continue
        start = sent.start_char + (len(sent_text) - len(sent_text.lstrip()))
        out.append(Sentence(index=len(out), start=start, end=start + len(stripped), text=stripped))
    return out


class Annotator:
    """Reads articles with one loaded spaCy pipeline.

    >>> annotator = Annotator()                       # doctest: +SKIP
    >>> annotated = annotator.annotate(article)       # doctest: +SKIP
    """

    def __init__(self, nlp=None, *, model: str | None = None, batch_size: int = 16, vectors: bool = False) -> None:
        self.nlp = nlp if nlp is not None else load_nlp(model)
        self.batch_size = batch_size
        #: Whether each article's sentences are encoded (``nlp.encoder``, when installed) for the store: what
        #: an ingest wants (``ask`` then reads them instead of encoding), not a reader that only looks at claims.
        self.vectors = vectors
        use_pipeline(self.nlp)  # lets the entity reader re-read ALL-CAPS lines with this pipeline's ner

    def annotate(self, article: Article) -> AnnotatedArticle:
        return next(self.annotate_many([article]))

    def annotate_many(self, articles: Iterable[Article]) -> Iterator[AnnotatedArticle]:
        """Each article read, in order; one over ``nlp.max_length`` is parsed in pieces of at most
        ``PIECE_CHARS`` (``pieces``)."""
        limit = self.nlp.max_length
        pieces: list = []
        for doc, (article, last) in self.nlp.pipe(self._texts(articles, limit), as_tuples=True,
                                                   batch_size=self.batch_size):
            if last is None:
                yield self.read_doc(doc, article)
                continue
            pieces.append(doc)
            if last:
                doc = join_pieces(pieces, article.text)
                pieces = []
                yield self.read_doc(doc, article)

    @staticmethod
    def _texts(articles: Iterable[Article], limit: int) -> Iterator[tuple[str, tuple[Article, bool | None]]]:
        """(text, (article, last)) for ``nlp.pipe``: ``last`` is None for a whole text, else whether the
        piece is its article's last."""
        for article in articles:
            text = article.text
            if len(text) <= limit:
                yield text, (article, None)
                continue
            spans = split_text(text, min(limit, PIECE_CHARS))
            logger.info("%s: %d characters, read in %d pieces", article.origin or article.id, len(text), len(spans))
            for i, (start, end) in enumerate(spans):
                yield text[start:end], (article, i == len(spans) - 1)

    def read_doc(self, doc, article: Article) -> AnnotatedArticle:
        sentences = read_sentences(doc, article.text)
        entities = read_entities(doc, article)
        times = read_times(doc, article)
        claims = read_claims(doc, article, sentences=sentences, entities=entities, times=times)
        return AnnotatedArticle(
            article=article, sentences=sentences, entities=entities,
            times=times, claims=claims, tokens=len(doc),
            vectors=(vectors := encode([s.text for s in sentences]) if self.vectors and sentences else None),
            vector_model=model_id() if vectors is not None else None,
        )
