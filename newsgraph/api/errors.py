"""One JSON error shape for the whole API, and the translation of newsgraph's errors into it.

Every error answer is ``{"error": {"status": 404, "code": "not_found", "message": "…"}}``
(``detail`` is added for validation errors). Pages get the same status with a
small HTML page instead.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import CurationError, NewsgraphError, NotFoundError, ReadError, StoreError

logger = logging.getLogger(__name__)

#: newsgraph's errors → (HTTP status, code).
STATUS: list[tuple[type[Exception], int, str]] = [
    (NotFoundError, 404, "not_found"),
    (CurationError, 409, "conflict"),
    (ReadError, 400, "bad_input"),
    (StoreError, 503, "store_unavailable"),
    (NewsgraphError, 400, "bad_request"),
]
CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
         409: "conflict", 413: "too_large", 415: "unsupported_media_type", 422: "invalid", 501: "not_implemented",
         503: "unavailable"}


class ErrorDetail(BaseModel):
    status: int
    code: str
    message: str
    detail: list[dict[str, Any]] | None = None


class ErrorBody(BaseModel):
    """The one error shape (documented in the OpenAPI description for every route)."""

    error: ErrorDetail


class ApiError(Exception):
    """An error a route raises on purpose, with its status."""

    def __init__(self, status: int, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or CODES.get(status, "error")
        self.message = message


def error_body(status: int, message: str, code: str | None = None, detail: list | None = None) -> dict[str, Any]:
    error: dict[str, Any] = {"status": status, "code": code or CODES.get(status, "error"), "message": message}
    if detail is not None:
        error["detail"] = detail
    return {"error": error}


def error_response(request: Request, status: int, message: str, code: str | None = None,
                   detail: list | None = None, headers: dict[str, str] | None = None):
    if _wants_html(request):
        from ..web.render import error_page

        response = error_page(request, status, message)
        response.headers.update(headers or {})
        return response
    return JSONResponse(error_body(status, message, code, detail), status_code=status, headers=headers)


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api/") and "text/html" in request.headers.get("accept", "")


def _allowed(app: FastAPI, path: str) -> list[str]:
    methods: set[str] = set()
    for route in app.routes:
        regex, route_methods = getattr(route, "path_regex", None), getattr(route, "methods", None)
        if regex is not None and route_methods and regex.match(path):
            methods |= set(route_methods)
    return sorted(methods)


def newsgraph_status(exc: Exception) -> tuple[int, str]:
    for kind, status, code in STATUS:
        if isinstance(exc, kind):
            return status, code
    return 500, "internal"


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": code} for status, code in
    [(400, "bad request"), (404, "not found"), (413, "too large"), (422, "invalid parameters")]
}


def install(app: FastAPI) -> None:
    """Register the handlers that give every error the one shape."""

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError):
        return error_response(request, exc.status, exc.message, exc.code)

    @app.exception_handler(NewsgraphError)
    async def newsgraph_error(request: Request, exc: NewsgraphError):
        status, code = newsgraph_status(exc)
        return error_response(request, status, str(exc), code)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        headers = getattr(exc, "headers", None)
        if exc.status_code == 405:  # every method the path takes, not only the first route's
            headers = {**(headers or {}), "Allow": ", ".join(_allowed(app, request.url.path))}
        return error_response(request, exc.status_code, str(exc.detail), headers=headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        detail = [{"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg", ""))} for e in exc.errors()]
        return error_response(request, 422, "invalid request parameters", "invalid", detail)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):
        logger.exception("unexpected error on %s", request.url.path)
        return error_response(request, 500, "internal error", "internal")
