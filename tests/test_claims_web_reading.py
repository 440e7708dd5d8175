"""Who and what a shown claim names: faults found reading claims on multi-outlet web news.

Every sentence here is made up for these tests; each has the shape of one fault: a seeing
verb's object said without the participle that is what was seen; a name the parse coordinated
into a phrase that is the next clause's subject; a measure cut from before its preposition
("lived from"); a capitalised description in apposition ("the Ohio Democrat who …") doing its
relative clause's work instead of the name; a bare plural said without the clause that says
which ones; "neither X" said as X; an aside between dashes taken for the doer; a verb set against
the one before it ("run, not walk") read as the next verb of its chain; a purpose cut to "to get";
and a participle clause whose auxiliary stood before the subject.
"""

from __future__ import annotations

from types import SimpleNamespace

from newsgraph.nlp.claimparts.garble import garble_reason
from newsgraph.query.hedges import plural
from newsgraph.query.phrases import clause
from tests.test_claims_precision import claim


def fields(annotated):
    return [(c.subject, c.predicate, c.object, c.status, c.shown) for c in annotated.claims]


def said(c) -> str:
    return clause(SimpleNamespace(kind=c.kind, subject=c.subject, predicate=c.predicate, lemma=c.lemma,
                                  object=c.object, object_entity=c.object_entity, status=c.status, time=None,
                                  time_text=None, quote=c.quote, args=c.args, day=None))


def test_what_a_seeing_verb_saw_keeps_its_participle(read):
    a = read("The new filter has closed a loophole that has seen the accounts of at least two thousand "
             "farmers emptied by thieves.")
    seen = [c for c in a.claims if c.lemma == "see" and c.shown]
    assert seen and all("emptied by thieves" in said(c) for c in seen), fields(a)
    emptied = [c for c in a.claims if c.lemma == "empty" and c.shown]
    assert all(c.subject.startswith("the accounts") for c in emptied), fields(a)


def test_a_name_before_the_next_clause_is_not_part_of_the_object(read):
    a = read("Further repairs have continued in cooperation with engineers and suppliers and Orvanta will "
             "continue to work on the lines.")
    went_on = [c for c in a.claims if c.lemma == "continue" and "repairs" in c.subject]
    assert went_on and all("Orvanta" not in (c.object or "") and "engineers and suppliers" in (c.object or "")
                           for c in went_on), fields(a)


def test_a_measure_before_the_preposition_stays_in_the_predicate(read):
    a = read("Tomas Brell, the acting city engineer who lived four blocks from Adler, was questioned.")
    lived = [c for c in a.claims if c.lemma == "live" and c.shown]
    assert lived and all("four blocks from" in said(c) for c in lived), fields(a)


def test_a_relative_clause_on_a_capitalised_description_is_the_names(read):
    a = read("Partly through his friendship with Senator Ravi Solano , the Vermont Democrat who was chairman "
             "of the Finance Committee , Lee helped to win the vote .")
    chair = [c for c in a.claims if c.lemma == "be" and "chairman" in (c.object or "") and c.shown]
    assert chair and all(c.subject == "Ravi Solano" for c in chair), fields(a)


def test_a_bare_plural_keeps_the_clause_that_says_which(read):
    a = read("The thieves have not been successful against farms where the new locks have been fitted, "
             "according to Ruiz.")
    for c in a.claims:
        if c.shown and "successful" in said(c):
            assert "where the new locks have been fitted" in said(c), fields(a)


def test_neither_x_is_not_said_as_x(read):
    a = read("Two carriers lost their links on Monday. Neither ISP provided details about the repairs.")
    assert not [c for c in a.claims if c.shown and c.lemma == "provide" and not c.subject.lower().startswith(
        "neither")], fields(a)


def test_an_aside_between_dashes_is_not_the_doer(read):
    a = read("According to Lee's testimony before the city council - - an account reportedly confirmed by Ruiz "
             "- - he and Ruiz worked in lock - step with Mora from that day forward to hide and destroy the files .")
    assert not [c for c in a.claims if c.shown and "account" in c.subject and c.lemma in ("work", "destroy")], \
        fields(a)


def test_a_verb_set_against_the_one_before_is_not_in_its_chain(read):
    a = read("`` When the update is out , drivers should hurry , not wait , to get it fitted , '' said Ana Ruiz .")
    assert not [c for c in a.claims if c.shown and "hurry wait" in c.predicate], fields(a)


def test_a_purpose_is_not_cut_to_its_bare_verb(read):
    a = read("`` When the update is out , drivers should hurry , not wait , to get it fitted , '' said Ana Ruiz .")
    assert all(c.args.get("purpose") != "get" for c in a.claims), fields(a)


def test_people_is_plural():
    assert plural("people") and plural("the children") and not plural("the press")


def test_a_participle_whose_auxiliary_stood_before_the_subject_is_no_clause():
    c = claim(subject="traders", predicate="watching", object="the price",
              evidence="There are traders constantly watching the price.",
              args={"first_tag": "VBG", "render": "evidence", "clause": "traders constantly watching the price"})
    assert garble_reason(c) == "participle"
    ok = claim(subject="traders", predicate="are watching", object="the price",
               evidence="Traders are constantly watching the price.",
               args={"first_tag": "VBP", "render": "evidence", "clause": "Traders are constantly watching the price"})
    assert garble_reason(ok) is None


def test_a_description_before_a_name_is_said_with_its_article(read):
    a = read("`` We are seeing customised versions of the Zeta 7 exploit with varying degrees of obfuscation , '' "
             "wrote Quillsoft security expert Rahul Mohan on the company blog .")
    desc = [c for c in a.claims if c.args.get("from") == "apposition" and c.subject == "Rahul Mohan"]
    assert desc and all(c.object == "a Quillsoft security expert" for c in desc), fields(a)


def test_a_name_beside_a_noun_inside_the_phrase_is_not_the_phrase_heads(read):
    a = read("Mr . Holt discounted rumors that he was the leaker , saying the mysterious source for Boston Globe "
             "reporters Bob Wardell and Carl Benning was not one person , but probably a combination of people .")
    assert not [c for c in a.claims if c.shown and c.subject == "Bob Wardell"], fields(a)


def test_a_positive_claim_keeps_its_object_without_the_restriction(read):
    a = read("In 1991 Ravi Solano was convicted of helping to defraud thousands of investors who bought risky bonds "
             "sold by his staff.")
    assert [c for c in a.claims if c.shown and c.lemma == "defraud"], fields(a)


def test_a_list_of_common_nouns_is_not_cut_before_its_verb(read):
    a = read("Organizers state the two days of music, dancing, and speeches is expected to draw two million people.")
    assert not [c for c in a.claims if c.shown and (c.object or "").endswith("music, dancing")], fields(a)


def test_a_plural_with_one_name_beside_it_is_not_that_name(read):
    a = read("Mr . Reyes is survived by his brothers Paul , of Tulsa , and Mark .")
    survived = [c for c in a.claims if c.lemma == "survive"]
    assert survived and all(c.object != "Paul" for c in survived), fields(a)
    assert not [c for c in a.claims if c.args.get("from") == "apposition" and c.subject == "Paul"], fields(a)


def test_first_person_inside_a_quote_within_the_quote_is_not_the_speakers(nlp):
    from newsgraph.models import Sentence
    from newsgraph.nlp.claimparts.corefer import _inner_quote
    from newsgraph.nlp.claimparts.view import SentenceView

    text = "He wants me to fly out to the base and call on a safe line , ' \" Holt said , recalling Kim's words ."
    view = SentenceView(nlp(text), Sentence(0, 0, len(text), text))
    me = next(w for w in view.tokens() if w.text == "me")
    assert _inner_quote(view, me)
    plain = "He wants me to fly out to the base , \" Holt said ."
    view = SentenceView(nlp(plain), Sentence(0, 0, len(plain), plain))
    assert not _inner_quote(view, next(w for w in view.tokens() if w.text == "me"))
