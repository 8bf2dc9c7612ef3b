"""Shared copies nobody names any more: not served, and deleted after a grace period.

A photo's shared copy is replaced when the volunteer blurs more (or the survey starts blurring),
and withdrawn when the photo or its camera is deleted. From that moment no token can download
the old copy; its file is deleted once it has been unnamed for the grace period (the time a
laptop that has not synced yet may still ask for it, and a reviewer to undo a mistake). Its
uploader or a reviewer can retract it at once.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import exists, func, select, update
from sqlalchemy.orm import Session

from surveyapp.protocol.roles import EDITORS
from surveyapp.server.blobs import BlobStore
from surveyapp.server.database import ServerDatabase
from surveyapp.server.models import COPIES, Blob, Counter, Record
from surveyapp.server.users import UserView

log = logging.getLogger("surveyapp.server")

DEFAULT_GRACE = timedelta(hours=24)


class StillNamedError(RuntimeError):
    """A live photo still names the copy: delete the photo or share a new copy first."""


class NotYoursError(PermissionError):
    """Only the uploader or a reviewer may retract a copy."""


def named(session: Session, sha256: str) -> bool:
    """Whether a live photo names this shared copy."""
    query = select(
        exists().where(
            Record.blob_sha256 == sha256,
            Record.deleted.is_(False),
            Record.record_type == "photo",
        )
    )
    return bool(session.scalar(query))


def named_among(session: Session, hashes: set[str]) -> set[str]:
    """Those of ``hashes`` a live photo names."""
    query = select(Record.blob_sha256).where(
        Record.blob_sha256.in_(hashes), Record.deleted.is_(False), Record.record_type == "photo"
    )
    return {sha256 for sha256 in session.scalars(query.distinct()) if sha256 is not None}


def named_by(session: Session, sha256: str, user_id: int) -> bool:
    """Whether a live photo this user created (or last changed) names this shared copy: the only
    copies a user may upload."""
    query = select(
        exists().where(
            Record.blob_sha256 == sha256,
            Record.deleted.is_(False),
            Record.record_type == "photo",
            (Record.created_by == user_id) | (Record.updated_by == user_id),
        )
    )
    return bool(session.scalar(query))


def copies_changed(session: Session) -> None:
    """Count a shared copy stored or deleted, in the session's transaction (the public map is
    kept per state: the number of copies alone comes back when one replaces another)."""
    session.execute(update(Counter).where(Counter.id == COPIES).values(value=Counter.value + 1))


def stored_bytes(session: Session, user_id: int) -> int:
    """The bytes of the shared copies this user uploaded (their quota's use)."""
    return int(
        session.scalar(
            select(func.coalesce(func.sum(Blob.size), 0)).where(Blob.uploaded_by == user_id)
        )
        or 0
    )


def retract(session: Session, store: BlobStore, sha256: str, user: UserView) -> bool:
    """Delete a copy no live photo names, now (False: the server does not have it)."""
    blob = session.get(Blob, sha256)
    if blob is None:
        store.discard(sha256)
        return False
    if user.role not in EDITORS and blob.uploaded_by != user.id:
        raise NotYoursError("only its uploader or a reviewer can retract a shared copy")
    if named(session, sha256):
        raise StillNamedError("a photo still shows this copy: delete it or share a new copy first")
    session.delete(blob)
    copies_changed(session)
    session.flush()
    store.path(sha256).unlink(missing_ok=True)
    return True


def collect(database: ServerDatabase, store: BlobStore, grace: timedelta, now: datetime) -> int:
    """Delete the copies unnamed for longer than ``grace``; returns how many went."""
    with database.reader() as session:
        candidates = list(
            session.scalars(
                select(Blob.sha256).where(
                    Blob.unnamed_since.is_not(None), Blob.unnamed_since < now - grace
                )
            )
        )
    removed = 0
    for sha256 in candidates:
        with database.session() as session:
            blob = session.get(Blob, sha256)
            if blob is None or blob.unnamed_since is None or named(session, sha256):
                continue  # named again meanwhile (the same copy shared anew)
            session.delete(blob)
            copies_changed(session)
            session.flush()
            store.path(sha256).unlink(missing_ok=True)
            removed += 1
    if removed:
        log.info("deleted %d shared copies no photo names any more", removed)
    return removed
