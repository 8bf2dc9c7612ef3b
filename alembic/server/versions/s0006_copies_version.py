"""the shared copies' version: a second counter row, counted up when a copy is stored or deleted

Revision ID: s0006
Revises: s0005
Create Date: 2026-12-20 10:00:00.000000

The public map is kept per state of the database; the number of copies could not say that one
copy replaced another (an upload and a deletion give the number back).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "s0006"
down_revision: str | Sequence[str] | None = "s0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COUNTER = sa.table("counter", sa.column("id", sa.Integer()), sa.column("value", sa.BigInteger()))


def upgrade() -> None:
    op.bulk_insert(COUNTER, [{"id": 2, "value": 0}])  # models.COPIES


def downgrade() -> None:
    op.execute(COUNTER.delete().where(COUNTER.c.id == 2))
