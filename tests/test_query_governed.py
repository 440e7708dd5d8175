"""A short answer's span belongs to the asked event by the parse of its sentence (``query.governed``, the ``other
event`` doubt of ``query.fits``).

Made-up stories that tell of two events of one kind (two fires in two towns on two days, an arrest and an old
killing, a statement and the deal it reports): the span another verb governs is doubted, the one the asked verb
(or its paraphrase, or the noun of its act) governs is kept, and so are a participant's attribute and a value
asked by a stative question.
"""

from __future__ import annotations

import pytest
from test_query_ask import assert_supported
from test_query_spans import _cite
from tests.querykit import asked as _asked
from tests.querykit import ingested

from newsgraph.query.fits import doubt
from newsgraph.query.governed import located, other_event
from newsgraph.query.questions import read_question

_BARN = "Officials said on Friday that a fire had damaged a barn in Pinecrest ."
_ULM = "Ned Ulm has been charged in the 1988 killing of a shopkeeper ."
_TEAM = "Ida Vorn led a team of doctors to Oakland to help victims of floods in Elmira ."
#: the speaker of a verb of saying is named by the question, but the date is the statement's
_JETS = "The airline said on Thursday that it had signed an order for 30 jets ."
_DEAL = "The firm said on Friday that it had signed the deal ."


def _type(question: str) -> str:
    low = question.lower()
    return "place" if low.startswith(("where", "in which")) else "date" if low.startswith(("when", "on what")) \
        else "money" if low.startswith("how much") else "duration" if low.startswith("how long") else "number"


@pytest.mark.parametrize(("question", "sentence", "span", "verb"), [
    # the span is the time of another event: a statement, a killing, a rescue
    ("On what day was the barn damaged?", _BARN, "Friday", "said"),
    ("When was Ned Ulm arrested?", _ULM, "1988", "charged"),
    ("Where was the team heading?", _TEAM, "Elmira", "help"),
    # the subject of a verb of saying is its speaker, not a noun of the event it reports
    ("When did the airline sign the order?", _JETS, "Thursday", "said"),
    ("On what day did the firm sign the deal?", _DEAL, "Friday", "said"),
    ("When did the airline announce the order?", _JETS, "Thursday", None),
    # the asked event governs the span, itself or by the verb a chain ends in
    ("Where was the barn damaged?", _BARN, "Pinecrest", None),
    ("When was Ned Ulm arrested?", "Police arrested Ned Ulm on Monday .", "Monday", None),
    ("When was Ned Ulm arrested?", "Ned Ulm was arrested and charged on Monday .", "Monday", None),
    ("When will the team leave Elmira?", "The team planned to leave Elmira on Thursday .", "Thursday", None),
    ("How many people were killed?", "The blast killed 12 people in the square .", "12 people", None),
    # a paraphrase of the asked verb, and the noun of a light verb's act
    ("When did the blast injure the guards?", "The blast wounded two guards on Sunday .", "Sunday", None),
    ("How much profit did Elmco make?", "Elmco made a profit of $5 million last year .", "$5 million", None),
    # the noun the event is said of, and the noun a count counts, say the question's words
    ("Where will the ceremony be held?", "The ceremony will take place at the Elm Hall on May 2 .", "Elm Hall", None),
    ("How many sailors were among those held?", "The detained included 12 sailors and 11 cooks .", "12 sailors", None),
    # a verb the governor completes, the antecedent a relative clause is said of, a noun compounded on the path
    ("How many of the boats got away?", "Two of the boats managed to get away before dawn .", "Two of the boats",
     None),
    ("Where did the fire start?", "Crews fought the fire which broke out in the attic of the mill .", "the attic",
     None),
    ("When did the courthouse shooting happen?", "Ned Ulm got a life term for a May 2005 shooting spree .",
     "May 2005", None),
    # a length of time measures the whole event, whichever verb the parse ties it to: not checked
    ("How long was Ann Lee jailed?", "Ann Lee spent eight years locked up in Elm .", "eight years", None),
    # a stative question asks no act: by its words, or a parse with no verb but "be"
    ("What was the barn worth?", "The barn , built in 1901 , sold for $40,000 .", "$40,000", None),
    ("How many soldiers are in the valley?", "An officer said the 900 soldiers in the valley will stay .",
     "900 soldiers", None),
])
def test_other_event_names_the_verb_of_another_event(question, sentence, span, verb):
    assert other_event(question, _type(question), sentence, sentence.index(span), len(span)) == verb


def test_the_parse_leaves_the_shared_pipeline_alone(monkeypatch):
    """Asks run in a thread pool beside readers: the unused pipes are left out per call, never switched off on
    the shared pipeline object (its ``select_pipes`` would flip them for every thread)."""
    import newsgraph.nlp.model as model
    from newsgraph.query import governed

    calls = []

    class Shared:
        pipe_names = ["tagger", "parser", "ner"]

        def select_pipes(self, **_):
            raise AssertionError("the shared pipeline was changed")

        def __call__(self, text, disable=()):
            calls.append(list(disable))
            return text

    monkeypatch.setattr(model, "load_nlp", lambda model=None: Shared())
    governed.parsed.cache_clear()
    try:
        assert governed.parsed("A made-up sentence about a kettle .") == "A made-up sentence about a kettle ."
    finally:
        governed.parsed.cache_clear()
    assert calls == [["ner"]]


def test_a_span_that_reaches_no_verb_is_not_judged():
    headline = "Fire in Pinecrest barn on Friday"  # a headline's noun phrase: its root is no verb
    assert other_event("On what day was the barn damaged?", "date", headline, headline.index("Friday"), 6) is None


def test_an_attribute_of_an_asked_name_is_not_judged():
    sentence = "Ann Lee of Pinecrest died in a crash on Monday ."
    at = sentence.index("Pinecrest")
    assert other_event("Where is Ann Lee from?", "place", sentence, at, 9, {"ann", "lee"}) is None


def test_a_normalised_date_is_found_by_the_words_that_say_it():
    text = "The firm said on Thursday that it had signed the deal in June 2009 ."
    assert located(text, "2009-06-18") == (text.index("Thursday"), len("Thursday"))
    assert located(text, "2009-06") == (text.index("June"), len("June"))
    assert located("It closed in 1967 .", "1967") == (13, 4)
    assert located(text, "2010-03-02") == (-1, 0)


@pytest.mark.parametrize(("question", "short", "found"), [
    ("On what day was the barn damaged?", "Friday", "other event"),
    ("Where was the barn damaged?", "Pinecrest", None),
])
def test_the_other_event_doubt(store, question, short, found):
    assert doubt(read_question(store, question), short, _cite(_BARN)) == found


ARTICLE = """date: 2025-04-11
source: Harbor Gazette

A fire destroyed a bakery in Oakvale on Tuesday.
Officials said on Friday that a second fire had damaged a barn in Pinecrest.
Coach Ada Brook led the Herons to 43 wins in her only season.
Her rival, Tom Ray, won 162 games in four seasons with the Gulls.
"""


@pytest.fixture(scope="module")
def harbor(tmp_path_factory, annotator):
    store = ingested(tmp_path_factory, annotator, "harbor", {"2025-04-11-harbor-gazette-fires.txt": ARTICLE})
    yield store
    store.close()


def test_ask_states_no_date_of_another_event(harbor):
    # the day the second fire was reported is no day of the fire
    answer = _asked(harbor, "On what day was the barn damaged?")
    assert_supported(harbor, answer)
    assert "2025-04-11" not in (answer.short_answer or ""), answer.answer
    # each fire keeps its own day and town, each coach his own count
    assert "2025-04-08" in (_asked(harbor, "When did the fire destroy the bakery?").short_answer or "")
    assert "Pinecrest" in (_asked(harbor, "Where was the barn damaged?").short_answer or "")
    assert "162" in (_asked(harbor, "How many games did Tom Ray win?").short_answer or "")


JETS_ARTICLE = """date: 2025-07-11
source: Harbor Gazette

The airline said on Thursday that it had signed an order for 30 jets.
The jets will be delivered over five years, the airline said.
"""


def test_ask_states_no_date_of_the_statement_for_the_act_it_reports(tmp_path_factory, annotator):
    # the day the airline spoke is no day of the signing: the speaker named in the question does not tie them
    store = ingested(tmp_path_factory, annotator, "jets", {"2025-07-11-harbor-gazette-jets.txt": JETS_ARTICLE})
    try:
        answer = _asked(store, "When did the airline sign the order?")
        assert_supported(store, answer)
        assert "2025-07-10" not in (answer.short_answer or ""), answer.answer
    finally:
        store.close()


@pytest.mark.parametrize("sentence,span,question,verb", [
    ("In a show of thanks back in May, Lena Dorr went on the radio while still in hospital to thank the nurses.",
     "May", "When did Lena Dorr thank the nurses?", None),
    ("Tom Hale was arrested on Friday after police stormed his house in Elm.", "Friday",
     "When did police storm the house?", "arrested"),
])
def test_a_subjectless_clause_shares_its_verbs_time_one_with_its_own_subject_does_not(sentence, span, question,
                                                                                     verb):
    """"went on the radio … to thank the nurses": the thanks were that act, on its day (the seed's "took to X while
    still incarcerated to thank Kim Kardashian", read as a clause under "incarcerated"); "after police stormed" has
    a subject of its own: another event, whose day the arrest's is not."""
    assert other_event(question, "date", sentence, sentence.index(span), len(span)) == verb
