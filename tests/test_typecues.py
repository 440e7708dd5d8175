"""Entity types from the words around a name: made-up sentences, none from the seed or a corpus."""

from __future__ import annotations

import pytest

from newsgraph.models import Article


@pytest.fixture(scope="module")
def types(annotator):
    def _types(text: str) -> dict[str, str]:
        annotated = annotator.annotate(Article(id="t", text=text, published="2024-03-06"))
        return {e.name: e.type for e in annotated.entities}

    return _types


def test_a_company_role_makes_an_organization(types):
    assert types("Marla Quist, the co-founder of Plendor, spoke on Monday. Plendor's CEO declined to comment.")[
        "Plendor"] == "ORG"
    assert types("Employees at Kestrova walked out on Friday. Kestrova said talks would continue.")[
        "Kestrova"] == "ORG"


def test_a_service_noun_after_a_person_name_makes_a_product(types):
    assert types("Users of the Zentrix app complained. Zentrix said it would fix the bug.")["Zentrix"] == "PRODUCT"


def test_a_disease_is_no_entity(types):
    assert "Vorlan" not in types("Her son was diagnosed with Vorlan syndrome in 2019. Vorlan affects the nerves.")
    assert "Tessin" not in types("The farmer died of Tessin disease last year.")


def test_people_stay_people(types):
    found = types("Dana Whitlock, the chief executive, praised Harlan Oduya. Oduya thanked Whitlock.")
    assert found.get("Dana Whitlock") == "PERSON" and found.get("Harlan Oduya") == "PERSON"
