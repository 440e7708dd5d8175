"""Status and source faults a reading of unseen wire news found (session 10, claimsK).

Every sentence here is made up; each has the shape of one fault: a duty with "not" ("must not stop")
read as a thing that did not happen; "should" said as "was asked to" by nobody; an inference ("must have
known") read as a duty; a reproach ("should have arrived") said as a request; a "without" gerund under a
verb that did not happen read as denied; a speaker who is the subject of the clause a participle or a
conjunct hangs on ("Saying X, the governor …", "Lee is from Ohio, and said X") left for the outlet.
"""

from __future__ import annotations

from tests.test_claims_precision import read  # noqa: F401  (the module's annotate-and-cache fixture)


def fields(annotated):
    return [(c.subject, c.predicate, c.object, c.status, c.shown, c.source.text) for c in annotated.claims]


def _one(annotated, lemma: str):
    found = [c for c in annotated.claims if c.lemma == lemma]
    assert found, fields(annotated)
    return found[0]


def test_a_duty_with_not_forbids_rather_than_denies(read):
    a = read("The strike must not stop for one day, the union said.")
    stop = _one(a, "stop")
    assert stop.status == "requested" and stop.predicate == "must not stop", fields(a)
    assert stop.source.text == "the union", fields(a)


def test_should_not_is_said_as_written(read):
    a = read("Visitors should not enter the flooded tunnel, the mayor said.")
    enter = _one(a, "enter")
    assert (enter.status, enter.predicate) == ("requested", "should not enter"), fields(a)


def test_ought_not_to_is_no_denial(read):
    a = read("The county ought not to rush to sell the old hospital.")
    sell = [c for c in a.claims if c.lemma in ("rush", "sell")]
    assert sell and all(c.status == "requested" and c.predicate.startswith("ought not to") for c in sell), fields(a)


def test_should_is_not_said_as_asked_by_nobody(read):
    a = read("The board should approve the merger with Delmar Foods.")
    approve = _one(a, "approve")
    assert approve.status == "requested" and approve.predicate == "should approve", fields(a)


def test_an_inference_about_the_past_is_possible(read):
    a = read("Nora Vance must not have read the contract, her lawyer said.")
    read_it = _one(a, "read")
    assert read_it.status == "possible" and read_it.predicate == "must not have read", fields(a)


def test_must_be_doing_is_an_inference(read):
    a = read("The thieves must be hiding in the hills.")
    hide = _one(a, "hide")
    assert hide.status == "possible" and hide.predicate.startswith("must be"), fields(a)


def test_a_duty_without_not_stays_requested(read):
    a = read("Every bank must report large deposits to the regulator.")
    report = _one(a, "report")
    assert report.status == "requested" and report.predicate == "must report", fields(a)


def test_a_reproach_about_the_past_is_not_shown(read):
    a = read("The inspector should have closed the bridge three days earlier.")
    close = _one(a, "close")
    assert not close.shown, fields(a)


def test_without_under_a_verb_that_did_not_happen_is_only_possible(read):
    a = read("The agency cannot deport the fisherman without holding a hearing.")
    hold = _one(a, "hold")
    assert hold.status == "possible", fields(a)


def test_without_under_a_done_verb_is_still_negated(read):
    a = read("The firm sold the plant without disclosing the price.")
    disclose = _one(a, "disclose")
    assert disclose.status == "negated", fields(a)


def test_a_participle_of_saying_gives_its_clause_subject_as_source(read):
    a = read("Saying the danger was over, the governor lifted the curfew.")
    over = [c for c in a.claims if c.subject == "The danger" or c.subject == "the danger"]
    assert over and all(c.source.text == "the governor" for c in over), fields(a)


def test_a_conjunct_verb_of_saying_gives_the_first_conjuncts_subject_as_source(read):
    a = read("Mark Olsen is from Ohio, and said the farmers need to follow the law.")
    follow = _one(a, "follow")
    assert follow.source.text == "Mark Olsen", fields(a)
