"""Read endpoints: the query layer's results as JSON, paged, through a read-only store.

Each route calls one ``newsgraph.query`` function or one store read and
returns its ``to_dict()`` (the shape ``--format json`` prints), so the CLI, the
API and the pages say the same thing. Lists take ``limit`` and ``offset``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, Response

from .. import query
from ..store import ArticleFilter, Store
from . import graphs
from .errors import ERROR_RESPONSES
from .schemas import Bar, Graph, Histogram, Outlet, Page, page, window

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)

MAX_LIMIT = 200
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="At most this many items.")]
Offset = Annotated[int, Query(ge=0, le=100_000, description="Skip this many items.")]
Day = Annotated[str | None, Query(pattern=r"^(\d{4}(-\d{2}(-\d{2})?)?)?$",
                                   description="YYYY, YYYY-MM or YYYY-MM-DD (empty: no bound).")]
Text = Annotated[str, Query(min_length=1, max_length=500)]
OptionalText = Annotated[str | None, Query(max_length=500)]


def reader(request: Request) -> Store:
    """The calling thread's read-only store (call it inside the route, in the thread that uses it)."""
    return request.app.state.stores.reader()


class ThreadReader:
    """A store stand-in whose every attribute is read from the read-only store of the thread using it.

    FastAPI runs a sync dependency and its route in different worker threads, so
    a dependency must not hand out one thread's connection: another request in
    that thread would use it at the same time. This is resolved at use instead.
    """

    def __init__(self, request: Request) -> None:
        self._stores = request.app.state.stores

    def __getattr__(self, name: str):
        return getattr(self._stores.reader(), name)


#: A route's store: the calling thread's read-only store, whichever kind ``--db`` opened.
ReadStore = Annotated[Store, Depends(ThreadReader)]


def kept(request: Request, key: tuple, compute) -> Any:
    """``compute()``, or its result kept from an earlier call (see ``cache.ResultCache`` for how long)."""
    return request.app.state.cache.get(key, compute)


def answer(request: Request, key: tuple, compute, **kwargs: Any) -> Response:
    """``compute(store, **kwargs)`` on this thread's read-only store, sent as JSON and kept (see
    ``cache.ResultCache``). The encoded body is what is kept, so a kept answer costs no encoding (a long
    timeline's page took milliseconds to encode, each time)."""
    body = kept(request, key, lambda: as_json(compute(reader(request), **kwargs)).body)
    return Response(body, media_type="application/json")


def as_json(data: dict[str, Any]) -> JSONResponse:
    """The query layer's ``to_dict()`` sent as it is: it is plain JSON already, so FastAPI's generic
    encoder (ten times slower than ``json.dumps`` on a long timeline) is skipped."""
    return JSONResponse(data)


def article_filter(start: Day = None, end: Day = None, source: OptionalText = None) -> ArticleFilter:
    return ArticleFilter(start=start or None, end=end or None, source=source or None)


Filter = Annotated[ArticleFilter, Depends(article_filter)]


@router.get("/articles", response_model=Page, summary="Articles, newest first, filtered by date and outlet")
def articles(store: ReadStore, filter: Filter, limit: Limit = 50, offset: Offset = 0) -> Page:
    return page(store.articles_where(filter, limit=limit, offset=offset), limit=limit, offset=offset,
                total=store.count_articles_where(filter))


def article_data(store: Store, ref: str) -> dict[str, Any]:
    """An article with its text and everything read in it (for the article page and the API)."""
    a = store.article(ref)
    marks = store.article_marks(a.id)
    return {"id": a.id, "doc_id": a.doc_id, "published": a.published, "title": a.title, "source": a.source,
            "url": a.url, "authors": list(a.authors), "origin": a.origin, "text": a.text,
            "sentences": [{"sentence": i, "start": s, "end": e} for i, s, e in marks.sentences],
            "marks": [m.to_dict() for m in marks.marks], "entities": [e.to_dict() for e in marks.entities]}


@router.get("/articles/{article}", response_model=dict[str, Any],
            summary="One article: text, sentences, entity/time/claim marks")
def article(store: ReadStore, article: str) -> JSONResponse:
    return as_json(article_data(store, article))


@router.get("/entities", response_model=Page, summary="Entities, most mentioned first")
def entities(store: ReadStore, type: OptionalText = None, name: OptionalText = None, limit: Limit = 50,
             offset: Offset = 0) -> Page:
    total, rows = store.entities_page(type=type or None, name=name or None, limit=limit, offset=offset)
    return page(rows, limit=limit, offset=offset, total=total)


@router.get("/entities/{entity}/profile", response_model=dict[str, Any],
            summary="An entity's profile (as `newsgraph profile`)")
def profile(request: Request, entity: str, as_of: Day = None) -> Response:
    return answer(request, ("profile", entity, as_of), profile_of, entity=entity, as_of=as_of or None)


def profile_of(store: Store, entity: str, as_of: str | None) -> dict[str, Any]:
    return query.profile(store, entity, as_of=as_of).to_dict()


@router.get("/entities/{entity}/timeline", response_model=dict[str, Any],
            summary="An entity's timeline, paged over its entries")
def timeline(request: Request, entity: str,
             with_: Annotated[str | None, Query(alias="with", max_length=500)] = None,
             start: Day = None, end: Day = None, as_of: Day = None, limit: Limit = 100,
             offset: Offset = 0) -> Response:
    asked = {"entity": entity, "with_": with_ or None, "start": start or None, "end": end or None,
             "as_of": as_of or None}
    return answer(request, ("timeline", *asked.values(), limit, offset), timeline_page, **asked, limit=limit,
                  offset=offset)


def timeline_page(store: Store, entity: str, *, limit: int, offset: int, **asked: str | None
                  ) -> dict[str, Any]:
    """One page of the entity's timeline entries, with the timeline's other fields.

    Only the page's entries are turned into dicts: a hub's timeline has hundreds, and converting all of them
    to send fifty was most of the time this took."""
    found = query.timeline(store, entity, **asked)
    result = replace(found, entries=[]).to_dict()
    del result["entries"]
    return {**result, **window(found.entries, limit=limit, offset=offset).model_dump()}


@router.get("/entities/{entity}/claims", response_model=Page, summary="An entity's claims, newest first")
def entity_claims(store: ReadStore, entity: str, status: OptionalText = None, as_of: Day = None, limit: Limit = 50,
                  offset: Offset = 0) -> Page:
    found = query.claims(store, entity, status=status or None, as_of=as_of or None, limit=limit + offset)
    return window(found.claims, limit=limit, offset=offset)


@router.get("/entities/{entity}/graph", response_model=Graph, summary="An entity's neighbourhood as a graph")
def entity_graph(request: Request, entity: str, as_of: Day = None) -> Response:
    return answer(request, ("graph", entity, as_of), graph_of, entity=entity, as_of=as_of or None)


def graph_of(store: Store, entity: str, as_of: str | None) -> dict[str, Any]:
    found = query.profile(store, entity, as_of=as_of, connections=15, claims=40)
    return Graph(**graphs.neighbourhood(found)).model_dump()


@router.get("/connect", response_model=dict[str, Any],
            summary="How two entities connect: direct evidence and paths (as `newsgraph connect`)")
def connect(request: Request, a: Text, b: Text, as_of: Day = None) -> Response:
    return answer(request, ("connect", a, b, as_of), connection_of, a=a, b=b, as_of=as_of or None)


def connection_of(store: Store, a: str, b: str, as_of: str | None) -> dict[str, Any]:
    found = query.connect(store, a, b, as_of=as_of)
    return {**found.to_dict(), "graph": graphs.paths(found)}


@router.get("/ask", response_model=dict[str, Any],
            summary="Answer a question with numbered citations (as `newsgraph ask`)")
def ask(request: Request, q: Text, as_of: Day = None) -> Response:
    return answer(request, ("ask", q, as_of), answer_of, q=q, as_of=as_of or None)


def answer_of(store: Store, q: str, as_of: str | None) -> dict[str, Any]:
    return query.ask(store, q, as_of=as_of).to_dict()


@router.get("/claims", response_model=Page, summary="Claims, newest report first")
def claims(store: ReadStore, entity: OptionalText = None, status: OptionalText = None, as_of: Day = None,
           limit: Limit = 50, offset: Offset = 0) -> Page:
    found = query.claims(store, entity or None, status=status or None, as_of=as_of or None, limit=limit + offset)
    return window(found.claims, limit=limit, offset=offset)


@router.get("/open-loops", response_model=Page, summary="Planned, requested or wanted things never reported settled")
def open_loops(store: ReadStore, entity: OptionalText = None, as_of: Day = None, limit: Limit = 50,
               offset: Offset = 0) -> Page:
    found = query.open_loops(store, entity=entity or None, as_of=as_of or None, limit=limit + offset)
    return window(found, limit=limit, offset=offset)


@router.get("/conflicts", response_model=Page, summary="Times, numbers and outcomes articles state differently")
def conflicts(store: ReadStore, entity: OptionalText = None, limit: Limit = 50, offset: Offset = 0) -> Page:
    found = query.conflicts(store, entity=entity or None, limit=limit + offset)
    return window(found, limit=limit, offset=offset)


@router.get("/search", response_model=Page, summary="Sentences matching words (full text), best first")
def search(store: ReadStore, q: Text, filter: Filter, limit: Limit = 20, offset: Offset = 0) -> Page:
    return page(store.search_where(q, filter, limit=limit, offset=offset), limit=limit, offset=offset)


@router.get("/histogram", response_model=Histogram, summary="Articles per month")
def histogram(store: ReadStore, filter: Filter) -> Histogram:
    return Histogram(bars=[Bar(period=p, articles=n) for p, n in store.histogram(filter)])


@router.get("/outlets", response_model=Page, summary="Outlets and their article counts, most first")
def outlets(store: ReadStore, limit: Limit = 50, offset: Offset = 0) -> Page:
    found = [Outlet(source=s, articles=n).model_dump() for s, n in store.outlet_counts(limit=limit + offset)]
    return window(found, limit=limit, offset=offset)
