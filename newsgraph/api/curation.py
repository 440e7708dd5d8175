"""Curation endpoints: each calls one ``newsgraph.resolve.Curator`` method through the writer store.

Every decision is stored, re-applied as articles arrive and reversible
(``/api/curation/undo``), exactly as with ``newsgraph entity …``.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from .errors import ERROR_RESPONSES, ApiError, ErrorBody
from .reads import Limit, Offset
from .schemas import Page, page

router = APIRouter(prefix="/api/curation", tags=["curation"], responses={
    **ERROR_RESPONSES, 401: {"model": ErrorBody}, 403: {"model": ErrorBody}, 409: {"model": ErrorBody},
    501: {"model": ErrorBody}})

Ref = Annotated[str, Field(min_length=1, max_length=300, description="Entity id, name or alias.")]
Name = Annotated[str, Field(min_length=1, max_length=300)]


class Merge(BaseModel):
    into: Ref
    other: Ref

    def call(self) -> tuple[tuple, dict]:
        return (self.into, self.other), {}


class Split(BaseModel):
    entity: Ref
    articles: list[Annotated[str, Field(min_length=1, max_length=100)]] | None = Field(default=None, max_length=500)
    alias: Name | None = None
    name: Name | None = None

    def call(self) -> tuple[tuple, dict]:
        return (self.entity,), {"articles": self.articles, "alias": self.alias, "name": self.name}


class Rename(BaseModel):
    entity: Ref
    name: Name

    def call(self) -> tuple[tuple, dict]:
        return (self.entity, self.name), {}


class Retype(BaseModel):
    entity: Ref
    type: Annotated[str, Field(min_length=1, max_length=40)]

    def call(self) -> tuple[tuple, dict]:
        return (self.entity, self.type), {}


class Alias(BaseModel):
    entity: Ref
    alias: Name

    def call(self) -> tuple[tuple, dict]:
        return (self.entity, self.alias), {}


class NotSame(BaseModel):
    a: Ref
    b: Ref

    def call(self) -> tuple[tuple, dict]:
        return (self.a, self.b), {}


class Undo(BaseModel):
    decision: Annotated[int, Field(ge=1)]

    def call(self) -> tuple[tuple, dict]:
        return (self.decision,), {}


#: (path, Curator method, body, summary): one POST route each.
ACTIONS = [
    ("merge", "merge", Merge, "Merge OTHER into INTO"),
    ("split", "split", Split, "Move some links (by article or alias) to a new entity"),
    ("rename", "rename", Rename, "Give an entity a name"),
    ("retype", "retype", Retype, "Give an entity a type (PERSON, ORG, …)"),
    ("alias-add", "alias_add", Alias, "Add an alias"),
    ("alias-remove", "alias_remove", Alias, "Remove an alias (never added back)"),
    ("not-same", "not_same", NotSame, "Say two entities are different (never linked together)"),
    ("undo", "undo", Undo, "Undo a decision"),
]


def _apply(request: Request, method: str, body) -> dict[str, Any]:
    from ..resolve import Curator

    args, kwargs = body.call()
    with request.app.state.stores.writing() as store:
        action = getattr(Curator(store), method, None)
        if action is None:
            raise ApiError(501, f"this newsgraph has no {method!r} curation yet")
        result = action(*args, **kwargs)
    request.app.state.cache.clear()  # the next read shows the decision, not a kept answer from before it
    if isinstance(result, tuple):  # split: (decision, new entity)
        decision, new = result
        return {**decision.to_dict(), "new_entity": new.to_dict()}
    return result.to_dict()


def _route(method: str, model: type[BaseModel]):
    def route(request: Request, body) -> dict[str, Any]:
        return _apply(request, method, body)

    route.__annotations__ = {"request": Request, "body": model, "return": dict[str, Any]}
    route.__name__ = method
    return route


for path, method, model, summary in ACTIONS:
    router.post(f"/{path}", summary=summary)(_route(method, model))


@router.get("/decisions", response_model=Page, summary="Curation decisions, oldest first")
def decisions(request: Request, limit: Limit = 50, offset: Offset = 0) -> Page:
    from ..resolve import Curator

    found = Curator(request.app.state.stores.reader()).decisions()
    return page(found[offset:offset + limit], limit=limit, offset=offset, total=len(found))
