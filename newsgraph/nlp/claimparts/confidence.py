"""How far a claim can be trusted, from checks that hold for any article.

A claim comes with a citation, so people believe it: a claim that names the
wrong person, or that cannot be read, is worse than none. Each check below
names one way a reading goes wrong; a claim that fails one keeps the check's
name in ``args["checks"]`` and its confidence drops to the check's cap (the
lowest cap wins). Claims under ``models.SHOWN_CONFIDENCE`` are kept for search
but not shown as facts.

Hidden (cap ``HIDDEN``):

- ``no_subject``: nobody does it ("caring for a daughter");
- ``unresolved_pronoun``: the subject or object is a bare "it", "this",
  "that", "anyone", "she", … that no entity or phrase stands behind;
- ``first_person``: "I"/"we"/"me"/"us" not bound to the speaker of the quote
  (``bind_first_person`` binds it when the quote's speaker is an entity), and
  any first or second person word left in a shown subject ("our underlying
  business") or a second person or "me"/"us" in its object ("very proud of
  you"): who it is, is not said;
- ``bare_source``: the source is such a pronoun;
- ``speaker_in_own_quote``: a "he"/"she" inside a quote read as the quote's
  own speaker (a speaker says "I", not "he");
- ``same_entity``: subject and object are the same entity or the same words
  ("Lee fired Lee");
- ``furniture``: a participant named only in a photo credit or a dateline
  ("(AP Photo/…)", "NEW YORK (AP) —");
- ``agreement``: the verb does not agree in number with its subject (the
  parse went wrong: "the pair plan", "prices rises");
- ``garbled``: the clause would not read as English (``garble``), and the
  article's own words for it are not at hand; ``garbled:run_on``, an object
  whose last conjunct is the next clause's subject ("took hostage and police
  [found …]", "is one thing and murder [is another]"); ``garbled:noun_compound``, a
  "verb" that opens a noun compound ("Bush *endangered species* rule", "an all-purpose
  *running back*": ``compound``).

A guess (cap ``GUESSED``, also hidden): ``permitted_only``, the
complement of a verb of permission ("a tool that allows users to delete
files", "let the pilots land"): made possible, never said to happen;
``named_activity``, a gerund a noun or adjective takes ("at a disadvantage in
updating its ovens", "the difficulty of finding staff"): a kind of act, none done;
``inside_denied``, a clause inside one the sentence calls untrue ("any suggestion that
the clerk believes [the owner lied] is false": the denial says nothing of the owner);
``partial_negation``, a "not" with an adverb that makes it deny only part ("would not
necessarily be fairer", "is not always open"): said without the adverb it would deny all; a "not … but"
pair that denies one phrase ("did not cut jobs in Ohio but in Texas"); a gerund after a preposition that
takes its head verb's "not" ("hasn't messed around in getting there": she got there);
``dating_participle``, a participle that only names a stretch of time ("for the year ended
July 2", "the week beginning Monday"): a date, not an event ("the year was ended on July 2");
``event_subject``, a participle of showing or meaning after its clause ("Kellogg suspended work,
indicating a weak outlook"): what the event shows, said of its doer ("Kellogg indicated …");
``borrowed_subject``, a finite
verb of an adverbial clause ("… as a bus pulls up", "… and police found the
body" misparsed under the first verb) whose subject the parse did not find,
so the main clause's was borrowed: a finite verb names its own subject, and
the borrowed one is most often wrong; ``light_verb``, a linking verb
that only places its subject in time ("the move came after the report", "the
news comes as …": the move or the news is the content, and is read where it
is stated), and a verb of beginning, trying or seeming said of someone without
what it introduces ("the voters appeared", "she started by …"); ``guessed_referent``, when the
subject or object is a pronoun or a shared one-word name ("Blanchard" for
mother and daughter) and another entity of the same kind is named just
before it, so the reader picked one of several that fit (and any "it" found
in an earlier sentence, and a person found by a description: "the
30-year-old"); ``purpose_subject``, an infinitive inside a
relative or participle clause whose doer was borrowed from the noun the
clause describes ("a house built to fit a wheelchair" → "a house will fit a
wheelchair"), or an infinitive of purpose beside its verb ("ran next door to
call for help": the aim, not an event, and its doer a borrowed one);
``under_hedge``, a request, plan or wish read from a hedged verb ("Kim was asked to
leave" from "Lee allegedly ordered Kim to leave": the hedged claim says it, hedged;
``scope``); ``generic_condition``, a clause of a general condition ("any time a
plant goes to one shift", "whenever …"): no reported event; ``counterfactual``,
what would have happened ("thousands would have lost their savings", "had the bank
collapsed"): said as possible it would read "may have lost", which the sentence denies;
``presupposed_noun``, a possessed event noun the sentence takes for granted
("Lee's response was …", "the news about Lee's departure", "the firm's
losses"; ``nominal.stated`` keeps "since Lee's release"); and hidden:
``garbled:event_in_participant``, an event named by a noun whose
subject or object phrase is that very noun ("the change in policy" → "The
change in policy change policy"): the noun was read as its own participant.

A garbled claim whose clause the article says in its own words (subject to
object, as written) is kept, said in those words (``args["render"] =
"evidence"``, ``args["clause"]``), with the check ``evidence_words``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Token

from ...models import Claim
from . import lexicon as lx
from .garble import garble_reason
from .view import SentenceView

#: Verbs whose object is what was said or thought, in the speaker's words.
_SAYING = lx.SPEECH_VERBS | lx.THOUGHT_VERBS

#: The cap of a check that hides the claim.
HIDDEN = 0.2
#: The cap of a claim whose participant is a guess among several that fit.
GUESSED = 0.4

#: Words that stand for someone only when something in the text says who.
BARE_WORDS = frozenset({
    "it", "this", "that", "these", "those", "anyone", "anybody", "someone", "somebody", "something",
    "anything", "everyone", "everybody", "which", "who", "whom", "whose", "what", "he", "she", "him", "her",
    "they", "them", "one", "its", "their", "his", "hers", "here", "there", "itself", "himself", "herself",
    "you", "your", "yourself", "yourselves",  # a reader addressed in general, or a listener unnamed
    "whatever", "whoever", "whichever",
})
#: Relative and question words: a subject phrase they open ("whose body", "which of the two") names
#: nobody by itself.
_RELATIVE = frozenset({"whose", "which", "who", "whom", "what", "whatever", "whichever"})
#: Garbles the article's own words do not have (the clause as written reads as English).
_WORDS_FIX = frozenset({"contraction", "participle", "not_a_verb", "capital", "double_negation", "doubled",
                        "incomplete", "complement", "cut_clause", "cut_end", "comparison"})
#: Determiners that may open a subject phrase said as written ("those voters looking for …").
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
_THIRD_PERSON = frozenset({"he", "she", "him", "her", "his", "they", "them"})
FIRST_PERSON = frozenset({"i", "me", "we", "us", "my", "our", "myself", "ourselves"})
_NOBODY_NAMED = BARE_WORDS | FIRST_PERSON
#: Bare words that, as an object, leave it unknown who or what ("this", "that" may be a whole clause).
_BARE_OBJECTS = BARE_WORDS - {"that", "this", "one", "here", "there"}
#: Words of a photo credit inside parentheses.
_CREDIT_WORDS = frozenset({"photo", "photos", "image", "images", "file", "credit", "getty", "via", "courtesy",
                           "pool", "reuters/", "afp/"})


@dataclass(slots=True)
class Reading:
    """What the claim reader knew about a claim beyond its fields (the words it came from)."""

    guessed: set[str] = field(default_factory=set)  # roles ("subject", "object") whose referent is a guess
    purpose: bool = False  # an infinitive of purpose whose subject was taken from the words around it
    permitted: bool = False  # the complement of "allow"/"let"/"enable": made possible, not said to happen
    activity: bool = False  # a gerund a noun or adjective names ("a disadvantage in updating"): no event
    denied: bool = False  # inside a clause the sentence calls untrue ("any suggestion that she believes [he lied]")
    partly: bool = False  # a "not" that denies only part ("not necessarily fair"): said as "not fair" it would deny all
    borrowed: bool = False  # a finite adverbial clause whose subject was taken from the main clause
    furniture: bool = False  # a participant is named in a photo credit or dateline
    disagrees: bool = False  # the verb does not agree in number with its subject
    aspect: bool = False  # a verb of beginning, trying or seeming whose complement was not read
    run_on: bool = False  # the object's last conjunct is the subject of the next clause
    dating: bool = False  # a participle that names a period of time ("the year ended July 2"): no event
    signified: bool = False  # "…, indicating a weak outlook": what a whole event shows, lent its doer as subject
    compound: bool = False  # the verb opens a noun compound ("endangered species", "running back"): no verb
    clause: str | None = None  # the article's words for the claim, subject first, when they hold the subject


#: (``Reading`` flag, check name, cap), in the order the checks are listed.
_READING_CHECKS = (
    ("furniture", "furniture", HIDDEN),
    ("disagrees", "agreement", HIDDEN),
    ("guessed", "guessed_referent", GUESSED),
    ("purpose", "purpose_subject", GUESSED),
    ("permitted", "permitted_only", GUESSED),
    ("activity", "named_activity", GUESSED),
    ("denied", "inside_denied", GUESSED),
    ("partly", "partial_negation", GUESSED),
    ("borrowed", "borrowed_subject", GUESSED),
    ("aspect", "light_verb", GUESSED),
    ("run_on", "garbled:run_on", HIDDEN),
    ("dating", "dating_participle", GUESSED),
    ("signified", "event_subject", GUESSED),
    ("compound", "garbled:noun_compound", HIDDEN),
)


def assess(claim: Claim, reading: Reading | None = None) -> None:
    """Set ``claim.confidence`` and ``claim.args["checks"]`` (see the module docstring)."""
    reading = reading or Reading()
    failed: list[tuple[str, float]] = []
    raw_subject = (claim.args.get("subject_text") or claim.subject or "").strip()
    if not claim.subject.strip():
        failed.append(("no_subject", HIDDEN))
    elif raw_subject.split()[0].lower() in _RELATIVE | {"whoever", "whichever"} \
            and claim.args.get("subject_from") != "control":
        failed.append(("unresolved_pronoun", HIDDEN))  # "whose body was found", "which of the two"
    elif not claim.subject_entity and claim.subject.strip().lower() == raw_subject.lower():
        low = raw_subject.lower().removeprefix("the ").removeprefix("all ")  # ("the one who", "all those who")
        if low in FIRST_PERSON:
            failed.append(("first_person", HIDDEN))
        elif low in BARE_WORDS:
            failed.append(("unresolved_pronoun", HIDDEN))
    raw_object = (claim.args.get("object_text") or claim.object or "").strip().lower()
    if claim.object and not claim.object_entity and claim.kind != "quote" \
            and claim.object.strip().lower() == raw_object:
        if raw_object in FIRST_PERSON:
            failed.append(("first_person", HIDDEN))
        elif raw_object in _BARE_OBJECTS or raw_object.split()[0] in ("whatever", "whoever", "whichever"):
            failed.append(("unresolved_pronoun", HIDDEN))
    src = claim.source
    if src is not None and not src.entity and src.kind != "outlet" and src.text.strip().lower() in _NOBODY_NAMED:
        failed.append(("bare_source", HIDDEN))
    if src is not None and src.kind == "quote" and src.entity and _in_quote(claim) and claim.kind != "quote":
        for role in ("subject", "object"):
            raw = (claim.args.get(f"{role}_text") or "").strip().lower()
            if raw in _THIRD_PERSON and getattr(claim, f"{role}_entity") == src.entity:
                failed.append(("speaker_in_own_quote", HIDDEN))  # "'He had every chance,' Lee said": not Lee
    if unbound_person(claim) and not any(name == "first_person" for name, _ in failed):
        failed.append(("first_person", HIDDEN))  # "Our underlying business grows", "is very proud of you"
    first_word = raw_object.split()[0] if raw_object else ""
    if claim.kind != "quote" and first_word in ("i", "we") and len(raw_object.split()) > 1 \
            and not claim.object_entity:
        failed.append(("first_person", HIDDEN))  # "did not see | I took them casseroles": whose "I"?
    if claim.kind != "quote" and claim.quote and not claim.object and not claim.args.get("render"):
        # an event inside a quote with nothing after its verb is shown with the whole quote ("X did
        # not go: “…”"), which says more than the event
        failed.append(("garbled:quote_frame", HIDDEN))
    if claim.args.get("expletive"):
        failed.append(("unresolved_pronoun", HIDDEN))  # "it is expected that …": the "it" is nobody
    if same_participant(claim):
        failed.append(("same_entity", HIDDEN))
    failed += [(name, cap) for flag, name, cap in _READING_CHECKS if getattr(reading, flag)]
    if light_verb(claim):
        failed.append(("light_verb", GUESSED))
    if empty_report(claim) or claim.args.get("content_noun"):
        failed.append(("empty_report", GUESSED))
    if claim.args.get("presupposed"):
        failed.append(("presupposed_noun", GUESSED))
    for flag, name in (("under_hedge", "under_hedge"), ("generic", "generic_condition"),
                       ("counterfactual", "counterfactual")):
        if claim.args.get(flag):
            failed.append((name, GUESSED))
    if claim.args.get("nominal") and _names_itself(claim):
        failed.append(("garbled:event_in_participant", HIDDEN))
    reason = garble_reason(claim)
    if reason is not None:
        if reading.clause and claim.subject_entity and raw_subject.lower() in _THIRD_PERSON \
                and reading.clause.split()[0] == raw_subject and "subject" not in reading.guessed:
            # "he reiterated his belief that …": the words as written, with who "he" is named
            reading.clause = claim.subject + reading.clause[len(raw_subject):]
        lead = (reading.clause or "").split()[0].lower().strip("\"'\u201c") if reading.clause else ""
        pointing = lead in _DEMONSTRATIVES and len(raw_subject.split()) > 1  # "those voters [who …]"
        if reading.clause and reason in _WORDS_FIX and (lead not in _NOBODY_NAMED or pointing):
            claim.args["render"] = "evidence"
            claim.args["clause"] = reading.clause
            failed.append((f"evidence_words:{reason}", 1.0))
            said = garble_reason(claim)  # the words as written may be cut too ("… are believed to be")
            if said is not None and said != "contraction":  # (a tokenised "Lee 's" is still the article's)
                failed.append((f"garbled:{said}", HIDDEN))
        else:
            failed.append((f"garbled:{reason}", HIDDEN))
    if failed:
        claim.args["checks"] = [name for name, _ in failed]
    claim.confidence = min([1.0, *(cap for _, cap in failed)])


#: Verbs that, without a particle, only place their subject in time or a setting ("the move came
#: after the report", "the news comes as the firm cuts jobs"): the content is the subject itself.
_LINKING_VERBS = frozenset({"come"})
_PARTICLES = frozenset({"up", "out", "back", "down", "off", "forward", "through", "over", "across", "along",
                        "around", "apart", "together", "true", "under", "close"})


def light_verb(claim: Claim) -> bool:
    """"The announcement came in a press conference": a linking verb with no content of its own."""
    if claim.kind != "event" or (claim.lemma or "").lower() not in _LINKING_VERBS:
        return False
    return not set((claim.predicate or "").lower().split()) & _PARTICLES


#: Plain reporting verbs: what they report is read as claims of its own, with the speaker as source.
_REPORTING_VERBS = frozenset({
    "say", "tell", "add", "note", "write", "state", "explain", "mention", "report", "recall", "remark",
    "observe", "reply", "respond", "answer", "remind", "inform", "notify", "assure", "brief",
})


_SETTING_PREPOSITIONS = frozenset({"in", "on", "at", "during", "to", "after", "before", "through", "via", "over"})


def empty_report(claim: Claim) -> bool:
    """"She has said in interviews", "he told the paper": a reporting verb with neither a quote nor an
    object says nothing a reader can use; the clause it reports is its own claim, credited to the speaker."""
    if claim.kind != "event" or (claim.lemma or "").lower() not in _REPORTING_VERBS or claim.quote is not None:
        return False
    last = ((claim.predicate or "").split() or [""])[-1].lower()
    # "has said in | several interviews"; "told the paper [that …]": the object is who heard it
    return not claim.object or last in _SETTING_PREPOSITIONS or bool(claim.args.get("content"))


def _names_itself(claim: Claim) -> bool:
    """A noun event whose subject or object phrase holds the event noun itself."""
    span, ev = claim.args.get("predicate_span"), claim.evidence
    noun = ev.text[span[0] - ev.start:span[1] - ev.start].lower() if span else ""
    if not noun:
        return False
    for phrase in (claim.args.get("subject_text") or claim.subject, claim.args.get("object_text") or claim.object):
        if phrase and noun in _norm(phrase).split():
            return True
    return False


def same_participant(claim: Claim) -> bool:
    """Subject and object are one entity, or the same words ("Lee fired Lee")."""
    if claim.kind == "quote" or not claim.object:
        return False
    if claim.subject_entity and claim.subject_entity == claim.object_entity:
        return True
    if claim.kind == "attribute" and claim.subject_entity:
        # "X is the body of X": a description that names its own subject does not describe it
        names = {w for w in _norm(claim.subject).split() if len(w) > 2}
        said = _norm(claim.object)
        owner, _, rest = said.partition("'s ")
        if rest and not set(owner.split()) <= names:
            said = rest  # "Dee Lee is Ann Lee's mother": the owner is someone else, whatever the family name
        if names & set(said.replace("'s", "").split()):
            return True
    return _norm(claim.subject) == _norm(claim.object) != ""


def _norm(text: str | None) -> str:
    return " ".join((text or "").casefold().replace("\u2019", "'").split()).strip(" .,;:\"'")


def furniture(view: SentenceView, token: Token) -> bool:
    """Whether ``token`` stands in a photo credit ("(AP Photo/Jane Roe)") or a dateline's
    parenthesis ("NEW YORK (AP) —"): page furniture, never a participant."""
    words = view.doc.words
    lo, hi = view.lo, view.hi
    left = token.i - 1
    while left >= lo and words[left].text not in ("(", ")") and token.i - left < 12:
        left -= 1
    if left < lo or words[left].text != "(":
        return False
    right = token.i + 1
    while right < hi and words[right].text not in ("(", ")") and right - token.i < 12:
        right += 1
    if right >= hi or words[right].text != ")":
        return False
    inside = [w.lower_ for w in words[left + 1:right]]
    if any(w in _CREDIT_WORDS or "/" in w for w in inside):
        return True
    after = words[right + 1].text if right + 1 < hi else ""
    return left - lo <= 6 and after in lx.DASHES  # "NEW YORK (AP) —": the dateline's outlet


#: First and second person words: whose they are is said only by the quote's speaker.
_PERSON_WORDS = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your",
                           "yours", "yourself", "yourselves"})
#: In an object, a possessive "my"/"our" leaves the thing named ("protected our nation's wildlife"); who
#: "you" or "us" is, is not said.
_OBJECT_PERSON_WORDS = _PERSON_WORDS - {"my", "our"}
_WORD = re.compile(r"[A-Za-z]+")


def unbound_person(claim: Claim) -> bool:
    """A first or second person word in the shown subject or object (or the article's words the claim is
    said in): "Our underlying business continues to grow", "America is very proud of you". The object of
    a verb of saying or thinking is what was said, in the speaker's words, and a quote's is the quote."""
    texts = [] if claim.subject_entity else [(claim.subject, _PERSON_WORDS)]
    if claim.object and not claim.object_entity and claim.kind != "quote" \
            and (claim.lemma or "").lower() not in _SAYING:
        # (what a name is said to be is whose it is: "Anna is my wife" names nobody's wife)
        texts.append((claim.object, _PERSON_WORDS if claim.kind == "attribute" else _OBJECT_PERSON_WORDS))
    if claim.args.get("render") == "evidence" and isinstance(claim.args.get("clause"), str):
        texts.append((claim.args["clause"], _OBJECT_PERSON_WORDS))
    # ("US" is the United States, not "us")
    return any(w.lower() in words and w != "US" for text, words in texts for w in _WORD.findall(text or ""))


def _in_quote(claim: Claim) -> bool:
    """Whether the claim is said in a speaker's own words: inside quotation marks, or in a transcript turn
    whose label names the speaker."""
    return claim.quote is not None or bool(claim.args.get("turn"))


def first_person_speaker(claim: Claim) -> tuple[str, str] | None:
    """(name, entity id) of the speaker "I" stands for: the speaker of the quote the claim is in."""
    src = claim.source
    # (an apposition in a speaker's words, "… my wife Anna …", keeps no quote of its own)
    if not _in_quote(claim) and claim.kind != "attribute" \
            or src is None or src.kind != "quote" or not src.entity:
        return None
    return src.text, src.entity


def bind_first_person(claim: Claim, *, speaker_type: str | None, speaker_name: str | None = None) -> None:
    """"I"/"me" inside a quote → the quote's speaker; "we"/"us" → the speaker only when the speaker is
    an organization (a person's "we" is a group the article does not name); "my …" and an organization's
    "our …" → the speaker's."""
    speaker = first_person_speaker(claim)
    if speaker is None:
        return
    name, entity = speaker
    for role in ("subject", "object"):
        text = getattr(claim, role)
        if not text or getattr(claim, f"{role}_entity"):
            continue
        low = text.strip().lower()
        owner, _, rest = text.strip().partition(" ")
        if rest and (owner.lower() == "my" and speaker_type in (None, "PERSON")
                     or owner.lower() == "our" and speaker_type == "ORG"):
            claim.args.setdefault(f"{role}_text", text)  # "our profits", said by Acme: "Acme's profits"
            own = role == "object" and claim.subject_entity == entity and owner.lower() == "our"
            setattr(claim, role, f"its {rest}" if own else f"{speaker_name or name}'s {rest}")
            continue
        if low in ("i", "me", "myself") and speaker_type in (None, "PERSON") \
                or low in ("we", "us", "ourselves") and speaker_type == "ORG":
            claim.args[f"{role}_text"] = text
            setattr(claim, role, name)
            setattr(claim, f"{role}_entity", entity)
            if role == "subject":
                claim.predicate = third_person(claim.predicate, claim.args.get("first_tag"))


_THIRD = {"am": "is", "are": "is", "have": "has", "do": "does", "'m": "is", "'re": "is", "'ve": "has"}


def third_person(predicate: str, first_tag: str | None) -> str:
    """The predicate agreeing with a third-person subject: "am proud" → "is proud", "want to" → "wants to"."""
    words = predicate.split()
    if not words:
        return predicate
    first = words[0]
    low = first.lower()
    if low in _THIRD:
        words[0] = _THIRD[low]
    elif first_tag == "VBP" and low.isalpha():
        if low.endswith(("s", "sh", "ch", "x", "z", "o")):
            words[0] = first + "es"
        elif low.endswith("y") and len(low) > 2 and low[-2] not in "aeiou":
            words[0] = first[:-1] + "ies"
        else:
            words[0] = first + "s"
    return " ".join(words)
