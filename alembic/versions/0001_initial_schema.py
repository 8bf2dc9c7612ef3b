"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22 22:25:59.180967
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "survey",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=True),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("pending", sa.Boolean(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey")),
    )
    with op.batch_alter_table("survey", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_survey_deleted"), ["deleted"], unique=False)

    op.create_table(
        "camera",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("survey_id", sa.Uuid(), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("position_source", sa.String(length=20), nullable=True),
        sa.Column("position_accuracy", sa.Float(), nullable=True),
        sa.Column("surveillance", sa.String(length=50), nullable=True),
        sa.Column("surveillance_type", sa.String(length=50), nullable=True),
        sa.Column("surveillance_zone", sa.String(length=50), nullable=True),
        sa.Column("camera_type", sa.String(length=50), nullable=True),
        sa.Column("camera_mount", sa.String(length=50), nullable=True),
        sa.Column("camera_direction", sa.String(length=50), nullable=True),
        sa.Column("height", sa.Float(), nullable=True),
        sa.Column("operator", sa.String(length=200), nullable=True),
        sa.Column("manufacturer", sa.String(length=200), nullable=True),
        sa.Column("manufacturer_wikidata", sa.String(length=20), nullable=True),
        sa.Column("vendor_slug", sa.String(length=50), nullable=True),
        sa.Column("brand", sa.String(length=200), nullable=True),
        sa.Column("model", sa.String(length=200), nullable=True),
        sa.Column("vendor_confidence", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("check_date", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("extra_tags", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=True),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("pending", sa.Boolean(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["survey_id"], ["survey.id"], name=op.f("fk_camera_survey_id_survey")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_camera")),
    )
    with op.batch_alter_table("camera", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_camera_deleted"), ["deleted"], unique=False)
        batch_op.create_index(batch_op.f("ix_camera_survey_id"), ["survey_id"], unique=False)

    op.create_table(
        "photo",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("camera_id", sa.Uuid(), nullable=True),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("library_path", sa.String(length=500), nullable=False),
        sa.Column("mime", sa.String(length=50), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=True),
        sa.Column("height", sa.Integer(), nullable=True),
        sa.Column("orientation", sa.Integer(), nullable=True),
        sa.Column("taken_local", sa.DateTime(), nullable=True),
        sa.Column("utc_offset_minutes", sa.Integer(), nullable=True),
        sa.Column("taken_utc", sa.DateTime(), nullable=True),
        sa.Column("taken_sort", sa.DateTime(), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("altitude", sa.Float(), nullable=True),
        sa.Column("bearing", sa.Float(), nullable=True),
        sa.Column("bearing_ref", sa.String(length=1), nullable=True),
        sa.Column("position_source", sa.String(length=20), nullable=True),
        sa.Column("make", sa.String(length=200), nullable=True),
        sa.Column("model", sa.String(length=200), nullable=True),
        sa.Column("warnings", sa.JSON(), nullable=False),
        sa.Column("upload_state", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=True),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("pending", sa.Boolean(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["camera_id"], ["camera.id"], name=op.f("fk_photo_camera_id_camera")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photo")),
        sa.UniqueConstraint("sha256", name=op.f("uq_photo_sha256")),
    )
    with op.batch_alter_table("photo", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_photo_camera_id"), ["camera_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_photo_deleted"), ["deleted"], unique=False)
        batch_op.create_index(batch_op.f("ix_photo_taken_sort"), ["taken_sort"], unique=False)

    op.create_table(
        "thumbnail",
        sa.Column("photo_id", sa.Uuid(), nullable=False),
        sa.Column("jpeg", sa.LargeBinary(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["photo_id"], ["photo.id"], name=op.f("fk_thumbnail_photo_id_photo")
        ),
        sa.PrimaryKeyConstraint("photo_id", name=op.f("pk_thumbnail")),
    )


def downgrade() -> None:
    op.drop_table("thumbnail")
    with op.batch_alter_table("photo", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_photo_taken_sort"))
        batch_op.drop_index(batch_op.f("ix_photo_deleted"))
        batch_op.drop_index(batch_op.f("ix_photo_camera_id"))

    op.drop_table("photo")
    with op.batch_alter_table("camera", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_camera_survey_id"))
        batch_op.drop_index(batch_op.f("ix_camera_deleted"))

    op.drop_table("camera")
    with op.batch_alter_table("survey", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_survey_deleted"))

    op.drop_table("survey")
