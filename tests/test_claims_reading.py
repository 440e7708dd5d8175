"""Faults a fact-checker found reading shown claims on unseen news: coordinated subjects, lists run
into a clause, first and second person words, a maker named like its model, the time of a reported
fact given to the verb that reports it. Every sentence here is made up."""

from __future__ import annotations

import pytest

from newsgraph.models import SHOWN_CONFIDENCE


def _shown(annotated, lemma: str):
    """Shown claims of this lemma (or whose predicate says the word: the lemmatizer's "fined" is its own)."""
    return [c for c in annotated.claims if (c.lemma == lemma or lemma in c.predicate.split())
            and c.confidence >= SHOWN_CONFIDENCE]


@pytest.mark.parametrize("text,lemma,names", [
    ("Ilse Varga and her business partner Tomas Brell were arrested in Orvale on Monday.", "arrest",
     ("Ilse Varga", "Tomas Brell")),
    ("Harbor Police Sgt. Dana Whit and fire inspector Ron Obi were injured in the blast.", "injure",
     ("Dana Whit", "Ron Obi")),
    ("Kestrel Bank and its rival Norvale Trust were fined by the regulator.", "fined", ("Kestrel Bank", "Norvale")),
])
def test_a_coordinated_subject_keeps_every_name(read, text, lemma, names):
    claims = _shown(read(text), lemma)
    assert claims, [(c.subject, c.predicate, c.confidence) for c in read(text).claims]
    assert all(all(n in c.subject for n in names) for c in claims), [c.subject for c in claims]


def test_one_of_several_subjects_kept_alone_is_not_shown(read):
    """When the coordinated subjects cannot be named whole, "Ilse Varga were arrested" is not shown."""
    a = read("In May , Varga and her co - worker and half - sister Ana Brell , 24 , were arrested in Orvale .")
    assert not [c for c in _shown(a, "arrest") if " and " not in c.subject], \
        [(c.subject, c.predicate) for c in a.claims]


def test_a_second_description_is_not_a_second_subject(read):
    a = read("Ilse Varga, senior partner and general counsel of the firm, explained the ruling.")
    assert [c.subject for c in _shown(a, "explain")] == ["Ilse Varga"]


def test_a_list_run_into_a_clause_is_not_its_subject(read):
    a = read("The mills to be sold : * Harbor Works of Orla , Ohio * Dunmore Mill of Keswick , Ohio "
             "Brantley 's shares fell 3 % on Monday .")
    assert not [c for c in _shown(a, "fall") if "Mill" in c.subject or "Works" in c.subject], \
        [(c.subject, c.predicate) for c in a.claims]


def test_bullets_with_sentences_still_give_claims(read):
    a = read("Brantley listed its goals: * Brantley will cut 500 jobs. * Brantley will close two mills.")
    assert _shown(a, "cut") and _shown(a, "close")


@pytest.mark.parametrize("text,lemma", [
    ("\u201cOrla is very proud of you, all of you,\u201d the minister told the rescue crews.", "be"),
    ("\u201cOur underlying business keeps growing stronger,\u201d said Ilse Varga, the chief executive.", "keep"),
    ("\u201cYour support means a lot to the town,\u201d Varga told the crowd.", "mean"),
])
def test_an_unbound_first_or_second_person_is_not_shown(read, text, lemma):
    a = read(text)
    assert not [c for c in _shown(a, lemma) if c.kind != "quote"], \
        [(c.subject, c.predicate, c.object) for c in a.claims]


def test_us_the_country_is_not_a_pronoun(read):
    assert _shown(read("US troops arrived in Orvale on Monday."), "arrive")


def test_a_makers_short_name_goes_to_the_maker_not_its_model():
    """"Brantley" after "Brantley Motor Company" and "the Brantley Ranger" (a model the recognizer read as
    an organization, mentioned last): every "Brantley" is the maker."""
    from collections import Counter

    from newsgraph.nlp.entities import Cand, Cluster, _attach_short_forms

    text = " " * 400
    text = text[:96] + "the " + text[100:]  # "… builds the Brantley Ranger"
    maker = Cluster(key=("brantley", "motor", "company"), cands=[Cand(0, 24, "ORG")], votes=Counter(ORG=1))
    model = Cluster(key=("brantley", "ranger"), cands=[Cand(100, 116, "ORG")], votes=Counter(ORG=1))
    short = Cluster(key=("brantley",), cands=[Cand(50, 58, "ORG"), Cand(200, 208, "ORG"), Cand(300, 308, "ORG")],
                    votes=Counter(ORG=3))
    _attach_short_forms([maker, model, short], text)
    assert short.root() is maker
    assert not [c for c in model.cands if c.start >= 200]


def test_a_firm_named_without_a_business_word_still_takes_its_short_name():
    """"Apple Computer" (never "the Apple Computer") beside "Apple Corps": each "Apple" goes to the name
    mentioned last before it, as before."""
    from collections import Counter

    from newsgraph.nlp.entities import Cand, Cluster, _attach_short_forms

    corps = Cluster(key=("apple", "corps"), cands=[Cand(0, 11, "ORG")], votes=Counter(ORG=1))
    computer = Cluster(key=("apple", "computer"), cands=[Cand(100, 114, "ORG")], votes=Counter(ORG=1))
    short = Cluster(key=("apple",), cands=[Cand(200, 205, "ORG")], votes=Counter(ORG=1))
    _attach_short_forms([corps, computer, short], " " * 300)
    assert [c.start for c in computer.cands] == [100, 200]


def test_the_time_of_a_reported_fact_is_not_the_prediction_s(read):
    a = read("Brantley has said that it posted a profit of $ 90 million in the third quarter , and "
             "predicted that it would be profitable by 2026 .")
    predicted = [c for c in a.claims if c.lemma == "predict"]
    assert predicted and all(c.time is None for c in predicted), [(c.predicate, c.time) for c in predicted]
    assert [c.time for c in a.claims if c.lemma == "post"][0] is not None


def test_one_speakers_two_acts_keep_their_shared_time(read):
    a = read("The minister on Monday denounced the strike and said the mills would reopen.")
    assert [c.time for c in a.claims if c.lemma == "say"][0] is not None
