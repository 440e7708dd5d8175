"""The Article text a gold claim's offsets point into, for each gold corpus.

Gold claim files (``eval/gold/claims_*.jsonl``) keep only character offsets
and a sha1 prefix of each sentence, never the text. The offsets are only
meaningful against the very text the project's own loaders build, so this
module is the one place that builds it, for the annotators' tools, the tests
and the scorer alike:

- MEANTIME: ``meantime_corpus.meantime_article(load_meantime_file(path))``;
- ECB+: ``ecbplus.load_ecbplus_file(path, topic).article()`` (topic = the
  folder name); ECB+ documents carry no date, so ``published`` is None;
- TimeBank (TempEval-3 TimeML): ``tempeval.article_of(timeml.load_timeml(path))``,
  the text and creation time the TempEval evaluation feeds to the pipeline.
"""

from __future__ import annotations

from pathlib import Path

from ..models import Article

#: Corpus names as they appear in the gold files' ``corpus`` field.
CORPORA = ("meantime", "ecbplus", "timebank")


def gold_article(corpus: str, doc_path: str, shared_data_root: str | Path) -> Article:
    """The Article for ``doc_path`` (relative to ``../shared/data``) of ``corpus``.

    Raises ``ValueError`` for a corpus name it does not know, so a typo in a
    gold file fails loudly instead of scoring against the wrong text.
    """
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
    raise ValueError(f"unknown gold corpus {corpus!r} (expected one of {', '.join(CORPORA)})")
