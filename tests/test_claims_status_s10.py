"""Status and source faults a reading of unseen wire news found (session 10, claimsK).

Every sentence here is made up; each has the shape of one fault: a duty with "not" ("must not stop")
read as a thing that did not happen; "should" said as "was asked to" by nobody; an inference ("must have
known") read as a duty; a reproach ("should have arrived") said as a request; a "without" gerund under a
verb that did not happen read as denied; a speaker who is the subject of the clause a participle or a
conjunct hangs on ("Saying X, the governor …", "Lee is from Ohio, and said X") left for the outlet.
"""

from __future__ import annotations

import pytest

from tests.test_claims_precision import read  # noqa: F401  (the module's annotate-and-cache fixture)


def fields(annotated):
    return [(c.subject, c.predicate, c.object, c.status, c.shown, c.source.text) for c in annotated.claims]


def _one(annotated, lemma: str):
    found = [c for c in annotated.claims if c.lemma == lemma]
    assert found, fields(annotated)
    return found[0]


@pytest.mark.parametrize("text,lemma,status,predicate", [
    ("The strike must not stop for one day, the union said.", "stop", "requested", "must not stop"),
    ("Visitors should not enter the flooded tunnel, the mayor said.", "enter", "requested", "should not enter"),
    ("The county ought not to rush to sell the old hospital.", "sell", "requested", "ought not to rush to sell"),
    ("The board should approve the merger with Delmar Foods.", "approve", "requested", "should approve"),
    ("Every bank must report large deposits to the regulator.", "report", "requested", "must report"),
    ("Nora Vance must not have read the contract, her lawyer said.", "read", "possible", "must not have read"),
    ("The thieves must be hiding in the hills.", "hide", "possible", "must be hiding in"),
])
def test_a_modal_of_duty_or_inference_is_said_as_written(read, text, lemma, status, predicate):
    """A duty with "not" forbids, never denies; "should" is nobody's "was asked to"; "must have"/"must be
    doing" is an inference."""
    a = read(text)
    claim = _one(a, lemma)
    assert (claim.status, claim.predicate) == (status, predicate), fields(a)


def test_a_forbidding_speaker_is_the_source(read):
    a = read("The strike must not stop for one day, the union said.")
    assert _one(a, "stop").source.text == "the union", fields(a)


def test_a_reproach_about_the_past_is_not_shown(read):
    a = read("The inspector should have closed the bridge three days earlier.")
    close = _one(a, "close")
    assert not close.shown, fields(a)


@pytest.mark.parametrize("text,lemma,status", [
    # a "without" gerund under a verb that did not happen: what it needs, not one that was not held
    ("The agency cannot deport the fisherman without holding a hearing.", "hold", "possible"),
    ("The firm sold the plant without disclosing the price.", "disclose", "negated"),
    # a "before" clause with a past passive under a chain that happened is no plan
    ("Fans were beginning to gather outside the stadium even before the verdict was announced.", "announce",
     "happened"),
])
def test_a_clause_takes_its_status_from_the_verb_it_hangs_on(read, text, lemma, status):
    a = read(text)
    assert _one(a, lemma).status == status, fields(a)


def test_a_participle_of_saying_gives_its_clause_subject_as_source(read):
    a = read("Saying the danger was over, the governor lifted the curfew.")
    over = [c for c in a.claims if c.subject == "The danger" or c.subject == "the danger"]
    assert over and all(c.source.text == "the governor" for c in over), fields(a)


def test_a_conjunct_verb_of_saying_gives_the_first_conjuncts_subject_as_source(read):
    a = read("Mark Olsen is from Ohio, and said the farmers need to follow the law.")
    follow = _one(a, "follow")
    assert follow.source.text == "Mark Olsen", fields(a)


def test_what_an_adjective_judges_hard_or_needed_is_not_shown_as_planned(read):
    for text, lemma in (("It is impossible for the ferry to sail in this storm.", "sail"),
                        ("It has been difficult for the growers to sell their apples.", "sell"),
                        ("The best outcome would be for the cousins to hand the dog over to its owner.", "hand"),
                        ("The new rule is hard to enforce.", "enforce")):
        a = read(text)
        judged = [c for c in a.claims if c.lemma == lemma]
        assert judged and not any(c.shown for c in judged), fields(a)


def test_a_past_form_in_a_condition_on_a_hypothesis_is_no_past_act(read):
    a = read("Officials said the town could flood if the levee failed again.")
    fail = [c for c in a.claims if c.lemma == "fail"]
    assert fail and all(c.args.get("hypothetical") for c in fail), fields(a)
    a = read("The company said sales rose if the weather was warm.")
    assert not any(c.args.get("hypothetical") for c in a.claims), fields(a)


def test_a_rate_is_no_attribution(read):
    a = read("The new sedan from Orlan Motors gets 40 miles per gallon on the highway.")
    assert a.claims and not any("gallon" in (c.source.text or "") for c in a.claims), fields(a)


def test_a_passive_verb_of_saying_in_a_conjunct_names_no_speaker(read):
    a = read("The trawler sank near the harbour and the news was revealed on Friday, according to the Coast "
             "Gazette.")
    revealed = _one(a, "reveal")
    assert revealed.source.text in ("the Coast Gazette", "Coast Gazette"), fields(a)


def test_a_participle_of_saying_with_a_pronoun_keeps_the_sayers_name(read):
    a = read("The carmaker Orlan Motors has asked the state for more aid, saying that it plans to cut 300 jobs.")
    cut = _one(a, "cut")
    assert cut.shown and cut.source.text in ("The carmaker Orlan Motors", "Orlan Motors"), fields(a)


def test_a_gerund_a_noun_takes_through_on_names_no_act(read):
    a = read("The regulators postponed until Monday any action on revoking the mill's licence.")
    revoke = [c for c in a.claims if c.lemma == "revoke"]
    assert not any(c.shown and c.status == "happened" for c in revoke), fields(a)


def test_a_verb_of_saying_that_another_reports_is_the_reporters_word(read):
    a = read("``Lena Hart must not have signed the lease herself,'' said Tom Ruiz, spokesman for the landlord.")
    signed = _one(a, "sign")
    assert signed.source.text == "Tom Ruiz", fields(a)


def test_what_the_writer_says_of_the_speaker_is_the_outlets(read):
    a = read("``The ferry should sail tomorrow,'' said Delia Moss, 49, who works at a bakery in the harbour.")
    works = _one(a, "work")
    assert works.source.text == "Test Wire", fields(a)
    a = read("Ricardo Alba, president of the port authority, told reporters that the dock was closed.")
    what = [c for c in a.claims if c.subject == "Ricardo Alba" and c.predicate == "is"]
    assert what and all(c.source.text == "Test Wire" for c in what), fields(a)


def test_a_second_verb_of_what_was_said_stays_the_sayers(read):
    a = read('The ministry has said the two new members "strengthen the pact, respond to a range of threats and '
             'reduce the risk of war."')
    respond = _one(a, "respond")
    assert respond.source.text == "The ministry", fields(a)
