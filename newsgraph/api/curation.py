"""Curation endpoints: each calls one ``newsgraph.resolve.Curator`` method through the writer store.

Every decision is stored, re-applied as articles arrive and reversible
(``/api/curation/undo``), exactly as with ``newsgraph entity …``.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from .errors import ERROR_RESPONSES, ApiError, ErrorBody

router = APIRouter(prefix="/api/curation", tags=["curation"], responses={
    **ERROR_RESPONSES, 401: {"model": ErrorBody}, 403: {"model": ErrorBody}, 409: {"model": ErrorBody},
    501: {"model": ErrorBody}})

Ref = Annotated[str, Field(min_length=1, max_length=300, description="Entity id, name or alias.")]
Name = Annotated[str, Field(min_length=1, max_length=300)]


class Merge(BaseModel):
    into: Ref
    other: Ref


class Split(BaseModel):
    entity: Ref
    articles: list[Annotated[str, Field(min_length=1, max_length=100)]] | None = Field(default=None, max_length=500)
    alias: Name | None = None
    name: Name | None = None


class Rename(BaseModel):
    entity: Ref
    name: Name


class Retype(BaseModel):
    entity: Ref
    type: Annotated[str, Field(min_length=1, max_length=40)]


class Alias(BaseModel):
    entity: Ref
    alias: Name


class NotSame(BaseModel):
    a: Ref
    b: Ref


class Undo(BaseModel):
    decision: Annotated[int, Field(ge=1)]


def _apply(request: Request, method: str, *args, **kwargs) -> dict[str, Any]:
    from ..resolve import Curator

    with request.app.state.stores.writing() as store:
        curator = Curator(store)
        action = getattr(curator, method, None)
        if action is None:
            raise ApiError(501, f"this newsgraph has no {method!r} curation yet")
        result = action(*args, **kwargs)
    if isinstance(result, tuple):  # split: (decision, new entity)
        decision, new = result
        return {**decision.to_dict(), "new_entity": new.to_dict()}
    return result.to_dict()


@router.post("/merge", summary="Merge OTHER into INTO")
def merge(request: Request, body: Merge) -> dict[str, Any]:
    return _apply(request, "merge", body.into, body.other)


@router.post("/split", summary="Move some links (by article or alias) to a new entity")
def split(request: Request, body: Split) -> dict[str, Any]:
    return _apply(request, "split", body.entity, articles=body.articles, alias=body.alias, name=body.name)


@router.post("/rename", summary="Give an entity a name")
def rename(request: Request, body: Rename) -> dict[str, Any]:
    return _apply(request, "rename", body.entity, body.name)


@router.post("/retype", summary="Give an entity a type (PERSON, ORG, …)")
def retype(request: Request, body: Retype) -> dict[str, Any]:
    return _apply(request, "retype", body.entity, body.type)


@router.post("/alias-add", summary="Add an alias")
def alias_add(request: Request, body: Alias) -> dict[str, Any]:
    return _apply(request, "alias_add", body.entity, body.alias)


@router.post("/alias-remove", summary="Remove an alias (never added back)")
def alias_remove(request: Request, body: Alias) -> dict[str, Any]:
    return _apply(request, "alias_remove", body.entity, body.alias)


@router.post("/not-same", summary="Say two entities are different (never linked together)")
def not_same(request: Request, body: NotSame) -> dict[str, Any]:
    return _apply(request, "not_same", body.a, body.b)


@router.post("/undo", summary="Undo a decision")
def undo(request: Request, body: Undo) -> dict[str, Any]:
    return _apply(request, "undo", body.decision)


@router.get("/decisions", summary="Curation decisions, oldest first")
def decisions(request: Request) -> list[dict[str, Any]]:
    from ..resolve import Curator

    return [d.to_dict() for d in Curator(request.app.state.stores.reader()).decisions()]
