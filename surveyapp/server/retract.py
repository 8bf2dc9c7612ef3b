"""Shared copies nobody names any more: not served, and deleted after a grace period.

A photo's shared copy is replaced when the volunteer blurs more (or the survey starts blurring),
and withdrawn when the photo or its camera is deleted. From that moment no token can download
the old copy; its file is deleted once it has been unnamed for the grace period (the time a
laptop that has not synced yet may still ask for it, and a reviewer to undo a mistake). Its
uploader or a reviewer can retract it at once.

A copy counts as named only by the live photos of the users who sent its bytes (and of
reviewers and admins): two volunteers' files of one picture make one copy, and each sends it;
a teammate who only names a hash he saw in a pull keeps nothing served.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import (
    ColumnElement,
    String,
    delete,
    exists,
    func,
    literal,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from surveyapp.protocol.roles import EDITORS
from surveyapp.server.blobs import BlobStore
from surveyapp.server.database import ServerDatabase
from surveyapp.server.locks import lock_key, lock_namespace
from surveyapp.server.models import COPIES, Blob, BlobUploader, Counter, Record, User
from surveyapp.server.users import UserView

log = logging.getLogger("surveyapp.server")

DEFAULT_GRACE = timedelta(hours=24)
# The version of the rule above (which photos keep a copy served), said by /health: bump it
# with any change of the rule. A laptop that marked its photos' copies uploaded under another
# version asks again about each (POST /blobs/status) and sends those the server no longer
# holds for its user (surveyapp/sync/engine.py). 1: servers before s0008, where any live photo
# kept a copy served; 2: only a photo whose copy-setter sent it (or a reviewer's).
COPY_RULE = 2


class StillNamedError(RuntimeError):
    """A live photo still names the copy: delete the photo or share a new copy first."""


class NotYoursError(PermissionError):
    """Only an uploader or a reviewer may retract a copy."""


def _live_photo() -> list[ColumnElement[bool]]:
    """The conditions on a record (``Record`` in the enclosing query) of a live photo."""
    return [Record.deleted.is_(False), Record.record_type == "photo"]


def _live_photo_of(user_id: int) -> list[ColumnElement[bool]]:
    """The conditions on a record of a live photo this user created (or last changed)."""
    return [*_live_photo(), (Record.created_by == user_id) | (Record.updated_by == user_id)]


def copy_setter() -> ColumnElement[int]:
    """Who set the copy a photo's record (``Record`` in the enclosing query) names: the user of
    its ``blob_sha256`` stamp in ``field_versions``, else its creator."""
    stamp = Record.field_versions[("blob_sha256", 1)].as_integer()
    return func.coalesce(stamp, Record.created_by)


def vouched() -> ColumnElement[bool]:
    """The condition on a live photo's record (``Record`` in the enclosing query) under which it
    keeps the copy it names served: the user who set that copy on it (``copy_setter``) sent
    the copy's bytes, or is a reviewer or admin. Hashes are visible in every pull; a photo that
    only names a teammate's copy must not keep it downloadable after she withdrew her own photo,
    nor once a reviewer edited another of its fields (its bearing, its camera in a merge)."""
    setter = copy_setter()
    sent = exists().where(BlobUploader.sha256 == Record.blob_sha256, BlobUploader.user_id == setter)
    trusted = exists().where(User.id == setter, User.role.in_(sorted(EDITORS)))
    return or_(sent, trusted)


def named_clause(sha256: ColumnElement[str]) -> ColumnElement[bool]:
    """Whether a live photo keeps the copy ``sha256`` served (see ``vouched``)."""
    return exists().where(Record.blob_sha256 == sha256, *_live_photo(), vouched())


def named(session: Session, sha256: str) -> bool:
    """Whether a live photo of one of the copy's uploaders (or of a reviewer) names it."""
    return bool(session.scalar(select(named_clause(literal(sha256, String(64))))))


def named_among(session: Session, hashes: set[str]) -> set[str]:
    """Those of ``hashes`` a live photo of one of their uploaders (or of a reviewer) names."""
    query = select(Record.blob_sha256).where(
        Record.blob_sha256.in_(hashes), *_live_photo(), vouched()
    )
    return {sha256 for sha256 in session.scalars(query.distinct()) if sha256 is not None}


def named_by(session: Session, sha256: str, user_id: int) -> bool:
    """Whether a live photo this user created (or last changed) names this shared copy: the only
    copies a user may upload."""
    query = select(exists().where(Record.blob_sha256 == sha256, *_live_photo_of(user_id)))
    return bool(session.scalar(query))


def sent_by(session: Session, sha256: str, user: UserView) -> bool:
    """Whether this user sent the copy's bytes, or is a reviewer or admin (whose photos keep
    any copy served)."""
    if user.role in EDITORS:
        return True
    return session.get(BlobUploader, (sha256, user.id)) is not None


def nothing_to_send(session: Session, hashes: list[str], user: UserView) -> set[str]:
    """Those of ``hashes`` this user has no reason to send if the server holds them: they sent
    them (``sent_by``), or no live photo of theirs names them (their laptop's photo is the one
    record a teammate's import of the same picture made; the server would refuse the bytes).
    A photo of theirs naming a copy another user sent keeps it served only once they sent it
    too."""
    if user.role in EDITORS:
        return set(hashes)
    sent = select(BlobUploader.sha256).where(
        BlobUploader.sha256.in_(hashes), BlobUploader.user_id == user.id
    )
    theirs = select(Record.blob_sha256).where(
        Record.blob_sha256.in_(hashes), *_live_photo_of(user.id)
    )
    named_by_them = {sha256 for sha256 in session.scalars(theirs) if sha256 is not None}
    return set(session.scalars(sent)) | (set(hashes) - named_by_them)


def add_uploader(session: Session, sha256: str, user_id: int) -> bool:
    """Record that this user sent the copy's bytes (once; concurrent uploads of the same copy
    by one user are one); whether they had not before."""
    dialect = session.get_bind().dialect.name
    statement = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(BlobUploader)
    statement = statement.values(sha256=sha256, user_id=user_id).on_conflict_do_nothing(
        index_elements=["sha256", "user_id"]
    )
    # RETURNING, not rowcount: psycopg's rowcount is not reliable through SQLAlchemy here.
    return session.execute(statement.returning(BlobUploader.sha256)).first() is not None


def renamed(session: Session, sha256: str, now: datetime) -> None:
    """After a copy's uploaders changed: set since when it is unnamed from the rule (``named``),
    and count a change of the public map (a photo of the new uploader may show it now)."""
    blob = session.get(Blob, sha256)
    if blob is None:
        return
    blob.unnamed_since = None if named(session, sha256) else blob.unnamed_since or now
    copies_changed(session)


def copies_changed(session: Session) -> None:
    """Count a shared copy stored or deleted, in the session's transaction (the public map is
    kept per state: the number of copies alone comes back when one replaces another)."""
    session.execute(update(Counter).where(Counter.id == COPIES).values(value=Counter.value + 1))


def stored_bytes(session: Session, user_id: int) -> int:
    """The bytes of the shared copies this user uploaded (their quota's use): every copy they
    sent counts in full, whoever else sent it too, while a live photo of theirs names it or
    until it is deleted. A copy only another's photo keeps is not theirs to retract: once they
    withdrew their photo it leaves their quota."""
    theirs = exists().where(Record.blob_sha256 == Blob.sha256, *_live_photo_of(user_id))
    query = (
        select(func.coalesce(func.sum(Blob.size), 0))
        .join(BlobUploader, BlobUploader.sha256 == Blob.sha256)
        .where(BlobUploader.user_id == user_id, or_(theirs, ~named_clause(Blob.sha256.expression)))
    )
    return int(session.scalar(query) or 0)


def hold_copy(session: Session, sha256: str) -> None:
    """Begin the session's transaction holding the copy's lock, until it ends: every change of
    a copy's file and row together (an upload recorded, the sweep's or a retraction's delete)
    holds it, so each sees the other's whole. SQLite: the write lock (BEGIN IMMEDIATE, across
    processes too); PostgreSQL: a transaction's advisory lock on the copy.

    Without it, an upload verified as the sweep deleted its copy (the file there, so the
    upload dropped its own bytes) recorded the copy after the sweep: a row without its file,
    while the laptop had been told the copy was stored and never sent it again."""
    connection = session.connection()  # BEGIN (IMMEDIATE on SQLite)
    if connection.dialect.name == "postgresql":
        key = lock_key(lock_namespace(connection), f"copy.{sha256}")
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def forget(session: Session, store: BlobStore, blob: Blob) -> None:
    """Delete a copy: its row, its uploaders and its file (in the session's transaction, which
    holds the copy's lock: ``hold_copy``)."""
    sha256 = blob.sha256
    session.execute(delete(BlobUploader).where(BlobUploader.sha256 == sha256))
    session.delete(blob)
    copies_changed(session)
    session.flush()
    store.path(sha256).unlink(missing_ok=True)


def retract(session: Session, store: BlobStore, sha256: str, user: UserView) -> bool:
    """Delete a copy no live photo names, now (False: the server does not have it)."""
    hold_copy(session, sha256)
    blob = session.get(Blob, sha256)
    if blob is None:
        store.discard(sha256)
        return False
    if not sent_by(session, sha256, user):
        raise NotYoursError("only its uploader or a reviewer can retract a shared copy")
    if named(session, sha256):
        raise StillNamedError("a photo still shows this copy: delete it or share a new copy first")
    forget(session, store, blob)
    return True


def recount(session: Session, now: datetime) -> None:
    """Set since when each copy is unnamed from the rule (``named``) where it no longer holds:
    a push or an upload sets it as it changes a copy's photos, but what the rule reads can
    change under it otherwise (a reviewer made a volunteer: his photos keep nothing they did
    not send; two transactions that each saw the other's copy as it was). Without it, a copy
    nobody can download any more would never be deleted."""
    sha256 = Blob.sha256.expression
    unnamed = (
        update(Blob)
        .where(Blob.unnamed_since.is_(None), ~named_clause(sha256))
        .values(unnamed_since=now)
        .returning(Blob.sha256)
    )
    named_again = (
        update(Blob)
        .where(Blob.unnamed_since.is_not(None), named_clause(sha256))
        .values(unnamed_since=None)
        .returning(Blob.sha256)
    )
    changed = [*session.execute(unnamed).all(), *session.execute(named_again).all()]
    if changed:
        copies_changed(session)


def collect(database: ServerDatabase, store: BlobStore, grace: timedelta, now: datetime) -> int:
    """Delete the copies unnamed for longer than ``grace`` (``recount`` first); returns how
    many went."""
    with database.session() as session:
        recount(session, now)
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
            hold_copy(session, sha256)  # decided and deleted whole, between two uploads
            blob = session.get(Blob, sha256)
            if blob is None or blob.unnamed_since is None or named(session, sha256):
                continue  # named again meanwhile (the same copy shared anew)
            forget(session, store, blob)
            removed += 1
    if removed:
        log.info("deleted %d shared copies no photo names any more", removed)
    return removed
