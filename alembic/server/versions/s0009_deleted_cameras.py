"""deleted cameras: tombstones keep only the survey they were in

A camera's tombstone kept every field its volunteer gave it (position, direction, notes,
operator, vendor) after she deleted it, though no laptop is sent them again. The server now
keeps only ``survey_id`` of a deleted camera; this drops the rest from the tombstones made
before. A camera merged into another keeps its fields: they live on in that camera.

Revision ID: s0009
Revises: s0008
Create Date: 2026-12-06 12:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "s0009"
down_revision: str | Sequence[str] | None = "s0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEEPS = frozenset({"survey_id"})  # as push.TOMBSTONE_KEEPS["camera"], frozen here

record = sa.table(
    "record",
    sa.column("id", sa.Integer),
    sa.column("record_type", sa.String),
    sa.column("deleted", sa.Boolean),
    sa.column("merged_into", sa.Uuid),
    sa.column("fields", sa.JSON),
)


def upgrade() -> None:
    bind = op.get_bind()
    tombstones = bind.execute(
        sa.select(record.c.id, record.c.fields).where(
            record.c.record_type == "camera",
            record.c.deleted.is_(True),
            record.c.merged_into.is_(None),
        )
    )
    for row_id, fields in tombstones.all():
        kept = {name: value for name, value in (fields or {}).items() if name in KEEPS}
        if kept != fields:
            bind.execute(sa.update(record).where(record.c.id == row_id).values(fields=kept))


def downgrade() -> None:
    pass  # what was withdrawn does not come back
