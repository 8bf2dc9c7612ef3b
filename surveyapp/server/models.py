"""The server's tables: users, the current state of every record, mutations, conflicts, blobs.

The server keeps its own database (SQLite by default, PostgreSQL in production) with its own
metadata and migrations (alembic/server). Uniqueness that sync relies on (a mutation id applied
once, one row per record id, one change per sequence number) is a database constraint.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Uuid,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from surveyapp.sql import NAMING_CONVENTION, UTCDateTime, utc_now


class ServerBase(DeclarativeBase):
    """The server's own metadata (never mixed with the laptop's tables)."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class User(ServerBase):
    """A volunteer, reviewer or admin: a pseudonym and the SHA-256 of their bearer token."""

    __tablename__ = "user"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


CHANGES = 1  # the Counter row of the last change sequence number handed out
COPIES = 2  # the Counter row counted up whenever a shared copy is stored or deleted


class Counter(ServerBase):
    """Two rows: ``CHANGES``, the last change sequence number handed out, and ``COPIES``, the
    version of the set of shared copies (the public map is kept per pair of the two).

    Pushes take the next numbers with an UPDATE inside their transaction; the row lock orders
    the commits, so a puller never sees sequence N+1 before N is committed.
    """

    __tablename__ = "counter"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class Record(ServerBase):
    """The current state of one survey, camera or photo (a tombstone when deleted).

    ``field_versions`` maps each field to ``[version, user id]`` of the change that last set it,
    so that concurrent edits merge per field exactly. A camera merged into another keeps where
    it went (``merged_into``): an operation that names it later follows it there. A photo's
    SHA-256 is unique (one record per picture), and the shared copy it names is kept in a
    column so that the server knows which copies are still named by someone.
    """

    __tablename__ = "record"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_type: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    version: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(BigInteger, unique=True)
    change_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    field_versions: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_by: Mapped[int] = mapped_column(ForeignKey("user.id"))
    updated_by: Mapped[int] = mapped_column(ForeignKey("user.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    merged_into: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    camera_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)  # a photo's camera
    sha256: Mapped[str | None] = mapped_column(String(64), unique=True)
    blob_sha256: Mapped[str | None] = mapped_column(String(64), index=True)


class ChangeLog(ServerBase):
    """Which change each sequence number stands for: a laptop checks that the change it pulled
    last is still there (a database restored from a backup hands the numbers out again)."""

    __tablename__ = "change_log"

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    change_id: Mapped[uuid.UUID] = mapped_column(Uuid)


class ServerMeta(ServerBase):
    """The server's own facts; ``server_id`` names this database for the laptops."""

    __tablename__ = "server_meta"

    key: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


class Mutation(ServerBase):
    """Every mutation id ever seen, the hash of its content and the result it got."""

    __tablename__ = "mutation"

    mutation_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class Conflict(ServerBase):
    """A field two people changed concurrently: what each set, in arrival order (last won)."""

    __tablename__ = "conflict"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    field: Mapped[str] = mapped_column(String(50))
    # {"previous": value, "previous_user": name, "applied": value, "user": name}
    values: Mapped[dict[str, Any]] = mapped_column(JSON)
    mutation_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    seq: Mapped[int] = mapped_column(BigInteger)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class Blob(ServerBase):
    """A photo's shareable derivative on disk, by the SHA-256 of its bytes; ``uploaded_by`` is
    who sent it first (everyone who sent it is in ``BlobUploader``)."""

    __tablename__ = "blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    uploaded_by: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    # Since when no live photo names this copy (it was replaced or withdrawn): nobody can
    # download it any more, and its file is deleted after the grace period.
    unnamed_since: Mapped[datetime | None] = mapped_column(UTCDateTime)


class BlobUploader(ServerBase):
    """A user who sent a shared copy's bytes (the first, ``Blob.uploaded_by``, or another who
    holds the same pixels): only their photos keep the copy served (server/retract.py)."""

    __tablename__ = "blob_uploader"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    # Indexed: an upload's quota check sums the copies of one user.
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id"), primary_key=True, index=True)
    uploaded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class Refusal(ServerBase):
    """A change the server refused for good, kept for the team's reviewers: who sent it, which
    record, why. (The mutation itself is not claimed: the laptop decides what to do with it.)"""

    __tablename__ = "refusal"

    mutation_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    record_type: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    code: Mapped[str] = mapped_column(String(40))
    message: Mapped[str] = mapped_column(String(500))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, index=True)
    # A reviewer marked it reviewed: it leaves the Refused list (it stays in the database).
    reviewed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
