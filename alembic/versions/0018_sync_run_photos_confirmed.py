"""sync run photos confirmed: the photos whose copy the server already held

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07 12:45:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | Sequence[str] | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("sync_run", sa.Column("photos_confirmed", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_run") as batch_op:
        batch_op.drop_column("photos_confirmed")
