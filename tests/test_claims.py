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
