"""sync run received: of the changes pulled, those that altered something on the laptop

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04 22:45:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | Sequence[str] | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("sync_run", sa.Column("received", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_run") as batch_op:
        batch_op.drop_column("received")
