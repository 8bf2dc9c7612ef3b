"""sync operations: derived pending, owners, the outbox journal, server identity

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 10:00:00.000000

Whether a record waits for the server is derived from the outbox now (a stored flag went out of
step: an edit that changed nothing set it, and the whole stale record was sent). Records keep the
pseudonym of the volunteer who created them on the server (what a volunteer may edit); outbox
rows carry the arguments of structural operations (merge, move photos) and stay as a journal once
sent; the sync state remembers the server's identity and the change at its checkpoint.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SYNCED = ("survey", "camera", "photo")


def upgrade() -> None:
    # Plain ALTER TABLE (SQLite 3.35+): a batch copy of survey or camera would drop tables that
    # others refer to, which foreign keys refuse.
    for table in SYNCED:
        op.drop_column(table, "pending")
        op.add_column(table, sa.Column("owner", sa.String(length=100), nullable=True))
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.alter_column("op", existing_type=sa.String(length=10), type_=sa.String(length=12))
        batch_op.add_column(
            sa.Column("args", sa.JSON(), nullable=False, server_default=sa.text("'{}'"))
        )
        batch_op.add_column(sa.Column("server_records", sa.JSON(), nullable=True))
    with op.batch_alter_table("sync_state", schema=None) as batch_op:
        batch_op.add_column(sa.Column("checkpoint_change", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("server_id", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("role", sa.String(length=20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_state", schema=None) as batch_op:
        batch_op.drop_column("role")
        batch_op.drop_column("server_id")
        batch_op.drop_column("checkpoint_change")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_column("server_records")
        batch_op.drop_column("args")
        batch_op.alter_column("op", existing_type=sa.String(length=12), type_=sa.String(length=10))
    for table in SYNCED:
        op.drop_column(table, "owner")
        op.add_column(
            table,
            sa.Column("pending", sa.Boolean(), nullable=False, server_default=sa.text("1")),
        )
