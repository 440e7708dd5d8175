"""Status faults fresh readings of unseen news found (session 9, claimsF/claimsG), each fixed by a broad rule
about English: a gerund a noun or adjective names, a passive "it was announced that …", an accusation's act,
a permission's complement, a habitual "when" clause. Every sentence here is made up.
"""

from __future__ import annotations

from newsgraph.models import SHOWN_CONFIDENCE
from newsgraph.query.phrases import clause
from tests.querykit import claim_view


def _of(annotated, lemma: str):
    return [c for c in annotated.claims if c.lemma == lemma]


def _all(annotated):
    return [(c.subject, c.predicate, c.status, round(c.confidence, 2), c.args.get("checks")) for c in annotated.claims]


def _said(c) -> str:
    return clause(claim_view(subject=c.subject, predicate=c.predicate, lemma=c.lemma, object=c.object,
                             status=c.status, args=c.args))


def test_a_gerund_a_noun_names_is_no_event(read):
    a = read("Northwind Bakeries is at a disadvantage in updating its ovens.")
    found = _of(a, "update")
    assert found and all(c.status != "happened" and c.confidence < SHOWN_CONFIDENCE for c in found), _all(a)


def test_a_gerund_of_difficulty_is_not_shown_as_done(read):
    a = read("Farmers face great difficulty in finding seasonal workers.")
    assert all(c.status != "happened" and c.confidence < SHOWN_CONFIDENCE for c in _of(a, "find")), _all(a)


def test_an_impersonal_announcement_keeps_the_clause_as_a_fact(read):
    a = read("The old dispute may soon be settled after it was announced yesterday that the painter had died.")
    died = [c for c in _of(a, "die") if c.confidence >= SHOWN_CONFIDENCE]
    assert [c.status for c in died] == ["happened"], _all(a)
    assert [c.status for c in _of(a, "settle")] == ["possible"], _all(a)


def test_what_someone_was_told_stays_possible(read):
    a = read("She was told that the painter had died.")
    assert [c.status for c in _of(a, "die")] == ["possible"], _all(a)


def test_an_accusation_names_a_past_act(read):
    a = read("Man charged with killing mother and sister")
    kill = _of(a, "kill")
    assert [c.status for c in kill] == ["possible"], _all(a)
    assert "may have killed" in _said(kill[0]), _said(kill[0])


def test_a_permission_under_could_makes_its_act_possible_never_planned(read):
    a = read("The new lock could allow thieves to open the door and steal bicycles.")
    found = _of(a, "steal") + _of(a, "open")
    assert found and all(c.status == "possible" for c in found), _all(a)


def test_a_present_when_clause_under_a_present_habit_is_no_event(read):
    a = read("When sudden frosts arrive and are badly forecast, the council often closes the roads.")
    assert _of(a, "arrive") and all(c.confidence < SHOWN_CONFIDENCE for c in _of(a, "arrive")), _all(a)
    assert all(c.confidence < SHOWN_CONFIDENCE for c in _of(a, "forecast")), _all(a)


def test_a_past_when_clause_is_still_an_event(read):
    a = read("When the frost arrived, the council closed the roads.")
    assert [(c.status, c.confidence >= SHOWN_CONFIDENCE) for c in _of(a, "arrive")] == [("happened", True)], _all(a)


def test_what_a_finding_may_suggest_is_possible(read):
    a = read("Officials say the findings may suggest that the bridge collapsed under its own weight.")
    assert [c.status for c in _of(a, "collapse")] == ["possible"], _all(a)
    b = read("Officials say the findings suggest that the bridge collapsed under its own weight.")
    assert [c.status for c in _of(b, "collapse")] == ["happened"], _all(b)


def test_an_accusation_parsed_under_its_object_is_still_an_accusation(read):
    a = read("Police accused the driver of speeding through the village.")
    assert all(c.status == "possible" and "named_activity" not in (c.args.get("checks") or ())
               for c in _of(a, "speed")), _all(a)


def test_an_adjective_of_ability_keeps_its_possible_gerund_shown(read):
    a = read("The jury rejected the claim that Tomas Brell was incapable of planning the robbery.")
    assert all("named_activity" not in (c.args.get("checks") or ()) for c in _of(a, "plan")), _all(a)
