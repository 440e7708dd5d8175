"""A short answer stated first fills the role the question asks (``query.fits``, ``query.clauses``).

Each rule of ``fits.misfit`` has a test on made-up sentences: one span it turns away and one it keeps,
so a rule that turned everything away (or nothing) fails. Then, through ``ask`` on an invented world,
the writer states no short answer when none fits (or the next span of the sentence that does), and
every sentence of the answer stays backed by its citations.
"""

from __future__ import annotations

import pytest
from test_query_ask import assert_supported
from test_query_spans import _cite, _world

from newsgraph.query import ask
from newsgraph.query.clauses import clause_bounds, same_clause
from newsgraph.query.extract import Span, count_spans
from newsgraph.query.fits import asked_kind, counted_noun, doubt, misfit
from newsgraph.query.questions import read_question


def _why(store, question: str, sentence: str, span: str, *, said: str | None = None) -> str | None:
    """The rule that turns ``span`` of ``sentence`` away as the answer to ``question`` (None: it fits)."""
    q = read_question(store, question)
    return misfit(q, Span(text=span, citation=_cite(sentence), said=said))


# --- clauses ----------------------------------------------------------------------------------------------------

def _clause_of(text: str, word: str) -> str:
    start, end = clause_bounds(text, text.index(word))
    return text[start:end].strip(" ,")


def test_a_relative_clause_and_a_comma_and_verb_part_clauses():
    text = "Ida Vorn was courting the Elm crew , who had a feud with the Oak gang he joined ."
    assert _clause_of(text, "Elm") == "Ida Vorn was courting the Elm crew"
    text = "She won the Lark Prize in 1990 , and was elected to the board in 1994 ."
    assert not same_clause(text, text.index("1990"), text.index("elected"))
    assert same_clause(text, text.index("1994"), text.index("elected"))


def test_a_verb_of_saying_sets_its_speaker_apart_but_keeps_its_own_words():
    text = "Ned Ulm says the clerk accused of theft is honest ."
    assert _clause_of(text, "Ned") == "Ned Ulm"
    assert "accused" in _clause_of(text, "clerk")
    text = "He testified Monday that he left early , saying he never fired the gun ."
    assert "Monday" in _clause_of(text, "testified")
    assert not same_clause(text, text.index("Monday"), text.index("fired"))


def test_a_name_a_relative_clause_tells_of_shares_its_clause_when_asked():
    text = "The fire began at noon , said neighbour Ada Pell , who called the brigade ."
    plain = clause_bounds(text, text.index("Ada"))
    told = clause_bounds(text, text.index("Ada"), antecedent_of=text.index("Pell") + 4)
    assert text.index("called") >= plain[1] and told[0] <= text.index("called") < told[1]


# --- each rule: one span turned away, one kept ---------------------------------------------------------------

def test_echo_a_figure_the_question_states(store):
    sentence = "The two blasts , which came 40 kilometres apart , hit two banks ."
    assert _why(store, "How far apart were the two blasts?", sentence, "two banks") == "echo"
    assert _why(store, "How far apart were the two blasts?", sentence, "40 kilometres") is None
    # a measure of something else than the thing the question counts is no echo
    assert _why(store, "How long had the two clubs feuded?", "They feuded for two years .", "two years") is None


_LATER = "Two years ago , the board set a review that takes six weeks ."
_CLIMB = "A climber from Elmar , 36 , died after a fall at Brisk Peak ."
_QUARTERS = "For the final quarter , the firm says it made $ 8 million , after $ 5 million in the third quarter ."


@pytest.mark.parametrize(("question", "sentence", "span", "rule"), [
    # relative: a length that dates something else ("two years ago")
    ("How long does the review take?", _LATER, "Two years", "relative"),
    ("How long does the review take?", _LATER, "six weeks", None),
    ("How long after the vote did it start?", _LATER, "Two years", None),
    # origin: "where is X from?" is not where something happened to X
    ("Where was the climber from?", _CLIMB, "Brisk Peak", "origin"),
    ("Where was the climber from?", _CLIMB, "Elmar", None),
    ("Where did the climber fall?", _CLIMB, "Brisk Peak", None),
    # ordinal: another part of a sequence than the asked one
    ("How much did the firm make in the second quarter?", _QUARTERS, "$ 8 million", "ordinal"),
    ("How much did the firm make in the third quarter?", _QUARTERS, "$ 5 million", None),
    ("How much did the firm make?", _QUARTERS, "$ 8 million", None),
])
def test_a_rule_turns_one_span_away_and_keeps_the_others(store, question, sentence, span, rule):
    assert _why(store, question, sentence, span) == rule


def test_tense_what_is_yet_to_happen_for_what_did_happen(store):
    sentence = "The ferry will make a charity crossing on May 4 ."
    assert _why(store, "When did the ferry make its first crossing?", sentence, "2024-05-04", said="May 4") == "tense"
    assert _why(store, "When will the ferry make a crossing?", sentence, "2024-05-04", said="May 4") is None
    assert _why(store, "When did the ferry make its first crossing?", "The ferry made its first crossing on May 4 .",
                "2024-05-04", said="May 4") is None


def test_clock_the_hour_is_asked(store):
    assert _why(store, "At what time did the alarm sound?", "The alarm sounded on Friday .", "2024-05-03",
                said="Friday") == "clock"
    assert _why(store, "At what time did the alarm sound?", "The alarm sounded at 10:35 a.m. Friday .",
                "10:35 a.m.") is None


def test_unit_a_measure_for_a_count_of_something_else(store):
    sentence = "Three hikers died after a fall of about 150 metres ."
    assert counted_noun("How many hikers died on the ridge?") == "hikers"
    assert _why(store, "How many hikers died on the ridge?", sentence, "about 150 metres") == "unit"
    assert _why(store, "How many hikers died on the ridge?", sentence, "Three hikers") is None
    assert _why(store, "How many hikers were rescued?", "The tanker held $ 40 million of oil .", "40 million") == "unit"
    # a street address in blocks ("the 1200 block of Elm Street") counts no shots
    assert _why(store, "How many shots were fired?", "Shots were fired in the 1200 block of Elm Street .",
                "1200 block") == "unit"


def test_change_a_figure_of_no_change_or_the_level_a_change_went_to(store):
    question = "How much did Tessel's exports fall in May?"
    assert _why(store, question, "In May , Tessel was lent $ 40 million by its bank .", "$ 40 million") == "change"
    assert _why(store, question, "Tessel shares slipped 2 % to $ 4.10 in May .", "$ 4.10") == "change"
    assert _why(store, question, "Tessel's exports fell $ 3 million in May .", "$ 3 million") is None
    assert _why(store, question, "Tessel's exports were down $ 3 million in May .", "$ 3 million") is None


def test_qualifier_the_asked_post_of_another_place(store):
    sentence = "In a letter to Arvan President Tam Holt , President Ode Rusk condemned the attack ."
    assert _why(store, "Who is the president of Veloria?", sentence, "Tam Holt") == "qualifier"
    assert _why(store, "Who is the president of Veloria?", sentence, "Ode Rusk") is None
    assert _why(store, "Who is Arva's president?", sentence, "Tam Holt") is None  # "Arvan" is Arva's
    # initials name the same body: "the FTW president" for "the president of the Free Trade Workers"
    assert _why(store, "Who is the president of the Free Trade Workers?",
                "The FTW President Lu Sorn called the plan poor .", "Lu Sorn") is None
    assert _why(store, "What was Arva's death toll?", "The death toll in the Veloria blast , at first 10 , rose .",
                "10") == "qualifier"


def test_clause_the_asked_verb_in_another_clause(store):
    sentence = "Ida Vorn was courting the Elm crew , who had a feud with the Oak gang she joined ."
    assert _why(store, "Which gang did Ida Vorn join?", sentence, "Elm") == "clause"
    assert _why(store, "Which gang did Ida Vorn join?", sentence, "Oak") is None
    sentence = "Ivo Mann won the Lark Prize in 1990 , and was elected to the board in 1994 ."
    assert _why(store, "In what year was Ivo Mann elected to the board?", sentence, "1990") == "clause"
    assert _why(store, "In what year was Ivo Mann elected to the board?", sentence, "1994") is None


def test_clause_keeps_a_speaker_telling_of_herself_and_a_figure_the_question_gives(store):
    sentence = "Ada Pell , the aunt , said she is caring for three of the children while their uncle looks after two ."
    assert _why(store, "Who looks after three of the children?", sentence, "Ada Pell") is None
    sentence = "Lena Brook married twice ; her first husband was Karl Odd , and her second Jan Pike in 1961 ."
    assert _why(store, "Whom did Lena Brook marry in 1961?", sentence, "Jan Pike") is None


def test_untitled_a_role_question_needs_the_title_beside_the_name(store):
    sentence = "Judge Ray Toll heard the case and clerk Bo Linn read the charges ."
    assert _why(store, "Who is the judge at the trial?", sentence, "Bo Linn") == "untitled"
    assert _why(store, "Who is the judge at the trial?", sentence, "Ray Toll") is None
    assert _why(store, "Who runs the scouting for the Owls as general manager?",
                "Owls general manager Sam Hile hired Ed Voss .", "Sam Hile") is None


def test_asker_the_one_the_question_describes_as_its_subject(store):
    sentence = "Governor-elect Ana Rho chose Ben Tull , a surgeon , for the post ."
    assert _why(store, "Whom has the governor-elect asked to run the health office?", sentence, "Ana Rho") == "asker"
    assert _why(store, "Whom has the governor-elect asked to run the health office?", sentence, "Ben Tull") is None


def test_done_to_the_passive_s_subject_did_not_do_the_asked_act(store):
    sentence = "Guard Ana Rho was stabbed outside the depot by a man in a red coat ."
    assert _why(store, "Who stabbed the guard?", sentence, "Ana Rho") == "done to"
    assert _why(store, "Who stabbed the guard?", "Ben Tull stabbed a guard outside the depot .", "Ben Tull") is None
    # a passive question asks for the one it was done to
    assert _why(store, "Who was stabbed outside the depot?", sentence, "Ana Rho") is None
    assert _why(store, "Which depot guard was stabbed on Friday?", sentence, "Ana Rho") is None


def test_object_a_name_titled_with_the_question_s_object_is_not_the_doer(store):
    sentence = "Guard Ana Rho was on patrol at the depot while Ben Tull waited outside ."
    assert _why(store, "Who stabbed the guard?", sentence, "Ana Rho") == "object"
    assert _why(store, "Who stabbed the guard?", sentence, "Ben Tull") is None
    assert _why(store, "Who hired the coach?", "Coach Eli Marr thanked owner Jo Pike .", "Eli Marr") == "object"


def test_complement_what_an_accusation_is_of(store):
    sentence = "Jurors heard from Kai Dunn , the teen accused of shooting 9-year-old Mia Shaw ."
    assert _why(store, "Who is accused of shooting the girl?", sentence, "Mia Shaw") == "complement"
    assert _why(store, "Who is accused of shooting the girl?", sentence, "Kai Dunn") is None


def test_kind_a_name_headed_by_another_kind_noun(store):
    assert asked_kind("Which news agency carried the statement?") == "agency"
    assert asked_kind("Which six-story building did the blast bring down?") == "building"
    sentence = "She studied at Lorne College with help from the Pell Scholars program ."
    assert _why(store, "Which program paid her tuition?", sentence, "Lorne College") == "kind"
    assert _why(store, "Which program paid her tuition?", sentence, "Pell Scholars") is None
    sentence = "She grew up in the coastal town of Elmar , near Brisk Bay ."
    assert _why(store, "In which town did she grow up?", "She grew up in the Brisk Bay town of Elmar .",
                "Brisk Bay") == "kind"
    assert _why(store, "In which town did she grow up?", sentence, "Elmar") is None
    # a name before the asked noun written small qualifies it and names no town; "Brisk River" is the river's name
    assert _why(store, "In which town is the burned shop?", "Crews fought a blaze at a shop in a Coastshire town .",
                "Coastshire") == "kind"
    assert _why(store, "Which river flooded?", "The Brisk River flooded on Monday .", "Brisk River") is None


def test_leader_a_title_tied_to_the_asked_body(store):
    from test_query_spans import _world as world

    w = world(store, "2024-01-02", ["Director Ana Rho runs the Elm Agency ."], "Wire", ("Elm Agency", "ORG"),
              ("Ana Rho", "PERSON"))
    sentence = "The rule came late in President Ivo Mann 's term ."
    assert _why(w, "Who runs the Elm Agency?", sentence, "Ivo Mann") == "leader"
    assert _why(w, "Who runs the Elm Agency?", "Elm Agency President Ivo Mann signed it .", "Ivo Mann") is None
    assert _why(w, "Who runs the Elm Agency?", "The agency said its president , Ivo Mann , signed it .",
                "Ivo Mann") is None


def test_nameless_a_place_that_names_nothing(store):
    assert _why(store, "Where did the blast hit her?", "She was cut on her lip and hands .",
                "her lip and hands") == "nameless"
    assert _why(store, "Where was he treated?", "He was treated at a hospital .", "a hospital") is None


def test_a_share_is_a_percent_or_a_fraction(store):
    sentence = "Ivo Mann , who got a 12-year term , has served 85 % of it , or about two-thirds of the time ."
    assert _why(store, "What share of his term has Ivo Mann served?", sentence, "12") == "share"
    assert _why(store, "What share of his term has Ivo Mann served?", sentence, "85 %") is None
    assert _why(store, "What share of his term has Ivo Mann served?", sentence, "two") is None  # "two-thirds"
    assert _why(store, "How many years was his term?", sentence, "12") is None


def test_a_sum_in_another_currency_than_the_asked_one(store):
    sentence = "Thieves took art worth 40 million euros ( 35 million pounds , or $ 52 million ) ."
    assert _why(store, "What was the art worth in dollars?", sentence, "40 million euros") == "currency"
    assert _why(store, "What was the art worth in dollars?", sentence, "$ 52 million") is None
    assert _why(store, "What was the art worth in pounds?", sentence, "35 million pounds") is None
    assert _why(store, "What was the art worth?", sentence, "40 million euros") is None
    sentence = "The firm paid A$ 9 million ( $ 6 million ) for the mill ."
    assert _why(store, "How much was the mill sold for in dollars?", sentence, "9 million") == "currency"


def test_a_name_that_qualifies_an_owned_thing_is_no_person(store):
    sentence = "Ivo Mann beat Tom Ray to keep his ABF and XBO welterweight belts ."
    assert _why(store, "Who kept the welterweight belts?", sentence, "ABF") == "modifier"
    assert _why(store, "Who kept the welterweight belts?", sentence, "Ivo Mann") is None
    sentence = "Her lawyer , Ann Lee , said she sold her Acme shares ."
    assert _why(store, "Who sold the shares?", sentence, "Acme") == "modifier"
    assert _why(store, "Who was her lawyer?", sentence, "Ann Lee") is None
    sentence = "Ivo Mann defended the ABF and XBO titles against Tom Ray ."
    assert _why(store, "Who was the challenger?", sentence, "XBO") == "modifier"
    assert _why(store, "Who was the challenger?", sentence, "Tom Ray") is None


def test_age_of_another_than_the_asked_role(store):
    sentence = "The teen suspect Kai Dunn is accused of killing 9-year-old Mia Shaw ."
    assert _why(store, "How old is the defendant?", sentence, "9") == "age"
    assert _why(store, "How old was the victim?", "The victim , a 9-year-old girl , died .", "9") is None
    # the role is the asked phrase's last noun, whatever narrows it down before
    sentence = "Officers found Ada Roe , 58 , and her nursing student daughter Lia Roe , 20 ."
    assert _why(store, "How old was the widow's daughter?", sentence, "58") == "age"
    assert _why(store, "How old was the widow's daughter?", sentence, "20") is None


# --- extraction of figures as tokenised text writes them -------------------------------------------------------

def test_tokenised_thousands_and_compounds_and_a_clock():
    c = _cite("He was the only nurse for 3 , 400 people at a cost of more than 70 , 000 dollars .")
    assert count_spans(c, {"peopl", "person"})[0].text == "3 , 400 people"
    c = _cite("With 2 : 15 to play , she threw a nine - yard pass .")
    assert [s.text for s in count_spans(c, {"pass"})] == ["nine - yard"]


def test_a_decimal_with_no_whole_part_keeps_its_point():
    """".09 percent" stated as "09 percent" reads as nine percent: the point stays (session 15's reading of an answer
    on tokenised text, ". 09"), and a full stop that ends a word ("came home. 9 of them") is no point of a figure."""
    c = _cite("Tests put the rower 's blood alcohol level at . 09 percent , above the limit .")
    assert count_spans(c, {"level"})[0].text == ".09 percent"
    assert [s.text for s in count_spans(_cite("The rowers came home. 9 of them had medals."), {"medal"})] == ["9"]


# --- through ask --------------------------------------------------------------------------------------------------

@pytest.fixture()
def letter_world(store):
    return _world(store, "2024-06-02", [
        "In a letter to Arvan President Tam Holt , President Ode Rusk of Veloria condemned the attack .",
        "The ferry will make a charity crossing on June 20 from Port Sel .",
    ], "Wire", ("Tam Holt", "PERSON"), ("Ode Rusk", "PERSON"), ("Veloria", "GPE"),
        ("Port Sel", "GPE"))


def test_ask_gives_the_post_holder_of_the_asked_place(letter_world):
    answer = ask(letter_world, "Who is the president of Veloria?")
    assert_supported(letter_world, answer)
    assert answer.short_answer != "Tam Holt", answer.answer


def test_ask_states_no_planned_date_for_what_did_happen(letter_world):
    answer = ask(letter_world, "When did the ferry make its first crossing?")
    assert_supported(letter_world, answer)
    assert answer.short_answer is None, answer.answer


@pytest.fixture()
def trial_world(store):
    from test_query_build import Doc

    d = Doc("2024-06-02", ["A neighbour told jurors that Kai Dunn pulled the trigger , the court heard ."], source="Wire")
    kai = d.entity("Kai Dunn", "PERSON")
    d.claim(0, kai, "pulled", "the trigger", "happened", lemma="pull")
    d.write(store)
    return store


def test_a_span_question_no_finder_types_gets_the_sentence_not_a_clause(trial_world):
    # "which witness": no kind noun says what is asked, yet a clause ("Kai Dunn pulled the trigger") is no answer
    answer = ask(trial_world, "Which witness told jurors that Kai Dunn pulled the trigger?")
    assert_supported(trial_world, answer)
    assert answer.short_answer is None and answer.answer.startswith("“"), answer.answer


def test_a_sum_of_money_is_no_count_of_its_last_digits():
    from tests.querykit import cite

    from newsgraph.query.extract import count_spans

    spans = [s.text for s in count_spans(cite("Police are offering a $500,000 reward for 3 tips."), {"reward"})]
    assert not any(s.startswith("000") for s in spans), spans  # was "000 reward"
    assert "3 tips" in spans
    assert [s.text for s in count_spans(cite("Some 2,500 people marched."), {"people"})] == ["Some 2,500 people"]


# --- session 9: where the span stands in its sentence (made-up sentences) -------------------------------------

_GROWTH = "The merger took the league from 12 clubs to 15 , the chairman said ."


@pytest.mark.parametrize(("question", "sentence", "span", "rule"), [
    # relative: the figure a change starts from is not the value after it
    ("How many clubs does the league have after the merger?", _GROWTH, "12 clubs", "relative"),
    ("How many clubs does the league have after the merger?", _GROWTH, "15", None),
    ("How many clubs did the league have before the merger?", _GROWTH, "12 clubs", None),
    # relative: a length that runs the other way from its anchor than the asked one
    ("How long before the vote was the ballot box seen?", "The box was seen days after the vote .", "days after",
     "relative"),
    ("How long before the vote was the ballot box seen?", "The box was seen days before the vote .", "days before",
     None),
    # a length from its own anchor places one event after another: no length of the asked doing, but how soon
    ("How long had the baker worked at the mill?", "Minutes after he was sacked from the mill , he set it alight .",
     "Minutes after", "relative"),
    ("How long did the crew take to reach the mill?", "The crew reached the mill minutes after the alarm .",
     "minutes after", None),
])
def test_relative_a_figure_set_against_another_point(store, question, sentence, span, rule):
    assert _why(store, question, sentence, span) == rule


def test_kind_a_region_before_a_settlement_noun_and_a_kind_noun_before_of(store):
    sentence = "A blaze gutted the bakery in the Dunmore town at the weekend ."
    assert _why(store, "In which town is the bakery?", sentence, "Dunmore") == "kind"
    assert _why(store, "In which team does he play?", "He plays for the Dunmore team .", "Dunmore") is None
    sentence = "He was treated near his flat in the Ostby suburb of Karrow on Friday ."
    assert _why(store, "At which hospital was he treated?", sentence, "Karrow") == "kind"
    # a town and a city are one kind of place: "the city of Karrow" answers "which town …"
    assert _why(store, "In which town was the fair held?", "The fair was held in the city of Karrow .",
                "Karrow") is None
    # a name headed by a house is no hospital
    assert _why(store, "At which hospital was he treated?", "Medics came to the Ulm house .", "Ulm") == "kind"


def test_qualifier_an_owner_before_a_post_s_own_words_and_a_body_the_question_names(store):
    sentence = "The plan is poor , said Arvan trade minister Tam Holt ."
    assert _why(store, "Who is Veloria's prime minister?", sentence, "Tam Holt") == "qualifier"
    assert _why(store, "Who is Arva's trade minister?", sentence, "Tam Holt") is None
    # "and", "of" … part two names: "Ann Lee and trade minister Tam Holt" gives Ann Lee no post's owner
    assert _why(store, "Who is Veloria's trade minister?", "Elm Bank chief Ann Lee and trade minister Tam Holt met .",
                "Tam Holt") is None
    # the question names the body itself: "the Kestrel Court", not "the Ashby Court"
    sentence = "Ned Ulm , 30 , is due before the Ashby Court on Monday ."
    assert _why(store, "When is Ned Ulm due at the Kestrel Court?", sentence, "2024-01-08", said="Monday") == \
        "qualifier"
    assert _why(store, "When is Ned Ulm due at the Ashby Court?", sentence, "2024-01-08", said="Monday") is None


def test_untitled_a_verb_before_the_name_gives_no_title(store):
    sentence = "Ivo Mann led the Larks to a title and coached Ned Ulm to a scoring crown ."
    assert _why(store, "Who is the Larks' new coach?", sentence, "Ned Ulm") == "untitled"
    assert _why(store, "Who is the Larks' new coach?", "The Larks named coach Ned Ulm .", "Ned Ulm") is None


def test_doer_the_name_before_the_asked_verb_is_who_did_it(store):
    sentence = "Karl Odd was jailed for stabbing his brother in 2001 ."
    assert _why(store, "Whom did he stab in 2001?", sentence, "Karl Odd") == "doer"
    assert _why(store, "Whom did he stab in 2001?", "Jan Pike was stabbed in 2001 .", "Jan Pike") is None
    assert _why(store, "Whom did he stab in 2001?", "Jan Pike , whom he stabbed in 2001 , lived .", "Jan Pike") is None
    assert _why(store, "Whom did he stab in 2001?", "In 2001 he stabbed Jan Pike .", "Jan Pike") is None


def test_counts_keep_a_percent_sign_and_a_spaced_decimal_and_skip_an_age():
    c = _cite("Sales fell 45 % in May ; the reading was 0 . 07 percent .")
    assert [s.text for s in count_spans(c, set())] == ["45 %", "0 . 07 percent"]
    c = _cite("Ned Ulm , 20 , fired 13 shots from the roof .")
    assert [s.text for s in count_spans(c, set())] == ["13 shots"]
    c = _cite("In May , 20 people fled .")  # a month is no name: the count stays
    assert [s.text for s in count_spans(c, set())] == ["20 people"]
    c = _cite("Ned Ulm , 23 and from Elm , faces 3 charges .")  # an age closed by "and", no count
    assert [s.text for s in count_spans(c, set())] == ["3 charges"]


def test_a_name_goes_on_past_a_spaced_hyphen_and_a_particle():
    from newsgraph.query.extract import whole_name

    text = "Fund head Ada Berg - Holm warned , as did Chief Omar bin Sulan ."
    assert whole_name(text, text.index("Ada"), "Ada Berg") == "Ada Berg - Holm"
    assert whole_name(text, text.index("Omar"), "Omar", person=True) == "Omar bin Sulan"
    assert whole_name(text, text.index("Omar"), "Omar") == "Omar"  # a particle goes on only in a person's name
    text = "The Elm - based firm grew ."
    assert whole_name(text, text.index("Elm"), "Elm") == "Elm"
    text = "They signed Ivo Mann and B . K . Tull last week ."
    assert whole_name(text, text.index("B ."), "B", person=True) == "B . K . Tull"
    assert whole_name(text, text.index("Ivo"), "Ivo Mann", person=True) == "Ivo Mann"


def test_a_figure_in_a_web_address_is_no_count():
    c = _cite("news / local / 4471902 / Two hikers found safe")
    assert [s.text for s in count_spans(c, set())] == ["Two hikers"]


def test_owner_a_name_in_the_possessive_does_nothing_in_its_clause(store):
    sentence = "A cyclist saw the van near Ann Lee's house and wrote down its number ."
    assert _why(store, "Who first noted the van's number?", sentence, "Ann Lee") == "owner"
    # "Ann Lee's been …" says "has been": she is the doer
    assert _why(store, "Who first noted the van's number?", "Ann Lee's been noting every van .", "Ann Lee") is None
    assert _why(store, "Whose house did the cyclist pass?", sentence, "Ann Lee") is None
    # what the act is done to: "praised Elm Corp's rival" names the rival, not Elm Corp
    sentence = "Ned Ulm , founder of the Oak League , praised Elm Corp's rival ."
    assert _why(store, "Which group did Ned Ulm found?", sentence, "Elm Corp") == "owner"
    assert _why(store, "Which group did Ned Ulm found?", sentence, "Oak League") is None


def _doubt(store, question: str, sentence: str, short: str) -> str | None:
    """The doubt (``fits.doubt``) about ``short``, chosen from ``sentence`` as the answer to ``question``."""
    return doubt(read_question(store, question), short, _cite(sentence))


_LAWYERS = "Ida Vorn , one of Ned Ulm's lawyers , said the clerk was honest ."
_GUILD = "The Lark Guild's Oak Company sued the printers of Elm in a Tarn court ."
_HURT = "Two clerks were hurt and taken to the Elm clinic , Ned Ulm said ."
_KETTLES = "The small and the large kettle cost $ 30 and $ 45 respectively ."
_JURY = "A jury on Tuesday found the baker guilty of arson ."
_PISTOLS = "The guards seized 12 XR - 9 pistols and 40 rounds ."
_HELD = "The clerk was held at the embassy , police said ."


@pytest.mark.parametrize(("question", "sentence", "short", "found"), [
    # possessor: the owner of what the question asks about ("one of Ned Ulm's lawyers"), not the thing
    ("Who was the clerk's lawyer?", _LAWYERS, "Ned Ulm", "possessor"),
    ("Who was the clerk's lawyer?", _LAWYERS, "Ida Vorn", None),
    ("Which company sued the printers?", _GUILD, "Lark Guild", "possessor"),
    ("Whose company sued the printers?", _GUILD, "Lark Guild", None),
    ("Who has been noting the vans?", "Ann Lee's been noting every van .", "Ann Lee", None),  # "'s" for "has"
    # sayer: a bare name that only says the sentence; one with a title, or asked by a verb of saying, stays
    ("Who were the two clerks hurt in the crash?", _HURT, "Ned Ulm", "sayer"),
    ("Who were the two clerks hurt in the crash?", "Two clerks were hurt , clinic spokesman Ned Ulm said .",
     "Ned Ulm", None),
    ("Who were the two clerks hurt in the crash?", "Two clerks were hurt , said Ned Ulm , head of the clinic .",
     "Ned Ulm", None),
    ("Who said two clerks were hurt?", _HURT, "Ned Ulm", None),
    # respective: lists paired by "respectively" are read by their order, which no span reading follows
    ("How much does the large kettle cost?", _KETTLES, "$ 45", "respective"),
    ("How much does the large kettle cost?", "The large kettle costs $ 45 .", "$ 45", None),
    # yearless: "in what year" answered by a day
    ("In what year was the baker found guilty?", _JURY, "Tuesday", "yearless"),
    ("When was the baker found guilty?", _JURY, "Tuesday", None),
    ("In what year was the baker found guilty?", "In 1998 a jury found the baker guilty .", "1998", None),
    # model: the figure of a model's name counts nothing
    ("How many pistols did the guards seize?", _PISTOLS, "9 pistols", "model"),
    ("How many pistols did the guards seize?", _PISTOLS, "12", None),
    ("How many wins have the Owls had?", "The Owls sealed a 21 - 14 win on Sunday .", "14 win", "model"),
    ("How many games did Ann Lee play?", "Ann Lee made 3 - of - 4 three attempts .", "4 three", "model"),
    ("How many games did Ann Lee play?", "Ann Lee played 12 games .", "12 games", None),
    # unnamed: a common noun of another kind for "which city"
    ("In which city was the clerk held?", _HELD, "the embassy", "unnamed"),
    ("Where was the clerk held?", _HELD, "the embassy", None),
    ("In which city was the clerk held?", "The clerk was held in Tarnby .", "Tarnby", None),
    # calendar: the day of a date counts nothing; a figure with no month beside it stays
    ("How many people watched the race?", "The next race is in Tarnby on Sept . 8 .", "8", "calendar"),
    ("How many people watched the race?", "The race will be run on 8 June .", "8", "calendar"),
    ("How many people watched the race?", "About 9 , 000 people watched the race .", "9 , 000", None),
    ("How many races did Ann Lee win?", "Ann Lee won 8 races in May .", "8", None),
    ("How many runs did the Marlow Reds score?", "The Marlow Reds 8 , Juniper 3 .", "8", None),  # no month's word
    # difference: a figure a comparative and "than" follow measures a gap, unless the question asks for one
    ("How many laps did the 2019 race last?", "Ann Lee finished four laps sooner than in 2019 .", "four laps",
     "difference"),
    ("How much did the clinic raise?", "The clinic raised $ 5 million more than last year .", "$ 5 million",
     "difference"),
    ("How much more did the clinic raise than last year?", "The clinic raised $ 5 million more than last year .",
     "$ 5 million", None),
    ("How many laps did the race last?", "The race lasted 60 laps , more than in 2019 .", "60 laps", None),
])
def test_doubt_about_a_chosen_short_answer(store, question, sentence, short, found):
    assert _doubt(store, question, sentence, short) == found


def test_ask_quotes_the_sentence_when_its_span_is_doubted(store):
    # the only figures of the sentence are paired by "respectively": no short answer, the sentence itself
    _world(store, "2024-06-02", ["The small and the large kettle cost $ 30 and $ 45 respectively ."], "Wire")
    answer = ask(store, "How much does the large kettle cost?")
    assert_supported(store, answer)
    assert answer.short_answer is None and answer.answer.startswith("“"), answer.answer
    assert "$ 45" in answer.answer


@pytest.mark.parametrize(("sentence", "span", "rule"), [
    ("Tom Ray's been at the mill for 30 years and worked beside Ada Pell .", "30 years", "subject"),
    ("Baker Tom Ray , who has worked at the mill for 30 years , heard the blast .", "30 years", "subject"),
    ("Ada Pell has worked at the mill for 15 years .", "15 years", None),
])
def test_subject_a_figure_of_a_clause_about_someone_else(store, sentence, span, rule):
    _world(store, "2024-02-01", ["Ada Pell worked at the mill ."], "Mill Post", ("Ada Pell", "PERSON"))
    assert _why(store, "How long had Ada Pell worked at the mill?", sentence, span) == rule


def test_clock_a_weekday_or_a_month_for_on_what_date(store):
    sentence = "The ferry sank on Monday morning ."
    assert _why(store, "On what date did the ferry sink?", sentence, "Monday morning") == "clock"
    assert _why(store, "When did the ferry sink?", sentence, "Monday morning") is None
    assert _why(store, "On what date did the ferry sink?", "The ferry sank last month .", "2024-03",
                said="last month") == "clock"
    assert _why(store, "On what date did the ferry sink?", "The ferry sank on Nov . 30 .", "Nov . 30") is None
    assert _why(store, "On what date did the ferry sink?", "The ferry sank on Monday ( March 4 ) .", "2024-03-04",
                said="Monday") is None


def test_kind_reads_a_head_before_of_and_a_plural_after_and_keeps_kin_kinds(store):
    # "Elm College of Arts" is a college, no company; "three Elm counties" names counties, no town
    assert _why(store, "Which company owns the team?", "The team met at the Elm College of Arts .",
                "Elm College of Arts") == "kind"
    assert _why(store, "Near which town did he flee?", "He robbed banks in three Elm counties .", "Elm") == "kind"
    # an office and a department are one kind of body; any body is a group
    assert _why(store, "Which government office gave the figures?", "The figures came from the Department of Ports .",
                "Department of Ports") is None
    assert _why(store, "Which medical group did she lead?", "She led the Association of Elm Nurses .",
                "Association of Elm Nurses") is None


def test_kind_a_people_s_adjective_names_no_body(store):
    sentence = "Loans came from the Veloria government , not from Arvanian or Elmish banks ."
    assert _why(store, "Which government gave the loans?", sentence, "Arvanian") == "kind"
    assert _why(store, "Which government gave the loans?", sentence, "Veloria") is None


def test_a_count_takes_the_head_of_its_compound_when_asked():
    c = _cite("The inmate overpowered two prison guards today , witnesses said .")
    assert [s.text for s in count_spans(c, {"guard"})] == ["two prison guards"]
    assert [s.text for s in count_spans(c, set())] == ["two prison"]  # nothing asked: the word after the figure


def test_a_relative_clause_ends_where_the_sentence_s_own_past_verb_goes_on():
    text = "The teacher, who had taught there for the killing of her aide, wed Bo Linn last month ."
    assert _clause_of(text, "Bo Linn") == "wed Bo Linn last month ."
    # a list inside the relative clause with no verb after the comma stays in it
    text = "The teacher, who taught maths, music and art, retired in May ."
    assert _clause_of(text, "music") == "who taught maths, music and art"


def test_clause_a_place_whose_clause_says_the_asked_act_only_as_a_noun(store):
    sentence = ("The talks were taped at the Elm County Jail , where Ann Lee served her term for the 2015 killing of "
                "her aunt .")
    assert _why(store, "Where was Ann Lee's aunt killed?", sentence, "Elm County Jail") == "clause"
    sentence = "Police searched the Elm Motel , where Ann Lee's aunt was killed in 2015 ."
    assert _why(store, "Where was Ann Lee's aunt killed?", sentence, "Elm Motel") is None


def test_an_object_that_says_the_question_back_is_no_short_answer(store):
    from newsgraph.query.answers import _echoes

    q = read_question(store, "What weapons did he take from the officers?")
    assert _echoes(q, "the officers' weapons")
    assert not _echoes(q, "two shotguns")
    q = read_question(store, "What was found at the scene?")
    assert _echoes(q, "the scene") and not _echoes(q, "a revolver")


@pytest.mark.parametrize(("question", "sentence", "span", "rule"), [
    # an age beside another name, or a noun of its own in a sentence that names the asked one after it
    ("How old is Ada Pell?", "Tom Pell , 23 , and his mother Ada Pell , 58 , were found .", "23", "age of another"),
    ("How old is Ada Pell?", "Tom Pell , 23 , and his mother Ada Pell , 58 , were found .", "58", None),
    ("How old is Ada Pell?", "Tom Pell , 23 , and his sister Kathryn Pell , 20 , were found .", "20",
     "age of another"),
    ("How old is Ada Pell?", "The 32-year-old accused of theft , Ada Pell , was held .", "32", None),
    ("How old is Ada Pell?", "Pell , 40 , runs the mill .", "40", None),
    # alongside: for "who hurt A?" (the doer), a name joined to A's by "and" shares A's role
    ("Who hurt Ada Pell?", "Mrs Pell and Miss Tom Ray were found hurt at the mill .", "Tom Ray", "alongside"),
    ("Who was hurt with Ada Pell?", "Mrs Pell and Miss Tom Ray were found hurt at the mill .", "Tom Ray", None),
    ("Who hurt Ada Pell?", "Tom Ray hurt Ada Pell at the mill .", "Tom Ray", None),
    ("Who hurt Ada Pell?", "Police met Tom Ray , Ada Pell 's lawyer , at the mill .", "Tom Ray", None),
])
def test_a_figure_or_name_that_is_another_ones(store, question, sentence, span, rule):
    _world(store, "2024-02-01", ["Ada Pell worked at the mill ."], "Mill Post", ("Ada Pell", "PERSON"))
    assert _why(store, question, sentence, span) == rule


def test_relative_a_start_is_the_length_of_a_state_that_goes_on(store):
    assert _why(store, "How long has the mill stood empty?", "The mill has stood empty since 1991 .",
                "since 1991") is None
