"""Reading changes: records by change sequence (tombstones included) and recorded conflicts."""

from __future__ import annotations

import uuid
from typing import Any

import orjson
from sqlalchemy import select, update
from sqlalchemy.orm import Session, aliased

from surveyapp.protocol.fields import with_defaults
from surveyapp.protocol.wire import DELETED_FIELD, Change, PullResponse, ServerState
from surveyapp.server.models import ChangeLog, Conflict, Counter, Record, User


def last_seq(*, session: Session) -> int:
    """The last change sequence number handed out."""
    return int(session.scalar(select(Counter.value).where(Counter.id == 1)) or 0)


def server_state(
    *, session: Session, server_id: uuid.UUID, since: int, change: uuid.UUID | None
) -> ServerState:
    """Whether a laptop's checkpoint is still this server's history: the change it pulled at
    ``since`` is still the change there (a restored database hands the numbers out again)."""
    last = last_seq(session=session)
    if since == 0:
        valid = True
    elif since > last:
        valid = False
    elif change is None:
        valid = True  # a laptop from before change ids: only the counter can tell
    else:
        logged = session.scalar(select(ChangeLog.change_id).where(ChangeLog.seq == since))
        valid = logged == change
    return ServerState(server_id=server_id, last_seq=last, checkpoint_valid=valid)


# A page's weight, whatever ``limit`` asked for: thumbnails make records up to ~130 kB each, and
# a page is held in memory whole on both sides.
PULL_PAGE_BYTES = 8 * 1024 * 1024
CHANGE_OVERHEAD = 300  # the bytes of a change beside its fields


def _weight(fields: dict[str, Any]) -> int:
    """About the bytes a record's fields take in a response."""
    try:
        return len(orjson.dumps(fields))
    except TypeError:  # text no encoder writes (an older server's): served scrubbed, same size
        return len(str(fields))


def _merged_into(record: Record) -> uuid.UUID | None:
    """The camera a camera's tombstone went into (None: deleted, or not a camera)."""
    if record.record_type != "camera" or not record.deleted:
        return None
    return record.merged_into


def merger_id(record: Record) -> int | None:
    """Who made a camera's merge tombstone: the user whose change last set ``_deleted``."""
    stamp = (record.field_versions or {}).get(DELETED_FIELD)
    if _merged_into(record) is None or not isinstance(stamp, list) or len(stamp) != 2:
        return None
    return stamp[1] if isinstance(stamp[1], int) else None


def _mergers(
    session: Session, records: list[Record], reader: int | None, editor: bool
) -> dict[uuid.UUID, str]:
    """Who merged each merged camera of ``records`` that the reader may edit (an edit's answer
    names the merger to them alone: nobody else learns who merged a teammate's camera)."""
    told = {
        record.record_id: who
        for record in records
        if (editor or (reader is not None and record.created_by == reader))
        and (who := merger_id(record)) is not None
    }
    if not told:
        return {}
    names = dict(
        session.execute(select(User.id, User.name).where(User.id.in_(set(told.values())))).all()
    )
    return {record_id: names[who] for record_id, who in told.items() if who in names}


def changes_since(
    *,
    session: Session,
    since: int,
    limit: int,
    server_id: uuid.UUID | None = None,
    reader: int | None = None,
    editor: bool = False,
) -> PullResponse:
    """At most ``limit`` records changed after sequence ``since``, in sequence order.

    Each record appears once, at its latest change (whole record; a tombstone has no fields,
    but for the picture hash of a photo the ``reader`` withdrew: hers, whose original she
    holds, so that her laptop knows not to share it again; a teammate is never told it).
    A page also stops at about PULL_PAGE_BYTES (``more`` then says to ask again).
    Sequence numbers become visible in order (see push.py), so ``next`` is a safe checkpoint.
    A camera merged into another says which, and who merged it to whom an edit's answer would
    say it (``editor``: the reader is a reviewer or admin; else only its creator).
    """
    author = aliased(User)
    rows = session.execute(
        select(Record, author.name)
        .join(author, author.id == Record.created_by)
        .where(Record.seq > since)
        .order_by(Record.seq)
        .limit(limit + 1)
    ).all()
    more = len(rows) > limit
    changes: list[Change] = []
    size = 0
    mergers = _mergers(session, [record for record, _ in rows[:limit]], reader, editor)
    for record, name in rows[:limit]:
        # A record stored before its optional fields had defaults is served with them.
        fields = {} if record.deleted else with_defaults(record.record_type, record.fields)
        if record.deleted and record.record_type == "photo" and record.created_by == reader:
            fields = {k: v for k, v in record.fields.items() if k == "sha256"}
        size += CHANGE_OVERHEAD + _weight(fields)
        if changes and size > PULL_PAGE_BYTES:  # the rest on the next page
            more = True
            break
        changes.append(
            Change(
                seq=record.seq,
                record_type=record.record_type,  # type: ignore[arg-type]
                record_id=record.record_id,
                version=record.version,
                deleted=record.deleted,
                author=name,
                updated_at=record.updated_at,
                fields=fields,
                change_id=record.change_id,
                merged_into=_merged_into(record),
                merged_by=mergers.get(record.record_id),
            )
        )
    return PullResponse(
        changes=changes,
        next=changes[-1].seq if changes else since,
        more=more,
        server_id=server_id,
        last_seq=last_seq(session=session),
    )


STRUCTURAL_DETAILS = frozenset({"target", "kept", "resolved_to", "camera", "merged_into"})


def open_conflicts(*, session: Session, include_resolved: bool = False) -> list[dict[str, Any]]:
    """The recorded conflicts, oldest first, with who set which value (for reviewers)."""
    query = select(Conflict).order_by(Conflict.id)
    if not include_resolved:
        query = query.where(Conflict.resolved.is_(False))
    conflicts = session.scalars(query).all()
    names = dict(session.execute(select(User.id, User.name)).all())
    return [
        {
            "id": conflict.id,
            "record_id": str(conflict.record_id),
            "field": conflict.field,
            "previous": conflict.values.get("previous"),
            "previous_user": names.get(conflict.values.get("previous_user_id") or -1),
            "applied": conflict.values.get("applied"),
            # who set the kept value: its sender, or (a verification set aside) whose change
            # the reviewer had not seen
            "user": names.get(conflict.values["applied_user_id"])
            if "applied_user_id" in conflict.values
            else conflict.values.get("user"),
            # Why a delete, merge or move went otherwise (the Review tab says it in words).
            "details": {k: v for k, v in conflict.values.items() if k in STRUCTURAL_DETAILS},
            "mutation_id": str(conflict.mutation_id),
            "seq": conflict.seq,
            "resolved": conflict.resolved,
            "created_at": conflict.created_at.isoformat(),
        }
        for conflict in conflicts
    ]


def resolve_conflict(*, session: Session, conflict_id: int) -> bool:
    """Mark a conflict as reviewed; False when there is no such conflict."""
    conflict = session.get(Conflict, conflict_id)
    if conflict is None:
        return False
    conflict.resolved = True
    return True


def resolve_conflicts(*, session: Session, ids: list[int]) -> tuple[list[int], list[int]]:
    """Mark the conflicts named reviewed, all in one statement: the ids that are reviewed now
    (marked here or before: asking again changes nothing) and those no conflict has. Only the
    conflicts named are marked, never others of the same sender that arrived meanwhile."""
    wanted = sorted(set(ids))
    known: set[int] = set()
    # In slices, in the caller's one transaction: an SQLite before 3.32 takes 999 parameters.
    for start in range(0, len(wanted), 500):
        part = wanted[start : start + 500]
        session.execute(
            update(Conflict)
            .where(Conflict.id.in_(part), Conflict.resolved.is_(False))
            .values(resolved=True)
            .execution_options(synchronize_session=False)
        )
        known.update(session.scalars(select(Conflict.id).where(Conflict.id.in_(part))).all())
    return [i for i in wanted if i in known], [i for i in wanted if i not in known]
