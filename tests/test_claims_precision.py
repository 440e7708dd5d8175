"""Claim precision: confidence checks, negation and reporting frames, garbled renderings.

Every sentence here is written for these tests (many subjects, none from the
seed or a corpus); the corpus tests run over ``examples/`` and the seed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.models import SHOWN_CONFIDENCE, Claim, ClaimSource, Span
from newsgraph.nlp.claimparts.confidence import assess, same_participant, third_person
from newsgraph.nlp.claimparts.garble import _SPLIT_CONTRACTION, garble_reason, is_garbled
from tests.conftest import read  # noqa: F401  (kept importable here for modules that still import it)

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def with_lemma(annotated, lemma: str) -> list[Claim]:
    found = [c for c in annotated.claims if c.lemma == lemma]
    assert found, (lemma, [(c.lemma, c.predicate, c.status) for c in annotated.claims])
    return found


def claim(**kw) -> Claim:
    text = kw.pop("evidence", "Some sentence of the article.")
    base = {"id": "c1", "subject": "Acme", "predicate": "sold", "object": "the unit", "status": "happened",
            "evidence": Span(0, len(text), text), "sentence": 0, "args": {"first_tag": "VBD"}}
    base.update(kw)
    return Claim(**base)


# --- hyphenated words ------------------------------------------------------------

@pytest.mark.parametrize("text, lemma, subject, predicate, words", [
    ("Priya Raman co-founded the non-profit group in 2012.", "co-found", "Priya Raman", "co-founded",
     "non-profit"),
    ("His ex-wife re-entered the race on Monday.", "re-enter", "His ex-wife", "re-entered", "race"),
    ("Sunil Mehta co-wrote a book with a non-fiction editor.", "co-write", "Sunil Mehta", "co-wrote",
     "book"),
])
def test_prefixed_words_stay_whole(read, text, lemma, subject, predicate, words):
    a = read(text)
    c = with_lemma(a, lemma)[0]
    assert c.subject == subject and c.predicate == predicate and words in (c.object or "")
    assert c.shown and not is_garbled(c)
    for other in a.claims:  # nothing ends at "co" or "non"
        for field in (other.subject, other.object or ""):
            assert not field.endswith((" co", " non", " ex", " re")), (field, other)


# --- negation and modality over the whole clause -------------------------------------

@pytest.mark.parametrize("text, lemma, status", [
    ("That outing never happened, the club said.", "happen", "negated"),
    ("No meeting has taken place between the two ministers.", "meet", "negated"),
    ("Nobody was hurt in the fire at the depot.", "hurt", "negated"),
    ("The airline sold the jets without disclosing the price.", "disclose", "negated"),
    ("The senator denied that she had met the lobbyist.", "meet", "negated"),
    ("Prosecutors allege that the treasurer stole the funds.", "steal", "possible"),
    ("The union accused Delta of stealing the money.", "steal", "possible"),
    ("The defence argued that the driver had been distracted.", "distract", "possible"),
    ("Residents feared that the dam would break.", "break", "possible"),
    ("Investigators believe the suspect fled the country.", "flee", "possible"),
    ("Rivera would have won the race if the rain had stopped.", "win", "negated"),  # (a counterfactual: no win)
    ("I never saw the builder pour the concrete, the inspector said.", "pour", "possible"),
])
def test_status_reads_the_whole_clause(read, text, lemma, status):
    assert with_lemma(read(text), lemma)[0].status == status


def test_accusation_happened_and_its_content_is_the_accusers_word(read):
    a = read("The union accused Delta of stealing the money.")
    assert with_lemma(a, "accuse")[0].status == "happened"
    steal = with_lemma(a, "steal")[0]
    assert steal.status == "possible" and steal.source is not None and steal.source.text == "The union"
    allege = read("Prosecutors allege that the treasurer stole the funds.")
    assert with_lemma(allege, "steal")[0].source.text == "Prosecutors"


def test_not_guilty_plea_keeps_its_not(read):
    a = read("Tomas Berg has pleaded not guilty to fraud.")
    c = with_lemma(a, "plead")[0]
    assert "not guilty" in c.predicate and c.object == "fraud"
    assert c.predicate not in ("pleaded to", "has pleaded to")


def test_negative_subject_is_said_in_the_articles_words(read):
    c = with_lemma(read("No meeting has taken place between the two ministers."), "meet")[0]
    if c.shown:
        assert c.args.get("render") == "evidence" and "No meeting has taken place" in c.args["clause"]


# --- first person ------------------------------------------------------------------

def test_first_person_is_the_quotes_speaker(read):
    a = read('"I am proud of the team," said coach Lena Ortiz. "I want to win the cup," Ortiz said.')
    mine = [c for c in a.claims if c.args.get("subject_text") == "I"]
    assert mine and all(c.subject == "Lena Ortiz" for c in mine)
    assert {c.predicate for c in mine} >= {"is", "wants to win"}
    assert all(c.shown and not is_garbled(c) for c in mine)


def test_first_person_without_a_named_speaker_is_hidden(read):
    a = read('"We are not searching for other suspects," a police spokesman said.')
    we = [c for c in a.claims if c.subject.lower() == "we"]
    assert we and not any(c.shown for c in we)
    assert "first_person" in we[0].args["checks"]


@pytest.mark.parametrize("text, word", [
    ("Anyone could apply for the grant.", "Anyone"),
    ("She had signed the lease before the fire.", "She"),
    ("Whose car was towed remains unclear to the police.", "Whose car"),
])
def test_bare_words_as_subjects_are_hidden(read, text, word):
    a = read(text)
    bare = [c for c in a.claims if c.subject == word]
    assert bare and not any(c.shown for c in bare)


def test_third_person_agreement():
    assert third_person("am proud of", "VBP") == "is proud of"
    assert third_person("want to win", "VBP") == "wants to win"
    assert third_person("try", "VBP") == "tries"
    assert third_person("won", "VBD") == "won"


# --- subject is never the object ------------------------------------------------------

def test_same_entity_or_same_words_is_hidden():
    c = claim(subject="Lee", subject_entity="e1", object="Lee", object_entity="e1")
    assert same_participant(c)
    assess(c)
    assert not c.shown and "same_entity" in c.args["checks"]
    d = claim(subject="the board", object="The Board")
    assess(d)
    assert not d.shown
    e = claim(subject="Ann Lee", subject_entity="e1", predicate="is", object="the body of Ann Lee",
              kind="attribute", args={"from": "apposition"})
    assess(e)
    assert not e.shown


def test_a_distinct_object_is_kept():
    c = claim(subject="Lee", subject_entity="e1", object="Kim", object_entity="e2")
    assess(c)
    assert c.shown and c.confidence == 1.0 and "checks" not in c.args


# --- garbled renderings ----------------------------------------------------------------

@pytest.mark.parametrize("fields, reason", [
    ({"subject": "I", "predicate": "'m", "object": "proud"}, "contraction"),
    ({"subject": "Neighbors", "predicate": "seen", "object": "the boy", "args": {"first_tag": "VBN"}},
     "participle"),
    ({"subject": "The lawyer", "predicate": "insisting to", "object": "doctors", "args": {"first_tag": "VBG"}},
     "participle"),
    ({"subject": "The plan", "predicate": "plans", "object": "two weeks", "args": {"first_tag": "NNS"}},
     "not_a_verb"),
    ({"subject": "Marco Diaz", "predicate": "was", "object": None, "status": "negated"}, "dangling"),
    ({"subject": "The plan", "predicate": "takes", "object": "Two weeks"}, "capital"),
    ({"subject": "Marco Diaz", "predicate": "Counting", "object": "the time", "args": {"first_tag": "VBG"}},
     "participle"),
    ({"subject": "No meeting", "predicate": "meet", "object": None, "status": "negated",
      "args": {"first_tag": "VB"}}, "double_negation"),
    ({"subject": "Acme", "predicate": "will will sell", "object": "the unit"}, "doubled"),
    ({"subject": "Acme", "predicate": "is", "object": "a non", "evidence": "Acme is a non-profit group."},
     "cut_word"),
    ({"subject": "Her book,", "predicate": "came", "object": None}, "punctuation"),
])
def test_garble_rules(fields, reason):
    assert garble_reason(claim(**fields)) == reason


@pytest.mark.parametrize("fields", [
    {"subject": "Acme", "predicate": "sold", "object": "the unit"},
    {"subject": "Vera Holt", "predicate": "has pleaded not guilty to", "object": "fraud",
     "args": {"first_tag": "VBZ"}},
    {"subject": "The mayor", "predicate": "was found dead", "object": None, "args": {"first_tag": "VBD"}},
    {"subject": "Lena Ortiz", "predicate": "is", "object": "proud of the team", "args": {"first_tag": "VBZ"}},
    {"subject": "The spokesman", "predicate": "declined to comment", "object": None, "status": "negated"},
])
def test_well_formed_claims_are_not_garbled(fields):
    assert not is_garbled(claim(**fields))


def test_garbled_claim_with_its_clause_is_said_in_the_articles_words():
    from newsgraph.query.phrases import clause

    c = claim(subject="No meeting", predicate="meet", object=None, status="negated",
              args={"first_tag": "VB"})
    from newsgraph.nlp.claimparts.confidence import Reading

    assess(c, Reading(clause="No meeting has taken place"))
    assert c.shown and c.args["render"] == "evidence"
    assert not is_garbled(c)
    assert clause(c) == "No meeting has taken place"
    d = claim(subject="No meeting", predicate="meet", object=None, status="negated", args={"first_tag": "VB"})
    assess(d)
    assert not d.shown and d.confidence < SHOWN_CONFIDENCE


def test_negating_verb_is_never_negated_twice():
    from newsgraph.query.phrases import verb_phrase

    c = claim(subject="The spokesman", predicate="declined to comment", object=None, status="negated",
              lemma="comment", args={"chain": [{"lemma": "decline", "status": "happened"},
                                               {"lemma": "comment", "status": "negated"}]})
    assert verb_phrase(c) == "declined to comment"


def test_bare_source_is_hidden():
    c = claim(source=ClaimSource(text="that", kind="attribution"))
    assess(c)
    assert not c.shown and "bare_source" in c.args["checks"]


# --- page furniture ------------------------------------------------------------------------

def test_photo_credit_and_dateline_outlets_are_furniture(nlp):
    from newsgraph.models import Sentence
    from newsgraph.nlp.claimparts.confidence import furniture
    from newsgraph.nlp.claimparts.view import SentenceView

    text = "Supporters cheer Mayor Ana Ruiz in Lima on Sunday (AP Photo/Jane Roe)."
    view = SentenceView(nlp(text), Sentence(0, 0, len(text), text))
    by_text = {t.text: t for t in view.tokens()}
    assert furniture(view, by_text["AP"]) and furniture(view, by_text["Roe"])
    assert not furniture(view, by_text["Ruiz"])
    text = "LIMA (Reuters) — Ana Ruiz won the runoff on Sunday."
    view = SentenceView(nlp(text), Sentence(0, 0, len(text), text))
    by_text = {t.text: t for t in view.tokens()}
    assert furniture(view, by_text["Reuters"]) and not furniture(view, by_text["Ruiz"])


# --- corpora: no shown claim is garbled or has subject == object ----------------------------

def _shown_problems(annotated) -> list[tuple[str, str, str | None, str | None]]:
    return [(c.id, c.subject, c.predicate, c.object) for c in annotated.claims
            if c.shown and (is_garbled(c) or same_participant(c))]


def test_examples_shown_claims_read_as_english(annotator):
    from newsgraph.readers import read_path

    articles = list(read_path(EXAMPLES))
    assert len(articles) >= 10
    problems = []
    shown = hidden = 0
    for annotated in annotator.annotate_many(articles):
        problems += _shown_problems(annotated)
        shown += sum(c.shown for c in annotated.claims)
        hidden += sum(not c.shown for c in annotated.claims)
    assert not problems, problems[:10]
    # precision is not bought by silence: about 0.64 now (0.67 before events inside quotes with nothing after
    # their verb, shown as "X did not go: “<whole quote>”", were hidden as garbled:quote_frame)
    assert shown >= 0.62 * (shown + hidden)


def test_seed_shown_claims_read_as_english(annotator, seed_article):
    annotated = annotator.annotate(seed_article)
    assert not _shown_problems(annotated)
    assert sum(c.shown for c in annotated.claims) >= 0.7 * len(annotated.claims)


def test_gold_set_articles_shown_claims_read_as_english(annotator, shared_dir):
    """Every article of the gold claim set (53 real news articles of MEANTIME, ECB+ and TimeBank), read whole."""
    from newsgraph.eval.claims_gold import load_gold
    from newsgraph.eval.gold_docs import gold_article

    docs = sorted({(g.corpus, g.doc) for g in load_gold()})
    assert len(docs) >= 40
    problems, shown = [], 0
    for annotated in annotator.annotate_many([gold_article(c, d, shared_dir / "data") for c, d in docs]):
        text = annotated.article.text
        by_id = {c.id: c for c in annotated.claims}
        # these corpora are stored tokenized ("the world 's", "do n't"): a split the article itself prints
        # is its own spelling, not one the reading made
        problems += [p for p in _shown_problems(annotated)
                     if not (garble_reason(by_id[p[0]]) == "contraction"
                             and all(f in text for f in p[1:] if f and _SPLIT_CONTRACTION.search(" " + f)))]
        shown += sum(c.shown for c in annotated.claims)
    assert not problems, problems[:10]
    assert shown >= 500  # about 1,400 claims are shown on these articles: silence would not pass


# --- issue 10, second pass: purpose clauses, presupposed nouns, linking verbs, shared objects --------

@pytest.mark.parametrize("text, lemma", [
    ("The nurse drove to the pharmacy to collect the medicine.", "collect"),
    ("Harlow Tools hired a consultant to review its accounts.", "review"),
    ("The mayor called a meeting to discuss the flooding.", "discuss"),
])
def test_purpose_infinitive_is_not_shown_as_an_event(read, text, lemma):
    """"drove to the pharmacy to collect the medicine": the aim, not an event, and its doer borrowed."""
    a = read(text)
    for c in with_lemma(a, lemma):
        assert not c.shown and "purpose_subject" in c.args["checks"], c
    assert any(c.shown for c in a.claims if c.lemma != lemma)  # the main verb stays


@pytest.mark.parametrize("text, noun_lemma", [
    ("Reporters asked about the senator's departure on Tuesday.", "depart"),
    ("The union's response was swift and angry.", "respond"),
    ("Analysts had forecast the retailer's losses for the year.", "lose"),
])
def test_presupposed_possessed_event_noun_is_hidden(read, text, noun_lemma):
    a = read(text)
    nominal = [c for c in a.claims if c.args.get("nominal") and c.lemma == noun_lemma]
    assert nominal, [(c.lemma, c.predicate, c.args.get("nominal")) for c in a.claims]
    for c in nominal:
        assert not c.shown and "presupposed_noun" in c.args["checks"], c


def test_event_noun_dated_by_a_time_preposition_stays(read):
    """"since Ortiz's release": the sentence dates something by the release, so it happened."""
    a = read("Since Marta Ortiz's release, she has spoken twice to reporters.")
    nominal = [c for c in a.claims if c.args.get("nominal")]
    assert nominal and all(c.shown for c in nominal), [(c.predicate, c.args) for c in a.claims]


@pytest.mark.parametrize("text", [
    "The announcement came after a week of protests.",
    "The decision comes as the airline cuts jobs.",
    "The resignation came in a short letter to staff.",
])
def test_linking_come_is_hidden(read, text):
    a = read(text)
    for c in with_lemma(a, "come"):
        assert not c.shown and "light_verb" in c.args["checks"], c


def test_come_with_a_particle_stays_shown():
    c = claim(subject="The dispute", predicate="has come up", object=None, lemma="come", kind="event")
    assess(c)
    assert c.confidence >= SHOWN_CONFIDENCE
    c = claim(subject="The merger", predicate="came", object=None, lemma="come", kind="event")
    assess(c)
    assert c.confidence < SHOWN_CONFIDENCE and "light_verb" in c.args["checks"]


@pytest.mark.parametrize("text, first, obj", [
    ("A gunman shot and wounded two guards outside the bank.", "shoot", "guards"),
    ("The chef bought and cooked a whole salmon.", "buy", "salmon"),
])
def test_verbs_joined_straight_share_the_object(read, text, first, obj):
    c = with_lemma(read(text), first)[0]
    assert c.object and obj in c.object, c


def test_a_lone_letter_is_not_a_verb():
    assert garble_reason(claim(subject="the skiffs", predicate="s", object="action", args={"first_tag": "VBZ"})) \
        == "not_a_verb"
    assert garble_reason(claim(subject="Kim", predicate="is", object="a judge", args={"first_tag": "VBZ"})) is None


def test_noun_event_naming_itself_is_garbled():
    text = "The sale of the stadium will happen next year."
    c = claim(subject="The sale of the stadium", predicate="sale", object="the stadium", lemma="sell",
              evidence=text, args={"nominal": True, "predicate_span": [4, 8]})
    assess(c)
    assert "garbled:event_in_participant" in c.args["checks"] and c.confidence < SHOWN_CONFIDENCE


def test_borrowed_subject_of_a_finite_clause_is_hidden(read):
    from newsgraph.nlp.claimparts.confidence import Reading

    c = claim(subject="Robbers", predicate="found", object="the truck", lemma="find", kind="event")
    assess(c, Reading(borrowed=True))
    assert c.confidence < SHOWN_CONFIDENCE and "borrowed_subject" in c.args["checks"]
    # a finite adverbial clause with its own subject stays shown
    a = read("Residents waited at a corner as a red tram pulled up to the stop.")
    pulled = with_lemma(a, "pull")[0]
    assert pulled.subject == "a red tram" and pulled.shown, pulled


@pytest.mark.parametrize("text, lemma", [
    ("The new app allows drivers to pay tolls from their phones.", "pay"),
    ("The ruling will let the tribe build a casino on the land.", "build"),
    ("A grant enabled the museum to restore two paintings.", "restore"),
])
def test_complement_of_permission_is_not_shown(read, text, lemma):
    """"allows drivers to pay tolls": made possible, not said to happen."""
    for c in with_lemma(read(text), lemma):
        assert not c.shown and "permitted_only" in c.args["checks"], c


@pytest.mark.parametrize("text, lemma", [
    ("The appeals court rejected the argument that the contractor was unaware of the defect.", "be"),
    ("Officials dismissed rumors that the governor had fled the state.", "flee"),
    ("The theory that the fire started in the kitchen has not been confirmed.", "start"),
])
def test_the_content_of_a_claim_noun_is_never_happened(read, text, lemma):
    """What an argument, a rumor or a theory holds is one side's word, not a fact."""
    annotated = read(text)
    found = with_lemma(annotated, lemma)
    assert found, [(c.lemma, c.status) for c in annotated.claims]
    assert all(c.status != "happened" for c in found), [(c.predicate, c.status) for c in found]


@pytest.mark.parametrize("text, lemma", [
    ("The coach said she would like a rematch with the champions next season.", "like"),
    ("Residents would love a new bridge over the river, the survey found.", "love"),
])
def test_would_like_is_a_wish_not_a_plan(read, text, lemma):
    annotated = read(text)
    found = with_lemma(annotated, lemma)
    assert found and all(c.status == "desired" for c in found), [(c.lemma, c.status) for c in annotated.claims]


def test_a_reporting_verb_with_nothing_reported_is_not_shown(read):
    annotated = read("The mayor has said in several interviews that the bridge will reopen in May.")
    says = with_lemma(annotated, "say")
    assert says and all(not c.shown for c in says), [(c.predicate, c.object, c.confidence) for c in says]
    reopen = with_lemma(annotated, "reopen")
    assert reopen and reopen[0].shown  # what was said stays a claim of its own


# --- relative clauses, particles, adverbial participles -------------------------------

@pytest.mark.parametrize("text, lemma, obj", [
    ("Fans singled out the duets the two singers shared as the highlight of the tour.", "share", "duets"),
    ("The mayor will not name the parks that the city intends to close.", "close", "parks"),
    ("The council approved cuts the auditors had called reckless.", "call", "cuts"),  # a naming verb's gap
    ("The old barn now acts as a museum for the village.", "act", "museum"),  # a role
])
def test_a_relative_clause_has_its_noun_as_object(read, text, lemma, obj):
    c = with_lemma(read(text), lemma)[0]
    assert obj in (c.object or ""), (c.subject, c.predicate, c.object)


def test_a_direction_adverb_stays_with_its_verb(read):
    c = with_lemma(read("When the firefighters went in, the hall was empty."), "go")[0]
    assert c.predicate == "went in"


def test_a_fronted_participle_is_done_by_the_subject_not_the_object(read):
    c = with_lemma(read("Standing at the gate, Omar Haddad told the Daily Post the crowd was calm."), "stand")[0]
    assert c.subject == "Omar Haddad"


def test_an_expletive_it_with_a_that_clause_is_not_shown(read):
    a = read("Orvella Airlines said last week that it would add flights. It is expected that the jet will arrive in May.")
    assert not any(c.shown and c.lemma == "expect" for c in a.claims)


def test_a_weekday_is_not_an_object(read):
    c = with_lemma(read("Staff at the bakery were mourning Sunday with the family of the owner."), "mourn")[0]
    assert c.object is None or "Sunday" not in c.object


def test_an_occurring_event_takes_no_object_from_its_setting(read):
    a = read("The fire happened at the old mill on the river road before dawn.")
    assert all("road" not in (c.object or "") for c in a.claims)


# --- statuses from the words around a clause -------------------------------------------

@pytest.mark.parametrize("text, lemma, status", [
    ("The senator urged voters to reject the measure.", "reject", "requested"),
    ("The club invited its former coach to return.", "return", "requested"),
    ("The council wants the bridge to be rebuilt by the state.", "rebuild", "desired"),
    ("The shortage of nurses led hospitals to raise wages last year.", "raise", "happened"),
    ("The inspectors had yet to find any cause for the leak.", "find", "negated"),
    ("Rather than close the plant, the owners sold it to a rival.", "close", "negated"),
    ("The minister said the country would break its treaty by sending troops.", "send", "planned"),
    ("If the loan is not repaid, the bank will seize the farm.", "repay", "possible"),
    ("The union leaders insisted that the company pay the bonus.", "pay", "requested"),
    ("The auditors issued a recommendation that the city sell the stadium.", "sell", "requested"),
    ("The bakery has hopes that sales will double.", "double", "desired"),
    ("The coast guard thwarted a smuggling attempt near the harbor.", "thwart", "happened"),
    ("The mayor will resign after pleading guilty to fraud this week.", "plead", "happened"),
    ("\"I didn't go there looking for a fight,\" the boxer said.", "look", "negated"),
    ("He did not resign, citing his health.", "cite", "possible"),
    ("The landlord claims that the tenants damaged the roof.", "damage", "possible"),
    ("About 300 residents were eligible to vote in the poll.", "vote", "possible"),
    ("The board needs a plan to show that the firm is cutting costs.", "cut", "possible"),
])
def test_status_from_the_frame_of_the_clause(read, text, lemma, status):
    c = with_lemma(read(text), lemma)[0]
    assert c.status == status, (c.subject, c.predicate, c.object, c.status)


def test_have_yet_to_is_said_as_not_done(read):
    c = with_lemma(read("The inspectors had yet to find any cause for the leak."), "find")[0]
    assert c.predicate == "find"


# --- who a description, a pronoun or a relative word stands for ----------------------------

def test_the_company_is_a_guess_when_another_named_subject_governs_it(read):
    a = read("Norvik Systems sued Talmont Inc. on Monday. Norvik says that it bought the patent from Talmont Inc. "
             "in 2001, when the company acquired a small rival.")
    c = with_lemma(a, "acquire")[0]
    assert not c.shown, (c.subject, c.args.get("checks"))


def test_it_after_a_common_noun_subject_is_a_guess(read):
    a = read("After the jet was delivered in Brazil, it was flown to Lisbon for a ceremony.")
    c = with_lemma(a, "fly")[0]
    assert not c.shown or c.subject != "Brazil"


def _parsed(nlp, words, heads, deps, pos):
    from spacy.tokens import Doc

    from newsgraph.models import Sentence
    from newsgraph.nlp.claimparts.view import SentenceView

    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    return SentenceView(doc, Sentence(0, 0, len(doc.text), doc.text))


def test_a_relative_clause_hung_past_a_nested_noun_is_ambiguous(nlp):
    """"the death of their boss, who was shot": the parse hung the clause on "death"; "boss" is nearer."""
    from newsgraph.nlp.claims import _ambiguous_relative

    words = ["the", "death", "of", "their", "boss", ",", "who", "was", "shot"]
    view = _parsed(nlp, words, heads=[1, 1, 1, 4, 2, 1, 8, 8, 1],
                   deps=["det", "ROOT", "prep", "poss", "pobj", "punct", "nsubjpass", "auxpass", "relcl"],
                   pos=["DET", "NOUN", "ADP", "PRON", "NOUN", "PUNCT", "PRON", "AUX", "VERB"])
    assert _ambiguous_relative(view, view.doc.words[8]) == "subject"
    near = _parsed(nlp, words, heads=[1, 1, 1, 4, 2, 4, 8, 8, 4],
                   deps=["det", "ROOT", "prep", "poss", "pobj", "punct", "nsubjpass", "auxpass", "relcl"],
                   pos=["DET", "NOUN", "ADP", "PRON", "NOUN", "PUNCT", "PRON", "AUX", "VERB"])
    assert _ambiguous_relative(near, near.doc.words[8]) == "subject"  # the nearer noun: still either one
    # "a number of errors that were found": a measure noun, so the errors
    count = _parsed(nlp, ["a", "number", "of", "errors", "that", "were", "found"], heads=[1, 1, 1, 2, 6, 6, 3],
                    deps=["det", "ROOT", "prep", "pobj", "nsubjpass", "auxpass", "relcl"],
                    pos=["DET", "NOUN", "ADP", "NOUN", "PRON", "AUX", "VERB"])
    assert _ambiguous_relative(count, count.doc.words[6]) is None


def test_a_relative_clause_on_a_name_in_apposition_is_not_a_guess(read):
    c = with_lemma(read("The carmaker Dalvo, which has been hurt by the slump, asked for a loan."), "hurt")[0]
    assert c.shown and "Dalvo" in c.subject


@pytest.mark.parametrize("text, lemma", [
    ("Residents, however, appeared reluctant to leave their homes.", "appear"),
    ("You should back up your files every week.", "back"),
])
def test_empty_or_generic_readings_are_not_shown(read, text, lemma):
    c = with_lemma(read(text), lemma)[0]
    assert not c.shown


def test_a_caption_word_in_parentheses_is_no_event(read):
    a = read("The video shows Rina Patel (pictured) leaving the courthouse.")
    assert not any(c.lemma == "picture" for c in a.claims)


def test_a_role_after_an_agent_is_not_the_object(read):
    c = with_lemma(read("The new phone was praised by reviewers as the best of the year."), "praise")[0]
    assert "best" not in (c.object or "")


def test_the_bank_is_not_a_police_department(read):
    a = read("Staff notified the Brookfield Police Department on Monday. The bank was evacuated an hour later.")
    c = with_lemma(a, "evacuate")[0]
    assert "Police" not in c.subject


def test_a_cleft_it_gives_no_claim(read):
    a = read("Ramon Ortiz runs the bureau. It was the third month that hiring has been strong.")
    assert not any(c.lemma == "be" and c.subject == "Ramon Ortiz" for c in a.claims)


def test_the_one_who_is_nobody_named(read):
    c = with_lemma(read("The lawyer said the boy is not the one who threw the stone."), "throw")[0]
    assert not c.shown


def test_an_aim_after_an_object_is_not_shown_as_done(read):
    c = with_lemma(read("The charity offers grants to search for missing pets."), "search")[0]
    assert not c.shown


@pytest.mark.parametrize("text, lemma, predicate, obj", [
    ("The firm has warned that Dalvo might run out of money by March.", "run", "run out of", "money"),
    # "its" of the controlled clause is Norvo's, its own subject, so it stays the article's pronoun
    ("The regulator has forced Norvo Inc. to lower its prices.", "lower", "lower", "its prices"),
])
def test_two_word_prepositions_and_controlled_possessives(read, text, lemma, predicate, obj):
    c = with_lemma(read(text), lemma)[0]
    assert (c.predicate, c.object) == (predicate, obj)


@pytest.mark.parametrize("text, lemma", [
    ("The bakery has hopes that sales will double.", "have"),
    ("The firm bought Brix Labs in 2001, which took place after a long fight.", "take"),
])
def test_readings_that_say_nothing_or_cannot_be_read_are_not_shown(read, text, lemma):
    assert not any(c.shown for c in read(text).claims if c.lemma == lemma)


def test_a_subject_opening_with_a_fronted_phrase_is_garbled():
    assert garble_reason(claim(subject="To date , 149 orders for the jet", predicate="have been received",
                               object=None)) == "punctuation"
    assert garble_reason(claim(subject="Over 2,000 workers", predicate="lost", object="their jobs")) is None


@pytest.mark.parametrize("text, lemma", [
    ("The gunmen took two guards hostage and police found the van later.", "take"),
    ("A protest is one thing and a riot is quite another.", "be"),
])
def test_an_object_running_into_the_next_clause_is_not_shown(read, text, lemma):
    c = with_lemma(read(text), lemma)[0]
    assert not c.shown or " and " not in (c.object or ""), (c.subject, c.predicate, c.object)


def test_a_plural_group_name_is_never_it(read):
    c = with_lemma(read("Two Democrats voted with forty Republicans against it."), "vote")[0]
    assert "Republicans" not in (c.object or "")


@pytest.mark.parametrize("text, lemma, status", [
    ("The pair wrote letters for a year before deciding to get married.", "marry", "planned"),
    ("\"We didn't come here looking for trouble,\" the captain said.", "look", "negated"),
])
def test_status_of_a_gerund_frame(read, text, lemma, status):
    c = with_lemma(read(text), lemma)[0]
    assert c.status == status and not c.predicate.startswith("decide")


def test_a_comparative_direction_stays_with_its_verb(read):
    assert with_lemma(read("The letter went further than an apology."), "go")[0].predicate == "went further"


def test_telling_someone_is_not_news_by_itself(read):
    c = with_lemma(read("Two neighbours told the Herald they had doubted the story for years."), "tell")[0]
    assert not c.shown


def test_a_clause_missing_its_subject_is_not_an_object():
    assert garble_reason(claim(predicate="believes", object="were punished too harshly", lemma="believe",
                               kind="event")) == "incomplete"


def test_a_pronoun_after_a_noun_of_its_gender_is_a_guess(read):
    a = read("Mara Voss told doctors that the girl had illnesses she never had.")
    assert not any(c.shown and c.subject == "Mara Voss" and c.status == "negated" for c in a.claims)


@pytest.mark.parametrize("text, lemma, predicate", [
    ("The mayor will not attend the hearing.", "attend", "will attend"),
    ("Omar Haddad, who robbed the bank, will never be eligible for parole.", "be", "will be"),
])
def test_a_negated_modal_keeps_its_time(read, text, lemma, predicate):
    c = with_lemma(read(text), lemma)[-1]
    assert c.status == "negated" and c.predicate.startswith(predicate), (c.predicate, c.status)


def test_what_is_said_inside_a_relative_clause_has_the_noun_as_its_gap(read):
    a = read("Police arrested Nora Lind along with Tom Reyes, a man investigators say she had met online.")
    assert not with_lemma(a, "say")[0].shown
    assert "man" in (with_lemma(a, "meet")[0].object or "")


def test_a_bare_gerund_after_of_names_an_activity(read):
    a = read("Ana Ruiz announced the integration of streaming with the radio app.")
    assert not any(c.lemma == "stream" for c in a.claims)


def test_an_event_inside_a_quote_with_nothing_after_its_verb_is_not_shown(read):
    a = read("\"I didn't come here looking for a fight. I came to talk,\" Omar Haddad said on Monday.")
    assert not any(c.shown and c.kind != "quote" and c.quote and not c.object for c in a.claims)


def test_a_comment_phrase_is_not_a_copula_predicate(read):
    a = read("The law requires a life term when prosecutors seek it, and they were not in this case.")
    assert not any(c.shown and c.lemma == "be" and "case" in (c.object or "") for c in a.claims)


@pytest.mark.parametrize("text, lemma, status", [
    ("The jury rejected the claim that Omar Lind was incapable of planning the theft.", "plan", "possible"),
    ("Friends say she is uneasy about being filmed by a crew.", "film", "possible"),
    ("He will have to serve most of the term before he can be considered for parole.", "consider", "possible"),
])
def test_status_of_gerunds_after_attitudes_and_modal_time_clauses(read, text, lemma, status):
    c = with_lemma(read(text), lemma)[0]
    assert c.status == status, (c.subject, c.predicate, c.status)
