"""What is waiting to leave the laptop, and how the recent runs went (no network)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from surveyapp.db.models import Outbox, SyncRun, SyncState
from surveyapp.sync.blobs import THUMBNAIL_FIELD, photos_to_prepare
from surveyapp.sync.engine import teammates_waiting, unshareable_count, waiting
from surveyapp.sync.push import enqueue_unsynced


@dataclass(frozen=True)
class Outgoing:
    """What the next sync would send: changes per record type, field names, photos.

    A field counts where a change gives it a value, or empties one the server holds: a new
    record's first upsert names every field, and its empty ones share nothing. A photo's shared
    copy (its hash, size and small preview) counts before the sync makes it.
    """

    records: dict[str, int]
    deletions: int
    fields: dict[str, int]
    photos: int
    failed: int
    kept: int = 0  # photos that cannot be shared (pixels unreadable)
    # The same per record type ("camera", "height"): a name can mean two things (a camera's
    # height in metres, a photo's in pixels).
    by_record: dict[tuple[str, str], int] = field(default_factory=dict)
    # Photos whose copy only a teammate's laptop can send, by teammate (``teammates_waiting``).
    teammates: dict[str, int] = field(default_factory=dict)

    @property
    def changes(self) -> int:
        """All the changes waiting."""
        return sum(self.records.values())


@dataclass(frozen=True)
class RunRecord:
    """One past run, for "recent runs"."""

    server: str
    started_at: datetime
    finished_at: datetime | None
    pushed: int
    pulled: int
    photos: int
    errors: int
    message: str | None
    failure: str | None = None  # what stopped it (SyncError.kind); None when it ran through
    received: int | None = None  # of those pulled, what altered something here (None: unknown)
    # Photos whose copy the server already held (None: a run before this count).
    photos_confirmed: int | None = None


def outgoing(session: Session) -> Outgoing:
    """What would leave the laptop now; looks only: the session's transaction is rolled back."""
    try:
        enqueue_unsynced(session)
        rows = list(session.scalars(select(Outbox).where(Outbox.state != "sent")))
        sending = [row for row in rows if row.state == "pending"]
        records = Counter(row.record_type for row in sending)
        by_record = Counter((row.record_type, name) for row in sending for name in _sharing(row))
        copies = len(photos_to_prepare(session))
        for name in _COPY_FIELDS if copies else ():
            by_record["photo", name] += copies
        fields = Counter[str]()
        for (_, name), n in by_record.items():
            fields[name] += n
        deletions = sum(row.op == "delete" for row in sending)
        failed = sum(row.state == "failed" for row in rows)
        _, photos = waiting(session)
        kept = unshareable_count(session)
        teammates = teammates_waiting(session)
    finally:
        session.rollback()
    return Outgoing(
        dict(records), deletions, dict(fields), photos, failed, kept, dict(by_record), teammates
    )


_EMPTY: tuple[object, ...] = (None, "", [], {})
# What the sync fills in when it makes a photo's shareable copy (``prepare_photos``).
_COPY_FIELDS = ("blob_sha256", "blob_size", THUMBNAIL_FIELD)


def _sharing(row: Outbox) -> list[str]:
    """The fields a change carries something of: all of an edit's, a creation's with a value."""
    if row.base_version is not None:
        return list(row.fields)
    return [name for name, value in row.fields.items() if value not in _EMPTY]


def recent_runs(session: Session, limit: int = 10) -> list[RunRecord]:
    """The latest runs, newest first."""
    query = select(SyncRun).order_by(SyncRun.id.desc()).limit(limit)
    return [
        RunRecord(
            run.server_url,
            run.started_at,
            run.finished_at,
            run.pushed,
            run.pulled,
            run.photos,
            run.errors,
            run.message,
            run.failure,
            run.received,
            run.photos_confirmed,
        )  # fmt: skip
        for run in session.scalars(query)
    ]


def known_servers(session: Session) -> list[str]:
    """The servers this laptop has synced with."""
    return list(session.scalars(select(SyncState.server_url).order_by(SyncState.server_url)))


def last_server(session: Session) -> str | None:
    """The server this laptop last pulled from as a user of it (None before a first sync):
    the one the Review tab reads and a teammate's photo is downloaded from."""
    return session.scalar(
        select(SyncState.server_url)
        .where(SyncState.user_name.is_not(None))
        .order_by(SyncState.last_pull_at.desc().nulls_last())
        .limit(1)
    )
