"""known cameras

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 22:56:32.434435
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "known_camera",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("source_id", sa.String(length=100), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=False),
        sa.Column("longitude", sa.Float(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_known_camera")),
        sa.UniqueConstraint("source", "source_id", name=op.f("uq_known_camera_source")),
    )
    with op.batch_alter_table("known_camera", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_known_camera_latitude"), ["latitude"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("known_camera", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_known_camera_latitude"))

    op.drop_table("known_camera")
