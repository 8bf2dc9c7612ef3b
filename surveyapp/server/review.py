"""What reviewers look at besides conflicts: the team's changes the server refused for good."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import exists, func, select, type_coerce, update
from sqlalchemy.orm import Session, aliased

from surveyapp.server.models import Refusal, User
from surveyapp.sql import UTCDateTime

REFUSED_LIMIT = 200  # the newest refusals a reviewer is shown


def refused_changes(*, session: Session, limit: int = REFUSED_LIMIT) -> list[dict[str, Any]]:
    """The newest final refusals not yet reviewed, newest first: who sent what, why, and the
    record it named.

    Only final refusals are kept (one that another laptop's sync may cure is sent again).
    The same refusal of the same sender's changes to the same record is one row, with how
    many times (``count``) and since when (``first_received_at``): a volunteer's token
    pushing one change again and again neither floods the reviewers' list nor pushes the
    team's other refusals out of its newest ``limit`` rows. The newest of them names the row
    (``mutation_id``, ``received_at``: what an older laptop shows, and what a reviewer names
    to mark the row reviewed). Reviewed refusals are neither listed nor counted.
    """
    same = (Refusal.user_id, Refusal.record_type, Refusal.record_id, Refusal.code,
            Refusal.message)  # fmt: skip
    ranked = (
        select(
            Refusal.mutation_id,
            func.row_number()
            .over(partition_by=same, order_by=(Refusal.received_at.desc(), Refusal.mutation_id))
            .label("rank"),
            func.count().over(partition_by=same).label("count"),
            type_coerce(func.min(Refusal.received_at).over(partition_by=same), UTCDateTime).label(
                "first"
            ),
        )
        .where(Refusal.reviewed.is_(False))
        .subquery()
    )
    rows = session.execute(
        select(Refusal, User.name, ranked.c.count, ranked.c.first)
        .join(ranked, ranked.c.mutation_id == Refusal.mutation_id)
        .join(User, User.id == Refusal.user_id)
        .where(ranked.c.rank == 1)
        .order_by(Refusal.received_at.desc(), Refusal.mutation_id)
        .limit(limit)
    ).all()
    return [
        {
            "mutation_id": str(refusal.mutation_id),
            "user": name,
            "record_type": refusal.record_type,
            "records": [str(refusal.record_id)],
            "code": refusal.code,
            "message": refusal.message,
            "received_at": refusal.received_at.isoformat(),
            "count": int(count),
            "first_received_at": first.isoformat(),
        }
        for refusal, name, count, first in rows
    ]


def review_refusals(*, session: Session, ids: list[uuid.UUID]) -> tuple[list[str], list[str]]:
    """Mark the refusals named reviewed, each with the row it names in the Refused list: the
    same sender's same refusal of the same record received up to it (its whole count). Others
    are never marked: the same refusal arriving after it is a new row. In the caller's one
    transaction. Returns the ids that are reviewed now (marked here or before: asking again
    changes nothing) and those no refusal has."""
    wanted = sorted(set(ids))
    known: set[uuid.UUID] = set()
    named = aliased(Refusal)
    # In slices: an SQLite before 3.32 takes 999 parameters.
    for start in range(0, len(wanted), 500):
        part = wanted[start : start + 500]
        same_row = exists().where(
            named.mutation_id.in_(part),
            named.user_id == Refusal.user_id,
            named.record_type == Refusal.record_type,
            named.record_id == Refusal.record_id,
            named.code == Refusal.code,
            named.message == Refusal.message,
            named.received_at >= Refusal.received_at,
        )
        session.execute(
            update(Refusal)
            .where(Refusal.reviewed.is_(False), same_row)
            .values(reviewed=True)
            .execution_options(synchronize_session=False)
        )
        known.update(
            session.scalars(select(Refusal.mutation_id).where(Refusal.mutation_id.in_(part)))
        )
    return [str(i) for i in wanted if i in known], [str(i) for i in wanted if i not in known]
