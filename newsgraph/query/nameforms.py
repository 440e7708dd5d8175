"""The other forms a question's name may take in the articles: a reader's words are not the reporter's.

A reader asks about "the Iranian official", "the UN", "the Cuban government" or
"Cuba"; the articles write "Iran", "the U.N." or "the United Nations", "Cuban".
A name the question uses is looked up, and judged absent from the store, only
after each of its forms has been tried:

- an acronym with and without its dots ("UN" ↔ "U.N.") and its expansions:
  the store's own names whose initials spell it (the resolver's ``a:`` keys:
  "Environmental Protection Agency" for "EPA") and WordNet's ("United Nations"
  for "UN", "Federal Bureau of Investigation" for "FBI");
- a place and its adjective either way ("Iranian" ↔ "Iran", "Cuba" ↔ "Cuban"):
  the country tables the resolver reads (``resolve.places``), then WordNet's
  pertainyms and derivations of a named place ("Parisian" → "Paris");
- a place name's first word long or short ("Mount Cook" ↔ "Mt Cook", "St. Louis" ↔ "Saint Louis").

No list of names is written here: every form comes from those general resources
or from the store, save the few English abbreviations of a place name's first
word (``_NAME_ABBREVIATIONS``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..resolve.nametokens import initials, norm, org_tokens, spelled_initials
from ..resolve.places import country_forms
from .entities import ref_of
from .types import EntityRef
from ..lexicon.wordnet import wordnet

#: An acronym as written: two to six capitals, with or without a dot after each ("UN", "U.N.", "FBI").
_ACRONYM = re.compile(r"(?:[A-Z]\.){2,6}|[A-Z]{2,6}")
#: How many other forms a name gets at most (each may cost a lookup).
MAX_FORMS = 8
#: How many entities one acronym key is read for.
_KEYED = 5


def acronym_letters(name: str) -> str | None:
    """The letters of an acronym, lower-cased ("U.N." → "un"), or None when the name is none."""
    text = name.strip()
    if not _ACRONYM.fullmatch(text) and not _ACRONYM.fullmatch(text + "."):
        return None
    return text.replace(".", "").lower()


def spellings(letters: str) -> list[str]:
    """An acronym's two spellings: "UN" and "U.N."."""
    return [letters.upper(), "".join(f"{c.upper()}." for c in letters)]


def _spells(name: str, letters: str) -> bool:
    """Whether a name of two or more words has ``letters`` as its initials ("United Nations" → "un")."""
    toks = org_tokens(name)
    return len(toks) >= 2 and letters in (initials(toks), spelled_initials(toks))


@lru_cache(maxsize=4096)
def wordnet_expansions(letters: str) -> tuple[str, ...]:
    """WordNet's names for what an acronym stands for: the words of the noun senses that list it ("un" →
    "united nations")."""
    net = wordnet()
    if net is None:
        return ()
    out: list[str] = []
    for offset in net.synset_offsets(letters, "n"):
        synset = net.synset(offset, "n")
        if synset is not None and letters in synset.words:
            out += [w for w in synset.words if _spells(w, letters)]
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=4096)
def common_word(letters: str) -> bool:
    """Whether capitals spell a common word, not a name's initials: WordNet knows them as a noun and spells none
    of their senses out ("TV", "OK"; not "UN", "FBI"). Such capitals are never expanded from the store (a
    "TV network" is no "Tampa Valley" network)."""
    net = wordnet()
    return net is not None and bool(net.synset_offsets(letters, "n")) and not wordnet_expansions(letters)


def keyed_expansions(store, letters: str) -> list[EntityRef]:
    """The store's entities, other than people, whose names the acronym spells (the resolver's acronym keys),
    most mentioned first; none for capitals that spell a common word (``common_word``)."""
    if common_word(letters):
        return []
    ids = [entity_id for entity_id, kind in store.keyed_entities(f"a:{letters}", _KEYED) if kind != "PERSON"]
    refs = [ref_of(r) for r in store.entity_briefs(ids)]
    return sorted((r for r in refs if _spells(r.name, letters)), key=lambda r: (-r.mentions, r.id))


#: How many sentences naming a stored entity are read for the longer name an acronym spells.
_SENTENCES = 3
#: A capitalised word or a word an acronym skips, after a name ("… *in Europe*", "… *Patrol*").
_NEXT_WORD = re.compile(r"\s+((?:of|and|the|for|in|on|at|to|&)\s+)*(?-i:[A-Z])[\w.'&-]*")


def text_expansions(store, letters: str) -> list[tuple[EntityRef, str]]:
    """Stored entities whose name the articles write on into the words the acronym spells: the tagger took
    "Organization for Security and Cooperation" of "… in Europe" (OSCE), "California Highway" of "… Patrol"
    (CHP). Found by the acronym keys of the name's first initials (the resolver's ``a:`` keys: "osc", "ch"),
    then in a few sentences that name it; each with the name as the articles write it whole."""
    out: list[tuple[EntityRef, str]] = []
    if common_word(letters):
        return out
    for size in range(len(letters) - 1, 1, -1):
        ids = [entity_id for entity_id, kind in store.keyed_entities(f"a:{letters[:size]}", _KEYED) if kind != "PERSON"]
        for row in store.entity_briefs(ids):
            if not _spells(row.name, letters[:size]):
                continue
            keys = store.fulltext_sentence_keys([[row.name]], limit=_SENTENCES)
            for hit in store.sentence_rows(keys):
                whole = _spelled_on(hit.text, row.name, letters)
                if whole:
                    out.append((ref_of(row), whole))
                    break
        if out:
            break
    return out


def _spelled_on(text: str, name: str, letters: str) -> str | None:
    """The name with the capitalised words that follow it in ``text``, as far as its initials spell
    ``letters``; None when they never do."""
    for found in re.finditer(re.escape(name), text):
        end = found.end()
        while (more := _NEXT_WORD.match(text, end)) is not None:
            end = more.end()
            whole = text[found.start():end]
            if _spells(whole, letters):
                return " ".join(whole.split())
            if len(initials(org_tokens(whole))) >= len(letters):
                break
    return None


@lru_cache(maxsize=4096)
def place_forms(name: str) -> tuple[str, ...]:
    """Other forms of a place's name or adjective, lower-cased: the country's names and demonym ("Iranian" →
    "iran"), else WordNet's: an adjective's pertainym ("parisian" → "paris"), a named place's derived words
    ("cuba" → "cuban") and the places an adjective derives from ("iranian" → "iran")."""
    if not name[:1].isupper():
        return ()
    own = " ".join(org_tokens(name))
    forms = [f for f in country_forms(name) if f.isascii() and not f.endswith(" of") and len(f.split()) <= 4]
    if not forms and " " not in own:
        forms = _wordnet_place_forms(own)
    return tuple(f for f in dict.fromkeys(forms) if f != own)


def _wordnet_place_forms(word: str) -> list[str]:
    net = wordnet()
    if net is None:
        return []
    out: list[str] = []
    for pos in ("a", "n"):
        for offset in net.synset_offsets(word, pos):
            synset = net.synset(offset, pos)
            if synset is None or (pos == "n" and not _place(synset)):
                continue  # a noun's derived words only for a named place ("cuba"), not a common noun
            for symbol, target, target_pos, _source, _target in synset.pointers:
                if symbol not in ("\\", "+") or target_pos == "v":
                    continue
                other = net.synset(target, "a" if target_pos == "s" else target_pos)
                if other is None:
                    continue
                if pos == "n":  # a place to its adjectives and people ("cuba" → "cuban")
                    out += [w for w in other.words if w != word and w.isascii()]
                elif _place(other):  # an adjective to the named place it is of, by that place's own name
                    out.append(other.words[0])
    return out[:MAX_FORMS]


#: How many hypernym steps a named place is followed up to "location".
_PLACE_DEPTH = 12


def _place(synset) -> bool:
    """Whether a noun sense is a named place: an instance (WordNet's "@i") of a kind of location (a country, a
    city, a state), not of a person or a god ("christian" → "Christ")."""
    net = wordnet()
    if net is None or not any(pointer[0] == "@i" for pointer in synset.pointers):
        return False
    current = synset
    for _ in range(_PLACE_DEPTH):
        if "location" in current.words:
            return True
        up = next((p for p in current.pointers if p[0] in ("@i", "@")), None)
        current = net.synset(up[1], "n") if up else None
        if current is None:
            return False
    return False


def other_forms(store, name: str) -> list[str]:
    """The other forms the articles may write a question's name in (see the module docstring), the name's
    own spelling left out; at most ``MAX_FORMS``."""
    letters = acronym_letters(name)
    if letters:
        return _acronym_forms(name, letters, keyed_expansions(store, letters), text_expansions(store, letters))
    return _others(name, [*place_forms(name), *abbreviated_forms(name)])


#: The words a place name opens with that news also writes short, each way ("Mount Cook" ↔ "Mt Cook", "Saint
#: Louis" ↔ "St. Louis", "Fort Worth" ↔ "Ft. Worth"): English abbreviations, no name of any story.
_NAME_ABBREVIATIONS = {"mount": ("mt", "mt."), "saint": ("st", "st."), "fort": ("ft", "ft."), "port": ("pt", "pt.")}


def abbreviated_forms(name: str) -> list[str]:
    """A name with its first word written the other way, long or short ("Mount Cook" → "Mt Cook", "Mt. Cook";
    "St. Louis" → "Saint Louis")."""
    first, _, rest = name.strip().partition(" ")
    if not rest:
        return []
    key = first.lower()
    if key in _NAME_ABBREVIATIONS:
        return [f"{short.capitalize()} {rest}" for short in _NAME_ABBREVIATIONS[key]]
    return [f"{long.capitalize()} {rest}" for long, shorts in _NAME_ABBREVIATIONS.items() if key in shorts]


def _acronym_forms(name: str, letters: str, keyed: list[EntityRef], texts: list[tuple[EntityRef, str]]) -> list[str]:
    """``other_forms`` of an acronym whose store expansions (``keyed_expansions``, ``text_expansions``) are read."""
    return _others(name, [*spellings(letters), *(e.name for e in keyed), *wordnet_expansions(letters),
                          *(whole for _entity, whole in texts)])


def _others(name: str, forms: list[str]) -> list[str]:
    """The forms once each, the name's own spelling left out, at most ``MAX_FORMS``."""
    return [f for f in dict.fromkeys(forms) if norm(f) != norm(name)][:MAX_FORMS]


def entities_by_forms(store, names: dict[str, str]) -> dict[str, list[EntityRef]]:
    """For each question name (key → the name as written) that no entity has as it is, the entities one of its
    other forms names: an acronym's expansions in the store first, then every form looked up as a name or
    alias, in one read."""
    found: dict[str, list[EntityRef]] = {}
    by_form: dict[str, list[str]] = {}
    for key, name in names.items():
        letters = acronym_letters(name)
        if letters:  # the store's expansions are read once: found, or none left for the other forms
            if keyed := keyed_expansions(store, letters) or [e for e, _ in text_expansions(store, letters)]:
                found[key] = keyed
                continue
            forms = _acronym_forms(name, letters, [], [])
        else:
            forms = other_forms(store, name)
        for form in forms:
            by_form.setdefault(norm(form), []).append(key)
    if by_form:
        for form, row in store.entity_briefs_for_keys(list(by_form)):
            ref = ref_of(row)
            for key in by_form.get(norm(form), ()):
                bucket = found.setdefault(key, [])
                if ref.id not in {r.id for r in bucket}:
                    bucket.append(ref)
    return found


def in_text(store, name: str) -> bool:
    """Whether some stored sentence writes one of the name's other forms (each as a phrase)."""
    return any(store.fulltext_has_all_words([form]) for form in other_forms(store, name))
