"""Claims: who did what to whom, when, according to whom, and whether it happened.

Each claim is read from the dependency parse of ONE sentence (its evidence is
that sentence's span) by the rules of ``newsgraph.nlp.claimparts``:

- ``predicate``: verb chains ("wants to meet", "expressed interest in
  producing", "took to X to thank" → "thank" on channel X);
- ``arguments``: subject (with control and conjunction), object, purpose,
  reason, channel, place, companions;
- ``attributes``: appositions ("Kim, a reality TV star") as attribute claims;
- ``nominal``: events named by nouns ("no direct communication between A and
  B", "Gypsy's release", "a meeting request from A");
- ``status``: happened, ongoing, planned, requested, desired, possible,
  negated, failed, from the sentence's own words;
- ``scope``: what a clause is said under (a hedge on the verb above it, a
  generic condition, "should" in the doer's own plan, a conjunct's left-out
  modal);
- ``conjoined``: coordinated subjects named whole ("A and B were arrested");
- ``listing``: a flattened bulleted list is not the subject of the clause after it;
- ``timing``: the time expression that governs the predicate;
- ``attribution``: sources and direct quotes;
- ``corefer``: names, short names and pronouns → the article's entities;
- ``settle``: later sentences settling earlier open claims.

A headline (the article's title, or a first line without final punctuation)
reports in the simple present what happened: its non-stative present claims
are **happened**, not ongoing. Questions (a sentence ending in "?") assert
nothing and give no claims. Each
claim records in ``args``: ``predicate_span`` (the content word's offsets) and
``chain`` (every word of the predicate chain with its offsets and the status
that word alone has: "wants to meet" → want ongoing, meet desired), which the
MEANTIME event evaluation matches against gold event mentions.
"""

from __future__ import annotations

import logging
import os
import re
from datetime import date

from spacy.tokens import Doc, Token

from ..models import Article, Claim, ClaimSource, ClaimTime, Entity, Sentence, Span, TimeExpr
from .claimparts import lexicon as lx
from .claimparts.arguments import (
    agent_object,
    cleft_focus,
    collect_args,
    dating_participle,
    defining_clause,
    noun_agent,
    object_token,
    PREVENTING_VERBS,
    RESULT_PREPS,
    clause_marks,
    required_complement,
    restricting_clause,
    subject_token,
)
from .claimparts.attribution import (
    Quote,
    attributed_to,
    find_quotes,
    evidence_words,
    governing_speech,
    in_quote,
    is_speech,
    misread_aside,
    quote_speaker,
    root_speech,
    speaker_of,
    sentence_attribution,
    speech_speaker,
)
from .claimparts.conjoined import (
    adjacent_subject,
    all_participants,
    conjunction,
    conjuncts,
    join_names,
    next_clause_subjects,
)
from .claimparts.confidence import FIRST_PERSON, Reading, assess, bind_first_person, furniture, third_person
from .claimparts.corefer import POSSESSIVE, Resolver
from .claimparts.garble import trim_quotes
from .claimparts.listing import list_item_subject
from .claimparts.nominal import NounEvent, absence, dated, existence, participants, possessed, verb_of
from .claimparts.referring import described_as, sentence_references
from .claimparts.predicate import Frame, build_chain, contrast, is_clause_head, predicate_text, word_text
from .claimparts.scope import (counterfactual, duty_modal, gapped_conjunct, generic_condition, hedge_status,
                               hypothetical_past, would_have)
from .claimparts.settle import settle, settle_in_sentence
from .claimparts.status import (abstract_gerund, able, accused_act, adjective_infinitive, asked_through, chain_status,
                                contrasted_negation, goes_on, infinitive, inside_denied, mandative, judged_infinitive,
                                negated, negated_condition, negation_lent_to_gerund, not_yet, partly_negated,
                                tense_status)
from .claimparts.compound import noun_compound_verb
from .claimparts.timing import anaphoric_time, attach_times, claim_time, time_bound, time_for
from .claimparts.transcript import in_label, label_entity, speaker_turns
from .claimparts.view import (ParsedDoc, SentenceView, bracketed_label, detached_appos, listed_appos, plural_beside_one,
                             title_of_next_name)
from .timex.calendar import parse_anchor

logger = logging.getLogger(__name__)

#: At most this many claims from one sentence (the first ones in sentence order).
MAX_CLAIMS_PER_SENTENCE = 14

#: Adverbs that are a copula's whole predicate ("sales are up", "the strike is over", "she is back").
_COPULA_ADVERBS = frozenset({"up", "down", "back", "out", "over", "off", "on", "away", "home", "in",
                             "abroad", "ahead", "behind", "around", "through", "underway", "together"})
#: Verbs of being in a state whose complement may be a bare phrase ("remains at large", "stayed at home").
_STATE_VERBS = frozenset({"remain", "stay", "become", "seem", "appear"})
#: Entity types that can do things (an award, a film or a law does not "add" or "watch").
_AGENT_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
#: Bare words after a verb that belong to it ("fell through", "called off"), parsed as particles or not.
_PARTICLES = frozenset({"through", "off", "down", "ahead", "about", "out", "up", "apart", "away"})
#: Verbs whose object may be a stretch of time ("served eight years", "spent a decade").
_DURATION_VERBS = frozenset({"serve", "spend", "last", "wait", "take"})
_TIME_UNITS = frozenset({"year", "month", "week", "day", "decade", "hour", "minute", "century"})
_OCCUR_SIMPLE = frozenset({"happen", "occur", "materialize", "materialise", "transpire", "proceed",
                           "collapse", "fail", "stall", "resume", "unfold", "succeed"})
_OCCUR_PARTICLE = {"take": "place", "go": "ahead", "fall": "through", "come": "about"}
_NOT_YET = frozenset({"yet", "still", "so far"})
#: Verbs of occurring that a person or a body may also do ("she collapsed", "the firm failed").
_AGENT_OCCUR = frozenset({"collapse", "fail", "succeed", "resume", "proceed", "stall"})
#: Verbs before which "it" may be an expletive ("it is likely that", "it seems that").
_RAISING = frozenset({"be", "seem", "appear", "become", "remain", "look", "sound", "feel", "matter",
                      "help", "hurt", "make", "take", "rain", "snow"})


#: Words whose capital at the start of a sentence is not part of a phrase taken from there.
_LOWER_FIRST = frozenset({"the", "a", "an", "her", "his", "its", "their", "our", "my", "your", "this", "that",
                          "these", "those", "some", "many", "several", "both", "each", "every", "all", "no"})


def _sentence_case(claim: Claim) -> None:
    """An object taken from the start of its sentence loses the sentence's capital ("Her husband, X, …"
    → "X is her husband"); names keep theirs."""
    obj = claim.object
    if not obj or claim.object_entity or claim.kind == "quote" or not claim.evidence.text.startswith(obj):
        return
    first, _, rest = obj.partition(" ")
    if first.lower() in _LOWER_FIRST and first[:1].isupper():
        claim.object = " ".join(p for p in (first.lower(), rest) if p)


#: Verbs whose complement is only made possible ("allow X to V", "let X V", "enable X to V").
_PERMISSION_VERBS = frozenset({"allow", "permit", "enable", "let"})


#: Verbs of deciding and committing: once done, what they commit to is the plan ("before deciding to marry").
_COMMIT_VERBS = frozenset({"decide", "plan", "agree", "promise", "vow", "pledge", "intend", "resolve", "arrange",
                           "commit", "choose", "elect", "opt"})
#: Verbs of telling whose object is who heard it ("told the Courier", "informed the board").
_TELL_VERBS = frozenset({"tell", "inform", "notify", "assure", "brief", "remind"})
#: Nouns of a held thought whose clause says what is held ("has hopes that …", "had doubts that …").
_HELD_CONTENT = frozenset({"hope", "fear", "doubt", "concern", "belief", "suspicion", "worry", "expectation",
                           "confidence", "feeling", "sense", "impression", "idea", "wish"})
#: Verbs of beginning, trying and seeming that say nothing without what follows them ("she started
#: by …", "the voters appeared reluctant", "they tried to …" cut short).
_ASPECT_VERBS = frozenset({"start", "begin", "try", "attempt", "appear", "seem", "continue", "keep", "stop",
                           "finish", "manage", "proceed", "tend", "resume", "cease"})
#: Words of a caption in parentheses: "Lee (pictured) …", "(left)", "(above)".
_CAPTION_WORDS = frozenset({"pictured", "shown", "left", "right", "above", "below", "center", "centre", "inset",
                            "file"})


def _credit_word(view: SentenceView, token: Token) -> bool:
    """A caption word standing alone in parentheses ("(pictured)")."""
    words = view.doc.words
    i = token.i
    return token.lower_ in _CAPTION_WORDS and view.lo < i < view.hi - 1 \
        and words[i - 1].text == "(" and words[i + 1].text == ")"


#: Quantifiers that "not" turns into "some are not" ("not all", "not every", "not everyone").
_WHOLE = frozenset({"all", "every", "each", "both", "everyone", "everybody", "everything", "many", "much"})


def _not_all(view: SentenceView, subj: Token) -> bool:
    """A subject with "not" on a whole-group quantifier: "not all voters", "not everyone"."""
    quantifiers = [d for d in view.children(subj, "det", "predet", "amod") if d.lower_ in _WHOLE]
    if subj.lower_ in _WHOLE:
        quantifiers.append(subj)
    negs = [c for q in (subj, *quantifiers) for c in view.children(q, "neg")]
    return bool(quantifiers) and any(c.i < subj.i for c in negs)


def gov_has_object(view: SentenceView, verb: Token) -> bool:
    """"offers funding [to search for …]": an infinitive after its governor's object, when the governor
    does not make the object its doer, is an aim ("used her time to urge …")."""
    gov = view.head(verb)
    if gov is None or gov.pos_ != "VERB":
        return False
    obj = view.child(gov, "dobj")
    return obj is not None and obj.i < verb.i and gov.lemma_.lower() not in lx.OBJECT_CONTROL | {"use"} \
        and obj.lemma_.lower() not in lx.CUE_NOUNS


def _small_clause_conjunct(view: SentenceView, verb: Token) -> bool:
    """"having her head shaved and being pushed around": a conjunct of a participle whose subject is
    a small clause's ("her head"), which the conjunct need not share."""
    first = view.head(verb) if verb.dep_ == "conj" else None
    return first is not None and first.tag_ == "VBN" and first.dep_ in ("ccomp", "xcomp", "oprd") \
        and view.child(first, "nsubj", "nsubjpass") is not None \
        and not any(c.dep_ in ("aux", "auxpass") for c in view.dependents(first))


def _examples_with_clauses(view: SentenceView, obj: Token) -> frozenset[int]:
    """An object's "including …" aside whose example carries a clause of its own ("involved men's
    basketball, including a booster allegedly giving cash …"): said without its clause the example
    reads as part of what was involved, so the aside goes, and the object is what the verb took."""
    out: set[int] = set()
    for c in view.children(obj, "prep"):
        if c.lower_ in ("including", "like") and any(
                view.children(p, "acl", "relcl") for p in view.children(c, "pobj")):
            out.add(c.i)
    return frozenset(out)


#: Verbs of saying, thinking and attribution: a noun right after one is its clause's subject, not cut off.
_SAYING_VERBS = lx.SPEECH_VERBS | lx.THOUGHT_VERBS | lx.ATTRIBUTION_VERBS


def _stray_clause(view: SentenceView, outer: Token) -> bool:
    """A finite clause hung on a sentence that the parse gave no verb at all ("The charges against Lee
    allege she obtained a loan", with "allege" read as a noun, so "she obtained a loan" becomes a relative
    clause of "charges"). English puts a relative clause without a relative word only where its noun fills a
    gap ("the loan she obtained"); a clause with its own subject and its own object or complement leaves none,
    so the main verb, which says whose word the clause is ("allege", "say"), was lost. What the clause says
    is then not the outlet's statement of fact: kept for search, not shown; so is every clause under it
    ("by hiding its debts")."""
    hops = 0
    while outer is not None and outer.dep_ != "ROOT" and hops < 12:
        if _stray(view, outer):
            return True
        outer, hops = view.head(outer), hops + 1
    return False


def _stray(view: SentenceView, outer: Token) -> bool:
    if outer.dep_ not in ("relcl", "acl") or outer.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    head = view.head(outer)
    if head is None or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN"):
        return False
    kids = view.dependents(outer)
    if any(c.lower_ in _RELATIVE_WORDS or c.tag_ in ("WDT", "WP", "WP$", "WRB") for c in kids):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in kids) \
        and any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd") for c in kids)


def _scheduled(time: ClaimTime | None, published: date | None) -> bool:
    """Whether a verb in the present ("begins", "is leaving") is dated to a day after the article's: English tells
    a timetable in the present ("The trial begins next Monday", "The festival opens on March 20"), so the event is
    planned, not going on. Only a whole day strictly after the publication day counts (the same day, a month or a
    year, or an article with no date leave the present as it is)."""
    if time is None or not time.value or published is None:
        return False
    day = time.value[:10]
    return len(day) == 10 and day[4] == "-" and day[7] == "-" and day[:4].isdigit() and day > published.isoformat()


def _cut_subject(view: SentenceView, subj: Token | None) -> bool:
    """A bare singular noun subject straight after a word that can only have described it ("one armored
    van torched" parsed as "one … armored" and "van torched"): the parse cut the noun phrase, and the
    thing named is only its last word. A verb before it ("said money was short", "have said Lee was")
    ends a clause, unless it is a past form after "with", which takes no finite verb; the singular noun
    here has no words of its own before it. Also a relative "that" read as the subject's determiner straight
    after the noun it stands for ("projects [that impact] endangered wildlife")."""
    if subj is None or subj.i <= view.lo:
        return False
    first = min(x.i for x in view.subtree(subj))
    words = view.doc.words
    if first < subj.i and first > view.lo and words[first].lower_ == "that" \
            and words[first - 1].tag_ in ("NN", "NNS"):
        return True  # "projects that impact endangered wildlife" read as "[that impact] endangered wildlife"
    if subj.tag_ not in ("NN", "NNP") or first < subj.i:
        return False
    before = view.doc.words[subj.i - 1]
    if before.lemma_.lower() in _SAYING_VERBS:
        return False  # ("reports have said Amir was …")
    if before.tag_ == "JJ" or before.tag_ == "VBN" and not any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in view.dependents(before)):
        return before.dep_ not in ("acomp", "oprd", "attr", "conj") and before.head.i != subj.i
    # "with one police armored van torched": "with" takes no finite verb, so the past form is the noun's word
    return before.tag_ == "VBD" and any(c.dep_ == "mark" and c.lower_ in ("with", "without")
                                        for c in view.dependents(before))


def _before_sayer(view: SentenceView, verb: Token) -> bool:
    """"Lee checked into a clinic, dodging arrest, sources told the paper": a participle set before a
    speaker's words that close the sentence, after the reported clause, belongs to what was reported,
    whatever the parse hung it on: its doer is the report's subject, never the speaker."""
    gov = view.head(verb)
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or gov is None or gov.pos_ not in ("VERB", "AUX") \
            or gov.lemma_.lower() not in lx.ATTRIBUTION_VERBS:
        return False
    sayer = view.child(gov, "nsubj")
    if sayer is None or not verb.i < sayer.i < gov.i:
        return False
    # (a participle that opens the sentence is the speaker's own: "When overturning the rule, Lee said …")
    return any(w.tag_ in ("VBD", "VBZ", "VBP") for w in view.doc.words[view.lo:verb.i])


#: Marks that, inside a subject, show it is no plain noun phrase (its own aside, or a quote).
_ASIDE_STOPS = frozenset({",", "``", "''", *lx.QUOTE_PAIRS, *lx.QUOTE_PAIRS.values()})


def _inverted_aside(view: SentenceView) -> tuple[int, int] | None:
    """"The plan, said the minister, is ready": a verb of saying set off by commas between a subject and
    its verb, its speaker after it. The parse reads the plan as the speaker and the minister (or nobody)
    as what is ready. (The offsets of the aside's verb and of the finite verb after the speaker, or None.)"""
    words = view.doc.words
    for verb in words[view.lo + 2:view.hi]:
        if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.lemma_.lower() not in lx.SPEECH_VERBS \
                or words[verb.i - 1].text != ",":
            continue
        subj = next((c for c in view.children(verb, "nsubj") if c.i < verb.i), None)
        if subj is None or any(w.text in _ASIDE_STOPS for w in words[min(view.subtree_ids(subj)):verb.i - 1]):
            continue  # ("Lee, the director, said …": the subject's own commas)
        k = verb.i + 1
        while k < view.hi and words[k].text != "," and words[k].pos_ not in ("VERB", "AUX"):
            k += 1
        if k == verb.i + 1 or k >= view.hi or words[k].text != ",":
            continue  # ("The firm, however, said it would …": the speaker's words follow at once)
        after = next((w for w in words[k + 1:view.hi] if w.pos_ in ("VERB", "AUX")), None)
        if after is not None and after.tag_ in lx.FINITE_TAGS:
            return verb.i, after.i
    return None


_RELATIVE_WORDS = frozenset({"who", "whom", "which", "that", "whose"})


def _ambiguous_relative(view: SentenceView, clause: Token, kind=lambda t: t.ent_type_) -> str | None:
    """"the successor of Lee, who ruled …", "the ruling on Acme, which owns …": a relative clause after
    a noun nested in another noun's phrase may describe either noun, and the parse picked one. The
    role ("subject" or "object") the relative word fills when the clause hangs on the outer noun
    that is not the nearest one, else None."""
    noun = view.head(clause)
    rel = next((c for c in view.dependents(clause) if c.lower_ in _RELATIVE_WORDS and c.i < clause.i), None)
    if noun is None or rel is None:
        return None
    words = view.doc.words
    k = rel.i - 1
    while k > noun.i and (words[k].is_punct or words[k].dep_ in ("det", "amod", "compound", "nummod")):
        k -= 1
    before = words[k]
    if before.i == noun.i:
        # the parse took the nearest noun: it may still be the one nested in another's phrase ("a man
        # with autism who struggled": the man)
        prep = view.head(noun) if noun.dep_ == "pobj" else None
        outer = view.doc.words[prep.i - 1] if prep is not None and prep.i > view.lo else None  # ("man [with]")
        if outer is None or outer.pos_ not in ("NOUN", "PROPN") or _relative_fits(rel, kind(noun)) \
                or outer.lemma_.lower() in _QUANTITY_NOUNS or outer.lower_ in _QUANTITY_NOUNS \
                or outer.dep_ == "pobj" and view.child(outer, "det", "poss") is None:
            return None  # ("a number of errors that …", "in addition to the sum that …": the nearer one)
        before = outer
    elif before.pos_ not in ("NOUN", "PROPN") or before.dep_ not in ("pobj", "appos", "conj") \
            or before.dep_ == "appos" and before.head.i == noun.i \
            or noun.i < before.i and kind(noun) != "" and all(
                kind(words[j]) == kind(noun) for j in range(noun.i, before.i + 1)):
        return None  # "the maker Acme, which": one thing; "'Dead and Dearest,' which": one title
    elif rel.lower_ in ("who", "whom") and (kind(before) not in ("", "PERSON") or view.head(before) is not None
                                            and view.head(before).lower_ in _PLACE_PREPS) \
            or rel.lower_ == "which" and kind(before) == "PERSON":
        return None  # "a professor from the university who …": a university is not a "who"
    return "subject" if rel.dep_ in ("nsubj", "nsubjpass") else "object" if rel.dep_ == "dobj" else None


#: Adjectives that judge an event rather than describe a thing ("…, which is unusual").
_JUDGING = frozenset({"unusual", "rare", "unprecedented", "remarkable", "ironic", "notable", "odd", "strange",
                      "significant", "fitting", "welcome", "unfortunate", "fortunate", "understandable"})


def _comment_on_clause(view: SentenceView, clause: Token) -> bool:
    """"…, and two players were limited in practice, which is encouraging": a "which" after a comma that
    closes a clause, said to be a judgement of an event ("encouraging", "surprising", "unusual"), most
    often judges the whole clause, not the noun the parse hung it on (the practice, the stadium). Not a
    "which" after a subject ("the film, which is disappointing, opened")."""
    noun = view.head(clause)
    rel = next((c for c in view.children(clause, "nsubj") if c.lower_ == "which"), None)
    if noun is None or rel is None or noun.dep_ not in ("dobj", "pobj") or clause.lemma_ != "be" \
            or rel.i - 1 < view.lo or view.doc.words[rel.i - 1].text != ",":
        return False
    return any(a.lower_.endswith("ing") and a.tag_ in ("JJ", "VBG") or a.lower_ in _JUDGING
               for a in view.children(clause, "acomp"))


#: Nouns that measure the noun after "of" ("a number of errors"): a relative clause after it is the latter's.
_QUANTITY_NOUNS = frozenset({"number", "half", "lot", "lots", "couple", "series", "total", "handful", "majority",
                             "minority", "dozen", "dozens", "hundreds", "thousands", "millions", "part",
                             "rest", "set", "range", "variety", "amount", "pair", "kind", "sort", "type"})


#: Prepositions whose object is a place ("people in the parish who …": the people, never the parish).
_PLACE_PREPS = frozenset({"in", "at", "near", "across", "throughout", "inside", "outside"})


def _relative_fits(rel: Token, kind: str) -> bool:
    """A named noun the relative word can only mean: "who" after a person's name, "which" after
    an organisation's or a place's."""
    if rel.lower_ in ("who", "whom"):
        return kind == "PERSON"
    return bool(kind) and kind != "PERSON" and rel.lower_ == "which"


def _sentence_start(view: SentenceView, first: int, text: str) -> str:
    """A reported clause that opened its sentence ("With the odds so long, it is …, she said") said
    after "said": its first word loses the sentence's capital unless it is a name or "I"."""
    words = view.doc.words
    k = first
    while k > view.lo and words[k - 1].is_punct:
        k -= 1
    word = words[first]
    if k != view.lo or word.tag_ in ("NNP", "NNPS") or word.text == "I" or not text[:1].isupper() \
            or word.text.isupper() and len(word.text) > 1:
        return text
    return text[:1].lower() + text[1:]


def _own_possessive(c: Claim) -> None:
    """A possessive that names the claim's own subject goes back to the article's pronoun: "Ann Lee scored
    her third goal" is English, "Ann Lee scored Ann Lee's third goal" is not (the pronoun was named so
    that a phrase read alone says whose it is; beside its own subject it need not). So does one that names
    the owner of a possessed subject ("Lee's brother plunged to his death", never "to Lee's death")."""
    raw = c.args.get("object_text")
    if c.subject_entity:
        named = f"{c.subject}'s "
    elif "'s " in c.subject:
        # "his brother plunged to his death": the second "his" is the brother's as likely as the first one's
        # owner; the pronoun as written, never "Lee's brother plunged to Lee's death"
        named = c.subject.split("'s ", 1)[0] + "'s "
    else:
        return
    if not c.object or not isinstance(raw, str) or named not in c.object:
        return
    pronoun = next((w.lower() for w in re.findall(r"[A-Za-z]+", raw) if w.lower() in POSSESSIVE), None)
    if pronoun is not None:
        c.object = c.object.replace(named, pronoun + " ", 1)


def _reduced(view: SentenceView, frame: Frame, first: Token) -> bool:
    """A past participle that modifies a noun with no auxiliary ("the smugglers arrested on Monday",
    "with 155 planes ordered"): a passive relative clause with its "who were" left out."""
    outer = frame.outer
    absolute = outer.dep_ == "advcl" and any(c.lower_ == "with" for c in view.children(outer, "mark")) \
        and view.child(outer, "nsubj", "nsubjpass") is not None
    return first.tag_ == "VBN" and first.i == outer.i and (outer.dep_ == "acl" or absolute) \
        and not any(c.dep_ in ("aux", "auxpass", "dobj") for t in frame.chain for c in view.dependents(t))


#: Past tenses that are never a past participle ("rose", not "risen"): such a verb is its subject's own.
_PAST_ONLY = frozenset({
    "rose", "fell", "went", "took", "gave", "came", "saw", "ate", "drove", "wrote", "spoke", "broke", "chose",
    "began", "ran", "grew", "knew", "threw", "flew", "drew", "sang", "swam", "rode", "stole", "froze", "forgot",
    "shook", "wore", "tore", "swore", "woke", "was", "were", "did", "became", "arose", "forbade", "forgave",
    "hid", "bit", "sank", "shrank", "sprang", "strove", "struck", "withdrew", "overtook", "undertook"})


#: Verbs whose subject is a fact or an event: what a clause shows, means or reflects.
#: ("marking its first move": a step its doer takes, so "mark" is not one.)
_SIGNIFYING = frozenset({"indicate", "signal", "suggest", "reflect", "mean", "underscore", "highlight",
                         "illustrate", "represent"})


def _signifying_participle(view: SentenceView, verb: Token) -> bool:
    """A participle clause after its clause that says what that clause shows or means ("Kellogg suspended
    work on a plant, indicating a pessimistic outlook", "the loss widened, reflecting write-downs"): its
    subject is the whole event, not the doer the parse lends it ("Kellogg indicated a pessimistic outlook")."""
    gov = view.head(verb)
    return verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and gov is not None \
        and gov.i < verb.i and verb.lemma_.lower() in _SIGNIFYING and view.child(verb, "nsubj") is None


def _subject_of_later_verb(view: SentenceView, verb: Token, subj: Token) -> bool:
    """A past form read as its subject's main verb when a later verb with an auxiliary and no subject
    of its own is that subject's ("troops sent to the region had returned", "the shares bought by Acme
    have risen"): ``verb`` is a reduced passive describing the noun, and the parse gave it the noun.
    Not a coordination ("left and had returned") nor a clause with its own conjunction."""
    if verb.tag_ not in ("VBD", "VBN") or verb.lower_ in _PAST_ONLY or view.child(verb, "nsubj") is not subj \
            or subj.lower_ in _RELATIVE_WORDS \
            or view.child(verb, "aux", "auxpass", "dobj", "ccomp", "xcomp", "cc") is not None:
        return False
    clauses = {t.i for c in view.children(verb, "advcl", "ccomp", "conj") for t in view.subtree(c)}
    end = max(t.i for t in view.subtree(verb) if t.i not in clauses)
    up = view.head(verb)
    for later in (*view.children(verb, "advcl", "ccomp", "conj"), *(view.children(up, "ccomp", "advcl", "conj")
                                                                     if up is not None else ())):
        if later.i <= verb.i or later.pos_ not in ("VERB", "AUX") or later.i - end > 3:
            continue
        if view.child(later, "nsubj", "nsubjpass", "mark", "cc") is not None \
                or view.doc.words[later.i - 1].dep_ == "cc" or any(
                    view.doc.words[i].dep_ in ("cc", "mark") or view.doc.words[i].text in (",", ";")
                    for i in range(end + 1, later.i)):
            continue
        if any(c.dep_ == "aux" and c.lemma_.lower() in ("have", "will", "be", "do") for c in view.children(later)):
            return True
    return False


def _told_as_event(view: SentenceView, outer: Token, times: set[int]) -> bool:
    """Whether a reduced passive (``_reduced``) tells an event that can be said as "X was <done>":
    told with who did it or when ("attended by …", "arrested on Monday"), of a particular thing ("the
    church", "two men"), not set off by a comma, nor the setting of another event ("in a memoir
    published in 2006, she wrote …": what she wrote is the claim). A bare participle after its noun is
    most often an adjective ("the parties concerned"), one with only a place or a manner a description
    ("a vehicle described on radio reports"), one after a comma an aside ("the court, located in …")."""
    said_more = any(c.dep_ == "agent" or c.i in times for c in view.dependents(outer)) or any(
        p.dep_ == "prep" and any(w.i in times for w in view.dependents(p)) for p in view.dependents(outer))
    noun = view.head(outer) if outer.dep_ == "acl" else view.child(outer, "nsubj", "nsubjpass")
    particular = noun is not None and (noun.pos_ == "PROPN" or any(
        c.dep_ in ("poss", "nummod") or c.dep_ == "det" and c.lower_ not in ("any", "some", "no", "all", "every")
        for c in view.dependents(noun)))
    after_comma = outer.i > 0 and view.doc.words[outer.i - 1].text == "," and outer.dep_ == "acl"
    prep = view.head(noun) if noun is not None and noun.dep_ == "pobj" else None
    setting = prep is not None and prep.lower_ in ("in", "at", "during")  # "in a memoir published in 2006, …"
    return said_more and particular and not after_comma and not setting and not _after_relative(view, noun)


def _after_relative(view: SentenceView, noun: Token | None) -> bool:
    """A noun right after a relative word ("the report, which the agency published on Monday, …"): the
    participle is that clause's own verb with the noun its doer, which the parse lost, never a passive
    said of the noun ("the agency was published")."""
    if noun is None:
        return False
    left = min(t.i for t in view.subtree(noun))
    if left - 1 < view.lo:
        return False
    before = view.doc.words[left - 1]
    return before.lower_ in ("which", "whom", "who", "whose") or before.lower_ == "that" and before.dep_ != "mark"


#: Verbs whose active voice names who before its "to" ("allowed Acme to bid"): with nothing between, a
#: headline's passive with its "was" left out ("Acme allowed to bid").
_OBJECT_BEFORE_TO = frozenset({"allow", "permit", "force", "order", "urge", "require", "compel", "authorize",
                               "authorise", "forbid", "persuade", "invite", "encourage", "oblige"})


def _headline_passive(view: SentenceView, verb: Token, subj: Token) -> bool:
    """Whether ``verb`` is a past form of an ``_OBJECT_BEFORE_TO`` verb straight after its subject with its
    "to" infinitive but no object and no auxiliary: a passive written without "was"."""
    if verb.tag_ not in ("VBD", "VBN") or verb.lemma_.lower() not in _OBJECT_BEFORE_TO or subj.i > verb.i:
        return False
    if view.child(verb, "dobj", "dative", "aux", "auxpass", "nsubjpass") is not None:
        return False
    return any(c.dep_ == "xcomp" and c.i > verb.i and (a := view.child(c, "aux")) is not None and a.lower_ == "to"
               and view.child(c, "nsubj") is None for c in view.dependents(verb))


def _was(view: SentenceView, noun: Token) -> str:
    """"was" or "were" for a subject noun: plural by its tag or its conjuncts ("the 15,599th plane" is one)."""
    if any(c.lower_ in ("a", "an", "each", "every", "this", "that") for c in view.children(noun, "det")):
        return "was"
    plural = noun.tag_ in ("NNS", "NNPS") or view.child(noun, "conj") is not None
    return "were" if plural else "was"


#: Adverbs that put an apposition in the past: "Lee, formerly the firm's chief".
_FORMERLY = frozenset({"formerly", "previously", "once", "earlier"})


def _clause_subject(view: SentenceView, appos: Token) -> bool:
    """An "apposition" whose phrase runs straight into a finite verb that is not its own ("…, the man
    their editor dubbed X helped to …"): the noun phrase is that verb's subject, a new clause joined
    by a comma, not a description of the noun before the comma."""
    words = view.doc.words
    left, right = min(x.i for x in view.subtree(appos)), max(x.i for x in view.subtree(appos))
    if right + 1 >= view.hi or left - 1 < view.lo or words[left - 1].text != ",":
        return False
    nxt = words[right + 1]
    if nxt.tag_ in lx.FINITE_TAGS and nxt.pos_ in ("VERB", "AUX") and view.child(nxt, "nsubj", "nsubjpass") is None \
            and not any(a.i == appos.i for a in view.ancestors(nxt)):
        return True
    # the parse hung the main verb inside the "apposition" ("…, the man their editor dubbed X helped"),
    # so the sentence's root is the subordinate clause the comma closed ("while A and B relied on …")
    clause = next((a for a in view.ancestors(appos) if a.pos_ in ("VERB", "AUX")), None)
    return clause is not None and view.head(clause) is None \
        and any(m.lower_ in _SUBORDINATORS for m in view.children(clause, "mark")) \
        and any(x.tag_ in ("VBD", "VBZ", "VBP") and x.i > appos.i for x in view.subtree(appos))


#: Words that open a subordinate clause, which cannot be a sentence's main clause.
_SUBORDINATORS = frozenset({"while", "although", "though", "when", "as", "after", "before", "because", "since",
                            "if", "once", "until", "unless", "whereas"})


#: Verbs of advising: the doer of the gerund they take ("recommended changing the settings") is
#: whoever is advised, not the adviser.
_ADVISING = frozenset({"recommend", "suggest", "advise", "urge", "propose", "encourage", "advocate", "prescribe",
                       "favor", "favour"})


def _advised(view: SentenceView, outer: Token, subj: Token) -> bool:
    """A verb whose doer was borrowed from the subject of a verb of advising, on a path that goes
    down through the gerund that verb takes: "Lee recommended changing the settings to warn users
    before opening files" does not say Lee opens files (nor that anyone will)."""
    owner = view.head(subj) if subj.dep_ in ("nsubj", "nsubjpass") else None
    if owner is None or owner.lemma_.lower() not in _ADVISING:
        return False
    cur = outer
    for _ in range(12):
        up = view.head(cur)
        if up is None:
            return False
        if up.i == owner.i:
            return cur.tag_ == "VBG" or cur.dep_ == "ccomp"
        cur = up
    return False


#: Verbs whose "to"/"about" + gerund is looked ahead to or talked of, not done ("looked forward to
#: meeting", "talked about striking"); others tell what was done ("admitted to taking", "returned to
#: coaching", "bragged about beating").
_AIMING = frozenset({"look", "talk", "think", "speak", "dream", "joke", "fantasize", "fantasise", "worry",
                     "object", "hint", "muse", "warn", "fret", "chat"})


#: Question words that stand for an argument of the clause they open ("what she saw", "which car").
_WH_GAP = frozenset({"what", "which", "who", "whom", "whatever", "whichever"})
#: Where such a word (or the noun it picks: "which car", "how many people") stands in its clause.
_ARGUMENT_DEPS = frozenset({"dobj", "pobj", "attr", "dative", "oprd"})


def _wh_gap(view: SentenceView, outer: Token) -> bool:
    """An indirect question whose question word is its clause's object: "asked what the driver saw",
    "did not say which car she drove", "knew how many people he met". Said without it ("the driver
    saw") the clause is cut. A question of manner, degree or time ("how he escaped", "how fast he
    drove", "how many times it appeared") leaves a clause that still says what happened."""
    if outer.dep_ not in ("ccomp", "xcomp", "csubj", "pcomp", "advcl"):
        return False
    for arg in view.dependents(outer):
        if arg.i >= outer.i or arg.dep_ not in _ARGUMENT_DEPS and arg.dep_ != "prep":
            continue
        noun = view.child(arg, "pobj") if arg.dep_ == "prep" else arg
        if noun is None:
            continue
        if noun.lower_ in _WH_GAP or any(d.lower_ in _WH_GAP for d in view.children(noun, "det")) or any(
                a.lower_ in ("many", "much") and view.child(a, "advmod") is not None
                and view.child(a, "advmod").lower_ == "how" for a in view.children(noun, "amod")):
            return True
    return False


def _gerund_aim(view: SentenceView, outer: Token) -> bool:
    """A gerund a verb looks ahead to or talks about ("looked forward to proving his innocence", "talked
    about striking"): what is hoped for or discussed, never said to have happened."""
    prep = view.head(outer) if outer.dep_ == "pcomp" and outer.tag_ == "VBG" else None
    verb = view.head(prep) if prep is not None and prep.lower_ in ("to", "about", "toward", "towards") else None
    return verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in _AIMING


#: Verbs of preventing that take a "to" infinitive as well as "from" ("forbade them to work").
_FORBID_TO = frozenset({"forbid", "ban", "bar", "prohibit"})


def prevented(view: SentenceView, outer: Token) -> bool:
    """What someone is kept from or forbidden ("barred the reporters from entering the court", "forbade
    them to work", "were banned from bringing flags"): the act is what was stopped, never said to
    happen (nor, the bar being no proof, said not to happen)."""
    first = outer
    while first.dep_ == "conj" and view.head(first) is not None:
        first = view.head(first)  # ("from entering or leaving")
    head = view.head(first)
    if head is None:
        return False
    if first.dep_ in ("xcomp", "ccomp") and head.pos_ == "VERB":
        return head.lemma_.lower() in _FORBID_TO
    if first.dep_ != "pcomp" or head.lower_ != "from" or first.tag_ != "VBG":
        return False
    gov = view.head(head)
    if gov is not None and gov.pos_ in ("NOUN", "PROPN", "PRON") and gov.dep_ in ("dobj", "nsubjpass"):
        gov = view.head(gov)  # "kept [the crowd from leaving]" hung on the object
    return gov is not None and gov.pos_ == "VERB" and gov.lemma_.lower() in PREVENTING_VERBS


def _for_subject(view: SentenceView, clause: Token) -> bool:
    """An infinitive with a "for" subject of its own ("for the coach to resign")."""
    return view.child(clause, "nsubj") is not None \
        and any(m.lower_ == "for" and m.dep_ == "mark" for m in view.dependents(clause)) \
        and any(a.lower_ == "to" and a.dep_ == "aux" for a in view.dependents(clause))


def _for_clauses(view: SentenceView, verb: Token) -> list[Token]:
    """The verb's infinitives with a "for" subject of their own ("called [for the coach to resign]")."""
    return [c for c in view.children(verb, "advcl") if c.i > verb.i and _for_subject(view, c)]


def _for_to(view: SentenceView, outer: Token, gov: Token | None) -> str | None:
    """What an infinitive with its own "for" subject says of its event: "requested" under a word of
    asking ("called for the coach to resign", "calls for the minister to stand down"); "unasserted"
    under a word of need, chance or ease, or a negated one ("no need for a city to consult", "a chance
    for fans to meet", "easier for firms to dump", "prayed for the storm to pass"): what is needed, possible
    or wished, never that it happens
    or is planned; else None (the status the clause's own words give)."""
    if gov is None or not _for_subject(view, outer):
        return None
    word = gov
    if gov.pos_ == "VERB" and outer.dep_ == "advcl":
        noun = view.child(gov, "dobj")  # "prompting calls [for X to …]": the call is the asking word
        word = noun if noun is not None and noun.i < outer.i and noun.lemma_.lower() in lx.REQUEST else gov
    lemma = word.lemma_.lower()
    negated = any(c.dep_ == "neg" or c.dep_ == "det" and c.lower_ == "no" for c in view.dependents(word))
    if lemma in lx.REQUEST and not negated:
        return "requested"
    if negated or word.pos_ == "ADJ" or lemma in _LEEWAY_NOUNS or lemma in _HOPING:
        return "unasserted"  # ("prayed for the storm to pass": wished, and maybe never)
    return None  # ("waiting for borders to open", "the reason for Cisco to sue": read as the verb reads)


#: Verbs of wishing for something to happen ("hoped for the rain to stop", "prayed for …").
_HOPING = frozenset({"hope", "pray", "wish", "long", "yearn"})
#: Verbs a "for X to V" clause completes ("called for the coach to resign", "arranged for the band to
#: play"): said without it they say something else ("fans called").
_FOR_TO_VERBS = frozenset({"arrange", "vote", "campaign", "advocate", "pay", "plead", "push", "press", "lobby"})
#: Nouns of what is needed or possible ("a chance for fans to meet", "room for talks to resume").
_LEEWAY_NOUNS = frozenset({"need", "chance", "opportunity", "room", "possibility", "option", "time", "way",
                           "incentive", "pressure", "necessity", "scope"})


def _quote_fragment(view: SentenceView, quote: Quote, verb: Token) -> bool:
    """A quote that goes on a clause of the reporter's own ("said the witness could not see it clearly
    “from the angle I was at”"): the quoted words are a piece of the reported clause, not what the
    speaker said, so the claim is the clause with its quoted piece, never "X said: “from the angle …”"."""
    words = view.doc.words
    before = quote.tok_lo - 2  # (the word before the opening mark)
    if before < view.lo or quote.tok_lo >= quote.tok_hi:
        return False
    prev, first = words[before], words[quote.tok_lo]
    return not prev.is_punct and prev.i != verb.i and first.text[:1].islower() \
        and prev.lemma_.lower() not in lx.SPEECH_VERBS


def _sayer_pronoun(view: SentenceView, subj: Token, outer: Token) -> bool:
    """A pronoun subject of a reported clause whose sayer is a common noun it agrees with ("the ministry
    said it would …", "officials said they would …"): "it" is most often the sayer itself, so an entity
    found for it that is not the sayer's (the caller checks) is a guess."""
    gov = view.head(outer) if outer.dep_ == "ccomp" else None
    sayer = speaker_of(view, gov) if gov is not None and gov.lemma_.lower() in lx.SPEECH_VERBS else None
    if sayer is None or sayer.pos_ != "NOUN" or subj.pos_ != "PRON":
        return False
    agrees = subj.lower_ == "it" and sayer.tag_ == "NN" or subj.lower_ == "they" and sayer.tag_ == "NNS"
    return agrees


def _from_clausal_subject(view: SentenceView, subj: Token, outer: Token) -> bool:
    """A subject taken from inside a clause that is itself some verb's subject ("[Having a third party
    escort Elian] frees the agency"), for a verb outside that clause: the clause, not a noun in it,
    does what the verb says."""
    for a in (subj, *view.ancestors(subj)):
        if a.dep_ == "csubj":
            return not any(x.i == outer.i for x in view.subtree(a))
    # the parse may read the clause as an opening participle and the noun at its end as the subject:
    # an opening participle is set off by a comma, so "Having X escort Elian frees …" is not one
    if subj.dep_ not in ("nsubj", "nsubjpass"):
        return False
    left = min(x.i for x in view.subtree(subj))
    verb = view.head(subj)
    opener = next((c for c in view.children(verb, "advcl") if c.i == view.lo and c.tag_ == "VBG"), None) \
        if verb is not None else None
    return opener is not None and max(x.i for x in view.subtree(opener)) == left - 1 \
        and view.doc.words[left - 1].text != "," \
        and view.child(opener, "dobj", "ccomp", "xcomp", "dative") is not None  # (not "Running back Reggie Bush")


def _compound_gerund(view: SentenceView, verb: Token, subj: Token) -> bool:
    """"in the American League Most Valuable Player voting": an "-ing" word at the end of a run of
    nouns, parsed as a verb whose subject is the nouns just before it. With no auxiliary and the
    run going on to the left of that "subject", the "-ing" word names an event and the nouns are
    its modifiers: nobody is said to vote."""
    if verb.tag_ in ("VBZ", "VBP") and subj.i == verb.i - 1 and subj.pos_ in ("NOUN", "PROPN") \
            and not any(c.dep_ in ("aux", "auxpass") for c in view.dependents(verb)):
        left = min(x.i for x in view.subtree(subj))
        # "in connection with last year's embassy blasts": a preposition takes a noun phrase, not a
        # clause, and a verb has no possessor
        return verb.dep_ == "pobj" or view.child(verb, "poss") is not None \
            or left > view.lo and view.doc.words[left - 1].lower_ in _PURE_PREPOSITIONS
    if verb.tag_ != "VBG" or subj.i != verb.i - 1 or subj.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in view.dependents(verb)):
        return False
    left = min(x.i for x in view.subtree(subj))
    if left <= view.lo:
        return False
    before = view.doc.words[left - 1]
    if before.pos_ in ("NOUN", "PROPN") and before.dep_ != "poss":
        return True
    # "in the Young Player voting last season": a gerund with nothing of its own after a preposition
    # is a noun ("with the board voting against it" is a clause: "with", and the gerund has an object)
    return before.pos_ == "ADP" and before.lower_ not in ("with", "without") and not any(
        c.dep_ not in ("npadvmod", "punct", "nsubj") and not (c.dep_ == "prep" and any(
            g.ent_type_ in ("DATE", "TIME") for g in view.children(c, "pobj")))
        for c in view.dependents(verb))


#: Prepositions that never open a finite clause (unlike "after", "before", "since", "because").
_PURE_PREPOSITIONS = frozenset({"of", "in", "with", "on", "for", "at", "by", "from", "into", "about", "over", "to",
                                "during", "among", "amid", "between", "against", "near", "under", "through",
                                "across", "toward", "towards", "despite", "without", "onto", "upon"})


def _subjectless_content(view: SentenceView, clause: Token | None) -> bool:
    """A reported finite clause with no subject of its own ("others fear [may be foolhardy]", "the man
    police said [was armed]"): its subject is the noun a relative clause left out, so said alone it is
    no English."""
    if clause is None or view.child(clause, "nsubj", "nsubjpass", "csubj", "csubjpass", "expl") is not None:
        return False
    finite = clause.tag_ in lx.FINITE_TAGS or any(a.tag_ in lx.FINITE_TAGS for a in view.children(clause, "aux", "auxpass"))
    # (only when the verb opens it: "said the United States is …" is whole, the parse lost its subject)
    words = view.doc.words
    first = min((i for i in view.subtree_ids(clause) - clause_marks(view, clause) if words[i].pos_ != "PUNCT"),
                default=clause.i)
    head = view.head(clause)
    # (right after its verb: "fear [may be …]"; words between, "found along a highway belonged", are a
    # participle's, and what the parse reads is another thing)
    return finite and words[first].pos_ in ("VERB", "AUX") and head is not None \
        and all(w.pos_ in ("ADV", "PUNCT") for w in words[head.i + 1:first])


def _cut_complement(view: SentenceView, copula: Token, adj: Token | None, said: str | None) -> Token | None:
    """The clause an adjective after "be" needs, when the object said leaves it out: "the odds are slim
    [that the clubs settle]", "is convinced[, like many,] the match was fixed", "was so upset [he
    fainted]", "was the first [to arrive]". Said without it, "the odds are slim" or "is convinced" says
    nothing the sentence says."""
    if adj is None:
        return None
    words = set((said or "").split())
    # ("was the first [to arrive]": a noun's infinitive too)
    own = [c for c in view.children(adj, "acl", "relcl") if c.i > adj.i and infinitive(view, c)]
    if not (adj.pos_ == "ADJ" or adj.tag_ == "VBN" and adj.dep_ == "acomp"):
        return next((c for c in own if c.text not in words), None)
    own += [c for c in view.children(adj, "ccomp", "xcomp", "advcl") if c.i > adj.i]
    # (on the copula, a clause after the adjective with no word to make it an adverbial: "because …" is one)
    hung = [c for c in view.children(copula, "ccomp", "xcomp", "advcl") if c.i > adj.i
            and not (c.dep_ == "advcl" and (view.child(c, "mark") is not None or view.child(c, "nsubj", "nsubjpass") is None))]
    return next((c for c in (*own, *hung) if c.text not in words), None)


def _far_appos(view: SentenceView, head: Token, appos: Token) -> bool:
    """An appositive set after a clause or participle phrase of its own noun ("Lee, sipping tea outside the
    cafe, the heart of the town"): it may as well describe the nearer noun that phrase ends with, so
    which one it describes is a guess."""
    own = view.subtree_ids(appos)
    words = view.doc.words
    return any(words[k].pos_ in ("VERB", "AUX") and k not in own for k in range(head.i + 1, appos.i))


#: Verbs that take a bare infinitive after their object in the active ("made them wait", "let him go",
#: "saw her leave"): a "to"-infinitive after their object is an aim of the clause, not what they cause.
_BARE_INFINITIVE_VERBS = frozenset({"make", "let", "have", "see", "hear", "watch", "feel", "notice"})


def _no_for_subject(view: SentenceView, outer: Token) -> bool:
    """A "to"-infinitive with a subject of its own but no "for" that no verb of wanting or causing governs:
    "there might be money [to be made]", "making the long trip [to erase any doubt]". English gives a
    "to"-infinitive a subject only after "for" or as the object of such a verb; here the parse made the
    noun before it its doer (the money was not said to be made, the trip erases nothing)."""
    if not infinitive(view, outer) or view.child(outer, "nsubj", "nsubjpass") is None \
            or any(m.lower_ == "for" for m in view.children(outer, "mark")):
        return False
    gov = view.head(outer)
    if gov is None:
        return False
    existential = gov.lemma_.lower() == "be" and view.child(gov, "expl") is not None
    return existential or gov.lemma_.lower() in _BARE_INFINITIVE_VERBS and view.child(gov, "auxpass") is None


def _appositive_object(view: SentenceView, verb: Token, obj: Token) -> bool:
    """An object set after a comma that closes nothing ("worked as a driver in an agency, a position that
    …"): a noun phrase after a verb's other words and a lone comma describes the noun before the comma (an
    appositive the parse hung on the verb); a heavy object after an aside has a comma before the aside
    too ("bought, after a long search, a bakery")."""
    words = view.doc.words
    first = min(view.subtree_ids(obj))
    if obj.i < verb.i or first - 1 <= verb.i or words[first - 1].text != ",":
        return False
    return not any(w.text == "," for w in words[verb.i + 1:first - 1])


def _gerunds_object(view: SentenceView, subj: Token) -> bool:
    """The subject phrase comes right after a gerund that has no object of its own ("where praising the
    mayor can prompt threats", "after meeting the minister said"): it is the gerund's object, and the
    clause's subject is the gerund's act."""
    words = view.doc.words
    k = min(view.subtree_ids(subj)) - 1
    while k >= view.lo and words[k].pos_ == "ADV":
        k -= 1
    if k <= view.lo or words[k].tag_ != "VBG" or words[k].i in view.subtree_ids(subj):
        return False  # (nor a title opening the sentence: "Running back Dan Ortiz will miss …")
    gerund = words[k]
    return view.child(gerund, "dobj", "ccomp", "xcomp", "attr", "acomp", "oprd") is None \
        and view.child(gerund, "aux", "auxpass") is None  # ("is praising the mayor": a verb, not a gerund)


def _aside_on_infinitive(view: SentenceView, outer: Token) -> bool:
    """A participle set off by a comma at a clause's end and hung on an infinitive whose doer is another
    verb's object ("allowed Cubans to hold dollars, triggering a flow of cash"): it tells what the whole
    event led to, not what that object did."""
    gov = view.head(outer)
    return outer.dep_ == "advcl" and outer.tag_ == "VBG" and view.child(outer, "mark") is None \
        and gov is not None and gov.i < outer.i and infinitive(view, gov) and gov.dep_ in ("ccomp", "xcomp") \
        and view.doc.words[min(view.subtree_ids(outer)) - 1].text == "," and (
            view.child(gov, "nsubj", "nsubjpass") is not None  # ("allowed [Cubans] to hold")
            or view.head(gov) is not None and view.child(view.head(gov), "dobj") is not None)  # ("urged Lee to …")


def _adjective_aim(view: SentenceView, frame: Frame) -> bool:
    """An infinitive an adjective takes, in the chain ("is necessary to dispel doubts") or as the claim
    itself, or a conjunct of one ("… and to end speculation"): judged or described, never said to be
    done or planned (``status.judged_infinitive``, ``status.adjective_infinitive``)."""
    first = frame.outer
    while first.dep_ == "conj" and view.head(first) is not None and infinitive(view, first):
        first = view.head(first)
    return any(judged_infinitive(view, t) or adjective_infinitive(view, t) for t in (first, *frame.chain))


def _heads(claim: Claim, subj: Token | None, obj: Token | None) -> None:
    """The offsets of the subject's and object's head words (``args["subject_head"]``, ``"object_head"``):
    where in the sentence each participant is named, for matching against gold participants."""
    for key, tok in (("subject_head", subj), ("object_head", obj)):
        if tok is not None:
            claim.args[key] = [tok.idx, tok.idx + len(tok.text)]


def _disagrees(subj: Token | None, verb: Token | None, *, named: bool = False) -> bool:
    """A verb in "-s" with a plural noun subject ("prices rises"), or a plural verb form with a
    singular name ("Lee describe", also "Lee and Kim face" said of Lee alone), or a bare base form as
    a singular noun's main verb ("a hiker fall"): the parse went wrong, or the claim kept one of two
    subjects."""
    if subj is None or verb is None:
        return False
    if any(c.dep_ == "conj" for c in subj.doc.kids.get(subj.i, ())):
        # (a subject named whole is not "named" here; one kept alone with "were" is one of several)
        return named and (verb.tag_ == "VBP" or verb.lower_ in ("were", "are"))
    if verb.tag_ == "VB" and verb.dep_ == "ROOT" and subj.tag_ in ("NN", "NNP") \
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return True  # "a hiker who watched his friend [fall] …" parsed with "fall" as the hiker's main verb
    plural_verb = verb.tag_ == "VBP" or verb.lower_ == "were" and not _subjunctive(verb)
    return verb.tag_ == "VBZ" and subj.tag_ in ("NNS", "NNPS") and subj.ent_type_ not in _SINGULAR_NAMES \
        or verb.lower_ == "was" and subj.tag_ == "NNS" and not subj.ent_type_ \
        and subj.lemma_.lower() not in _PLURAL_FORM_SINGULARS and not _collective(subj) \
        or verb.tag_ == "VBP" and subj.tag_ == "NNP" \
        or plural_verb and subj.tag_ in ("NN", "NNP") and not subj.lower_.endswith("s") and not _collective(subj) \
        and not _that_clause(verb)


def _that_clause(verb: Token) -> bool:
    """A clause opened by "that" or hung on a noun ("the suggestion that the city sell the stadium"): its
    bare verb may be the subjunctive of a demand, which takes no "-s"."""
    cur = verb.head if verb.dep_ in ("aux", "auxpass") else verb
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in cur.children) or cur.dep_ == "acl" \
        or cur.head.pos_ in ("NOUN", "PROPN") and cur.dep_ in ("ccomp", "acl")


def _subjunctive(verb: Token) -> bool:
    """"if the plan were adopted", "as though the town were empty": "were" of a condition, not a plural."""
    cur = verb.head if verb.dep_ in ("aux", "auxpass", "cop") else verb
    for t in (cur, *cur.children):
        if t.dep_ == "mark" and t.lower_ in ("if", "though", "unless", "whether") \
                or t.lower_ in ("wish", "as"):
            return True
    return cur.dep_ == "advcl" or cur.head.lemma_.lower() == "wish"


def _collective(noun: Token) -> bool:
    """A singular noun that may take a plural verb ("the team have decided", "the public were told"), a
    number word ("a number of firms were", "the rest were"), or a word the tagger may call singular ("the media
    were", "police were"); and any noun with a measure, an "of" phrase or an "and" in its words ("an officer
    and [a] technician were killed", however the parse hung them; a noun with a conjunct ``_disagrees`` has
    answered for before asking)."""
    low = noun.lemma_.lower()
    return low in lx.GROUP_NOUNS or low in _COLLECTIVES or noun.ent_type_ in _SINGULAR_NAMES \
        or any(c.dep_ in ("nummod", "quantmod") or c.lower_ == "of" for c in noun.children) \
        or any(w.lower_ in ("and", "or", "&", "nor") and w.i < noun.i for w in noun.subtree) \
        or not noun.text.isalpha()


#: Singular nouns that British and much other news writing pairs with a plural verb, and number words.
_COLLECTIVES = frozenset("""
team government council committee board staff crew squad club side band group company firm management
public audience crowd jury panel union party cabinet army navy majority minority number lot couple
family media press data rest remainder total half percent per cent bulk variety range series kind sort
type dozen score pair trio quartet police personnel clergy cattle youth brass faculty class
congress parliament senate house assembly ministry department agency administration
""".split())
#: Nouns ending in "s" that take a singular verb ("the news was", "physics was").
_PLURAL_FORM_SINGULARS = frozenset({"news", "series", "species", "means", "physics", "economics", "politics",
                                    "mathematics", "athletics", "headquarters", "measles", "diabetes"})


#: Kinds of name that take a singular verb however plural their last word ("Acme Holdings expects",
#: "General Motors says", "the Philippines says"); a people ("Democrats") does not.
_SINGULAR_NAMES = frozenset({"ORG", "GPE", "FAC", "LOC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})


_FINAL_PUNCT = frozenset(".!?:;\"'\u201d\u2019)")


def _headline_past(claim: Claim) -> None:
    """A headline's simple present reports a past event ("Acme wins order"): happened, not
    ongoing. A state verb ("Acme owns …") still holds now and stays ongoing."""
    if claim.status == "ongoing" and claim.lemma not in lx.STATIVE:
        claim.status = "happened"
    for w in claim.args.get("chain") or ():
        if w.get("status") == "ongoing" and w.get("lemma") not in lx.STATIVE:
            w["status"] = "happened"


def read_claims(doc: Doc, article: Article, *, sentences: list[Sentence], entities: list[Entity],
                times: list[TimeExpr]) -> list[Claim]:
    """Claims of one article, sentence by sentence, then settled across sentences."""
    reader = _ArticleReader(doc, article, entities, times)
    try:
        for sentence in sentences:
            try:
                reader.read_sentence(sentence)
            except Exception as exc:  # (a parse no rule foresaw: the sentence's claims are lost, not the article)
                if os.environ.get("NEWSGRAPH_STRICT") == "1":
                    raise  # (the test suite sets it: a new fault fails a test instead of hiding in a warning)
                logger.warning("%s: sentence %d (characters %d-%d): the claim reader failed on it (%s: %s); the "
                               "sentence is stored and searchable, without claims", article.origin or article.id,
                               sentence.index + 1, sentence.start, sentence.end, type(exc).__name__, exc)
                logger.debug("the claim reader's fault", exc_info=True)
    finally:
        reader.doc.release()
    for e in entities:
        e.described_as = described_as(e)
    settle(reader.claims)
    return reader.claims


class _ArticleReader:
    def __init__(self, doc: Doc, article: Article, entities: list[Entity], times: list[TimeExpr]) -> None:
        self.doc = ParsedDoc(doc, article.text)  # the parse read once, shared by every sentence and the resolver
        self.resolver = Resolver(self.doc, entities)
        self.turns = speaker_turns(article.text)  # a transcript's "NAME: words" turns, that person's words
        self.resolver.turns = {t: who for t in self.turns if (who := label_entity(t, entities)) is not None}
        for e in entities:
            e.references.clear()  # (what this reading finds: reading an article again finds them again)
        self.times = sorted(times, key=lambda t: t.start)
        self.article = article
        self.outlet = ClaimSource(text=article.source or "the outlet", kind="outlet")
        anchor = parse_anchor(article.published)
        self.published = anchor.day if anchor is not None else None  # what dated nouns are placed against
        self.claims: list[Claim] = []
        self.prev_dated: Claim | None = None  # the previous sentence's dated main claim

    # --- one sentence -----------------------------------------------------------
    def read_sentence(self, sentence: Sentence) -> None:
        view = SentenceView(self.doc, sentence)
        if view.hi <= view.lo:
            return
        for t in view.tokens():
            if t.pos_ == "PRON" or t.tag_ in ("PRP", "PRP$"):
                self.resolver.referent(view, t)
        roots = view.roots()
        main_subject = None
        for r in roots:
            main_subject = view.child(r, "nsubj", "nsubjpass")
            if main_subject is not None:
                break
        stripped = sentence.text.rstrip("\"'\u201d\u2019) ")
        if stripped.endswith("?") or not any(t.pos_ in ("VERB", "AUX", "NOUN", "PROPN") for t in view.tokens()):
            self._close(view, main_subject)
            return
        reading = _SentenceReader(self, view)
        made = reading.read()
        if self._headline(sentence):
            for c in made:
                _headline_past(c)
        self.claims.extend(made)
        dated = next((c for c in made if c.time is not None and c.args.get("main")), None) or next(
            (c for c in made if c.time is not None and "time_from" not in c.args), None)
        self.prev_dated = dated
        self._close(view, main_subject)

    def _close(self, view: SentenceView, main_subject) -> None:
        """The sentence read: its sure references to entities it does not name are kept on them
        (``referring``), and the resolver remembers its referents for the sentences after it."""
        for entity_id, reference in sentence_references(self.resolver, view):
            self.resolver.entities[entity_id].references.append(reference)
        self.resolver.close_sentence(view, main_subject)

    def _headline(self, sentence: Sentence) -> bool:
        """The article's title, or a first line standing alone without final punctuation."""
        text = sentence.text.strip()
        if not text:
            return False
        title = (self.article.title or "").strip()
        if title and text == title:
            return True
        if sentence.index != 0 or text[-1] in _FINAL_PUNCT:
            return False
        after = self.article.text[sentence.end:sentence.end + 2]
        return after == "" or after.lstrip(" \t\r")[:1] in ("\n", "")

    def next_id(self) -> str:
        return f"c{len(self.claims) + 1}"


class _SentenceReader:
    def __init__(self, art: _ArticleReader, view: SentenceView) -> None:
        self.art = art
        self.view = view
        self.resolver = art.resolver
        self.bounds: dict = {}  # token → ("since", time): bounds of a stretch, never a claim's time
        self.attached = attach_times(view, art.times, bounds=self.bounds)
        self.quotes = find_quotes(view)
        self.evidence = Span(view.sentence.start, view.sentence.end, view.sentence.text)
        self.claims: list[Claim] = []
        self.readings: dict[int, Reading] = {}  # id(claim) → what the reader knew of its words
        self.used_nouns: set[int] = set()
        self.failed_plans: set[str] = set()
        self.outer_of: dict[int, Token] = {}
        self.other_chains: set[int] = set()
        self.time_tokens: set[int] = set()
        for tx in art.times:
            if view.sentence.start <= tx.start < view.sentence.end:
                span = view.doc.char_span(tx.start, tx.end, alignment_mode="expand")
                if span is not None:
                    self.time_tokens.update(range(span.start, span.end))

    def new_id(self) -> str:
        return f"c{len(self.art.claims) + len(self.claims) + 1}"

    # --- frames -----------------------------------------------------------------
    def frames(self) -> list[Frame]:
        view = self.view
        depth = {}
        cands: list[Token] = []
        for t in view.tokens():
            if is_clause_head(view, t) or (t.pos_ == "NOUN" and t.lemma_.lower() in lx.CUE_NOUNS):
                cands.append(t)
                depth[t.i] = sum(1 for _ in view.ancestors(t))
        cands.sort(key=lambda t: (depth[t.i], t.i))
        taken: set[int] = set()
        out: list[Frame] = []
        for t in cands:
            if t.i in taken:
                continue
            frame = build_chain(view, t, taken)
            if t.pos_ == "NOUN" and (len(frame.chain) < 2 or frame.head.pos_ != "VERB"):
                continue
            taken.update(x.i for x in frame.chain)
            out.append(frame)
        out.sort(key=lambda f: f.outer.i)
        self.outer_of = {x.i: f.outer for f in out for x in f.chain}
        self.other_chains = {i for i, o in self.outer_of.items() if o.i != i}  # chain words but the outer ones
        return out

    # --- the sentence -------------------------------------------------------------
    def read(self) -> list[Claim]:
        view = self.view
        frames = self.frames()
        speech = [f.outer for f in frames if f.outer.pos_ in ("VERB", "AUX") and is_speech(view, f.outer)
                  and view.child(f.outer, "nsubj") is not None]  # (a quote is its own speaker's verb's, never a
        # participle's: "…, saying: “…”" is said by the main verb's subject, as a clause of its own)
        quote_of: dict[int, Quote] = {}
        for q in self.quotes:
            v = quote_speaker(view, q, speech)
            if v is not None and not _quote_fragment(view, q, v):
                quote_of[v.i] = q
        self.sent_source = sentence_attribution(view)
        self.root_speech = root_speech(view)
        self.attribute_claims()
        for f in frames:
            for t in f.chain:
                self.used_nouns.add(t.i)
            claim = self.verbal_claim(f, quote_of.get(f.outer.i))
            if claim is not None:
                self.claims.append(claim)
        self.nominal_claims()
        # "BO CHAN, HOST: Good evening": the parse of a transcript's label is no claim
        self.claims = [c for c in self.claims if not in_label(c, self.art.turns)]
        self.claims.sort(key=lambda c: c.args.get("predicate_span", [0])[0])
        self.claims = self.claims[:MAX_CLAIMS_PER_SENTENCE]
        base = len(self.art.claims)
        renumber = {}
        for k, c in enumerate(self.claims):
            new = f"c{base + k + 1}"
            renumber[c.id] = new
            c.id = new
        self.failed_plans = {renumber[i] for i in self.failed_plans if i in renumber}
        settle_in_sentence(self.claims, self.failed_plans)
        turn = next((sc for sc in self.resolver.quotes(view) if sc.turn), None)
        for c in self.claims:
            if turn is not None and c.quote is None and c.source is not None and c.source.kind == "quote" \
                    and c.source.entity == turn.speaker:
                c.args["turn"] = True  # the speaker's words in a transcript: "I" is the speaker
            _sentence_case(c)
            _own_possessive(c)
            src = c.source.entity if c.source is not None else None
            speaker = self.resolver.entities.get(src) if src is not None else None
            bind_first_person(c, speaker_type=speaker.type if speaker is not None else None,
                              speaker_name=speaker.name if speaker is not None else None)
            assess(c, self.readings.get(id(c)))
        return self.claims

    # --- pieces -------------------------------------------------------------------
    def _np(self, tok: Token | None, *, drop: frozenset[int] = frozenset()) -> tuple[str, str | None, str]:
        if tok is None:
            return "", None, ""
        return self.resolver.name_phrase(self.view, tok, drop=drop)

    def _conjunct(self, tok: Token, first: str) -> str:
        """A coordinated subject's words: its entity's name, else as written when its possessive names
        the first subject ("INS Orla and its crew", never "INS Orla and INS Orla's crew")."""
        text, entity, raw = self._np(tok, drop=frozenset(x.i for x in conjuncts(self.view, tok)))
        return raw if entity is None and f"{first}'s" in text else text

    def _joined_object(self, obj: Token, o_text: str, o_ent: str | None, drop: frozenset[int]) -> str | None:
        """The object of "be" that names an entity and has names coordinated with it, said with them all
        ("the only healthy pitchers are Ann Lee and Bo Chan"): said of the first name alone, what the
        sentence says the subject is becomes another fact (under "the only", a false one). None when there
        are none. (An event's object keeps its first name, as before: "signed Ann Lee" stays true.)"""
        if o_ent is None:
            return None
        others = [c for c in conjuncts(self.view, obj) if c.i not in drop]
        if not others or not all_participants(self.view, obj, others):
            return None
        return self._joined(obj, o_text, others)

    def _joined(self, tok: Token, text: str, others: list[Token]) -> str | None:
        """``text`` with the names of ``tok``'s coordinated ``others`` joined to it by the sentence's own
        conjunction ("Ann Lee and Bo Chan"). None when two of them read as one name ("she and Lee" as "Lee
        and Lee"): the caller keeps the words as written or the first name alone."""
        named = [text, *(self._conjunct(c, text) for c in others)]
        if len(set(named)) != len(named):
            return None
        return join_names(named, conjunction(self.view, tok, others))

    def _expletive(self, subj: Token, verb: Token) -> bool:
        """"there", and "it" before a raising verb with an extraposed clause ("it is likely that …")."""
        low = subj.lower_
        if subj.dep_ == "expl" or low == "there":
            return True
        if low == "it" and verb.lemma_ == "be" and any(
                c.dep_ == "relcl" and any(w.lower_ in ("that", "who", "which") for w in self.view.dependents(c))
                for a in self.view.children(verb, "attr") for c in self.view.dependents(a)):
            return True  # "it was the third month that …", "it is the board that decides": a cleft
        if low != "it" or verb.lemma_.lower() not in _RAISING:
            return False
        holders = [verb, *self.view.children(verb, "attr", "acomp")]
        for h in holders:
            for c in self.view.dependents(h):
                if c.dep_ in ("ccomp", "xcomp", "csubj") or (c.dep_ == "advcl" and c.i > subj.i and (
                        self.view.child(c, "aux") is not None or self.view.child(c, "mark") is not None)):
                    return True
        return verb.lemma_.lower() in ("rain", "snow", "seem", "appear")

    def _dated_present(self, chain: list[Token]) -> bool:
        """Whether the time is the present verb's own ("begins next Monday", "is flying out on Friday"), not that of a
        verb it governs: "dreads looking at the market tomorrow" dreads now; the looking is tomorrow's."""
        dated = next((t for t in chain if t.i in self.attached), None)
        return dated is not None and tense_status(self.view, dated) == "ongoing"

    def _time(self, tokens: list[Token]) -> tuple[ClaimTime | None, str | None]:
        tx = time_for(tokens, self.attached)
        if tx is not None:
            return claim_time(tx), None
        verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX")]
        anaphor = anaphoric_time(self.view, verbs) if verbs else None
        if anaphor is None:
            return None, None
        prev = self.art.prev_dated
        event = verb_of(anaphor) if anaphor.pos_ == "NOUN" else None
        if event is not None:
            here = self.view.sentence.index
            prev = next((c for c in reversed(self.art.claims)
                         if c.lemma == event and c.time is not None and here - c.sentence <= 3), prev)
        if prev is None or prev.time is None:
            return None, None
        t = prev.time
        return ClaimTime(t.value, t.text, t.start, t.end), prev.id

    def _source(self, frame_token: Token, *, own_speaker: Token | None) -> ClaimSource:
        view = self.view
        if self.sent_source is not None and frame_token.i in view.subtree_ids(self.sent_source):
            return self.art.outlet  # "according to Ann Lee, the firm's treasurer": the writer's word about her
        if own_speaker is not None:
            if self.sent_source is not None and attributed_to(view, frame_token, self.sent_source):
                return self._speaker_source(self.sent_source, "attribution")  # "…, according to X": X reports it
            return self._speaker_source(own_speaker, "attribution")
        gov = governing_speech(view, frame_token)
        q = in_quote(frame_token, self.quotes)
        if gov is not None:
            return self._speaker_source(speaker_of(view, gov), "quote" if q is not None else "attribution")
        if q is not None:
            speakers = [v for v in view.tokens() if v.pos_ == "VERB" and is_speech(view, v) and in_quote(v, self.quotes) is None]
            if speakers:
                return self._speaker_source(speaker_of(view, speakers[0]), "quote")
        scope = self.resolver.scope_of(view, frame_token)
        if scope is not None and scope.speaker is not None:
            # a quote going on from the sentence before: still its speaker's words
            return ClaimSource(text=self.resolver.entities[scope.speaker].name, entity=scope.speaker, kind="quote")
        if self.sent_source is not None:
            return self._speaker_source(self.sent_source, "attribution")
        if self.root_speech is not None and frame_token.i != self.root_speech.i:
            speaker = speaker_of(view, self.root_speech)
            if speaker is not None and frame_token.i in view.subtree_ids(speaker):
                return self.art.outlet  # "said Ann Lee, who works at a salon": the writer's word about the speaker
            return self._speaker_source(speaker, "attribution")
        return self.art.outlet

    def _speaker_source(self, tok: Token | None, kind: str) -> ClaimSource:
        if tok is None:
            return self.art.outlet
        text, entity, raw = self._np(tok)
        if entity is not None and self.resolver.doubtful(tok):
            return ClaimSource(text=raw, entity=None, kind=kind)  # who "Blanchard" is was a guess: say it as written
        if entity is None and tok.pos_ != "PRON":
            entity = self.resolver.entity_in(self.view, tok)
            text = raw
        return ClaimSource(text=text or raw, entity=entity, kind=kind)

    def _chain_args(self, frame: Frame, status: str) -> list[dict]:
        """Each chain word with its offsets and the status that word alone has.

        The content word has the claim's status; a word before it has the status
        of the chain up to it ("wants" in "wants to meet" is ongoing). A verb of
        failing or refusing is itself an event that happened ("failed" in
        "failed to pass"): it takes its own tense.
        """
        out = []
        n = len(frame.chain)
        for k, t in enumerate(frame.chain):
            lemma = t.lemma_.lower()
            if t.pos_ in ("VERB", "AUX") and (lemma in lx.FAIL_VERBS or lemma in lx.NEGATING_VERBS
                                              or lemma in lx.FAIL_PHRASAL) and status in ("failed", "negated") \
                    and not any(c.dep_ == "neg" for c in self.view.dependents(t)):
                st = tense_status(self.view, t)
            elif k == n - 1 or t.i == frame.head.i:
                st = status
            else:
                st = chain_status(self.view, frame.chain[:k + 1])
            out.append({"start": t.idx, "end": t.idx + len(t.text), "lemma": lemma, "status": st})
        links = {t.i for t in frame.chain}
        for t in frame.pred_tokens:  # "pleaded guilty", "came pre-loaded": the adjective is part of the event
            if t.i not in links and t.pos_ == "ADJ" and t.dep_ in ("acomp", "oprd"):
                out.append({"start": t.idx, "end": t.idx + len(t.text), "lemma": t.lemma_.lower(), "status": status})
        return out

    # --- verbal claims --------------------------------------------------------------
    def verbal_claim(self, frame: Frame, quote: Quote | None) -> Claim | None:
        view = self.view
        outer, head = frame.outer, frame.head
        if outer.pos_ == "NOUN":
            subj, inherited = noun_agent(view, outer), True
        else:
            subj, inherited = subject_token(view, outer, outer_of=self.outer_of)
            if subj is not None and not inherited:
                subj = adjacent_subject(view, outer, subj)  # "[Harbor Police] Capt. Ann Lee … were killed"
        verbs = frame.verbs
        for t in verbs:
            if view.child(t, "expl") is not None:
                return None  # "there has been no …": read as a nominal event
        if subj is not None and self._expletive(subj, outer):
            return None
        if subj is not None and _dashed_aside(view, subj, view.head(subj) or outer):
            return None  # "According to X - an account confirmed by Y - he and Y worked": the aside is no doer
        if subj is not None and not inherited and _compound_gerund(view, outer, subj):
            return None  # "third in the League Player voting": a noun's modifier, not who voted
        expletive = subj is not None and subj.lower_ == "it" and subj.dep_ == "nsubjpass" \
            and view.child(outer, "ccomp", "csubj") is not None  # "it is expected that …": nobody is
        if _credit_word(view, outer):
            return None  # "Lee (pictured) …": a caption's word, not an event
        subj_ids = view.subtree_ids(subj) if subj is not None and not inherited else frozenset()
        occurrence = self._occurrence(frame, subj)
        skip = subj_ids | self.time_tokens
        obj, obj_prep = object_token(view, frame, skip=skip)
        if occurrence is not None and obj is not None and obj.lower_ == _OCCUR_PARTICLE.get(head.lemma_.lower()):
            obj, obj_prep = None, None  # "has taken place": "place" is part of the verb, not what was taken
        if obj is None and head.lemma_.lower() in _DURATION_VERBS:
            obj = self._duration(head, subj_ids)  # (a time expression here: the time served)
        by_agent = obj is None and quote is None and agent_object(view, head, skip=skip)
        if by_agent:
            obj, obj_prep = by_agent  # "was arrested by police": the doer said as the object after "by"
        kind = "event"
        conjoined_object = False
        if head.lemma_ == "be" and len(frame.chain) == 1:
            kind = "attribute"
            frame.kind = "attribute"
            obj, obj_prep = object_token(view, frame, skip=skip)
        if obj_prep is not None:
            outer_prep = view.head(obj_prep) if obj_prep.dep_ == "prep" else None
            extra = {outer_prep} if outer_prep is not None and outer_prep.dep_ == "prep" \
                and view.head(outer_prep) is not None and view.head(outer_prep).i == head.i else set()
            extra |= set(_measure_before(view, head, obj_prep, self.time_tokens))
            frame.pred_tokens = sorted({*frame.pred_tokens, obj_prep, *extra}, key=lambda t: t.i)
        elif obj is None and head.lemma_ == "be":
            adv = next((c for c in view.children(head, "advmod", "prt", "acomp")
                        if c.i > head.i and c.lower_ in _COPULA_ADVERBS), None)
            if adv is not None:  # "is up 12%", "isn't over", "hopes to be back"
                frame.pred_tokens = sorted({*frame.pred_tokens, adv}, key=lambda t: t.i)
        elif obj is None and head.lemma_.lower() in _STATE_VERBS:
            bare = _bare_prep_phrase(view, head)
            if bare:  # "remains at large": the complement is the claim; without it "remains" is no English
                frame.pred_tokens = sorted({*frame.pred_tokens, *bare}, key=lambda t: t.i)
        content = None
        if obj is None and (head.lemma_.lower() in lx.SPEECH_VERBS or head.lemma_.lower() in lx.THOUGHT_VERBS):
            cc = view.child(head, "ccomp")
            if cc is not None:
                marks = clause_marks(view, cc)
                content = _sentence_start(view, view.phrase_bounds(cc, cut=frozenset(), drop=marks)[0],
                                          trim_quotes(view.phrase(cc, cut=frozenset(), drop=marks)[0]))
        if occurrence is None and subj is None and obj is None and content is None and quote is None:
            return None
        if head.lemma_.lower() in _OCCUR_SIMPLE | set(_OCCUR_PARTICLE) and occurrence is None and subj is not None \
                and self._kind(subj) in _AGENT_TYPES and (head.lemma_.lower() in _OCCUR_SIMPLE - _AGENT_OCCUR or any(
                    c.lower_ == _OCCUR_PARTICLE.get(head.lemma_.lower()) for c in view.dependents(head))):
            return None  # "Acme, which took place in 1996": a body does not take place; the parse lost the event
        status = frame.status_hint or chain_status(view, frame.chain)
        if occurrence is not None:
            status = occurrence["status"]
        gap = gapped_conjunct(view, outer) if occurrence is None and not frame.status_hint else None
        if gap is not None:
            status = chain_status(view, [gap])  # "… should be cut and 14 plants [should be] closed"
        status, under_hedge = hedge_status(view, outer, status)
        s_text, s_ent, s_raw = self._np(subj, drop=evidence_words(view, subj) if subj is not None else frozenset())
        co = conjuncts(view, subj) if subj is not None and s_ent is not None and occurrence is None else []
        co = co if all_participants(view, subj, co) else []
        if co and outer.dep_ == "relcl" and getattr(view.head(outer), "i", -1) == subj.i:
            co = [c for c in co if c.i < outer.i]  # "Ann Lee, who was hired in May, and Bo Chan": Lee alone
        if co:  # "Ann Lee and Bo Chan were arrested": every name, never "Ann Lee were arrested"
            s_joined = self._joined(subj, s_text, co)
            s_text = s_joined if s_joined is not None else s_raw  # "she and Lee" as "Lee and Lee": as written
        if subj is not None and not inherited and _not_all(view, subj) and not s_text.lower().startswith("not "):
            return None  # "Not all Cubans believe" as "Cubans believe": false of the group it would name
        if obj is not None:
            # "has no drive, an approach [seen on …]": an appositive of a common noun is its own description
            drop = frozenset(a.i for a in view.children(obj, "appos") if a.pos_ == "NOUN" and a.i > obj.i + 1)
            if obj.tag_ == "VBG":  # "returned to coaching [last year]": the gerund's time is the claim's
                drop |= frozenset(c.i for c in view.dependents(obj) if c.i in self.time_tokens)
            drop |= next_clause_subjects(view, obj)
            drop |= _examples_with_clauses(view, obj)
            o_text, o_ent, o_raw = self._np(obj, drop=drop)
            o_text, o_raw = trim_quotes(o_text), trim_quotes(o_raw)
            joined = self._joined_object(obj, o_text, o_ent, drop) if kind == "attribute" else None
            if joined is not None:
                o_text, conjoined_object = joined, True
            if kind == "attribute" and o_ent is not None and o_ent == s_ent and obj.pos_ == "NOUN":
                o_text, o_ent = o_raw, None  # "X was the first company …": a description of X, not X
        else:
            o_text, o_ent, o_raw = (content, None, content) if content is not None else ("", None, "")
        used = {t.i for t in (subj, obj) if t is not None}
        if obj is not None:
            used |= view.subtree_ids(obj)
        args = collect_args(view, frame, used=used, taken=self.other_chains)
        if obj is not None and o_ent is None and view.runs_into_verb(obj):
            args["swallowed"] = True  # "an aircraft Boeing [currently has …]": the object ends inside a clause
        if "content" in args and content is not None:
            args.pop("content")
        if by_agent:
            args.pop("agent", None)  # (said as the object)
        time, time_from = self._time(frame.chain)
        if status == "ongoing" and _scheduled(time, self.art.published) and self._dated_present(frame.chain):
            status = "planned"  # "The trial begins next Monday", "she is flying out on Friday": a schedule
        if time is None and (bound := time_bound(frame.chain, self.bounds)) is not None:
            args["time_bound"] = bound  # "has lived there since 2008"
        if time_from is not None:
            args["time_from"] = time_from
            prev = next((c for c in self.art.claims if c.id == time_from), None)
            if prev is not None and "channel" in prev.args and "channel" not in args:
                args["channel"] = prev.args["channel"]
        for t in verbs:
            if view.child(t, "auxpass", "nsubjpass") is not None:
                args["voice"] = "passive"
                break
        if inherited and subj is not None:
            args["subject_from"] = "control"
        if co:
            args["conjoined"] = True  # the subject names several ("Ann Lee and Bo Chan"): shown as written
        if conjoined_object:
            args["conjoined_object"] = True  # so does the object ("signed Ann Lee and Bo Chan")
        if s_raw and s_raw != s_text:
            args["subject_text"] = s_raw
        if o_raw and o_raw != o_text:
            args["object_text"] = o_raw
        if view.head(outer) is None:
            args["main"] = True
        reporter = view.head(outer) if outer.dep_ in ("ccomp", "parataxis") else None  # (never an adverbial
        # clause: "while critics accused X, insiders emphasize Y" is the critics' word)
        reporter = speech_speaker(view, reporter) if reporter is not None and reporter.pos_ in ("VERB", "AUX") \
            else None
        own_speaker = speech_speaker(view, outer) if outer.pos_ in ("VERB", "AUX") \
            and (reporter is None or reporter.pos_ == "PRON") else None
        # (a verb of saying that another's words report is theirs to answer for: "“Hart must have written
        # it,” said Ruiz" and "Ruiz said Hart wrote it" are Ruiz's word, never Hart's)
        yet = next((t for t in frame.chain[:-1] if not_yet(view, t)), None)
        if yet is not None:  # "had yet to find a pattern" → "find", negated: "did not find a pattern"
            frame.pred_tokens = [t for t in frame.pred_tokens if t.i > yet.i and not (
                t.dep_ == "aux" and t.lower_ == "to" and t.head.i in {x.i for x in frame.chain})]
        predicate = predicate_text(frame.pred_tokens) or head.text
        lemma = frame.lemma
        if occurrence is not None:
            args.update(occurrence["args"])
            predicate, lemma = occurrence["lemma"], occurrence["lemma"]
            if occurrence["subject"] is not None or occurrence["object"] is not None:
                s_text, s_ent, _ = self._np(occurrence["subject"]) if occurrence["subject"] is not None else (s_text, None, "")
            # "the explosion happened on the highway": what "happened" is said with is a place or a
            # time, never the event's object; only the event noun's own words give one
            o_text, o_ent = (self._np(occurrence["object"])[:2] if occurrence["object"] is not None
                             else ("", None))
        if subj is not None and not inherited and s_ent is not None and subj.lower_ in FIRST_PERSON \
                and frame.pred_tokens and frame.pred_tokens[0].i > subj.i:
            # "I am confident", said by Lee: "Lee is confident"
            predicate = third_person(predicate, frame.pred_tokens[0].tag_)
        claim = Claim(
            id=self.new_id(), subject=s_text, predicate=predicate, object=o_text or None, status=status,
            evidence=self.evidence, sentence=view.sentence.index, subject_entity=s_ent, object_entity=o_ent,
            time=time, source=self._source(outer, own_speaker=own_speaker),
            args=args, lemma=lemma, kind=kind,
        )
        if quote is not None:
            if obj_prep is not None:  # the quote is what was said: "said at [the premiere]" loses its object
                claim.predicate = predicate_text([t for t in frame.pred_tokens if t.i != obj_prep.i]) or head.text
            claim.kind = "quote"
            claim.quote = quote.text
            claim.object, claim.object_entity = quote.text, None
            claim.source = ClaimSource(text=s_text or s_raw, entity=s_ent, kind="quote")
        else:
            q = in_quote(head, self.quotes)
            if q is not None:
                claim.quote = q.text
        claim.args["predicate_span"] = [head.idx, head.idx + len(head.text)]
        claim.args["chain"] = self._chain_args(frame, status)
        if occurrence is not None and occurrence.get("noun") is not None:
            n = occurrence["noun"]
            claim.args["chain"].insert(0, {"start": n.idx, "end": n.idx + len(n.text), "lemma": lemma,
                                           "status": status})
            if status == "failed" and n.lemma_.lower() in lx.PLAN_NOUNS:
                self.failed_plans.add(claim.id)
        if kind == "attribute" and s_ent is not None and obj is not None and obj.pos_ == "NOUN" and obj_prep is None:
            self.resolver.describe(s_ent, obj.lemma_.lower())
        if frame.pred_tokens:
            first = frame.pred_tokens[0]
            claim.args["first_tag"] = first.tag_
            if subj is not None and _headline_passive(view, first, subj) and claim.predicate.split()[0] == first.text:
                # "Acme allowed to bid for contracts": no active "allow" goes on to "to" without its object
                claim.predicate = f"{_was(view, subj)} {claim.predicate}"
                claim.args["voice"] = "passive"
            if _reduced(view, frame, first) and occurrence is None and quote is None and subj is not None \
                    and claim.predicate.split()[0] == first.text:
                if _told_as_event(view, outer, self.time_tokens):
                    # "one of 40 smugglers arrested on Monday": a passive without its "was", said with it
                    claim.predicate = f"{_was(view, subj)} {claim.predicate}"
                    claim.args["first_tag"] = "VBD"
                    claim.args["voice"] = "passive"
                else:
                    claim.args["reduced"] = True  # its words as written are a noun phrase, not a clause
            elif subj is not None and occurrence is None and quote is None and first.i == outer.i \
                    and (_subject_of_later_verb(view, first, subj) or misread_aside(view, first) is subj):
                claim.args["reduced"] = True  # "troops sent there had returned": sent, not sending
                claim.args["first_tag"] = "VBN"  # (a participle the parse took for a past tense)
            governor = view.head(first)
            under_present = first.dep_ == "advcl" and governor is not None and governor.tag_ in ("VBZ", "VBP")
            if first.tag_ == "VBG" and occurrence is None and claim.kind != "quote" and not under_present \
                    and claim.predicate.split()[0] == first.text:
                # (not "is still in prison, serving 10 years": a term under way, never "served 10 years")
                # "thanked Kim for recommending a film": said as a verb, "Kim recommended a film"
                claim.predicate = " ".join([first.lemma_.lower(), *claim.predicate.split()[1:]])
                claim.args["first_tag"] = "VB"
                # (the words as written keep the participle: no clause, ``garble``; offsets, not words, so
                # that the query reads no extra word in the claim's arguments)
                claim.args["gerund_span"] = [first.idx, first.idx + len(first.text)]
                if len(frame.chain) > 1 and first.i == frame.chain[0].i and claim.status == "planned" \
                        and first.lemma_.lower() in _COMMIT_VERBS and len(frame.pred_tokens) > 2:
                    # "before deciding to marry": the deciding happened, the marrying is the plan ("will
                    # marry"), never "will decide to marry"
                    rest = [t for t in frame.pred_tokens[1:] if not (t.lower_ == "to" and t.dep_ == "aux")]
                    claim.predicate = predicate_text(rest) or claim.predicate
        if outer.tag_ == "VBG" and claim.args.get("first_tag") in ("VB", "VBG") and accused_act(view, outer):
            claim.args["past_act"] = True  # "charged with killing": "may have killed", never "may kill"
        if gap is not None and claim.args.get("first_tag") in ("VBN", "VBD"):
            shared = [a for a in view.dependents(gap) if a.dep_ in ("aux", "auxpass") and a.i < gap.i
                      and a.lower_ not in lx.MODAL_STATUS and a.lower_ != "to"]
            if any(a.dep_ == "aux" and a.lower_ in lx.MODAL_STATUS for a in view.dependents(gap)) or not shared \
                    or claim.status not in ("happened", "ongoing", "negated"):  # (a status the words do not say)
                claim.predicate = f"be {claim.predicate}"  # "14 plants [should] be closed", said with its status
                claim.args["first_tag"] = "VB"
            else:  # "profits are combined … and [are] attributed to": the first one's own words and tense
                claim.predicate = " ".join([*(word_text(a) for a in shared), claim.predicate])
                claim.args["first_tag"] = shared[0].tag_
            claim.args["voice"] = "passive"
        if claim.status == "negated" and claim.predicate.split()[0].lower() in ("have", "has") \
                and would_have(view, frame.chain[0]):
            # "would have carried" → "did not carry" ("has": a first person already said in the third, "I
            # would have chosen", said by Lee → "Lee has chosen", never "Lee would not has chosen")
            claim.predicate = " ".join(claim.predicate.split()[1:])
            claim.args["first_tag"] = "VBD"
        modal = next((a for a in view.children(frame.chain[0], "aux") if a.lower_ in lx.MODAL_STATUS), None) \
            if frame.pred_tokens and frame.chain[0].pos_ in ("VERB", "AUX") else None
        if claim.status == "negated" and modal is not None and claim.kind != "quote" \
                and claim.args.get("first_tag") == "VB" and not claim.args.get("render"):
            # "will not attend", "can never be eligible": the modal keeps its time; "did not attend" would not
            claim.predicate = f"{word_text(modal)} {claim.predicate}"
            claim.args["first_tag"] = "MD"
        elif claim.status in ("requested", "possible") and claim.kind != "quote" and not claim.args.get("render") \
                and claim.args.get("first_tag") == "VB" and frame.pred_tokens and frame.chain[0].pos_ in ("VERB", "AUX") \
                and (duty := duty_modal(view, frame.chain[0])) is not None:
            # "banks must report deposits", "the board should approve it", "the city ought not to rush": a duty,
            # a rule or a judgement, said as written (with its "not"), never "banks were asked to report"
            # nor "did not rush"; "must have known": an inference, said so
            said = "ought to" if duty.lower_ == "ought" else word_text(duty)
            if negated(view, frame.chain[0]):
                said = "ought not to" if duty.lower_ == "ought" else f"{said} not"
            claim.predicate = f"{said} {claim.predicate}"
            claim.args["first_tag"] = "MD"
        do = next((a for a in view.children(frame.chain[0], "aux") if a.lemma_.lower() == "do"
                   and a.tag_ in ("VBZ", "VBP")), None) if frame.pred_tokens else None
        if claim.status == "negated" and do is not None and claim.args.get("first_tag") == "VB":
            claim.args["do"] = "does" if do.tag_ == "VBZ" else "do"  # "they don't retire": now, never "did not"
        if outer.pos_ == "NOUN":
            claim.args["noun_phrase"] = True  # "her intention to attend a game": said as a noun phrase
        if occurrence is None:
            _heads(claim, subj, obj if quote is None else None)
        else:
            _heads(claim, occurrence["subject"], occurrence["object"])
        reading = self._reading(subj if occurrence is None else None, obj if occurrence is None else None)
        if subj is not None and _from_clausal_subject(view, subj, outer):
            reading.guessed.add("subject")  # "Having a third party escort Elian frees the agency": not Elian
        if subj is not None and not inherited and s_ent is not None and _sayer_pronoun(view, subj, outer) \
                and self._np(speaker_of(view, view.head(outer)))[1] != s_ent:
            reading.guessed.add("subject")  # "the plan the ministry said it would revise": "it" is the ministry
        if inherited and subj is not None and _advised(view, outer, subj):
            reading.guessed.add("subject")  # "recommended changing settings before running X": who runs X?
        if inherited and outer.dep_ == "conj" and (first := view.head(outer)) is not None \
                and cleft_focus(view, first) is not None:
            reading.guessed.add("subject")  # "it was his direction that critics applauded and [that] brought …"
        if (aside := _inverted_aside(view)) is not None and (outer.i == aside[0] or outer.i >= aside[1] and (
                subj is None or subj.i < aside[1])):
            reading.guessed.add("subject")  # "The plan, said the minister, is ready": the parse swapped the two
        if not inherited and _cut_subject(view, subj):
            reading.guessed.add("subject")  # "one riot police armored van torched" read as "van torched"
        if _stray_clause(view, outer):
            reading.guessed.add("subject")  # "The charges allege she obtained …" with "allege" read as a noun
        if not inherited and list_item_subject(view, subj):
            reading.guessed.add("subject")  # "* Dunmore Mill of Keswick, Ohio Acme's stock fell": a list item
        if obj is not None and occurrence is None and o_ent is None:  # (a name shown alone runs on into nothing)
            words = view.doc.words
            reading.run_on = any(c.i + 1 < view.hi and words[c.i + 1].tag_ in lx.FINITE_TAGS
                                 for c in view.children(obj, "conj"))
        if subj is not None and not inherited and _gerunds_object(view, subj):
            reading.guessed.add("subject")  # "where praising the mayor can prompt threats": not the mayor
        if inherited and _aside_on_infinitive(view, outer):
            reading.guessed.add("subject")  # "allowed Cubans to hold dollars, triggering a flow": not the Cubans
        if obj is not None and obj_prep is None and occurrence is None and _appositive_object(view, head, obj):
            reading.guessed.add("object")  # "worked as a driver in an agency, a position that …": not what he worked
        if _wh_gap(view, outer):
            claim.args["gapped"] = True  # "did not know how fast Kerr was going": "Kerr was going" lacks "how fast"
        if content is not None and outer.dep_ == "relcl" and not any(
                c.lower_ in _RELATIVE_WORDS and c.dep_ in ("nsubj", "nsubjpass") for c in view.dependents(outer)):
            # "a man investigators say she had met", "the plan that the agency said it would revise": what
            # was said lacks the noun (unless the relative word is the sayer: "the aide who said …")
            claim.args["gapped"] = True
        if content is not None and _subjectless_content(view, view.child(head, "ccomp")):
            claim.args["gapped"] = True  # "a move others fear may be foolhardy": what they fear lacks "the move"
        if quote is None and obj is not None and head.lemma_.lower() in lx.SPEECH_VERBS \
                and view.child(head, "ccomp") is not None \
                or head.lemma_.lower() in _TELL_VERBS and obj is not None and (
                    self._agentive(obj) or view.child(head, "ccomp") is not None or any(
                        view.child(x, "aux") is None for x in view.children(head, "xcomp"))):
            claim.args["content"] = True  # "told the paper [they had doubts]": who heard it, and the rest apart
        if head.lemma_ == "have" and obj is not None and obj.lemma_.lower() in _HELD_CONTENT \
                and view.child(obj, "ccomp", "acl") is not None:
            claim.args["content_noun"] = True  # "has hopes that sales will rise": what is hoped is the claim
        if expletive:
            claim.args["expletive"] = True
        if under_hedge:
            claim.args["under_hedge"] = True  # "Kim was asked to leave" read from "allegedly ordered Kim to leave"
        if generic_condition(view, outer):
            claim.args["generic"] = True  # "any time a plant goes to one shift, …": no event
        if claim.status == "possible" and negated_condition(view, frame.chain):
            claim.args["denied_condition"] = True  # "if the city does not build": "may not build", never "may build"
        if claim.status == "possible" and able(view, frame.chain):
            claim.args["modal"] = "can"  # "the jet can fly 9,000 miles": what it is able to do, never "may fly"
        if counterfactual(view, outer):
            claim.args["counterfactual"] = True  # "would have lost their savings": it did not happen
        if hypothetical_past(view, outer):
            claim.args["hypothetical"] = True  # "could erupt if agents tried to …": "may try", never "may have tried"
        if outer.dep_ == "relcl" and obj is not None and obj.i == getattr(view.head(outer), "i", -1) \
                and (own := view.child(outer, "nsubjpass")) is not None and own.lower_ not in _RELATIVE_WORDS:
            reading.guessed.add("object")  # "the deal that the board approved … was signed": no slot for the noun
        if outer.dep_ == "relcl":
            role = _ambiguous_relative(view, outer, self._kind)
            if role is not None:
                reading.guessed.add(role)
            if _comment_on_clause(view, outer):
                reading.guessed.add("subject")  # "…were limited in practice, which is encouraging": what is?
        if kind == "event" and obj is None and content is None and quote is None and occurrence is None \
                and head.lemma_.lower() in _ASPECT_VERBS and subj is not None and self._agentive(subj) \
                and view.child(head, "prt") is None:
            reading.aspect = True  # "the voters appeared [reluctant …]", "she started [by …]": the rest is missing
        reading.disagrees = (not inherited or outer.dep_ == "relcl") and not mandative(view, outer) and _disagrees(
            subj, frame.pred_tokens[0] if frame.pred_tokens else None, named=s_ent is not None and not co)
        if obj is None and content is None and quote is None and occurrence is None and kind == "event" \
                and any(c not in frame.chain and not contrast(view, c) for c in (*view.children(head, "ccomp", "xcomp"), *(
                    _for_clauses(view, head) if head.lemma_.lower() in lx.REQUEST | _COMMIT_VERBS | _FOR_TO_VERBS
                    else ()))):
            # "the project lets [Gypsy narrate …]", "fans called [for the coach to resign]": the verb needs its clause
            claim.args["incomplete"] = True
        extra = self._needed_words(claim, frame, subj if not inherited else None, obj, obj_prep) \
            if quote is None and occurrence is None else []
        cut = _cut_complement(view, head, obj, claim.object) if kind == "attribute" and quote is None else None
        if cut is not None:
            claim.args["cut_complement"] = True  # "the odds are slim [that …]": said only in the article's words
            extra = [*extra, *(t.i for t in view.subtree(cut))]
        reading.clause = None if inherited else self._clause_words(frame, subj, obj, extra=extra)
        comp = claim.args.get("complement")
        if comp and claim.object and o_raw and f"{o_raw} {comp}" in view.text and (
                reading.clause is None or comp.split()[0].lower() in RESULT_PREPS):
            # "an agreement, which barred Apple from using the brand": the object with what it needs
            claim.object = f"{claim.object} {comp}"
        if occurrence is not None and occurrence["subject"] is None:
            # "that plan has quietly fallen through": no one to name, so say it as the article does
            claim.args["first_tag"] = "VB"
            if reading.clause:
                claim.args["render"], claim.args["clause"] = "evidence", reading.clause
            else:
                claim.args["incomplete"] = True
        # "ran next door to call for help", "a house built to fit a wheelchair": an aim, and its doer borrowed
        reading.purpose = inherited and infinitive(view, outer) and (outer.dep_ in ("acl", "relcl", "advcl") or (
            outer.dep_ == "xcomp" and gov_has_object(view, outer))) \
            and not goes_on(view, view.head(outer)) and not asked_through(view, view.head(outer)) \
            or _no_for_subject(view, outer)  # ("went on to win": no aim, what came next)
        # "police found the body" parsed as an adverbial clause of "kept": a finite verb has a subject of its own
        reading.borrowed = inherited and outer.dep_ == "advcl" and outer.tag_ in ("VBD", "VBZ", "VBP") \
            or inherited and _small_clause_conjunct(view, outer) or inherited and _before_sayer(view, outer)
        gov = view.head(outer)
        # "a device that allows users to make calls": a permission says it may happen, not that it does
        reading.permitted = outer.dep_ in ("ccomp", "xcomp") and gov is not None \
            and gov.lemma_.lower() in _PERMISSION_VERBS
        wanted = _for_to(view, outer, gov)
        if wanted == "requested" and claim.status == "planned":
            claim.status = "requested"  # "calls for the minister to stand down": asked for, not planned
            claim.args["chain"][-1]["status"] = "requested"
        reading.permitted = reading.permitted or wanted == "unasserted" or _gerund_aim(view, outer) \
            or judged_infinitive(view, outer) or prevented(view, outer) \
            or _adjective_aim(view, frame)  # "it is impossible for the ferry to sail": judged, not done
        reading.activity = abstract_gerund(view, outer)
        reading.dating = dating_participle(view, outer)  # "for the year ended July 2": a date, no event
        reading.denied = inside_denied(view, outer)
        reading.partly = claim.status == "negated" and (
            any(partly_negated(view, t) or contrasted_negation(view, t) for t in frame.chain)
            or negation_lent_to_gerund(view, outer))
        if inherited and outer.tag_ == "VBG" and subj is not None and subj.pos_ == "NOUN" \
                and not self._agentive(subj):
            reading.purpose = True  # "trouble seeing", "a hard time matching": the noun does not do it
        reading.signified = inherited and _signifying_participle(view, outer)  # "…, indicating a weak outlook"
        reading.compound = noun_compound_verb(view, outer)  # "Bush endangered species rule": no verb
        self.readings[id(claim)] = reading
        return claim

    def _reading(self, *tokens: Token | None) -> Reading:
        """What the words say about how far the claim's participants can be trusted."""
        reading = Reading()
        for role, tok in zip(("subject", "object"), tokens):
            if tok is None:
                continue
            if self.resolver.doubtful(tok) or self.resolver.entity_of(tok) is None and not any(
                    self.resolver.entity_of(a) for a in self.view.children(tok, "appos")) and any(
                    w.tag_ == "PRP$" and self.resolver.doubtful(w) for w in self.view.children(tok, "poss")):
                reading.guessed.add(role)  # (also "her head" when who "her" is was a guess)
            if self.resolver.entity_of(tok) is not None and furniture(self.view, tok):
                reading.furniture = True
        return reading

    def _kind(self, token: Token) -> str:
        """The type of the entity ``token`` names ("PERSON", "ORG", …), or ""."""
        eid = self.resolver.entity_of(token)
        return self.resolver.entities[eid].type if eid is not None else ""

    def _agentive(self, noun: Token) -> bool:
        """A noun that can do things: a name or entity, a pronoun, a group of people ("residents")."""
        eid = self.resolver.entity_of(noun)
        if eid is not None:
            return self.resolver.entities[eid].type in _AGENT_TYPES
        return noun.pos_ == "PRON" or noun.lemma_.lower() in lx.GROUP_NOUNS or noun.ent_type_ in _AGENT_TYPES

    def _needed_words(self, claim: Claim, frame: Frame, subj: Token | None, obj: Token | None,
                      obj_prep: Token | None) -> list[int]:
        """Words the claim's fields leave out but cannot be read without: where a verb of placing put
        its object (``args["complement"]``: "put Lee [on leave]") and the clause a subject or object
        needs (``args["subject_clause"]``, ``"object_clause"``: "knows everything [that …]"). Their
        token indices, for the clause said in the article's words (``garble`` checks the rest)."""
        view = self.view
        found: list[int] = []
        parts: list[tuple[str, Token]] = []
        comp = required_complement(view, frame.head, obj, skip=self.time_tokens)
        if comp is not None and (obj_prep is None or obj_prep.i != comp.i):
            parts.append(("complement", comp))
        own = {t.i for t in frame.chain} | {frame.outer.i}
        for role, tok in (("subject_clause", subj), ("object_clause", obj)):
            clause = defining_clause(view, tok) or (restricting_clause(view, tok)
                                                    if role == "object_clause" and claim.status == "negated" else None)
            if clause is not None and clause.i not in own:
                parts.append((role, clause))
        for key, tok in parts:
            ids = sorted(t.i for t in view.subtree(tok))
            claim.args[key] = view.span_text(ids[0], ids[-1])[0]
            found += ids
        return found

    def _clause_words(self, frame: Frame, subj: Token | None, obj: Token | None, *,
                      extra: list[int] | tuple[()] = ()) -> str | None:
        """The article's words from the subject to the object and any ``extra`` words (at most 30
        words), or None."""
        view = self.view
        if subj is None or not view.inside(subj):
            return None
        lo, hi = view.phrase_bounds(subj)
        idx = [t.i for t in frame.pred_tokens] + [i for i in extra if view.lo <= i < view.hi]
        for t in frame.chain:
            idx += [c.i for c in view.dependents(t) if c.dep_ in ("aux", "auxpass", "neg", "prt", "acomp")
                    or c.dep_ == "dobj" and obj is None
                    or c.i > t.i and c.lower_ in _PARTICLES and not view.dependents(c)]
        if obj is not None and view.inside(obj):
            idx += list(view.phrase_bounds(obj))
        elif obj is None:
            for c in (*view.children(frame.head, "ccomp", "xcomp"), *_for_clauses(view, frame.head)):
                idx += [t.i for t in view.subtree(c)]  # "lets [Gypsy narrate her story]", "called [for X to go]" 
        start = lo
        lo, hi = min(lo, *idx), max(hi, *idx)
        if hi - lo >= 30 or lo != start:
            return None  # too long to read, or not subject first ("people nobody would fight for")
        while hi > lo and (view.doc.words[hi].text in (",", ";", ":") or view.doc.words[hi].text in lx.DASHES):
            hi -= 1  # (a needed phrase's subtree ends at the comma that closes its aside)
        return trim_quotes(view.span_text(lo, hi)[0])

    def _duration(self, head: Token, skip: frozenset[int] | set[int]) -> Token | None:
        """"served about eight years behind bars": the parse may hang the span of time on the
        preposition after it; it is still what was served."""
        view = self.view
        for c in view.dependents(head):
            for t in (c, *view.children(c, "npadvmod")):
                if t.dep_ == "npadvmod" and t.lemma_.lower() in _TIME_UNITS and t.i > head.i and t.i not in skip:
                    return t
        return None

    def _occurrence(self, frame: Frame, subj: Token | None) -> dict | None:
        """"the meeting has not yet materialized": the event is the subject noun."""
        if subj is None or subj.pos_ != "NOUN":
            return None
        head = frame.head
        lemma = head.lemma_.lower()
        ok = lemma in _OCCUR_SIMPLE
        prt = _OCCUR_PARTICLE.get(lemma)
        if prt is not None:
            ok = ok or any(c.lower_ == prt for c in self.view.dependents(head))
        if not ok:
            return None
        verb = verb_of(subj)
        if verb is None:
            return None
        status = chain_status(self.view, frame.chain)
        if status in ("happened", "ongoing") and (lemma in ("collapse", "fail", "stall") or prt == "through"):
            status = "failed"
        args: dict = {"occurrence": predicate_text(frame.pred_tokens), "event_noun": subj.text}
        if status == "negated" and any(c.lower_ in _NOT_YET for c in self.view.dependents(head)):
            args["not_yet"] = True
        ev = NounEvent(noun=subj, lemma=verb, status=status)
        participants(self.view, subj, ev)
        self.used_nouns.add(subj.i)
        return {"status": status, "lemma": verb, "args": args, "subject": ev.subject, "object": ev.object,
                "noun": subj}

    # --- attributes -------------------------------------------------------------------
    def attribute_claims(self) -> None:
        view = self.view
        for t in view.tokens():
            if t.dep_ != "appos":
                continue
            h = view.head(t)
            if h is None:
                continue
            if _clause_subject(view, t):
                continue  # "… on the scandal, the man their editor called X helped …": a new clause's subject
            if detached_appos(view, h, t):
                continue  # "the source for Post reporters Bob Lee …": the reporters' name, not the source's
            if plural_beside_one(h, t):
                continue  # "his sons Ike III, of Jackson, and Fred Jr.": a plural is not what one name is
            if listed_appos(view, t):
                continue  # "publishes the Journal, Barron's magazine, and …": a list's items are not one another
            if bracketed_label(view, t) or title_of_next_name(view, t):
                continue  # "Lee ( knee ), tight end Bo Chan": a list's label, the next name's title
            if _far_appos(view, h, t):
                continue  # "Lee, sipping tea outside the cafe, the heart of the town": the cafe is the heart
            h_ent = self.resolver.entity_of(h)
            t_ent = self.resolver.entity_of(t)
            if h_ent and not t_ent and t.pos_ == "NOUN":
                subj_ent, desc = h_ent, t
                # one appositive is one description: "Bell, the new coach, a former sprinter" is two
                d_text, d_ent, d_raw = self._np(t, drop=frozenset(a.i for a in view.children(t, "appos")))
                if d_ent is not None:
                    d_text = d_raw  # the description as written, never whoever it was last used for
            elif t_ent and not h_ent and h.pos_ == "NOUN" and not self.resolver.place_beside(view, t, t_ent) and not (
                    h.dep_ == "appos" and view.head(h) is not None and self.resolver.entity_of(view.head(h))):
                # (not when the noun already describes a name before it: "Y, the man X met" is Y)
                subj_ent, desc = t_ent, h
                d_text = _with_article(view, h, self._without_appos(h, t))
            else:
                continue
            d_text = self._whose(desc, t if desc is h else None, d_text, subj_ent)
            if d_text is None:
                continue  # "X, his lawyer" with no clear "his": "X is his lawyer" says nothing of whose
            name = self.resolver.entities[subj_ent].name
            # "Lee, formerly Acme's vice president": what Lee was, not is
            past = next((x for x in (*view.children(h, "advmod"), *view.children(t, "advmod"))
                         if x.lower_ in _FORMERLY and min(h.i, t.i) < x.i <= max(h.i, t.i)), None)
            # (not a relative clause's time: "the firm's chief, who left in May" was not chief in May)
            clauses = {y.i for c in view.children(desc, "relcl", "acl") for y in view.subtree(c)}
            dtoks = [x for x in view.subtree(desc) if (x.i not in {y.i for y in view.subtree(t)} or desc is t)
                     and x.i not in clauses]
            tx = time_for(dtoks, self.attached)
            claim = Claim(
                id=self.new_id(), subject=name, predicate="is" if past is None else f"was {past.lower_}",
                object=d_text, status="happened",
                evidence=self.evidence, sentence=view.sentence.index, subject_entity=subj_ent,
                time=claim_time(tx) if tx is not None else None, source=self._source(desc, own_speaker=None),
                args={"predicate_span": [desc.idx, desc.idx + len(desc.text)], "from": "apposition",
                      "chain": []},
                lemma="be", kind="attribute",
            )
            self.claims.append(claim)
            _heads(claim, h if subj_ent == h_ent else t, None)
            self.readings[id(claim)] = self._reading(h if subj_ent == h_ent else t)
            self.used_nouns.add(desc.i)
            self.resolver.describe(subj_ent, desc.lemma_.lower())

    def _whose(self, desc: Token, name: Token | None, text: str, subj_ent: str) -> str | None:
        """The description ``text`` with its possessive pronouns said as whose they are ("its subsidiary"
        → "Acme Corp.'s subsidiary") when the owner is the speaker whose words hold the description
        ("Acme said its unit, Beta Inc., …"), or None when one is not clear or is the named one's own ("Lee,
        his lawyer" is not Lee's lawyer). Any other owner is a guess ("Her husband, X," after "her
        Instagram account" gave "Instagram's husband"; "Kim played her mother, X" is a role's mother):
        the text stays as written.
        ``name``: the name in apposition, whose words are not the description's."""
        view = self.view
        skip = view.subtree_ids(name) if name is not None else frozenset()
        for p in view.children(desc, "poss"):
            if p.i in skip or p.tag_ != "PRP$" or p.lower_ not in POSSESSIVE:
                continue
            ref = self.resolver.referent(view, p)
            if ref is None or ref.entity is None or ref.entity == subj_ent:
                return None
            speech = governing_speech(view, desc)
            speaker = speaker_of(view, speech) if speech is not None else None
            if speaker is None or self.resolver.entity_of(speaker) != ref.entity:
                continue  # not the speaker's own: "X played her mother, Y" (whose role?) is left as written
            person = self.resolver.entities[ref.entity].type == "PERSON"
            if person != (p.lower_ in ("his", "her")) and p.lower_ != "their":
                return None  # "her" taken for a firm, "its" for a person: a wrong guess, not whose
            said = ref.text if ref.text.endswith("'s") else f"{ref.text}'s"
            if said not in text:
                text, n = re.subn(rf"(?i)\b{p.text}\b", said, text, count=1)
                if n == 0:
                    return None
        return text

    def _without_appos(self, head: Token, appos: Token) -> str:
        """The noun's phrase without the name in apposition, nor any other appositive stacked on the
        noun ("a third client, free-agent pitcher, Lee": "a third client")."""
        view = self.view
        left, right = view.phrase_bounds(head, drop=frozenset(a.i for a in view.children(head, "appos")))
        a_lo = min(x.i for x in view.subtree(appos))
        if head.i < a_lo <= right:
            right = a_lo - 1
        while right > left and (view.doc[right].is_punct or view.doc[right].is_space):
            right -= 1
        return view.span_text(left, right)[0]

    # --- nominal events -----------------------------------------------------------------
    def nominal_claims(self) -> None:
        view = self.view
        for t in view.tokens():
            ev: NounEvent | None = None
            if t.dep_ == "expl" and t.lower_ == "there":
                ev = existence(view, t)
            elif t.pos_ == "NOUN" and t.i not in self.used_nouns:
                ev = absence(view, t) or possessed(view, t)
                if ev is not None and ev.subject is not None and ev.subject.i in self.time_tokens:
                    ev = None  # "Thursday's ruling": a date, not who ruled
                if ev is None and (tx := self.attached.get(t.i)) is not None:
                    ev = dated(view, t, tx.value, self.art.published)
                if ev is not None and ev.object is not None and ev.object.i in self.time_tokens:
                    ev.object = None  # "the briefing on Tuesday": when, not what
                if ev is not None and ev.subject is not None and ev.subject.i in self.time_tokens:
                    ev.subject = None
            if ev is None or ev.noun.i in self.used_nouns:
                continue
            claim = self.noun_claim(ev)
            if claim is not None:
                self.used_nouns.add(ev.noun.i)
                self.claims.append(claim)
                _heads(claim, ev.subject, None if ev.reciprocal else ev.object)
                self.readings[id(claim)] = self._reading(ev.subject, None if ev.reciprocal else ev.object)

    def noun_claim(self, ev: NounEvent) -> Claim | None:
        view = self.view
        if ev.reciprocal:
            earlier = next((c for c in reversed([*self.art.claims, *self.claims])
                            if c.lemma == ev.lemma and c.subject), None)
            if earlier is None or ev.subject is None:
                return None
            s_text, s_ent, s_raw = self._np(ev.subject)
            o_text, o_ent = earlier.subject, earlier.subject_entity
            extra = {"reciprocal_of": earlier.id}
        else:
            if ev.subject is None and ev.object is None and not ev.extra.get("dated"):
                return None
            drop = frozenset()
            if ev.subject is not None and ev.object is not None and ev.object.dep_ == "conj" \
                    and ev.object.head.i == ev.subject.i:
                drop = frozenset({ev.object.i, *(c.i for c in view.children(ev.subject, "cc"))})
            s_text, s_ent, s_raw = self._np(ev.subject, drop=drop)
            o_text, o_ent, o_raw = self._np(ev.object)
            extra = {"object_text": o_raw} if o_raw and o_raw != o_text else {}
        if not s_text and not o_text and not ev.extra.get("dated"):
            return None
        noun = ev.noun
        holder = ev.extra.get("event_noun") or noun
        pred = f"{holder.text} {noun.text}" if holder is not noun else noun.text
        time_tokens = [noun, *([ev.cue] if ev.cue is not None else [])]
        if ev.cue is not None and ev.cue.dep_ == "expl":
            time_tokens.append(ev.cue.head)
        time, _time_from = self._time(time_tokens)
        args = {"nominal": True, "predicate_span": [noun.idx, noun.idx + len(noun.text)], **extra}
        if ev.extra.get("presupposed"):
            args["presupposed"] = True
        if ev.passive:
            args["voice"] = "passive"
        if s_raw and s_raw != s_text:
            args["subject_text"] = s_raw
        args["chain"] = [{"start": noun.idx, "end": noun.idx + len(noun.text), "lemma": ev.lemma, "status": ev.status}]
        if holder is not noun:
            args["chain"].insert(0, {"start": holder.idx, "end": holder.idx + len(holder.text), "lemma": ev.lemma,
                                     "status": ev.status})
        return Claim(
            id=self.new_id(), subject=s_text, predicate=pred, object=o_text or None, status=ev.status,
            evidence=self.evidence, sentence=view.sentence.index, subject_entity=s_ent, object_entity=o_ent,
            time=time, source=self._source(noun, own_speaker=None), args=args, lemma=ev.lemma, kind="event",
        )


def _measure_before(view: SentenceView, head: Token, prep: Token, skip: set[int] | frozenset[int]) -> list[Token]:
    """The measure right before a preposition that joins the predicate ("lived [four blocks] from",
    "finished [two seconds] behind"): said without it the preposition means something else ("lived from
    X"). Its words, or none; a time expression (the claim's time) is not a measure here."""
    for t in (*view.children(prep, "npadvmod"), *view.children(head, "npadvmod")):
        words = view.subtree(t)
        if words[-1].i + 1 == prep.i and t.i < prep.i and not any(w.i in skip for w in words) \
                and any(w.dep_ == "nummod" or w.tag_ == "CD" for w in words):
            return words
    return []


def _dashed_aside(view: SentenceView, subj: Token, verb: Token) -> bool:
    """Whether the parse took an aside set off by dashes for the verb's subject ("… committee -- an
    account confirmed by Lee -- he and Lee worked …"): the subject's phrase opens right after a dash,
    after other words of the sentence, and another dash stands between it and its verb."""
    words = view.doc.words
    first = min(t.i for t in view.subtree(subj))
    if first - 1 <= view.lo or words[first - 1].text not in lx.DASHES or not subj.i < verb.i:
        return False
    return any(words[k].text in lx.DASHES for k in range(subj.i + 1, verb.i))


#: Posts a name's description may say without an article ("Lee is Acme spokesman", "… is chief executive").
_POSTS = frozenset({"president", "chairman", "chairwoman", "chairperson", "chair", "ceo", "cfo", "coo", "cto", "head",
                    "leader", "founder", "co-founder", "coach", "captain", "editor", "governor", "mayor", "secretary",
                    "minister", "spokesman", "spokeswoman", "spokesperson", "chief", "director", "manager"})
#: Letters whose name starts with a vowel sound ("an FBI agent", "an MP").
_VOWEL_LETTERS = frozenset("AEFHILMNORSX")


def _with_article(view: SentenceView, noun: Token, text: str) -> str:
    """A description written before a name without an article ("McAfee security expert Rahul Roy") said with
    one after "is" ("is a McAfee security expert"): "is McAfee security expert" is no English. Posts ("Acme
    spokesman"), plurals and descriptions with their own determiner stay as written."""
    words = text.split()
    if not words or noun.tag_ != "NN" or any(d.dep_ in ("det", "poss", "nummod", "predet") for d in view.dependents(noun)) \
            or any(w.lower().strip(".,") in _POSTS for w in words) or words[0].lower() in ("former", "then"):
        return text
    first = words[0]
    if first.isupper() and len(first) > 1:
        vowel = first[0] in _VOWEL_LETTERS
    else:
        low = first.lower()
        vowel = low[:1] in "aeiou" and not low.startswith(("uni", "use", "usu", "eu", "one")) or low.startswith(
            ("hour", "hon"))
    return f"{'an' if vowel else 'a'} {text}"


def _bare_prep_phrase(view: SentenceView, head: Token) -> list[Token]:
    """A preposition after a state verb with no object of its own but a word under it ("at large",
    "at ease", "in full"): the verb's complement, said with it. The parser hangs the word on the
    preposition as a modifier, so the object search finds nothing and "remains" was left bare."""
    for p in view.children(head, "prep"):
        if p.i > head.i and view.child(p, "pobj") is None:
            words = [t for t in view.subtree(p) if t.pos_ != "PUNCT"]
            if 1 < len(words) <= 3 and words[-1].i - words[0].i == len(words) - 1:
                return words
    return []

