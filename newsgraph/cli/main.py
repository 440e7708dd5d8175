"""Entry point of the ``newsgraph`` command: the app with every command module registered."""

from __future__ import annotations

import logging

from . import (
    core,  # noqa: F401  (its commands register on import)
    curate,
    evaluate,
    export,
    query,
    serve,
)
from .app import app

evaluate.register(app)
curate.register(app)
query.register(app)
serve.register(app)
export.register(app)


def main() -> None:
    logging.basicConfig(level=logging.ERROR, format="%(levelname)s %(name)s: %(message)s")
    app()


if __name__ == "__main__":
    main()
