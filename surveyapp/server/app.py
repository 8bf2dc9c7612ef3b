"""The server's app factory and runner.

``create_app(settings)`` migrates the database, opens the blob store and mounts the routes;
``serve`` runs it with uvicorn. No client address is ever logged: volunteers' IP addresses are
exactly what the server must not keep.

A hostile client cannot hold the server: a connection that has not sent a whole request's
headers within HEADER_TIMEOUT seconds is closed (slowloris), requests beyond
CONCURRENCY_LIMIT are answered 503 at once, the descriptor limit is raised as far as the system
allows, and a message repeated faster than the log can be read is summarised, not repeated.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import html
import ipaddress
import logging
import logging.config
import os
import socket
import tempfile
import threading
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import FastAPI, Request
from sqlalchemy import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from starlette.requests import ClientDisconnect
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from uvicorn.protocols.http.h11_impl import H11Protocol

from surveyapp import __version__
from surveyapp.protocol.wire import API_PREFIX
from surveyapp.server.blobs import PARTIAL_EXPIRY, BlobStore
from surveyapp.server.database import ServerDatabase
from surveyapp.server.envelope import error_response, install_handlers
from surveyapp.server.ledger import TokenLedger, keep_ledger
from surveyapp.server.locks import ProcessLock
from surveyapp.server.metrics import MULTIPROCESS_ENV, metrics, observe_request
from surveyapp.server.public import PublicMap, SharedMaps, shared_folder
from surveyapp.server.push import ConcurrentCreateError
from surveyapp.server.ratelimit import RateLimit, RateLimiter
from surveyapp.server.retract import collect, named, named_among, named_by
from surveyapp.server.routes import blobs, meta, public, sync
from surveyapp.server.settings import ServerSettings

log = logging.getLogger("surveyapp.server")

# uvicorn's own logs without its access log (which would print the client's address).
LOG_CONFIG: dict[str, Any] = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "filters": {"no_flood": {"()": "surveyapp.server.app.NoFlood"}},
    "handlers": {
        "stderr": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "stream": "ext://sys.stderr",
            "filters": ["no_flood"],
        }
    },
    "loggers": {
        "uvicorn": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
        "uvicorn.access": {"handlers": [], "level": "CRITICAL", "propagate": False},
        "surveyapp": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
        "asyncio": {"handlers": ["stderr"], "level": "WARNING", "propagate": False},
    },
}

# Seconds a connection may take to send a request's headers (SURVEYAPP_HEADER_TIMEOUT
# overrides it); a body's pauses are bounded by the routes that read one.
HEADER_TIMEOUT = float(os.environ.get("SURVEYAPP_HEADER_TIMEOUT") or 20)
CONCURRENCY_LIMIT = 256  # connections and requests at once; more are answered 503
FLOOD_WINDOW = 10.0  # seconds
FLOOD_REPEATS = 5  # times one message is written per window; the rest are counted


class NoFlood(logging.Filter):
    """Lets a warning or error through at most FLOOD_REPEATS times per FLOOD_WINDOW seconds (by
    its logger and format), then once more with how many were left out."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: dict[tuple[str, str], tuple[float, int]] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.WARNING:  # one access line per request: not a flood
            return True
        key = (record.name, str(record.msg))
        now = time.monotonic()
        started, count = self.seen.get(key, (now, 0))
        if now - started > FLOOD_WINDOW:
            if count > FLOOD_REPEATS:
                record.msg = f"{record.msg} (and {count - FLOOD_REPEATS} times more before)"
            started, count = now, 0
        self.seen[key] = (started, count + 1)
        if len(self.seen) > 1000:  # messages that vary without end: forget the old ones
            self.seen = {k: v for k, v in self.seen.items() if now - v[0] <= FLOOD_WINDOW}
        return count < FLOOD_REPEATS


class GuardedH11Protocol(H11Protocol):
    """uvicorn's HTTP/1.1 protocol, closing a connection whose request headers do not arrive
    within HEADER_TIMEOUT seconds (uvicorn itself waits for ever)."""

    header_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self.header_timer is None and not self._in_request():
            self._arm()  # the start of the next request on a kept-alive connection

    def connection_lost(self, exc: Exception | None) -> None:
        if self.header_timer is not None:
            self.header_timer.cancel()
            self.header_timer = None
        super().connection_lost(exc)

    def _in_request(self) -> bool:
        return self.cycle is not None and not self.cycle.response_complete

    def _arm(self) -> None:
        self.header_timer = self.loop.call_later(HEADER_TIMEOUT, self._headers_late)

    def _headers_late(self) -> None:
        self.header_timer = None
        if self._in_request():
            return
        partial, _ = self.conn.trailing_data
        if self.cycle is None or partial:  # nothing asked yet, or a request's start only
            self.transport.close()


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
    store = BlobStore(settings.storage, settings.max_blob_bytes, settings.quota_bytes)
    if database.adopt_store(store.identity()):
        log.warning(
            "the photo folder %s is not the one this database worked with (lost, or another "
            "one): the server has a new identity, and laptops will upload their photos again",
            settings.storage,
        )
    database.refresh_identity()  # another process of this run may have changed it
    ledger = TokenLedger(settings.storage)
    if again := ledger.revoke_again(database):
        log.warning(
            "tokens revoked since this database's backup were valid in it again (it was "
            "restored): revoked again for %s",
            ", ".join(again),
        )
    ledger.look(database)
    # The processes of one run share the public map they make (the first one makes it).
    build_lock = ProcessLock(database.engine, "public-map")
    run = settings.run_id or uuid.uuid4().hex
    public_map = PublicMap(
        settings.public, shared=SharedMaps(shared_folder(settings.storage, run), build_lock)
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Before the first request: a restart finds them gone.
        expire_partial_uploads(store, database, settings.retract_after)
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
        tokens = threading.Thread(
            target=keep_ledger, args=(ledger, database, stop), name="token-ledger", daemon=True
        )
        tokens.start()
        yield
        stop.set()
        collector.join(timeout=10)
        publisher.join(timeout=10)
        tokens.join(timeout=10)
        build_lock.close()
        database.close()

    # FastAPI's own /docs loads Swagger UI from a CDN: a third party would learn who reads the
    # server's docs, and when. /docs is a page of our own, with nothing from elsewhere.
    app = FastAPI(
        title="SurveyApp sync server",
        version=__version__,
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )

    @app.get("/docs", include_in_schema=False)
    def docs() -> Response:
        return Response(
            api_page(app.openapi()),
            media_type="text/html",
            headers={"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'"},
        )

    app.state.database = database
    app.state.store = store
    app.state.ledger = ledger
    app.state.settings = settings
    app.state.public = public_map
    install_handlers(app)

    async def retry_later(request: Request, error: Exception) -> Response:
        return error_response(503, "unavailable", str(error), {"Retry-After": "1"})

    app.add_exception_handler(ConcurrentCreateError, retry_later)

    async def client_left(request: Request, error: Exception) -> Response:
        # Nobody is there to read an answer: a line in the log, never a traceback.
        log.info("%s %s: the client left before its request arrived", request.method,
                 request.url.path)  # fmt: skip
        return error_response(400, "invalid_request", "the request's body did not arrive")

    app.add_exception_handler(ClientDisconnect, client_left)
    for router in (meta.router, sync.router, blobs.router):
        app.include_router(router, prefix=API_PREFIX)
    app.include_router(public.router)
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


def api_page(schema: dict[str, Any]) -> str:
    """The API's endpoints as a self-contained HTML page (the full schema: /openapi.json)."""
    rows = []
    for path, operations in schema.get("paths", {}).items():
        for method, operation in operations.items():
            summary = operation.get("summary") or ""
            rows.append(
                f"<tr><td>{html.escape(method.upper())}</td><td><code>{html.escape(path)}</code>"
                f"</td><td>{html.escape(summary)}</td></tr>"
            )
    title = html.escape(str(schema.get("info", {}).get("title", "API")))
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<h1>{title}</h1><p>The whole schema: <a href='/openapi.json'>/openapi.json</a>.</p>"
        f"<table>{''.join(rows)}</table></body></html>"
    )


COLLECT_EVERY = 3600.0  # seconds between two looks for copies past their grace period


def expire_partial_uploads(store: BlobStore, database: ServerDatabase, grace: timedelta) -> None:
    """Delete the unfinished uploads nobody resumed for PARTIAL_EXPIRY, and those of copies
    named neither by a photo of the uploader's nor at all (``named``) once nobody wrote to them
    for ``grace``, as whole copies go: half a copy shows the top of the picture (never stops
    the server)."""
    sooner = min(grace, PARTIAL_EXPIRY)

    def kept(session: Session, sha256: str, uploader: int) -> bool:
        return named_by(session, sha256, uploader) or named(session, sha256)

    try:
        removed = store.expire_partials()
        stale = store.stale_partials(sooner) if sooner < PARTIAL_EXPIRY else set()
        unnamed: set[tuple[str, int]] = set()
        if stale:
            with database.reader() as session:
                named_now = named_among(session, {sha256 for sha256, _ in stale})
                unnamed = {
                    (sha256, uploader)
                    for sha256, uploader in stale
                    if sha256 not in named_now and not named_by(session, sha256, uploader)
                }
        withdrawn = 0
        for sha256, uploader in unnamed:
            # Never under an upload of it (in any process), nor once named again meanwhile.
            with database.uploads.holding(sha256, uploader) as mine, database.reader() as session:
                if mine and not kept(session, sha256, uploader):
                    withdrawn += store.expire_partials(sooner, sha256, uploader)
    except (OSError, SQLAlchemyError):
        log.exception("could not delete abandoned uploads")
        return
    if removed:
        log.info("deleted %d uploads abandoned for a day", removed)
    if withdrawn:
        log.info("deleted %d unfinished uploads of copies no photo names any more", withdrawn)


def collect_unnamed_copies(
    database: ServerDatabase, store: BlobStore, grace: timedelta, stop: threading.Event
) -> None:
    """Delete shared copies nobody named for longer than ``grace``, and uploads nobody resumed
    for a day (for ``grace``, of a copy nobody names): at start, then hourly."""
    while True:
        try:
            collect(database, store, grace, datetime.now(UTC))
        except Exception:  # a database hiccup: try again next time, never stop the server
            log.exception("could not delete retracted shared copies")
        expire_partial_uploads(store, database, grace)
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
    if not only_this_machine(host):
        log.warning(
            "listening on %s:%d over plain HTTP: tokens and photos cross the network "
            "unencrypted; put a reverse proxy with TLS in front and listen on 127.0.0.1 "
            "(docs/deploy.md)",
            host,
            port,
        )
    raise_descriptor_limit()
    options: dict[str, Any] = {
        "host": host,
        "port": port,
        "access_log": False,
        "log_config": LOG_CONFIG,
        "server_header": False,
        "http": GuardedH11Protocol,
        "limit_concurrency": CONCURRENCY_LIMIT,
    }
    settings = dataclasses.replace(settings, run_id=settings.run_id or uuid.uuid4().hex)
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


def only_this_machine(host: str) -> bool:
    """Whether ``host`` (an address or a name) reaches only this machine (loopback)."""
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        pass
    try:
        found = socket.getaddrinfo(host, None)
    except OSError:
        return False
    return bool(found) and all(ipaddress.ip_address(info[4][0]).is_loopback for info in found)


def raise_descriptor_limit() -> None:
    """Open files up to the system's hard limit: each waiting client holds one."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY:
        hard = max(soft, 65536)
    if soft < hard:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
