"""The link score: is this local entity that store entity?

Features, each kept in the link's ``reason`` so ``why`` can show them:

- ``name``: the best agreement between any of the local entity's names and any
  of the store entity's aliases (``names.best_match``); a conflict (same
  surname, different first names) vetoes the link;
- ``type``: the same type, a related one (ORG/GPE, GPE/LOC, …), or unrelated;
- ``context``: how many of the article's other entities could be entities the
  store entity was already seen with (``entity_cooc``); and whether another
  entity of this same article already links to it (then a short name does not:
  the nlp stage kept the two apart within the article, and it read more);
- ``descriptions``: shared descriptor words, shared roles, or different roles;
- ``via_short``: a name with a fuller form matched only through a short one
  ("Velmar" of "Velmar Records"), so a candidate its full name matches goes first;
  and when another entity of this same article already links to the
  candidate under a full name that disagrees, the short name does not link.

The score is the name score adjusted by the others. A full name that agrees
links on its own (``THRESHOLD``); a shorter form of a name ("Mara Elise")
needs the company it keeps to agree too. A person named by one word only
("Weller", "Nick") scores only against entities named by that same one word,
never against a full name: which full name it is is a question of context,
not of the name, and ``single`` answers it. Two people of one name stay apart when the
article gives the entity different roles *and* none of its company.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from rapidfuzz import fuzz

from .context import LocalEntity
from .names import PARTIAL_KINDS, PERSON, NameMatch, best_match, is_full, org_tokens, tokens
from .places import country_of
from .profiles import Profile

#: A link needs at least this score; below it the local entity becomes a new store entity.
THRESHOLD = 0.8
#: A partial-name link must beat the runner-up by this much (else it is ambiguous).
MARGIN = 0.1
#: The fewest characters the shorter of two names ``_close`` compares has: in a shorter one a slip is another name.
_CLOSE_CHARS = 8
#: The least ``fuzz.partial_ratio`` (0-100) of two names ``_close`` calls one name written two ways.
_CLOSE_RATIO = 90

_RELATED_TYPES = {
    frozenset(p) for p in (
        ("ORG", "GPE"), ("ORG", "NORP"), ("GPE", "LOC"), ("GPE", "NORP"), ("ORG", "FAC"),
        ("FAC", "LOC"), ("FAC", "GPE"), ("ORG", "PRODUCT"), ("WORK_OF_ART", "PRODUCT"),
        ("WORK_OF_ART", "EVENT"), ("EVENT", "ORG"), ("PRODUCT", "WORK_OF_ART"), ("LAW", "WORK_OF_ART"),
    )
}


def type_agreement(a: str, b: str) -> float:
    if a == b:
        return 1.0
    if frozenset((a, b)) in _RELATED_TYPES:
        return 0.5
    return 0.0


@dataclass(slots=True)
class Features:
    name: str
    name_score: float
    matched: tuple[str, str]
    type: float
    shared_context: int = 0
    context_size: int = 0
    same_article: bool = False
    shared_words: list[str] = field(default_factory=list)
    shared_roles: list[str] = field(default_factory=list)
    role_conflict: bool = False
    not_same: bool = False
    #: matched through a short form of a name that has a fuller one ("Velmar" of "Velmar Records")
    via_short: bool = False
    score: float = 0.0

    def to_dict(self) -> dict:
        return asdict(self)


def features(local: LocalEntity, cand: Profile, *, shared_context: int, context_size: int,
             same_article: bool = False, not_same: bool = False) -> Features:
    person = local.type == PERSON and cand.type == PERSON
    match: NameMatch = best_match(local.names, cand.aliases, person=person)
    type_ = type_agreement(local.type, cand.type)
    if person and match.kind in PARTIAL_KINDS and full_names_disagree(local, cand):
        match = NameMatch("different-full-names", 0.0, match.a, match.b)
    elif (not person and same_article and match.score > 0 and not is_full(match.a, local.type)
          and full_names_disagree(local, cand, person=False)):
        # "Velmar Records", also called "Velmar", beside a "Velmar Motors" this same article
        # already linked here: the nlp stage kept the two apart, and a short name they
        # share does not overrule it
        match = NameMatch("different-full-names", 0.0, match.a, match.b)
    elif (not person and match.score > 0 and type_ < 1.0
          and any(_extends(n, local, cand) and country_of(n) is None for n in {match.a, match.b})):
        # "Dunmere", a town, and the "Dunmere Fire" or "Dunmere Lumber" named after it: a short
        # name joins a fuller name that begins with it only when both are the same kind of thing
        match = NameMatch("other-kind", 0.0, match.a, match.b)
    elif person and match.score > 0 and single_only(local.names):
        if cand.full:
            # a bare "Weller" or "Nick" never decides which of the full names it is:
            # that choice would depend on which full names the store happened to hold
            match = NameMatch("short-vs-full", 0.0, match.a, match.b)
        elif match.kind == "short":
            # the same one-word name on both sides ("Madonna"; a family name)
            match = NameMatch("short", 0.8, match.a, match.b)
    elif person and match.score > 0 and local.full and single_only(cand.aliases):
        # the other way round: a full name does not take over a one-word entity
        match = NameMatch("full-vs-short", 0.0, match.a, match.b)
    elif match.kind == "head" and best_match(local.names, [cand.name], person=False).kind != "head":
        # a bare head ("Senate") fits what the entity is called, not every longer name
        # an article once gave it ("Ruritania Senate" read into "Ruritania")
        match = NameMatch("head-of-alias", 0.0, match.a, match.b)
    f = Features(
        name=match.kind, name_score=match.score, matched=(match.a, match.b),
        type=type_,
        shared_context=shared_context, context_size=context_size, same_article=same_article,
        shared_words=sorted(local.words & cand.words)[:10],
        shared_roles=sorted(local.roles & cand.roles),
        role_conflict=bool(local.roles and cand.roles and not (local.roles & cand.roles)),
        not_same=not_same,
        via_short=(not person and local.full and match.score > 0 and not is_full(match.a, local.type)),
    )
    f.score = combine(f, cand)
    return f


def longer_forms(short: str, names: list[str], type_: str) -> bool:
    """Whether a full name among ``names`` begins with the short name ``short`` and says more
    ("Dunmere Fire" of "Dunmere"): the short name may be what it is named after."""
    toks = org_tokens(short)
    return bool(toks) and not is_full(short, type_) and any(
        _begins_with(org_tokens(n), toks) and is_full(n, type_) for n in names)


def _begins_with(longer: tuple[str, ...], toks: tuple[str, ...]) -> bool:
    """Whether the tokens ``longer`` begin with ``toks`` and say more."""
    return len(longer) > len(toks) and longer[:len(toks)] == toks


def _extends(short: str, local: LocalEntity, cand: Profile) -> bool:
    """A full name of either side begins with ``short``."""
    return longer_forms(short, local.names, local.type) or longer_forms(short, cand.aliases, cand.type)


def single_only(names: list[str]) -> bool:
    return all(len(tokens(n)) <= 1 for n in names)


def full_names_disagree(local: LocalEntity, cand: Profile, *, person: bool = True) -> bool:
    """Both have full names and none of them agree: "Nick Brandt" is not "Nick Halvorsen",
    however much a bare "Nick" fits both; "Dunmere Lumber" is not "Dunmere Fire"."""
    mine = [n for n in local.names if is_full(n, local.type if not person else PERSON)]
    theirs = [a for a in cand.aliases if is_full(a, cand.type if not person else PERSON)]
    if not mine or not theirs:
        return False
    if not person and any(_close(a, b) for a in mine for b in theirs):
        return False
    return best_match(mine, theirs, person=person).kind == "none"


def _close(a: str, b: str) -> bool:
    """Two names of an organization one of which is nearly a part of the other: the same name
    written short or with a slip ("Academy of Motion Pictures Arts"), not another body."""
    ta, tb = " ".join(org_tokens(a)), " ".join(org_tokens(b))
    return min(len(ta), len(tb)) >= _CLOSE_CHARS and fuzz.partial_ratio(ta, tb) >= _CLOSE_RATIO


def combine(f: Features, cand: Profile) -> float:
    """The features as one number (see the module docstring for the reasoning)."""
    if f.name_score <= 0 or f.not_same:
        return min(f.name_score, 0.0)
    score = f.name_score
    score -= 0.3 * (1.0 - f.type)              # related type −0.15, unrelated −0.3
    context = min(f.shared_context, 3) / 3.0
    score += 0.35 * context
    if f.same_article and f.name in PARTIAL_KINDS:
        # the nlp stage kept this short name apart from that entity in this very article:
        # it had a reason (a family name, another relative), so it is not overruled here
        score -= 0.5
    if f.via_short:
        # the name itself did not match: a candidate that its full name matches goes first
        score -= 0.1
    if f.shared_roles:
        score += 0.15
    elif len(f.shared_words) >= 2:
        score += 0.1
    elif f.shared_words:
        score += 0.05
    # Different roles and none of the same company: likely a namesake.
    if f.role_conflict and f.shared_context == 0 and not f.same_article:
        if f.context_size >= 1 and cand.contexts >= 1:
            score -= 0.35
        else:
            score -= 0.15
    return round(score, 4)
