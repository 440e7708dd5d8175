"""How are A and B connected, when no claim links them: a company asked about without its suffix, a clause
followed by the sentence it clips, and the nearest mentions of the two in one article."""

from __future__ import annotations

from test_query_ask import assert_supported
from test_query_build import Doc

from newsgraph.query import ask
from newsgraph.query.questions import read_question


def _firm(store):
    d = Doc("2024-05-06", [
        "Tomas Reyl was let go by his employer last week, the police said, and the suspect had worked at "
        "Corvane Supply Ltd. for years.",
        "The weather was mild.",
    ], source="Ledger")
    r = d.entity("Tomas Reyl", "PERSON")
    c = d.entity("Corvane Supply Ltd.", "ORG")
    d.claim(0, "the suspect", "had worked at", c, "happened", lemma="work")
    d.write(store)
    return r, c


def test_a_company_is_found_without_its_suffix(store):
    _firm(store)
    q = read_question(store, "How are Tomas Reyl and Corvane Supply connected?")
    assert [n.entity.name for n in q.entities] == ["Tomas Reyl", "Corvane Supply Ltd."]
    assert read_question(store, "Who runs Corvane?").entities == []  # one word: no suffix looked for


def test_a_clipped_connection_clause_is_followed_by_its_sentence(store):
    _firm(store)
    answer = ask(store, "How are Tomas Reyl and Corvane Supply connected?")
    assert_supported(store, answer)
    assert "let go by his employer" in answer.answer


def test_the_nearest_mentions_in_one_article_connect_two_names_no_claim_links(store):
    d = Doc("2024-05-06", [
        "Mara Quist founded a bakery in Lyon.",
        "In 2001 she bought Pellow Films, which later moved to Paris.",
        "The bakery still opens at dawn.",
    ], source="Ledger")
    d.entity("Mara Quist", "PERSON")
    d.entity("Pellow Films", "ORG")
    d.write(store)
    answer = ask(store, "How are Mara Quist and Pellow Films connected?")
    assert_supported(store, answer)
    assert answer.answer.startswith("“Mara Quist founded a bakery in Lyon.” [1]. “In 2001 she bought Pellow Films")


def test_mentions_far_apart_in_an_article_connect_nothing(store):
    d = Doc("2024-05-07", ["Pellow Films won a prize.", "It was raining.", "Nobody came.", "The end came.",
                           "Mara Quist was not there."], source="Wire")
    d.entity("Mara Quist", "PERSON")
    d.entity("Pellow Films", "ORG")
    d.write(store)
    answer = ask(store, "How are Mara Quist and Pellow Films connected?")
    assert "prize" not in answer.answer and "not there" not in answer.answer  # four sentences apart: too far
