"""Locks that hold across server processes and hosts: PostgreSQL advisory locks.

Several server processes (``--workers N``, or several machines behind a load balancer) share one
PostgreSQL database and one storage folder, so a lock held in one process's memory guards
nothing. Two things need one: the schema migration at start-up (two servers starting on an empty
database would both create the tables) and one user's upload of one blob (two uploads appending to
one ``.part`` file would interleave their bytes). Both are PostgreSQL advisory locks, which the
database releases by itself when the connection holding them ends, so a server killed with
SIGKILL leaves nothing locked. SQLite serves one process: a lock in memory is enough there.

Advisory locks are per database, not per schema: the keys mix in the schema's name so that two
servers on two schemas of one database never wait for each other.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.pool import NullPool


def lock_key(namespace: str, name: str) -> int:
    """A signed 64-bit advisory lock key for ``name`` (a blob's SHA-256 and uploader,
    "migrations")."""
    digest = hashlib.sha256(f"surveyapp\0{namespace}\0{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def lock_namespace(connection: Connection) -> str:
    """The database and schema the server's tables live in (what a lock key belongs to)."""
    row = connection.execute(text("SELECT current_database(), current_schema()")).one()
    return f"{row[0]}.{row[1]}"


@contextmanager
def migration_lock(connection: Connection) -> Iterator[None]:
    """Wait until no other process migrates this database; released when the transaction ends.

    Called first in the transaction that checks the schema revision and migrates: the process
    that waited then finds the schema already at head and changes nothing.
    """
    if connection.dialect.name == "postgresql":
        key = lock_key(lock_namespace(connection), "migrations")
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})
    yield


class UploadLocks:
    """One upload at a time per blob and uploader, across every process on the database.

    ``holding(sha256, uploader)`` yields True when this upload has the uploader's ``.part`` file
    of the blob to itself, False when another upload of it by the same user (in this process or
    another) is under way. Per uploader, as the ``.part`` files are: another user's upload of
    the same copy (a teammate whose photo names it) never holds up the volunteer's own.
    In-process first (no connection spent on a second upload from the same process), then
    PostgreSQL's advisory lock on a connection of its own, held for the length of the upload.
    """

    def __init__(self, engine: Engine) -> None:
        self._held: set[str] = set()
        self._guard = threading.Lock()
        self._engine: Engine | None = None
        self._namespace = ""
        if engine.dialect.name == "postgresql":
            # A connection of its own per upload under way, apart from the pool the requests
            # use: an upload holding the lock never waits for a pooled connection.
            self._engine = create_engine(
                engine.url, poolclass=NullPool, isolation_level="AUTOCOMMIT"
            )
            with engine.connect() as connection:
                self._namespace = lock_namespace(connection)

    @contextmanager
    def holding(self, sha256: str, uploader: int) -> Iterator[bool]:
        """True while this upload holds the lock on the uploader's upload of the blob (blocks
        only to open a connection)."""
        name = f"{sha256}.{uploader}"
        with self._guard:
            if name in self._held:
                mine = False
            else:
                self._held.add(name)
                mine = True
        if not mine:
            yield False
            return
        try:
            if self._engine is None:
                yield True
                return
            key = lock_key(self._namespace, name)
            with self._engine.connect() as connection:
                got = bool(
                    connection.execute(
                        text("SELECT pg_try_advisory_lock(:key)"), {"key": key}
                    ).scalar()
                )
                try:
                    yield got
                finally:
                    if got:
                        connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": key})
        finally:
            with self._guard:
                self._held.discard(name)

    def close(self) -> None:
        """Release the lock connections' engine."""
        if self._engine is not None:
            self._engine.dispose()


class ProcessLock:
    """One holder at a time across every process on the database, for work that one process
    does for all (making the public map): a thread lock, then, on PostgreSQL, an advisory lock
    on a connection of its own, waited for. SQLite serves one process: the thread lock alone."""

    def __init__(self, engine: Engine, name: str) -> None:
        self._thread_lock = threading.Lock()
        self._engine: Engine | None = None
        self._key = 0
        if engine.dialect.name == "postgresql":
            self._engine = create_engine(
                engine.url, poolclass=NullPool, isolation_level="AUTOCOMMIT"
            )
            with engine.connect() as connection:
                self._key = lock_key(lock_namespace(connection), name)

    @contextmanager
    def held(self) -> Iterator[None]:
        """Wait for the lock and hold it for the block (released if the process dies)."""
        with self._thread_lock:
            if self._engine is None:
                yield
                return
            with self._engine.connect() as connection:
                connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": self._key})
                try:
                    yield
                finally:
                    connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": self._key})

    def close(self) -> None:
        """Release the lock connections' engine."""
        if self._engine is not None:
            self._engine.dispose()
