"""What reviewers look at besides conflicts: the team's changes the server refused for good."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, type_coerce
from sqlalchemy.orm import Session

from surveyapp.server.models import Refusal, User
from surveyapp.sql import UTCDateTime

REFUSED_LIMIT = 200  # the newest refusals a reviewer is shown


def refused_changes(*, session: Session, limit: int = REFUSED_LIMIT) -> list[dict[str, Any]]:
    """The newest final refusals, newest first: who sent what, why, and the record it named.

    Only final refusals are kept (one that another laptop's sync may cure is sent again).
    The same refusal of the same sender's changes to the same record is one row, with how
    many times (``count``) and since when (``first_received_at``): a volunteer's token
    pushing one change again and again neither floods the reviewers' list nor pushes the
    team's other refusals out of its newest ``limit`` rows. The newest of them names the row
    (``mutation_id``, ``received_at``: what an older laptop shows).
    """
    same = (Refusal.user_id, Refusal.record_type, Refusal.record_id, Refusal.code,
            Refusal.message)  # fmt: skip
    ranked = select(
        Refusal.mutation_id,
        func.row_number()
        .over(partition_by=same, order_by=(Refusal.received_at.desc(), Refusal.mutation_id))
        .label("rank"),
        func.count().over(partition_by=same).label("count"),
        type_coerce(func.min(Refusal.received_at).over(partition_by=same), UTCDateTime).label(
            "first"
        ),
    ).subquery()
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
