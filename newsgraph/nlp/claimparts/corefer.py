"""Who a claim's phrases are: names, short names, pronouns and "the star" → local entities.

Names resolve through the entity reader's mentions (token inside a mention →
its entity) or, for a proper noun no mention covers, through an entity's name
or aliases. Pronouns resolve by one small rule, tried in order:

1. **governing subject**: the subject of a clause above the pronoun, in the
   same sentence and before it, if it agrees (she/he → a PERSON; it → a
   non-person entity; they → a group or several people);
2. **same sentence**: the most recent agreeing mention before the pronoun;
3. **previous sentences** (up to three back): that sentence's main subject if
   it agrees, else its most recent agreeing mention.

"she"/"he" also agree in gender with the entity when the article tells its
gender (``gender``: an honorific, a gendered apposition, a common given
name, or a pronoun already bound to it in an earlier sentence).

Two binding exceptions keep it from pointing at the wrong person: an object
pronoun ("met her") never means its own clause's subject; a possessive under
a verb of advocacy ("campaigned for her release") means someone other than
the advocate. A definite description ("the star", "the company") resolves to
the most recent entity described that way (an apposition or copula seen
earlier) or, for organization nouns, to the most recent organization; a
person's description ("the deputy", "the 29-year-old") only to the one person
the article describes so (its title, apposition, copula or age), never when
two people carry it (``definite``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Token

from ...models import Entity
from ..describe import PERSON_CUES, title_noun
from ..names import DISCOURSE_ADVERBS
from . import gender as gx
from . import lexicon as lx
from .attribution import Quote, is_speech, quote_scopes, quote_speaker
from .transcript import Turn, turn_at
from .view import ParsedDoc, SentenceView, detached_appos, plural_beside_one

SHE_HE = frozenset({"she", "her", "hers", "herself", "he", "him", "his", "himself"})
THEY = frozenset({"they", "them", "their", "theirs", "themselves"})
IT = frozenset({"it", "its", "itself"})
#: Relative pronouns that stand for a person as a relative clause's subject ("Lee, who …", "the man that …").
RELATIVE_SUBJECTS = frozenset({"who", "that"})
POSSESSIVE = frozenset({"her", "his", "their", "its"})
#: First-person words: inside a quote, the speaker ("I", "my") or, said by a body, the body ("we", "our").
FIRST_SINGULAR = frozenset({"i", "me", "my", "myself", "mine"})
FIRST_PLURAL = frozenset({"we", "us", "our", "ourselves", "ours"})

NON_PERSON_TYPES = frozenset({"ORG", "GPE", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "LAW", "LOC"})


@dataclass(slots=True)
class Scope:
    """Quoted words of one sentence (token range ``[lo, hi)``) and who says them: ``speaker`` is the
    entity id when known; ``known`` whether a speaker (named or not) is given at all."""

    lo: int
    hi: int
    speaker: str | None = None
    known: bool = False
    turn: bool = False  # a transcript's turn ("NAME: words"), not quotation marks (``transcript``)


#: At most this many sentences in a row are read as inside one quote left open (a stray mark
#: must not put the rest of the article in someone's mouth).
_MAX_OPEN_QUOTE = 4


@dataclass(slots=True)
class Referent:
    """What a phrase refers to: an entity of the article, or a phrase that stands for a group."""

    text: str
    entity: str | None
    kind: str  # PERSON | THING | GROUP
    plural: bool = False


class Resolver:
    """Entity lookup and pronoun resolution for one article, fed sentence by sentence."""

    def __init__(self, doc: ParsedDoc, entities: list[Entity]) -> None:
        self.doc = doc
        self.entities = {e.id: e for e in entities}
        self.token_entity: dict[int, str] = {}
        self.mention_last: set[int] = set()  # last token of each mention: one referent per mention
        self.gender: dict[str, str] = {}  # entity id → F | M, when the article's words tell (see ``gender``)
        words = doc.words
        for e in entities:
            for m in e.mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None or len(span) == 0:
                    continue
                if e.type == "PERSON" and span[0].i > 0 and e.id not in self.gender:
                    g = gx.HONORIFICS.get(words[span[0].i - 1].lower_)
                    if g is not None:
                        self.gender[e.id] = g
                for t in span:
                    self.token_entity.setdefault(t.i, e.id)
                self.mention_last.add(span[-1].i)
        self.by_alias: dict[str, str | None] = {}
        for e in entities:
            for name in (e.name, *e.aliases):
                key = name.casefold()
                if key in self.by_alias and self.by_alias[key] != e.id:
                    self.by_alias[key] = None  # ambiguous short name: resolve by mention only
                else:
                    self.by_alias[key] = e.id
        self.turns: dict[Turn, str] = {}  # a transcript's turns whose label names a person → that person, in order
        self.ended_turns: set[Turn] = set()  # turns cut short by a line that names their speaker
        self.descriptions: dict[str, list[str]] = {}  # head lemma → entity ids (most recent last)
        self._learn = False  # the entity stage's descriptions are not read for gender: a misattached
        # description ("X … the Wisconsin man") would bar every "she" from X
        for e in entities:
            for d in e.descriptions:
                head = _head_word(d.text)
                if head:
                    self.describe(e.id, head)
            if e.type == "PERSON":
                for age in _ages(doc.text, e):
                    self.describe(e.id, age)
        self._learn = True
        self.others = _others_introduced(doc)
        self.described: set[int] = set()  # description heads read as the one person the article so describes
        for e in entities:
            if e.type == "PERSON" and e.id not in self.gender:
                g = gx.given_name_gender(e.name)
                if g is not None:
                    self.gender[e.id] = g
        self.memo: dict[int, Referent | None] = {}
        self.guessed: set[int] = set()  # pronoun tokens resolved by a guess between agreeing entities
        self.governed: set[int] = set()  # pronouns taken up by the subject of a clause above them, or
        # a main clause's subject going on from the sentence before's
        self.guessed_mains: set[int] = set()  # history entries whose main subject was itself a guess
        # history entries whose main verb says what someone said, and the subject of what was said
        # ("Comeaux took the guards' guns, Lyons said": Comeaux)
        self.reported_mains: dict[int, Referent] = {}
        self.name_words: dict[str, set[str]] = {}  # a word of a person's name → the people it names
        for e in entities:
            if e.type == "PERSON":
                for word in e.name.split():
                    self.name_words.setdefault(word.casefold().strip(".,"), set()).add(e.id)
        # sentence history: (first token, main subject, referents in order as (token i, Referent))
        self.history: list[tuple[int, Referent | None, list[tuple[int, Referent]]]] = []
        self.history_starts: list[int] = []
        # quoted words: scopes of the sentence being read, whether a quote is open after the last
        # closed sentence (and for how many sentences it has been), the last quote's speaker
        self.scopes: dict[int, list[Scope]] = {}
        self.open_quote = 0
        self.last_speaker: tuple[int, str | None] | None = None  # (history index, entity id)

    # --- entities -------------------------------------------------------------
    def describe(self, entity_id: str, head_lemma: str) -> None:
        g = gx.noun_gender(head_lemma) if self._learn else None
        if g is not None and entity_id not in self.gender and entity_id in self.entities \
                and self.entities[entity_id].type == "PERSON":
            self.gender[entity_id] = g
        ids = self.descriptions.setdefault(head_lemma, [])
        if entity_id in ids:
            ids.remove(entity_id)
        ids.append(entity_id)

    def entity_ref(self, entity_id: str) -> Referent:
        e = self.entities[entity_id]
        if e.type == "NORP" and e.name.endswith("s"):  # "Republicans", "Democrats": people, several
            return Referent(e.name, e.id, "GROUP", plural=True)
        return Referent(e.name, e.id, "PERSON" if e.type == "PERSON" else "THING")

    def entity_of(self, token: Token) -> str | None:
        """The entity a name token belongs to: by mention, else by name/alias of its compound."""
        eid = self.token_entity.get(token.i)
        if eid is not None:
            return eid
        if token.pos_ == "PROPN":
            left = token.i
            while left > 0 and token.doc[left - 1].dep_ == "compound" and token.doc[left - 1].head.i == token.i:
                left -= 1
            key = token.doc[left:token.i + 1].text.casefold()
            return self.by_alias.get(key) or self.by_alias.get(token.text.casefold())
        return None

    def entity_in(self, view: SentenceView, head: Token) -> str | None:
        """The first entity mentioned inside the phrase under ``head`` ("sources close to TMZ" → TMZ)."""
        for t in view.subtree(head):
            eid = self.entity_of(t)
            if eid is not None:
                return eid
        return None

    # --- phrases ----------------------------------------------------------------
    def referent(self, view: SentenceView, head: Token) -> Referent | None:
        """What the noun phrase headed by ``head`` refers to, or None."""
        if head.i in self.memo:
            return self.memo[head.i]
        ref = self._referent(view, head)
        self.memo[head.i] = ref
        return ref

    def _referent(self, view: SentenceView, head: Token) -> Referent | None:
        low = head.lower_
        if head.pos_ == "PRON" or head.tag_ in ("PRP", "PRP$"):
            if low in SHE_HE or low in THEY or low in IT:
                return self.pronoun(view, head)
            if low in FIRST_SINGULAR or low in FIRST_PLURAL:
                return self._first_person(view, head)
            return None
        eid = self.entity_of(head)
        if eid is not None and self._share_of(view, head, eid):
            # "6 of 10 Americans", "most Britons": a share of a group is not the group (and
            # never the country it lives in); the phrase keeps its words
            left, right = view.phrase_bounds(head)
            return Referent(self.doc[left:right + 1].text, None, "GROUP", plural=True)
        if eid is not None and self._a_people(view, head, eid):
            # "the French voted", "the Chinese bought gold": the people, never the state they live in
            left, right = view.phrase_bounds(head)
            return Referent(self.doc[left:right + 1].text, None, "GROUP", plural=True)
        if eid is not None:
            return self.entity_ref(eid)
        for c in view.children(head, "appos"):
            eid = self.entity_of(c)
            if eid is not None and not self.place_beside(view, c, eid) and not detached_appos(view, head, c) \
                    and not plural_beside_one(head, c):
                return self.entity_ref(eid)
        conj = view.children(head, "conj")
        if conj and head.pos_ == "PROPN":
            return None
        det = view.child(head, "det")
        age = age_key(view, head)
        if det is not None and det.lower_ in ("the", "this", "that") and (
                head.tag_ in ("NN", "NNP") or age is not None and head.lower_ == "old"):
            found = self.definite(head, age)
            if found is not None:
                if found.kind == "PERSON" or self._narrower(view, head, found) or (
                        head.lemma_.lower() not in self.descriptions and self._salient_rival(view, head, found)):
                    # "the director": the one person the article called so, yet another may be meant whom it
                    # never called so ("Ann Lee, the film's first director, … the director": her successor)
                    self.guessed.add(head.i)
                return found
        if head.tag_ in ("NNS", "NNPS") and (head.lemma_.lower() in lx.GROUP_NOUNS or self._is_subject(head)):
            left, right = view.phrase_bounds(head)
            return Referent(self.doc[left:right + 1].text, None, "GROUP", plural=True)
        return None

    def _share_of(self, view: SentenceView, head: Token, entity: str) -> bool:
        """A name counted or measured by words outside its mention: a number ("6 of 10 Americans",
        "two Britons") or a quantifier ("most Americans", "many Libyans"). Only a people or a plural
        counts ("10 Harrow Street" is an address)."""
        if self.entities[entity].type != "NORP" and head.tag_ not in ("NNS", "NNPS"):
            return False
        for c in view.children(head, "nummod", "quantmod", "det", "amod", "predet"):
            if self.token_entity.get(c.i) == entity:
                continue  # ("10 Downing Street": the number is part of the name)
            if c.pos_ == "NUM" or c.tag_ == "CD" or c.lower_ in lx.QUANTIFIERS:
                return True
        return False

    def place_beside(self, view: SentenceView, appos: Token, entity: str) -> bool:
        """A place "in apposition" with a modifier of its own that its name lacks ("a buffer zone
        southern Lebanon", a preposition left out): where the thing is, not what it is."""
        return self.entities[entity].type in ("GPE", "LOC") and any(
            self.token_entity.get(c.i) != entity for c in view.children(appos, "amod"))

    def _a_people(self, view: SentenceView, head: Token, entity: str) -> bool:
        """A nationality word standing as a noun phrase of its own after "the" ("the French", "the
        Chinese"), not as a word before a noun ("French officials"): it names the people."""
        return self.entities[entity].type == "NORP" and head.dep_ not in ("amod", "compound", "poss") \
            and any(c.lower_ == "the" for c in view.children(head, "det"))

    @staticmethod
    def _is_subject(token: Token) -> bool:
        return token.dep_ in ("nsubj", "nsubjpass")

    def definite(self, head: Token, age: str | None = None) -> Referent | None:
        """The entity a definite description stands for: a person only when the article describes exactly one
        person so ("the parolee", "the 29-year-old", "the 35-year-old deputy": the age and the noun must agree);
        two people who carry the noun ("Officer Kell" and "Officer Wade": "the officer") leave it unread, since
        which one is meant is a guess. A body by the last one described so."""
        lemma = head.lemma_.lower()
        ids = self.descriptions.get(lemma) or []
        people = [i for i in ids if self.entities[i].type == "PERSON"]
        if people or age is not None and age in self.descriptions:
            if any(c.lower_ in _OTHER_ONE for c in head.children) or self.others.get(lemma, len(self.doc.words)) < head.i:
                # "the second deputy", "the other officer": not the one the article so described; after "a second
                # deputy" or "another officer", "the deputy" may be either
                return None
            sole = self._sole_person(people, age)
            if sole is None:
                return None
            self.described.add(head.i)
            return self.entity_ref(sole)
        if ids:
            self.described.add(head.i)
            return self.entity_ref(ids[-1])
        if lemma in lx.ORG_CLASS_NOUNS:
            for eid in self._recent_entities(head.i):
                e = self.entities[eid]
                if e.type == "ORG" and not _other_class(e.name, lemma):
                    return self.entity_ref(eid)
        return None

    def _sole_person(self, people: list[str], age: str | None) -> str | None:
        """The one person of ``people`` (those the description's noun was given to) who also fits the description's
        age, if it gives one: of the people of that age when the noun fits none yet, and never one whose age the
        article gives otherwise; None when no one or several fit."""
        pool = set(people)
        if age is not None:
            aged = {i for i in self.descriptions.get(age, ()) if self.entities[i].type == "PERSON"}
            if aged:
                pool = pool & aged if pool else aged
            else:
                pool = {i for i in pool if not any(k.endswith(AGE_SUFFIX) and i in ids
                                                   for k, ids in self.descriptions.items())}
        return next(iter(pool)) if len(pool) == 1 else None

    def _salient_rival(self, view: SentenceView, head: Token, found: Referent) -> bool:
        """"Acme says that …, when the company bought X": a named, non-person subject of a clause
        above the description, or the previous sentence's main subject, that is not the entity the
        description was given: "the company" may be either, so the reading is a guess."""
        rivals: set[str] = set()
        for a in view.ancestors(head):
            subj = view.child(a, "nsubj", "nsubjpass") if a.pos_ in ("VERB", "AUX") else None
            if subj is not None and subj.i < head.i:
                eid = self.entity_of(subj)
                if eid is not None and self.entities[eid].type in _BODY_TYPES:
                    rivals.add(eid)
        k = bisect_right(self.history_starts, view.lo - 1)
        here = any(self.token_entity.get(i) == found.entity for i in range(view.lo, head.i))
        if k - 1 >= 0 and not here:
            main = self.history[k - 1][1]
            if main is not None and main.entity is not None and self.entities[main.entity].type in _BODY_TYPES:
                rivals.add(main.entity)
        lemma = head.lemma_.lower()
        if lemma in lx.ORG_CLASS_NOUNS and found.entity in self.entities:
            leading = self._most_named_org(head.i, lemma)
            if leading is not None and leading != found.entity:
                rivals.add(leading)  # "Acme … an analyst at Bolt Bank. The company said": Acme, maybe
        name = self.entities[found.entity].name if found.entity in self.entities else found.text
        return any(r != found.entity and not _same_name(self.entities[r].name, name) for r in rivals)

    def _most_named_org(self, before: int, noun: str) -> str | None:
        """The organization the article has named most often before token ``before`` (at least
        three times, more than any other) that ``noun`` ("company", "bank") may describe: the body
        the article is about, which a description may take up as well as the one named last."""
        counts: dict[str, int] = {}
        for i in self.mention_last:
            eid = self.token_entity.get(i)
            if i < before and eid is not None and self.entities[eid].type == "ORG":
                counts[eid] = counts.get(eid, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < 3 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return None
        top = ranked[0][0]
        return None if _other_class(self.entities[top].name, noun) else top

    def _narrower(self, view: SentenceView, head: Token, found: Referent) -> bool:
        """"the state parole board" taken for the last organization named: its own words ("state",
        "parole") are not that organization's, so it may well be another body."""
        name = found.text.casefold()
        return any(c.dep_ in ("compound", "amod") and c.text.isalpha() and c.lower_ not in name
                   for c in view.children(head))

    def _recent_entities(self, before: int):
        """Entity ids of mentions before token ``before``, most recent first (this and earlier sentences)."""
        seen: set[str] = set()
        for i in range(before - 1, max(-1, before - 400), -1):
            eid = self.token_entity.get(i)
            if eid is not None and eid not in seen:
                seen.add(eid)
                yield eid

    # --- quoted words -------------------------------------------------------------
    def quotes(self, view: SentenceView) -> list[Scope]:
        """The sentence's quoted words and their speakers (read once per sentence)."""
        found = self.scopes.get(view.lo)
        if found is not None:
            return found
        spans, _ = quote_scopes(view, self.open_quote > 0)
        out: list[Scope] = []
        for q in spans:
            span = self.doc.char_span(q.start, q.end, alignment_mode="expand")
            if span is not None and len(span) > 0:
                out.append(Scope(span.start, span.end, known=q.continued))
        self.scopes[view.lo] = out  # (before the speakers: a speaker's own pronoun is read outside them)
        if not out:
            out.extend(self._turn_scope(view))  # (a transcript's turn: its speaker's words, marks or none)
            return out
        inside = [(s.lo, s.hi) for s in out]
        speech = [t for t in view.tokens() if t.pos_ in ("VERB", "AUX") and is_speech(view, t)
                  and not any(lo <= t.i < hi for lo, hi in inside)]
        recent = self.last_speaker is not None and self.last_speaker[0] == len(self.history) - 1
        for sc in out:
            verb = quote_speaker(view, Quote(0, 0, "", sc.lo, sc.hi), speech) if speech else None
            if verb is not None:
                subj = view.child(verb, "nsubj")
                ref = self.referent(view, subj) if subj is not None else None
                sc.speaker, sc.known = (ref.entity if ref is not None else None), subj is not None
            elif (sc.known or not speech and not any(
                    ch.isalnum() for w in self.doc.words[view.lo:sc.lo] for ch in w.text)) \
                    and recent:
                # a quote going on from the sentence before, or a sentence that is only a quote
                # right after one: the same speaker's words
                sc.speaker, sc.known = self.last_speaker[1], True
            else:
                sc.known = False
        return out

    def _turn_scope(self, view: SentenceView) -> list[Scope]:
        """The sentence's words after a transcript label, as its speaker's quote, when the sentence lies in
        a turn whose label names a person (``transcript``); else nothing."""
        words = self.doc.words
        found = turn_at([t for t in self.turns if t not in self.ended_turns], words[view.lo].idx)
        if found is None:
            return []
        speaker = self.turns[found]
        lo = next((i for i in range(view.lo, view.hi) if words[i].idx >= found.start), view.hi)
        if any(self.token_entity.get(i) == speaker for i in range(lo, view.hi)):
            # "Lee testified for three hours": a line that names the speaker is the writer's again, and so
            # is the rest of the turn (a subhead "Lee: I never saw the money" over a report)
            self.ended_turns.add(found)
            return []
        return [Scope(lo, view.hi, speaker=speaker, known=True, turn=True)] if lo < view.hi else []

    def scope_of(self, view: SentenceView, token: Token) -> Scope | None:
        """The quoted words ``token`` stands in, or None."""
        for sc in self.quotes(view):
            if sc.lo <= token.i < sc.hi:
                return sc
        return None

    def _first_person(self, view: SentenceView, p: Token) -> Referent | None:
        """"I", "my" inside a quote: its speaker, when a person (or unknown kind) is named as such;
        "we", "our": the speaker when it is a body. Otherwise nobody the text names."""
        sc = self.scope_of(view, p)
        if sc is None or sc.speaker is None or sc.speaker not in self.entities or _inner_quote(view, p):
            return None
        kind = self.entities[sc.speaker].type
        low = p.lower_
        if low in FIRST_SINGULAR and kind == "PERSON" or low in FIRST_PLURAL and kind == "ORG":
            return self.entity_ref(sc.speaker)
        return None

    # --- pronouns ---------------------------------------------------------------
    def agrees(self, pronoun: str, ref: Referent) -> bool:
        if pronoun in SHE_HE:
            if ref.kind != "PERSON" or ref.plural:
                return False
            known = self.gender.get(ref.entity) if ref.entity is not None else None
            return known is None or known == gx.PRONOUN_GENDER[pronoun]
        if pronoun in IT:
            return ref.kind == "THING" and not ref.plural
        if pronoun in THEY:
            return ref.plural
        return False

    def pronoun(self, view: SentenceView, p: Token) -> Referent | None:
        found = self._pronoun(view, p)
        if found is not None and p.lower_ in IT and found.entity is not None and (
                not self._fits_body(view, p) or p.i not in self.governed and self._thing_nearer(view, p, found.entity)
                or self._body_noun_before(view, p, found.entity)):
            self.guessed.add(p.i)  # "made an offer …, but it is less than $90 million": the offer, maybe
        if found is not None and p.lower_ in THEY and found.entity is None and not self._people_phrase(found.text) \
                and self._said_of_people(view, p):
            self.guessed.add(p.i)  # "sales rose. 'They are not a happy group of people'": not the sales
        return found

    @staticmethod
    def _people_phrase(text: str) -> bool:
        """Whether a phrase's last word names people ("the workers", "Japanese officials")."""
        words = text.lower().split(" of ")[0].split()  # (the head: "prices of copper" are prices)
        last = words[-1].rstrip(".,") if words else ""
        single = last[:-1] if last.endswith("s") else last
        return last in lx.GROUP_NOUNS or single in lx.GROUP_NOUNS or single in PERSON_CUES \
            or gx.noun_gender(single) is not None or last in ("people", "men", "women", "children") \
            or single.endswith(_DOER_ENDINGS)  # ("miners", "investors", "analysts", "residents")

    def _said_of_people(self, view: SentenceView, p: Token) -> bool:
        """What the sentence says of "they" fits only people: a body's doing ("they said", "they
        decided") or a copula with people ("they are a happy group of people")."""
        verb = view.head(p) if p.dep_ in ("nsubj", "nsubjpass") else None
        if verb is None:
            return False
        if verb.lemma_.lower() in _BODY_VERBS:
            return True
        if verb.lemma_ != "be":
            return False
        return any(self._people_phrase(" ".join(x.lower_ for x in view.subtree(a)))
                   or a.lemma_.lower() in ("group", "team", "family", "crowd")
                   for a in view.children(verb, "attr"))

    def _body_noun_before(self, view: SentenceView, p: Token, entity: str) -> bool:
        """A body named by its kind before "it" in its sentence ("As for the court, it …", "the board
        met and it voted") that is not the entity "it" was resolved to: that body is as likely meant,
        and more so when it stands nearer. (Only against an entity from an earlier sentence: one named
        in the pronoun's own sentence, before it, is the nearer one.)"""
        if any(self.token_entity.get(i) == entity for i in range(view.lo, p.i)):
            return False
        above = {a.i for a in view.ancestors(p)}
        for i in range(view.lo, p.i):
            t = self.doc.words[i]
            if t.tag_ != "NN" or t.lemma_.lower() not in lx.ORG_CLASS_NOUNS or t.dep_ not in _NP_ROLES \
                    or i in self.token_entity or i in above:
                continue
            if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children):
                continue
            ref = self.referent(view, t)
            if ref is None or ref.entity != entity:
                return True
        return False

    def _pronoun(self, view: SentenceView, p: Token) -> Referent | None:
        low = p.lower_
        exclude: set[str | None] = set()
        clause = next((a for a in view.ancestors(p) if a.pos_ in ("VERB", "AUX")), None)
        is_poss = p.dep_ == "poss" or p.tag_ == "PRP$"
        scope = self.scope_of(view, p)
        if scope is not None and scope.speaker is not None:
            exclude.add(scope.speaker)  # "'He then hung up,' Lee wrote": a speaker says "I", never "he"
        if clause is not None and p.dep_ not in ("nsubj", "nsubjpass") and not low.endswith("self"):
            own = view.child(clause, "nsubj", "nsubjpass")
            own_ref = self.referent(view, own) if own is not None and own.i != p.i else None
            if own_ref is not None and own_ref.entity and (
                    not is_poss or clause.lemma_ in lx.ADVOCACY_VERBS
                    and any(a.dep_ == "pobj" or a.dep_ == "dobj" for a in [p.head])):
                exclude.add(own_ref.entity)
        # 0. "Nixon and his aides", "the mayor and her husband": a possessive on the second of two
        # conjoined phrases is the first one's, when it fits
        if is_poss and p.head.dep_ == "conj" and view.inside(p.head):
            first = view.head(p.head)
            ref = self.referent(view, first) if first is not None and first.i < p.i else None
            if ref is not None and self.agrees(low, ref) and ref.entity not in exclude:
                self._unclear_in_quote(scope, p, first.i)
                self.governed.add(p.i)
                return self._learned(low, ref)
        # 1. a governing clause's subject, before the pronoun (for an infinitive whose doer is its
        # governor's object, that object: "forced Acme to lower its prices" → Acme's)
        below, crossed = p, False  # (crossed: the path up went from one conjunct to another)
        relayed = False  # (the path went through words another was quoted as saying)
        for a in view.ancestors(p):
            crossed = crossed or below.dep_ == "conj"
            below = a
            if a.pos_ not in ("VERB", "AUX"):
                continue
            subj = view.child(a, "nsubj", "nsubjpass")
            gov = view.head(a) if subj is None and a.dep_ == "xcomp" else None
            if gov is not None and gov.lemma_.lower() in lx.OBJECT_CONTROL:
                subj = view.child(gov, "dobj")
            if subj is None and a.lemma_.lower() in lx.SPEECH_VERBS and a.i < p.i and a.dep_ == "pcomp" \
                    and getattr(view.head(a), "lower_", "") == "as":
                relayed = True  # ("quoting her lawyer as saying …": the lawyer's words, not the reporter's)
            if subj is None or subj.i >= p.i or subj.i == p.i:
                continue
            if a.dep_ == "relcl" and subj.lower_ in RELATIVE_SUBJECTS and p.dep_ in ("nsubj", "nsubjpass") \
                    and (antecedent := view.head(a)) is not None:
                # "… fired Lee, who has a year left on the contract he signed": a subject pronoun inside a
                # relative clause on someone takes up that someone, not the sentence's subject; when the one
                # it is said of has no name, neither has the pronoun ("a man who said he was attacked")
                ref = self.referent(view, antecedent)
                if ref is not None and ref.entity is not None and self.agrees(low, ref) \
                        and ref.entity not in exclude:
                    self._unclear_in_quote(scope, p, antecedent.i)
                    return self._learned(low, ref)
                if ref is None and low in SHE_HE and antecedent.pos_ == "NOUN" \
                        and gx.noun_gender(antecedent.lemma_.lower()) == gx.PRONOUN_GENDER.get(low):
                    self.guessed.add(p.i)
                    return None
            ref = self.referent(view, subj)
            if (ref is None or ref.entity is None) and low in SHE_HE and not is_poss and subj.pos_ == "NOUN" \
                    and gx.noun_gender(subj.lemma_.lower()) == gx.PRONOUN_GENDER.get(low):
                # "His wife said she was pleased": the wife, whom no entity stands for; never someone
                # named before her
                self.guessed.add(p.i)
                return None
            if ref is not None and self.agrees(low, ref) and ref.entity not in exclude:
                self._unclear_in_quote(scope, p, subj.i)
                if not crossed:
                    self.governed.add(p.i)
                if self.doubtful(subj) or (subj.pos_ == "PRON" or is_speech(view, a)) and any(
                        i > subj.i and r.entity != ref.entity and self.agrees(low, r)
                        and self.doc.words[i].dep_ in _PARTICIPANT_DEPS for i, r in self._refs_before(view, p.i)):
                    # the subject it takes up was itself a guess, or a pronoun with another who fits
                    # named between them ("she laid her daughter, Kim, down while she bled")
                    self.guessed.add(p.i)
                if low in SHE_HE and self._gendered_noun_before(view, p, ref, after=subj.i):
                    self.guessed.add(p.i)  # "Lee told doctors the girl had illnesses she never had"
                if (low in IT or low in SHE_HE) and subj.pos_ != "PRON" and view.child(subj, "conj") is not None:
                    # "Spain and France are alone in warning Italy of sanctions if it does not back down":
                    # a coordinated subject is two, which a singular pronoun does not take up (Italy, here);
                    # ("he and his friends rode away and he put the gun back": the "he" goes on)
                    self.guessed.add(p.i)
                if relayed and p.dep_ not in ("nsubj", "nsubjpass"):
                    # "the paper reported, quoting her lawyer as saying that prosecutors had not approved
                    # it": the reporter's subject does not govern what another was quoted as saying
                    self.guessed.add(p.i)
                return self._learned(low, ref)
            if ref is not None and ref.entity in exclude:
                continue
        # 2. same sentence, most recent before the pronoun
        found: Referent | None = None
        for i, ref in self._refs_before(view, p.i):
            if self.agrees(low, ref) and (ref.entity is None or ref.entity not in exclude):
                found = self._learned(low, ref)
                self._unclear_in_quote(scope, p, i)
                if self.doubtful(self.doc.words[i]):
                    self.guessed.add(p.i)
                break
        same_sentence = found is not None
        if not same_sentence:
            self._unclear_in_quote(scope, p, -1)
        # 3. previous sentences
        k = bisect_right(self.history_starts, view.lo - 1)
        centered = False  # taken up from the sentence before's main subject, no nearer candidate
        if found is None:
            for j in range(k - 1, max(-1, k - 4), -1):
                _, main, refs = self.history[j]
                reported = self.reported_mains.get(j) if j == k - 1 and not self._says(view, p) else None
                if reported is not None and self.agrees(low, reported) and reported.entity not in exclude:
                    # "Comeaux took the guards' guns, Lyons said. He was serving a life sentence": the one
                    # the sentence reports on goes on, not its speaker (who goes on only as a speaker: "He added")
                    found = reported
                    if main is not None and main.entity != reported.entity and self.agrees(low, main) \
                            and j in self.guessed_mains:
                        self.guessed.add(p.i)
                    break
                if main is not None and self.agrees(low, main) and (main.entity is None or main.entity not in exclude):
                    found = main
                    centered = j == k - 1 and not any(
                        self.agrees(low, ref) for _, ref in self._refs_before(view, p.i))
                    if centered and p.dep_ in ("nsubj", "nsubjpass") and view.head(p) in view.roots():
                        self.governed.add(p.i)  # "Acme … . It employs 400": the subject goes on as the subject
                    if j in self.guessed_mains or j < k - 1:
                        self.guessed.add(p.i)  # (nothing fits in the sentence before: a long reach)
                    break
                for i, ref in reversed(refs):
                    if self.agrees(low, ref) and (ref.entity is None or ref.entity not in exclude):
                        found = ref
                        if self.doubtful(self.doc.words[i]):
                            self.guessed.add(p.i)
                        break
                if found is not None:
                    if j < k - 1:
                        self.guessed.add(p.i)
                    break
        if found is not None and low in SHE_HE and self._gendered_noun_before(view, p, found):
            self.guessed.add(p.i)  # "insisting that the girl had illnesses she never had": the girl, maybe
        if found is not None and low in IT and same_sentence and self._thing_subject_before(view, p, found):
            self.guessed.add(p.i)  # "after the plane landed in Lyon, it was towed": the plane, not Lyon
        if found is not None and not centered and (low in IT and not same_sentence
                                                   or self._rivals(view, p, low, found, exclude, k, same_sentence)):
            # ("it" found in an earlier sentence is a guess: places, products, plans and events all fit)
            self.guessed.add(p.i)
        return found

    def _unclear_in_quote(self, scope: Scope | None, p: Token, at: int) -> None:
        """A pronoun in quoted words whose speaker is not given, taken from outside the quote (token
        ``at``, -1 for an earlier sentence): whom the speaker meant is not clear, so it is a guess."""
        if scope is not None and not scope.known and not scope.lo <= at < scope.hi:
            self.guessed.add(p.i)

    def _gendered_noun_before(self, view: SentenceView, p: Token, found: Referent, after: int = -1) -> bool:
        """A noun of the pronoun's gender ("the girl", "the man") before it in its sentence (after
        token ``after``) that no entity stands for, or that stands for another than the one found:
        either may be meant."""
        words, want = self.doc.words, gx.PRONOUN_GENDER.get(p.lower_)
        for i in range(max(view.lo, after + 1), p.i):
            t = words[i]
            if t.pos_ == "NOUN" and gx.NOUNS.get(t.lemma_.lower()) == want and t.dep_ != "poss" \
                    and view.child(t, "poss") is None:
                ref = self.referent(view, t)
                if ref is None or ref.entity != found.entity:
                    return True
        return False

    def _fits_body(self, view: SentenceView, p: Token) -> bool:
        """Whether what the sentence says of "it" can be said of a named body or place: not an amount
        or a comparison ("it is less than $90 million", "it was worth twice that"), which fits an
        offer, a sum or a deal, not the firm that made it."""
        verb = view.head(p) if p.dep_ in ("nsubj", "nsubjpass") else None
        if verb is None or verb.lemma_ != "be":
            return True
        for c in view.children(verb, "attr", "acomp", "advmod", "prep", "npadvmod"):
            for t in view.subtree(c):
                if t.lower_ in _AMOUNT_WORDS or t.ent_type_ in ("MONEY", "PERCENT", "QUANTITY") or t.text == "$":
                    return False
        return True

    def _thing_nearer(self, view: SentenceView, p: Token, entity: str) -> bool:
        """A noun phrase of a thing ("the offer", "a new plan") between the last mention of the entity
        "it" was resolved to and "it", with no entity behind it: a nearer antecedent that agrees as
        well, unless "it" does what only a body does (says, decides, hires)."""
        if p.dep_ in ("nsubj", "nsubjpass") and view.head(p) is not None \
                and view.head(p).lemma_.lower() in _BODY_VERBS:
            return False
        words = self.doc.words
        last = next((i for i in range(p.i - 1, max(-1, p.i - _NEAR_WINDOW), -1)
                     if self.token_entity.get(i) == entity
                     or self.memo.get(i) is not None and self.memo[i].entity == entity), None)
        if last is None:
            return False
        above = {a.i for a in view.ancestors(p)}  # ("debt it says it can't repay": not the debt itself)
        for i in range(last + 1, p.i):
            t = words[i]
            if t.tag_ != "NN" or t.dep_ not in _NP_ROLES or i in self.token_entity or t.ent_type_ or i in above:
                continue
            low = t.lemma_.lower()
            if low in lx.ORG_CLASS_NOUNS or low in lx.GROUP_NOUNS or gx.noun_gender(low) or low in PERSON_CUES:
                continue
            if any(c.dep_ in ("det", "poss") for c in t.children):
                return True
        return False

    def _thing_subject_before(self, view: SentenceView, p: Token, found: Referent) -> bool:
        """A subject before "it" in its sentence that is a singular common noun no entity stands for
        ("the plane", "the administration"): a subject is the likelier antecedent than a name in a
        phrase after it, so taking the name is a guess."""
        words = self.doc.words
        for i in range(view.lo, p.i):
            t = words[i]
            if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NN" and self.entity_of(t) is None \
                    and self.referent(view, t) is None:
                return True
        return False

    def _rivals(self, view: SentenceView, p: Token, low: str, found: Referent, exclude: set, k: int,
                same_sentence: bool) -> bool:
        """Whether another entity that agrees with the pronoun as well is named where rules 2 and 3
        looked: in the pronoun's sentence before it (rule 2), or there and in the sentence before
        (rule 3). Then the rule only guessed between them."""
        others: set[str | None] = set()
        for _, ref in self._refs_before(view, p.i):
            if self.agrees(low, ref) and ref.entity not in exclude:
                others.add(ref.entity)
        if k - 1 >= 0 and not same_sentence:
            _, main, refs = self.history[k - 1]
            for ref in (main, *(r for _, r in refs)):
                if ref is not None and self.agrees(low, ref) and ref.entity not in exclude:
                    others.add(ref.entity)
        others.discard(found.entity)
        others.discard(None)
        return bool(others)

    def doubtful(self, token: Token) -> bool:
        """Whether what ``token`` was read as is a guess (a guessed pronoun or name)."""
        return token.i in self.guessed or self.guessed_name(token)

    def _given_name_rival(self, entity_id: str, surname: str) -> bool:
        """Someone the article names by a given name alone ("Gypsy") whom the text also shows with
        this surname ("Gypsy Rose Blanchard", in a title): the surname may be theirs."""
        for e in self.entities.values():
            if e.id == entity_id or e.type != "PERSON" or len(e.name.split()) != 1 or e.name == surname:
                continue
            pattern = rf"\b{re.escape(e.name)}(?:\s+[A-Z][\w.'-]*){{0,2}}\s+{re.escape(surname)}\b"
            if re.search(pattern, self.doc.text):
                return True
        return False

    def _first_offset(self, entity_id: str) -> int:
        mentions = self.entities[entity_id].mentions
        return min((m.start for m in mentions), default=1 << 30)

    def _full_mentions(self, entity_id: str, word: str) -> int:
        """How often the article names the entity by a longer name with ``word`` in it (a bare
        surname may be the entity stage's own guess, so it does not count)."""
        return sum(1 for m in self.entities[entity_id].mentions
                   if len(m.text.split()) > 1 and word in m.text.casefold().split())

    def guessed_name(self, token: Token) -> bool:
        """Whether the person a name stands for is a guess: a one-word name that two or more people of
        the article share ("Blanchard" for mother and daughter) read as one who is not the article's
        most named by full name (the first named, on a tie), or a longer name with a word the
        entity's names do not have ("Ann Lee" read as "Mary Lee")."""
        eid = self.entity_of(token)
        if eid is None or self.entities[eid].type != "PERSON" or token.pos_ != "PROPN":
            return False
        words = token.doc.words
        left = token.i
        while left > 0 and words[left - 1].dep_ == "compound" and words[left - 1].head.i == token.i \
                and words[left - 1].pos_ == "PROPN":
            left -= 1
        if left < token.i and all(w.lower_ in gx.HONORIFICS or not w.text.isalpha() for w in words[left:token.i]):
            # "Ms. Blanchard": a surname with a title is a guess whenever the surname is shared
            return len(self.name_words.get(token.lower_, ())) >= 2
        if left == token.i:
            # a shared surname is trusted for the person the article is about (named most often),
            # the one news writing calls by surname alone
            if self._given_name_rival(eid, token.text):
                return True
            sharers = self.name_words.get(token.lower_, ())
            if len(sharers) < 2:
                return False
            low = token.lower_
            mine = (self._full_mentions(eid, low), -self._first_offset(eid))
            return any((self._full_mentions(x, low), -self._first_offset(x)) >= mine for x in sharers if x != eid)
        e = self.entities[eid]
        known = {w.casefold().strip(".,\"'") for name in (e.name, *e.aliases) for w in name.split()}
        return any(w.text[:1].isupper() and w.text.isalpha() and w.lower_ not in known
                   and self.token_entity.get(w.i) in (eid, None) and w.lower_ not in gx.HONORIFICS
                   and w.lower_ not in PERSON_CUES  # "Prosecutor Dan Patterson": a title, not a name
                   for w in words[left:token.i + 1])

    def _learned(self, pronoun: str, ref: Referent) -> Referent:
        """A "she"/"he" bound in its own sentence tells the entity's gender for the sentences after."""
        g = gx.PRONOUN_GENDER.get(pronoun)
        if g is not None and ref.entity is not None and ref.entity not in self.gender:
            self.gender[ref.entity] = g
        return ref

    def _refs_before(self, view: SentenceView, before: int):
        """Referents mentioned in the sentence before token ``before``, most recent first."""
        words = self.doc.words
        mention_last, memo = self.mention_last, self.memo
        for i in range(before - 1, view.lo - 1, -1):
            t = words[i]
            if i in mention_last:
                yield i, self.entity_ref(self.token_entity[i])
            elif (t.pos_ == "PRON" and i in memo) or t.tag_ in ("NNS", "NNPS"):
                ref = self.referent(view, t)
                if ref is not None:
                    yield i, ref
            elif t.pos_ == "PROPN" and t.dep_ != "compound":
                eid = self.entity_of(t)
                if eid is not None:
                    yield i, self.entity_ref(eid)

    def close_sentence(self, view: SentenceView, main_subject: Token | None) -> None:
        """Remember the sentence's referents (for pronouns in the sentences after it)."""
        scopes = self.quotes(view)
        _, still_open = quote_scopes(view, self.open_quote > 0)
        self.open_quote = self.open_quote + 1 if still_open and self.open_quote < _MAX_OPEN_QUOTE else 0
        said = [sc for sc in scopes if sc.known]
        if said:
            self.last_speaker = (len(self.history), said[-1].speaker)
        elif scopes:
            self.last_speaker = None  # quoted words of someone not named: nobody to carry on
        self.scopes.pop(view.lo, None)
        refs = [(i, r) for i, r in self._refs_before(view, view.hi)]
        refs.reverse()
        main = self.referent(view, main_subject) if main_subject is not None else None
        if main_subject is not None and self.doubtful(main_subject):
            self.guessed_mains.add(len(self.history))  # a pronoun that takes this subject up inherits the guess
        reported = self._reported_subject(view, main_subject, main)
        if reported is not None:
            self.reported_mains[len(self.history)] = reported
        self.history.append((view.lo, main, refs))
        self.history_starts.append(view.lo)

    def _reported_subject(self, view: SentenceView, main_subject: Token | None,
                          main: Referent | None) -> Referent | None:
        """The named subject of what a sentence reports when its main verb is one of saying ("X did Y, police
        said", "Lyons warned that Comeaux knows the area"): the one the story goes on about, not the speaker."""
        if main_subject is None or main is None or main.entity is None:
            return None
        verb = view.head(main_subject)
        if verb is None or not is_speech(view, verb):
            return None
        content = view.child(verb, "ccomp")
        subject = view.child(content, "nsubj", "nsubjpass") if content is not None else None
        if subject is None or subject.pos_ != "PROPN" or self.doubtful(subject):
            return None
        ref = self.referent(view, subject)
        return ref if ref is not None and ref.entity is not None and ref.entity != main.entity else None

    def _says(self, view: SentenceView, p: Token) -> bool:
        """Whether the pronoun is the subject of a verb of saying ("He added", "she told reporters")."""
        head = view.head(p)
        return p.dep_ in ("nsubj", "nsubjpass") and head is not None and is_speech(view, head)

    # --- phrases as claim fields ------------------------------------------------
    def name_phrase(self, view: SentenceView, head: Token, *, drop: frozenset[int] = frozenset()
                    ) -> tuple[str, str | None, str]:
        """(text for the claim, local entity id or None, the phrase as written).

        An entity is named by its best name; a phrase keeps its words, with
        possessive pronouns that resolve to an entity written as the entity's
        name ("her release" → "Gypsy Rose Blanchard's release").
        """
        left, right = view.phrase_bounds(head, drop=drop)
        words = self.doc.words
        if left < right and left == view.lo and words[left].lower_ in DISCOURSE_ADVERBS:
            left += 1  # "Separately Acme Holdings said": the parse took the sentence's adverb into the name
        raw = self.doc.text[words[left].idx:words[right].idx + len(words[right].text)]
        if any(d.dep_ == "det" and d.lower_ in _QUANTIFIERS for d in view.dependents(head)):
            return raw, None, raw  # "neither ISP", "each Acme store": a share of a kind, not the one it names
        ref = self.referent(view, head)
        if ref is not None and ref.entity is not None and self.entities[ref.entity].type in ("GPE", "LOC") \
                and words[left].lower_ in ("a", "an") and any(
                    words[k].pos_ == "NOUN" and self.token_entity.get(k) != ref.entity for k in range(left, head.i)):
            return raw, None, raw  # "a buffer zone southern Kenya" (its "in" left out): a zone, not the country
        if ref is not None and ref.entity is not None:
            return ref.text, ref.entity, raw
        if ref is not None and head.pos_ == "PRON":
            return ref.text, None, raw
        # possessive pronouns that resolve to an entity are written as its name
        names: dict[int, str] = {}
        for k in range(left, right + 1):
            t = words[k]
            if t.tag_ == "PRP$" and (t.lower_ in POSSESSIVE or t.lower_ in ("my", "our")):
                r = self.referent(view, t)
                if r is not None and r.entity is not None:
                    names[k] = f"{r.text}'s"
        if not names:
            return raw, None, raw
        parts = [names.get(k, words[k].text) + (words[k].whitespace_ if k < right else "")
                 for k in range(left, right + 1)]
        return "".join(parts), None, raw


_SINGLE_QUOTES = frozenset({"'", "\u2018", "\u2019"})
_DOUBLE_QUOTES = frozenset({'"', "\u201c", "\u201d", "''", "``"})


def _inner_quote(view: SentenceView, p: Token) -> bool:
    """Whether a word stands inside a quotation within the quotation ("… He wants me to go, ' " Lee said,
    recalling Kim's words): the first quotation mark after it closes a single-quoted quote right before the
    double one. Its "me" is the inner speaker's, whom the quote does not name."""
    words = view.doc.words
    for k in range(p.i + 1, view.hi):
        text = words[k].text
        if text in _DOUBLE_QUOTES:
            return False
        if text in _SINGLE_QUOTES:
            return k + 1 < view.hi and words[k + 1].text in _DOUBLE_QUOTES
    return False


#: Determiners that take a share of a kind ("neither ISP", "every Acme store"): the phrase names no one
#: entity even when its noun looks like a name.
_QUANTIFIERS = frozenset({"neither", "either", "each", "every", "any", "no", "some", "all", "both"})

#: Words after which a description's head noun is over ("the first company [to use the chip]").
_AFTER_HEAD = frozenset({"to", "who", "whom", "whose", "that", "which", "of", "in", "for", "with", "at",
                         "from", "on", "by", "since", "behind", "and", "or", "as", "known", "based"})


#: Words of an amount or a comparison of amounts ("less than", "worth", "twice").
_AMOUNT_WORDS = frozenset({"less", "more", "fewer", "worth", "twice", "half", "cheaper", "dearer", "higher",
                           "lower", "percent", "%", "million", "billion", "thousand"})
#: Verbs whose doer is a body or a person, never a thing like an offer or a plan.
_BODY_VERBS = lx.ATTRIBUTION_VERBS | lx.SPEECH_VERBS | lx.THOUGHT_VERBS | frozenset({
    "decide", "hire", "fire", "sue", "agree", "refuse", "vote", "buy", "acquire", "sell", "pay",
    "own", "want", "plan", "intend", "hope", "try", "seek", "apologize", "apologise", "respond"})
#: Endings of nouns of people by what they do ("miner", "investor", "analyst", "resident", "civilian").
_DOER_ENDINGS = ("er", "or", "ist", "ant", "ent", "ian", "ee")
#: Roles in which a noun phrase may be what "it" takes up.
_NP_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj", "dative"})
#: How far back (tokens) the last mention of the entity "it" was resolved to is looked for.
_NEAR_WINDOW = 80

#: Where a name stands as a participant of its clause (not inside a phrase of place or channel).
_PARTICIPANT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "appos", "conj", "attr"})

#: Kinds of entity a description of a body ("the company", "the network") may stand for (a place's name
#: is often a company's misread: "Acme" typed as a place).
_BODY_TYPES = frozenset({"ORG", "GPE", "NORP"})


def _other_class(name: str, noun: str) -> bool:
    """"the bank" is not "Woodburn Police Department", "the company" not "the Treasury Department": a
    name that ends in another kind of body's noun is not what the description says."""
    words = name.lower().rstrip(".").split()
    last = words[-1] if words else ""
    if noun in _GOVERNING and noun not in words:
        return True  # "the government" is not "FBI" nor "Acme": only a body named as one
    return last in lx.ORG_CLASS_NOUNS and last != noun or last in _PUBLIC_BODIES and noun in _TRADING


#: Descriptions of a state's ruling body: an agency or firm named before them is not it.
_GOVERNING = frozenset({"government", "administration", "regime", "cabinet"})


#: Last words of public bodies' names, and descriptions that only a trading firm fits.
_PUBLIC_BODIES = frozenset({"police", "office", "commission", "council", "senate", "congress", "parliament",
                            "university", "school", "service", "authority", "bureau", "committee", "force",
                            "army", "navy", "department", "ministry", "agency", "court", "government"})
_TRADING = frozenset({"company", "firm", "automaker", "carmaker", "manufacturer", "maker", "airline", "bank",
                      "corporation", "business", "retailer", "conglomerate", "startup", "supplier", "producer",
                      "brand"})


def _same_name(a: str, b: str) -> bool:
    """"GM" and "General Motors", "Acme" and "Acme Corp.": one name is the other's initials or part of it."""
    def initials(name: str) -> str:
        return "".join(w[0] for w in name.split() if w[:1].isupper() and w not in ("The", "A", "An"))
    a, b = a.strip(), b.strip()
    return a == initials(b) or b == initials(a) or a in b or b in a


#: Words that make a description someone besides the one it was given to ("the second deputy", "the other nurse").
_OTHER_ONE = frozenset({"second", "third", "fourth", "fifth", "other", "another"})
#: The key an age is kept by among a person's descriptions ("35-year-old"): the noun a later "the 35-year-old"
#: stands on.
AGE_SUFFIX = "-year-old"
#: A person's age beside a mention of their name: "Ann Lee, 35," or "Ann Lee (35)" after it ...
_AGE_AFTER = re.compile(r"[ \t]*(?:,[ \t]*(\d{1,3})[ \t]*(?=[,.;]|$)|\([ \t]*(\d{1,3})[ \t]*\))")
#: ... or "35-year-old Ann Lee" right before it.
_AGE_BEFORE = re.compile(r"(\d{1,3})[ \t]*-[ \t]*years?[ \t]*-[ \t]*old[ \t]+$")


def _others_introduced(doc: ParsedDoc) -> dict[str, int]:
    """Nouns by which the article brings in one more person or thing of a kind ("a second deputy", "another
    nurse"), each with where it first does so."""
    out: dict[str, int] = {}
    for w in doc.words:
        if w.pos_ != "NOUN" or w.lemma_.lower() in out:
            continue
        mods = {c.lower_ for c in w.children}
        if "another" in mods or mods & {"a", "an"} and mods & _OTHER_ONE:
            out[w.lemma_.lower()] = w.i
    return out


def _ages(text: str, entity: Entity) -> set[str]:
    """The ages the article gives a person beside their name ("Ann Lee, 35,", "35-year-old Ann Lee"), each as
    its description key ("35-year-old"): news writing gives an age once and may call the person by it after."""
    out: set[str] = set()
    for m in entity.mentions:
        for found in (_AGE_AFTER.match(text, m.end), _AGE_BEFORE.search(text, max(0, m.start - 24), m.start)):
            number = next((g for g in found.groups() if g), None) if found else None
            if number is not None and 0 < int(number) < 120:
                out.add(f"{int(number)}{AGE_SUFFIX}")
    return out


def age_key(view: SentenceView, head: Token) -> str | None:
    """The age a noun phrase gives ("the 29-year-old", "the 35-year-old deputy": "29-year-old"), or None."""
    old = head if head.lower_ == "old" else next((c for c in view.children(head, "amod") if c.lower_ == "old"), None)
    year = next((c for c in view.children(old, "npadvmod") if c.lemma_.lower() == "year"), None) if old else None
    number = view.child(year, "nummod") if year is not None else None
    if number is None or not number.text.isdigit():
        return None
    return f"{int(number.text)}{AGE_SUFFIX}"


def _head_word(text: str) -> str:
    """The head noun of a description, lower-cased, plural "s" dropped (``head_noun``)."""
    return head_noun(text).rstrip("s")


def head_noun(text: str) -> str:
    """The head noun of a description, lower-cased: the last word before a preposition, relative word or comma
    ("a reality TV star" → "star", "the first company to use the chip" → "company"); an abbreviated title alone is the
    noun it stands for ("Dr." → "doctor")."""
    words: list[str] = []
    for w in text.replace(",", " , ").split():
        low = w.lower().strip("\"'()")
        if low in _AFTER_HEAD or low == ",":
            if words:
                break
            continue
        words.append(low)
    if len(words) == 1 and title_noun(words[0]):
        return title_noun(words[0])  # a title alone before a name ("Dr. Ann Lee"): she is a doctor
    return words[-1] if words else ""
