"""What a question asks for, read by general English rules: its answer type, time bounds and as-of day.

The answer type decides what span an answer must state first: a date for
"when", a person for "who", a figure with its unit for "how many" and "how
much", a duration for "how long", a place for "where", a title for "what is
it called", a reason for "why", a verdict for a yes/no question, dated lines
for "what happened" and timelines, a quotation for "what did X say", a path
for "how are A and B connected", and a description for "who is X". The rules
read only the question's own words (question words, auxiliaries, a few
English nouns of kind such as "company" or "city"), never any corpus's names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .words import FUNCTION_WORDS, NEGATED_OPENERS, NUMBER_WORDS, YES_NO_OPENERS, inflected_verb, singular, stem

ANSWER_TYPES = ("date", "person", "organisation", "place", "number", "money", "duration", "title", "reason",
                "yesno", "events", "timeline", "quote", "connection", "description", "thing")

_YES_NO = frozenset(YES_NO_OPENERS + NEGATED_OPENERS)
#: Nouns of kind after "which"/"what" that say the answer's type.
_KIND_NOUNS = {
    "person": ("person", "man", "woman", "people", "official", "judge", "lawyer", "attorney", "prosecutor",
               "actor", "actress", "player", "director", "executive", "leader", "minister", "suspect",
               "victim", "author", "singer", "member", "spokesman", "spokeswoman", "spokesperson", "doctor",
               "president", "coach", "manager", "owner", "agent", "chairman", "governor", "senator", "mayor",
               "officer", "policeman", "detective", "sergeant", "trooper", "inspector", "commander", "soldier",
               "student", "teacher", "employee", "candidate", "lawmaker", "reporter", "journalist", "pitcher",
               "quarterback"),
    "organisation": ("company", "firm", "organisation", "organization", "group", "team", "agency", "bank",
                     "network", "outlet", "newspaper", "studio", "party", "club", "court", "union", "brand",
                     "business", "corporation", "department", "ministry", "government", "channel", "platform",
                     "broadcaster", "publisher", "retailer", "airline", "maker", "manufacturer", "insurer",
                     "gang", "service", "store", "shop", "chain", "church", "school", "university", "charity",
                     "foundation", "committee", "council", "association", "league", "label", "carrier", "army",
                     "office", "magazine", "college", "publication", "body", "bureau", "commission", "board",
                     "authority", "institute", "crew"),
    "place": ("city", "town", "country", "state", "county", "place", "village", "region", "province",
              "location", "prison", "hospital", "venue", "stadium", "street", "area", "island", "nation",
              "building", "bridge", "airport", "hotel", "mountain", "river", "lake", "capital", "territory",
              "continent", "suburb"),
    "date": ("year", "date", "day", "month", "time", "week", "season"),
    "title": ("film", "movie", "book", "memoir", "novel", "show", "series", "song", "album", "documentary",
              "title", "name", "play", "program", "programme", "podcast", "game", "novel", "ship", "vessel",
              "boat", "submarine", "spacecraft", "satellite",
              # a named law, rule or operation ("the Clean Air Act"), an honour ("the Most Valuable Player
              # Award"), and a person's post ("what position does she play": "rookie guard Ann Lee")
              "law", "act", "bill", "rule", "regulation", "treaty", "report", "operation", "award", "prize",
              "honour", "honor", "trophy", "medal", "job", "position", "post", "nickname", "occupation",
              "profession", "moniker"),
}
#: The stems of each kind's nouns, for ``kind_of``: built once, not on every call.
_KIND_STEMS = {kind: frozenset(stem(n) for n in nouns) for kind, nouns in _KIND_NOUNS.items()}
_MONEY_WORDS = ("cost", "costs", "pay", "paid", "spend", "spent", "price", "worth", "value", "valued", "raise",
                "raised", "fine", "fined", "earn", "earned", "charge", "charged", "sell", "sold", "buy",
                "bought", "money", "dollars", "euros", "pounds", "budget", "salary", "revenue", "profit", "loss",
                "damages", "bail", "settlement", "compensation", "fee", "deal")
_TIME_UNITS = ("time", "years", "months", "weeks", "days", "hours", "minutes")
#: "How much longer …", "how much sooner …": a length of time more or less, not a sum.
_LONGER = ("longer", "sooner", "later", "earlier")
#: Nouns of a place in a sequence ("in which round", "in what inning"): the answer is an ordinal.
SEQUENCE_NOUNS = ("round", "inning", "innings", "lap", "stage", "leg", "heat", "game", "set", "minute", "episode",
                   "chapter", "period", "phase", "step")
#: Nouns after "what" that ask for a figure ("what share of", "what was the blood-alcohol level").
_FIGURE_NOUNS = ("share", "percentage", "percent", "proportion", "fraction", "rate", "level", "score", "record",
                 "toll", "total", "number", "amount", "magnitude", "turnout", "price", "prices", "fee", "fees",
                 "salary", "wage", "wages", "bail", "budget", "fare", "fares")
_QUOTE = re.compile(r"^(what|how)\s+(did|does|do|has|have|had)\b.*\b(say|said|says|tell|told|write|wrote|post|"
                    r"posted|tweet|tweeted|describe|described|react|reacted|respond|responded|comment|commented)\b"
                    r"|^what\s+(was|is)\b.*\b(reaction|response|statement|comment|message)\b", re.IGNORECASE)
_TIMELINE = re.compile(r"\b(timeline|chronology|sequence of events|history)\b", re.IGNORECASE)
#: A timeline asked without the word: how a thing unfolded or developed over time ("how did the season unfold?",
#: "how did the firm's ownership change from 1998 to 2011?"), "trace the case from … to …", a list in time order.
#: English asks for a course of events with these verbs used without an object (they end the question or a span
#: follows: "how did the mayor develop the plan?" asks a way of doing); a change only over a span ("from … to",
#: "since", "between", "over the years": "how did the vote change?" alone may ask for one change). "In order" alone
#: is any order ("list the winners in order" ranks them): it asks for time order when it says so ("in chronological
#: order", "in the order they happened") or when what is listed are events ("list the events in order").
#: The named groups (``cue…``) hold the words that ask and name nothing of the topic.
_COURSE_VERBS = r"(?:unfold|unfolded|develop|developed|evolve|evolved|progress|progressed|unravel|unravell?ed|" \
                r"play\s+out|played\s+out)"
_SPAN_AFTER = r"(?:\s*(?:,|$)|\s+(?:from|since|between|over|after|during|in|through|until|before)\b)"
_HAPPENED = r"(?:happened|occurred|took\s+place|unfolded)"
_TIMELINE_ASKED = re.compile(
    rf"^how\s+(?:did|has|have|had)\b.*\b(?P<cue_course>{_COURSE_VERBS}){_SPAN_AFTER}"
    r"|^how\s+(?:did|has|have|had)\b.*\bchange[ds]?\s+(?:from\b.+\b(?:to|until|through)|since|between|"
    r"over\s+the)\b"
    r"|^(?P<cue_trace>trace)\b|^(?P<cue_walk>walk)\s+(?:me\s+|us\s+)?through\b"
    r"|\b(?P<cue_order>in\s+(?:chronological|time|date)\s+order|in\s+order\s+of\s+(?:time|date|occurrence)"
    rf"|in\s+the\s+order\s+(?:in\s+which\s+)?(?:they|it|these|those|the\s+\w+)\s+{_HAPPENED})\b",
    re.IGNORECASE)
#: "… in order" ending a list: the listed things and the order asked of them.
_IN_ORDER = re.compile(r"^(?P<listed>.*?)[\s,]*\b(?P<cue_listed>in\s+order)\s*[.!]?\s*$", re.IGNORECASE)
#: Nouns of a course of events: listed "in order", they are in time order.
_COURSE_NOUNS = frozenset({"events", "developments", "steps", "moves", "happenings"})


def _listed_in_time_order(low: str):
    """The match of a list asked "in order" whose order is time's: its things are events ("list the events in
    order") or are said by an act ("list the coaches the team *fired*, in order", "the players *lost* for the
    season"): the order of those acts. Things named by no act ("list the winners in order") are ranked, not dated."""
    found = _IN_ORDER.match(low)
    if found is None:
        return None
    words = re.findall(r"[a-z']+", found["listed"])
    if set(words) & _COURSE_NOUNS or (words[:1] in (["list"], ["put"], ["name"], ["give"])
                                       and any(inflected_verb(w) for w in words[1:])):
        return found
    return None
#: The words of those phrasings that ask for the course of events and name nothing of its topic ("trace",
#: "unfold", "in order"): a timeline's search is for the topic's words, not for these, but only where they ask
#: (``timeline_cue``): "the timeline of the restraining *order*" keeps its topic's word.
TIMELINE_ASKING = frozenset({"trace", "walk", "unfold", "unfolded", "develop", "developed", "evolve", "evolved",
                             "progress", "progressed", "unravel", "unravelled", "unraveled", "play out",
                             "played out", "order", "chronological"})


def timeline_cue(question: str) -> frozenset[str]:
    """The words of ``TIMELINE_ASKING`` that the question uses to ask for a course of events ("how did the talks
    *progress*", "*trace* the case", "in *chronological order*"), not those of its topic ("the timeline of the
    restraining order", "how did the order to close the plant develop": "order" there is the topic's)."""
    low = " ".join(question.lower().rstrip("?").split())
    found = _TIMELINE_ASKED.search(low) or _listed_in_time_order(low)
    if found is None:
        return frozenset()
    said = " ".join(v for k, v in found.groupdict().items() if k.startswith("cue") and v)
    return frozenset(w for w in TIMELINE_ASKING if re.search(rf"\b{w}\b", said))


_EVENTS = re.compile(r"^(what|which)\s+(events?\s+)?(has\s+|have\s+|had\s+)?(happened|happens|occurred|took place|"
                     r"changed|is new|'s new)\b|^what\s+did\b.*\bdo\b|^what\s+(has|have|had)\b.*\bdone\b|"
                     r"^what\s+(events|happened)\b|"
                     r"^list\b|^(what|which)\s+(has|have)\s+been\b", re.IGNORECASE)
#: The title frame: "what is it called?", "the film named …?", "the name of …". Not "called" with an object of its
#: own ("which activist called the killer a hero?"): that is the verb "call someone something", and asks no title.
_CALLED = re.compile(r"\b(?:(?:called|titled|named)(?!\s+(?:the|a|an|his|her|their|its|him|them|it|me|us|you|"
                     r"this|that|these|those)\b)|the name of|the title of|what is the name|what's the name)\b",
                     re.IGNORECASE)
#: A phrase set before the question word and closed by a comma ("at a minimum, how …", "according to police, how
#: many …", "in 2009, which …"): no part of what kind of answer is asked.
_FRONTED = re.compile(r"^[^,?]{2,40},\s*(?=(?:how|what|which|who|whom|whose|when|where|why)\b)")
#: "What does she do for a living?", "what did he do for work?": an occupation, asked without its noun.
_FOR_A_LIVING = re.compile(r"^what\s+(?:does|did|do|has)\b.*\bdo(?:ne)?\s+for\s+(?:a\s+)?(?:living|work)\b")
#: "What was the date …", "what is the day …": the noun of a date after "what is the".
_THE_DATE = re.compile(r"^what\s+(?:is|was|were|are)\s+the\s+(?:date|day|year|month)\b")
#: "What was the gunman's job …", "what is her nickname", "what is Lee's position with the team": a noun owned by
#: the one asked of, after "what is"; group 1 is what follows the owner ("job before he …"), whose head
#: (``_head_kind``) says the kind. Not a stance ("her position on abortion"), which is no post.
_OWNED = re.compile(r"^what\s+(?:is|was|are|were)\s+(?:the\s+)?(?:(?:[\w.-]+\s+){0,3}?[\w.-]+['’]s|his|her|their|its)"
                    r"\s+((?!(?:position|stance|view)s?\s+(?:on|about|over)\b).+)")
_REASON = re.compile(r"^(why|for what reason|what (was|is) the (reason|cause|motive))\b|"
                     r"^what (caused|killed|led to|prompted|triggered|motivated|sparked)\b|^how come\b", re.IGNORECASE)


#: Prepositions a question may open with before its "which" ("through which countries …", "against travel to which
#: country …").
PREPOSITIONS = ("in", "at", "on", "from", "to", "into", "onto", "through", "via", "across", "against", "toward",
                "towards", "for", "with", "by", "under", "over", "among", "between", "during", "after", "before",
                "near", "behind", "beyond", "within", "without", "outside", "inside", "around", "about", "of")
#: A preposition phrase of up to three words, then "which"/"what": the words to the kind noun.
_PREPOSITION_LED = re.compile(rf"^(?:{'|'.join(PREPOSITIONS)})\s+(?:[a-z'-]+\s+){{0,3}}?(?:which|what)\s+")

#: "Which part of Palermo …", "in what area of Dunmore …": the question asks for a part of a named place.
_PART_OF_PLACE = re.compile(r"^\s*(?:in\s+|from\s+)?(?:which|what)\s+(?:part|area|section|district|neighbou?rhood|"
                            r"quarter|suburb)\s+of\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Bounds:
    """The time a question limits itself to, and the day it asks "as of"."""

    start: str | None = None
    end: str | None = None
    as_of: str | None = None


#: "Who is Ann B. Lee?": "who is" and capitalised words alone (a name, its initials), nothing else asked of them.
_WHO_IS_NAME = re.compile(r"^who\s+(?:is|was)\s+(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*))*\s*\??$",
                          re.IGNORECASE)


def answer_type(text: str, *, entities: int = 0, content_words: int = 0) -> str:
    """The answer type of a question (one of ``ANSWER_TYPES``), from its wording alone.

    ``entities`` (how many store entities it names) and ``content_words`` (how
    many other content words it has) tell "who is X?" (a description) from
    "who founded X?" (a person).
    """
    t = " ".join(text.strip().split())
    low = _initialisms(t.lower().rstrip("?").strip())
    fronted = _FRONTED.match(low)
    if fronted:  # "At a minimum, how much longer …": the question's kind is read from its question word on
        return answer_type(t[fronted.end():], entities=entities, content_words=content_words)
    words = re.findall(r"[a-z']+", low)
    first = words[0] if words else ""
    second = words[1] if len(words) > 1 else ""
    if re.search(r"\b(connected|connection|related|relationship|linked|link|tied|ties)\b", low) and \
            first in ("how", "what") and entities >= 2:
        return "connection"
    if _TIMELINE.search(low) or _TIMELINE_ASKED.search(low) or low.startswith(("timeline", "chronology")) or \
            _listed_in_time_order(low):
        return "timeline"
    if _QUOTE.search(low):
        return "quote"
    if _FOR_A_LIVING.search(low):
        return "title"  # "what did he do for a living?": a post, not what he did
    if _EVENTS.search(low):
        return "events"
    if _REASON.search(low):
        return "reason"
    if first == "when" or low.startswith("since when") or _THE_DATE.match(low) or low.startswith(("what year", "what date", "what day", "what month", "which year",
                                          "which day", "which date", "on what date", "on what day",
                                          "in what year", "in which year", "how long ago", "at what time")):
        return "date"
    if first == "in" and second == "how" and words[2:3] in (["many"], ["much"]):
        # "in how many games": the preposition leaves the question's kind as it is
        return answer_type(t.split(None, 1)[1], entities=entities, content_words=content_words)
    if first == "what" and second in ("number", "percentage", "percent", "proportion"):
        return "number"  # "what number head coach is she?": a figure (an ordinal), whatever noun of kind follows
    if low.startswith("by when"):
        return "date"
    if first == "how" and (second in ("long", "late", "soon") or (second == "far" and words[2:3] == ["behind"])):
        return "duration"  # "how late was the delivery", "how far behind schedule"
    if first == "how" and second in ("much", "many"):
        third = words[2] if len(words) > 2 else ""
        if second == "much" and third in _TIME_UNITS + _LONGER:
            return "duration"  # "how much longer will he stay?": a length of time more
        if second == "much" or any(w in _MONEY_WORDS for w in words[2:]):
            return "money" if second == "much" or third in ("money", "dollars", "euros", "pounds") else "number"
        if third in _TIME_UNITS[1:]:
            return "duration"
        return "number"
    if first == "how" and second in ("old", "big", "large", "tall", "high", "far", "fast", "often"):
        return "number"
    if first == "where":  # "where did the judge suggest …": a noun after "where" is no kind of answer
        return "place"
    if _PART_OF_PLACE.match(t):
        return "place"  # "which part of Palermo …": a part of a named place
    if low.startswith(("on which", "on what")) and _kind_after(words[2:3]):
        return _kind_after(words[2:3])  # "on which street …" (not "on what charge …": no kind of answer)
    if low.startswith(("in which", "in what", "at which", "at what", "from which", "from where", "to which",
                       "to what")):
        if words[2:3] and words[2] in SEQUENCE_NOUNS:
            return "number"  # "in which round was the fight stopped": a place in a sequence
        kind = _kind_after(words[1:4])
        return kind if kind in ("person", "organisation", "title") else "place"
    if re.match(rf"^(?:{'|'.join(PREPOSITIONS)})\s+whom\b", low):
        return "person"  # "to whom did she send it?", "with whom …"
    if (led := _PREPOSITION_LED.match(low)) and (kind := _kind_after(words[len(led[0].split()):][:3])) and \
            words[len(led[0].split())] not in SEQUENCE_NOUNS:
        return kind  # "through which countries …", "against travel to which country …": the kind noun says it
    if _CALLED.search(low) and first in ("what", "which"):
        return "title"
    if first in ("which", "what", "whose", "whom", "who"):
        kind = _kind_after(words[1:4]) if first in ("which", "what") else None
        if kind:
            return kind
    if first == "what" and (owned := _OWNED.match(low)) and (kind := _kind_after(owned[1].split()[:3])):
        return kind  # "what was the gunman's job …", "what is her nickname?": the owned noun says the kind
    if first == "which" and (sensed := sensed_head(t.split()[1:5])):
        return sensed[1]  # "which envoy …", "which Cuban diplomat …", "which navy …": a noun no list names
    if first == "what" and re.match(r"^what\s+(?:is|was|were|are|will)\s+(?:[\w'-]+\s+){1,5}(?:be\s+)?worth\b", low):
        return "money"  # "what was the stolen jewellery worth (in dollars)?": a sum, whatever the thing
    if first == "what" and re.match(r"^what\s+(?:is|was|were|are|will\s+be)\s+the\s+(?:[\w'-]+\s+){0,3}costs?\b", low):
        return "money"  # "what was the total cost of the repairs?" (not "what cost him his job?": a verb)
    if first == "what" and re.match(r"^what\s+(?:(?:is|was|were|are)\s+(?:the\s+)?)?(?:[\w'-]+\s+){0,3}("
                                    + "|".join(_FIGURE_NOUNS) + r")\b", low):
        # "what share of her sentence", "what was the driver's blood-alcohol level"; "what was the total cost"
        return "money" if any(w in _MONEY_WORDS for w in words) else "number"
    if first in ("who", "whom", "whose"):
        if re.match(r"^who\s+(is|was|are|were)\s", low) and content_words == 0 and entities >= 1:
            return "description"
        if _WHO_IS_NAME.match(t):  # "Who is Ann B. Lee?": a name alone, whether or not the store knows all of it
            return "description"
        return "person"
    if re.match(r"^what\s+(is|was|are|were)\s", low) and content_words == 0 and entities >= 1:
        return "description"
    if re.match(r"^(tell me about|describe)\b", low):
        return "description"
    if first in _YES_NO:
        return "yesno"
    return "thing"


_INITIALISM = re.compile(r"\b(?:[a-z]\.){2,}")


def _initialisms(low: str) -> str:
    """A question's initialisms without their dots ("u.s." → "us"): "which u.s. envoy …" has one word before its
    noun of kind, not the two words "u" and "s", which would leave the noun out of reach."""
    return _INITIALISM.sub(lambda m: m[0].replace(".", ""), low)


def kind_noun(word: str) -> bool:
    """Whether a word names a kind of answer ("company", "city", "year") rather than what it is about."""
    return any(word in nouns for nouns in _KIND_NOUNS.values())


def kind_of(word: str, *, stemmed: bool = True) -> str | None:
    """The type a noun of kind says; with ``stemmed``, of any word that stems like one, else only of the noun
    or its plural (after a modifier, "reported" is a verb, not "report")."""
    base = stem(word)
    for kind, nouns in _KIND_NOUNS.items():
        if word in nouns or (stemmed and base in _KIND_STEMS[kind]) or \
                (word.endswith("s") and (word[:-1] in nouns or singular(word) in nouns)):
            return kind
    return None


def _head_kind(words: list[str]) -> tuple[str, str] | None:
    """The last noun of kind in the noun phrase that opens ``words``, with its type: the phrase's head says
    what is asked ("which state medical *group*" → organisation, "which news *agency*", "which film
    *director*" → person); the phrase ends at a function word or an auxiliary ("which company *did* …"), or
    after a possessor of a kind ("which *bank*'s branch …": the bank is asked)."""
    head = None
    for index, word in enumerate(words):
        if index and (word in FUNCTION_WORDS or word in _YES_NO):
            break
        owner = word.removesuffix("'s")
        if kind := kind_of(owner, stemmed=not index):
            head = (owner, kind)
            if owner != word:  # "which bank's branch …": the possessor, a noun of kind, is what is asked
                break
    return head


#: WordNet's lexicographer files of nouns that name a kind of answer: people, groups (a firm, a navy, a bloc), places.
_LEXFILE_KINDS = {18: "person", 14: "organisation", 15: "place"}


def _noun_kind(word: str) -> str | None:
    """The kind of answer a noun's first (most frequent) WordNet sense names ("envoy" a person, "bloc" a group, "port"
    a place); None for any other noun, a word WordNet has no noun for, or without WordNet."""
    from ..lexicon.wordnet import wordnet

    net = wordnet()
    if net is None:
        return None
    for base in net.base_forms(word, "n"):
        senses = net.synset_offsets(base, "n")
        sense = net.synset(senses[0], "n") if senses else None
        return _LEXFILE_KINDS.get(sense.lexfile) if sense else None
    return None


def _verb_form(word: str) -> bool:
    """Whether a word is an inflected verb by WordNet ("thinks", "managed", "known"): after a noun it ends the phrase
    (not an "-ing" form, which news sets inside noun phrases)."""
    from ..lexicon.wordnet import wordnet

    if word.endswith("ing"):  # "which *running* back", "which *managing* director": a modifier of the noun
        return False
    net = wordnet()
    return inflected_verb(word) or bool(net and any(b != word for b in net.base_forms(word, "v")))


def sensed_head(words: list[str]) -> tuple[str, str] | None:
    """The head noun (lower-cased) of the phrase after "which" and the kind of answer it names by its first WordNet
    sense, for a noun no list of ``_KIND_NOUNS`` holds ("which Iraqi *envoy* said …", "which *physician* did …",
    "which crime *family* …"): WordNet's lexicographer files sort every noun sense into people, groups, places and
    the rest, so a reporter's noun needs no list entry. ``words`` keep their case: a capitalised word before another
    ("*Iraqi* envoy", "*Saints* back") modifies it, and is the head only when it ends the phrase ("which *Libyan*
    was …"). The phrase ends at a function word, a possessive ("which country's coast": the coast is asked) or,
    after its first word, a verb form ("which analyst *thinks* …"); figures before it are skipped ("which two
    men")."""
    phrase: list[str] = []
    for word in words:
        bare = word.strip("?,.;:!\"'“”")
        low = bare.lower()
        if not low or low in FUNCTION_WORDS or low.endswith(("'s", "’s")) or (phrase and _verb_form(low)):
            break
        if not phrase and (low.isdigit() or low in NUMBER_WORDS):
            continue
        phrase.append(bare)
        if word[-1:] in "?,.;:!":
            break
    # the head: the last word WordNet knows as a noun; a capitalised one only when it ends the phrase
    for index in range(len(phrase) - 1, -1, -1):
        word = phrase[index]
        if (index == len(phrase) - 1 or not word[:1].isupper()) and (kind := _noun_kind(word.lower())) is not None:
            return word.lower(), kind
        if _is_noun(word.lower()):
            return None  # a noun of no kind heads it ("which elite Iraqi *force*")
    return None


def _is_noun(word: str) -> bool:
    """Whether WordNet knows the word as a noun."""
    from ..lexicon.wordnet import wordnet

    net = wordnet()
    return bool(net and net.base_forms(word, "n"))


def _kind_after(words: list[str]) -> str | None:
    """The type a noun of kind says ("which company" → organisation, "what year" → date)."""
    head = _head_kind(words)
    return head[1] if head else None


#: A "which …"/"what …" question's opening, through the space after "which"/"what": a few words may come first
#: ("in which", "against travel to which"); the callers add what they read after it.
WHICH_OPENING = r"^\s*(?:[\w'-]+\s+){0,4}?(?:which|what)\s+"


@lru_cache(maxsize=1024)
def kind_word(text: str) -> str | None:
    """The noun of kind a "which …"/"what …" question asks by ("in which *town* …", "which news *agency* …"),
    lower-cased; None without one. Cached: the answer code asks it of one question for each sentence it reads."""
    found = re.match(WHICH_OPENING + r"(.*)", text, re.IGNORECASE)
    if found is None:
        return None
    head = _head_kind(re.findall(r"[a-z']+", found[1].lower())[:3])
    return head[0] if head else None


_DATE = (r"(?:\d{4}-\d{2}(?:-\d{2})?|(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
         r"(?:\s+\d{1,2}(?:st|nd|rd|th)?\b,?)?(?:\s+\d{4}\b)?|\d{4}\b)")


def bounds(text: str, read_date) -> Bounds:
    """The question's time bounds ("between D1 and D2", "from D1 to D2", "in D", "in the summer of D", "before D",
    "after D" (from the day after D ends), "since D" (from D's first day)) and as-of day ("as of D"), each read by
    ``read_date``; missing parts are None."""
    low = text.lower()
    as_of = None
    if m := re.search(rf"\bas of\s+({_DATE})", low):
        as_of = read_date(m[1])
        low = low[:m.start()] + low[m.end():]
    start = end = None
    if m := re.search(rf"\b(?:between|from)\s+({_DATE})\s+(?:and|to|until|till)\s+({_DATE})", low):
        end = _end_of(m[2], read_date)
        first = m[1] if re.search(r"\d{4}", m[1]) or not end else f"{m[1]} {end[:4]}"  # "between March and May 2020"
        start = read_date(first)
    elif m := re.search(rf"\b(?:in|during|on)\s+(?:(?:the\s+)?(?:early|late|mid|middle|beginning|end|start|"
                        rf"spring|summer|autumn|fall|winter|first half|second half)(?:\s+of)?\s+|mid-)?({_DATE})\b",
                        low):  # "in the summer of 2011": within 2011 (which months a season means is no question's)
        start, end = read_date(m[1]), _end_of(m[1], read_date)
    else:
        if m := re.search(rf"\bsince\s+({_DATE})", low):
            start = read_date(m[1])
        elif (m := re.search(rf"\bafter\s+({_DATE})", low)) and (last := _end_of(m[1], read_date)):
            from datetime import date, timedelta

            start = (date.fromisoformat(last) + timedelta(days=1)).isoformat()  # "after 2010": from 2011
        if m := re.search(rf"\b(?:until|by)\s+({_DATE})", low):
            end = _end_of(m[1], read_date)
        elif (m := re.search(rf"\bbefore\s+({_DATE})", low)) and (day := read_date(m[1])):
            from datetime import date, timedelta

            end = (date.fromisoformat(day) - timedelta(days=1)).isoformat()
    return Bounds(start=start, end=end, as_of=as_of)


def _end_of(text: str, read_date) -> str | None:
    """The last day a partial date covers ("2019" → 2019-12-31, "March 2019" → 2019-03-31)."""
    from .when import period_of

    day = read_date(text)
    if day is None:
        return None
    stripped = text.strip()
    if re.fullmatch(r"\d{4}", stripped):
        return f"{stripped}-12-31"
    if re.fullmatch(r"\d{4}-\d{2}", stripped) or not re.search(r"\b\d{1,2}(st|nd|rd|th)?\b(?!\d)", stripped):
        period = period_of(day[:7])
        return period[1] if period else day
    return day
