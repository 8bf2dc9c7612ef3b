"""withdrawn photos: tombstones keep only what the server finds records by

A photo's tombstone kept its thumbnail, file name, capture times and position after the
volunteer withdrew it. The server now keeps only ``sha256``, ``camera_id`` and
``blob_sha256`` of a deleted photo; this drops the rest from the tombstones made before.

Revision ID: s0007
Revises: s0006
Create Date: 2026-12-05 02:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "s0007"
down_revision: str | Sequence[str] | None = "s0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEEPS = frozenset({"sha256", "camera_id", "blob_sha256"})  # as push.TOMBSTONE_KEEPS, frozen here

record = sa.table(
    "record",
    sa.column("id", sa.Integer),
    sa.column("record_type", sa.String),
    sa.column("deleted", sa.Boolean),
    sa.column("fields", sa.JSON),
)


def upgrade() -> None:
    bind = op.get_bind()
    tombstones = bind.execute(
        sa.select(record.c.id, record.c.fields).where(
            record.c.record_type == "photo", record.c.deleted.is_(True)
        )
    )
    for row_id, fields in tombstones.all():
        kept = {name: value for name, value in (fields or {}).items() if name in KEEPS}
        if kept != fields:
            bind.execute(sa.update(record).where(record.c.id == row_id).values(fields=kept))


def downgrade() -> None:
    pass  # what was withdrawn does not come back
