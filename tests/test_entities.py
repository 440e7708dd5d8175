"""Entities read as a careful reader does: one name, one reading, aliases merged.

The made-up sentences below are written for these tests; the seed checks
iterate over ``gold.json`` and name nothing from the seed themselves.
"""

from __future__ import annotations

import pytest

from newsgraph.models import Article
from newsgraph.nlp import kinds, names
from newsgraph.nlp.casing import caps_lines, truecase
from newsgraph.nlp.entities import read_entities
from newsgraph.nlp.names import key


def _read(nlp, text: str):
    article = Article(id="t", text=text, published="2024-03-01")
    entities = read_entities(nlp(text), article, nlp=nlp)
    for entity in entities:
        for m in entity.mentions:
            assert text[m.start:m.end] == m.text
        for d in entity.descriptions:
            assert text[d.start:d.end] == d.text
    return entities


def _find(entities, name: str):
    wanted = key(name)
    for entity in entities:
        if key(entity.name) == wanted or wanted in {key(a) for a in entity.aliases}:
            return entity
    return None


def _holding(entities, start: int):
    return next((e for e in entities for m in e.mentions if m.start == start), None)


def test_mother_and_daughter_share_a_surname(nlp):
    text = (
        "Mara Quellton, a retired nurse, said her daughter Lina Quellton had moved to Ohio. "
        "Mara Quellton added that she missed her. "
        "Later, Lina Quellton told reporters that she was happy in Columbus. "
        "Quellton said she would visit her mother in the spring."
    )
    entities = _read(nlp, text)
    mara, lina = _find(entities, "Mara Quellton"), _find(entities, "Lina Quellton")
    assert mara is not None and lina is not None and mara is not lina
    assert mara.type == lina.type == "PERSON"
    bare = text.rindex("Quellton said")
    # the bare surname goes to the full name mentioned last before it
    assert _holding(entities, bare) is lina
    assert "a retired nurse" in [d.text for d in mara.descriptions]


def test_formerly_known_as_makes_one_entity(nlp):
    text = (
        "The mayor posted the notice on Zeltrox (formerly known as Pingbook) on Monday. "
        "Many residents still call the site Pingbook."
    )
    entities = _read(nlp, text)
    site = _find(entities, "Zeltrox")
    assert site is not None
    assert site.name == "Zeltrox"
    assert "Pingbook" in site.aliases
    assert _find(entities, "Pingbook") is site
    assert len(site.mentions) == 3


def test_documentary_title_with_inner_and_is_one_work(nlp):
    text = (
        "Last year the network aired the documentary Bright Lights and Quiet Rooms, which drew "
        "large audiences. Critics said Bright Lights and Quiet Rooms was moving."
    )
    entities = _read(nlp, text)
    work = _find(entities, "Bright Lights and Quiet Rooms")
    assert work is not None and work.type == "WORK_OF_ART"
    assert len(work.mentions) == 2
    start, end = work.mentions[0].start, work.mentions[0].end
    for other in entities:
        if other is not work:
            assert not any(m.start < end and start < m.end for m in other.mentions), other


def test_all_caps_headline_takes_the_body_reading(nlp):
    text = (
        "HARLOWE WINS BROOKFIELD COUNCIL SEAT\n"
        "Daniel Harlowe won a seat on the Brookfield city council on Tuesday. "
        "Harlowe thanked the voters of Brookfield."
    )
    assert caps_lines(text)[0].start == 0
    entities = _read(nlp, text)
    person = _find(entities, "Daniel Harlowe")
    assert person is not None and person.type == "PERSON"
    assert _holding(entities, 0) is person  # "HARLOWE" in the headline
    town = _find(entities, "Brookfield")
    assert town is not None and town.type != "PERSON"
    assert _holding(entities, text.index("BROOKFIELD")) is town


def test_honorific_and_possessive_are_not_part_of_the_name(nlp):
    text = (
        "Ms. Orla Venn's new bakery opened downtown on Friday. "
        "Customers praised Ms. Venn's rye bread, and Venn said she was grateful."
    )
    entities = _read(nlp, text)
    venn = _find(entities, "Orla Venn")
    assert venn is not None and venn.type == "PERSON"
    assert venn.name == "Orla Venn"
    texts = [m.text for m in venn.mentions]
    assert len(texts) == 3
    assert all(not t.endswith("'s") and not t.startswith("Ms") for t in texts)


def test_quoted_nickname_is_an_alias(nlp):
    text = (
        'Rosalind "Roz" Ferrow opened the festival. Organizers said Roz had planned it for a year, '
        "and Ferrow thanked the volunteers."
    )
    entities = _read(nlp, text)
    roz = _find(entities, "Rosalind Ferrow")
    assert roz is not None and roz.type == "PERSON"
    assert "Roz" in roz.aliases
    assert _holding(entities, text.index("Roz had")) is roz
    assert _holding(entities, text.index("Ferrow thanked")) is roz



def test_a_nickname_with_the_surname_and_a_bracketed_nickname_join_the_full_name(nlp):
    text = (
        "Tobin Ferrow won the regatta on Sunday. Coach Mateo Alvar (Tobin) Ferrow, 44, sailed alone, "
        "and Ferrow thanked the volunteers."
    )
    entities = _read(nlp, text)
    tobin = _holding(entities, text.index("Tobin Ferrow"))
    assert tobin is not None and tobin.type == "PERSON"
    assert _holding(entities, text.index("Mateo")) is tobin
    assert _holding(entities, text.index("Ferrow thanked")) is tobin

def test_a_place_or_team_in_brackets_is_no_nickname(nlp):
    # only a given name in brackets is a nickname: a state or a club there must not glue two names together
    text = "Sen. Tom Ray (Ohio) Thursday said the bill would pass. Ann Lee (Arsenal) Tom Ray (Chelsea) and others played."
    entities = _read(nlp, text)
    assert not any("(" in m.text or "Thursday" in m.text or "Lee Tom" in m.text
                   for e in entities for m in e.mentions)
    ohio = _holding(entities, text.index("Ohio"))
    assert ohio is None or ohio.type != "PERSON"


def test_maker_and_model_is_a_product(nlp):
    text = "Delivery of the first Vantor A350 jets to the airline was delayed, Vantor said on Monday."
    entities = _read(nlp, text)
    jet = next((e for e in entities if e.mentions[0].text.startswith("Vantor A350")), None)
    assert jet is not None and jet.type == "PRODUCT"
    maker = _holding(entities, text.rindex("Vantor"))
    assert maker is None or maker.type != "PRODUCT"


def test_truecase_keeps_length_and_uses_article_casing():
    known = {"harlowe": "Harlowe"}
    line = "HARLOWE WINS THE SEAT"
    cased = truecase(line, known)
    assert len(cased) == len(line)
    assert cased.startswith("Harlowe wins the")


@pytest.mark.parametrize("raw, expected", [
    ("Ms. Doe's", "Doe"), ("the United Nations", "United Nations"), ("Dr Jane Roe", "Jane Roe"),
    ("“Quoted”", "Quoted"),
])
def test_trim_span(raw, expected):
    s, e = names.trim_span(raw, 0, len(raw))
    assert raw[s:e] == expected


def test_short_forms():
    full = key("Jane Ann Doe")
    assert names.person_short_form(key("Jane"), full)
    assert names.person_short_form(key("Doe"), full)
    assert names.person_short_form(key("Jane Doe"), full)
    assert not names.person_short_form(key("Ann Smith"), full)


# ------------------------------------------------------------------- the seed

@pytest.fixture(scope="module")
def seed_entities(annotator, seed_article):
    return annotator.annotate(seed_article).entities


def test_seed_gold_entities_types_and_aliases(seed_entities, seed_gold, seed_article):
    text = seed_article.text
    for entity in seed_entities:
        for m in entity.mentions:
            assert text[m.start:m.end] == m.text
    for gold in seed_gold["entities"]:
        found = _find(seed_entities, gold["name"])
        assert found is not None, gold["name"]
        assert key(found.name) == key(gold["name"]), (found.name, gold["name"])
        assert found.type == gold["type"], (gold["name"], found.type)
        forms = {key(found.name)} | {key(a) for a in found.aliases}
        for alias in gold.get("aliases", []):
            assert key(alias) in forms, (gold["name"], alias, found.aliases)


def test_seed_no_wrong_readings(seed_entities, seed_gold):
    """Every form of a gold entity belongs to that one entity and to no other."""
    for gold in seed_gold["entities"]:
        found = _find(seed_entities, gold["name"])
        gold_forms = {key(gold["name"])} | {key(a) for a in gold.get("aliases", [])}
        for other in seed_entities:
            if other is found:
                continue
            other_forms = {key(other.name)} | {key(a) for a in other.aliases}
            other_forms |= {key(m.text) for m in other.mentions}
            assert not (gold_forms & other_forms), (gold["name"], other.name, other.type)
            # no entity made of a piece of a gold name ("Mommy Dead" of a title)
            for m in other.mentions:
                k = key(m.text)
                assert not any(names.is_part_of(k, g) for g in gold_forms if len(g) > 1) or \
                    gold["type"] == "PERSON", (gold["name"], m.text, other.type)


def test_seed_descriptions(seed_entities, seed_gold):
    people = [e for e in seed_entities if e.type == "PERSON"]
    assert any(d.text.startswith("a ") for e in people for d in e.descriptions)


# ------------------------------------------------------- spans and readings

def test_a_place_and_its_state_read_as_one_place_in_that_state(nlp):
    text = (
        "Officials met in Dayton, Ohio, on Monday before flying to Paris, France. "
        "The band later toured Lyon, Nantes and Lille."
    )
    entities = _read(nlp, text)
    city, state = _find(entities, "Dayton"), _find(entities, "Ohio")
    assert city is not None and state is not None and city is not state
    assert [(d.text, d.start) for d in city.descriptions] == [("Ohio", text.index("Ohio"))]
    assert not any(d.text == "Dayton" for d in state.descriptions)  # the container is not described by the city
    assert [d.text for d in _find(entities, "Paris").descriptions] == ["France"]
    # items of a list locate nothing
    for name in ("Lyon", "Nantes"):
        found = _find(entities, name)
        assert found is None or not found.descriptions


def test_a_name_located_in_a_state_is_a_place(nlp):
    text = "The plant in Marlowe Falls, Ohio, will close next year."
    town = _find(_read(nlp, text), "Marlowe Falls")
    assert town is not None and town.type == "GPE"
    assert [d.text for d in town.descriptions] == ["Ohio"]


def test_acronym_with_letters_from_inside_a_word_is_the_same_entity(nlp):
    text = ("Talvora Airlines (TLA) cancelled forty flights on Monday. "
            "A TLA spokesman apologized to travellers.")
    entities = _read(nlp, text)
    airline = _find(entities, "Talvora Airlines")
    assert airline is not None and airline.type == "ORG"
    assert "TLA" in airline.aliases
    assert sum(m.text == "TLA" for m in airline.mentions) == 2


def test_flight_number_is_not_part_of_the_airline_or_a_product(nlp):
    text = ("Search teams found wreckage of Corvane Air Flight 512 on Tuesday. "
            "Corvane Air said it was cooperating with investigators.")
    entities = _read(nlp, text)
    airline = _find(entities, "Corvane Air")
    assert airline is not None and airline.type == "ORG"
    assert len(airline.mentions) == 2
    assert not any("Flight" in m.text for e in entities for m in e.mentions)


def test_capitalized_title_before_a_name_is_a_description(nlp):
    text = "Brantwell CEO Mara Quellton said the company would hire 200 people. Quellton spoke in Denver."
    entities = _read(nlp, text)
    person = _find(entities, "Mara Quellton")
    assert person is not None and person.type == "PERSON"
    assert "Brantwell CEO" in [d.text for d in person.descriptions]


@pytest.mark.parametrize("raw, expected", [
    ("Acme releases Widget", ["Acme", "Widget"]),
    ("Port Riverton - Acme", ["Port Riverton", "Acme"]),
    ("Acme's CEO", ["Acme"]),
    ("Bank of England", ["Bank of England"]),
    ("Dar es Salaam", ["Dar es Salaam"]),
    ("Committee to Protect Reporters", ["Committee to Protect Reporters"]),
    ("Wal - Mart", ["Wal - Mart"]),  # a hyphenated name a tokenizer spaced out
    ("the", []),
])
def test_split_name(raw, expected):
    assert [raw[s:e] for s, e in names.split_name(raw, 0, len(raw))] == expected


def test_a_title_keeps_its_lower_case_words():
    raw = "Sleep under quiet stars"
    assert names.split_name(raw, 0, len(raw), title=True) == [(0, len(raw))]
    assert names.split_name(raw, 0, len(raw)) == [(0, len("Sleep"))]


def test_model_numbers_units_and_flights():
    assert kinds.is_model_number("VC-10") and kinds.is_model_number("A330") and not kinds.is_model_number("1996")
    assert kinds.is_unit("a 4GB model", 2, 5) and not kinds.is_unit("a Gibson model", 2, 8)
    text = "the 30GB Widget"
    assert text[kinds.after_unit(text, text.index("GB"), len(text)):] == "Widget"
    text = "Corvane Air Flight 512"
    assert text[:kinds.before_flight_number(text, 0, len(text))] == "Corvane Air"
    assert kinds.before_flight_number("Corvane Air", 0, 11) is None


def _parsed(words, pos, deps, heads, ents):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    return Doc(Vocab(), words=words, pos=pos, deps=deps, heads=heads, ents=ents)


def test_given_name_left_out_by_the_tagger_is_put_back():
    """Only the surname tagged, the given name compounded onto it: the span takes both."""
    from newsgraph.nlp.entities import _given_names_start

    doc = _parsed(["her", "aunt", ",", "Orlaith", "Vance", ",", "wept"],
                  ["PRON", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB"],
                  ["poss", "nsubj", "punct", "compound", "appos", "punct", "ROOT"],
                  [1, 6, 1, 4, 1, 1, 6], ["O", "O", "O", "O", "B-PERSON", "O", "O"])
    assert doc.text[_given_names_start(doc, doc.ents[0]):doc.ents[0].end_char] == "Orlaith Vance"


def test_title_before_a_surname_stays_out_of_the_name():
    from newsgraph.nlp.entities import _given_names_start

    doc = _parsed(["Senator", "Vance", "wept"], ["PROPN", "PROPN", "VERB"], ["compound", "nsubj", "ROOT"],
                  [1, 2, 2], ["O", "B-PERSON", "O"])
    assert _given_names_start(doc, doc.ents[0]) == doc[1].idx


def test_image_size_is_not_part_of_a_name():
    raw = "150px Brontavia"
    s, e = names.trim_span(raw, 0, len(raw))
    assert raw[s:e] == "Brontavia"
    raw = "300x200px Brontavia Air"
    s, e = names.trim_span(raw, 0, len(raw))
    assert raw[s:e] == "Brontavia Air"


def test_headline_verb_is_not_part_of_the_name(nlp):
    text = ("Marta Kowalczyk Wins Silver in Oslo\n"
            "The skier Marta Kowalczyk finished second on Friday. Kowalczyk thanked her coach.")
    entities = _read(nlp, text)
    marta = _holding(entities, 0)
    assert marta is not None and marta.type == "PERSON"
    assert marta.mentions[0].text == "Marta Kowalczyk"
    assert all("Wins" not in m.text for e in entities for m in e.mentions)
    assert _holding(entities, text.index("Kowalczyk thanked")) is marta


def test_headline_verb_does_not_make_a_product(nlp):
    text = ("Senator Harlan Voskuijl Announces Bid for Governor\n"
            "Harlan Voskuijl said on Monday that he would run. Voskuijl has served two terms.")
    entities = _read(nlp, text)
    assert all(e.type != "PRODUCT" for e in entities)
    assert all("Announces" not in m.text for e in entities for m in e.mentions)


def test_bare_company_name_is_not_its_regional_arm(nlp):
    text = ("Zentrova Australia cut 300 jobs on Monday. "
            "Zentrova reported record profits in Japan last year.")
    entities = _read(nlp, text)
    arm = _holding(entities, 0)
    parent = _holding(entities, text.index("Zentrova reported"))
    assert arm is not None and parent is not None
    assert arm is not parent
    assert arm.mentions[0].text == "Zentrova Australia" and parent.type == "ORG"


@pytest.mark.parametrize("unit", ["Quillsoft Threat Research Center", "Quillsoft Update"])
def test_bare_company_name_is_not_a_unit_or_service_named_after_it(nlp, unit):
    text = (f"Quillsoft released a patch for its mail client on Tuesday. "
            f"The fix was written by the {unit}, its engineers said. "
            f"Quillsoft said the flaw had been used by criminals. Quillsoft shares rose 2 percent.")
    entities = _read(nlp, text)
    parent = _holding(entities, 0)
    part = _holding(entities, text.index(unit))
    assert parent is not None and parent.name == "Quillsoft"
    assert part is None or part is not parent


def test_bare_company_name_still_joins_its_name_with_a_business_word(nlp):
    text = ("Brandolin Motors recalled 4,000 vans on Friday. "
            "Brandolin said the brakes could fail. Brandolin will pay for the repairs.")
    entities = _read(nlp, text)
    full = _holding(entities, 0)
    assert full is not None and full is _holding(entities, text.index("Brandolin said"))


@pytest.mark.parametrize("text, name, role", [
    ("Ravens QB Tobias Wrenfield threw three touchdowns. Wrenfield was named player of the week.",
     "Tobias Wrenfield", "QB"),
    ("Falcons WR Dario Menendez caught two passes on Sunday. Menendez said the team played well.",
     "Dario Menendez", "WR"),
])
def test_role_abbreviation_before_a_name_stays_out_of_it(nlp, text, name, role):
    entities = _read(nlp, text)
    person = _find(entities, name)
    assert person is not None and person.type == "PERSON" and person.name == name
    assert all(role not in m.text for e in entities for m in e.mentions)


def test_a_name_that_premodifies_a_noun_is_no_mention_of_the_person(nlp):
    # "the Lund case" is the case, not its defendant: what the sentence says is said of the case
    text = ("A jury found Tobias Lund guilty on Monday. The Lund case drew crowds for weeks. "
            "Police had searched the Lund home in May. Lund's lawyer said he would appeal.")
    entities = _read(nlp, text)
    person = _find(entities, "Tobias Lund")
    assert person is not None
    starts = {m.start for m in person.mentions}
    assert text.index("Lund case") not in starts
    assert text.index("Lund home") not in starts
    assert text.index("Lund's") in starts   # a possessive still names him


def test_an_initial_written_apart_from_its_stop_stays_in_the_name(nlp):
    # text joined from tokens ("E . Lund"): one person, not a surname and a stray letter
    entities = _read(nlp, "E . Lund , a juror , spoke to reporters on Tuesday .")
    assert _find(entities, "E . Lund") is not None
    assert _find(entities, "Lund") is None
