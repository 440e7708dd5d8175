"""spaCy's word vectors without spaCy: how close two words are in meaning.

WordNet links "paid" and "spent" through a shared sense; many pairs a reporter
swaps ("probe" for "investigation", "jailed" for "imprisoned") are closer in
usage than in WordNet. The pipeline's model (en_core_web_md) ships 300-d
vectors in its ``vocab`` folder: a NumPy table (``vectors``) and a map from a
word's 64-bit hash to its row (``key2row``). Importing spaCy to read them costs
over a second per ``ask``; reading the two files costs a quarter of one and is
done once per process, only when a question needs a similarity. The hash is
spaCy's (MurmurHash64A, seed 1, over the UTF-8 bytes), written here in a few
lines; a test checks it against spaCy's own.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

logger = logging.getLogger(__name__)

_MASK = (1 << 64) - 1
_M = 0xC6A4A7935BD1E995
_R = 47


def hash64(text: str, seed: int = 1) -> int:
    """MurmurHash64A of the UTF-8 bytes of ``text``: the key spaCy gives a string."""
    data = text.encode("utf-8")
    length = len(data)
    h = (seed ^ (length * _M)) & _MASK
    whole = length - length % 8
    for i in range(0, whole, 8):
        k = int.from_bytes(data[i:i + 8], "little")
        k = (k * _M) & _MASK
        k ^= k >> _R
        k = (k * _M) & _MASK
        h ^= k
        h = (h * _M) & _MASK
    rest = data[whole:]
    if rest:
        h ^= int.from_bytes(rest, "little")
        h = (h * _M) & _MASK
    h ^= h >> _R
    h = (h * _M) & _MASK
    h ^= h >> _R
    return h


def _vocab_dir() -> Path | None:
    """The ``vocab`` folder of the pipeline newsgraph reads with (found without importing spaCy)."""
    try:
        from ..nlp.model import resolve_model

        where = resolve_model()
    except Exception:  # noqa: BLE001 (no model: no vectors, answers fall back to WordNet and stems)
        return None
    if isinstance(where, str):
        import importlib.util

        spec = importlib.util.find_spec(where)
        if spec is None or not spec.origin:
            return None
        package = Path(spec.origin).parent
        found = sorted(package.glob("*/vocab/vectors")) + sorted(package.glob("vocab/vectors"))
        return found[0].parent if found else None
    vocab = Path(where) / "vocab"
    return vocab if (vocab / "vectors").is_file() else None


class Vectors:
    """Unit-length word vectors by word (lower-cased), read from a spaCy vocab folder."""

    def __init__(self, vocab: Path) -> None:
        import numpy as np
        import srsly

        self._table = np.load(vocab / "vectors", mmap_mode="r")
        self._rows: dict[int, int] = srsly.msgpack_loads((vocab / "key2row").read_bytes())
        self._np = np

    @lru_cache(maxsize=65536)  # noqa: B019 (one instance per process)
    def vector(self, word: str):
        row = self._rows.get(hash64(word.lower()))
        if row is None or row >= len(self._table):
            return None
        v = self._np.asarray(self._table[row], dtype="float32")
        norm = float(self._np.linalg.norm(v))
        return v / norm if norm else None

    def similarity(self, a: str, b: str) -> float:
        """Cosine of the two words' vectors; 0 when either has none."""
        va, vb = self.vector(a), self.vector(b)
        if va is None or vb is None:
            return 0.0
        return float(va @ vb)


@lru_cache(maxsize=1)
def vectors() -> Vectors | None:
    """The pipeline's word vectors, or None when the model has none (similarity then counts for nothing)."""
    vocab = _vocab_dir()
    if vocab is None or not (vocab / "key2row").is_file():
        logger.info("no word vectors found; paraphrases come from WordNet only")
        return None
    try:
        return Vectors(vocab)
    except (OSError, ValueError) as exc:
        logger.warning("could not read word vectors from %s: %s", vocab, exc)
        return None
