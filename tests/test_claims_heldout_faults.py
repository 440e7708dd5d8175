"""Claim faults found reading held-out news as a fact-checker (eval/gold/stories_heldout.json).

Every sentence here is made up for these tests; each one has the shape of a
fault seen on stories the system was never tuned on.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The talks will not end in a \u201cwinner takes all\u201d deal for the union, an official said.",
    "The merger will not lead to a \u201c take it or leave it \u201d offer from Norvale , a banker said .",
])
def test_scare_quotes_before_a_noun_are_not_what_someone_said(read, text):
    a = read(text)
    assert not [c for c in a.claims if c.kind == "quote"], [(c.subject, c.object) for c in a.claims]


def test_a_real_quote_is_still_a_quote(read):
    a = read("The mayor called the plan \u201ca total disgrace to the city\u201d on Monday.")
    b = read("\u201cWe will rebuild the bridge by June,\u201d the mayor said.")
    assert [c for c in b.claims if c.kind == "quote" and "rebuild" in (c.quote or "")], \
        [(c.kind, c.subject, c.object) for c in b.claims]
    assert a.claims  # the sentence still says something


@pytest.mark.parametrize("text,lemma", [
    ("Not all farmers support the new tariff.", "support"),
    ("Not all Danes believe, but the minister has invited everyone.", "believe"),
    ("Not everyone agreed with the council's plan.", "agree"),
    ("Not many voters turned out in Brenmouth on Sunday.", "turn"),
])
def test_not_all_subject_makes_no_claim_about_the_group(read, text, lemma):
    """A claim may keep "not all …" as its subject; it must not name the whole group ("Danes believe")."""
    a = read(text)
    assert not [c for c in a.claims if c.lemma == lemma and not c.subject.lower().startswith("not ")], \
        [(c.subject, c.predicate, c.status) for c in a.claims]


def test_a_plain_group_subject_keeps_its_claim(read):
    a = read("All farmers in Dorvale signed the petition on Monday.")
    assert [c for c in a.claims if c.lemma == "sign"], [(c.subject, c.lemma) for c in a.claims]


def test_not_all_kept_in_the_subject_keeps_the_claim(read):
    a = read("The court upheld the appeal, though not all of the firm's objections were upheld.")
    assert [c for c in a.claims if c.subject.lower().startswith("not all")], [(c.subject, c.lemma) for c in a.claims]
