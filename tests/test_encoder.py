"""``nlp.encoder``: all-MiniLM-L6-v2 run with NumPy gives sentence-transformers' vectors, and nothing breaks without it."""

import numpy as np
import pytest

from newsgraph.nlp import encoder as enc

#: The first 8 dimensions of sentence-transformers 6.3.0's vectors (torch 2.13 CPU, normalised) for these sentences.
REFERENCE = {
    "The company will go up against its rival in the phone market.":
        [-0.1374, -0.0387, 0.0252, -0.09, -0.0476, -0.0171, -0.011, 0.0623],
    "Who won the cup final?":
        [-0.0233, 0.1242, -0.0404, 0.0475, 0.0547, 0.054, 0.0622, 0.0869],
    "Shares of the bakery chain rose 4% on Tuesday after it reported record sales.":
        [0.0395, -0.0279, 0.0259, 0.0391, -0.0699, 0.0423, -0.0217, -0.0206],
    "The judge sentenced the defendant to 12 years in prison for the 2019 fraud.":
        [-0.0225, 0.1272, -0.0566, -0.0195, -0.0513, 0.0196, -0.0026, 0.0644],
    "Ann Lee, 24, is due in court on Monday.":
        [-0.0878, 0.0725, 0.0167, 0.0055, 0.006, 0.0512, -0.0105, 0.009],
}

installed = pytest.mark.encoder  # (deselected where the encoder is not installed: tests/conftest.py)


@installed
def test_vectors_agree_with_the_reference_implementation():
    """Batched (padding and all), each sentence's vector is the reference's to rounding."""
    vecs = enc.encode(list(REFERENCE))
    assert vecs.shape == (5, 384)
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
    assert np.allclose(vecs[:, :8], np.array(list(REFERENCE.values())), atol=5e-4)


@installed
def test_a_paraphrase_is_closer_than_another_matter():
    """"compete with" says "go up against" in other words; a kiosk's lemonade says nothing of it."""
    a, b, c = enc.encode(["The company will go up against its rival in the phone market.",
                          "The firm plans to compete with the market leader.",
                          "The kiosk sold lemonade and sandwiches to the crowd."])
    assert a @ b > 0.4 > a @ c


@installed
def test_nothing_to_encode():
    assert enc.encode([]).shape == (0, 384)


def test_without_the_package_there_is_no_encoder(monkeypatch):
    """No model installed: no encoder, ``encode`` gives None and the caller goes on without meaning scores."""
    monkeypatch.setattr(enc, "_model_dir", lambda: None)
    enc._loaded.cache_clear()
    try:
        assert enc.encoder() is None
        assert enc.encode(["The ferry left at noon."]) is None
    finally:
        enc._loaded.cache_clear()
