"""One claim as one short English clause, built only from the claim's own fields.

"Subject predicate object" plus what the args say (purpose, reason, channel,
place) and, when asked, the time. Nothing is added that the claim does not
hold. The status is said by the claim's own predicate when it carries it
("wants to meet", "has not met", "expressed interest in producing"); a bare
verb ("meet") gets a fixed frame of a few words per status ("did not meet",
"will meet", "wants to meet", "met"), and an event named by a noun ("release",
"communication") is said as a noun phrase ("Ann Lee's release", "no
communication between Ann Lee and Bo Chan"). So every word of a clause comes
from the claim or from those small frames (``FRAME_WORDS``), which the answer
composer's support check knows about.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, Protocol

from ..lexicon.status import FAIL_VERBS, NEGATING_VERBS, NEGATING_WORDS, POSSIBLE, PREDICT_VERBS, REQUEST
from ..timedisplay import DAY_PART_WORDS
from . import hedges
from .when import place
from .words import stem, tokens


class ClaimView(Protocol):
    """What phrasing reads of a claim: the fields of ``types.ClaimView``.

    A protocol rather than an import, so the record type can say itself
    (``ClaimView.statement``) with these functions without a loop of imports.
    """

    kind: str
    subject: str
    predicate: str
    lemma: str | None
    object: str | None
    object_entity: Any
    status: str
    time: str | None
    time_text: str | None
    quote: str | None
    args: dict[str, Any]
    day: str | None

_NEGATION = re.compile(r"\b(not|never|no|n't|nobody|nothing|neither|nor|without)\b|n't\b", re.IGNORECASE)
_AUX = frozenset(["am", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "do", "does", "did"])
#: Verbs a stretch of time completes ("served" + "about eight years"); after others a duration only dates
#: the clause ("two weeks into her parole, that plan …").
_SPAN_LEMMAS = frozenset({"serve", "spend", "last", "wait", "stay", "remain", "live", "work", "spent"})
#: "have" as a main verb, negated.
_HAVE = {"has": "does not have", "have": "do not have", "had": "did not have"}
#: Subjects that take "do", never "does" ("I do not", "they do not").
_DO_PRONOUNS = frozenset({"i", "you", "we", "they"})
#: How a status is said before a bare verb. "requested" is said as its doer was asked ("voters were
#: asked to reject"): a bare verb under "requested" is done by the one asked ("urged voters to reject").
_STATUS_FRAME = {"planned": "will", "desired": "wants to", "possible": "may", "failed": "failed to"}
#: Statuses an attitude verb says itself ("plans", "wants", "asks"); never "possible" or "failed": a
#: killing someone may have planned is not a stated plan ("may plan the killing", not "plans the killing").
_ATTITUDE_STATUSES = frozenset({"planned", "desired", "requested"})
#: Bare verbs that already say a wish or plan: "like" → "would like", "hope" → "hopes".
_WOULD = frozenset({"like", "love", "prefer"})
_ATTITUDE = frozenset({"want", "wish", "hope", "plan", "intend", "aim", "ask", "request", "seek", "expect",
                       "need", "mean"})
#: Words of the chain before the content word that say a status themselves ("is believed to be", "asked
#: to meet", "refused to sign"): a predicate holding one for its claim's status is said as written. A cue of
#: another status does not say it ("decided to leave" read as possible → "may have decided to leave").
_SAYS_STATUS = {
    "possible": POSSIBLE | PREDICT_VERBS | {"believe", "say", "report", "think", "allege", "claim", "unlikely"},
    "requested": REQUEST,
    "failed": FAIL_VERBS | NEGATING_VERBS,
}
#: Simple past of common irregular verbs (general English), for a bare verb that happened.
_PAST = dict(pair.split(":") for pair in ["be:was", "have:had", "do:did", "meet:met", "say:said", "tell:told", "make:made", "go:went", "take:took", "give:gave", "get:got", "come:came", "see:saw", "know:knew", "think:thought", "bring:brought", "buy:bought", "catch:caught", "teach:taught", "fight:fought", "seek:sought", "find:found", "hold:held", "keep:kept", "leave:left", "lose:lost", "pay:paid", "send:sent", "spend:spent", "build:built", "win:won", "write:wrote", "speak:spoke", "begin:began", "run:ran", "sit:sat", "stand:stood", "lead:led", "fall:fell", "feel:felt", "hear:heard", "become:became", "choose:chose", "drive:drove", "grow:grew", "sell:sold", "shoot:shot", "throw:threw", "wear:wore", "break:broke", "steal:stole", "forget:forgot", "put:put", "set:set", "let:let", "cut:cut", "hit:hit", "read:read", "quit:quit", "sing:sang", "swim:swam", "ride:rode", "rise:rose", "wake:woke", "hide:hid", "eat:ate", "drink:drank", "fly:flew", "draw:drew", "lay:laid", "lend:lent", "deal:dealt", "mean:meant", "sleep:slept", "flee:fled", "feed:fed", "dig:dug", "hang:hung", "shake:shook", "strike:struck", "swear:swore", "forgive:forgave", "withdraw:withdrew", "overcome:overcame", "plead:pleaded", "wed:wed"])
#: Words the frames of this module and of the answer composer may add to a claim's own words.
FRAME_WORDS = frozenset(
    ["yes", "no", "not", "did", "does", "do", "plans", "plan", "asked", "ask", "wants", "want", "may", "have", "had", "be", "been", "was", "were", "failed", "fail", "said", "say", "says", "according", "reported", "report", "as", "of", "on", "in", "at", "to", "for", "with", "via", "because", "between", "by"]
)
#: Arguments said after the object, with the word that introduces them.
ARG_LEADS = (
    ("agent", "by"), ("purpose", "to"), ("reason", "because of"), ("cause", "because of"), ("topic", "about"),
    ("about", "about"), ("recipient", "to"), ("with", "with"), ("channel", "on"), ("platform", "on"), ("medium", "on"),
    ("via", "via"), ("location", "in"), ("place", "in"), ("where", "in"),
)
ALL_ARGS = tuple(key for key, _ in ARG_LEADS)
_PREPOSITIONS = frozenset({"to", "for", "because", "about", "on", "in", "at", "with", "via", "by", "so", "from",
                           "over", "during", "since", "until", "before", "after", "around", "between", "due"})


def is_nominal(claim: ClaimView) -> bool:
    """Whether the claim's event is named by a noun ("release", "meeting request"), not a verb."""
    return bool(claim.args.get("nominal"))


def _bare(claim: ClaimView) -> bool:
    """Whether the predicate starts with a bare verb ("meet" for "went online to meet", "be able to …")."""
    words = claim.predicate.split()
    if not words:
        return False
    tag = claim.args.get("first_tag")
    if tag is not None:  # the reader recorded the first word's tag: "have said" is not a bare "have"
        return tag == "VB"
    head = words[0].lower()
    return head in ("be", "have") or bool(claim.lemma) and head == claim.lemma.lower()


def verb_stem(claim) -> str:
    """The stem of a claim's verb (its lemma, else its predicate's first word): what two claims must share to
    say the same event."""
    return stem(claim.lemma or (claim.predicate.split() or [""])[0])


def past(verb: str) -> str:
    """The simple past of a base-form verb ("thank" → "thanked", "meet" → "met")."""
    lower = verb.lower()
    if lower in _PAST:
        return _PAST[lower]
    if lower.endswith("e"):
        return verb + "d"
    if len(lower) > 2 and lower.endswith("y") and lower[-2] not in "aeiou":
        return verb[:-1] + "ied"
    if (len(lower) <= 4 and len(lower) >= 3 and lower[-1] not in "aeiouwxy" and lower[-2] in "aeiou"
            and lower[-3] not in "aeiou"):
        return verb + verb[-1] + "ed"  # "plan" → "planned"
    return verb + "ed"


def negative(predicate: str, lemma: str | None, *, lemmas: Iterable[str] = (), do: str | None = None) -> str:
    """The predicate negated: "follows" → "does not follow", "has met" → "has not met", "asked to be
    named" (with the chain's "ask") → "did not ask to be named"; a bare verb the article negated with a
    present "do"/"does" (``do``: "they don't retire") keeps it."""
    words = predicate.split()
    if not words:
        return "did not " + (lemma or "")
    head = words[0].lower()
    if len(words) == 1 and head in _HAVE:
        return _HAVE[head]  # "had" (a thing) → "did not have", never "had not"
    if head in _AUX:
        return " ".join([words[0], "not", *words[1:]])
    aux = do or ("does" if head.endswith("s") and not head.endswith("ss") else "did")
    base = hedges.base_form(head, [lemma or "", *lemmas])
    if base:
        words[0] = base
    return " ".join([aux, "not", *words])


def verb_phrase(claim: ClaimView) -> str:
    """The predicate with the claim's status said: its own words if they say it, else a small frame.

    Each status adds only what it means: possible → "may" / "may have", requested → "was asked to",
    failed → "failed to", planned → "will", desired → "wants to"; an attitude verb ("plan", "want")
    says a plan or wish only for a claim that is one. A denied condition keeps its "not" ("if the city
    does not build" → "may not build"; ``args["denied_condition"]``).
    """
    said = _status_phrase(claim)
    if claim.status == "possible" and claim.args.get("denied_condition") and said.startswith("may "):
        return f"may not {said[4:]}"
    return said


def _status_phrase(claim: ClaimView) -> str:
    """``verb_phrase`` before a denied condition's "not"."""
    predicate = " ".join(claim.predicate.split())
    if claim.status in ("negated", "failed") and _says_itself(claim):
        return predicate  # "declined to comment", "failed to pass": never "did not declined to comment"
    if claim.status == "negated" and not _NEGATION.search(predicate):
        do = ("do" if hedges.plural(claim.subject) or claim.subject.lower() in _DO_PRONOUNS else "does") \
            if claim.args.get("do") else None
        return negative(predicate, claim.lemma, lemmas=_chain_lemmas(claim), do=do)  # ("I don't" → "Lee does not")
    if not _bare(claim):
        return _finite(claim, predicate)
    head, _, rest = predicate.partition(" ")
    if claim.status in _ATTITUDE_STATUSES and head.lower() in _WOULD:  # "would like a meeting"
        return f"would {predicate}"
    if claim.status in _ATTITUDE_STATUSES and head.lower() in _ATTITUDE:  # the verb says the status itself
        return f"{head if hedges.plural(claim.subject) else head + 's'} {rest}".strip()
    if claim.status == "requested":
        return f"{_asked(claim)} {predicate}"
    if claim.status == "possible" and claim.args.get("past_act"):
        return hedges.may([past(head), *rest.split()], "VBD", head) or f"may {predicate}"  # "may have killed"
    if claim.status == "possible" and claim.args.get("modal") == "can":
        return f"can {predicate}"  # an ability as the article says it ("can fly 9,000 miles"), not a chance
    if claim.status in _STATUS_FRAME:
        frame = _STATUS_FRAME[claim.status]
        if frame == "wants to" and hedges.plural(claim.subject):
            frame = "want to"  # "residents want to stay", never "residents wants to"
        return f"{frame} {predicate}"
    if claim.status == "happened":
        said = past(head)
        if said == "was" and hedges.plural(claim.subject):
            said = "were"  # "with doctors being brought back" → "doctors were brought back"
        return f"{said} {rest}".strip()
    return predicate


def _asked(claim: ClaimView) -> str:
    return "were asked to" if hedges.plural(claim.subject) else "was asked to"


def _finite(claim: ClaimView, predicate: str) -> str:
    """A verb group as written ("stole", "has spread to"), said under a status its words do not say:
    "may have stolen", "was asked to agree to", "failed to pass"; as written when its words say a
    status themselves or its shape is not one ``hedges`` knows."""
    words = predicate.split()
    cues = _SAYS_STATUS.get(claim.status)
    if cues is None or not words or hedges.hedged(words) or any(lemma in cues for lemma in _chain_lemmas(claim)[:-1]):
        return predicate
    tag = claim.args.get("first_tag")
    base = hedges.base_form(words[0], [claim.lemma or "", *_chain_lemmas(claim)])
    if tag == "VBD" and base and claim.args.get("hypothetical"):
        tag = "VBP"  # "could erupt if agents tried to take him": a supposed future, "may try to take"
    if claim.status == "possible":
        return hedges.may(words, tag, base) or predicate
    bare = hedges.infinitive(words, tag, base)
    if bare is None:
        return predicate
    return f"{_asked(claim)} {bare}" if claim.status == "requested" else f"failed to {bare}"


def _chain_lemmas(claim: ClaimView) -> list[str]:
    """The lemmas of the predicate chain, outermost first ("refuse", "sign")."""
    return [w.get("lemma") or "" for w in claim.args.get("chain") or () if isinstance(w, dict)]


def _says_itself(claim: ClaimView) -> bool:
    """Whether a word of the predicate chain before its content word negates it ("refused to sign")."""
    return any(lemma in NEGATING_VERBS or lemma in NEGATING_WORDS or lemma in FAIL_VERBS
               for lemma in _chain_lemmas(claim)[:-1])


def arg_text(value) -> str | None:
    if isinstance(value, str):
        return " ".join(value.split()) or None
    if isinstance(value, dict):
        return arg_text(value.get("text"))
    return None


def _lead(text: str, lead: str, *, own: bool = False) -> str:
    """``text`` after ``lead`` (none when it starts with a preposition); ``own``: the lead is the
    article's own word, said as it is."""
    first = text.split()[0].lower() if text.split() else ""
    if first in _PREPOSITIONS:
        return text
    if lead == "because of" and first.endswith("ing") and not own:
        return f"for {text}"  # "thanked her for recommending …"
    return f"{lead} {text}"


#: Bounds said on their own ("since 2004", "until Friday", "had bought 400,000 shares through Sept. 29"); one
#: end of "from 2010 to 2014" is not.
_SAID_BOUNDS = frozenset({"since", "until", "till", "before", "after", "by", "through"})


def time_phrase(claim: ClaimView) -> str | None:
    """ "in November 2023 (back in November)" for a stated calendar time, else None (the time said
    as ``When.text`` reads it, never as a raw TIMEX3 value); "since 2004" for a claim with no time
    of its own whose sentence bounds it (``args["time_bound"]``: "has fought it since 2004")."""
    bound = claim.args.get("time_bound") if claim.time is None else None
    if isinstance(bound, dict) and bound.get("bound") in _SAID_BOUNDS and bound.get("text"):
        return f"{bound['bound']} {' '.join(str(bound['text']).split())}"
    when = place(claim.time, claim.day)
    if when.reported:
        return None
    lead = "on" if when.precision in ("day", "time") else "in"
    said = claim.time_text and " ".join(claim.time_text.split())
    shown = when.text
    if shown.startswith(("week of", "weekend of", "first ", "second ", "third ", "fourth ")) \
            or when.precision in ("decade", "century"):
        lead = "in the"  # "in the week of 2016-07-04", "in the 2010s"
    elif shown.split()[0] in DAY_PART_WORDS:
        lead = "on the"  # "on the night of 2017-05-15"
    elif when.precision == "time":
        lead = "at"  # "at 10:30 on 2024-01-04"
    if not said or said.lower() == shown.lower():
        return f"{lead} {shown}"
    if set(tokens(shown)) <= set(tokens(said)):  # "in 2019" says the value itself
        if said.split()[0].lower() in _PREPOSITIONS:
            return said
        if lead.endswith(" the") and said.split()[0].lower() == "the":
            lead = lead[:-4]  # "in the 1990s", never "in the the 1990s"
        return f"{lead} {said}"
    return f"{lead} {shown} ({said})"


#: Prepositions of a place that say whence or whither: said right after the object ("moved the plant to
#: Ohio because of costs"), where the article puts them, never after a reason or purpose.
_DIRECTIONS = frozenset({"to", "from", "into", "toward", "towards"})


def _arg_order(claim: ClaimView) -> list[tuple[str, str]]:
    """``ARG_LEADS`` with each lead as the article wrote it: a place's own preposition ("from Denver",
    not "in Denver"; ``args["place_prep"]``) and a reason's "for" ("thanked them for their work";
    ``args["reason_prep"]``); a whence or whither first."""
    prep = claim.args.get("place_prep")
    reason = claim.args.get("reason_prep")
    leads = [(key, prep if key == "place" and isinstance(prep, str) else
              reason if key == "reason" and isinstance(reason, str) else lead) for key, lead in ARG_LEADS]
    if prep in _DIRECTIONS:
        leads.sort(key=lambda kl: kl[0] != "place")
    return leads


def _nominal(claim: ClaimView) -> str:
    """An event named by a noun, as a noun phrase: "no communication between A and B", "A's release"."""
    noun = " ".join(claim.predicate.split())
    if claim.object_entity is not None:
        text = f"{noun} between {claim.subject} and {claim.object}"
    else:
        owner = claim.subject if claim.subject.endswith(("'s", "’s", "s'")) else f"{claim.subject}'s"
        text = f"{owner} {noun}" + (f": {claim.object}" if claim.object else "")
    return f"no {text}" if claim.status == "negated" and not _NEGATION.search(noun) else text


#: Pronouns a reported clause may open on with the capital of a quotation's first word ("said He idolised his mum").
_OPENING_PRONOUNS = frozenset({"He", "She", "It", "They", "We", "There", "His", "Her", "Its", "Their", "Our"})


def _lower_pronoun(phrase: str) -> str:
    """An object that opens on a capitalised pronoun, lowered: inside the clause it is no sentence's first word."""
    first, _, rest = phrase.partition(" ")
    return f"{first.lower()} {rest}" if first in _OPENING_PRONOUNS and rest else phrase


def clause(claim: ClaimView, *, with_time: bool = False, args: Iterable[str] = ALL_ARGS) -> str:
    """The claim as a clause, without a final stop: "Ann Lee thanked Bo Chan for the gift".

    A claim the reader marked to be said in the article's own words (``args["render"] ==
    "evidence"``: its fields would not read as English) is its clause as written.
    """
    said_as = claim.args.get("clause") if claim.args.get("render") == "evidence" else None
    if said_as:
        text = " ".join(said_as.split())
    elif claim.quote and (claim.kind == "quote" or not claim.object or claim.object.strip() == claim.quote.strip()):
        text = f"{with_article(claim.subject, claim.args.get('subject_text'))} {verb_phrase(claim)}: “{' '.join(claim.quote.split())}”"
    elif is_nominal(claim):
        text = _nominal(claim)
    elif claim.args.get("noun_phrase") and claim.subject:
        owner = claim.subject if claim.subject.endswith(("'s", "’s", "s'")) else f"{claim.subject}'s"
        text = " ".join(p for p in (owner, " ".join(claim.predicate.split()), claim.object) if p)
    else:
        parts = [with_article(claim.subject, claim.args.get("subject_text")), verb_phrase(claim)]
        if claim.object:
            parts.append(_lower_pronoun(with_article(" ".join(claim.object.split()), claim.args.get("object_text"))))
        said = (claim.time_text or "").strip()
        if said and not claim.object and (claim.lemma or "") in _SPAN_LEMMAS \
                and place(claim.time, claim.day).note == "duration":
            parts.append(said)  # "served" + "about eight years"
        wanted = set(args)
        for key, lead in _arg_order(claim):
            value = arg_text(claim.args.get(key)) if key in wanted else None
            if value and value.lower() not in " ".join(parts).lower():
                clausal = key == "reason" and claim.args.get("reason_clause")  # "because their budgets shrank"
                own = key == "reason" and "reason_prep" in claim.args or key == "place" and "place_prep" in claim.args
                lead = "because" if clausal else lead
                if key == "reason" and isinstance(degree := claim.args.get("reason_degree"), str):
                    lead = f"{degree} {lead}"  # "partly because of a strike": one cause of several
                parts.append(_lead(value, lead, own=own))
        text = " ".join(p for p in parts if p)
    text = _DISCOURSE_END.sub("", text)
    if with_time:
        when = time_phrase(claim)
        if when and not _says_time(claim, text):
            text = f"{text} {when}"
    return text


#: A discourse adverb that closes the clause after a comma ("… is stable, however"): it links the sentence to
#: the one before, which the claim does not say.
_DISCOURSE_END = re.compile(
    r"\s*,\s*(?:however|though|meanwhile|nonetheless|nevertheless|therefore|moreover|furthermore)\s*$",
    re.IGNORECASE)


def with_article(name: str, written: object) -> str:
    """A name as the article wrote it with its article: "the Senate", "the Air Force" (``written``: the
    phrase as written, ``args["subject_text"]``/``["object_text"]``). English says such a name with "the";
    said bare ("Senate voted down the bill") it reads as a headline or a lost word."""
    if not isinstance(written, str) or not name:
        return name
    words = written.split()
    if len(words) > 1 and words[0].lower() == "the" and " ".join(words[1:]) == " ".join(name.split()):
        return f"the {name}"
    return name


def _says_time(claim: ClaimView, text: str) -> bool:
    """Whether the clause's own words already hold its time as written ("won the same award in September",
    "HBO's 2017 documentary"): said again after them it reads twice ("in September in 2019-09")."""
    bound = claim.args.get("time_bound") if claim.time is None else None
    said = bound.get("text") if isinstance(bound, dict) else claim.time_text
    words = " ".join(str(said or "").split())
    # one capitalised word is matched as written: the month "May" is not the "may" of "may open", nor
    # "March" the verb "march"
    flags = 0 if " " not in words and words[:1].isupper() else re.IGNORECASE
    return bool(words) and re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text, flags) is not None


def statement(claim: ClaimView) -> str:
    """The claim as one sentence with its time, as listings show it (no final stop)."""
    return sentence(clause(claim, with_time=True))


def sentence(text: str) -> str:
    """A clause as a sentence: capital first letter, no final stop (markers follow, then the stop)."""
    text = text.strip().rstrip(".")
    return text[:1].upper() + text[1:] if text else text


def claim_words(claim: ClaimView, *, verb: bool = True) -> str:
    """The words a claim itself says (verb, object, quote, arguments), not the rest of its sentence; without its
    verb when ``verb`` is false."""
    args = " ".join(t for t in (arg_text(v) for v in claim.args.values()) if t)
    return " ".join(filter(None, [claim.predicate if verb else None, claim.lemma if verb else None, claim.object,
                                  claim.quote, args]))
