"""operations and identity: merged cameras, one record per picture, named copies, the server's id

Revision ID: s0002
Revises: s0001
Create Date: 2026-12-02 10:00:00.000000

Cameras merged into another remember where they went; a photo's SHA-256 is unique and the shared
copy it names has its own column (which copies nobody names any more); every sequence number
remembers the change it stands for; the database gets an identity of its own that laptops check.
"""

import contextlib
import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "s0002"
down_revision: str | Sequence[str] | None = "s0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("record", schema=None) as batch_op:
        batch_op.add_column(sa.Column("change_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("merged_into", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("camera_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("sha256", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("blob_sha256", sa.String(length=64), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_record_sha256"), ["sha256"])
        batch_op.create_index(batch_op.f("ix_record_blob_sha256"), ["blob_sha256"], unique=False)
        batch_op.create_index(batch_op.f("ix_record_camera_id"), ["camera_id"], unique=False)
    with op.batch_alter_table("blob", schema=None) as batch_op:
        batch_op.add_column(sa.Column("unnamed_since", sa.DateTime(), nullable=True))
    op.create_table(
        "change_log",
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("change_id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_change_log")),
    )
    meta = op.create_table(
        "server_meta",
        sa.Column("key", sa.String(length=50), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_server_meta")),
    )
    op.bulk_insert(meta, [{"key": "server_id", "value": str(uuid.uuid4())}])
    # Photos already on the server: their picture and shared copy into the new columns (the
    # first record of a picture keeps it; a later duplicate stays without, as before).
    connection = op.get_bind()
    record = sa.table(
        "record",
        sa.column("id", sa.Integer()),
        sa.column("record_type", sa.String()),
        sa.column("fields", sa.JSON()),
        sa.column("deleted", sa.Boolean()),
        sa.column("sha256", sa.String()),
        sa.column("blob_sha256", sa.String()),
        sa.column("camera_id", sa.Uuid()),
    )
    seen: set[str] = set()
    rows = connection.execute(
        sa.select(record.c.id, record.c.fields, record.c.deleted)
        .where(record.c.record_type == "photo")
        .order_by(record.c.id)
    ).all()
    for row_id, fields, _deleted in rows:
        fields = fields if isinstance(fields, dict) else {}
        values = {"blob_sha256": fields.get("blob_sha256")}
        with contextlib.suppress(ValueError):
            values["camera_id"] = uuid.UUID(str(fields.get("camera_id")))
        sha256 = fields.get("sha256")
        if isinstance(sha256, str) and sha256 not in seen:
            seen.add(sha256)
            values["sha256"] = sha256
        connection.execute(sa.update(record).where(record.c.id == row_id).values(**values))


def downgrade() -> None:
    op.drop_table("server_meta")
    op.drop_table("change_log")
    with op.batch_alter_table("blob", schema=None) as batch_op:
        batch_op.drop_column("unnamed_since")
    with op.batch_alter_table("record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_record_camera_id"))
        batch_op.drop_index(batch_op.f("ix_record_blob_sha256"))
        batch_op.drop_constraint(batch_op.f("uq_record_sha256"), type_="unique")
        batch_op.drop_column("blob_sha256")
        batch_op.drop_column("sha256")
        batch_op.drop_column("camera_id")
        batch_op.drop_column("merged_into")
        batch_op.drop_column("change_id")
