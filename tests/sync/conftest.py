"""Laptops (each its own SQLite file) and a real server process shared by a test module.

The server runs once per module on SQLite and once on the local PostgreSQL (tests/live_server.py;
PostgreSQL tests skip when it is absent). Tests stay apart by making their own users and
laptops and by counting only the records they made.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest
from sqlalchemy import select

from surveyapp.cli.sync import make_shareable
from surveyapp.db.database import Database, open_database
from surveyapp.db.models import Camera, Outbox, Photo
from surveyapp.server.database import ServerDatabase
from surveyapp.server.users import create_user, revoke_token
from surveyapp.sync.client import RetryPolicy, SyncClient
from surveyapp.sync.engine import SyncProgress, SyncSummary, run_sync
from tests.factory import PhotoSpec, make_jpeg
from tests.live_server import LiveServer, postgres_schema, start_server

T = TypeVar("T")
FAST_RETRY = RetryPolicy(attempts=8, base=0.01, cap=0.2)
MAX_BLOB_MB = 1


def drain(steps: Generator[Any, None, T], each: Callable[[Any], None] | None = None) -> T:
    """Run a progress generator to its end; its return value."""
    while True:
        try:
            progress = next(steps)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        if each is not None:
            each(progress)


@dataclass
class Team:
    """A live server and a way to add users to it."""

    server: LiveServer
    database: ServerDatabase

    @property
    def url(self) -> str:
        return self.server.url

    def user(self, role: str = "volunteer") -> str:
        """A new user's token (a unique pseudonym each time)."""
        with self.database.session() as session:
            return create_user(session=session, name=f"{role}-{uuid.uuid4().hex[:8]}", role=role)

    def revoke(self, token: str) -> None:
        """Revoke the token's user."""
        from surveyapp.server.users import authenticate

        with self.database.session() as session:
            user = authenticate(session=session, token=token)
            assert user is not None
            revoke_token(session=session, name=user.name)


@contextlib.contextmanager
def _team_on(url: str, folder: Path, extra_args: list[str] | None = None) -> Iterator[Team]:
    server = start_server(url, folder / "blobs", extra_args=extra_args)
    database = ServerDatabase(url)
    try:
        yield Team(server, database)
    finally:
        database.close()
        server.stop()


@pytest.fixture(scope="session")
def sqlite_team(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Team]:
    """One server on SQLite for the whole session (tests whose subject is the client alone).

    It takes photos up to 1 MB (MAX_BLOB_MB): the test photos are smaller, but one.
    """
    folder = tmp_path_factory.mktemp("sync-server-sqlite")
    limit = ["--max-blob-mb", str(MAX_BLOB_MB)]
    with _team_on(f"sqlite:///{folder / 'server.sqlite'}", folder, limit) as team:
        yield team


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def team(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Team]:
    """The server on SQLite (the same as ``sqlite_team``), then one on PostgreSQL."""
    if request.param == "sqlite":
        yield request.getfixturevalue("sqlite_team")
        return
    folder = tmp_path_factory.mktemp("sync-server-postgresql")
    with postgres_schema() as url, _team_on(url, folder) as team:
        yield team


@pytest.fixture(params=["sqlite", "postgresql"])
def own_team(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Team]:
    """A server of the test's own, on SQLite then on PostgreSQL: for tests that compare laptops
    with the whole server, which the session's shared one fills with other tests' records."""
    if request.param == "sqlite":
        with _team_on(f"sqlite:///{tmp_path / 'server.sqlite'}", tmp_path) as own:
            yield own
        return
    with postgres_schema() as url, _team_on(url, tmp_path) as own:
        yield own


@pytest.fixture(params=["sqlite", "postgresql"])
def prompt_team(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Team]:
    """A server of the test's own that deletes withdrawn copies at once (no grace period)."""
    now = ["--retract-after-hours", "0"]
    if request.param == "sqlite":
        with _team_on(f"sqlite:///{tmp_path / 'server.sqlite'}", tmp_path, now) as team:
            yield team
        return
    with postgres_schema() as url, _team_on(url, tmp_path, now) as team:
        yield team


@dataclass
class Laptop:
    """One volunteer's laptop: its own database file and photo library."""

    db: Database
    progress: list[SyncProgress] = field(default_factory=list)

    def sync(
        self,
        server: str,
        token: str,
        each: Callable[[SyncProgress], None] | None = None,
        retry: RetryPolicy = FAST_RETRY,
    ) -> SyncSummary:
        """One sync run, in-process."""

        def note(progress: SyncProgress) -> None:
            self.progress.append(progress)
            if each is not None:
                each(progress)

        with SyncClient(server, token, retry=retry) as client:
            steps = run_sync(self.db.session_factory, self.db.library, client, make_shareable)
            return drain(steps, note)

    def import_photos(self, folder: Path) -> None:
        """Import a folder of photos (one transaction)."""
        from surveyapp.photos.importer import import_photos

        with self.db.session() as session:
            drain(import_photos(session, [folder], self.db.library, workers=1))
            session.commit()

    def camera_ids(self) -> set[uuid.UUID]:
        with self.db.session() as session:
            return set(session.scalars(select(Camera.id).where(Camera.deleted.is_(False))))

    def photo_ids(self) -> set[uuid.UUID]:
        with self.db.session() as session:
            return set(session.scalars(select(Photo.id).where(Photo.deleted.is_(False))))

    def outbox(self) -> list[Outbox]:
        """Every outbox row, the journal of what was sent included."""
        with self.db.session() as session:
            return list(session.scalars(select(Outbox).order_by(Outbox.id)))

    def waiting(self) -> list[Outbox]:
        """The changes the server has not accepted yet (waiting, or refused)."""
        return [row for row in self.outbox() if row.state != "sent"]


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Callable[[str], Laptop]]:
    """``laptop(name)`` → a fresh laptop database in the test's folder."""
    opened: list[Laptop] = []

    def make(name: str) -> Laptop:
        machine = Laptop(open_database(tmp_path / name / "survey.sqlite"))
        opened.append(machine)
        return machine

    yield make
    for machine in opened:
        machine.db.close()


def photo_walk(
    folder: Path, count: int, *, seed: int = 0, size: tuple[int, int] = (96, 72)
) -> Path:
    """``count`` phone photos at distinct stops (one camera each), written to ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    start = datetime(2026, 5, 4, 10, 0, 0)
    for i in range(count):
        spec = PhotoSpec(
            latitude=44.80 + (seed * 100 + i) * 0.001,
            longitude=20.46,
            taken=start + timedelta(minutes=30 * i),
            size=size,
        )
        (folder / f"IMG_{seed}_{i}.jpg").write_bytes(make_jpeg(spec, seed=seed * 1000 + i))
    return folder
