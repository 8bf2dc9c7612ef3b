"""camera merged into: where a teammate's merge took a camera, and who merged it

A pull's camera tombstone that a merge made says which camera it went into and, to those who
may edit it, who merged it: the camera panel tells a volunteer who had it open where it went
(before, only that it was deleted). Cameras an older version pulled have neither: they are said
deleted, as before.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06 23:50:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | Sequence[str] | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("camera") as batch_op:
        batch_op.add_column(sa.Column("merged_into", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("merged_by", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("camera") as batch_op:
        batch_op.drop_column("merged_by")
        batch_op.drop_column("merged_into")
