"""The server's database: engines for SQLite and PostgreSQL, migrated at start."""

from __future__ import annotations

import logging
import os
import threading
import uuid
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Connection, Engine, create_engine, inspect, select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from surveyapp.server.locks import UploadLocks, migration_lock
from surveyapp.server.models import ServerMeta
from surveyapp.sql import configure_sqlite, write_engine

log = logging.getLogger("surveyapp.server")

SERVER_DB_ENV = "SURVEYAPP_SERVER_DB"
APP_NAME = "SurveyApp"  # the per-user data folder's name (the laptop's is the same)
# The newest migration in alembic/server/versions (a test keeps the two in step).
SCHEMA_HEAD = "s0011"


def default_database_url() -> str:
    """$SURVEYAPP_SERVER_DB, else server.sqlite in the per-user data folder."""
    override = os.environ.get(SERVER_DB_ENV)
    if override:
        return override
    folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'server.sqlite'}"


def migrations_dir() -> Path:
    """alembic/server in a checkout, surveyapp/migrations/server in an installed wheel."""
    package = Path(__file__).resolve().parents[1]
    for candidate in (package / "migrations" / "server", package.parent / "alembic" / "server"):
        if (candidate / "env.py").is_file() and (candidate / "versions").is_dir():
            return candidate
    raise FileNotFoundError(f"the server's migrations are missing beside {package}")


def make_engine(url: str) -> Engine:
    """An engine on ``url``: SQLite gets WAL, foreign keys and a busy timeout; PostgreSQL runs
    READ COMMITTED whatever the database's default (the push relies on it: a later push must
    see what the one before it committed once it has the counter's lock)."""
    if url.startswith("sqlite"):
        return configure_sqlite(create_engine(url, connect_args={"check_same_thread": False}))
    return create_engine(
        url, pool_size=10, max_overflow=30, pool_pre_ping=True, isolation_level="READ COMMITTED"
    )


def stored_revision(engine: Engine) -> str | None:
    """The schema revision the server's database says it has (None: never migrated)."""
    with engine.connect() as connection:
        try:
            return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        except DBAPIError:  # no alembic_version table yet
            return None


def upgrade(engine: Engine) -> str | None:
    """Bring the server's schema to the newest revision (Alembic, on the server's connection);
    the revision an older release's database had, None when there was nothing to upgrade.

    A database already at SCHEMA_HEAD needs no Alembic at all, which keeps admin commands quick.
    """
    if stored_revision(engine) == SCHEMA_HEAD:
        return None
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    with engine.begin() as connection, migration_lock(connection):
        # Servers starting together on an empty PostgreSQL database: one migrates, the others
        # wait here for its commit, then find the schema at head and change nothing.
        before = _revision_on(connection)
        if before == SCHEMA_HEAD:
            return None
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    if before is not None:  # an older release's database, not a new one
        log.info("upgraded the database's schema from %s to %s", before, SCHEMA_HEAD)
    return before


def _revision_on(connection: Connection) -> str | None:
    """The stored revision, read inside the migration's transaction (None: no table yet)."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    revision: str | None = connection.exec_driver_sql(
        "SELECT version_num FROM alembic_version"
    ).scalar()
    return revision


STORE_ID = "store_id"  # the photo folder's id (ServerMeta)


def _renamed(session: Session) -> uuid.UUID:
    """Store a new identity for the database in the session's transaction; returns it."""
    identity = uuid.uuid4()
    row = session.get(ServerMeta, "server_id")
    if row is None:
        session.add(ServerMeta(key="server_id", value=str(identity)))
    else:
        row.value = str(identity)
    return identity


class ServerDatabase:
    """The server's migrated database and the write lock SQLite needs."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.upgraded_from = upgrade(self.engine)  # an older release's revision, if any
        # Reads (pull, the token check) and writes (BEGIN IMMEDIATE on SQLite) apart.
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.write_sessions = sessionmaker(write_engine(self.engine), expire_on_commit=False)
        # SQLite has one writer: queueing pushes here beats polling on its busy timeout.
        # PostgreSQL orders pushes by the counter row's lock instead.
        self._sqlite_lock = threading.Lock() if self.is_sqlite else None
        # One upload per blob at a time, across every process on this database.
        self.uploads = UploadLocks(self.engine)
        self.server_id = self._stored_identity() or uuid.uuid4()

    @property
    def is_sqlite(self) -> bool:
        """Whether this is a SQLite database (one writer at a time)."""
        return self.engine.dialect.name == "sqlite"

    def write_lock(self) -> AbstractContextManager[Any]:
        """Held around a push transaction on SQLite; a no-op on PostgreSQL."""
        return self._sqlite_lock if self._sqlite_lock is not None else nullcontext()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A writing session whose transaction commits at the end of the block (rolls back on
        error)."""
        with self.write_sessions() as session, session.begin():
            yield session

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A session for reading only (never holds the write lock)."""
        with self.sessions() as session, session.begin():
            yield session

    def adopt_store(self, store_id: str) -> bool:
        """``_adopt_store``, again when another process of the same run stored the folder's id
        first (its insert wins; this one then reads it)."""
        try:
            return self._adopt_store(store_id)
        except IntegrityError:
            return self._adopt_store(store_id)

    def _adopt_store(self, store_id: str) -> bool:
        """Remember the photo folder this database works with (``BlobStore.identity``). When
        it is not the one the database knew (the folder was lost, or another one is mounted
        in its place), the pictures the records name may be gone: the database takes a new
        identity, and every laptop sends its own again. True when that happened."""
        with self.session() as session:
            row = session.get(ServerMeta, STORE_ID, with_for_update=True)
            if row is None:  # the first start that knows about it: this folder is the one
                session.add(ServerMeta(key=STORE_ID, value=store_id))
                return False
            if row.value == store_id:
                return False
            row.value = store_id
            self.server_id = _renamed(session)
        return True

    def refresh_identity(self) -> None:
        """Read the identity again (another process of the same run may have changed it)."""
        self.server_id = self._stored_identity() or self.server_id

    def _stored_identity(self) -> uuid.UUID | None:
        with self.sessions() as session:
            stored = session.scalar(select(ServerMeta.value).where(ServerMeta.key == "server_id"))
        return uuid.UUID(stored) if stored else None

    def new_identity(self) -> uuid.UUID:
        """Give the database a new identity (after a restore from a backup: laptops then send
        again what the server lacks and pull everything again)."""
        with self.session() as session:
            self.server_id = _renamed(session)
        return self.server_id

    def close(self) -> None:
        """Release the connections."""
        self.uploads.close()
        self.engine.dispose()
