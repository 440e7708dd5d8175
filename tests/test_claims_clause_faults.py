"""A claim keeps the words its clause cannot be read without, and a participle clause is no clause
(``arguments.required_complement``, ``arguments.collect_args``, ``garble``). Every sentence here is
made up."""

from __future__ import annotations

from newsgraph.models import SHOWN_CONFIDENCE
from tests.test_claims_reading import _shown


def _said(claim) -> str:
    """What the claim says, in its fields or (when garbled) the article's words."""
    if claim.args.get("render") == "evidence":
        return claim.args["clause"]
    return " ".join(p for p in (claim.subject, claim.predicate, claim.object or "") if p)


def test_a_small_clause_keeps_the_state_the_verb_made(read):
    a = read("Cheaper fuel has already made life easier for farmers in Dunmore.")
    made = _shown(a, "make")
    assert made, [(c.subject, c.predicate, c.object, c.args.get("checks")) for c in a.claims]
    assert all("easier" in _said(c) for c in made), [_said(c) for c in made]


def test_a_participle_clause_is_not_shown_as_a_clause(read):
    a = read("Brantley said most of its sales come in the spring, with the current season having begun "
             "very slowly.")
    begun = [c for c in a.claims if c.lemma == "begin" and c.confidence >= SHOWN_CONFIDENCE]
    assert not begun, [(_said(c), c.args.get("checks")) for c in begun]


def test_an_aside_cut_open_is_left_out_of_a_purpose(read):
    a = read("Kestrel Oil shed 8.5 pence a share to close at 185 pence ($2.90).")
    for c in a.claims:
        for value in c.args.values():
            if isinstance(value, str):
                assert value.count("(") == value.count(")"), (c.predicate, value)


def test_a_time_inside_a_comparisons_baseline_does_not_date_the_claim(read):
    a = read("Turnover was 612 million shares, up from 380 million Tuesday.")
    was = [c for c in a.claims if c.object and "612" in c.object]
    assert was and all(c.time is None for c in was), [(c.object, c.time) for c in was]


def test_a_time_of_the_clause_itself_still_dates_it(read):
    a = read("The index rose 20 points Friday, up from 1,200.")
    rose = _shown(a, "rise")
    assert rose and rose[0].time is not None and rose[0].time.value == "2024-03-01", rose


def test_a_compound_adjective_cut_off_its_name_is_garbled():
    from newsgraph.nlp.claimparts.garble import garble_reason
    from tests.test_claims_precision import claim

    text = "The mill's biggest creditor is Dunmore-based Kestrel Lines Inc."
    cut = claim(subject="The mill's biggest creditor", predicate="is", object="Dunmore-based", evidence=text,
                args={"first_tag": "VBZ"})
    assert garble_reason(cut) == "cut_end"
    whole = claim(subject="The mill's biggest creditor", predicate="is", object="Dunmore-based",
                  evidence="The mill's biggest creditor is Dunmore-based.", args={"first_tag": "VBZ"})
    assert garble_reason(whole) is None


def test_a_time_a_change_started_from_does_not_date_it(read):
    a = read("Fuel prices have come down from the middle of October to two dollars a gallon.")
    come = _shown(a, "come")
    assert come and all(c.time is None for c in come), [(c.predicate, c.time) for c in come]


def test_a_gerund_after_a_prepositional_object_is_kept(read):
    a = read("The recall also resulted in Brantley reporting a $20 million loss for the quarter.")
    res = _shown(a, "result")  # (shown with what resulted, or not at all: never "the recall resulted")
    assert all("reporting" in _said(c) for c in res), [_said(c) for c in res]


def test_a_perfect_participle_like_the_past_is_said_as_the_past(read):
    a = read("The talks resumed in Dunmore on Monday, the union having accepted the new terms.")
    took = _shown(a, "accept")
    assert took, [(c.predicate, c.args.get("checks")) for c in a.claims]
    assert all("having" not in _said(c) and "accepted the new terms" in _said(c) for c in took), [_said(c) for c in took]
