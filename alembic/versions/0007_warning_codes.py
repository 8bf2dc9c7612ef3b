"""warning codes: a photo's warnings stored as a message code and parameters, not sentences

Before, each warning was stored as a sentence in the language of the import, and stayed in it.
Each stored sentence, in any of the app's languages, becomes its message code and parameters
(surveyapp.db.notes), translated when shown; a sentence no message makes is kept as its text.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 13:30:00.000000
"""

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    from surveyapp.db.notes import recognise

    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, warnings FROM photo WHERE warnings IS NOT NULL"))
    changed = []
    for photo_id, stored in rows.fetchall():
        warnings = json.loads(stored) if isinstance(stored, str) else stored
        if not warnings or not any(isinstance(w, str) for w in warnings):
            continue
        coded = [recognise(w) if isinstance(w, str) else w for w in warnings]
        changed.append({"id": photo_id, "warnings": json.dumps(coded, ensure_ascii=False)})
    if changed:
        bind.execute(sa.text("UPDATE photo SET warnings = :warnings WHERE id = :id"), changed)


def downgrade() -> None:
    from surveyapp.db.notes import shown

    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, warnings FROM photo WHERE warnings IS NOT NULL"))
    changed = []
    for photo_id, stored in rows.fetchall():
        warnings = json.loads(stored) if isinstance(stored, str) else stored
        if warnings:
            text = [shown(w) for w in warnings]
            changed.append({"id": photo_id, "warnings": json.dumps(text, ensure_ascii=False)})
    if changed:
        bind.execute(sa.text("UPDATE photo SET warnings = :warnings WHERE id = :id"), changed)
