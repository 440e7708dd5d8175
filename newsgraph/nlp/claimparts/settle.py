"""Later words settle earlier claims: "wants to meet" … "the meeting has not yet materialized".

An *open* claim (desired, requested, planned, possible) is settled by a later
claim of the same article about the same event: the same lemma ("meeting" is
read as "meet"), participants that agree (an entity in common, or none named
on the later side), and a status that says how it turned out:

- negated → outcome "not yet happened" (when the sentence says "yet"/"so
  far"/"still") or "did not happen";
- failed → "failed";
- happened/ongoing → "happened", only when the later claim is an occurrence
  statement ("the meeting took place").

A later claim that is not an occurrence statement ("X has not met Y") must
share a participant entity with the earlier one.

The earlier claim keeps the status its own sentence gave it; the outcome goes
into its ``args`` (``settled_by``, ``outcome``), and the settling claim records
``settles``. Within one sentence, a plan noun that fails ("plans falling
through", "the deal collapsed") settles the sentence's open claims as failed.
"""

from __future__ import annotations

from ...models import Claim

OPEN = frozenset({"desired", "requested", "planned", "possible"})


def _participants(c: Claim) -> set[str]:
    return {e for e in (c.subject_entity, c.object_entity) if e}


def outcome_of(later: Claim) -> str | None:
    if later.status == "negated":
        return "not yet happened" if later.args.get("not_yet") else "did not happen"
    if later.status == "failed":
        return "failed"
    if later.status in ("happened", "ongoing"):
        return "happened"
    return None


def settle(claims: list[Claim]) -> None:
    """Link open claims to the later claims that settle them (in place)."""
    for k, later in enumerate(claims):
        outcome = outcome_of(later)
        if outcome is None or not later.lemma:
            continue
        occurrence = bool(later.args.get("occurrence"))
        if outcome == "happened" and not occurrence:
            continue
        later_people = _participants(later)
        for earlier in claims[:k]:
            if earlier.status not in OPEN or earlier.lemma != later.lemma or "settled_by" in earlier.args:
                continue
            if earlier.sentence == later.sentence and not occurrence:
                continue
            people = _participants(earlier)
            if later_people and people and not later_people & people:
                continue
            if not occurrence and not later_people & people:
                continue
            earlier.args["settled_by"] = later.id
            earlier.args["outcome"] = outcome
            later.args.setdefault("settles", [])
            later.args["settles"].append(earlier.id)
            if occurrence and later.subject_entity is None and earlier.subject_entity is not None:
                later.subject, later.subject_entity = earlier.subject, earlier.subject_entity
                later.args["participants_from"] = earlier.id
            if occurrence and later.object_entity is None and earlier.object_entity is not None:
                later.object, later.object_entity = earlier.object, earlier.object_entity
                later.args["participants_from"] = earlier.id
            later_people = _participants(later) or later_people


def settle_in_sentence(claims: list[Claim], failed_plan_ids: set[str]) -> None:
    """Open claims of a sentence whose plan noun failed ("plans falling through") → outcome failed."""
    if not failed_plan_ids:
        return
    settler = min(failed_plan_ids)
    for c in claims:
        if c.id in failed_plan_ids or c.status not in OPEN or "settled_by" in c.args:
            continue
        c.args["settled_by"] = settler
        c.args["outcome"] = "failed"
