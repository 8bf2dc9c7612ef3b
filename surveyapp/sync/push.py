"""Pushing the outbox: batches in queue order, per-item results, nothing lost or sent twice.

Before a batch leaves, its rows are frozen (``attempts`` + 1, committed): an edit made meanwhile
goes into a new row, so a batch resent after a lost answer carries exactly the same mutations and
the server answers ``duplicate``. Applied items leave the queue and their record keeps the
server's version; a rejected item is marked failed with the server's reason and the rest of the
batch goes on.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Integer,
    and_,
    bindparam,
    case,
    delete,
    exists,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session, sessionmaker

from surveyapp.db.models import Camera, Outbox, Photo, Survey
from surveyapp.db.outbox import APPLYING_REMOTE, RECORD_CLASSES, record_fields
from surveyapp.sync.protocol import MAX_BATCH, ItemResult

BATCH_BYTES = 4 * 1024 * 1024  # about what a batch may weigh (thumbnails make the bulk)


@dataclass(frozen=True)
class ItemError:
    """One change the server refused, with its reason (to show and to copy)."""

    record_type: str
    record_id: str
    message: str

    def __str__(self) -> str:
        return f"{self.record_type} {self.record_id}: {self.message}"


@dataclass(frozen=True)
class BatchDone:
    """A pushed batch: how many went through, which failed."""

    sent: int
    errors: tuple[ItemError, ...]
    conflicts: int


def waiting_count(session: Session) -> int:
    """Changes still to push (waiting or failed)."""
    query = select(func.count()).select_from(Outbox).where(Outbox.state != "sent")
    return int(session.scalar(query) or 0)


def enqueue_unsynced(session: Session) -> int:
    """Queue records that are pending but have no outbox row (written before the outbox existed
    or by bulk inserts that bypass the session); returns how many."""
    added = 0
    session.info[APPLYING_REMOTE] = True  # these rows are written by hand, not by the hook
    try:
        classes: tuple[Any, ...] = (Survey, Camera, Photo)
        for cls in classes:
            queued = exists().where(Outbox.record_id == cls.id, Outbox.state != "sent")
            query = select(cls).where(cls.pending.is_(True), ~queued)
            records: list[Any] = list(session.scalars(query))
            for record in records:
                if record.deleted and record.server_version is None:
                    continue  # never on the server, and gone: nothing to say
                op = "delete" if record.deleted else "upsert"
                session.add(
                    Outbox(
                        mutation_id=uuid.uuid4(),
                        record_type=cls.__tablename__,
                        record_id=record.id,
                        op=op,
                        base_version=record.server_version,
                        fields={} if record.deleted else record_fields(record),
                        attempts=0,
                        state="pending",
                    )
                )
                added += 1
        session.flush()
    finally:
        session.info.pop(APPLYING_REMOTE, None)
    return added


def _freeze(session: Session, rows: list[Outbox]) -> list[dict[str, Any]]:
    """Complete first-time rows (a new photo's thumbnail), count the attempt; the wire items.

    The batch ends early when its thumbnails add up to BATCH_BYTES: a push stays a request any
    proxy lets through.
    """
    items: list[dict[str, Any]] = []
    size = 0
    for row in rows:
        # sync.blobs puts the shareable copy's (blurred) thumbnail in. The local thumbnail never
        # leaves: it shows faces unblurred, and may be the camera's own embedded preview. A
        # photo without a shareable copy (undecodable pixels) goes without a thumbnail.
        thumbnail_text = row.fields.get("thumbnail_jpeg_base64")
        size += 1000 + (len(thumbnail_text) if isinstance(thumbnail_text, str) else 0)
        if items and size > BATCH_BYTES:
            break
        row.attempts += 1
        items.append(
            {
                "mutation_id": str(row.mutation_id),
                "record_type": row.record_type,
                "record_id": str(row.record_id),
                "op": row.op,
                "base_version": row.base_version,
                "fields": row.fields,
            }
        )
    return items


def next_batch(
    factory: sessionmaker[Session], after: int, size: int = MAX_BATCH
) -> tuple[list[int], list[dict[str, Any]]]:
    """The next rows to push (ids and wire items), frozen and committed before they leave."""
    with factory() as session, session.begin():
        rows = list(
            session.scalars(
                select(Outbox)
                .where(Outbox.state != "sent", Outbox.id > after)
                .order_by(Outbox.id)
                .limit(size)
            )
        )
        items = _freeze(session, rows)
        return [row.id for row in rows[: len(items)]], items


def _store_versions(session: Session, done: list[tuple[Outbox, ItemResult]]) -> None:
    """Keep the server's version on each record and settle its pending flag; later changes
    to the same record were made on top of this version. Set-based: a batch is a few
    statements, not a few per record."""
    newest: dict[uuid.UUID, tuple[str, int | None]] = {}
    for row, result in done:
        _, known = newest.get(row.record_id, (row.record_type, None))
        version = result.version
        if known is not None and (version is None or version < known):
            version = known
        newest[row.record_id] = (row.record_type, version)
    later = select(Outbox).where(
        Outbox.record_id.in_(newest), Outbox.attempts == 0, Outbox.state == "pending"
    )
    for row in session.scalars(later):
        version = newest[row.record_id][1]
        if version is not None and (row.base_version is None or row.base_version < version):
            row.base_version = version
    session.flush()
    session.execute(delete(Outbox).where(Outbox.id.in_([row.id for row, _ in done])))
    still = set(
        session.scalars(
            select(Outbox.record_id).where(Outbox.record_id.in_(newest), Outbox.state != "sent")
        )
    )
    for record_type, cls in RECORD_CLASSES.items():
        table = cls.__table__
        params = [
            {"record": record_id, "version": version, "waiting": record_id in still}
            for record_id, (kind, version) in newest.items()
            if kind == record_type
        ]
        if not params:
            continue
        given = bindparam("version", type_=Integer)
        newer = or_(table.c.server_version.is_(None), table.c.server_version < given)
        statement = (
            update(table)
            .where(table.c.id == bindparam("record"))
            .values(
                server_version=case((and_(given.is_not(None), newer), given),
                                    else_=table.c.server_version),
                pending=bindparam("waiting"),
                updated_at=table.c.updated_at,  # bookkeeping, not an edit
            )
        )  # fmt: skip
        session.connection().execute(statement, params)


def record_results(
    factory: sessionmaker[Session], ids: list[int], results: list[ItemResult]
) -> BatchDone:
    """Store what the server said about each item of a batch, in one transaction."""
    errors: list[ItemError] = []
    conflicts = 0
    with factory() as session, session.begin(), session.no_autoflush:
        session.info[APPLYING_REMOTE] = True
        rows = {row.id: row for row in session.scalars(select(Outbox).where(Outbox.id.in_(ids)))}
        by_mutation = {row.mutation_id: row for row in rows.values()}
        done: list[tuple[Outbox, ItemResult]] = []
        for index, result in enumerate(results):
            row = by_mutation.get(result.mutation_id) if result.mutation_id else None
            if row is None and index < len(ids):
                row = rows.get(ids[index])  # a malformed item's result has no id
            if row is None:
                continue
            if result.status == "rejected":
                row.state = "failed"
                row.last_error = result.message or "rejected"
                errors.append(ItemError(row.record_type, str(row.record_id), row.last_error))
                continue
            conflicts += result.status == "conflict"
            done.append((row, result))
        if done:
            _store_versions(session, done)
        session.flush()
        session.info.pop(APPLYING_REMOTE, None)
    return BatchDone(len(done), tuple(errors), conflicts)


def failed_items(session: Session) -> Iterator[ItemError]:
    """The changes the server refused, with its reasons."""
    query = select(Outbox).where(Outbox.state == "failed").order_by(Outbox.id)
    for row in session.scalars(query):
        yield ItemError(row.record_type, str(row.record_id), row.last_error or "rejected")
