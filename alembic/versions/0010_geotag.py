"""geotag: a photo's position accuracy, the survey's time zone, the undo journal

Revision ID: 0010
Revises: 0006
Create Date: 2026-12-02 13:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("photo", schema=None) as batch_op:
        batch_op.add_column(sa.Column("position_accuracy", sa.Float(), nullable=True))
    with op.batch_alter_table("survey", schema=None) as batch_op:
        batch_op.add_column(sa.Column("time_zone", sa.String(length=64), nullable=True))
    op.create_table(
        "geotag_run",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("description", sa.String(length=500), nullable=False),
        sa.Column("before", sa.JSON(), nullable=False),
        sa.Column("undone", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_geotag_run")),
    )


def downgrade() -> None:
    op.drop_table("geotag_run")
    with op.batch_alter_table("survey", schema=None) as batch_op:
        batch_op.drop_column("time_zone")
    with op.batch_alter_table("photo", schema=None) as batch_op:
        batch_op.drop_column("position_accuracy")
