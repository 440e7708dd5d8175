"""Countries by any of their names: "U.S.", "United States of America", "American".

Why a table and not string rules: a country goes by forms that share no
letters ("Germany", "Deutschland", "German") or only initials ("USA"), and news
uses them interchangeably; the adjective ("American officials", "Canadian
government") names the country as often as the noun does. No string rule
finds those, so the forms come from the ``countryinfo`` package (REST Countries
data: the name, alternative spellings, ISO codes, the native name and the
demonym of each country and territory).

A form that names two countries is resolved to the more populous one, which
is what news means by it ("American", "Chinese", "French", "Congolese"); the
other keeps its own names.

A demonym made plural ("Libyans", "Americans") names the country's people, not
the state: "Libyans protested" is not "Libya protested", and "6 of 10
Americans" are not the United States. ``people_of`` tells such a name, and
``country_of`` never maps it to the country.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from .nametokens import initials, org_tokens

logger = logging.getLogger(__name__)


#: Short forms of country names that the package does not list and news uses daily.
_SHORT_FORMS = {"britain": "united kingdom", "america": "united states", "holland": "netherlands"}


def _key(text: str) -> str:
    """A form as ``names`` would compare it: folded tokens, no leading "the", dots dropped."""
    return " ".join(org_tokens(text))


def _table() -> dict[str, str]:
    """Every known form of a country name → the country's (folded) name."""
    return _tables()[0]


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], frozenset[str]]:
    """(every known form of a country name → the country's folded name, the forms that are only a
    demonym: "libyan", never "libya" nor "us")."""
    try:
        import countryinfo
    except ImportError:  # pragma: no cover - the package is a dependency
        logger.warning("countryinfo is not installed: country names and demonyms are not linked")
        return {}, frozenset()
    claims: dict[str, list[tuple[int, str]]] = {}
    demonyms: set[str] = set()
    names: set[str] = set()
    for country in countryinfo.all_countries():
        info = country.info()
        name = info.get("name")
        if not name:
            continue
        canon = _key(name)
        iso = info.get("ISO") or {}
        forms = {name, info.get("nativeName") or "", info.get("demonym") or "",
                 iso.get("alpha2") or "", iso.get("alpha3") or "", *(info.get("altSpellings") or [])}
        demonyms.add(_key(info.get("demonym") or ""))
        names.update(_key(f) for f in forms if f != info.get("demonym"))
        population = int(info.get("population") or 0)
        # a code counts only when it spells the initials of one of the names ("US", "UAE"):
        # "CA", "AL", "DE" are far more often a state than Canada, Albania, Germany
        spelled = {initials(org_tokens(f)) for f in forms if len(org_tokens(f)) >= 2}
        for form in forms:
            key = _key(form)
            if len(key) >= 4 or key in spelled:
                claims.setdefault(key, []).append((population, canon))
    table = {key: max(owners)[1] for key, owners in claims.items()}
    for key, canon in _SHORT_FORMS.items():
        table.setdefault(key, canon)
    return table, frozenset(demonyms - names - {""})


def is_demonym(name: str) -> bool:
    """Whether a name is only a country's adjective ("Libyan", "American"): an entity of the country
    that also goes by its name is better called by that ("Libya"), never "Libyan opened talks"."""
    return _key(name) in _tables()[1]


@lru_cache(maxsize=65536)
def country_of(name: str) -> str | None:
    """The country a name, code or demonym names ("US", "American" → "united states"), else None.

    Codes of two or three letters count only when written in capitals, so that
    a word ("us") is never a country. A country's people ("Americans") are not
    the country (``people_of``).
    """
    key = _key(name)
    if key.endswith(" government"):
        # "the United States Government", "the Canadian government": the country as an actor
        key = key.removesuffix(" government")
    if not key:
        return None
    table = _table()
    stripped = name.replace(".", "").replace(" ", "").strip()
    if len(key) <= 3 and not stripped.isupper():
        return None
    return table.get(key)


@lru_cache(maxsize=65536)
def people_of(name: str) -> str | None:
    """The country whose people a plural demonym names ("Libyans", "the Americans" → the country),
    else None: a group of people, never the state itself."""
    key = _key(name)
    if not key.endswith("s") or len(key) <= 4 or " " in key:
        return None
    table = _table()
    if key in table:  # "Philippines", "Netherlands": the country's own name
        return None
    return table.get(key[:-1])


@lru_cache(maxsize=1)
def _forms_by_country() -> dict[str, tuple[str, ...]]:
    forms: dict[str, list[str]] = {}
    for key, canon in _table().items():
        forms.setdefault(canon, []).append(key)
    return {canon: tuple(sorted(keys, key=lambda k: (k != canon, len(k), k))) for canon, keys in forms.items()}


def country_forms(name: str) -> tuple[str, ...]:
    """Every form of the country a name, code or demonym names, folded, its own name first ("Iranian" →
    "iran", …, "iranian"); none when the name is no country's. A reader asks "the Iranian official" where the
    articles write "Iran"."""
    canon = country_of(name)
    return _forms_by_country().get(canon, ()) if canon else ()
