"""Reading changes: records by change sequence (tombstones included) and recorded conflicts."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from surveyapp.server.models import Conflict, Record, User
from surveyapp.sync.protocol import Change, PullResponse


def changes_since(*, session: Session, since: int, limit: int) -> PullResponse:
    """At most ``limit`` records changed after sequence ``since``, in sequence order.

    Each record appears once, at its latest change (whole record; a tombstone has no fields).
    Sequence numbers become visible in order (see push.py), so ``next`` is a safe checkpoint.
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
    changes = [
        Change(
            seq=record.seq,
            record_type=record.record_type,  # type: ignore[arg-type]
            record_id=record.record_id,
            version=record.version,
            deleted=record.deleted,
            author=name,
            updated_at=record.updated_at,
            fields={} if record.deleted else record.fields,
        )
        for record, name in rows[:limit]
    ]
    return PullResponse(changes=changes, next=changes[-1].seq if changes else since, more=more)


def open_conflicts(*, session: Session, include_resolved: bool = False) -> list[dict[str, Any]]:
    """The recorded conflicts, oldest first, with who set which value (for reviewers)."""
    query = select(Conflict).order_by(Conflict.id)
    if not include_resolved:
        query = query.where(Conflict.resolved.is_(False))
    conflicts = session.scalars(query).all()
    names = dict(session.execute(select(User.id, User.name)).tuples().all())
    return [
        {
            "id": conflict.id,
            "record_id": str(conflict.record_id),
            "field": conflict.field,
            "previous": conflict.values.get("previous"),
            "previous_user": names.get(conflict.values.get("previous_user_id") or -1),
            "applied": conflict.values.get("applied"),
            "user": conflict.values.get("user"),
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
