"""Templates (Jinja2, autoescaped: every article and user string shows as text) and the error page."""

from __future__ import annotations

from pathlib import Path

from fastapi import Request
from fastapi.templating import Jinja2Templates

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=str(HERE / "templates"))
assert templates.env.autoescape, "pages must autoescape"

STATUSES = ("happened", "ongoing", "planned", "requested", "desired", "possible", "negated", "failed", "denied")


def page(request: Request, name: str, status_code: int = 200, **context):
    settings = request.app.state.settings
    context.setdefault("writes", settings.writes)
    context.setdefault("token_required", settings.token_required)
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def error_page(request: Request, status: int, message: str):
    return page(request, "error.html", status_code=status, status=status, message=message, title=f"Error {status}")
