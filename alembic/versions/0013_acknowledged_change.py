"""sync state: the newest change the server acknowledged to a push, checked like the checkpoint

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 12:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | Sequence[str] | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sync_state") as batch_op:
        batch_op.add_column(
            sa.Column("acknowledged", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(sa.Column("acknowledged_change", sa.String(length=36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_state") as batch_op:
        batch_op.drop_column("acknowledged_change")
        batch_op.drop_column("acknowledged")
