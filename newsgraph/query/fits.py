"""Whether the span chosen as a short answer fills the role the question asks for.

A short answer stated first is a claim with a citation: "Ann Lee [1]" to "who is accused of
shooting Tom Ray?" says Ann Lee is accused. When the sentence names her as the one shot, the
answer is false however well the sentence matches the question. Each rule here reads the
question's wording and the span's place in its sentence, and names what is wrong when the span
cannot be the answer; the writer then states no short answer and quotes the sentence (which
still holds the answer when it is there, and is honest when it is not):

- ``shape``: a number, sum or length of time written without a figure, a currency or a unit of time ("the death
  penalty" for "how long …": a claim's object read as the answer), checked on the short answer itself;
- ``echo``: a figure the question itself states ("how far apart were the *two* blasts?": "two");
- ``relative``: a figure set against another point than the asked one: a length of time that dates something
  else ("two years *ago*", "one year *after*"), one that runs the other way ("days *after* the murder" for "how
  long *before* …"), the figure a change starts from ("from *16 members* to 19" for "how many after …");
- ``tense``: what is yet to happen ("will fly on May 2") for a question about what did happen;
- ``clock``: a day for "at what time …", which asks for the hour, and a weekday or a month for "on what date
  …", which asks for a day of the calendar;
- ``unit``: a count of another thing ("150 metres" for "how many climbers …", "a *five-boat* attack" for "how
  many pirates …");
- ``change``: for "how much did sales fall?", a figure of a sentence that says no change in amount;
- ``qualifier``: the asked noun's owner differs ("the *U.S.* president" for "the president of
  Cyprus", "the toll in *Tanzania*" for "Kenya's toll", "*German* economy minister" for "Canada's prime
  minister"), or the body the question names ("due at the *Crown* Court" answered by a date at the
  *Magistrates'* Court), or the body it asks the leader of ("who heads A?": "B, head of *C*");
- ``clause``: the sentence says the asked verb in another clause than the span's ("targeting the
  Elm gang, who feud with the Oak crew he belonged to");
- ``untitled``: a "who is the judge?" answer the sentence gives no such title (a verb before the name gives
  none: "*coached* Ann Lee");
- ``asker``: the one the question itself describes as its subject ("whom has *the president*
  asked …": "President Ann Lee");
- ``accused other``: for "who is accused of …", a name the sentence does not title as the accused where it
  titles another so ("*the alleged shooter*, Ann Lee");
- ``complement``: for "who is accused of …", a name in what the accusation is of ("accused of
  shooting Tom Ray");
- ``doer``: for "whom did he stab?", the name before the asked verb in its clause, its doer ("Tom Ray was
  jailed for *stabbing* his wife"), not in a passive ("Ann Lee was stabbed") nor after another doer ("the
  woman he stabbed");
- ``done to``: for "who shot the guard?" (the doer, in the active), the name before the asked verb in its
  passive ("Guard Ann Lee was shot"): the one it was done to;
- ``object``: for "who shot the guard?" (the doer), a name titled with the question's object ("*Guard* Ann
  Lee"): the question calls that one the one it was done to;
- ``alongside``: for "who killed Ann Lee?" (the doer), a name joined to hers by "and" or a comma ("Mrs Lee and
  Miss Ray were found dead"): it shares her role;
- ``kind``: a name headed by another kind noun than the one asked ("South Bay *College*" for
  "which program …", "the Buffalo *suburb of* Elm" for "which hospital …"), or one that qualifies the asked
  noun whose own name follows ("the Gulf *town of* Elm" for "which town …") or that a settlement noun follows,
  the region it lies in ("the Somerset *town*"), or a people's adjective for a body ("*Canadian* loans");
- ``nameless``: a place that is no name ("her lip and hands" for "which building …"), a person or body that is
  a lone initial ("G" of "G . Gordon Lee", a name a sentence break cut) or a name cut at the apostrophe of its
  last word ("Michael O" of "Michael O' Leary");
- ``leader``: for "who runs the Elm Agency?", a leader the sentence ties to no named body ("late in
  President Ann Lee's term");
- ``origin``: for "where is Ann Lee from?", a place that sets an event ("fell *at* Elm Peak");
- ``ordinal``: another part of a sequence than the asked one ("in the *final* quarter" for "in the third
  quarter");
- ``part of year``: for "how much did A make in 2009?", a figure its sentence gives for a part of a year ("the
  final quarter of 2009");
- ``share``: for "what share of her sentence did she serve?", a figure written as no percent or fraction ("a
  *10*-year sentence");
- ``currency``: for "what was it worth in dollars?", a sum in another currency ("85 million euros");
- ``modifier``: for a person asked, a name that qualifies a thing a possessive owns ("kept *her* ABF , XBO and
  ZTA title belts"): a brand, body or title, no one who acts; or a body's noun right after it ("*Elmton* police");
  for a place, a name inside a facility's noun phrase ("in a *Staunton* ice cream shop"): the facility is where;
- ``age``: for "how old is the defendant?", the age of a name the sentence gives no such role ("killed
  10-year-old Ann Lee");
- ``age of another``: for "how old is Ann Lee?", an age set beside another name ("Tom Ray, 32,", "Mia Lee,
  20," for John Lee);
- ``owner``: for "who noted the plate?" (the doer), a person's name in the possessive ("near *Ann Lee's*
  home"), which owns a thing and does nothing in the clause;
- ``subject``: for a figure, date or place asked of one name, one whose clause tells of another name ("*Tom
  Ray*'s been at the plant for 37 years", "Tom Ray, *who* has worked there for 30 years").

``doubt`` reads the short answer the writer has chosen, after every step: when its sentence makes it doubtful, the
writer states none and quotes the sentence (no other span is sought, as a rule above would):

- ``possessor``: for a name or body asked, one in the possessive before a word the question says ("one of *Ann
  Lee's* lawyers" for "who was the defendant's lawyer?"): the owner of the asked thing, not the thing;
- ``sayer``: for a person asked by a verb that is not one of saying, a bare name that only says the sentence
  ("…, *Ann Lee* said"), with no title beside it;
- ``respective``: a value of a list that "respectively" pairs with another list: the order decides, unread;
- ``yearless``: for "in what year …", a date that writes no year ("Tuesday");
- ``model``: a figure that ends a model's name ("AK-*47*") or a score ("20-*13*"), or runs on into another
  ("*4 three* attempts"): no count;
- ``calendar``: for a count or an amount, a bare figure that is the day of a date ("on Sept. *8*", "*8* June"):
  no count of anything;
- ``difference``: for a count or an amount, a figure a comparative follows ("finished *five rounds* sooner than in
  2008", "*$5 million* more than last year"): the gap between two things, not the asked one, unless the question
  asks for a gap itself ("how many more …", "how much longer …");
- ``unnamed``: for "in which city …", a common noun phrase of another kind ("the embassy");
- ``asked title``: for "what post does General Ann Lee hold?", a title the question itself gives her ("General"):
  the question knows it already, so it asks for another (the post she holds, "head of Mobility Command");
- ``not the owner``: for "whose laboratory ran the tests?", a name the sentence does not set right before the
  asked noun ("the FBI Laboratory", "Ann Lee's laboratory") or after it and "of" ("the laboratory of Ann Lee"), when
  it says that noun: "tests at the FBI Laboratory matched a hair from *James Kopp*'s home" makes Kopp no owner;
- ``other act``: a figure, date or place that another verb governs than the asked act the sentence says elsewhere
  ("was walking with her *12 children* when the gunman fired" for "how many shots did he fire?", "killed *258
  people* and injured 5,500" for "how many were wounded?"): ``attached``;
- ``other event``: a figure, date or place whose governor in its sentence's dependency parse (the verb it hangs
  from, through the nouns it modifies) says no word of the question ("stated *on Thursday* that it had signed" for
  "when did it sign?", "charged in the *1967* slayings" for "when was she taken into custody?"): the span tells of
  another event of the story, even when the sentence says the asked act nowhere (``governed``; a length of time
  is not checked).
"""

from __future__ import annotations

import re

from ..lexicon import AMOUNT_CHANGES
from .analysis import kind_noun, kind_of
from .clauses import SAYING, clause_bounds
from .extract import FACILITIES, MONTH_NAMES, Span
from .lexicon import match, phrase_keys
from .questions import QuestionAnalysis
from .types import ClaimView
from ..lexicon.wordnet import wordnet
from .words import (FUNCTION_WORDS, MEASURE_UNITS, MODAL_OPENERS, NUMBER_WORDS, SPEECH_STEMS, YES_NO_OPENERS,
                    singular, stem, tokens, unit_word, verb_spans)

#: Words that tell of a question about the future or about a plan: the tense rule does not apply.
_ASKS_FUTURE = re.compile(r"\b(?:will|expect(?:ed|s)?|scheduled|due|planned|plans?|going to|set to|would)\b|"
                          r"\b(?:is|are|was|were)\s+(?:[\w'-]+\s+){0,3}?to\s+[a-z]+\b", re.IGNORECASE)
#: A question about what happened: "did", "had", "was killed", "were arrested" (not "what was it called": a name
#: holds whenever it is asked).
_ASKS_PAST = re.compile(r"\b(?:did|had)\b|\b(?:was|were)\s+(?:\w+\s+){0,3}?(?!called\b|named\b|known\b)"
                        r"[a-z]+(?:ed|en|t)\b", re.IGNORECASE)
#: A clause that tells what is yet to happen: "will fly", "is expected to open", "is scheduled to".
_FUTURE = re.compile(r"\b(?-i:will|shall)\b|\b(?:is|are|was|were)\s+(?:\w+\s+)?(?:expected|scheduled|due|set|"
                     r"going|planned|slated)\s+to\b", re.IGNORECASE)
_UNDONE = ("planned", "requested", "desired", "possible")
#: A length of time that places another event ("two years ago", "a year after it opened").
_RELATIVE_AFTER = re.compile(r"\s*(?:ago|after|before|later|earlier|since)\b", re.IGNORECASE)
_ASKS_RELATIVE = re.compile(r"\b(?:after|before|later|since|ago|earlier|soon)\b", re.IGNORECASE)
#: A question about how soon a thing came: a length from its own anchor ("hours after the storm") answers it.
_ASKS_TAKING = re.compile(r"\b(?:take|takes|took|taken|quick(?:ly)?|fast|soon)\b", re.IGNORECASE)
#: "At what time …", "what time did …": the hour is asked. A clock time may be written as tokenised text spaces it
#: ("7 p . m .").
_ASKS_CLOCK = re.compile(r"\bwhat\s+(?:time|hour)\b", re.IGNORECASE)
_CLOCK = re.compile(r"\d{1,2}\s*[:.]\s*\d\d|\b[ap]\s?\.?\s?m\b|\bnoon\b|\bmidnight\b|o'clock|\bmorning\b|\bafternoon\b|"
                    r"\bevening\b|\bnight\b|\bdawn\b", re.IGNORECASE)
_AUX = frozenset(YES_NO_OPENERS + MODAL_OPENERS)
#: Nouns that name a person's post, so a question "who is the president of Cyprus" sets its owner.
_OWNED = re.compile(r"\b(?P<noun>[a-z][\w-]*)\s+of\s+(?:the\s+)?(?P<owner>(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*)*)")
_OWNED_BY = re.compile(r"(?P<owner>(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*)*)\s*['’]s?\s+"
                       r"(?P<noun>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")
#: "Who heads Northrop Grumman?": a verb of leading, then the body led (read as its "head").
_LEADS = re.compile(r"^\s*who\s+(?:heads|headed|leads|led|runs|ran|chairs|chaired)\s+(?:the\s+)?"
                    r"(?P<owner>(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*)*)", re.IGNORECASE)
#: A name the question gives that ends in a kind noun ("the *Crown Court*", "*Elm Street Bank*").
_NAMED_HEAD = re.compile(r"(?P<owner>(?:(?-i:[A-Z])[\w.'’-]*\s+){1,3})(?P<noun>(?-i:[A-Z])[a-z]+)\b")
_QUESTION_WORDS = frozenset({"who", "whom", "whose", "what", "which", "when", "where", "why", "how", "did", "does",
                             "do", "is", "are", "was", "were", "in", "on", "at", "by", "the"})
#: Words after an owned noun that are no part of it: a verb's participle ("constitution *approved*").
_NOT_NOUN = re.compile(r"(?:ed|ing)$")
#: "Who is accused of …", "who was charged with …": the one the act is done to, not what it is of.
_PASSIVE_OF = re.compile(r"^\s*who\s+(?:is|was|were|are|has been|have been|had been)\s+(?:\w+ly\s+)?"
                         r"(?P<verb>\w+(?:ed|en|t))\s+(?:of|with|for|in|over)\b", re.IGNORECASE)
#: "Whom has the president asked …", "what did the court rule": the question's own subject.
_OBJECT_QUESTION = re.compile(r"^\s*(?:whom?|what|which\s+[\w-]+)\s+(?:did|does|do|has|have|had|will|would|is|was)\s+"
                              r"(?P<subject>.+)$", re.IGNORECASE)
#: Kind nouns of places and bodies a name may be headed by ("Elm College", "the Oak Act"), besides ``kind_noun``.
_HEADS = frozenset({"building", "center", "centre", "hospital", "university", "college", "school", "agency",
                    "department", "ministry", "service", "act", "law", "council", "committee", "court", "office",
                    "association", "corporation", "company", "bank", "party", "union", "league", "airport", "station",
                    "magazine", "network", "program", "programme", "group", "gang", "town", "city", "county",
                    "state", "province", "district", "village", "island", "street", "team", "club", "house", "home",
                    "area", "hotel", "prison", "stadium", "arena", "store", "shop", "supermarket", "church", "room",
                    "plant", "factory", "laboratory", "suburb", "neighborhood", "neighbourhood", "region", "country",
                    "capital", "port", "venue"})
_PLACE_NOUNS = frozenset({"town", "city", "village", "county", "state", "province", "district", "region", "capital",
                          "port", "island", "country", "suburb", "neighborhood", "neighbourhood"})


def misfit(q: QuestionAnalysis, span: Span, claim: ClaimView | None = None) -> str | None:
    """The name of the first rule by which ``span`` cannot answer ``q`` (see the module docstring); None when it
    may."""
    text = span.citation.text
    at = text.find(span.text)
    if at < 0 and span.said:  # a date normalised ("2009-10-25"): where the sentence says it ("October 25")
        at = text.find(span.said)
    t = q.answer_type
    for name, rule in _RULES:
        if rule(q, span, claim, text, at, t):
            return name
    return None


def _echo(q, span, claim, text, at, t) -> bool:
    if t not in ("number", "duration", "money"):
        return False
    figures = [w for w in tokens(span.text) if w[:1].isdigit() or (w in NUMBER_WORDS and w not in ("a", "an"))]
    if not figures or not set(figures) <= set(tokens(q.text)):
        return False
    # "two hours" for "how long had the two gangs feuded?" measures something else than the gangs it counts
    unit = unit_word(span.text)
    return unit is None or stem(unit) not in MEASURE_UNITS


def _relative(q, span, claim, text, at, t) -> bool:
    if at < 0:
        return False
    if t in ("number", "money") and _CHANGE_FROM.search(text[max(0, at - _LOOK_BACK):at]) and \
            _CHANGE_TO.match(text, at + len(span.text)) and not _ASKS_START.search(q.text):
        return True  # "grew from 16 members to 19": 16 is what it was, not what it is after the change
    if t != "duration":
        return False
    own = re.search(r"\b(?P<way>after|before|later|earlier|since)\b", span.text, re.IGNORECASE)
    asked = _ASKS_RELATIVE.search(q.text)
    if own and asked:  # "days after the murder" for "how long *before* the murder …": the other way round
        return _WAY.get(own["way"].lower()) != _WAY.get(asked[0].lower()) and None not in (
            _WAY.get(own["way"].lower()), _WAY.get(asked[0].lower()))
    if own and own["way"].lower() != "since":  # a length said with its own anchor ("hours after his arrest")
        # says how soon one thing followed another: it answers "how long did it take …", "how quickly …", never
        # the length of a doing ("how long had she worked there?" is not "minutes after she was suspended"); a
        # start ("since 1991") is the length of a state that goes on
        return not _ASKS_TAKING.search(q.text)
    if asked:
        return False
    return _RELATIVE_AFTER.match(text, at + len(span.text)) is not None


#: Which way from its anchor a length of time runs ("after", "later": on; "before", "earlier": back).
_WAY = {"after": "on", "later": "on", "since": "on", "before": "back", "earlier": "back", "ago": "back"}
#: How far before a span a word that qualifies it is looked for ("from 16 members", "the guard Ann Lee").
_LOOK_BACK = 30
#: A figure a change starts from ("rose *from* 16 members to 19", "from $5 million to …") and where it goes.
_CHANGE_FROM = re.compile(r"\bfrom\s+(?:(?:about|around|nearly|some|just)\s+)?(?:[$€£¥]\s?)?$", re.IGNORECASE)
_CHANGE_TO = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s+to\s+(?:about\s+|around\s+|nearly\s+)?[$€£¥]?\s?\d",
                        re.IGNORECASE)
#: A question about the value before a change: "how many members did it have *before* …", "at first".
_ASKS_START = re.compile(r"\b(?:before|from|originally|previously|at first|used to|initially|began with|"
                         r"start(?:ed)?)\b", re.IGNORECASE)


def _tense(q, span, claim, text, at, t) -> bool:
    if t == "title" or not _ASKS_PAST.search(q.text) or _ASKS_FUTURE.search(q.text):
        return False
    if at < 0:
        return False
    start, end = clause_bounds(text, at)
    return _FUTURE.search(text[start:end]) is not None


def _clock(q, span, claim, text, at, t) -> bool:
    if t != "date":
        return False
    if _ASKS_DATE.search(q.text):  # "on what date …" asks for a day of the calendar: no weekday or month alone
        return not _DAY.match(span.text) and not any(_CALENDAR_DAY.search(words or "")
                                                      for words in (span.text, span.said))
    if not _ASKS_CLOCK.search(q.text):
        return False
    said = f"{span.text} {span.said or ''}"
    if _other_half(q.text, said):
        return True
    return "T" not in (span.value or "") and not _CLOCK.search(said)


#: The half of the day a part of it lies in ("what time *of the evening*": p.m.; "night" spans both, "2 a.m." and
#: "11 p.m."), and how a clock time says its half.
_PARTS_OF_DAY = {"morning": "a", "dawn": "a", "afternoon": "p", "evening": "p"}
_CLOCK_HALF = re.compile(r"\b([ap])\s?\.?\s?m\b", re.IGNORECASE)


def _other_half(question: str, said: str) -> bool:
    """Whether a clock time falls in the other half of the day than the part the question asks of ("at what time
    of the evening …" is not answered by "5 a.m.")."""
    asked = {half for part, half in _PARTS_OF_DAY.items() if re.search(rf"\b{part}\b", question, re.IGNORECASE)}
    written = {m[1].lower() for m in _CLOCK_HALF.finditer(said)}
    return len(asked) == 1 and bool(written) and not asked & written


#: "On what date …", "by which date …": the question asks for a day of the calendar.
_ASKS_DATE = re.compile(r"\b(?:what|which)\s+date\b", re.IGNORECASE)
#: A day of the calendar: "2009-11-30", "Nov. 30", "30 November".
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?:\s?\.)?"
_CALENDAR_DAY = re.compile(rf"\b{_MONTHS}\s+\d{{1,2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}",
                           re.IGNORECASE)


def _head_noun(phrase: str, fits) -> str | None:
    """The last word of ``phrase`` that ``fits`` before its verb: an auxiliary, or a past-tense verb or a function
    word once a noun was read ("firm *orders* did", "*climbers* died at", "news *agency* carried the")."""
    noun = None
    for word in phrase.split():
        low = word.lower()
        if low in _AUX or (noun and (low.endswith("ed") or low in FUNCTION_WORDS)):
            break
        if fits(low):
            noun = low
    return noun


def counted_noun(question: str) -> str | None:
    """The noun "how many …" counts ("how many *climbers* died", "how many firm *orders* did")."""
    found = re.search(r"\bhow\s+many\s+((?:[a-z][\w-]*\s*){1,5})", question, re.IGNORECASE)
    return _head_noun(found[1], lambda w: w not in FUNCTION_WORDS) if found else None


def _unit(q, span, claim, text, at, t) -> bool:
    noun = counted_noun(q.text)
    if t != "number" or not noun:
        return False
    if at > 0 and re.search(r"[$€£¥]\s*$", text[:at]):
        return True  # a sum of money counts no people or things
    unit = unit_word(span.text)
    # "a *five-boat* pirate attack" for "how many pirates …": a figure joined to its noun by a hyphen modifies
    # another noun, and counts only its own
    joined = re.fullmatch(r"\S+\s*-\s*([a-z]+)", span.text.strip(), re.IGNORECASE)
    if joined and not _said_as(noun, joined[1].lower()):
        return True
    # a measure ("150 metres", "four seasons") for a count of something else ("how many climbers …")
    return unit is not None and stem(unit) in MEASURE_UNITS and stem(unit) != stem(noun)


def _said_as(noun: str, word: str) -> bool:
    """Whether ``word`` says the asked noun: the same word or a synonym ("brigands" for "pirates")."""
    stems_, ordered = phrase_keys(word)
    return match(noun, stems_, ordered) >= 0.9


#: Words that say a change in amount, whatever verb the question asks it by ("sales were *down* 35%", "a *loss*"),
#: and the irregular past forms of the change verbs.
_CHANGE_WORDS = AMOUNT_CHANGES | {"rose", "risen", "fell", "fallen", "grew", "grown", "sank", "sunk", "slid",
                                  "shrank", "shrunk", "swollen", "down", "up", "lower", "higher", "loss", "lose",
                                  "lost", "cut", "plummet", "slump", "rebound", "tank", "slash"}
_CHANGE_STEMS = frozenset(stem(w) for w in _CHANGE_WORDS)
#: "How much …" asks an amount ("how many yards did he gain?" counts what was gained, no change in amount).
_HOW_MUCH = re.compile(r"\s*(?:by\s+)?how\s+much\b", re.IGNORECASE)
#: A question that says one of these (not in a name) asks the size of a change ("how much did sales *fall*?").
_ASKED_CHANGES = frozenset(stem(w) for w in AMOUNT_CHANGES | {"rose", "risen", "fell", "fallen", "grew", "sank"})


def _unchanged(q, span, claim, text, at, t) -> bool:
    """"How much did sales fall?" asks the size of a change: a figure of a sentence that says no change in
    amount ("was lent $40 million by its bank in May") measures something else, and one the change went
    to ("slipped 2% *to* $4.10") is the level it ended at."""
    asked = {stem(w) for words in q.words for w in tokens(words)}
    if t not in ("number", "money") or not _HOW_MUCH.match(q.text) or not asked & _ASKED_CHANGES:
        return False
    return not {stem(w) for w in tokens(text)} & _CHANGE_STEMS or \
        (at > 0 and re.search(r"\bto\b[^,;]{0,16}$", text[:at]) is not None)


def _nearest_noun(text: str, at: int, size: int, noun: str) -> int | None:
    """Where ``text`` says ``noun`` nearest before the span at ``at`` (within its clause or 60 characters), else
    right after it (within 40): "U.S. President Bill Clinton, President Ode Rusk" has the second "President" for
    Ode Rusk."""
    start, _end = clause_bounds(text, at)
    low = max(0, min(start, at - 60))
    before = list(re.finditer(rf"\b{re.escape(noun)}\b", text[low:at], re.IGNORECASE))
    if before:
        return low + before[-1].start()
    after = re.search(rf"\b{re.escape(noun)}\b", text[at + size:at + size + 40], re.IGNORECASE)
    return at + size + after.start() if after else None


def _owners(text: str, at: int, noun: str) -> list[set[str]]:
    """The names that own the ``noun`` said at ``at`` in ``text``: before it ("U.S. President", "Kenya's death
    toll") or after it ("president of Cyprus", "the toll in the Tanzania blast")."""
    found = []
    end = at + len(noun)
    # ("German *economy* minister": an owner's name before the post's own lower-case words)
    before = re.search(r"((?:(?-i:[A-Z])[\w.'’-]*\s+){1,3})(?:(?!(?:and|or|of|the|a|an|to|for|with|by|in|at|on|as)\s)"
                       r"(?-i:[a-z])[\w-]*\s+){0,2}$", text[max(0, at - 40):at])
    after = re.match(r"\s+(?:of|in|at|for)\s+(?:the\s+)?((?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*)*)",
                     text[end:])
    for words in (before[1] if before else "", after[1] if after else ""):
        names = _with_initials([w for w in _name_words(words) if len(w) > 1])
        if names:
            found.append(names)
    return found


def _with_initials(words: list[str]) -> set[str]:
    """A name's words and, for a name of several words, its initials ("United Auto Workers" → "uaw")."""
    return {*words, "".join(w[0] for w in words)} if len(words) > 1 else set(words)


def _name_words(text: str) -> list[str]:
    """A name's capitalised words, lower-cased, a short form's dots dropped ("U.S." → "us"), an owner's "'s" cut
    off, a determiner opening a sentence left out ("The UAW")."""
    words = [re.sub(r"['’]s?$", "", w.replace(".", "")) for w in re.findall(r"[\w.'’-]+", text)]
    return [w.lower() for w in words if w[:1].isupper() and (w.isupper() or w.lower() not in FUNCTION_WORDS)]


def _kin_name(a: str, b: str) -> bool:
    """The same name or its adjective ("Kenya" ~ "Kenyan", "U.S." ~ "US")."""
    return a == b or (min(len(a), len(b)) >= 4 and a[:4] == b[:4])


def _qualifier(q, span, claim, text, at, t) -> bool:
    if at < 0:
        return False
    asked = [(m["noun"].split()[-1], m["owner"]) for m in _OWNED.finditer(q.text)]
    for m in _OWNED_BY.finditer(q.text):  # "Kenya's new constitution approved": the noun before the participle
        words = [w for w in m["noun"].split() if w not in FUNCTION_WORDS]
        while len(words) > 1 and _NOT_NOUN.search(words[-1]):
            words.pop()
        if words:
            asked.append((words[-1], m["owner"]))
    asked += [("head", m["owner"]) for m in _LEADS.finditer(q.text)]  # "who heads A?": the head of A
    for m in _NAMED_HEAD.finditer(q.text):  # "the Crown Court": a body the question names by its own words
        owner = " ".join(w for w in m["owner"].split() if w.lower() not in _QUESTION_WORDS)
        if m["noun"].lower() in _HEADS and owner:
            asked.append((m["noun"].lower(), owner))
    question_words = set(tokens(q.text))
    # words the question writes in lower case are no owner's name where a sentence capitalises them in a title
    # ("Aer Lingus *Chief* Executive" for "Ryanair's chief executive": the owner is Aer Lingus)
    lower = set(re.findall(r"\b(?-i:[a-z])[\w-]*", q.text))
    for noun, owner in asked:
        if noun in FUNCTION_WORDS or len(noun) < 3:
            continue
        mine = _with_initials(_name_words(owner))
        said = _nearest_noun(text, at, len(span.text), noun)
        for theirs in _owners(text, said, noun) if said is not None else ():
            theirs = theirs - lower
            if not theirs or theirs & (question_words | set(_name_words(span.text))):
                continue
            if not any(_kin_name(a, b) for a in mine for b in theirs):
                return True
    return False


#: Before a verb form read as a noun: a determiner or possessive, perhaps with one word between ("the 2015 *killing*
#: of"); after it, "of" ("the killing *of* her mother").
_NOMINAL_BEFORE = re.compile(r"\b(?:the|a|an|his|her|its|their)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_OF_AFTER = re.compile(r"\w+\s+of\b", re.IGNORECASE)


def _clause(q, span, claim, text, at, t) -> bool:
    from .binding import says_verb, verb_at

    if t not in ("person", "organisation", "place", "date") or at < 0 or not q.predicate or (
            claim is not None and claim.kind != "sentence" and says_verb(q.predicate, claim)):
        return False
    verbs = verb_at(q, text)
    if not verbs or SAYING.match(text, verbs[0]):
        return False  # (a verb of saying parts its own clause from what it says: "announced on Monday to offer")
    end = at + len(span.text)
    relative = re.match(r"[^,;]{0,12}?,\s*(?P<word>who|whom|whose|which|where|when)\b(?P<next>(?:\s+[\w'-]+){0,4})",
                        text[end:], re.IGNORECASE)
    # the name a relative clause tells of: "Ann Lee, who wrote …" (its verb right after the pronoun; not "the Elm
    # gang, who feud with the crew *he* belonged to"), "the Elm district, where …"
    tells_of = relative is not None and (relative["word"].lower() in ("where", "when") or any(
        end + relative.start("next") <= v < end + relative.end("next") for v in verbs))
    if tells_of and relative["word"].lower() in ("where", "when"):
        # "the prison, where she served her term for the killing of her mother": the asked act said only as a
        # noun ("the killing of") inside the clause is no act done at that place or time
        inside = [v for v in verbs if v >= end + relative.start("word")]
        tells_of = not inside or not all(_NOMINAL_BEFORE.search(text[max(0, v - 30):v]) and
                                         _OF_AFTER.match(text, v) for v in inside)
    mine = clause_bounds(text, at, antecedent_of=end if tells_of else None)
    # "Ann Lee, 40, said she is caring for …": what a speaker says of herself is her clause too
    gap = re.match(r"[\s,]*", text[mine[1]:]).end()
    saying = SAYING.match(text, mine[1] + gap)
    if saying and (own := re.match(r"\s*(?:he|she|they)\b", text[saying.end():], re.IGNORECASE)):
        mine = (mine[0], clause_bounds(text, saying.end() + own.end())[1])
    # "whom did she marry in 1958", "who looks after five of them": a figure the question gives binds
    figures = [w for w in tokens(q.text) if w[:1].isdigit() or (w in NUMBER_WORDS and w not in ("a", "an"))]
    if any(f in tokens(text[mine[0]:mine[1]]) for f in figures):
        return False
    return not any(mine[0] <= v < mine[1] for v in verbs)


def _untitled(q, span, claim, text, at, t) -> bool:
    from .roles import COPULAR
    from .typed import titled

    if t != "person" or at < 0 or not re.match(r"^\s*who\b", q.text, re.IGNORECASE):
        return False
    found = COPULAR.match(q.text)
    asked_as = re.search(r"\bas\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?P<title>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s*\??$",
                         q.text)
    phrase = found["rest"] if found else asked_as["title"] if asked_as else ""
    # the title is the phrase's last kind noun ("the defendant's *lawyer*", "the Colts' head *coach*")
    titles = [w for w in tokens(phrase) if kind_noun(w) or kind_noun(w.rstrip("s"))][-1:]
    if titles and re.search(rf"\b{re.escape(titles[0])}e?d\s+$", text[:at], re.IGNORECASE):
        return True  # "coached Ann Lee" makes her the one coached, no coach
    return bool(titles) and not titled(span, titles)


#: A described noun after a determiner: "the *guard*", "his *coach*" (read by ``asker`` and its mirror ``object``).
_DESCRIBED_NOUN = r"(?:the|a|an|his|her|its|their)\s+((?-i:[a-z])[\w-]*)"
#: How far before a verb its passive's "be" (and an adverb) is looked for ("was later stabbed").
_PASSIVE_REACH = 24
#: A participle that goes on ("has been *noting*"), not a passive's.
_PROGRESSIVE = re.compile(r"\w+ing\b")


def _asker(q, span, claim, text, at, t) -> bool:
    from .typed import titled

    found = _OBJECT_QUESTION.match(q.text)
    if t != "person" or at < 0 or q.asks_subject is not False or not found or not q.predicate:
        return False
    # the subject's description: its lower-case words after a determiner, up to the verb ("the president-elect";
    # not "the Saints", a name, which the writers skip anyway)
    described = re.match(_DESCRIBED_NOUN + r"\b", found["subject"], re.IGNORECASE)
    words = [w for w in tokens(described[1]) if len(w) > 2 and stem(w) != stem(q.predicate)] if described else []
    return bool(words) and titled(span, words)


def _object_titled(q, span, claim, text, at, t) -> bool:
    """For "who shot the guard?" (the doer), a name the sentence titles with the question's own object right before
    it ("*Guard* Ann Lee", "the guard Ann Lee"): the question calls that one the one the act was done to, so it is
    not the doer (the mirror of ``asker``)."""
    if t != "person" or at < 0 or q.asks_subject is not True or _asked_in_passive(q):
        return False
    found = re.search(rf"\b{re.escape(q.predicate)}\s+{_DESCRIBED_NOUN}\s*\??$",
                      q.text, re.IGNORECASE)
    before = tokens(text[max(0, at - _LOOK_BACK):at])
    return bool(found) and bool(before) and stem(before[-1]) == stem(found[1]) != stem(q.predicate)


#: "Whom did he stab …", "which coach did the team let go": the verb right after the question's own subject.
_OBJECT_VERB = re.compile(r"^\s*(?:whom?|(?:which|what)\s+[\w-]+)\s+(?:did|does|do|will|would|could|has|have|had)\s+"
                          r"(?:he|she|they|it|(?:the|his|her|their|its)\s+[\w-]+|"
                          r"(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*)*)"
                          r"\s+(?P<verb>[a-z]+)\b", re.IGNORECASE)
#: A verb's passive: a form of "be" (and an adverb) right before it ("was stabbed", "were later fired").
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being|got|get)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
#: What stands between a name and a verb after it when the name is the verb's object, not its doer: a relative word
#: ("Ann Lee, whom he married"), a pronoun or another name that does it ("the man *he* stabbed", "the coach *the
#: Elm team* let go").
_OBJECT_GAP = re.compile(r"\b(?:who|whom|which|that|he|she|they|we|i|you|it)\b|\s(?-i:[A-Z])[a-z]", re.IGNORECASE)


def _verb_after(text: str, at: int, span_text: str, verb: str) -> int | None:
    """Where the first word of the verb ``verb`` (a stem) stands after the name at ``at``, in the name's clause."""
    _start, stop = clause_bounds(text, at)
    found = verb_spans(text, {verb}, at + len(span_text), stop)
    return found[0][0] if found else None


def _doer(q, span, claim, text, at, t) -> bool:
    """For "whom did he stab?", the name that stands before the asked verb in its clause as its doer ("Tom Ray was
    jailed for stabbing his wife"): English puts the one an act is done to after the verb, or before it only in a
    passive ("Ann Lee was stabbed") or after another doer ("the woman he stabbed")."""
    found = _OBJECT_VERB.match(q.text)
    if t not in ("person", "organisation") or at < 0 or not found or found["verb"].lower() in _AUX:
        return False
    v = _verb_after(text, at, span.text, stem(found["verb"]))
    return v is not None and not _PASSIVE.search(text[max(0, v - _PASSIVE_REACH):v]) and \
        not _OBJECT_GAP.search(text[at + len(span.text):v])


def _asked_in_passive(q) -> bool:
    """Whether the question says its verb in the passive ("which Elm player was arrested …"), or has no verb to
    tell by: then it asks for the one the act was done to, or cannot say."""
    if not q.predicate:
        return True
    found = re.search(rf"\b{re.escape(q.predicate.split()[0])}\b", q.text, re.IGNORECASE)
    return found is None or bool(_PASSIVE_QUESTION.match(q.text)) or bool(_PASSIVE.search(q.text[:found.start()]))


def _done_to(q, span, claim, text, at, t) -> bool:
    """For "who shot the guard?" (the doer, asked in the active), the name that stands before the asked verb in its
    passive ("Guard Ann Lee was shot outside the bank"): the act was done to it, whoever did it ("by" or not)."""
    if t not in ("person", "organisation") or at < 0 or q.asks_subject is not True or _asked_in_passive(q):
        return False
    v = _verb_after(text, at, span.text, stem(q.predicate.split()[0]))
    # (a participle: "has been noting" goes on, "was noted" is a passive)
    return v is not None and bool(_PASSIVE.search(text[max(0, v - _PASSIVE_REACH):v])) and \
        not _PROGRESSIVE.match(text[v:]) and not _OBJECT_GAP.search(text[at + len(span.text):v])


#: What joins two names into one phrase ("Ann Lee *and Miss* Tom Ray", "Tom Ray *,* Ann Lee *and*"): a title may
#: stand before the second.
_JOINED = re.compile(r"^\s*(?:,\s*)?(?:and|or|as\s+well\s+as|,)\s+(?:(?-i:[A-Z])[a-z]{1,3}\.?\s+)?$")
#: A question that asks for one who shares the asked one's role ("who was arrested *with* Ann Lee?").
_ASKS_ALONGSIDE = re.compile(r"\b(?:with|and|along|besides?|other\s+than|also|too|else)\b", re.IGNORECASE)


def _alongside(q, span, claim, text, at, t) -> bool:
    """For "who killed Ann Lee?" (the doer of an act done to a named one), a name joined to hers by "and" or a
    comma ("Mrs Lee *and* Miss Ray were found dead"): one phrase, one role, so Ray is done to as Lee is, not the
    doer; never for a question that asks for another in that role ("who was arrested with Ann Lee?")."""
    if t != "person" or at < 0 or q.asks_subject is not True or not q.entities or _ASKS_ALONGSIDE.search(q.text):
        return False
    end = at + len(span.text)
    for form in {q.entities[0].text, q.entities[0].entity.name}:
        for word in tokens(form):
            if len(word) < 3 or word in set(tokens(span.text)):
                continue
            for m in re.finditer(rf"\b{re.escape(word)}\b", text, re.IGNORECASE):
                if m.end() <= at and _JOINED.match(text[m.end():at]):
                    return True
                if m.start() >= end and _JOINED.match(text[end:m.start()]) and \
                        not _POSSESSED_AFTER.match(text, m.end()):
                    return True  # (not "Ivo Lenz , Ada Pell 's agent": a description of the span's own)
    return False


#: The rest of a name, then the possessive: "Ann *Lee 's* agent" (an apposition that describes the name before it).
_POSSESSED_AFTER = re.compile(r"(?:\s+(?-i:[A-Z])[\w.'’-]*)*\s?['’]s\b")


#: A possessive mark after a name, not the contraction of "has" or "is" ("Ann Lee's been", "Ann Lee's not").
OWNS = r"\s?['’]s?\s+(?!(?:been|got|gone|had|not|never|also|now|still|a|an|the|being|going)\b)"
#: A name in the possessive before a noun ("Ann Lee's *home*").
_POSSESSIVE = re.compile(OWNS + r"(?-i:[a-z])[\w-]*")


def _owner(q, span, claim, text, at, t) -> bool:
    """For "who noted the plate?" (the doer, active), a person's name in the possessive ("near *Ann Lee's* home"):
    it owns a thing the sentence names, and does nothing in it; for "which group did he found?" (what the act is
    done to), any name so ("described *Ann Lee's* killer"). (A body's possessive may stand for the body as doer:
    "the Elm Post's website reported" is the Post's report.)"""
    if at < 0 or re.match(r"^\s*whose\b", q.text, re.IGNORECASE) or _PASSIVE_QUESTION.match(q.text):
        return False
    doer = t == "person" and q.asks_subject is True
    if not doer and not (t in ("person", "organisation") and q.asks_subject is False):
        return False
    return _POSSESSIVE.match(text, at + len(span.text)) is not None


#: A possessive after a name and the words it owns, up to the clause's next stop ("Ann Lee's *defence lawyers*",
#: "the Lees' *Elm Road house*").
_OWNED_WORDS = re.compile(OWNS + r"((?:[\w-]+\s+){0,2}[\w-]+)")


def _possessor(q, span, claim, text, at, t) -> bool:
    """For "who was the defendant's lawyer?" or "which firm won the case against Elm Corp?", a name in the
    possessive before a word the question itself says ("one of *Ann Lee's* lawyers", "*the Lees'* Elm Corp"): the
    name owns the thing asked about, it is not that thing. (Not for "whose …?", which asks for the owner.)"""
    if t not in ("person", "organisation") or at < 0 or re.match(r"^\s*whose\b", q.text, re.IGNORECASE):
        return False
    from .fulltext import question_words

    owned = _OWNED_WORDS.match(text, at + len(span.text))
    if owned is None:
        return False
    asked = {stem(w) for w in question_words(q) if " " not in w}
    return any(stem(w) in asked for w in tokens(owned[1]) if w not in FUNCTION_WORDS)


#: A sentence's sayer after its words: "…, Ann Lee said." / "…, said Ann Lee." (the name is checked apart).
_SAID_AFTER = re.compile(r"\s+(?:said|says|told|added)\b", re.IGNORECASE)
_SAID_BEFORE = re.compile(r"\b(?:said|says|according\s+to)\s+$", re.IGNORECASE)
#: A title, age or description set off by a comma after a name ("Ann Lee, a spokeswoman for …", "Ann Lee, head
#: of …").
_APPOSED = re.compile(r"\s*,\s*(?!(?:and|but|or)\b)(?-i:[a-z0-9])")


def _sayer(q, span, claim, text, at, t) -> bool:
    """For a person asked by a verb that is not one of saying ("who was wounded?"), a bare name that only says
    the sentence ("…, Ann Lee said"): the sayer reports the event and takes no part in it as far as the sentence
    tells. A sayer given a title ("police spokesman Ann Lee said", "said Ann Lee, the coach") may be what a role
    question asks for, and is left to the other rules."""
    if t != "person" or at < 0:
        return False
    if any(stem(w) in SPEECH_STEMS for w in tokens(q.text)):
        return False
    end = at + len(span.text)
    if not (_SAID_AFTER.match(text, end) or _SAID_BEFORE.search(text[:at])):
        return False
    # the word right before the name, if no mark parts them: a title ("spokesman", "Officer"), a bare verb's "said"
    ahead = re.search(r"([\w.'’-]+)\s*$", text[:at])
    before = ahead[1].lower() if ahead else ""
    titled_before = before not in ("", "said", "says", "to") and before not in FUNCTION_WORDS
    return not titled_before and not _APPOSED.match(text, end)


#: Lists paired in order by "respectively" ("cost $199 and $249 respectively").
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_LISTED = re.compile(r"\s*(?:,|\band\b|\bor\b)", re.IGNORECASE)


def _respective(q, span, claim, text, at, t) -> bool:
    """A value that is one of a list a sentence pairs with another by "respectively" ("two sizes, 2GB and 4GB,
    … cost $199 and $249 respectively"): which value goes with the asked item is told by the lists' order, which
    no span reading follows."""
    if at < 0 or not _RESPECTIVELY.search(text):
        return False
    return bool(_LISTED.match(text, at + len(span.text)) or re.search(r"(?:,|\band|\bor)\s*$", text[:at]))


#: "In what year …", "which year …": the question asks for a year.
_ASKS_YEAR = re.compile(r"\b(?:what|which)\s+year\b", re.IGNORECASE)


def _yearless(q, span, claim, text, at, t) -> bool:
    """For "in what year …", a date that writes no year ("Tuesday", "last month"): it tells another grain of time
    than the one asked, whatever year the article's own date would lend it."""
    return t == "date" and _ASKS_YEAR.search(q.text) is not None and re.search(r"\d{4}", span.text) is None


#: A figure that ends a model's name ("AK-47", "F - 16"): letters in capitals and a hyphen before it.
_MODEL = re.compile(r"\b[A-Z]{1,4}\s?-\s?$")


#: The first half of a score or a range and its hyphen, right before a figure ("20-*13*", "3 - *4*").
_HALF = re.compile(r"\d\s?-\s?$")
#: A figure run on into a number word with nothing between ("4 three attempts"): two figures, no one quantity.
_RUN_ON = re.compile(r"\d[\d,.]*\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b",
                     re.IGNORECASE)


def _model(q, span, claim, text, at, t) -> bool:
    """A figure that is part of a name ("14 AK-47 rifles": 47 names the rifle, 14 counts them) or the second half
    of a score or range ("a 20-13 win": 13 is no count of wins), or a span that runs two figures together ("4
    three"): no one count."""
    if t not in ("number", "money", "duration") or at <= 0:
        return False
    return _MODEL.search(text[:at]) is not None or _HALF.search(text[:at]) is not None or \
        _RUN_ON.match(span.text) is not None


#: A month as written before or after a day's figure ("Sept . 8", "8 June", "8th of June"): capitalised, so "may"
#: the verb is none.
_MONTH_NAME = rf"(?:{MONTH_NAMES})"
_MONTH_BEFORE = re.compile(rf"\b{_MONTH_NAME}(?:\s?\.)?\s+$")
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_NAME}\b")


def _calendar(q, span, claim, text, at, t) -> bool:
    """A bare figure from 1 to 31 that a month name stands beside: the day of a date, no count or amount."""
    figure = span.text.strip()
    if t not in ("number", "money") or at < 0 or not figure.isdigit() or not 1 <= int(figure) <= 31:
        return False
    return _MONTH_BEFORE.search(text[:at]) is not None or _MONTH_AFTER.match(text, at + len(span.text)) is not None


#: Comparatives that, after a figure, make it the gap between two things ("five rounds *sooner than* …").
_COMPARATIVES = r"(?:sooner|later|earlier|more|fewer|less|longer|shorter|higher|lower|faster|slower|older|younger|" \
    r"bigger|smaller|larger|greater|further|farther)"
_GAP_AFTER = re.compile(rf"\s+(?:\w+\s+)?{_COMPARATIVES}\s+than\b", re.IGNORECASE)
_ASKS_GAP = re.compile(rf"\b{_COMPARATIVES}\b|\bdifference\b|\bgap\b", re.IGNORECASE)


def _difference(q, span, claim, text, at, t) -> bool:
    """A count or amount a comparative and "than" follow: the difference between two things, not either of them,
    unless the question asks for a difference itself."""
    if t not in ("number", "money") or at < 0 or _ASKS_GAP.search(q.text):
        return False
    return _GAP_AFTER.match(text, at + len(span.text)) is not None


def _unnamed(q, span, claim, text, at, t) -> bool:
    """For "in which city …" (a place or body of a named kind), a common noun phrase of another kind ("the
    embassy", "a local clinic"): it names no city at all."""
    if t not in ("place", "organisation"):
        return False
    noun = asked_kind(q.text)
    words = span.text.split()
    if noun is None or not words or any(w[:1].isupper() or w[:1].isdigit() for w in words[1:]):
        return False
    determined = words[0].lower() in ("the", "a", "an", "his", "her", "its", "their")
    return determined and stem(words[-1].lower()) != stem(noun)


def _other_act(q, span, claim, text, at, t) -> bool:
    """A figure, date or place governed by another verb of its sentence than the asked act, which the sentence says
    elsewhere ("was walking with her *12 children* when the gunman fired" for "how many shots did he fire?"):
    ``attached.other_act``."""
    from .attached import other_act

    return other_act(q.text, t, text, at, len(span.text)) is not None


#: "Whose laboratory …": the noun a "whose" question asks the owner of.
_WHOSE = re.compile(r"^\s*whose\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z][\w-]*)\s+"
                    r"(?=(?:did|does|do|was|were|is|are|has|have|had|will|would|can|could|ran|run|runs|"
                    r"[a-z]+ed|[a-z]+s)\b)",
                    re.IGNORECASE)


def _not_owner(q, span, claim, text, at, t) -> bool:
    if t not in ("person", "organisation") or at < 0 or (asked := _WHOSE.match(q.text)) is None:
        return False
    noun = stem(asked["noun"].lower())
    said = [m for m in re.finditer(r"[A-Za-z][\w-]*", text) if stem(m[0].lower()) == noun]
    if not said:
        return False
    end = at + len(span.text)
    before = any(re.fullmatch(r"\s*(?:['’]s?\s*)?(?:(?-i:[A-Z])[\w.-]*\s+|[a-z][\w-]*\s+){0,2}", text[end:m.start()])
                 for m in said if m.start() >= end)
    # "the brainchild of Ford 's Chief Executive Officer , William Clay Ford Jr.": a title between, set off by a comma
    titled_of = r"\s+of\s+(?:the\s+)?(?:(?:(?-i:[A-Z])[\w.-]*|['’]s)\s*){0,5}(?:,\s*)?"
    after = any(re.fullmatch(titled_of, text[m.end():at]) for m in said if m.end() <= at)
    return not (before or after)


def _asked_title(q, span, claim, text, at, t) -> bool:
    """A title whose every word the question already says ("General" for "what post does General Ann Lee hold?")."""
    words = [w for w in tokens(span.text) if w not in FUNCTION_WORDS]
    return t == "title" and bool(words) and set(words) <= set(tokens(q.text))


def _other_event(q, span, claim, text, at, t) -> bool:
    """A figure, date or place whose governor in the sentence's parse is no act the question says ("stated *on
    Thursday* that it had signed" for "when did it sign?", "charged in the *1967* slayings" for "when was she taken
    into custody?"): it tells of another event of the story (``governed.other_event``). A date normalised
    ("2009-06-18") is found by the words that say it."""
    from .governed import asked_name_words, located, other_event

    where, size = located(text, span.text)
    names = asked_name_words(n for e in q.entities for n in (e.text, e.entity.name))
    return other_event(q.text, t, text, where, size, names) is not None


#: Doubts about a short answer already chosen: each names a reading of its sentence that the span rules do not do.
_DOUBTS = (("possessor", _possessor), ("sayer", _sayer), ("respective", _respective), ("yearless", _yearless),
           ("model", _model), ("calendar", _calendar), ("difference", _difference), ("unnamed", _unnamed),
           ("asked title", _asked_title), ("not the owner", _not_owner), ("other act", _other_act))
#: Doubts that find a normalised date where its sentence says it (``governed.located``).
_DATED_DOUBTS = (("other event", _other_event),)


def doubt(q: QuestionAnalysis, short: str, citation) -> str | None:
    """The name of the first doubt (``shape``, ``possessor``, ``sayer``, ``respective`` …) about the short answer
    the writer chose from ``citation``'s sentence; None when there is none. A doubted short answer is not stated
    first: the sentence is quoted instead (no other span is tried in its place: the next one the rules find is as
    often wrong, and the quoted sentence still holds the answer when it is there)."""
    if shapeless(q.answer_type, short):
        return "shape"
    text = citation.text
    at = text.find(short)
    span = Span(text=short, citation=citation)
    for name, rule in _DOUBTS if at >= 0 else ():
        if rule(q, span, None, text, at, q.answer_type):
            return name
    for name, rule in _DATED_DOUBTS:
        if rule(q, span, None, text, at, q.answer_type):
            return name
    return None


#: What a short answer of a figure's type is written with, whatever else it says: a number has a digit or a
#: number's word ("26", "two", "dozens", "several"), a sum a currency's sign, word or code or a figure in millions
#: ("$ 9.99", "85 million euros", "SGD1.75-billion", "2.7 billion"), a length of time a unit of time ("three days",
#: "life", "since 2001").
_SHAPES = {
    "number": re.compile(r"\d|\b(?:" + "|".join(w for w in NUMBER_WORDS if w not in ("a", "an")) +
                         r"|hundreds|thousands|millions|billions|trillions?|dozens|scores|single|couple|several|few|"
                         r"many|most|none|no|both|all|once|twice|first|second|third|fourth|fifth|sixth|seventh|"
                         r"eighth|ninth|tenth|majority|minority)\b", re.IGNORECASE),
    "money": re.compile(r"[$€£¥]|\b(?:dollars?|euros?|pounds?|sterling|yen|yuan|rupees?|francs?|pesos?|rubles?|"
                        r"roubles?|cents?|pence|free|nothing)\b|(?-i:\b[A-Z]{3})\s?\d|"
                        r"\d[\d.,\s]*(?:million|billion|trillion|bn|mn|m|k)\b", re.IGNORECASE),
    "duration": re.compile(r"\b(?:seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|fortnights?|months?|"
                           r"years?|yrs?|decades?|centur(?:y|ies)|life|lifetime|seasons?|terms?|weekends?|"
                           r"overnight|since|generations?)\b", re.IGNORECASE),
}


def shapeless(answer_type: str | None, short: str) -> bool:
    """Whether a short answer of a figure's type lacks what any such answer is written with (``_SHAPES``): "the
    death penalty" for "how long …", "a parliamentary election" for "what was the turnout …", "full-length feature
    films" for "what price …" are a claim's object or another span read as the answer, and stated first they would
    say something the sentence does not. Other types are never shapeless here."""
    shape = _SHAPES.get(answer_type or "")
    return shape is not None and shape.search(short) is None


#: A name as written: capitalised words in a row ("Ann Lee", "U.S. Marshals").
_NAME = r"(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*)*"
#: "Who was arrested …", "which team was beaten": a passive question asks for the one the act was done to.
_PASSIVE_QUESTION = re.compile(r"^\s*(?:who|(?:which|what)\s+[\w-]+)\s+(?:is|are|was|were|has\s+been|have\s+been|"
                               r"had\s+been|will\s+be|got)\b", re.IGNORECASE)


def _other_subject(q, span, claim, text, at, t) -> bool:
    """For a figure, date or place asked of one name ("how long had Ann Lee worked there?"), one whose clause
    opens with another person as its subject ("*Tom Ray*'s been at the plant for 37 years and worked beside Ann
    Lee"): it tells of him."""
    if t not in ("number", "duration", "money", "date", "place") or at < 0 or len(q.entities) != 1:
        return False  # (one name asked of, whatever the tagger typed it: a person is often read as a firm)
    named_ = q.entities[0]
    asked = {w for w in tokens(f"{named_.text} {named_.entity.name}") if len(w) > 1}
    start, _end = clause_bounds(text, at)
    opening = re.match(rf"[\s\"“'‘`]*({_NAME})\s*(?:['’]s\s+)?"
                       r"(?:been|has|had|was|is|said|says|worked|works|spent|joined|served)\b", text[start:at])
    # "Andy Ryan , who has worked there for 30 years": a relative clause tells of the name before it
    antecedent = re.search(rf"({_NAME})\s*,\s*$", text[:start]) if re.match(r"who\b", text[start:]) else None
    if not opening and not antecedent:
        return False
    named = {w for w in tokens((opening or antecedent)[1]) if w not in FUNCTION_WORDS}
    return bool(named) and not named & asked


def _complement(q, span, claim, text, at, t) -> bool:
    found = _PASSIVE_OF.match(q.text)
    if t != "person" or at < 0 or not found:
        return False
    verb = stem(found["verb"])
    start, _end = clause_bounds(text, at)
    return any(re.match(r"\s+(?:of|with|for|in|over)\b", text[e:]) for _s, e in verb_spans(text, {verb}, start, at))


#: "Who is accused of …?", "who was suspected in …?": a question that asks whom an accusation names.
_ASKS_ACCUSED = re.compile(r"^\s*who\s+(?:is|was|are|were|has\s+been|had\s+been)\s+(?:the\s+)?"
                           r"(?:accused|suspected|charged|suspect|alleged)\b", re.IGNORECASE)
#: A name a sentence titles as the accused one: "the alleged shooter , Ann Lee", "suspect Ann Lee".
_TITLED_ACCUSED = re.compile(r"\b(?:alleged|accused|suspected)\s+(?:[a-z]+\s+)?,?\s*(?P<name>(?-i:[A-Z])[\w.'’-]*)|"
                             r"\bsuspect\s+,?\s*(?P<other>(?-i:[A-Z])[\w.'’-]*)")


def _accused_other(q, span, claim, text, at, t) -> bool:
    """For "who is accused of the shooting?", a name the sentence does not title as the accused where it so titles
    another ("A's been at the plant for 37 years and worked with the victims and *the alleged shooter , B*")."""
    if t != "person" or at < 0 or not _ASKS_ACCUSED.match(q.text):
        return False
    titled_names = [m["name"] or m["other"] for m in _TITLED_ACCUSED.finditer(text)]
    own = set(span.text.split())
    return bool(titled_names) and not any(name in own for name in titled_names)


def asked_kind(question: str) -> str | None:
    """The kind noun of a "which …" question: "which news *agency* carried", "which six-story *building* did"."""
    found = re.match(r"^\s*(?:\w+\s+)?(?:which|what)\s+((?:[a-z][\w-]*\s*){1,4})", question, re.IGNORECASE)
    return _head_noun(found[1], lambda w: kind_noun(w) or w in _HEADS) if found else None


def _head(text: str, at: int, span_text: str) -> str | None:
    """The kind noun that heads a name as written: its own last word ("Elm *College*"), or the one before its "of"
    ("Elm *College* of Medicine"), the noun right after it ("the Elm *gang*", "three Elm *counties*"), or, for a
    short form in brackets, the last word before them ("the Oak *Act* ( OA )")."""
    words = span_text.split()
    last = words[-1].lower()
    if last in _HEADS:
        return last
    before_of = next((w.lower() for w, nxt in zip(words, words[1:]) if nxt == "of"), None)
    if before_of in _HEADS:
        return before_of
    after = re.match(r"\s+([a-z][\w-]*)", text[at + len(span_text):])
    if after and _singular(after[1]) in _HEADS:
        return _singular(after[1])
    bracket = re.search(r"\b([A-Za-z][\w-]*)\s*\(\s*$", text[:at])
    if bracket and bracket[1].lower() in _HEADS:
        return bracket[1].lower()
    of = re.search(r"\b([a-z][\w-]*)\s+of\s+$", text[:at])  # "the Buffalo suburb of Elm": Elm is a suburb
    if of and of[1] in _HEADS:
        return of[1]
    return None


#: Nouns of settlements, which a region's name qualifies when set before them ("the Somerset town").
_SETTLEMENTS = frozenset({"town", "city", "village", "hamlet", "suburb"})
#: Kind nouns writers use for one another: a town, a city, a village are one kind of place; an office, an agency,
#: a department, a ministry one kind of body.
_ONE_KIND = (_SETTLEMENTS,
             frozenset({"office", "agency", "department", "ministry", "bureau", "service", "authority"}))
#: Kind nouns any body is one of ("which medical *group* …": an association, a union, a council).
_ANY_BODY = frozenset({"group", "organisation", "organization", "body", "institution"})
#: A people's adjective as the last word of a name ("Egyptian", "Canadian", "African American", "Chinese").
_DEMONYM = re.compile(r"(?-i:[A-Z])[a-z]+(?:ian|ean|can|ese|ish)$")


def peoples_adjective(name: str) -> bool:
    """Whether a name's last word is a people's adjective: by its ending ("Egyptian", "Chinese"), in capitals too
    ("AN AUSTRALIAN climber"), or a one-word name WordNet knows as an adjective ("Cuban", "Thai"): before a noun it
    qualifies that noun ("a Cuban exile group") and names no body."""
    words = name.split()
    if not words:
        return False
    last = words[-1]
    if _DEMONYM.search(last if not last.isupper() else last.capitalize()):
        return True
    net = wordnet()
    return len(words) == 1 and last[:1].isupper() and net is not None and bool(net.synset_offsets(last.lower(), "a"))


def _singular(noun: str) -> str:
    """A plural kind noun's singular ("counties" → "county", "towns" → "town"); other words as they are."""
    one = singular(noun)
    return one if noun.endswith("ies") or one in _HEADS else noun


def _kind(q, span, claim, text, at, t) -> bool:
    if t not in ("organisation", "place", "title") or at < 0:
        return False
    if t == "organisation" and peoples_adjective(span.text) and re.match(r"\s+[A-Za-z]", text[at + len(span.text):]):
        return True  # "an *Egyptian* group", "*Canadian* loans": a people's adjective names no body
    noun = asked_kind(q.text)
    if noun is None:
        return False
    head = _head(text, at, span.text)
    if head is not None and stem(head) != stem(noun) and not any({head, noun.lower()} <= kin for kin in _ONE_KIND) \
            and noun.lower() not in _ANY_BODY:
        return True
    # "the Gulf Coast town of Daphne": the name before the asked noun qualifies it; its own name follows "of".
    # "a blaze in a Coastshire town": after "a", the name qualifies a town the sentence does not name (where "the
    # Oak gang" names the gang)
    rest = text[at + len(span.text):]
    # "a Somerset town", "the Somerset town": before a town, city or village noun a place's name is the region it
    # lies in (its own name is said as "the town of Elm" or alone), where "the Oak gang" names the gang itself
    region = noun.lower() in _SETTLEMENTS and re.search(r"\bthe\s+$", text[:at], re.IGNORECASE) is not None
    return re.match(rf"\s+{re.escape(noun)}s?\s+of\s+(?-i:[A-Z])", rest, re.IGNORECASE) is not None or (
        (region or re.search(r"\b(?:a|an|another)\s+$", text[:at], re.IGNORECASE) is not None)
        and re.match(rf"\s+{re.escape(noun.lower())}\b", rest) is not None)


#: "How old is the defendant?", "how old was the victim's daughter?", "… the accused son?": an age asked of someone
#: the question names by a role (the phrase's last noun before what sets it apart: "the man accused of hitting her",
#: "the woman who died"), not by name.
_AGE_OF_ROLE = re.compile(r"^\s*how\s+old\s+(?:is|was|were|are)\s+(?:the|a|an|his|her|their)\s+"
                          r"(?:(?!(?:who|that|when)\b)[a-z][\w-]*(?:['’]s)?\s+){0,2}(?P<role>[a-z][\w-]*)"
                          r"(?:\s*\??$|\s+(?:who|that|when|accused|charged|arrested|killed|found|held|named)\b)",
                          re.IGNORECASE)
#: The noun an age is written before in lower case ("a 59-year-old *woman*").
_NOUN_AFTER_AGE = re.compile(r"\s*-?\s*years?\s*-?\s*old\s+([a-z][\w-]*)")
#: A name an age is set beside: "10-year-old Ann Lee", "Ann Lee, 20,".
_NAME_AFTER_AGE = re.compile(r"\s*-?\s*years?\s*-?\s*old\s+((?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*)*)")
_NAME_BEFORE_AGE = re.compile(r"((?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*)*)\s*,\s*$")


def _name_beside_age(text: str, at: int, figure: str) -> str | None:
    """The name an age at ``at`` is set beside: after it ("10-year-old *Ann Lee*"), else before it ("*Ann Lee*, 20,")."""
    after = _NAME_AFTER_AGE.match(text, at + len(figure))
    before = _NAME_BEFORE_AGE.search(text[:at])
    return after[1] if after else before[1] if before else None


def other_sex(role: str, noun: str) -> bool:
    """Whether two person nouns name people of different sexes ("man" and "woman", "son" and "mother"); False when
    either says none ("victim", "driver")."""
    from ..lexicon.people import NOUNS

    one, other = NOUNS.get(role.lower()), NOUNS.get(noun.lower())
    return one is not None and other is not None and one != other


def _age_of_other(q, span, claim, text, at, t) -> bool:
    from .typed import titled

    found = _AGE_OF_ROLE.match(q.text)
    if t != "number" or at < 0 or not found or q.entities:
        return False
    role = found["role"].lower()
    name = _name_beside_age(text, at, span.text)
    if name is None:  # "the 37-year-old victim": the role's own age, unless its noun says another sex ("a 59-year-old
        # woman" is no "man accused of hitting her")
        noun = _NOUN_AFTER_AGE.match(text, at + len(span.text))
        return noun is not None and other_sex(role, noun[1])
    bearer = Span(text=name, citation=span.citation)
    ahead = tokens(text[max(0, at - 40):at])[-3:]
    return not titled(bearer, [role]) and role not in ahead


#: Before a name: a possessive and other names listed with it ("kept *her* ABF , XBO and …"): the names
#: qualify a thing someone owns.
_OWNED_BEFORE = re.compile(r"\b(?:his|her|its|their)\s+(?:(?-i:[A-Z])[\w.'’-]*\s*(?:,\s*|and\s+|&\s+)?)*$")
#: After a name: other names listed with it, then a common noun ("… XBO and ZTA welterweight title *belts*").
_OWNED_AFTER = re.compile(r"(?:\s*(?:,|and|&)?\s*(?-i:[A-Z])[\w.'’-]*)*\s+(?-i:[a-z])[\w-]*")


#: A determiner right before a name: the name may open a longer noun phrase ("*the* U.S. mission").
_DETERMINED = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
#: A facility's noun after a name, with up to two lower-case words between ("ice cream *shop*", "*mission*").
_FACILITY_AFTER = re.compile(r"\.?\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}(?:" + "|".join(FACILITIES) +
                             r"|mission|consulate|compound|residence)s?\b")
#: Bodies news names by a place before them, besides the organisation kind nouns ("Elmton *police*").
_BODY_NOUNS = frozenset({"police", "officials", "authorities", "prosecutors", "detectives", "firefighters",
                         "investigators", "troopers", "deputies", "officers", "lawmakers", "residents"})


def _modifier(q, span, claim, text, at, t) -> bool:
    """For a person asked, a name that qualifies a thing a possessive owns ("to keep *her* ABF , *XBO* and ZTA
    title belts", "sold *her* Acme shares"): a brand, body or title of the thing, no one who acts; a lone
    initialism ("XBO", "GMT"), which news writes for bodies, standards and programmes, not for a person; and a name
    right before a body's noun ("*Elmton* police"). For a place asked, a name inside a facility's noun phrase ("in
    *a Staunton* ice cream shop"): the facility is where it was."""
    if t == "place" and at > 0:
        # "marched to *the U.S.* mission", "killed in *a Staunton* ice cream shop": a name inside a facility's
        # noun phrase qualifies the facility, which is where it was
        # (not the facility the question asks for: "which prison unit …?" is answered by "the *Estelle* prison unit")
        after = _FACILITY_AFTER.match(text, at + len(span.text))
        return _DETERMINED.search(text[:at]) is not None and after is not None and \
            not set(tokens(after[0])) & set(tokens(q.text))
    if t != "person" or at < 0:
        return False
    if re.fullmatch(r"(?-i:[A-Z]{2,6})", span.text.strip()) and span.text.strip() not in q.text:
        return True
    # "*Elmton* police have arrested …", "*Elmton* Police": a name right before a body's noun names its place
    body = re.match(r"\s+([A-Za-z][a-z]+)\b", text[at + len(span.text):])
    if body and (body[1].lower() in _BODY_NOUNS or kind_of(body[1].lower(), stemmed=False) == "organisation"):
        return True
    if at == 0:
        return False
    after = _OWNED_AFTER.match(text, at + len(span.text))
    return _OWNED_BEFORE.search(text[:at]) is not None and after is not None and \
        after[0].split()[-1].lower() not in FUNCTION_WORDS


#: A currency as a question or a sum names it: its word, sign or code, each to one name.
_CURRENCIES = {"dollar": "dollar", "$": "dollar", "usd": "dollar", "euro": "euro", "€": "euro", "eur": "euro",
               "pound": "pound", "sterling": "pound", "£": "pound", "gbp": "pound", "yen": "yen", "¥": "yen",
               "jpy": "yen", "yuan": "yuan", "rmb": "yuan", "cny": "yuan", "rupee": "rupee", "inr": "rupee",
               "franc": "franc", "chf": "franc"}
_ASKED_CURRENCY = re.compile(r"\bin\s+(?:u\.?s\.?\s+)?(dollars?|euros?|pounds?|sterling|yen|yuan|rupees?|francs?)\b",
                             re.IGNORECASE)
_SUM_CURRENCY = re.compile(r"[$€£¥]|\b(?:dollars?|euros?|pounds?|sterling|yen|yuan|rupees?|francs?|USD|EUR|GBP|JPY|"
                           r"CNY|RMB|INR|CHF)\b", re.IGNORECASE)


def _currency(q, span, claim, text, at, t) -> bool:
    """For "what was it worth in dollars?", a sum in another currency ("85 million euros"): the question asks for
    the figure a sentence gives in its currency (news often gives both), not a conversion nobody wrote."""
    asked = _ASKED_CURRENCY.search(q.text) if t == "money" else None
    if asked is None:
        return False
    # the sum as written: its sign may stand just before the span ("A$ *9 million*")
    said = _SUM_CURRENCY.search(span.text) or (_SUM_CURRENCY.search(text[max(0, at - 4):at]) if at >= 0 else None)
    if said is None:
        return False
    # another country's dollar ("A$ 5 million", "HK$", "Canadian dollars") is no dollar asked without one
    other_dollar = re.search(r"\b(?:A|C|S|HK|NZ|NT)\s?\$|\b(?:Australian|Canadian|Singapore|Hong\s+Kong|New\s+Zealand|"
                             r"Taiwan)\s+dollars?\b", text[max(0, at - 14):at + len(span.text) + 12])
    return _currency_of(said[0]) != _currency_of(asked[1]) or (other_dollar is not None and
                                                                _currency_of(asked[1]) == "dollar")


def _currency_of(word: str) -> str | None:
    """The currency a word, sign or code names ("Euros" and "€" → "euro")."""
    low = word.lower()
    return _CURRENCIES.get(low) or _CURRENCIES.get(low[:-1] if low.endswith("s") else low)


#: "What share of her term did she serve?", "what percentage of voters …", "by what proportion …": a part asked.
_ASKS_SHARE = re.compile(r"\b(?:what|which)\s+(?:share|percentage|proportion|fraction|percent)\b", re.IGNORECASE)
#: How a part is written: a percent, a fraction or a part's word ("85%", "85 percent", "two-thirds", "half", "1 in 4").
_SHARE = re.compile(r"%|\bper\s?cent\b|\bpercentage\b|\bhalf\b|\b(?:third|quarter|fifth|sixth|tenth)s?\b|"
                    r"\d\s?/\s?\d|\bin\s+(?:\d+|one|two|three|four|five|ten)\b", re.IGNORECASE)


def _share(q, span, claim, text, at, t) -> bool:
    """For "what share of her sentence did she serve?", a figure that is no part of a whole ("10" of "a 10-year
    sentence"): a share is written as a percent or a fraction."""
    if t != "number" or at < 0 or not _ASKS_SHARE.search(q.text):
        return False
    return _SHARE.search(text[at:at + len(span.text) + 12]) is None


_HOW_OLD = re.compile(r"^\s*how\s+old\b", re.IGNORECASE)


def _age_of_other_name(q, span, claim, text, at, t) -> bool:
    """For "how old is Ann Lee?", an age set beside another name ("Tom Ray, 32,", "32-year-old Tom Ray", "Mia
    Lee, 20," for John Lee): the age is another's."""
    if t != "number" or at < 0 or len(q.entities) != 1 or not _HOW_OLD.match(q.text):
        return False
    forms = [form for n in (q.entities[0].text, q.entities[0].entity.name)
             if (form := {w for w in tokens(n) if w not in FUNCTION_WORDS})]
    name = _name_beside_age(text, at, span.text)
    if name is None:  # "the 16-year-old accused …, Ann Lee": an age that is a noun may be set beside the name
        return False
    bearer = set(tokens(name))  # "Lee , 23" is Tom Lee's; "Mia Lee , 20" is not
    return not any(bearer <= form or form <= bearer for form in forms)


def _leader(q, span, claim, text, at, t) -> bool:
    from .roles import LEADER_TITLES, role_titles

    if t != "person" or at < 0 or not q.entities or role_titles(q) != LEADER_TITLES:
        return False
    # "who runs the Elm Agency?": a leader's title tied to no body ("late in President Ann Lee's term") heads
    # the asked body only when the sentence names it, or its own words ("its president") point back to it
    named = {w for w in tokens(q.entities[0].text) if w not in FUNCTION_WORDS}
    if named & set(tokens(text)):
        return False
    before = tokens(text[max(0, at - 40):at])[-4:]
    return "its" not in before and "their" not in before


#: "Where is Ann Lee from?": the place someone comes from, not where something happened to them.
_ASKS_ORIGIN = re.compile(r"^\s*where\s+(?:is|was|are|were)\s+.+\bfrom\s*\??\s*$", re.IGNORECASE)
#: A preposition that places an event, set right before a place ("fell *at* Elm Peak", "a loss *to* Elmar").
_PLACING = re.compile(r"\b(?:in|at|on|near|to|into|outside|inside|against)\s+(?:the\s+)?$", re.IGNORECASE)


def _origin(q, span, claim, text, at, t) -> bool:
    if t != "place" or at < 0 or not _ASKS_ORIGIN.match(q.text):
        return False
    return _PLACING.search(text[max(0, at - 16):at]) is not None


_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "final",
             "last", "opening", "previous")
#: A part of a sequence a question or a sentence names by its place: "the third quarter", "the final round".
_ORDINAL_PART = re.compile(rf"\b(?P<ordinal>{'|'.join(_ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th))[\s-]+(?P<noun>[a-z]+)\b",
                           re.IGNORECASE)


def _ordinal(q, span, claim, text, at, t) -> bool:
    asked = {m["noun"].lower(): m["ordinal"].lower() for m in _ORDINAL_PART.finditer(q.text)}
    if at < 0 or not asked:
        return False
    # "earned $5 million in the *final* quarter" for "how much in the *third* quarter": another part of the year
    # (read in the whole sentence: "For the final quarter, Ford says it made …" sets it before the verb of saying)
    said = [(m["noun"].lower(), m["ordinal"].lower()) for m in _ORDINAL_PART.finditer(text)]
    return any(noun in asked and ordinal != asked[noun] for noun, ordinal in said) and \
        not any(noun in asked and ordinal == asked[noun] for noun, ordinal in said)


#: A part of a year a figure may be given for ("the final quarter of 2009", "the first half", "the three months to
#: June"), and the words a question asks such a part by.
_PART_OF_YEAR = re.compile(r"\b(?:(?:first|second|third|fourth|final|last|latest)[\s-]+(?:quarter|half)|quarterly|"
                           r"(?:three|six|nine)[\s-]+months)\b", re.IGNORECASE)
_ASKS_PART = re.compile(r"\b(?:quarter|quarterly|half|months?)\b", re.IGNORECASE)
_ASKS_YEAR = re.compile(r"\b(?:(?:19|20)\d\d|year|annual|annually|yearly)\b", re.IGNORECASE)


def _part_of_year(q, span, claim, text, at, t) -> bool:
    """For "how much profit did A make in 2009?", a figure its sentence gives for a part of a year ("for the final
    *quarter* of 2009, A made $868 million"): the year's figure is another."""
    if t not in ("money", "number") or at < 0 or _ASKS_YEAR.search(q.text) is None or _ASKS_PART.search(q.text):
        return False
    # up to the end of the figure's own clause: a part named after it is another figure's ("in 2005 it lost $1.6
    # billion and … reported a second quarter loss of $254 million")
    return _PART_OF_YEAR.search(text, 0, clause_bounds(text, at)[1]) is not None


def _nameless(q, span, claim, text, at, t) -> bool:
    if t in ("person", "organisation"):  # "burglar G ." (a name a sentence break cut after its initial): no name
        # "Michael O' Leary": a name cut at the apostrophe of its last word
        words = span.text.split()
        clipped = at >= 0 and bool(words) and len(words[-1]) == 1 and \
            re.match(r"['’]\s*(?-i:[A-Z])", text[at + len(span.text):]) is not None
        return len(span.text.replace(".", "").strip()) < 2 or clipped
    if t != "place":
        return False
    words = span.text.split()
    named = any(w[:1].isupper() or w[:1].isdigit() for w in words)
    return not named and not any(stem(w.lower()) in {stem(f) for f in FACILITIES} | {stem(p) for p in _PLACE_NOUNS}
                                 for w in words)


_RULES = (("echo", _echo), ("relative", _relative), ("tense", _tense), ("clock", _clock), ("unit", _unit),
          ("change", _unchanged),
          ("qualifier", _qualifier), ("complement", _complement), ("doer", _doer), ("done to", _done_to),
          ("object", _object_titled), ("alongside", _alongside), ("asker", _asker), ("untitled", _untitled),
          ("kind", _kind), ("nameless", _nameless), ("currency", _currency), ("share", _share), ("modifier", _modifier),
          ("age", _age_of_other), ("age of another", _age_of_other_name), ("leader", _leader), ("origin", _origin),
          ("ordinal", _ordinal), ("part of year", _part_of_year), ("owner", _owner), ("subject", _other_subject),
          ("accused other", _accused_other),
          ("clause", _clause))
