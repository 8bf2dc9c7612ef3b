"""The real sync server as a subprocess on 127.0.0.1, for tests anywhere in the suite.

``start_server`` runs ``python -m surveyapp.cli server run`` on a free port and waits for
/api/v1/health; ``add_user`` runs ``surveyapp server add-user`` and returns the token it prints.
The fixtures below give each test a fresh database, on SQLite and on the local PostgreSQL (a new
schema per test, dropped afterwards). PostgreSQL tests skip with the reason when the server is not
reachable, unless SURVEYAPP_REQUIRE_POSTGRES=1 (then they fail).

Use from any test directory once tests/conftest.py has ``pytest_plugins = ["tests.live_server"]``:

    def test_round_trip(live_server):            # runs twice: [sqlite] and [postgresql]
        token = live_server.add_user("ana", "volunteer")
        httpx.get(live_server.api("/me"), headers={"Authorization": f"Bearer {token}"})

    def test_restart(server_database_url, start_live_server, tmp_path):
        server = start_live_server(server_database_url)
        ...
"""

from __future__ import annotations

import contextlib
import os
import secrets
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest

POSTGRES_URL = os.environ.get(
    "SURVEYAPP_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
REQUIRE_POSTGRES = os.environ.get("SURVEYAPP_REQUIRE_POSTGRES") == "1"
API = "/api/v1"
# `python -m surveyapp.cli` is the `surveyapp` script without needing it on PATH.
CLI = [sys.executable, "-m", "surveyapp.cli"]


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class LiveServer:
    """A running server process: its base URL, database, storage, and log file."""

    url: str
    database_url: str
    storage: Path
    log_path: Path
    process: subprocess.Popen[bytes]
    port: int
    extra_args: list[str] = field(default_factory=list)

    def api(self, path: str) -> str:
        """The full URL of an API path ("/sync/push" → http://127.0.0.1:P/api/v1/sync/push)."""
        return f"{self.url}{API}{path}"

    def add_user(self, name: str, role: str = "volunteer") -> str:
        """A new user's token (through the real `server add-user` command)."""
        return add_user(self.database_url, name, role)

    def log_text(self) -> str:
        """Everything the server wrote to stdout and stderr so far."""
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def log_when(self, done: Callable[[str], bool], timeout: float = 120.0) -> str:
        """The log once ``done(log)`` holds: the server writes a request's access line after
        its answer, so a test that just got the answer waits for the line (failing after
        ``timeout`` seconds with the log so far)."""
        deadline = time.monotonic() + timeout
        while True:
            text = self.log_text()
            if done(text):
                return text
            if time.monotonic() > deadline:
                raise AssertionError(f"the server's log did not get there in {timeout} s:\n{text}")
            time.sleep(0.05)

    def stop(self) -> None:
        """Stop the process (SIGTERM, then SIGKILL after 10 s)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)

    def kill(self) -> None:
        """kill -9 the process."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)

    def restart(self) -> None:
        """Stop this process and start a new one on the same database, storage and port."""
        self.stop()
        fresh = start_server(
            self.database_url,
            self.storage,
            port=self.port,
            log_path=self.log_path,
            extra_args=self.extra_args,
        )
        self.process = fresh.process


def start_server(
    database_url: str,
    storage: Path,
    *,
    port: int | None = None,
    log_path: Path | None = None,
    extra_args: list[str] | None = None,
    timeout: float = 120.0,
) -> LiveServer:
    """Start `surveyapp server run` and wait until /api/v1/health answers in the envelope.

    The wait ends as soon as it answers, or the process exits; ``timeout`` is for a server
    that neither answers nor ends (at a load of 10 on two cores a start once took over 30 s)."""
    port = port or free_port()
    log_path = log_path or storage.with_name(f"{storage.name}-server.log")
    extra = list(extra_args or [])
    command = [
        *CLI,
        "server",
        "run",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--database-url",
        database_url,
        "--storage",
        str(storage),
        *extra,
    ]
    with open(log_path, "ab") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    server = LiveServer(
        f"http://127.0.0.1:{port}", database_url, storage, log_path, process, port, extra
    )
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}:\n{server.log_text()}")
        try:
            reply = httpx.get(server.api("/health"), timeout=1.0)
            if reply.status_code == 200 and reply.json().get("data", {}).get("name") == "surveyapp":
                return server
        except (httpx.HTTPError, ValueError):
            pass
        time.sleep(0.05)
    server.kill()
    raise RuntimeError(f"the server did not answer within {timeout} s:\n{server.log_text()}")


def add_user(database_url: str, name: str, role: str = "volunteer") -> str:
    """Run `surveyapp server add-user NAME --role ROLE`; the token from its last line."""
    done = subprocess.run(
        [*CLI, "server", "add-user", name, "--role", role, "--database-url", database_url],
        capture_output=True,
        text=True,
        timeout=60,
    )
    if done.returncode != 0:
        raise RuntimeError(f"add-user failed ({done.returncode}): {done.stderr}")
    return done.stdout.strip().splitlines()[-1]


_postgres_problem: list[str | None] = []


def postgres_problem() -> str | None:
    """Why PostgreSQL cannot be used for tests (None when it can); asked once per run."""
    if not _postgres_problem:
        import psycopg

        try:
            with psycopg.connect(
                POSTGRES_URL.replace("postgresql+psycopg://", "postgresql://"), connect_timeout=3
            ):
                _postgres_problem.append(None)
        except psycopg.Error as error:
            _postgres_problem.append(f"PostgreSQL is not reachable at {POSTGRES_URL}: {error}")
    return _postgres_problem[0]


def require_postgres() -> None:
    """Skip the test (fail with SURVEYAPP_REQUIRE_POSTGRES=1) when PostgreSQL is absent."""
    problem = postgres_problem()
    if problem is not None:
        if REQUIRE_POSTGRES:
            pytest.fail(problem)
        pytest.skip(problem)


def _postgres_admin(statement: str) -> None:
    import psycopg

    url = POSTGRES_URL.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(statement.encode())


@contextlib.contextmanager
def postgres_schema() -> Iterator[str]:
    """A SQLAlchemy URL on a new, empty PostgreSQL schema, dropped at the end (skips if absent)."""
    require_postgres()
    schema = f"t_{secrets.token_hex(6)}"
    _postgres_admin(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in POSTGRES_URL else "?"
    try:
        yield f"{POSTGRES_URL}{separator}options={quote(f'-csearch_path={schema}')}"
    finally:
        _postgres_admin(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def postgres_schema_url() -> Iterator[str]:
    """A SQLAlchemy URL on a fresh, empty PostgreSQL schema (dropped after the test)."""
    with postgres_schema() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def server_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh server database URL: a SQLite file, then a new PostgreSQL schema."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'server.sqlite'}"
    url: str = request.getfixturevalue("postgres_schema_url")
    return url


StartServer = Callable[..., LiveServer]


@pytest.fixture
def start_live_server(tmp_path: Path) -> Iterator[StartServer]:
    """Starts servers (``start(database_url, extra_args=[...])``); all stopped after the test."""
    started: list[LiveServer] = []

    def start(database_url: str, extra_args: list[str] | None = None) -> LiveServer:
        storage = tmp_path / f"blobs{len(started)}"
        server = start_server(database_url, storage, extra_args=extra_args)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def live_server(server_database_url: str, start_live_server: StartServer) -> LiveServer:
    """A real server on a fresh database, once on SQLite and once on PostgreSQL."""
    return start_live_server(server_database_url)
