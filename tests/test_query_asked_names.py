"""A name that shares a word with an asked one is the asked one's, not the answer ("Lake Ann" for "Ann Lee"), but
"and", "the" and "of" name no one: "the Court of Appeals" answers a question about "Bank of the West". Invented."""

from __future__ import annotations

from test_query_build import Doc

from tests.querykit import asked


def test_a_function_word_shared_with_the_asked_name_does_not_hide_the_answer(store):
    d = Doc("2024-06-03", ["The lawsuit against Bank of the West will be heard by the Court of Appeals in Denver next "
                           "month ."], source="Valley Times")
    d.entity("Bank of the West", "ORG")
    d.entity("the Court of Appeals", "ORG")
    d.entity("Denver", "GPE")
    d.write(store)
    answer = asked(store, "Which court will hear the lawsuit against Bank of the West?")
    assert answer.short_answer == "the Court of Appeals"


def test_a_content_word_shared_with_the_asked_name_still_hides_it(store):
    d = Doc("2024-06-03", ["The lawsuit against West Bank Group will be heard by the West Court in Denver next "
                           "month ."], source="Valley Times")
    d.entity("West Bank Group", "ORG")
    d.entity("the West Court", "ORG")
    d.write(store)
    answer = asked(store, "Which court will hear the lawsuit against West Bank Group?")
    assert answer.short_answer != "the West Court"
