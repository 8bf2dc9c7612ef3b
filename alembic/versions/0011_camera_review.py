"""camera review: the team's review state of each camera and the near cameras a reviewer found
distinct (synced, set by reviewers)

Revision ID: 0011
Revises: 0006
Create Date: 2026-12-02 12:45:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ALTER TABLE: a batch copy of camera would drop a table that others refer to.
    op.add_column(
        "camera",
        sa.Column(
            "review_state", sa.String(length=20), nullable=False, server_default="unverified"
        ),
    )
    op.create_index(op.f("ix_camera_review_state"), "camera", ["review_state"], unique=False)
    op.add_column("camera", sa.Column("distinct_from", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column("camera", "distinct_from")
    op.drop_index(op.f("ix_camera_review_state"), table_name="camera")
    op.drop_column("camera", "review_state")
