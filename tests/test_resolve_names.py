"""A claim must name the right entity: short names shared by fuller names of different things.

Made-up stories (a town, a fire and a mill named after it; a creamery and a
company of a similar name), each written in every order: the result must not
depend on which article came first.
"""

from __future__ import annotations

import itertools

import pytest

from newsgraph.resolve.names import name_match
from newsgraph.store import open_store
from tests.stores import db_for
from tests.test_resolve import _write, entity_of

CTX = [("Orlen Valley", "GPE"), ("Brisk Foods", "ORG"), ("Hollis Ward", "PERSON")]


def _store_in_order(tmp_path, articles, order):
    store = open_store(db_for(tmp_path, "o" + "".join(map(str, order)) + ".db"))
    _write(store, [articles[i] for i in order])
    return store


def _name(store, entity_id: int) -> str:
    return store.entity(entity_id).name


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_a_one_word_name_two_different_fuller_names_extend_stays_its_own(tmp_path, order):
    # "Dunmere" (read as an organization, as taggers do with towns), the "Dunmere Fire" and
    # "Dunmere Lumber": the short name fits both, so it joins neither, and it never glues them
    articles = [("x1", "2023-07-01", [("Dunmere", "ORG"), *CTX]),
                ("x2", "2023-07-02", [("Dunmere Fire", "ORG"), *CTX]),
                ("x3", "2023-07-03", [("Dunmere Lumber", "ORG"), *CTX])]
    store = _store_in_order(tmp_path, articles, order)
    short, fire, mill = (entity_of(store, a, "e1") for a in ("x1", "x2", "x3"))
    assert fire != mill
    assert short not in (fire, mill)
    assert _name(store, short) == "Dunmere"
    store.close()


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_one_fuller_name_still_takes_its_short_form(tmp_path, order):
    articles = [("y1", "2023-07-01", [("Dunmere", "ORG"), *CTX]),
                ("y2", "2023-07-02", [("Dunmere Lumber", "ORG"), *CTX])]
    store = _store_in_order(tmp_path, articles, order)
    assert entity_of(store, "y1", "e1") == entity_of(store, "y2", "e1")
    store.close()


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_place_is_not_the_fire_named_after_it(tmp_path, order):
    # the fire's article calls the fire "Dunmere" once; the town stays the town, named so
    articles = [("z1", "2023-07-01", [("Dunmere", "GPE"), *CTX]),
                ("z2", "2023-07-02", [("Dunmere Fire", "EVENT", ["Dunmere"]), *CTX])]
    store = _store_in_order(tmp_path, articles, order)
    town, fire = entity_of(store, "z1", "e1"), entity_of(store, "z2", "e1")
    assert town != fire
    assert _name(store, town) == "Dunmere"
    store.close()


def test_a_legal_name_is_not_the_head_of_another_name():
    assert name_match("The Creamery Corporation", "Klondale Creamery", person=False).kind == "none"
    assert name_match("Creamery", "Klondale Creamery", person=False).kind == "head"


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_descriptive_company_name_joins_another_only_when_an_article_ties_them(tmp_path, order):
    articles = [("c1", "2023-08-01", [("Klondale Creamery", "ORG"), *CTX]),
                ("c2", "2023-08-02", [("The Creamery Corporation", "ORG"), *CTX])]
    store = _store_in_order(tmp_path, articles, order)
    plant, company = entity_of(store, "c1", "e1"), entity_of(store, "c2", "e1")
    assert plant != company
    assert _name(store, plant) == "Klondale Creamery"
    # an article that names both as one company ties them
    _write(store, [("c3", "2023-08-03", [("Klondale Creamery", "ORG", ["The Creamery Corporation"]), *CTX])])
    assert entity_of(store, "c1", "e1") == entity_of(store, "c2", "e1") == entity_of(store, "c3", "e1")
    store.close()
