"""kept answers: the records a stored push answer names, without their fields

The server keeps its answer to every mutation, for a laptop that asks again. The answer to a
merge, a move of photos or a delete named the records it changed with all their fields, so a
photo withdrawn later lived on there (file name, capture times, position, thumbnail) after its
tombstone had let go of them. A replay now reads those records afresh; this empties the fields
of the answers kept before.

Revision ID: s0010
Revises: s0009
Create Date: 2026-12-07 00:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "s0010"
down_revision: str | Sequence[str] | None = "s0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

mutation = sa.table(
    "mutation",
    sa.column("mutation_id", sa.Uuid),
    sa.column("result", sa.JSON),
)


def upgrade() -> None:
    bind = op.get_bind()
    answers = bind.execute(sa.select(mutation.c.mutation_id, mutation.c.result))
    for mutation_id, result in answers.all():
        records = (result or {}).get("records") or []
        if not any(change.get("fields") for change in records):
            continue
        kept = {**result, "records": [{**change, "fields": {}} for change in records]}
        bind.execute(
            sa.update(mutation).where(mutation.c.mutation_id == mutation_id).values(result=kept)
        )


def downgrade() -> None:
    pass  # what was withdrawn does not come back
