"""What reviewers look at besides conflicts: the team's changes the server refused for good."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from surveyapp.server.models import Refusal, User

REFUSED_LIMIT = 200  # the newest refusals a reviewer is shown


def refused_changes(*, session: Session, limit: int = REFUSED_LIMIT) -> list[dict[str, Any]]:
    """The newest final refusals, newest first: who sent what, why, and the record it named.

    Only final refusals are kept (one that another laptop's sync may cure is sent again).
    """
    rows = session.execute(
        select(Refusal, User.name)
        .join(User, User.id == Refusal.user_id)
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
        }
        for refusal, name in rows
    ]
