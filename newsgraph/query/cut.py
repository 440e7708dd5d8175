"""Whether a claim's clause would end in the middle of what its sentence says.

A claim keeps its subject, verb, object and arguments as phrases of one sentence. The extractor sometimes ends a
phrase too early: "become *the school*" of "to become the school's all-time leading scorer", a subject "Jewellery
worth" of "Jewellery worth more than $160 million has been stolen", or no object at all for "The 787 will seat
between 210 and 330 passengers". Said back as a clause, such a claim reads as broken English or says something
else ("The 787 will seat."). The composer then leaves the cut phrase out, or quotes the sentence itself.
"""

from __future__ import annotations

import re

from .asked import verb_span
from .phrases import arg_text
from .types import ClaimView
from .words import stem

#: What goes on with a noun phrase right after its last word: a possessive ("the school*'s* record").
_POSSESSIVE = re.compile(r"\s?(?:'s|’s|'|’)(?=\s|$)")
#: A figure or a sum right after a phrase's last word goes on with it ("worth *more than $160 million*").
_FIGURE = re.compile(r"\s*(?:(?:more|less|fewer) than\s+|about\s+|nearly\s+|some\s+|over\s+)?[$€£¥]?\s?\d")
#: A figure that goes on with any phrase before it: a bound or a measure ("at speeds *up to 120* miles per hour").
_BOUND = re.compile(r"\s*(?:of\s+)?(?:up to|as (?:much|many|high|fast) as|in excess of)\s+[$€£¥]?\s?\d",
                    re.IGNORECASE)
#: Words that open a verb's object when they follow it at once ("seat *between* 210 and 330", "won *a* title").
_OBJECT_OPENERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "some", "between",
                             "more", "about", "nearly", "almost", "several", "many", "all", "both", "each", "every",
                             "this", "that", "these", "those", "no"})


def cut_phrases(claim: ClaimView) -> list[str]:
    """The claim's phrases (subject, object, arguments, time) that its sentence goes on with past their last word by a
    possessive, a figure or the rest of a dashed aside: said alone they end mid-phrase. The subject is looked for
    before the claim's verb, the
    rest after it (a name may stand elsewhere in the sentence, whole)."""
    text, start = claim.citation.text, claim.citation.start
    span = verb_span(claim)
    verb_at, verb_end = (span[0] - start, span[1] - start) if span else (len(text), 0)
    out = []
    for phrase in [claim.subject, claim.object or "",
                   *(arg_text(claim.args.get(k)) or "" for k in ("purpose", "reason", "location", "manner", "topic"))]:
        phrase = " ".join(phrase.split())
        if len(phrase) < 3:
            continue
        subject = phrase == claim.subject
        at = text.rfind(phrase, 0, verb_at) if subject else text.find(phrase, verb_end)
        if at < 0:
            continue
        after = text[at + len(phrase):]
        if _POSSESSIVE.match(after) or (subject and _FIGURE.match(after)) or _BOUND.match(after) or \
                _in_aside(phrase, after):
            out.append(phrase)
    # a subject that is a relative pronoun's phrase ("all of which will hijack …") or opens on a clock time the
    # tokenizer split ("39am police were called" of "at 8 : 39am police were called") names no one by itself
    if _NO_SUBJECT.search(" ".join(claim.subject.split())):
        out.append(" ".join(claim.subject.split()))
    # a time the sentence writes as a decade ("in the early *1990*'s"): said without its "'s" it names a year
    when = " ".join((claim.time_text or "").split())
    if re.search(r"\d0$", when) and (at := text.find(when)) >= 0 and \
            re.match(r"(?:'s|’s|s)\b", text[at + len(when):]):
        out.append(when)
    return out


#: Subjects that stand for another phrase or begin mid-token: a relative pronoun, a split clock time.
_NO_SUBJECT = re.compile(r"^(?:(?:all|some|many|most|each|none|both|one|two|three)\s+of\s+)?(?:which|whom|whose|who)\b|"
                         r"^\d{1,2}\s?(?:am|pm|a\.m\.|p\.m\.)\b", re.IGNORECASE)
#: A dash that opens or closes an aside ("1,000 associates *-* the name for others who … *-* were obligated").
_DASH = re.compile(r"\s(?:-{1,2}|—|–)\s")


def _in_aside(phrase: str, after: str) -> bool:
    """Whether a phrase ends inside an aside set off by dashes: it opens one more than it closes, and the sentence
    closes it later ("about 1,000 associates - the name for others" of "… - the name for others who cooperate … -
    were obligated")."""
    return len(_DASH.findall(f" {phrase} ")) % 2 == 1 and _DASH.search(after) is not None


def unsayable(claim: ClaimView, said: str, cut: list[str] | None = None) -> bool:
    """Whether the clause ``said`` of ``claim`` would read as broken English or report nothing, by any of this
    module's checks (``cut``: the claim's ``cut_phrases``, when the caller has them already): the composer then
    tries the clause without its time or arguments, or quotes the sentence."""
    cut = cut_phrases(claim) if cut is None else cut
    return any(phrase in said for phrase in cut) or object_dropped(claim, said) or complement_dropped(claim, said) or \
        said_nothing(claim) or said_in_person(claim) or came_about_bare(said)


def object_dropped(claim: ClaimView, said: str) -> bool:
    """Whether a claim said as ``said`` leaves out the object its sentence gives its verb right after it ("will seat
    *between* 210 and 330 passengers"): "The 787 will seat" says something else."""
    if claim.object or claim.quote or claim.kind != "event" or claim.args.get("voice") == "passive":
        return False
    span = verb_span(claim)
    if span is None:
        return False
    after = claim.citation.text[max(0, span[1] - claim.citation.start):].split()
    if not after:
        return False
    first = after[0].lower()
    opens = first in _OBJECT_OPENERS or first[:1].isdigit() or first[:1] in "$€£¥"
    return opens and " ".join(after[:2]).lower() not in " ".join(said.split()).lower()


#: Verbs whose object takes its meaning from an "as" phrase after it ("described Ann Lee *as* a quiet lad").
_AS_VERBS = frozenset(stem(w) for w in ["describe", "portray", "depict", "characterize", "characterise", "brand",
                                        "label", "regard", "view", "hail", "dismiss", "denounce", "condemn", "praise"])


def complement_dropped(claim: ClaimView, said: str) -> bool:
    """Whether a claim said as ``said`` leaves out the "as" phrase its sentence gives the verb's object ("The
    neighbour described John Jenkin" of "The neighbour described him as a goth"): without it the clause says
    nothing of what was said of him."""
    span = verb_span(claim)
    if not claim.lemma or stem(claim.lemma) not in _AS_VERBS or not claim.object or span is None:
        return False
    after = claim.citation.text[max(0, span[1] - claim.citation.start):]
    return re.match(r"[^,.;:]{1,60}?\bas\b", after, re.IGNORECASE) is not None and \
        re.search(r"\bas\b", said, re.IGNORECASE) is None


#: Verbs of saying whose content is the point ("exclaimed", "added", "said"): without it they report nothing. (Not
#: "commented", "responded", "apologized": "Lee did not comment", "Lee apologized" say something as they are.)
_CONTENT_SPEECH = frozenset(stem(w) for w in ["say", "tell", "add", "explain", "state", "declare", "claim", "insist",
                                              "remark", "exclaim", "note", "write", "announce", "reveal", "suggest",
                                              "argue", "admit", "propose", "urge", "tweet", "post", "observe"])


def said_nothing(claim: ClaimView) -> bool:
    """Whether a claim of speech keeps nothing of what was said ("Albright exclaimed", "the spokesman said"): the
    clause would report a speech without its words, so the sentence is quoted instead."""
    return bool(claim.lemma) and stem(claim.lemma) in _CONTENT_SPEECH and not claim.object and not claim.quote and \
        not arg_text(claim.args.get("topic"))


def came_about_bare(said: str) -> bool:
    """Whether a clause only says a thing came about, with neither when nor where ("The death occurred" of "he
    believed the death occurred July 24"): its news is the time or the place it leaves out."""
    return _CAME_ABOUT.search(said.rstrip(" .")) is not None


#: A clause that ends on a verb that only says a thing came about.
_CAME_ABOUT = re.compile(r"\b(?:occurred|occurs|happened|happens|took place|takes place|has occurred|unfolded)$",
                         re.IGNORECASE)


#: Words of a speaker about themself: said in a reported clause, they read as the reporter's ("you" may be anyone's:
#: "said you can be a Communist and still be a Christian").
_PERSONAL = frozenset({"I", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"})


def said_in_person(claim: ClaimView) -> bool:
    """Whether a claim of speech keeps the speaker's own words in the first or second person without quotation marks
    ("Rambrich said this is a mom, and then *I* dialed 911"): a reported clause would make "I" the reader's writer,
    so the sentence is quoted instead."""
    return bool(claim.lemma) and stem(claim.lemma) in _CONTENT_SPEECH and not claim.quote and \
        bool(_PERSONAL & {w if w.isupper() else w.lower() for w in re.findall(r"[A-Za-z]+", claim.object or "")})
