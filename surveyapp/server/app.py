"""The server's app factory and runner.

``create_app(settings)`` migrates the database, opens the blob store and mounts the routes;
``serve`` runs it with uvicorn. No client address is ever logged: volunteers' IP addresses are
exactly what the server must not keep.
"""

from __future__ import annotations

import logging
import logging.config
import os
import tempfile
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
from surveyapp.server.metrics import MULTIPROCESS_ENV, metrics, observe_request
from surveyapp.server.push import ConcurrentCreateError
from surveyapp.server.ratelimit import RateLimit, RateLimiter
from surveyapp.server.retract import collect
from surveyapp.server.routes import blobs, meta, sync
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
            elapsed = time.perf_counter() - started
            route = route_label(scope)
            observe_request(scope["method"], route, status or 500, elapsed)
            log.info("%s %s %d %.0f ms", scope["method"], scope["path"], status, elapsed * 1000)


def route_label(scope: Scope) -> str:
    """The route's template (``/api/v1/blobs/{sha256}``): never a hash or an id, as a label."""
    template: str | None = getattr(scope.get("route"), "path", None)
    if template is None:
        return "unmatched"
    # Routes included under a prefix keep their own path (FastAPI >= 0.160): add it back.
    if scope["path"].startswith(API_PREFIX + "/") and not template.startswith(API_PREFIX + "/"):
        return f"{API_PREFIX}{template}"
    return str(template)


def create_app(settings: ServerSettings) -> FastAPI:
    """The FastAPI app on a migrated database and a blob store (OpenAPI at /docs)."""
    database = ServerDatabase(settings.database_url)
    store = BlobStore(settings.storage, settings.max_blob_bytes)

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
        yield
        stop.set()
        collector.join(timeout=10)
        database.close()

    app = FastAPI(title="SurveyApp sync server", version=__version__, lifespan=lifespan)
    app.state.database = database
    app.state.store = store
    app.state.settings = settings
    install_handlers(app)

    async def retry_later(request: Request, error: Exception) -> Response:
        return error_response(503, "unavailable", str(error), {"Retry-After": "1"})

    app.add_exception_handler(ConcurrentCreateError, retry_later)
    for router in (meta.router, sync.router, blobs.router):
        app.include_router(router, prefix=API_PREFIX)
    app.add_api_route("/metrics", metrics, methods=["GET"], include_in_schema=False)

    # The last added runs first: every request is logged and counted, refused ones too.
    if settings.rate_limit > 0:
        app.add_middleware(RateLimit, limiter=RateLimiter(settings.rate_limit, settings.burst))
    app.add_middleware(AccessLog)
    return app


SETTINGS_ENV = "SURVEYAPP_SERVER_SETTINGS"


def app_from_environment() -> FastAPI:
    """The app of one worker process of ``serve(..., workers=N)``: its settings come from the
    environment the parent process set (uvicorn starts workers from an import string)."""
    logging.config.dictConfig(LOG_CONFIG)
    return create_app(ServerSettings.from_json(os.environ[SETTINGS_ENV]))


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


def serve(settings: ServerSettings, host: str, port: int, workers: int = 1) -> None:
    """Run the server until interrupted: in this process, or in ``workers`` processes that
    share the port (PostgreSQL only: SQLite has one writer, so it stays one process)."""
    import uvicorn

    logging.config.dictConfig(LOG_CONFIG)
    log.info(
        "SurveyApp server %s on http://%s:%d (database %s, storage %s, %d process%s)",
        __version__,
        host,
        port,
        database_label(settings.database_url),
        settings.storage,
        workers,
        "" if workers == 1 else "es",
    )
    options: dict[str, Any] = {
        "host": host,
        "port": port,
        "access_log": False,
        "log_config": LOG_CONFIG,
        "server_header": False,
    }
    if workers == 1:
        uvicorn.run(create_app(settings), **options)
        return
    with tempfile.TemporaryDirectory(prefix="surveyapp-metrics-") as numbers:
        # Each worker writes its metrics here; /metrics in any of them adds them all up.
        os.environ.setdefault(MULTIPROCESS_ENV, numbers)
        os.environ[SETTINGS_ENV] = settings.to_json()
        uvicorn.run(
            "surveyapp.server.app:app_from_environment", factory=True, workers=workers, **options
        )
