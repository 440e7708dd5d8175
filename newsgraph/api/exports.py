"""Export endpoints: GraphML and CSV of the store, as downloads (``newsgraph.export``)."""

from __future__ import annotations

import io
from typing import Literal

from fastapi import APIRouter, Request
from fastapi.responses import Response

from .. import export
from .errors import ERROR_RESPONSES

router = APIRouter(prefix="/api/export", tags=["export"], responses=ERROR_RESPONSES)


@router.get("/{kind}", summary="The store as GraphML (Gephi), CSV of entities or claims, or annotate JSONL",
            response_class=Response, responses={200: {"content": {"application/graphml+xml": {}, "text/csv": {},
                                                  "application/x-ndjson": {}}}})
def download(request: Request, kind: Literal["graphml", "entities-csv", "claims-csv", "annotations-jsonl"]) -> Response:
    buffer = io.StringIO()
    export.WRITERS[kind](request.app.state.stores.reader(), buffer)
    media, filename = export.MEDIA[kind]
    return Response(buffer.getvalue(), media_type=media,
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})
