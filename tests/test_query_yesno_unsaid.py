"""Yes/no verdicts from sentences found by words when the question names no one, and the "un-" adjective that
negates its base word ("unharmed" = not harmed). Invented sentences; each rule with the near misses it must
not fire on (a false "No" is as bad as a false "Yes")."""

from __future__ import annotations

import pytest
from test_query_build import Doc
from tests.querykit import asked

from newsgraph.query.polarity import denies, unsaid


@pytest.mark.parametrize(("token", "base"), [("unharmed", "harmed"), ("unsolved", "solved"), ("unhurt", "hurt")])
def test_an_un_adjective_negates_its_base(token, base):
    assert unsaid(token) == base


@pytest.mark.parametrize("token", ["uncovered", "unveiled", "unloaded", "united", "under", "unit", "harmed"])
def test_an_un_verb_undoes_it_does_not_negate(token):
    # "the inquiry uncovered fraud" says it was found, not that it was not covered
    assert unsaid(token) is None


def test_an_un_adjective_is_a_denial():
    assert denies(["drivers", "hurt"], "The two drivers, who were unharmed, were taken to a hotel.", verb="hurt")
    assert denies(["case", "solved"], "The case remains unsolved, the sheriff said.", verb="solved")


def test_a_denial_of_someone_else_is_no_denial():
    # the question's other words must be said as well as the negated one: the watchmen are not the manager
    assert not denies(["manager", "hurt"], "The watchmen were unharmed.", verb="hurt")
    assert not denies(["manager", "hurt"], "The watchmen were not hurt.", verb="hurt")
    assert denies(["manager", "hurt"], "The manager was not hurt.", verb="hurt")


def test_no_denial_where_the_sentence_says_both():
    # some were hurt and some unharmed: the sentence says the asked word of others too
    assert not denies(["drivers", "hurt"], "Two drivers were hurt and a third was unharmed.", verb="hurt")


def test_no_before_another_word_denies_only_the_verb_the_sentence_says():
    # "no X were killed" says nothing of whether any were hurt
    assert not denies(["sailors", "hurt", "storm"], "No sailors were killed in the storm.", verb="hurt")
    assert denies(["sailors", "hurt", "storm"], "No sailors were hurt in the storm.", verb="hurt")


@pytest.fixture()
def depot(store):
    d = Doc("2024-06-11", [
        "A fire broke out at the bus depot in Wrenford on Sunday night.",
        "The two night watchmen, who were unharmed, called the fire brigade.",
        "Three firefighters were hurt while the roof was still burning.",
        "The cause of the fire remains unknown.",
        "The insurer is still reviewing the depot claim, a spokesman said.",
        "The bus company decided on Monday to move its fleet to Ashby.",
    ], source="Wrenford Post")
    d.entity("Wrenford", "GPE")
    d.claim(0, "A fire", "broke out at", "the bus depot in Wrenford", "happened", lemma="break")
    d.claim(1, "The two night watchmen", "called", "the fire brigade", "happened", lemma="call")
    d.write(store)
    return store


def test_no_decision_yet_from_a_sentence(depot):
    answer = asked(depot, "Has the insurer decided on the depot claim?")
    assert answer.answer.startswith("No:") and "still reviewing" in answer.answer, answer.answer


def test_a_question_naming_no_one_reads_sentences_found_by_its_words(depot):
    answer = asked(depot, "Were the watchmen hurt?")
    assert answer.answer.startswith("No:") and "unharmed" in answer.answer, answer.answer


@pytest.mark.parametrize("question", [
    "Were the firefighters hurt?",  # true: the sentence says they were
    "Was the cause of the fire found?",  # "unknown" is not "not found" (no un-word of the verb)
    "Was the depot manager hurt?",  # the watchmen were unharmed, not the manager
    "Was the bus driver hurt?",
    "Was the manager hurt?",
    "Has the bus company decided to move its fleet?",  # true: another is still deciding something else
])
def test_no_false_no_from_sentences_found_by_words(depot, question):
    answer = asked(depot, question)
    assert not answer.answer.startswith("No"), answer.answer


def test_the_yes_no_openers_are_one_list():
    # a question opened by a negated auxiliary is a yes/no question to both readers of the question
    from newsgraph.query.analysis import answer_type
    from newsgraph.query.questions import _YES_NO as read_by_kind
    from newsgraph.query.words import NEGATED_OPENERS, YES_NO_OPENERS

    assert answer_type("Didn't the mayor resign in May?") == "yesno"
    assert set(YES_NO_OPENERS + NEGATED_OPENERS) == set(read_by_kind)
    assert "may" not in YES_NO_OPENERS  # "May 5 …" opens no yes/no question


# -- the opposite of the asked verb, said of the one the question asks about ----------------------------------

from newsgraph.query.polarity import opposed  # noqa: E402


@pytest.mark.parametrize(("asked", "verb", "text", "who"), [
    (["accept", "offer"], "accept", "Mira Holt mulled the offer for a week, but eventually turned it down.",
     ["Mira Holt"]),
    (["accept", "offer"], "accept", "Mira Holt rejected the offer on Friday.", ["Mira Holt"]),
    (["win", "final"], "win", "The Kestrels lost the final in extra time.", ["Kestrels"]),
    (["acquitted", "fraud"], "acquitted", "Dov Rand was convicted of fraud in May.", ["Dov Rand"]),
])
def test_the_opposite_said_of_the_asked_doer(asked, verb, text, who):
    assert opposed(asked, verb, text, who=who)


@pytest.mark.parametrize(("asked", "verb", "text", "who"), [
    # hedged or negated: no statement that the opposite happened
    (["accept", "offer"], "accept", "Mira Holt may reject the offer.", ["Mira Holt"]),
    (["accept", "offer"], "accept", "Mira Holt did not reject the offer.", ["Mira Holt"]),
    # someone else did the opposite
    (["accept", "offer"], "accept", "Mira Holt said Ian Pope rejected the offer.", ["Mira Holt"]),
    # the sentence says the asked verb too: both happened, of different things
    (["accept", "offer"], "accept", "Mira Holt turned down the first offer but accepted the second.", ["Mira Holt"]),
    # verbs whose opposites may both happen in turn (first senses of change, motion, possession)
    (["open", "store"], "open", "Mira Holt closed the store in June.", ["Mira Holt"]),
    (["bought", "shares"], "bought", "Mira Holt sold the shares in June.", ["Mira Holt"]),
    (["enter", "race"], "enter", "Mira Holt dropped out of the race in June.", ["Mira Holt"]),
    # too little of the question said
    (["accept", "job", "coach"], "accept", "Mira Holt rejected the plan.", ["Mira Holt"]),
])
def test_no_opposite(asked, verb, text, who):
    assert opposed(asked, verb, text, who=who) is None


@pytest.fixture()
def offers(store):
    d = Doc("2024-07-09", [
        "Mira Holt was offered the harbor board job last week but turned it down.",
        "Ian Pope turned down the first offer but accepted the harbor board job in June.",
    ], source="Quay Daily")
    holt = d.entity("Mira Holt", "PERSON", "Holt")
    pope = d.entity("Ian Pope", "PERSON", "Pope")
    d.claim(0, holt, "was offered", "the harbor board job", "happened", lemma="offer")
    d.claim(1, pope, "accepted", "the harbor board job", "happened", lemma="accept")
    d.write(store)
    return store


def test_no_from_the_opposite_in_a_sentence_naming_the_doer(offers):
    answer = asked(offers, "Did Mira Holt accept the harbor board job?")
    assert answer.answer.startswith("No:") and "turned it down" in answer.answer, answer.answer


def test_no_false_no_from_an_opposite_of_something_else(offers):
    # Pope turned one offer down and accepted the job: the answer is not "No"
    answer = asked(offers, "Did Ian Pope accept the harbor board job?")
    assert not answer.answer.startswith("No"), answer.answer


def test_a_verb_of_refusing_before_to_negates_the_infinitive():
    assert denies(["council", "back", "budget"], "The council refused to back the budget on Tuesday.", verb="back")
    assert denies(["mayor", "sign", "order"], "The mayor declined to sign the order.", verb="sign")
    # "refused" with no "to" after it negates nothing that follows ("refused the plea deal and went to trial")
    assert not denies(["went", "trial"], "Ada Pell refused the plea deal and went to trial.", verb="went")
    # the refusal is of another verb than the asked one
    assert not denies(["council", "back", "budget"], "The council refused to delay the vote and backed the budget.",
                      verb="back")


# -- a decision still being made: not reached yet, as of that report --------------------------------------------

from newsgraph.query.polarity import still_deciding  # noqa: E402


def test_still_deliberating_is_no_decision_yet():
    asked_words = ["panel", "reached", "decision", "permit"]
    assert still_deciding(asked_words, "reached", "The panel is still deliberating on the permit decision.",
                          subject=["panel"])
    assert still_deciding(["decided", "bid"], "decided", "Ada Pell is still weighing the bid, her aide said.",
                          subject=[], who=["Ada Pell"])


@pytest.mark.parametrize(("text", "subject", "who"), [
    # past tense: the deliberating may have ended since
    ("The panel was still deliberating on the permit decision.", ["panel"], None),
    # someone else is still deliberating
    ("The council is still deliberating on the permit decision.", ["panel"], None),
    # the sentence says the decision was reached too (of another part)
    ("The panel reached a decision on one permit and is still deliberating on the second.", ["panel"], None),
    # another verb than a decision's
    ("The panel is still considering the permit.", [], ["Ada Pell"]),
])
def test_no_decision_yet_only_of_the_one_asked(text, subject, who):
    assert not still_deciding(["panel", "reached", "decision", "permit"], "reached", text, subject=subject, who=who)


# -- a negation through tense and aspect, a thing withheld, "has yet to" (end to end) -------------------------

@pytest.fixture()
def ferry(store):
    d = Doc("2024-08-20", [
        "Ferry crossings to Tarn Island were delayed for six hours on Monday after a ticketing failure.",
        "Other ferry lines, including the Gull Line, did not appear to be having the same delays.",
        "The ferry captain was arrested at the pier and has been denied bail.",
        "The deckhand was granted bail on Tuesday.",
        "The harbor board has yet to approve the new timetable.",
    ], source="Tarn Herald")
    d.write(store)
    return store


@pytest.mark.parametrize(("question", "says"), [
    ("Did other ferry lines such as the Gull Line have the same delays?", "did not appear"),
    ("Was the ferry captain granted bail?", "denied bail"),
    ("Has the harbor board approved the new timetable?", "yet to approve"),
])
def test_a_no_through_tense_a_withheld_thing_or_yet_to(ferry, question, says):
    answer = asked(ferry, question)
    assert answer.answer.startswith("No:") and says in answer.answer, answer.answer


@pytest.mark.parametrize("question", [
    "Was the deckhand granted bail?",  # true: another sentence says so; the captain's denial is not the deckhand's
    "Were ferry crossings delayed?",  # true: "not the same delays" is of the other lines
])
def test_no_false_no_through_tense_or_a_withheld_thing(ferry, question):
    answer = asked(ferry, question)
    assert not answer.answer.startswith("No"), answer.answer


@pytest.fixture()
def plea(store):
    d = Doc("2024-03-02", [
        "Dana Wolk pleaded not guilty to fraud at the county court on Friday.",
        "Her business partner Ivo Marsh pleaded guilty to the same charge.",
    ], source="County Herald")
    wolk, marsh = d.entity("Dana Wolk", "PERSON"), d.entity("Ivo Marsh", "PERSON")
    d.claim(0, wolk, "pleaded not guilty to", "fraud", "happened", lemma="plead")
    d.claim(1, marsh, "pleaded guilty to", "the same charge", "happened", lemma="plead")
    d.write(store)
    return store


def test_a_claim_that_negates_an_asked_word_is_never_a_yes(plea):
    # "pleaded not guilty" happened, and says she did not plead guilty
    answer = asked(plea, "Did Dana Wolk plead guilty?")
    assert not answer.answer.startswith("Yes"), answer.answer
    assert asked(plea, "Did Ivo Marsh plead guilty?").answer.startswith("Yes")
    assert asked(plea, "Did Dana Wolk plead not guilty?").answer.startswith("Yes")


def test_a_word_whose_stem_another_word_shares_is_no_paraphrase(store):
    # "free" ~ "rid" in WordNet, and the crude stem of "rid" is also that of "ride": a bus ride says nothing of it
    from newsgraph.query.lexicon import related

    d = Doc("2024-03-02", ["Tom Ray rode a bus from Ashby to the coast."], source="County Herald")
    d.claim(0, d.entity("Tom Ray", "PERSON"), "rode", "a bus", "happened", lemma="ride")
    d.write(store)
    assert not asked(store, "Is Tom Ray free?").answer.startswith("Yes")
    assert "rid" not in related("free") and "releas" in related("free")


def test_a_plan_that_a_later_article_says_came_true_is_no_no(store):
    # "is due to be paroled next month" (March), then "left the prison" (April): "not yet" held only in March
    early = Doc("2024-03-02", ["Tom Ray is due to be paroled in April."], source="County Herald")
    early.claim(0, early.entity("Tom Ray", "PERSON"), "is due to be paroled", None, "planned", lemma="parole",
                time=("2024-04", "in April"))
    early.write(store)
    assert asked(store, "Is Tom Ray on parole?").answer.startswith("No")  # all the store knows so far
    late = Doc("2024-04-20", ["Tom Ray left the prison on Friday."], source="County Herald")
    late.claim(0, late.entity("Tom Ray", "PERSON"), "left", "the prison", "happened", lemma="leave")
    late.write(store)
    answer = asked(store, "Is Tom Ray on parole?")
    assert not answer.answer.startswith(("No", "Yes")) and "left the prison" in answer.answer, answer.answer


def test_a_loose_paraphrase_denies_only_beside_more_of_the_question():
    # "treat" is only a broader word for "abuse" (and here another sense of it): with nothing else of the question
    # said, a doctor who "never treated" the girl denies nothing about her mother
    text = "It is hard to prove, said Dr. Ona Pell, a pediatrician who never treated the girl."
    assert not denies(["abuse"], text, verb="abuse")
    assert denies(["abuse"], "Her mother never abused the girl, a court found.", verb="abuse")
