"""Objects that carry the news, kept whole or not shown: faults found reading claims on unseen sports and
crime reports (s11).

Every sentence here is made up; each has the shape of one fault: a bracketed label beside a name in a
list ("Lee ( knee )") read as what the name is; a coordinated object cut to its first name ("the only
healthy pitchers are Lee" of "… are Lee and Reed"); a relative clause on the first of two coordinated
names given to both; the event a verb of perceiving takes ("watched his friend [fall into the river]")
dropped, or its bare verb read as the perceiver's own main verb.
"""

from __future__ import annotations

import pytest

from newsgraph.models import Article
from newsgraph.query.load import load_claims
from newsgraph.resolve import link_article
from tests.test_claims_precision import read  # noqa: F401  (the module's annotate-and-cache fixture)


def fields(annotated):
    return [(c.subject, c.predicate, c.object, c.status, c.shown) for c in annotated.claims]


@pytest.mark.parametrize("text", [
    "Guards Tom Hale ( ankle ) and Bo Reed ( wrist ) both were limited on Monday.",
    "Guards Tom Hale (ankle) and Bo Reed (sore wrist) both were limited on Monday.",
])
def test_a_bracketed_label_beside_a_name_is_not_what_the_name_is(read, text):
    a = read(text)
    assert not any(c.shown and c.lemma == "be" and c.args.get("from") == "apposition" for c in a.claims), fields(a)
    assert any(c.shown and c.lemma == "limit" for c in a.claims), fields(a)


def test_a_bracketed_description_with_a_determiner_stays(read):
    a = read("Ann Lee (the mayor's aide) resigned on Monday.")
    assert any(c.shown and c.object == "the mayor's aide" for c in a.claims), fields(a)


@pytest.mark.parametrize("text", [
    "The only healthy pitchers are Tom Hale and Bo Reed.",
    "The other pitchers on the roster are veteran Tom Hale, who was signed on Monday, and rookie Bo Reed.",
])
def test_what_the_subject_is_names_every_name(read, text):
    a = read(text)
    c = next(c for c in a.claims if c.lemma == "be" and c.object and c.object.startswith("Tom Hale"))
    assert c.shown and c.object == "Tom Hale and Bo Reed" and c.args.get("conjoined_object"), fields(a)


def test_a_relative_clause_on_the_first_of_two_names_is_that_ones(read):
    a = read("The other pitchers are veteran Tom Hale, who was signed on Monday, and rookie Bo Reed, who was "
             "signed on Tuesday.")
    signed = [c.subject for c in a.claims if c.lemma == "sign" and c.shown]
    assert "Tom Hale and Bo Reed" not in signed and "Tom Hale" in signed, fields(a)


@pytest.mark.parametrize("text", [
    "A hiker who watched his friend fall into the river is safe.",
    "A hiker who watched his friend fall into the river on Sunday was rescued on Monday.",
])
def test_the_perceived_event_is_not_dropped_nor_given_to_the_perceiver(read, text):
    a = read(text)
    shown = [(c.subject, c.lemma, c.object) for c in a.claims if c.shown]
    assert not any(lemma == "watch" and obj == "his friend" for _, lemma, obj in shown), fields(a)
    assert not any(subj == "A hiker" and lemma == "fall" for subj, lemma, _ in shown), fields(a)


def test_a_perceived_event_parsed_as_its_clause_stays(read):
    a = read("Ann Lee watched her sister fall into the river.")
    assert any(c.shown and c.lemma == "fall" and "sister" in c.subject for c in a.claims), fields(a)
    a = read("Ann Lee saw the film last year.")
    assert any(c.shown and c.lemma == "see" and c.object == "the film" for c in a.claims), fields(a)


def test_a_coordinated_object_is_shown_whole_from_the_store(store, annotator):
    article = Article(id="pitchers", text="The only healthy pitchers are Tom Hale and Bo Reed.",
                      published="2024-05-07", source="Coast Ledger")
    annotated = annotator.annotate(article)
    store.write_article(annotated, linker=link_article)
    key = next(("pitchers", c.id) for c in annotated.claims if c.lemma == "be")
    (view,) = load_claims(store, [key])
    assert view.object == "Tom Hale and Bo Reed" and view.object_entity is not None


# --- transcripts: "NAME: words" lines are that person's words -------------------------------------------

def test_speaker_turns_run_to_the_next_label():
    from newsgraph.nlp.claimparts.transcript import speaker_turns

    text = "Remarks.\nMayor Ann Lee : Thank you.\nWe will act.\nREPORTER: When?\nBO CHAN, HOST: Good night."
    turns = speaker_turns(text)
    assert [t.name for t in turns] == ["Mayor Ann Lee", "REPORTER", "BO CHAN"]
    assert text[turns[0].start:turns[0].end] == "Thank you.\nWe will act.\n"
    assert text[turns[2].start:turns[2].end] == "Good night."


def test_a_lone_label_in_the_first_line_is_a_headlines():
    from newsgraph.nlp.claimparts.transcript import speaker_turns

    text = "Lee: I will not resign\nThe mayor said on Monday that she would stay."
    (turn,) = speaker_turns(text)
    assert text[turn.start:turn.end] == "I will not resign"


def test_a_transcript_turn_is_its_speakers_words(read):
    a = read("Transcript of the mayor's remarks.\n\nMayor Ann Lee : Thank you all for coming. The old bridge is "
             "not safe. I have asked the council to act.\n\nREPORTER: Will taxes rise?\n\nANN LEE: Taxes will "
             "not rise.")
    bridge = next(c for c in a.claims if c.lemma == "be" and c.subject == "The old bridge")
    assert bridge.shown and bridge.source.text == "Ann Lee" and bridge.source.kind == "quote", fields(a)
    asked = next(c for c in a.claims if c.lemma == "ask")
    assert asked.shown and asked.subject == "Ann Lee", fields(a)  # her "I"
    taxes = next(c for c in a.claims if c.lemma == "rise")
    assert taxes.source.text == "Ann Lee" and taxes.status == "negated", fields(a)


def test_a_transcript_label_makes_no_claim_and_a_role_label_names_nobody(read):
    a = read("BO CHAN, HOST: Good evening. The storm hit the coast on Monday.\n\nTOM HALE (Weather Service): "
             "The storm weakened overnight.")
    assert not any(c.shown and c.subject in ("BO CHAN", "TOM HALE") and c.lemma in ("be", "weaken")
                   for c in a.claims), fields(a)
    hit = next(c for c in a.claims if c.lemma == "hit")
    assert hit.source.text == "BO CHAN" and hit.source.kind == "quote", fields(a)
    a = read("REPORTER: The storm hit the coast on Monday.")
    hit = next(c for c in a.claims if c.lemma == "hit")
    assert hit.source.kind == "outlet", fields(a)


@pytest.mark.parametrize("text, lemma", [
    ("The old bridge is no longer safe.", "be"),
    ("Ann Lee no longer works at the bank.", "work"),
])
def test_no_longer_denies_the_state(read, text, lemma):
    a = read(text)
    c = next(c for c in a.claims if c.lemma == lemma)
    assert c.status == "negated", fields(a)


def test_a_line_that_names_the_speaker_ends_the_turn(read):
    a = read("Ann Lee: I never saw the money\n\nAnn Lee testified for three hours on Monday.\nThe jury heard "
             "from two bankers.\nBo Chan: No comment.")
    testified = next(c for c in a.claims if c.lemma == "testify")
    assert testified.source.kind != "quote", fields(a)
    heard = next(c for c in a.claims if c.lemma == "hear")
    assert heard.source.kind == "outlet", fields(a)


def test_what_was_talked_about_stays_with_who_heard_it(read):
    a = read("Tom Hale spoke to the Daily Star about losing his job.")
    spoke = next(c for c in a.claims if c.lemma == "speak")
    assert spoke.args.get("complement") == "about losing his job", fields(a)
    assert not (spoke.shown and spoke.args.get("render") != "evidence"), fields(a)  # never "spoke to the Daily Star"
    a = read("Ann Lee spoke to reporters on Monday.")
    assert any(c.shown and c.lemma == "speak" and c.object == "reporters" for c in a.claims), fields(a)


def test_a_pronoun_owner_in_the_object_of_a_possessed_subject_stays_a_pronoun(read):
    a = read("Miles Orr said his brother plunged to his death on Thursday.")
    c = next(c for c in a.claims if c.lemma == "plunge")
    assert c.object == "his death", fields(a)


@pytest.mark.parametrize("text", [
    "Tom Hale led the Hawks in scoring, posting 40 goals in 60 games.",
    "Last season it was Tom Hale that led the Hawks in scoring, posting 40 goals in 60 games.",
])
def test_a_participle_after_a_comma_is_the_subjects_not_the_objects(read, text):
    a = read(text)
    posted = next(c for c in a.claims if c.lemma == "post")
    assert posted.subject == "Tom Hale", fields(a)


def test_a_participle_phrase_said_in_the_articles_words_is_no_clause(read):
    a = read("Tom Hale was placed on the injured list on Monday with a knee injury meaning that the team will be "
             "without both of its top scorers for the rest of the season.")
    assert not any(c.shown and c.lemma == "mean" for c in a.claims), fields(a)
    assert any(c.shown and c.lemma == "place" for c in a.claims), fields(a)


@pytest.mark.parametrize("text, subject", [
    ("Tom Hale and Bo Reed were limited in Monday's practice, which is encouraging because of the injury to "
     "Ann Lee.", "Monday's practice"),
    ("The club sold the stadium, which is surprising.", "the stadium"),
])
def test_a_which_that_judges_the_clause_before_it_is_not_said_of_the_noun(read, text, subject):
    a = read(text)
    assert not any(c.shown and c.subject == subject and c.lemma == "be" for c in a.claims), fields(a)


def test_a_which_that_describes_its_noun_stays(read):
    a = read("The club sold the stadium, which is old.")
    assert any(c.shown and c.subject == "the stadium" and c.object == "old" for c in a.claims), fields(a)


@pytest.mark.parametrize("text", [
    "Safety Tom Hale ( knee ) , tight end Bo Reed ( ankle ) , defensive tackle Ann Lee ( knee ) and linebacker "
    "Dan Orr ( hamstring ) did not participate in team drills Wednesday .",
    "Forwards Tom Hale ( groin ) and Bo Reed ( knee ) were limited while guard Dan Orrick ( knee ) and center "
    "Max Pellman ( shoulder ) were full .",
])
def test_labels_and_titles_in_a_list_of_players_are_no_descriptions(read, text):
    a = read(text)
    bad = [(c.subject, c.object) for c in a.claims if c.shown and c.args.get("from") == "apposition"]
    assert not bad, fields(a)
