"""Claims read from sentences written for these tests (none from the seed or a corpus)."""

from __future__ import annotations

import pytest

from newsgraph.models import CLAIM_STATUSES, Article


@pytest.fixture(scope="module")
def read(annotator):
    cache: dict[str, object] = {}

    def _read(text: str, *, source: str | None = "Daily Wire Test"):
        key = f"{source}|{text}"
        if key not in cache:
            cache[key] = annotator.annotate(Article(id="t", text=text, published="2024-03-01", source=source))
        return cache[key]

    return _read


def name_of(annotated, entity_id):
    return next((e.name for e in annotated.entities if e.id == entity_id), None)


def claims_with(annotated, lemma: str):
    return [c for c in annotated.claims if c.lemma == lemma]


def one(annotated, lemma: str):
    found = claims_with(annotated, lemma)
    assert found, (lemma, [(c.lemma, c.predicate) for c in annotated.claims])
    return found[0]


# --- predicates ---------------------------------------------------------------

def test_subject_control_chain_is_one_predicate(read):
    a = read("Maria Lopez wants to meet Tom Reed.")
    c = one(a, "meet")
    assert c.predicate == "wants to meet"
    assert c.status == "desired"
    assert name_of(a, c.subject_entity) == "Maria Lopez"
    assert name_of(a, c.object_entity) == "Tom Reed"
    assert not claims_with(a, "want")  # absorbed into the chain


def test_cue_noun_chain_and_year(read):
    a = read("In 2019, Maria Lopez expressed interest in producing a film about the flood.")
    c = one(a, "produce")
    assert c.predicate == "expressed interest in producing"
    assert c.status == "desired"
    assert c.object == "a film about the flood"
    assert c.time is not None and c.time.value == "2019"


def test_take_to_channel_frame(read):
    a = read("Last week, Maria Lopez took to Instagram to thank Tom Reed for organizing the concert.")
    c = one(a, "thank")
    assert c.predicate == "thank"
    assert c.args["channel"] == "Instagram"
    assert c.args["reason"] == "organizing the concert"
    assert name_of(a, c.subject_entity) == "Maria Lopez"
    assert name_of(a, c.object_entity) == "Tom Reed"
    organize = one(a, "organize")  # object control: Tom organized it
    assert name_of(a, organize.subject_entity) == "Tom Reed"


def test_purpose_is_an_argument(read):
    a = read("The mayor wants to meet the governor to discuss housing policy.")
    c = one(a, "meet")
    assert c.args["purpose"] == "discuss housing policy"


def test_prepositional_object_joins_predicate(read):
    a = read("Tom Reed advocated for a new stadium.")
    c = one(a, "advocate")
    assert c.predicate == "advocated for"
    assert c.object == "a new stadium"


# --- attributes and entities ----------------------------------------------------

def test_apposition_is_an_attribute_claim(read):
    a = read("Tom Reed, a veteran sports reporter, joined the network in March.")
    attrs = [c for c in a.claims if c.kind == "attribute"]
    assert attrs
    c = attrs[0]
    assert name_of(a, c.subject_entity) == "Tom Reed"
    assert c.predicate == "is" and c.object == "a veteran sports reporter"
    assert c.status == "happened"


def test_pronouns_resolve_by_rule(read):
    a = read("Maria Lopez met Tom Reed in Boston. She praised him for his patience.")
    c = one(a, "praise")
    assert name_of(a, c.subject_entity) == "Maria Lopez"
    assert name_of(a, c.object_entity) == "Tom Reed"  # an object pronoun is not its clause's subject
    assert c.args["subject_text"] == "She"
    assert c.args["reason"] == "his patience"


def test_definite_description_resolves(read):
    a = read("Tom Reed, a veteran reporter, left the paper. Maria Lopez hopes to hire the reporter.")
    c = one(a, "hire")
    assert name_of(a, c.object_entity) == "Tom Reed"


def test_plural_pronoun_takes_group_subject(read):
    a = read("Analysts expect a weak quarter. They said the company will cut prices.")
    c = one(a, "say")
    assert c.subject == "Analysts"


# --- statuses -----------------------------------------------------------------------

@pytest.mark.parametrize("sentence,lemma,status", [
    ("The museum will open a new wing next year.", "open", "planned"),
    ("The factory may close before winter.", "close", "possible"),
    ("The senator did not sign the letter.", "sign", "negated"),
    ("The bill failed to pass the senate.", "pass", "failed"),
    ("The union asked the board to resign.", "ask", "happened"),
    ("The board was asked to resign by the union.", "resign", "requested"),
    ("The engineers are working on a new bridge.", "work", "ongoing"),
    ("The singer plans to tour Europe.", "tour", "planned"),
    ("Reportedly, the studio is open to the idea of making a sequel.", "make", "possible"),
    ("The city built a new library in 2015.", "build", "happened"),
])
def test_status_from_the_sentence(read, sentence, lemma, status):
    c = one(read(sentence), lemma)
    assert c.status == status, (c.predicate, c.status)
    assert c.status in CLAIM_STATUSES


def test_negated_existence_of_a_noun_event(read):
    a = read("Since March, there has been no contact between Maria Lopez and Tom Reed.")
    c = one(a, "contact")
    assert c.status == "negated"
    assert name_of(a, c.subject_entity) == "Maria Lopez"
    assert name_of(a, c.object_entity) == "Tom Reed"


def test_reciprocation_turns_roles_round(read):
    a = read("Maria Lopez follows Tom Reed online, but there has been no reciprocation of the following from Tom Reed.")
    follows = claims_with(a, "follow")
    assert len(follows) == 2
    first, back = follows
    assert first.status == "ongoing"
    assert back.status == "negated"
    assert name_of(a, back.subject_entity) == "Tom Reed"
    assert name_of(a, back.object_entity) == "Maria Lopez"


def test_possessed_event_noun(read):
    a = read("After Tom Reed's arrest, the team hired a lawyer.")
    c = one(a, "arrest")
    assert name_of(a, c.subject_entity) == "Tom Reed"
    assert c.args.get("voice") == "passive"


def test_no_claims_from_questions_or_expletives(read):
    a = read("Why does Maria Lopez want to meet Tom Reed?")
    assert a.claims == []
    a = read("It is likely that the bridge will reopen.")
    assert all(c.subject.lower() != "it" for c in a.claims)
    assert one(a, "reopen").status == "planned"


# --- settling ---------------------------------------------------------------------------

def test_later_sentence_settles_earlier_wish(read):
    a = read("Maria Lopez wants to meet Tom Reed. So far, the meeting has not yet happened.")
    wish, later = claims_with(a, "meet")
    assert wish.status == "desired"
    assert wish.args["settled_by"] == later.id
    assert wish.args["outcome"] == "not yet happened"
    assert later.status == "negated"
    assert name_of(a, later.subject_entity) == "Maria Lopez"


def test_failed_plans_settle_the_sentence(read):
    a = read("Tom Reed saw some plans falling through, such as his intention to visit Rome.")
    visit = one(a, "visit")
    assert visit.status == "planned"
    assert visit.args["outcome"] == "failed"


# --- sources and quotes ---------------------------------------------------------------------

def test_according_to_is_the_source(read):
    a = read("According to Reuters, the company cut 500 jobs in May.")
    c = one(a, "cut")
    assert c.source.kind == "attribution"
    assert c.source.text == "Reuters"


def test_reported_speech_source_and_outlet_default(read):
    a = read("Officials said the bridge will reopen in May. The bridge closed in 2020.")
    reopen = one(a, "reopen")
    assert reopen.source.text == "Officials" and reopen.status == "planned"
    closed = one(a, "close")
    assert closed.source.kind == "outlet" and closed.source.text == "Daily Wire Test"
    assert one(read("The bridge closed in 2020.", source=None), "close").source.text == "the outlet"


def test_phrase_source_points_at_entity_inside(read):
    a = read("Sources close to Reuters revealed that the company will sell its factory.")
    c = one(a, "sell")
    assert c.source.text == "Sources close to Reuters"
    assert name_of(a, c.source.entity) == "Reuters"


def test_direct_quote(read):
    text = "During the hearing, Maria Lopez said, \u201cwe will rebuild the theater together.\u201d"
    a = read(text)
    quotes = [c for c in a.claims if c.kind == "quote"]
    assert len(quotes) == 1
    q = quotes[0]
    assert q.quote == "we will rebuild the theater together."
    assert text.count(q.quote) == 1
    assert name_of(a, q.subject_entity) == "Maria Lopez"
    assert q.source.kind == "quote" and name_of(a, q.source.entity) == "Maria Lopez"
    inner = one(a, "rebuild")
    assert inner.source.kind == "quote" and inner.quote == q.quote


# --- time and evidence ---------------------------------------------------------------------------

def test_time_never_crosses_sentences_except_by_anaphor(read):
    a = read("In 2019, Maria Lopez visited Paris. She bought a painting. During that visit, she met Tom Reed.")
    assert one(a, "visit").time.value == "2019"
    assert one(a, "buy").time is None
    met = one(a, "meet")
    assert met.time is not None and met.time.value == "2019"
    assert met.args["time_from"] == one(a, "visit").id


def test_evidence_is_the_whole_sentence(read):
    text = "Maria Lopez wants to meet Tom Reed.  Tom Reed declined the invitation."
    a = read(text)
    spans = {(s.start, s.end) for s in a.sentences}
    assert a.claims
    for c in a.claims:
        assert (c.evidence.start, c.evidence.end) in spans
        assert text[c.evidence.start:c.evidence.end] == c.evidence.text
        assert c.id.startswith("c")
    assert [c.id for c in a.claims] == [f"c{i}" for i in range(1, len(a.claims) + 1)]


# --- predicates keep their content -------------------------------------------------------------

def test_copula_with_prepositional_predicate_keeps_it(read):
    a = read("The daughter was in custody in Oregon when the police arrived.")
    c = one(a, "be")
    assert c.predicate == "was in"
    assert c.object is not None and c.object.startswith("custody")
    b = read("After the hearing, she will be under supervision for three years.")
    c = one(b, "be")
    assert c.predicate == "be under" and c.object == "supervision"
    assert c.status == "planned"


def test_adjective_complement_joins_the_predicate(read):
    a = read("Mark Hollis pleaded guilty to second-degree robbery in 2019.")
    c = one(a, "plead")
    assert c.predicate == "pleaded guilty to"
    assert c.object == "second-degree robbery"
    assert c.time is not None and c.time.value == "2019"
    d = one(read("The missing hiker was found dead near the river on Sunday."), "find")
    assert d.predicate == "was found dead" and d.object is None
    m = one(read("Laura Dunn has gotten married in prison."), "get")
    assert m.predicate == "has gotten married"  # the perfect kept: a bare participle is not a verb


def test_thought_verb_takes_its_clause_as_object(read):
    a = read("Nora Quinn hoped the trip would be a success.")
    c = one(a, "hope")  # the lemmatizer's "hop" is corrected
    assert c.object == "the trip would be a success"
    assert not claims_with(a, "hop")


# --- status -------------------------------------------------------------------------------------

def test_headline_present_reports_a_past_event(read):
    a = read("Acme wins order worth $2bn\nAcme Corp said on Monday that it had won the order.")
    win = next(c for c in a.claims if c.lemma == "win" and c.sentence == 0)
    assert win.status == "happened"
    assert win.object is not None and "order" in win.object
    body = read("Acme Corp makes tractors.")
    assert one(body, "make").status == "ongoing"  # body text: the present still holds


def test_belief_and_report_infinitives_are_possible_not_planned(read):
    c = one(read("Mark Hollis is believed to be worth $3 million."), "be")
    assert c.predicate == "is believed to be" and c.object == "worth $3 million"
    assert c.status == "possible"
    r = one(read("The minister was reported to be in hospital."), "be")
    assert r.status == "possible" and r.object == "hospital"
    s = one(read("The mayor is said to have resigned last week."), "resign")
    assert s.predicate == "is said to have resigned" and s.status == "possible"
    e = one(read("The company is expected to be profitable next year."), "be")
    assert e.status == "possible"  # a prediction, not the company's plan
    p = one(read("The company is scheduled to open a plant next year."), "open")
    assert p.status == "planned"


# --- pronoun agreement --------------------------------------------------------------------------

def test_she_skips_a_man_named_just_before(read):
    a = read("Detectives arrested Maria Lopez along with Daniel Brooks in Ohio. "
             "She would not say who planned the robbery.")
    assert name_of(a, one(a, "say").subject_entity) == "Maria Lopez"


def test_honorific_and_kinship_tell_gender(read):
    a = read("The judge questioned Mr. Pike and Ms. Harlow on Monday. He later left the courthouse.")
    assert one(a, "leave").subject_entity is not None
    assert "Pike" in name_of(a, one(a, "leave").subject_entity)
    b = read("Her husband, Leo Varga, waited outside. She thanked the nurses and then she went home.")
    assert one(b, "thank").subject_entity is None or name_of(b, one(b, "thank").subject_entity) != "Leo Varga"
    assert one(b, "go").subject_entity is None or name_of(b, one(b, "go").subject_entity) != "Leo Varga"


def test_passive_infinitive_and_future_time_clause_are_planned(read):
    a = read("The old bridge to be demolished next spring")
    assert one(a, "demolish").status == "planned"
    b = read("The mayor will resign when the audit is finished.")
    assert one(b, "finish").status == "planned"  # the "when" clause shares the future of "will resign"
    c = read("The mayor resigned when the audit was finished.")
    assert one(c, "finish").status == "happened"


def test_first_to_infinitive_takes_the_clause_tense(read):
    a = read("Nova Labs was the first company to use the new chip.")
    use = one(a, "use")
    assert use.status == "happened" and use.object == "the new chip"
    be = one(a, "be")
    assert be.object == "the first company" and be.object_entity is None  # a description, not Nova Labs
    b = read("Nova Labs will be the first company to sell the new chip.")
    assert one(b, "sell").status == "planned"


def test_forecast_content_is_possible(read):
    a = read("Analysts forecast that the bank would lose money.")
    assert one(a, "lose").status == "possible"
    assert one(a, "forecast").object == "the bank would lose money"


def test_to_be_complement_joins_the_chain(read):
    a = read("Tom Reed wants to be the next mayor.")
    c = one(a, "be")
    assert c.predicate == "wants to be" and c.object == "the next mayor"
    assert c.status == "desired"
    assert not claims_with(a, "want")  # no bare "Tom Reed wants"


def test_copula_adverb_is_the_predicate(read):
    c = one(read("The dock strike isn't over."), "be")
    assert c.predicate == "is over" and c.status == "negated"
    assert one(read("Ticket sales are up this month."), "be").predicate == "are up"


def test_served_duration_is_the_object(read):
    c = one(read("Ortiz served about eight years behind bars for the robbery."), "serve")
    assert c.object == "about eight years"


def test_future_perfect_is_planned_and_would_have_did_not_happen(read):
    assert one(read("By June, Ortiz will have served four years."), "serve").status == "planned"
    # a counterfactual: he did not serve them (as the TimeBank gold reads "the truck that would have carried")
    assert one(read("Without the appeal, Ortiz would have served four years."), "serve").status == "negated"


def test_given_names_tell_gender_beyond_english(read):
    """A clearly male given name from the name table keeps "she" off him."""
    a = read("Agnieszka Nowak met Vladimir Orlov in Lyon on Tuesday. She said the talks had gone well.")
    said = one(a, "say")
    assert said.subject_entity is not None and name_of(a, said.subject_entity) == "Agnieszka Nowak"
    b = read("Vladimir Orlov met Agnieszka Nowak in Lyon on Tuesday. She said the talks had gone well.")
    said = one(b, "say")
    assert said.subject_entity is not None and name_of(b, said.subject_entity) == "Agnieszka Nowak"


def test_a_sentence_the_claim_reader_fails_on_loses_its_claims_not_the_article(annotator, monkeypatch, caplog):
    """A parse no rule foresaw (session 15: a relative clause whose subject was not found crashed the reader and
    stopped a whole evaluation run) costs that sentence's claims: the article's other sentences are still read,
    and one warning names the article and the sentence."""
    import logging

    import newsgraph.nlp.claims as claims_module

    reading = claims_module._SentenceReader.read

    def failing(self):
        if "Brisk" in self.view.text:
            raise AttributeError("a parse no rule foresaw")
        return reading(self)

    monkeypatch.setattr(claims_module._SentenceReader, "read", failing)
    monkeypatch.delenv("NEWSGRAPH_STRICT", raising=False)  # (the suite's strict mode would raise it)
    text = "Maria Lopez opened a bakery in Dover. Brisk winds closed the harbour. Tom Reed sold the farm in May."
    with caplog.at_level(logging.WARNING, logger="newsgraph.nlp.claims"):
        annotated = annotator.annotate(Article(id="fault", origin="fault.txt", text=text, published="2024-03-01"))
    assert {"open", "sell"} <= {c.lemma for c in annotated.claims}
    assert "close" not in {c.lemma for c in annotated.claims}
    assert [r.getMessage().split(" (")[0] for r in caplog.records if r.levelname == "WARNING"] == ["fault.txt: sentence 2"]


def test_the_suite_runs_the_claim_reader_strict(annotator, monkeypatch):
    """Under the test suite (``NEWSGRAPH_STRICT=1``, set by conftest) a fault of the claim reader fails the test that
    meets it, so the guard above cannot hide a regression."""
    import newsgraph.nlp.claims as claims_module

    def failing(self):
        raise AttributeError("a parse no rule foresaw")

    monkeypatch.setattr(claims_module._SentenceReader, "read", failing)
    with pytest.raises(AttributeError):
        annotator.annotate(Article(id="strict", text="Maria Lopez opened a bakery in Dover.", published="2024-03-01"))
