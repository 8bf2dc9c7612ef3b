"""The server's app factory and runner.

``create_app(settings)`` migrates the database, opens the blob store and mounts the routes;
``serve`` runs it with uvicorn. No client address is ever logged: volunteers' IP addresses are
exactly what the server must not keep.
"""

from __future__ import annotations

import logging
import logging.config
import threading
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import FastAPI, Request
from sqlalchemy import make_url
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from surveyapp import __version__
from surveyapp.protocol.wire import API_PREFIX
from surveyapp.server.blobs import BlobStore
from surveyapp.server.database import ServerDatabase
from surveyapp.server.envelope import error_response, install_handlers
from surveyapp.server.public import PublicMap
from surveyapp.server.push import ConcurrentCreateError
from surveyapp.server.retract import collect
from surveyapp.server.routes import blobs, meta, public, sync
from surveyapp.server.settings import ServerSettings

log = logging.getLogger("surveyapp.server")

# uvicorn's own logs without its access log (which would print the client's address).
LOG_CONFIG: dict[str, Any] = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {
        "stderr": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "stream": "ext://sys.stderr",
        }
    },
    "loggers": {
        "uvicorn": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
        "uvicorn.access": {"handlers": [], "level": "CRITICAL", "propagate": False},
        "surveyapp": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
    },
}


class AccessLog:
    """Logs method, path, status and time of each request: nothing about who asked.

    A plain ASGI middleware (not BaseHTTPMiddleware), so that uploads stream through untouched.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 0

        async def sending(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            elapsed = (time.perf_counter() - started) * 1000
            log.info("%s %s %d %.0f ms", scope["method"], scope["path"], status, elapsed)


def create_app(settings: ServerSettings) -> FastAPI:
    """The FastAPI app on a migrated database and a blob store (OpenAPI at /docs)."""
    database = ServerDatabase(settings.database_url)
    store = BlobStore(settings.storage, settings.max_blob_bytes)
    public_map = PublicMap(settings.public)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        stop = threading.Event()
        collector = threading.Thread(
            target=collect_unnamed_copies,
            args=(database, store, settings.retract_after, stop),
            name="retracted-copies",
            daemon=True,
        )
        collector.start()
        publisher = threading.Thread(
            target=public_map.keep_fresh,
            args=(database.reader, stop),
            name="public-map",
            daemon=True,
        )
        publisher.start()
        yield
        stop.set()
        collector.join(timeout=10)
        publisher.join(timeout=10)
        database.close()

    app = FastAPI(title="SurveyApp sync server", version=__version__, lifespan=lifespan)
    app.state.database = database
    app.state.store = store
    app.state.settings = settings
    app.state.public = public_map
    install_handlers(app)

    async def retry_later(request: Request, error: Exception) -> Response:
        return error_response(503, "unavailable", str(error), {"Retry-After": "1"})

    app.add_exception_handler(ConcurrentCreateError, retry_later)
    for router in (meta.router, sync.router, blobs.router):
        app.include_router(router, prefix=API_PREFIX)
    app.include_router(public.router)

    app.add_middleware(AccessLog)
    return app


COLLECT_EVERY = 3600.0  # seconds between two looks for copies past their grace period


def collect_unnamed_copies(
    database: ServerDatabase, store: BlobStore, grace: timedelta, stop: threading.Event
) -> None:
    """Delete shared copies nobody named for longer than ``grace``: at start, then hourly."""
    while True:
        try:
            collect(database, store, grace, datetime.now(UTC))
        except Exception:  # a database hiccup: try again next time, never stop the server
            log.exception("could not delete retracted shared copies")
        if stop.wait(min(COLLECT_EVERY, max(grace.total_seconds(), 1.0))):
            return


def database_label(url: str) -> str:
    """The database for the log: the SQLite file, or PostgreSQL's database name (no host, user
    or password: the log holds no addresses)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return f"SQLite {parsed.database}"
    return f"{parsed.get_backend_name()} database {parsed.database!r}"


def serve(settings: ServerSettings, host: str, port: int) -> None:
    """Run the server until interrupted."""
    import uvicorn

    logging.config.dictConfig(LOG_CONFIG)
    app = create_app(settings)
    log.info(
        "SurveyApp server %s on http://%s:%d (database %s, storage %s)",
        __version__,
        host,
        port,
        database_label(settings.database_url),
        settings.storage,
    )
    uvicorn.run(
        app, host=host, port=port, access_log=False, log_config=LOG_CONFIG, server_header=False
    )
