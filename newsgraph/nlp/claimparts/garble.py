"""Would a claim, said as "subject predicate object", read as English?

A claim is shown to people as a short clause built from its own fields
(``query.phrases.clause``). When the parse was wrong, that clause can be a
fragment nobody can read ("That plan plans Two weeks", "Neighbors seen X",
"did not declined to comment", "I 'm proud", "X was not"). ``is_garbled``
names the first rule a claim breaks, by rules that hold for any article:

- ``contraction``: a contraction split from its word ("I 'm", "it 's");
- ``participle``: the predicate starts with a bare participle, no auxiliary
  ("seen", "insisting"): not a finite verb (but a perfect participle written
  like the past, "having requested", is said as the past: "requested"); ``reduced`` when it is a passive
  participle after its noun ("155 planes ordered", "members seized"), whose
  words as written are a noun phrase, not a clause either;
- ``bare_verb``: a bare infinitive said as going on ("the footage carry the
  story"): no frame makes it finite;
- ``incomplete``: a verb whose clause went to a claim of its own, with no
  object left ("the project lets"), or a verb that needs its preposition's
  phrase said without it ("the recall resulted");
- ``not_a_verb``: the predicate's first word is not a verb form (a noun or
  adjective read as the verb);
- ``capital``: a capitalised word inside the predicate, or an object that
  starts with a capitalised function word ("Two weeks", "The case"): a word
  from the start of a sentence or a heading, not a name;
- ``dangling``: the predicate is only auxiliaries ("was not", "had") and
  there is no object;
- ``double_negation``: a negative subject ("no meeting") on a negated claim,
  a predicate that says its negation twice, or an object that starts with
  one ("not the teenager");
- ``doubled``: the same word twice in a row in the predicate;
- ``cut_word``: the subject or object ends inside a hyphenated word of the
  sentence ("a non" for "a non-profit"), or the subject is one lower-case
  letter (the "t" of a split "couldn ’ t");
- ``punctuation``: the subject or object ends at a comma or colon, or leaves
  a quotation mark open;
- ``possessive_subject``: the subject is a bare possessive ("Ann's");
- ``furniture``: a subject or object that is page furniture: a path of a web
  address ("uk / news / world", "www.…") or a long bare number (an article id);
  also a clause said in the article's own words that is a piece of a web
  address or written in capitals only (a banner: "POSTED MONDAY … / EDITED");
- ``cut_end``: the clause ends on a word that needs more after it: a
  determiner, a preposition of no particle use, "to", a form of "be", a
  conjunction ("None of the bids are believed to be", "the price of"), or on a
  linking verb with no complement ("Others seem"), or on a compound adjective
  whose name the sentence goes on to ("is Miami-based" [Carnival Lines]);
- ``swallowed``: the object runs straight into a finite verb with no subject of its own ("an aircraft
  Boeing [currently has under development]"): the parse took that clause's subject into the object;
- ``comparison``: the clause ends on "as"/"so" + a word whose comparison ("as
  … as …") the sentence goes on to make ("is not as closed" [as …]).

The article's own words are checked too: a clause said as written that leaves
a quotation mark open, ends dangling, cuts a comparison or is itself a
participle clause ("the quarter having begun well") is not shown.

When the article's own words for the clause are known (``args["clause"]``:
subject to object as written) and they hold the subject, a garbled claim is
said in those words instead (``args["render"] = "evidence"``); otherwise it is
not shown (see ``confidence``).
"""

from __future__ import annotations

import re

from ...models import Claim
from .lexicon import DWELLING_VERBS

_SPLIT_CONTRACTION = re.compile(r"(^|\s)['\u2019](m|s|re|ve|ll|d)\b|\sn['\u2019]t\b", re.IGNORECASE)
_AUXILIARIES = frozenset({
    "is", "are", "am", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did",
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "never", "n't",
})
_NEGATIVES = frozenset({"not", "never", "n't", "no"})
_NEGATIVE_SUBJECT = re.compile(r"^(no|nobody|nothing|none|neither|no one)\b", re.IGNORECASE)
#: Function words that start a phrase only with a capital at the start of a sentence or heading.
_FUNCTION_WORDS = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "some", "many", "several",
    "all", "both", "each", "every", "no", "any", "one",
})
_CAPITAL_FUNCTION_WORDS = frozenset(w.capitalize() for w in _FUNCTION_WORDS)
#: Verb tags (Penn Treebank) a finite or infinitival predicate starts with.
_VERB_TAGS = frozenset({"VB", "VBD", "VBZ", "VBP", "VBN", "VBG", "MD"})


def is_garbled(claim: Claim) -> bool:
    """Whether the claim, said as subject + predicate + object, would not read as English."""
    return garble_reason(claim) is not None


def garble_reason(claim: Claim) -> str | None:
    """The first rule of the module docstring the claim's rendering breaks, or None."""
    if claim.args.get("render") == "evidence" and claim.args.get("clause"):
        said = claim.args["clause"]
        if _SPLIT_CONTRACTION.search(said):
            return "contraction"
        if _ragged(said):
            return "punctuation"
        if _furniture(said) or _in_address(said, claim.evidence.text) or _shouted(said):
            return "furniture"
        last = (claim.predicate or "").split()[-1:]
        if last and re.search(rf"\b(?:having|being)\s+{re.escape(last[0])}\b", said):
            return "participle"  # "the current quarter having begun well": written so, still no clause
        if _no_finite_verb(claim, said):
            # "[There 're] people constantly looking at the code": the verb's auxiliary cut off; "[will see]
            # 300 jobs cut": a noun and its participle, no clause
            return "participle"
        if last and (claim.lemma or "") in _CUT_WITHOUT_PLACE and said.rstrip(" .").split()[-1] == last[0]:
            return "incomplete"  # "the recall also resulted", "[Ohio, where] the couple plans to live": still cut
        return _end_reason(said, claim.evidence.text)
    fields = (claim.subject or "", claim.predicate or "", claim.object or "")
    if any(("'" in f or "\u2019" in f) and _SPLIT_CONTRACTION.search(" " + f) for f in fields):
        return "contraction"
    if any(f.strip() and not _LETTER.search(f) for f in (claim.subject or "", claim.object or "")):
        return "punctuation"  # "will recover | _": a dash written as "_" read as the object
    words = claim.predicate.split()
    if not words:
        return "not_a_verb"
    lowers = [w.lower() for w in words]
    if len(lowers[-1].strip("'\u2019")) < 2 and lowers[-1] != "i":
        return "not_a_verb"  # "the skiffs s action": a possessive "'s" cut off its noun read as the verb
    if claim.args.get("noun_phrase"):
        return None  # said as a noun phrase ("her intention to attend a game"), not as a clause
    if claim.kind != "quote" and not claim.args.get("nominal") and claim.args.get("from") != "apposition":
        first_tag = _first_tag(claim)
        if first_tag is not None and first_tag not in _VERB_TAGS and lowers[0] not in _AUXILIARIES:
            return "not_a_verb"
        if first_tag in ("VBN", "VBG") and lowers[0] not in _AUXILIARIES and not _perfect_as_past(claim, words[0]):
            return "reduced" if claim.args.get("reduced") else "participle"
        if lowers[0] in ("been", "being") and len(words) > 1:
            return "participle"  # "having been warned twice, the driver …" → "the driver been warned": no clause
        if claim.args.get("incomplete") and not claim.object or claim.args.get("cut_complement"):
            return "incomplete"  # ("the odds are slim" [that …]: the adjective's clause cut off)
        if first_tag == "VB" and claim.status == "ongoing":
            return "bare_verb"  # "lets the footage carry the story" → "the footage carry the story"
        if all(w in _AUXILIARIES for w in lowers) and not claim.object:
            return "dangling"
    if any(w[:1].isupper() and w != "I" for w in words[1:]) or (words[0][:1].isupper() and words[0] != "I"):
        return "capital"
    if claim.object and claim.object.split()[0] in _CAPITAL_FUNCTION_WORDS \
            and not claim.object_entity and claim.kind != "quote":
        return "capital"
    if claim.object and claim.object.split()[0].lower() in ("not", "never") and claim.kind != "quote":
        return "double_negation"  # "described not the teenager": the negation belongs elsewhere
    if claim.kind != "quote" and (claim.subject or "").endswith(("'s", "\u2019s")) and not claim.args.get("nominal") \
            and claim.args.get("from") != "apposition":
        return "possessive_subject"  # "Ann's spent presenting": a possessor is not a doer
    if claim.status == "negated" and _NEGATIVE_SUBJECT.match(claim.subject or ""):
        return "double_negation"
    if sum(1 for w in lowers if w in _NEGATIVES) > 1:
        return "double_negation"
    if any(a == b for a, b in zip(lowers, lowers[1:])):
        return "doubled"
    if _cut_word(claim) or _lone_letter(claim.args.get("subject_text") or claim.subject):
        return "cut_word"
    if any(_ragged(f) for f in (claim.subject, claim.object) if f) and claim.kind != "quote":
        return "punctuation"
    if (claim.subject or "").strip()[:1] in _STRAY:
        return "punctuation"  # "_ has indicated …": a dash of the text read as the subject
    if any(_furniture(f) for f in (claim.subject, claim.object) if f) and claim.kind != "quote":
        return "furniture"
    if claim.kind != "quote":
        said = " ".join(p for p in (claim.predicate, claim.object or "") if p)
        reason = _end_reason(said, claim.evidence.text)
        if reason == "cut_end" and not claim.object and claim.args.get("nominal"):
            reason = None  # an event noun ("the merger of"): said as a noun phrase, not a clause
        if reason is not None:
            return reason
    missing = _left_out(claim)
    if missing is not None:
        return missing
    if not claim.object and (claim.lemma or "") in _NEEDS_PREP and claim.kind == "event" \
            and claim.predicate.split()[-1].lower() not in _PREPOSITIONS:
        return "incomplete"  # "the recall resulted" [in …]: the verb says nothing without its phrase
    if claim.kind == "event" and not claim.object and (claim.lemma or "") in DWELLING_VERBS \
            and words[-1].lower().startswith(claim.lemma[:4]) and not any(claim.args.get(k) for k in _WHERE_ARGS):
        return "incomplete"  # "the couple plans to live" [where?]: alone, "lives" says one is alive
    if claim.args.get("gapped"):
        return "gapped"  # the reported clause of a relative clause, without the noun it is about
    if claim.args.get("swallowed"):
        return "swallowed"  # the object ran into the next clause's subject: neither the thing nor the clause
    if claim.kind == "event" and claim.object and _VERB_FIRST.match(claim.object) and not claim.object_entity \
            and (claim.lemma or "") not in ("be", "have"):
        return "incomplete"  # "believes | were punished too harshly": the clause's subject is missing
    if _LEADING_ADJUNCT.match(claim.args.get("subject_text") or claim.subject or ""):
        return "punctuation"  # "To date, 149 orders …": a fronted phrase taken into the subject
    return None


#: Verbs that say nothing without their prepositional phrase ("resulted [in a loss]", "consists [of]").
_NEEDS_PREP = frozenset({"result", "consist", "amount", "depend", "rely", "belong", "account", "stem"})
_PREPOSITIONS = frozenset({"in", "of", "to", "on", "for", "from", "upon"})
#: Verbs cut off when they end the words said: those above and the verbs of dwelling ("plans to live").
_CUT_WITHOUT_PLACE = _NEEDS_PREP | DWELLING_VERBS

#: Arguments that say where or with whom one lives.
_WHERE_ARGS = ("place", "with", "channel")

#: An object that starts with a finite verb or auxiliary: a clause whose subject was left out.
_VERB_FIRST = re.compile(r"^(?:was|were|is|are|has|have|had|will|would|could|did|does|do)\s", re.I)

#: A subject that opens with a preposition's phrase cut off by a comma ("To date, 149 orders").
_LEADING_ADJUNCT = re.compile(r"^(?:to|in|on|at|by|for|from|after|before|since|during|with)\b[^,]{0,30},\s", re.I)


_QUOTES = ('"', "\u201c", "\u201d")
#: Marks a subject never starts with.
_STRAY = frozenset("_-\u2013\u2014,;:).!?")
#: Quotation marks that open or close one side only (typeset, and ``…'' as tokenised corpora write them).
_OPENING = ("\u201c", "``")
_CLOSING = ("\u201d", "''")


#: A letter or a digit (a field without one is punctuation only).
_LETTER = re.compile(r"[^\W_]")


def _ragged(phrase: str) -> bool:
    """A phrase cut at a comma or colon, or with a quotation mark left open ("her book, \"Released",
    "``I think the plan", "the plan,'' he said")."""
    text = phrase.strip()
    if text[-1:] in (",", ";", ":") or text.count('"') % 2 == 1 or text.count("(") != text.count(")"):
        return True  # (also a bracket left open or closed: "Workers is UAW ) union")
    opened = sum(text.count(q) for q in _OPENING)
    closed = sum(text.count(q) for q in _CLOSING)
    if opened == 0 and closed == 0:
        return False
    return opened != closed or text.find("``") > text.find("''") >= 0 and "``" in text


#: Words an English clause does not end on: determiners, prepositions that are never particles, the
#: infinitive marker, forms of "be", conjunctions and subordinators.
_NO_END = frozenset({
    "the", "a", "an", "every", "its", "their", "our", "my", "your",
    "of", "for", "with", "from", "into", "onto", "than", "as", "at", "to", "toward", "towards", "upon",
    "be", "been", "being", "and", "or", "but", "nor", "whether", "if", "because", "whose", "while",
    "although", "though", "unless", "until", "such",
    "conditional", "contingent", "subject",  # ("the offer is conditional" [on …]: what it depends on cut)
})
#: Linking verbs that say nothing without their complement ("Others seem [reluctant …]").
_LINKING = frozenset({"seem", "seems", "seemed", "seeming", "become", "becomes", "became", "becoming"})
#: Verbs of staying, English alone only at a clause's end ("doubts remain."), not before their complement.
_STAYING = frozenset({"remain", "remains", "remained", "remaining", "stay", "stays", "stayed", "staying"})
#: A number that goes on after a space-split ":" or "." ("8 : 30", "2 . 5").
_NUMBER_GOES_ON = re.compile(r"^\s?[:.]\s?\d")
#: Compound adjectives that stand before a name ("Miami-based", "state-owned", "Texas-born").
_ATTRIBUTIVE = re.compile(r"\w-(?:based|owned|born|led|backed|run|made|controlled|funded|linked|bred)$")
#: "as"/"so" + the word compared, at the end of the clause.
_COMPARED = re.compile(r"\b(?:as|so)\s+([\w-]+)$", re.IGNORECASE)


def _end_reason(said: str, sentence: str) -> str | None:
    """``dangling`` or ``comparison`` when the clause ``said`` stops where English cannot (see the module
    docstring), else None. ``sentence`` is the clause's evidence (a cut comparison goes on there)."""
    text = said.strip().rstrip(".!?").strip()
    words = text.split()
    if not words:
        return None
    last = words[-1].lower().strip("\"'\u201c\u201d\u2019`")
    if last in _NO_END or last in _LINKING or len(last) == 1 and last.isalpha() and last not in ("i", "a"):
        return "cut_end"  # (a lone letter: "started 30 p" for "8 : 30 p . m .")
    if last in _STAYING:
        at = sentence.find(text)
        rest = sentence[at + len(text):].lstrip() if at >= 0 else ""
        if rest[:1].isalnum():
            return "cut_end"  # "Rudolph remains" [at large]: the state the verb says was cut off
    if last[-1:].isdigit():
        at = sentence.find(text)
        if at >= 0 and _NUMBER_GOES_ON.match(sentence[at + len(text):]):
            return "cut_word"  # "happened shortly after 8" [: 30 p . m .]
    if _ATTRIBUTIVE.search(last):
        at = sentence.find(text)
        rest = sentence[at + len(text):].lstrip() if at >= 0 else ""
        if rest[:1].isupper():
            return "cut_end"  # "is Miami-based" [Carnival Cruise Lines]: the adjective of a name cut off
    m = _COMPARED.search(text)
    if m is not None:
        at = sentence.lower().find(m.group(0).lower())
        after = sentence[at + len(m.group(0)):].lower().split() if at >= 0 else []
        if "as" in after[:10] and m.group(0).lower().startswith("as") or "that" in after[:3]:
            return "comparison"
    return None


#: A web address, or a path of one said with spaces ("uk / news / technology").
_ADDRESS = re.compile(r"(?:https?:|www\.|\.(?:com|org|net|co\.uk)/|\b[\w-]+ ?/ ?[\w-]+ ?/ ?[\w-]+)", re.I)
#: An article or page id standing alone.
_BARE_ID = re.compile(r"^\d{5,}$")


def _furniture(phrase: str) -> bool:
    """A web address or its path, or a long bare number: the page's furniture, not a participant."""
    text = phrase.strip()
    return bool(_BARE_ID.match(text.replace(",", "")) and "," not in text or _ADDRESS.search(text))


def _in_address(said: str, sentence: str) -> bool:
    """The clause is part of a web address in its sentence ("usatoday . com / sports / 2009 - 02 - 03 -
    smith - arrested"): the words of a link, not a statement."""
    at = sentence.find(said)
    return at > 0 and _ADDRESS.search(sentence) is not None and _PATH_TAIL.search(sentence[:at]) is not None


#: The end of a text that is inside a web address's path ("… / chargers / 2009 - 02 -").
_PATH_TAIL = re.compile(r"/ ?[\w -]*$")


#: Words written in capitals only (three or more): a page's banner or dateline ("PUBLISHED FRIDAY …").
_SHOUT = re.compile(r"^(?:[^a-z]*\b[A-Z]{2,}\b){3}[^a-z]*$")


def _shouted(said: str) -> bool:
    """A clause in capitals only: page furniture ("PUBLISHED FRIDAY, MARCH 8 / UPDATED"), not prose."""
    return bool(_SHOUT.match(said))


#: What the claim reader found a claim cannot be read without (``claims._needed_words``) → the rule.
_NEEDED = (("complement", "complement"), ("subject_clause", "cut_clause"), ("object_clause", "cut_clause"))
#: Arguments that are not said in the claim's rendering.
_NOT_SAID = frozenset({key for key, _ in _NEEDED} | {"clause", "render", "subject_text", "object_text", "first_tag"})


def _left_out(claim: Claim) -> str | None:
    """``complement`` or ``cut_clause`` when words the clause needs are not among the claim's fields."""
    args = [v for k, v in claim.args.items() if k not in _NOT_SAID and isinstance(v, str)]
    said = " ".join(" ".join(v.split()) for v in (claim.subject, claim.predicate, claim.object or "", *args)).lower()
    for key, reason in _NEEDED:
        part = claim.args.get(key)
        if part and " ".join(part.lower().split()) not in said:
            return reason
    return None


def _no_finite_verb(claim: Claim, said: str) -> bool:
    """Whether a clause said in the article's words holds its predicate as a bare participle, no
    auxiliary before it: the auxiliary stood before the subject ("there 're people looking …"), or the
    participle only follows its noun ("will see 300 jobs cut"), so the words from the subject on are a
    noun phrase, not a clause."""
    words = (claim.predicate or "").split()
    tag = _first_tag(claim)
    span = claim.args.get("gerund_span")
    gerund = claim.evidence.text[span[0] - claim.evidence.start:span[1] - claim.evidence.start] \
        if isinstance(span, list) and len(span) == 2 else None
    if gerund and words and words[0] != gerund:
        # "a knee injury meaning that …": a participle said as "mean" stays one in the words as written
        words, tag = [gerund, *words[1:]], "VBG"
    if not words or tag not in ("VBG", "VBN"):
        return False
    at = re.search(rf"\b{re.escape(words[0])}\b", said)
    if at is None or any(w.lower() in _AUXILIARIES for w in said[:at.start()].split()):
        return False
    if tag == "VBG" or _ONLY_PARTICIPLE.search(words[0].lower()):
        return True  # ("the car well known", "development, begun in 2006": no past tense is written so)
    # a past participle (often a past tense the tagger misread: "while police investigated") is no clause
    # only as the object's state after a verb of seeing or having ("will see [300 jobs cut]"), or after a
    # preposition, whose object is a noun phrase ("one right for [each 105 shares owned]")
    before = claim.evidence.text[:max(claim.evidence.text.find(said), 0)].split()
    return bool(before) and (before[-1].lower() in _SMALL_CLAUSE_VERBS or before[-1].lower() in _NOUN_PREPS)


#: Prepositions that take a noun phrase only, never a clause (unlike "after", "before", "since", "until").
_NOUN_PREPS = frozenset({"for", "of", "per", "with", "without", "from", "to", "on", "by", "among", "into",
                         "onto", "toward", "towards", "against", "about", "over", "under"})


#: Past participles no past tense is written as ("known", "begun", "taken", "torn", "done", "gone").
_ONLY_PARTICIPLE = re.compile(r"^(?:\w+(?:en|wn|rn)|begun|done|gone|sung|rung|drunk|swum|sunk|shrunk)$")
#: Verbs whose object can carry a participle of its state ("saw 300 jobs cut", "had the roof fixed").
_SMALL_CLAUSE_VERBS = frozenset({
    "see", "sees", "saw", "seen", "seeing", "watch", "watched", "hear", "heard", "have", "has", "had", "get",
    "got", "gets", "want", "wants", "wanted", "need", "needs", "needed", "find", "found", "leave", "left",
    "keep", "kept",
})


def _perfect_as_past(claim: Claim, word: str) -> bool:
    """"the club having requested the meeting": a perfect participle whose form is the simple past's
    too ("requested", not "begun") says, without "having", what happened: "the club requested"."""
    return claim.args.get("first_tag") == "VBN" and word.lower().endswith("ed") \
        and re.search(rf"\bhaving\s+{re.escape(word)}\b", claim.evidence.text) is not None


def _first_tag(claim: Claim) -> str | None:
    """The tag of the predicate's first word, as the reader recorded it (None when unknown)."""
    return claim.args.get("first_tag")


def _lone_letter(phrase: str | None) -> bool:
    """A participant that is one letter ("t" of a split "couldn ’ t", "s" of a cut "'s"): a piece of a word."""
    text = (phrase or "").strip()
    return len(text) == 1 and text.isalpha() and text.islower() and text != "a"  # ("X", "Q" may be names)


def _cut_word(claim: Claim) -> bool:
    """The subject or object (as written) ends where a hyphenated word of the sentence goes on."""
    text = claim.evidence.text
    for phrase in (claim.args.get("subject_text") or claim.subject, claim.args.get("object_text") or claim.object):
        if not phrase or len(phrase) < 2:
            continue
        at = text.find(phrase)
        if at >= 0 and text[at + len(phrase):at + len(phrase) + 1] == "-" \
                and text[at + len(phrase) + 1:at + len(phrase) + 2].isalpha():
            return True
    return False


def trim_quotes(text: str) -> str:
    """The phrase without a quotation mark or bracket whose partner the phrase cut off ("``a
    precautionary measure" → "a precautionary measure", "five pence (eight cents" → "five pence"): a
    lone mark that opens or closes nothing is the cut's, not the article's meaning. A quoted sentence
    cut before its closing mark is closed; balanced marks are kept."""
    if not text:
        return text
    opened = sum(text.count(q) for q in _OPENING)
    closed = sum(text.count(q) for q in _CLOSING)
    out = text
    if opened == 1 and closed == 0 and text.startswith(_OPENING):
        out = text + ("''" if text.startswith("``") else "\u201d")  # a quoted sentence: close it
    elif opened == 1 and closed == 0:
        out = re.sub(r"``\s*|\u201c\s*", "", out, count=1)
    elif closed == 1 and opened == 0:
        out = re.sub(r"\s*''|\s*\u201d", "", out, count=1)
    if out.count('"') == 1:
        out = re.sub(r'\s*"\s*', " ", out, count=1)
    if out.count("(") == out.count(")") + 1 and out.rfind("(") > 0:
        out = out[:out.rfind("(")]  # "five pence (eight cents": the aside the cut left open
    elif out.count(")") == out.count("(") + 1:
        out = out.replace(")", " ", 1)
    return " ".join(out.split()) if out != text else text
