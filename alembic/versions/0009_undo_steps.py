"""undo steps: the edits a volunteer can undo and redo, in the database with the edit

Revision ID: 0009
Revises: 0006
Create Date: 2026-12-02 12:45:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "undo_step",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("origin", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=20), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("records", sa.JSON(), nullable=False),
        sa.Column("outbox_before", sa.JSON(), nullable=False),
        sa.Column("outbox_after", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_undo_step")),
    )
    with op.batch_alter_table("undo_step", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_undo_step_origin"), ["origin"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("undo_step", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_undo_step_origin"))
    op.drop_table("undo_step")
