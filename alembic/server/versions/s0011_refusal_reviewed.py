"""refusal reviewed: a reviewer marks the refusals she has looked at, and they leave the list

The Refused list showed the newest 200 refusals and nothing ever cleared them: a volunteer's
token aiming at 200 records in turn pushed the team's older refusals out of the reviewers'
view. The refusals kept before are not yet reviewed.

Revision ID: s0011
Revises: s0010
Create Date: 2026-12-07 12:45:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "s0011"
down_revision: str | Sequence[str] | None = "s0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("refusal", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("reviewed", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("refusal", schema=None) as batch_op:
        batch_op.drop_column("reviewed")
