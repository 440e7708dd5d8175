"""The text a gold claim's offsets point into, for any of the three gold corpora.

The gold claim files (``eval/gold/claims_*.jsonl``) keep only offsets and a
sha1 prefix of each annotated sentence, never its text, so the text must be
rebuilt exactly as it was when the sentence was annotated. Each corpus has one
loader, the one its other evaluations already feed to the pipeline:

- ``meantime/…xml``: ``meantime_corpus.meantime_article`` (tokens joined by a
  space, sentences by a newline, headline first);
- ``ecbplus/<topic>/…xml``: ``ecbplus.load_ecbplus_file(path, topic).article()``
  (the topic is the name of the file's folder);
- ``tempeval3/…tml`` (TimeBank, AQUAINT): the TimeML ``<TEXT>`` as
  ``tempeval.article_of`` builds it for the TempEval-3 evaluation.

``sentence_sha1`` is the guard the files carry: if a loader's text ever
changes, the prefix stops matching and the tests say so.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..models import Article

CORPORA = ("meantime", "ecbplus", "timebank")


def gold_article(corpus: str, doc_path: str, shared_data_root: str | Path) -> Article:
    """The ``Article`` for ``doc_path`` (relative to ``shared_data_root``) as ``corpus``'s loader builds it."""
    path = Path(shared_data_root) / doc_path
    if corpus == "meantime":
        from .meantime_corpus import load_meantime_file, meantime_article

        return meantime_article(load_meantime_file(path, topic=path.parent.name))
    if corpus == "ecbplus":
        from .ecbplus import load_ecbplus_file

        return load_ecbplus_file(path, int(path.parent.name)).article()
    if corpus == "timebank":
        from .tempeval import article_of
        from .timeml import load_timeml

        return article_of(load_timeml(path))
    raise ValueError(f"unknown gold corpus {corpus!r}; expected one of {', '.join(CORPORA)}")


def sentence_sha1(text: str) -> str:
    """The first 10 hex characters of the sha1 of ``text`` (utf-8): what a gold line keeps of its sentence."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def main(argv: list[str] | None = None) -> None:
    """Print a document's pipeline sentences with offsets and sha1, to annotate it.

    ``python -m newsgraph.eval.gold_docs CORPUS DOC_PATH [SHARED_DATA_ROOT]``
    (the root defaults to ``../shared/data``).
    """
    import sys

    args = sys.argv[1:] if argv is None else argv
    if len(args) not in (2, 3):
        raise SystemExit("usage: python -m newsgraph.eval.gold_docs CORPUS DOC_PATH [SHARED_DATA_ROOT]")
    root = args[2] if len(args) == 3 else "../shared/data"
    from ..nlp.model import load_nlp
    from ..nlp.pipeline import Annotator

    article = gold_article(args[0], args[1], root)
    annotated = Annotator(load_nlp()).annotate(article)
    print(f"# {args[1]}  published={article.published}")
    for s in annotated.sentences:
        print(f"[{s.index}] {s.start}-{s.end} {sentence_sha1(article.text[s.start:s.end])}  {s.text!r}")


if __name__ == "__main__":
    main()
