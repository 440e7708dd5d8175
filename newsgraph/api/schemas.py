"""Response envelopes of the API (the items inside are the query layer's ``to_dict()`` output, unchanged)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel


class Page(BaseModel):
    """One page of a list: ``items`` from ``offset``; ``total`` when it is known cheaply, else null."""

    total: int | None
    limit: int
    offset: int
    items: list[dict[str, Any]]


class Bar(BaseModel):
    period: str
    articles: int


class Histogram(BaseModel):
    bars: list[Bar]


class Outlet(BaseModel):
    source: str
    articles: int


class Graph(BaseModel):
    """Nodes and edges for a graph view: edges carry predicates and the evidence behind them."""

    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]


def page(items: list, *, limit: int, offset: int, total: int | None = None) -> Page:
    return Page(total=total, limit=limit, offset=offset,
                items=[i if isinstance(i, dict) else i.to_dict() for i in items])


def window(items: list, *, limit: int, offset: int) -> Page:
    """A page cut from a list a query function returned whole (it was bounded by ``limit + offset``)."""
    return page(items[offset:offset + limit], limit=limit, offset=offset,
                total=len(items) if len(items) < offset + limit else None)
