"""clock warnings: photos imported before the import warned that their two clocks disagree

An import warns when a photo's wall clock and its GPS clock disagree beyond any time zone
(``disagreeing_clocks``); photos an older version imported carry no such warning. A photo
without an offset tag stores its GPS clock as its UTC time (``capture_times``), so the warning
is worked out again from what is stored, by the import's own rule, and added to the photo's
warnings. A photo with an offset tag stores the UTC its wall clock gives, not its GPS clock:
nothing stored says whether they disagree, so it is left as it is. A photo that already carries
the warning is left as it is. Nothing else changes.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06 20:00:00.000000
"""

import json
from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | Sequence[str] | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 500


def _time(value: object) -> datetime | None:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None) if value.tzinfo is None else value
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return None  # a time the app could not read either: no warning made of it
    return None


def upgrade() -> None:
    from surveyapp.cameras.two_clocks import disagreeing_clocks
    from surveyapp.db import notes

    bind = op.get_bind()
    rows = bind.execute(
        sa.text(
            "SELECT id, taken_local, taken_utc, warnings FROM photo"
            " WHERE deleted = 0 AND utc_offset_minutes IS NULL"
            " AND taken_local IS NOT NULL AND taken_utc IS NOT NULL"
        )
    ).fetchall()
    changed = []
    for photo_id, taken_local, taken_utc, stored in rows:
        try:
            warnings = json.loads(stored) if isinstance(stored, str) else stored
        except ValueError:
            continue  # not JSON: left for the volunteer's app to say, never overwritten here
        if warnings is None:
            warnings = []
        if not isinstance(warnings, list):
            continue
        if any(notes.kind(w) == notes.CLOCKS for w in warnings if isinstance(w, dict)):
            continue
        local, gps = _time(taken_local), _time(taken_utc)
        if local is None or gps is None or local.tzinfo is not None:
            continue
        warning = disagreeing_clocks(local, None, gps)
        if warning is None:
            continue
        warnings = [*warnings, notes.encode(warning)]
        changed.append({"id": photo_id, "warnings": json.dumps(warnings, ensure_ascii=False)})
    for start in range(0, len(changed), _BATCH):
        bind.execute(
            sa.text("UPDATE photo SET warnings = :warnings WHERE id = :id"),
            changed[start : start + _BATCH],
        )


def downgrade() -> None:
    """Nothing: schema 0015 reads the warning (its import wrote it too)."""
