"""Spans a sentence found by words gives, as English writes them: a tokenised age ("31 - year - old"), an
obituary's closing "He was 88.", an age written before a noun of the other sex than the asked role's, a relative
bearing the asked person's family name. Invented articles and sentences (sports, court, company).
"""

from __future__ import annotations

from newsgraph.query.extract import Span, age_spans
from newsgraph.query.fits import misfit, other_sex
from newsgraph.query.questions import read_question
from tests.querykit import cite


def _ages(text: str) -> list[str]:
    return [s.text for s in age_spans(cite(text, 0, article="a"))]


def test_an_age_is_read_with_its_hyphens_spaced_or_one_left_out():
    assert _ages("The 31 - year - old striker scored twice .") == ["31"]
    assert _ages("Prosecutors said the 45 - year old defendant lied .") == ["45"]
    assert _ages("The 52-year-old chief executive resigned.") == ["52"]
    assert _ages("The club signed him on a 2 - year contract .") == []  # a term, not an age


def test_a_pronoun_s_age_closes_an_obituary_sentence_only():
    assert _ages("He was 88 .") == ["88"]
    assert _ages("She is 61.") == ["61"]
    assert _ages("He was 88 years with the firm .") == []  # a length, not an age


def test_an_age_written_before_a_noun_of_the_other_sex_is_no_age_of_the_asked_role(store):
    assert other_sex("man", "woman") and other_sex("son", "mother")
    assert not other_sex("victim", "woman") and not other_sex("man", "man")
    q = read_question(store, "How old is the man accused of robbing her?")
    text = "A 70 - year - old woman was robbed outside the bank , and the man accused of it was held ."
    c = cite(text, 0, article="a")
    assert misfit(q, Span(text="70", citation=c)) == "age"
    own = cite("The 24 - year - old man accused of it was held .", 1, article="a")
    assert misfit(q, Span(text="24", citation=own)) is None


class _Mentions:
    """A store that knows one sentence's mentions (``mentions_in``)."""

    def __init__(self, text: str, names: list[tuple[str, int]]):
        self.rows = [(text.index(n), text.index(n) + len(n), n, "PERSON", eid, n) for n, eid in names]

    def mentions_in(self, article, start, end):
        return self.rows


def test_a_relative_with_the_asked_person_s_family_name_answers_a_kin_question():
    from newsgraph.query.extract import entity_spans
    from newsgraph.query.typed import _bare_claim

    text = "Her coach said the skater's father , Tom Brack , drove her to every practice ."
    store = _Mentions(text, [("Tom Brack", 2), ("Brack", 1)])
    claim = _bare_claim(cite(text, 1, article="a"))
    asked_names = {"lia", "brack"}  # Lia Brack (entity 1) is asked about
    kin = entity_spans(store, claim, "person", skip={1}, skip_names=asked_names, kin=True)
    assert [s.text for s in kin] == ["Tom Brack"]
    # not asked of a relative: a name sharing the asked one's word is left out ("Lake Ann" for "Ann Lee")
    assert entity_spans(store, claim, "person", skip={1}, skip_names=asked_names) == []
    # a bare family name is still the asked one's
    store = _Mentions(text, [("Brack", 3)])
    assert entity_spans(store, claim, "person", skip={1}, skip_names=asked_names, kin=True) == []


def test_a_hedged_what_time_asks_the_clock_and_a_part_of_day_its_half():
    from newsgraph.query.typed import ASKS_CLOCK

    assert ASKS_CLOCK.match("At about what time did the match resume?")
    assert ASKS_CLOCK.match("Around what time was the verdict read?")
    assert not ASKS_CLOCK.match("What time of year does the company report?")  # a season, not an hour


def test_a_clock_time_as_tokenised_text_writes_it_and_in_the_asked_half_of_the_day(store):
    q = read_question(store, "At about what time of the evening did the warehouse burn?")
    late = cite("The warehouse burned at about 9 p . m . on Friday .", 0, article="a")
    early = cite("A second warehouse burned around 5 a . m . Sunday .", 1, article="a")
    assert misfit(q, Span(text="about 9 p . m .", citation=late)) is None
    assert misfit(q, Span(text="around 5 a . m .", citation=early)) == "clock"  # no time of the evening
    q = read_question(store, "At what time of night did the warehouse burn?")
    assert misfit(q, Span(text="around 5 a . m .", citation=early)) is None  # the night spans both halves


def test_an_abbreviation_says_the_words_it_stands_for(store):
    from newsgraph.query.fulltext import coverage

    q = read_question(store, "Who is the chief executive of the brewery?")
    assert coverage(q, "The brewery 's CEO , Ann Lee , said sales rose .") > \
        coverage(q, "The brewery 's executives met in May .")
    q = read_question(store, "What did the district attorney say about the verdict?")
    assert coverage(q, "The DA said the verdict was fair .") > coverage(q, "The jury said the verdict was fair .")


def test_an_age_written_with_spaced_hyphens_binds_to_the_name_after_it():
    from newsgraph.query.binding import bind_age

    c = cite("The 36 - year - old Vance beat the 40 - year - old Moreau in five sets .", 0, article="a")
    spans = [Span(text="36", citation=c), Span(text="40", citation=c)]
    assert [s.text for s in bind_age(spans, {"moreau"})] == ["40"]
    one = cite("Prosecutors said the 45 - year old Moreau lied .", 1, article="a")
    assert [s.text for s in bind_age([Span(text="45", citation=one)], {"vance"})] == []  # another's age


def test_the_measure_word_of_a_how_question_is_no_topic_word(store):
    from newsgraph.query.fulltext import coverage, question_words

    q = read_question(store, "How big was the crowd at the final?")
    assert "big" not in question_words(q)
    assert coverage(q, "The final drew a crowd of 18 , 000 .") > coverage(q, "A big storm hit the final .")
    assert "long" not in question_words(read_question(store, "How long did the trial last?"))
    assert "long" in question_words(read_question(store, "Which player had a long career?"))
    assert "old" in question_words(read_question(store, "How old is the striker?"))  # "a 24-year-old" writes it


def test_a_predicate_that_is_only_a_noun_counts_once_unless_it_is_the_asked_role_or_speaker(store):
    from newsgraph.query.fulltext import coverage, may_be_verb

    assert may_be_verb("fired") and may_be_verb("take off") and not may_be_verb("car")
    q = read_question(store, "What car was the striker at the wheel of?")
    assert q.predicate == "car" and coverage(q, "The car was towed .") == 1.0  # a topic, not the thing done
    q = read_question(store, "What did the trainer say about the fight?")  # the speaker: it counts as a verb would
    assert q.predicate == "trainer" and coverage(q, "The trainer was late .") == 2.0


def test_a_headline_yields_to_a_body_sentence_covering_up_to_a_word_less(store):
    from newsgraph.query import fulltext

    q = read_question(store, "Which bakery caught fire on the night of the derby?")
    headline = cite("Bakery catches fire on derby night", 0, article="a")
    body = cite("The Vell Loaf bakery caught fire after the derby .", 1, article="a")
    assert fulltext.coverage(q, headline.text) > fulltext.coverage(q, body.text)  # the headline says a word more
    assert fulltext._cover(q, body) > fulltext._cover(q, headline)  # but holds no name: the body does


def test_only_a_question_that_asks_for_the_relative_reads_kin():
    from newsgraph.query.typed import _asks_kin

    class Q:
        def __init__(self, text):
            self.text = text

    assert _asks_kin(Q("Who is Ann Lee's son?")) and _asks_kin(Q("Who was the boy's father?"))
    assert not _asks_kin(Q("Who killed Ann Lee's son?"))  # the killer is asked, whatever his family name
