"""Claims that keep what their sentence says: who did a passive's deed, the noun a gapped clause is
about, the whole of a clause a verb cannot be read without, and asides, quotes and page furniture
that a cut would leave half-said.

Every sentence here is made up for these tests; each has the shape of a fault seen reading claims
on news the system was never tuned on.
"""

from __future__ import annotations

from newsgraph.nlp.claimparts.garble import garble_reason
from tests.test_claims_garble import said, shown
from tests.test_claims_precision import claim


def texts(annotated, lemma: str | None = None) -> list[str]:
    """The rendered clauses of the shown claims (of one lemma)."""
    return [text for text, c in shown(annotated) if lemma is None or c.lemma == lemma]


# --- a passive's doer -----------------------------------------------------------------

def test_a_passive_names_its_doer_after_by(read):
    a = read("Omar Grant was arrested by police on Monday.")
    found = [c for _, c in shown(a) if c.lemma == "arrest"]
    assert found and found[0].object == "police" and said(found[0]).endswith("was arrested by police"), \
        texts(a)


def test_the_doer_is_said_after_the_object_a_passive_has(read):
    a = read("Aaron Cole was placed on leave by the club.")
    assert any(t.endswith("placed on leave by the club") for t in texts(a, "place")), texts(a)


def test_a_by_phrase_of_time_or_measure_is_not_a_doer(read):
    for text in ("The prisoner was released by 6 a.m., his lawyer said.",
                 "The budget bill was passed by a wide margin.",
                 "Fares were cut by 20 percent."):
        a = read(text)
        assert all(" by " not in t for t in texts(a) if not t.startswith("his lawyer")), texts(a)
        assert all("agent" not in c.args for c in a.claims), [c.args for c in a.claims]


# --- gapped relative clauses ------------------------------------------------------------

def test_a_clause_reported_inside_a_relative_clause_gets_its_noun(read):
    a = read("Voters rejected the budget that the council said it would trim.")
    trim = [c for c in a.claims if c.lemma == "trim"]
    assert trim and trim[0].object == "the budget", [(c.lemma, c.object) for c in a.claims]
    assert not [t for t in texts(a, "say") if t.endswith("would trim")], texts(a)


def test_its_pronoun_is_not_handed_to_someone_the_sayer_is_not(read):
    a = read("The Harlow Group sold the depot that the ministry said it would close.")
    assert not [c for c in a.claims if c.shown and c.lemma == "close" and "Harlow" in c.subject], \
        [(c.subject, c.lemma, c.shown) for c in a.claims]


# --- asides cut in half -----------------------------------------------------------------

def test_a_dash_aside_cut_at_its_clause_is_left_out(read):
    a = read("The cousins of Mara Lind — a young nurse hurt by a falling sign last spring — waited outside.")
    found = texts(a, "wait")
    assert found and all("—" not in t and "nurse" not in t for t in found), texts(a)


def test_a_comma_aside_in_a_subject_is_left_out(read):
    a = read("The cousins of Mara Lind, a young nurse hurt by a falling sign last spring, waited outside.")
    found = texts(a, "wait")
    assert found and all("nurse" not in t for t in found), texts(a)


def test_a_name_in_apposition_is_not_an_aside(read):
    a = read("Supporters began a rally in the capital, Abuja, on Tuesday.")
    assert any("Abuja" in t for t in texts(a, "begin")), texts(a)


def test_a_list_is_not_an_aside(read):
    a = read("The seized goods included seven rifles, three pistols, 13 loaded magazines, a grenade launcher, "
             "several grenades, a GPS unit and a radio.")
    assert any(t.endswith("a radio") for t in texts(a, "include")), texts(a)


# --- what a verb or a noun cannot be read without ----------------------------------------

def test_a_reason_clause_is_said_after_because(read):
    a = read("The new rules hurt small cities because their budgets might shrink.")
    found = texts(a, "hurt")
    assert found and all("because their budgets" in t and "because of" not in t for t in found), texts(a)


def test_a_belief_keeps_what_is_believed(read):
    a = read("The minister repeated his view that the new tax is a serious mistake.")
    assert all("that the new tax" in t for t in texts(a, "repeat")), texts(a)


def test_words_as_written_name_their_pronoun_subject(read):
    a = read("Coach Ann Reyes spoke on Monday. She reiterated her belief that the schedule is an unfair burden.")
    assert any(t.startswith("Ann Reyes reiterated her belief that the schedule") for t in texts(a, "reiterate")), \
        texts(a)


def test_kept_from_says_from_what(read):
    a = read("The new law prevents agencies from stopping a project.")
    found = texts(a, "prevent")
    assert found and all("from stopping a project" in t for t in found), texts(a)


def test_a_gerund_object_is_said_and_not_reported_as_done(read):
    a = read("Ms. Ortiz said in a letter that she looked forward to clearing her name.")
    assert any(t.endswith("looked forward to clearing her name") for t in texts(a, "look")), texts(a)
    assert not texts(a, "clear"), texts(a)


def test_a_gerund_after_returned_to_is_what_was_done(read):
    a = read("The former striker returned to coaching the youth team last year.")
    assert any(t.endswith("returned to coaching the youth team") for t in texts(a, "return")), texts(a)
    assert not [c for c in a.claims if c.lemma == "coach" and "permitted_only" in c.args.get("checks", [])], \
        [(c.lemma, c.args.get("checks")) for c in a.claims]


def test_a_call_for_someone_to_act_is_a_request(read):
    a = read("Angry fans called for the coach to resign.")
    resign = [c for c in a.claims if c.lemma == "resign"]
    assert resign and resign[0].status == "requested", [(c.lemma, c.status) for c in a.claims]
    assert all("for the coach to resign" in t for t in texts(a, "call")), texts(a)


def test_waiting_for_something_says_itself(read):
    a = read("Police said Ann Lee was waiting for her clothes to dry.")
    assert any(t.endswith("Ann Lee was waiting") for t in texts(a, "wait")), texts(a)


def test_praying_for_something_is_not_a_plan(read):
    a = read("Residents of the valley prayed for the storm to pass quickly.")
    assert not texts(a, "pass"), texts(a)


def test_no_need_for_something_is_not_a_plan(read):
    a = read("Under the old law there was no need for a city to consult with the state.")
    assert not texts(a, "consult"), texts(a)


def test_a_told_listener_without_what_was_told_is_not_shown(read):
    a = read("A clerk said the driver told officers he could not see the road clearly.")
    assert not [t for t in texts(a, "tell") if t.endswith("told officers")], texts(a)


def test_an_indirect_question_for_an_object_is_not_a_claim(read):
    for text, lemma in (("Detectives asked which car the driver saw.", "see"),
                        ("Nobody knew how many people the gunman shot.", "shoot")):
        a = read(text)
        assert not texts(a, lemma), texts(a)


def test_an_indirect_question_of_manner_keeps_its_clause(read):
    a = read("Lee said he did not know how fast Kerr was driving.")
    assert any(c.lemma == "drive" and not c.args.get("gapped") for c in a.claims), [c.args for c in a.claims]


# --- quotes and furniture -----------------------------------------------------------------

def test_a_quoted_piece_of_a_reported_clause_is_not_what_the_sayer_said(read):
    a = read("A police spokesman said the witness told detectives she could not see the road clearly "
             "\u201cfrom where I stood.\u201d")
    assert not [t for t in texts(a) if t.startswith("A police spokesman said: ")], texts(a)


def test_page_furniture_in_its_own_words_is_not_shown():
    banner = "POSTED MONDAY , JUNE 3 , 2019 AT 9 : 15 AM / EDITED"
    assert garble_reason(claim(evidence=banner, args={"render": "evidence", "clause": banner})) == "furniture"
    link = "example . com / news / local / 2019 - 06 - 03 - mayor - resigns _"
    clause = "06 - 03 - mayor - resigns _"
    assert garble_reason(claim(evidence=link, args={"render": "evidence", "clause": clause})) == "furniture"
    plain = "The mayor resigned on Monday"
    assert garble_reason(claim(evidence=plain + ".", args={"render": "evidence", "clause": plain})) is None


def test_a_one_letter_subject_is_a_cut_word():
    assert garble_reason(claim(subject="t", predicate="saw", object="the road")) == "cut_word"
    assert garble_reason(claim(subject="I", predicate="saw", object="the road")) != "cut_word"
    assert garble_reason(claim(subject="X", predicate="is scheduled for", object="release")) != "cut_word"
