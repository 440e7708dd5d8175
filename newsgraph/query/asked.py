"""Whether a claim says what a yes/no question asks: its verb (or a sure paraphrase, a phrasal verb among the
asked verb's first senses), its entities in their roles, and most of its other words in the claim itself or
in the few words right after its verb.

``yesno`` decides a verdict from the claims these checks let through; ``frames`` reads the asked thing in
other shapes (a chain word, a state, an opposite) with the same checks.
"""

from __future__ import annotations

import re

from .manner import claim_passive, question_passive
from .lexicon import LIGHT_VERBS, SYNONYM, first_sense_says, match, mutual, phrase_keys, phrase_stem, related
from .phrases import arg_text, claim_words, verb_stem
from .questions import Question
from .types import ClaimView
from .words import FUNCTION_WORDS, IRREGULAR, SPEECH_STEMS, stem, token_spans, tokens

#: Verbs whose claims read the same both ways ("A met B" is "B met A").
SYMMETRIC = frozenset(stem(w) for w in ["meet", "marry", "wed", "talk", "speak", "communicate", "collaborate", "work", "date", "divorce", "fight", "argue", "partner", "negotiate", "agree", "contact", "correspond", "reconcile"])
SETTLED = ("happened", "ongoing", "negated", "failed")
#: Verbs that ask whether someone spoke at all, not what they said: any verb of speech answers them.
ANY_SPEECH = frozenset(stem(w) for w in ["comment", "speak", "talk", "remark", "respond", "reply", "react"])


def direction_ok(q: Question, claim: ClaimView) -> bool:
    """For two named entities: the first is the claim's subject and the second its object.

    The other way round only for a symmetric verb ("met") and a claim about the
    event itself: wanting or planning to meet someone is the subject's alone.
    """
    if len(q.entities) < 2:
        return True
    a, b = q.entities[0].entity.id, q.entities[1].entity.id
    subject = claim.subject_entity.id if claim.subject_entity else None
    obj = claim.object_entity.id if claim.object_entity else None
    if (subject, obj) == (a, b):
        return True
    if subject == a and obj is None and claim.object:  # "hosted the 79th Oscars": the object named, not linked
        said = set(tokens(claim.object))
        return any(set(tokens(n)) <= said for n in (q.entities[1].text, q.entities[1].entity.name) if tokens(n))
    if obj == b and _named_in_subject(q, claim):
        return True  # "suspects in the Kenya bombing have been handed over to B": A named in a subject linking no one
    if _before_verb(q, q.entities[1]):  # "was all A traffic to B affected?": both in the subject, neither its object
        return _in_asked_role(q, claim)
    return (subject, obj) == (b, a) and claim.status in SETTLED and verb_stem(claim) in SYMMETRIC


def _before_verb(q: Question, named) -> bool:
    """Whether a question entity stands before the question's verb ("B" of "was all A traffic to B affected?"): with
    the first one, a part of the question's subject, not the one the verb is done to."""
    at = _verb_at(q) if q.predicate else None
    if at is None or named.end > at:
        return False
    # "did A and B meet?": two names joined by "and", "or" or a comma are two doers, each its own role
    between = q.text[q.entities[0].end:named.start] if q.entities[0].end <= named.start else ""
    return not re.search(r",|\b(?:and|or|nor|with)\b", between, re.IGNORECASE)


def _in_asked_role(q: Question, claim: ClaimView) -> bool:
    """Whether the question's first entity, which its subject names, stands in the claim where the question's
    voice puts it: the one acted on in a passive question ("was A traffic affected?": an active claim's object,
    "the outage affected all A traffic"), the doer in an active one (the claim's subject); by link, or by name in
    that phrase when it links no one, before the second name if the phrase holds both."""
    first = q.entities[0]
    acted_on = question_passive(q.text, q.predicate or "") != claim_passive(claim)
    linked, phrase = (claim.object_entity, claim.object or "") if acted_on else (claim.subject_entity, claim.subject)
    if linked is not None:
        return linked.id == first.entity.id
    at = [_name_at(phrase, named) for named in q.entities[:2]]
    # "all A traffic to B", not "all B traffic to A": the names in the question's order when the phrase has both
    return at[0] is not None and (at[1] is None or at[0] < at[1])


def _name_at(phrase: str, named) -> int | None:
    """Where a question entity's name (as the question or the store writes it) starts among a phrase's words."""
    words = tokens(phrase)
    for name in (named.text, named.entity.name):
        want = tokens(name)
        found = next((i for i in range(len(words) - len(want) + 1) if want and words[i:i + len(want)] == want), None)
        if found is not None:
            return found
    return None


def argument_ok(q: Question, claim: ClaimView, names: dict[int, set[str]] | None = None) -> bool:
    """Every named entity is an argument of the claim (subject or object, by link or by name in its
    phrases), not just a word of its sentence; the first one is its subject or object."""
    ids = claim.entity_ids()
    # a phrase counts for a name only where the claim links no entity ("the mother" is not the daughter)
    unlinked = [claim.subject if claim.subject_entity is None else "",
                (claim.object or "") if claim.object_entity is None else "",
                " ".join(t for t in (arg_text(v) for v in claim.args.values()) if t)]
    phrases = set(tokens(" ".join(unlinked)))
    if not q.entities:  # "did the driver stop?": the words before the verb must name the claim's subject
        before = subject_words(q)
        stems_, ordered = phrase_keys(claim.subject)
        return not before or any(match(w, stems_, ordered) >= 0.6 for w in before)
    for named in q.entities[:3]:
        if named.entity.id in ids:
            continue
        forms = (names or {}).get(named.entity.id, set()) | {named.text, named.entity.name}
        if not any(tokens(f) and set(tokens(f)) <= phrases for f in forms):
            return False
    described = described_subject(q)
    if described:  # "did her publicist say what A …?": someone described, not A, is asked about
        stems_, ordered = phrase_keys(f"{claim.subject} {claim.object or ''}")
        return any(match(w, stems_, ordered) >= 0.6 for w in described)
    return True


def unlinked_names_said(q: Question, claim: ClaimView) -> bool:
    """Whether each name the question writes that is no entity of the store (a capitalised run outside the question's
    entities, its first word aside) is said by the claim's subject or object: "did Ann Lee and Ivo Brant meet?" is
    not answered by "Ann Lee met Tom Ray to discuss the Ivo Brant case", where Brant only names a case."""
    taken = [(n.start, n.end) for n in q.entities]
    # where the claim says its names: subject, object and the arguments of place, time and manner (not the purpose or
    # reason it was done for: "to discuss the Ivo Brant case" names no one who met)
    args = " ".join(arg_text(v) or "" for k, v in claim.args.items() if k not in ("purpose", "reason"))
    said = set(tokens(f"{claim.subject} {claim.object or ''} {args}"))
    for index, (start, _end, word) in enumerate(token_spans(q.text)):
        if index == 0 or not word[:1].isupper() or any(s <= start < e for s, e in taken):
            continue
        low = word.lower()
        if low not in said and low not in FUNCTION_WORDS and not _CALENDAR_WORD.fullmatch(word):
            return False
    return True


#: Capitalised words of a question that name a time, not someone ("was A arrested on Monday?").
_CALENDAR_WORD = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
                            r"August|September|October|November|December|Christmas|Easter")


def described_subject(q: Question) -> list[str]:
    """The words before a yes/no question's verb when its first name comes after the verb ("her publicist"
    of "did her publicist say what A …?", "quake" of "was the quake felt in B?"); else none."""
    if not q.predicate or q.predicate not in q.words or not q.entities:
        return []
    at = _verb_at(q)
    if at is None or q.entities[0].start < at:
        return []
    return q.words[:q.words.index(q.predicate)]


def _verb_at(q: Question) -> int | None:
    """Where the question's verb (its first word) stands in the question's text: the word itself, else a form of it
    ("handed" of "hand over")."""
    first = q.predicate.split()[0]
    spans = token_spans(q.text)
    found = next((s for s, _e, w in spans if w.lower() == first), None)
    return found if found is not None else next((s for s, _e, w in spans if stem(w.lower()) == stem(first)), None)


def verb_agrees(q: Question, claim: ClaimView) -> bool:
    """The claim's verb says one of the question's words both ways (``lexicon.mutual``), or both are speech."""
    verbs = [claim.lemma or "", *tokens(claim.predicate)]
    if claim.quote and any(stem(w) in SPEECH_STEMS for w in q.words):
        return True
    if q.predicate and stem(q.predicate) in ANY_SPEECH and verb_stem(claim) in SPEECH_STEMS:
        # "has A commented on B?": any speech of A's (A the speaker) about B is a comment ("A responded to B"),
        # B said in the claim's own words or a synonym (the verb says nothing of the topic, so it must be sure)
        if not (q.entities and claim.subject_entity and claim.subject_entity.id == q.entities[0].entity.id):
            return False
        stems_, ordered = phrase_keys(claim_words(claim))
        return all(match(w, stems_, ordered) >= 0.9 for w in q.words if w != q.predicate)
    asked = [q.predicate] if q.predicate else q.words  # the main verb, not one of a clause ("after hitting her")
    if any(mutual(w, v) >= 0.85 for w in asked for v in verbs if v and v not in FUNCTION_WORDS):
        return True
    return phrasal_says(q, claim) or same_phrasal(q, claim) or first_sense_verb(q, claim) or pinned_verb(q, claim)


#: How surely a claim's verb must say the asked one, both ways, for its object to pin the sense (``pinned_verb``): a
#: kind of it one way, a narrower kind the other ("let out" ~ "release").
PINNED = 0.55
#: Statuses a paraphrase pinned by its object may be read in: it happened, or it was told as not having happened.
_PINNED_STATUSES = frozenset({"happened", "ongoing", "negated"})


def pinned_verb(q: Question, claim: ClaimView) -> bool:
    """Whether the claim's verb is a kind of the asked verb, or it of the claim's (WordNet's hypernym, ``PINNED``
    both ways: "released" for "let out"), the claim's own object or complement says every other word of the
    question by its very stem ("released on *bail*" for "was A let out on *bail*?"), and one of those words is
    one WordNet ties to the claim's verb itself ("bail": "release after a security has been paid"): a looser verb
    says the asked act only where what it governs picks the sense the question means (released on bail is let
    out; "killed in his home" is no "murdered in his home": a place picks no sense of "kill"). Not a light verb,
    and not a question with no other word."""
    if not q.predicate or not claim.lemma or claim.status not in _PINNED_STATUSES or \
            IRREGULAR.get(q.predicate, q.predicate) in LIGHT_VERBS or claim.lemma in LIGHT_VERBS or \
            mutual(q.predicate, claim.lemma) < PINNED:
        return False
    rest = [w for w in q.words if w != q.predicate]
    said = {stem(w) for w in tokens(f"{claim.object or ''} {complement(claim)}")}
    return bool(rest) and all(stem(w) in said for w in rest) and any(_tied(w, claim.lemma) for w in rest)


def _tied(word: str, verb: str) -> bool:
    """Whether WordNet relates a word to a verb either way (a sense, a kind, a derived form: "bail" ~ "release")."""
    return max(related(word).get(stem(verb), 0.0), related(verb).get(stem(word), 0.0)) >= PINNED


def first_sense_verb(q: Question, claim: ClaimView) -> bool:
    """Whether the claim's verb, in its first sense, is the question's ("recovered" for "found",
    ``lexicon.first_sense_says``). The asked verb is then read in one of its later senses, which only another
    word of the question can pick ("was the gun found?"), or its passive, which asks of a thing done to ("has the
    painting been found?": got back): a bare active verb means its own first sense ("did A retire?" asks of
    leaving work, and "A retreated in a defensive posture" says retire's fifth sense)."""
    if not q.predicate or not claim.lemma:
        return False
    picked = any(w != q.predicate for w in q.words) or question_passive(q.text, q.predicate)
    return picked and first_sense_says(q.predicate, claim.lemma)


def asked_status(q: Question, claim: ClaimView) -> str:
    """The status of what the question asks of a claim: that of the word of its chain the question's verb says
    ("promised" of "has promised to close": happened) when the claim's own verb is another ("close": planned);
    else the claim's own. "Did A refuse to resign?" asks of the refusal, "did A resign?" of the resigning."""
    own = claim.lemma or ""
    if not q.predicate or (own and mutual(q.predicate, own) >= 0.85):
        return claim.status
    for item in claim.args.get("chain") or []:
        lemma = item.get("lemma") if isinstance(item, dict) else None
        if lemma and lemma != own and lemma not in FUNCTION_WORDS and mutual(q.predicate, lemma) >= 0.85 \
                and item.get("status"):
            return str(item["status"])
    return claim.status


def phrasal_says(q: Question, claim: ClaimView) -> bool:
    """Whether the claim's phrasal verb ("gave himself up") is among the first senses of the asked verb
    ("surrender"), and the claim with its complement says every other word of the question ("to police"):
    a phrasal verb alone has too many senses to decide ("gave himself up" is no "resigned")."""
    phrasal = phrasal_verb(claim)
    asked = [q.predicate] if q.predicate else q.words
    if not phrasal or not any(related(w).get(phrase_stem(phrasal), 0.0) >= SYNONYM for w in asked):
        return False
    rest = [w for w in q.words if w not in asked]
    stems_, ordered = phrase_keys(f"{claim_words(claim)} {complement(claim)}")
    return bool(rest) and all(match(w, stems_, ordered) >= 0.6 for w in rest)


def same_phrasal(q: Question, claim: ClaimView) -> bool:
    """Whether the question's phrasal verb ("have suspects been *handed over*?") is the claim's verb with the same
    particle right after it ("have been handed over to the United States"): the very words, whatever follows."""
    parts = (q.predicate or "").split()
    if len(parts) != 2 or parts[1] not in PARTICLES or not claim.lemma or stem(claim.lemma) != stem(parts[0]):
        return False
    words = tokens(claim.predicate)
    return any(stem(w) == stem(parts[0]) and after == parts[1] for w, after in zip(words, words[1:]))


#: Particles that make a phrasal verb with the verb before them ("gave himself *up*", "stepped *down*").
PARTICLES = frozenset({"up", "down", "out", "off", "away", "back", "over", "in", "on"})


def phrasal_verb(claim: ClaimView) -> str | None:
    """The claim's verb and its particle ("give up" of "gave himself up"), when its predicate ends in one.

    A phrasal verb has many senses and WordNet lists the one asked late ("give up" has "surrender" as its
    eighth), so it counts when it is among the first senses of the question's word, one way only: the
    phrase is specific where a single word ("arrested" ~ "checked") is not."""
    words = tokens(claim.predicate)
    if not claim.lemma or len(words) < 2 or words[-1] not in PARTICLES:
        return None
    return f"{claim.lemma} {words[-1]}"


def covers_rest(q: Question, claim: ClaimView) -> bool:
    """The question's other content words (beyond its verb) are said by the claim itself (its verb, object,
    arguments), not only somewhere in its sentence ("sentenced to death" is not "sentenced to life" in a
    sentence about a stabbing death)."""
    rest = [w for w in q.words if w != q.predicate]
    if not rest:
        return True
    stems_, ordered = phrase_keys(f"{_without_asked_verb(q, claim)} {complement(claim)}")
    # a question naming no one is about the thing its subject describes ("has the officer *who fired* been
    # charged?"): ``argument_ok`` checks the subject itself; a relative clause on it is said by the claim's
    # sentence ("the officer, who shot him, has been charged"); the other words by the claim
    subject = set(subject_words(q))
    if subject:
        around, in_order = phrase_keys(f"{claim.subject} {claim.citation.text}")
        if any(match(w, around, in_order) < 0.6 for w in relative_words(q) if w in subject):
            return False  # "the cook who fired": a sentence that says nothing of firing is about another cook
        rest = [w for w in rest if w not in subject]  # the subject's own words count for nothing else
        if not rest:
            return True
    if not _light_object_said(q, claim):
        return False
    # the words before the question's verb, when its entity is the claim's object ("did *police* arrest A?") or is
    # named in both subjects ("have *suspects in the A bombing* been handed over?"), are its subject: said by the
    # claim's subject ("Police arrested A", "two suspects in the A bombing have been handed over")
    lead = set(q.words[:q.words.index(q.predicate)]) if q.predicate in q.words and q.entities else set()
    doer, doer_order = phrase_keys(claim.subject if lead else "")
    if lead and not (claim.object_entity is not None and claim.object_entity.id == q.entities[0].entity.id) and not (
            _named_in_subject(q, claim) and all(match(w, doer, doer_order) >= 0.6 for w in lead)):
        lead = set()  # (named in both subjects, the claim's must say the whole of the question's: the same subject)
    hits = sum(1 for w in rest if match(w, stems_, ordered) >= 0.6 or (w in lead and match(w, doer, doer_order) >= 0.6))
    return hits >= (len(rest) + 1) // 2


def _named_in_subject(q: Question, claim: ClaimView) -> bool:
    """Whether the question's first entity stands before its verb and the claim's subject, which links no one, names
    it ("two suspects in the *Kenya* bombing" for "have suspects in the Kenya bombing been handed over?")."""
    first = q.entities[0]
    at = _verb_at(q) if q.predicate else None
    return at is not None and first.end <= at and claim.subject_entity is None and any(
        set(tokens(n)) <= set(tokens(claim.subject)) for n in (first.text, first.entity.name) if tokens(n))


def _without_asked_verb(q: Question, claim: ClaimView) -> str:
    """A claim's words (``claim_words``) less those of its own verb that say the question's verb: one word says
    one asked word, so the verb that answers "plead" cannot say "guilty" as well ("had pleaded to be kept locked
    up" is no "pleaded guilty", though WordNet ties "guilty" to "plead"). Its other words still count ("repair"
    in its arguments for "restored … before the cable was repaired?")."""
    if not q.predicate:
        return claim_words(claim)
    verb = [w for w in f"{claim.predicate} {claim.lemma or ''}".split()
            if not (w.isalpha() and mutual(q.predicate, w) >= 0.85)]
    rest = claim_words(claim, verb=False)
    return " ".join(filter(None, [" ".join(verb), rest]))


_PREPOSITIONS = frozenset({"in", "on", "at", "for", "against", "with", "by", "from", "to", "during", "after",
                           "before", "since", "over", "than", "as", "of"})


def _light_object_said(q: Question, claim: ClaimView) -> bool:
    """For a light verb ("did A *set* a passing record?"), whether the claim's sentence says every word of its
    object ("passing", "record"): the verb says nothing of the act, so the object must say all of it ("set a
    scoring record" is another record)."""
    if not q.predicate or IRREGULAR.get(q.predicate, q.predicate) not in LIGHT_VERBS:
        return True
    spans = [w.lower() for _s, _e, w in token_spans(q.text)]
    at = spans.index(q.predicate) if q.predicate in spans else None
    if at is None:
        return True
    obj = []
    for w in spans[at + 1:]:
        if w in _PREPOSITIONS:
            break
        if w in q.words:
            obj.append(w)
    stems_, ordered = phrase_keys(f"{claim_words(claim)} {claim.citation.text}")
    return all(match(w, stems_, ordered) >= 0.6 for w in obj)


def relative_words(q: Question) -> list[str]:
    """The words of a relative clause on a yes/no question's subject ("fired" of "has the officer who fired been
    charged?"): from "who" or "which" to the "been"/"be" that goes on with the question's own verb."""
    spans = [w.lower() for _s, _e, w in token_spans(q.text)]
    start = next((i for i, w in enumerate(spans) if i and w in ("who", "which")), None)
    if start is None:
        return []
    end = next((j for j in range(start + 1, len(spans)) if spans[j] in ("be", "been", "being")), None)
    return [w for w in spans[start + 1:end] if w in q.words] if end is not None else []


def subject_words(q: Question) -> list[str]:
    """The words before a yes/no question's verb when it names no entity: its subject, described ("the officer
    who fired" of "has the officer who fired been charged?"); else none."""
    if q.entities or not q.predicate or q.predicate not in q.words:
        return []
    return q.words[:q.words.index(q.predicate)]


#: How many words right after a claim's verb are read as its own complement ("gave himself up *to police*").
COMPLEMENT_WORDS = 3
_COMPLEMENT_ENDS = re.compile(
    r"[,;:.!?()\"“”]|\b(?:and|but|or|after|before|while|when|because|for|who|which|that)\b", re.IGNORECASE)


def verb_span(claim: ClaimView) -> tuple[int, int] | None:
    """Where the claim's verb stands in its article (``args["predicate_span"]``), or None when it keeps no span."""
    span = claim.args.get("predicate_span")
    return (span[0], span[1]) if isinstance(span, list) and len(span) > 1 else None


def complement(claim: ClaimView) -> str:
    """The few words right after the claim's verb in its sentence, up to a clause break: the verb's own
    prepositional complement, which the claim may not keep as an argument ("to police" of "gave himself up
    to police"); never further ("sentenced to life in prison for the stabbing death" gives "to life in")."""
    span = verb_span(claim)
    if span is None:
        return ""
    text = claim.citation.text[max(0, span[1] - claim.citation.start):]
    cut = _COMPLEMENT_ENDS.search(text)
    words = text[:cut.start() if cut else len(text)].split()
    own = set(tokens(f"{claim_words(claim)} {arg_text(claim.args.get('object_text')) or ''}")) | PARTICLES
    while words and words[0].lower() in own:  # "gave *himself up* to police": the object and the particle
        words.pop(0)
    return " ".join(words[:COMPLEMENT_WORDS])


_NOBODY = re.compile(r"^\s*(no one|nobody|none|nothing|no\b|neither|not a single|not one)\b", re.IGNORECASE)


def nobody(claim: ClaimView) -> bool:
    """A claim whose subject is a negative quantifier ("No one was hurt") says the event did not happen."""
    said = claim.args.get("subject_text") if isinstance(claim.args.get("subject_text"), str) else claim.subject
    return bool(_NOBODY.match(said or claim.subject))


#: Words that negate what follows them in a clause ("did not mean that …", "never said …").
_NEGATION = re.compile(r"\b(?:not|never|no|neither|nor|none|nothing|nobody)\b|n't\b", re.IGNORECASE)


def said_opposite(q: Question, claim: ClaimView) -> bool:
    """A question of what someone said ("did A say B can build dams?") whose speech claim negates it ahead
    of the asked words ("A said the change did not mean B could build dams"): the speaker said the
    opposite, so the claim is a "No", never a "Yes". The negation must come before the first of the
    question's other words in what was said ("said the plant will close, not move" still says it closes),
    and one on both sides ("did A say B would not …?") is agreement."""
    if not q.predicate or stem(q.predicate) not in SPEECH_STEMS or stem(q.predicate) in ANY_SPEECH:
        return False
    if verb_stem(claim) not in SPEECH_STEMS and not claim.quote:
        return False
    said = claim.quote or claim.object or ""
    at = _verb_at(q)
    asked_rest = q.text[at:] if at is not None else q.text
    negation = _NEGATION.search(said)
    if negation is None or _NEGATION.search(asked_rest):
        return False
    rest = {stem(w) for w in q.words if w != q.predicate and w not in FUNCTION_WORDS}
    first = next((s for s, _e, w in token_spans(said) if stem(w.lower()) in rest), None)
    return first is not None and negation.start() < first

