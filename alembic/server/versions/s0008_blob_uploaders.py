"""blob uploaders: everyone who sent a shared copy's bytes, not only the first

Two volunteers' files of one picture that differ only in metadata make the same shared copy.
The server refused the second volunteer's photo; it now takes it, has that volunteer send the
bytes too, and counts a copy as named only by the photos of users who sent it (or of
reviewers and admins). Each copy's first uploader (``blob.uploaded_by``) is its first row.
A copy the old rule kept (any live photo named it) that no photo counts as naming now is
unnamed from the migration on, so that the sweep deletes its file after the grace period.

Revision ID: s0008
Revises: s0007
Create Date: 2026-12-05 15:00:00.000000
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "s0008"
down_revision: str | Sequence[str] | None = "s0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

blob = sa.table(
    "blob",
    sa.column("sha256", sa.String),
    sa.column("uploaded_by", sa.Integer),
    sa.column("created_at", sa.DateTime),
    sa.column("unnamed_since", sa.DateTime),
)
record = sa.table(
    "record",
    sa.column("record_type", sa.String),
    sa.column("deleted", sa.Boolean),
    sa.column("created_by", sa.Integer),
    sa.column("field_versions", sa.JSON),
    sa.column("blob_sha256", sa.String),
)
user = sa.table("user", sa.column("id", sa.Integer), sa.column("role", sa.String))
EDITORS = ["admin", "reviewer"]  # surveyapp.protocol.roles.EDITORS at this revision


def upgrade() -> None:
    uploader = op.create_table(
        "blob_uploader",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("uploaded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user.id"], name=op.f("fk_blob_uploader_user_id_user")
        ),
        sa.PrimaryKeyConstraint("sha256", "user_id", name=op.f("pk_blob_uploader")),
    )
    assert uploader is not None
    op.create_index(op.f("ix_blob_uploader_user_id"), "blob_uploader", ["user_id"], unique=False)
    op.execute(
        uploader.insert().from_select(
            ["sha256", "user_id", "uploaded_at"],
            sa.select(blob.c.sha256, blob.c.uploaded_by, blob.c.created_at).where(
                blob.c.uploaded_by.is_not(None)
            ),
        )
    )
    # server/retract.py's rule (``vouched``) as it is at this revision: a live photo keeps its
    # copy when the user who set the copy on it sent it, or is a reviewer or admin.
    setter = sa.func.coalesce(
        record.c.field_versions[("blob_sha256", 1)].as_integer(), record.c.created_by
    )
    vouched = sa.or_(
        sa.exists().where(uploader.c.sha256 == record.c.blob_sha256, uploader.c.user_id == setter),
        sa.exists().where(user.c.id == setter, user.c.role.in_(EDITORS)),
    )
    named = sa.exists().where(
        record.c.blob_sha256 == blob.c.sha256,
        record.c.deleted.is_(False),
        record.c.record_type == "photo",
        vouched,
    )
    now = datetime.now(UTC).replace(tzinfo=None)  # stored as UTC without an offset
    op.execute(
        blob.update().where(blob.c.unnamed_since.is_(None), ~named).values(unnamed_since=now)
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_blob_uploader_user_id"), table_name="blob_uploader")
    op.drop_table("blob_uploader")
