"""The local database: surveys, cameras and the photos that show them.

Keys are UUIDs made on the laptop (no integer key ever crosses the wire); every synced record
carries its sync bookkeeping: the server's version, who created it there, and a tombstone.
Whether a record waits for the server is not stored: it is derived from the outbox
(surveyapp/db/outbox.py).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from surveyapp.sql import NAMING_CONVENTION as NAMING_CONVENTION
from surveyapp.sql import UTCDateTime as UTCDateTime
from surveyapp.sql import utc_now as utc_now


# Alembic's recommended naming convention: constraints get stable names, so that batch-mode
# migrations on SQLite can find and alter them.
class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class SyncedMixin:
    """Created/updated times, author and what sync needs: server version, owner, tombstone.

    ``server_version`` is the version of the server's record this laptop last pulled (its
    values are the server's then, but for changes still waiting in the outbox); ``owner`` the
    pseudonym of the volunteer who created it on the server (None: made on this laptop).
    """

    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)
    author: Mapped[str | None] = mapped_column(String(200))
    server_version: Mapped[int | None] = mapped_column(Integer)
    owner: Mapped[str | None] = mapped_column(String(100))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, index=True)


class Survey(SyncedMixin, Base):
    """A campaign, e.g. "Belgrade 2026"."""

    __tablename__ = "survey"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    name: Mapped[str] = mapped_column(String(200))
    # Whether faces and licence plates are blurred in the photos this survey shares.
    blur_people: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    # The IANA time zone (Europe/Belgrade) of photos whose clock wrote no offset: geotagging
    # needs it to match their wall-clock times to a GPS track's UTC.
    time_zone: Mapped[str | None] = mapped_column(String(64))

    cameras: Mapped[list[Camera]] = relationship(back_populates="survey")


class Camera(SyncedMixin, Base):
    """One physical camera, described with OpenStreetMap's ``man_made=surveillance`` keys."""

    __tablename__ = "camera"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    survey_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("survey.id"), index=True)

    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    # exif, xmp, manual, gpx, merged
    position_source: Mapped[str | None] = mapped_column(String(20))
    position_accuracy: Mapped[float | None] = mapped_column(Float)  # metres, when known

    surveillance: Mapped[str | None] = mapped_column(String(50))
    surveillance_type: Mapped[str | None] = mapped_column(String(50))
    surveillance_zone: Mapped[str | None] = mapped_column(String(50))
    camera_type: Mapped[str | None] = mapped_column(String(50))
    camera_mount: Mapped[str | None] = mapped_column(String(50))
    camera_direction: Mapped[str | None] = mapped_column(String(50))  # "90", "NE", "90-270"
    height: Mapped[float | None] = mapped_column(Float)
    operator: Mapped[str | None] = mapped_column(String(200))

    manufacturer: Mapped[str | None] = mapped_column(String(200))
    manufacturer_wikidata: Mapped[str | None] = mapped_column(String(20))
    vendor_slug: Mapped[str | None] = mapped_column(String(50))  # catalogue entry, when known
    brand: Mapped[str | None] = mapped_column(String(200))
    model: Mapped[str | None] = mapped_column(String(200))
    vendor_confidence: Mapped[str] = mapped_column(String(20), default="unknown")

    status: Mapped[str] = mapped_column(String(20), default="present")
    check_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    extra_tags: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # The team's review: unverified, verified, disputed, removed (only reviewers change it).
    review_state: Mapped[str] = mapped_column(
        String(20), default="unverified", server_default="unverified", index=True
    )
    # Cameras a reviewer decided are not this one though near (space-separated UUIDs).
    distinct_from: Mapped[str | None] = mapped_column(Text)
    # A tombstone a teammate's merge made, as the server told it: the camera it went into,
    # and who merged it (None when the server did not say: deleted, or an older server).
    merged_into: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    merged_by: Mapped[str | None] = mapped_column(String(200))

    survey: Mapped[Survey] = relationship(back_populates="cameras")
    photos: Mapped[list[Photo]] = relationship(back_populates="camera", order_by="Photo.taken_sort")


class Photo(SyncedMixin, Base):
    """One photo; its identity is the SHA-256 of the original bytes."""

    __tablename__ = "photo"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    camera_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("camera.id"), index=True)

    file_name: Mapped[str] = mapped_column(String(500))
    library_path: Mapped[str] = mapped_column(String(500))  # relative to the library folder
    mime: Mapped[str] = mapped_column(String(50))
    size: Mapped[int] = mapped_column(Integer)
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    orientation: Mapped[int | None] = mapped_column(Integer)

    # Capture time: the wall-clock time the photo says, its UTC offset when known, and the UTC
    # instant when it can be worked out (from that offset, or from the GPS clock).
    taken_local: Mapped[datetime | None] = mapped_column(DateTime)
    utc_offset_minutes: Mapped[int | None] = mapped_column(Integer)
    taken_utc: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Sortable capture time (UTC when known, else the wall time): for grouping and ordering.
    taken_sort: Mapped[datetime | None] = mapped_column(DateTime, index=True)

    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    altitude: Mapped[float | None] = mapped_column(Float)
    bearing: Mapped[float | None] = mapped_column(Float)
    bearing_ref: Mapped[str | None] = mapped_column(String(1))  # T or M
    position_source: Mapped[str | None] = mapped_column(String(20))  # exif, xmp, gpx, neighbours
    position_accuracy: Mapped[float | None] = mapped_column(Float)  # metres, when estimated

    make: Mapped[str | None] = mapped_column(String(200))
    model: Mapped[str | None] = mapped_column(String(200))
    # Each a message code and its parameters (surveyapp.db.notes), translated when shown.
    warnings: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    upload_state: Mapped[str] = mapped_column(String(20), default="local")
    # The shareable derivative (no personal metadata, people blurred) that sync uploads, kept
    # in the library as SHARED_DIR/<blob_sha256>.jpg; exports name the photo by it.
    blob_sha256: Mapped[str | None] = mapped_column(String(64))
    blob_size: Mapped[int | None] = mapped_column(Integer)
    # The volunteer's own blur choices for the shareable copy (surveyapp.photos.sharing):
    # {"add": [[left, top, width, height], ...], "remove": [...]}, fractions 0..1 of the upright
    # image. Local only: never pushed (the server gets the blurred copy, not the choices).
    privacy_regions: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    camera: Mapped[Camera | None] = relationship(back_populates="photos")
    thumbnail: Mapped[Thumbnail | None] = relationship(
        back_populates="photo", cascade="all, delete-orphan", lazy="raise"
    )


class Thumbnail(Base):
    """A small JPEG of a photo, orientation applied; its own table keeps photo scans light."""

    __tablename__ = "thumbnail"

    photo_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("photo.id"), primary_key=True)
    jpeg: Mapped[bytes] = mapped_column(LargeBinary)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)

    photo: Mapped[Photo] = relationship(back_populates="thumbnail")


class KnownCamera(Base):
    """A camera someone already mapped (an OSM node, a city's list): a read-only reference layer,
    shown on the map and used by the duplicate warnings; never synced, never exported as ours."""

    __tablename__ = "known_camera"
    __table_args__ = (UniqueConstraint("source", "source_id"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    source: Mapped[str] = mapped_column(String(200))  # e.g. "osm" or the imported file's name
    source_id: Mapped[str] = mapped_column(String(100))  # e.g. "node/123456"
    latitude: Mapped[float] = mapped_column(Float, index=True)
    longitude: Mapped[float] = mapped_column(Float)
    tags: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class CameraStreet(Base):
    """The street a camera is on, looked up once for its position (offline from the added OSM
    areas, or online when the volunteer allows it): local derived data, never synced."""

    __tablename__ = "camera_street"

    camera_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("camera.id", ondelete="CASCADE"), primary_key=True
    )
    # The position the street was looked up for: a moved camera is looked up again.
    latitude: Mapped[float] = mapped_column(Float)
    longitude: Mapped[float] = mapped_column(Float)
    street: Mapped[str | None] = mapped_column(String(300))  # None: no street found
    cross_street: Mapped[str | None] = mapped_column(String(300))  # where two streets meet
    source: Mapped[str] = mapped_column(String(20))  # offline, nominatim
    areas: Mapped[str] = mapped_column(String(500), default="")  # offline areas asked
    looked_up_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class GeotagRun(Base):
    """One applied geotagging (from a GPS track, or neighbours' suggestions), kept so that the
    volunteer can undo it: what each photo and camera it changed held before. Local only."""

    __tablename__ = "geotag_run"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    source: Mapped[str] = mapped_column(String(20))  # gpx, neighbours
    description: Mapped[str] = mapped_column(String(500), default="")
    # {"photos": {id: {field: old value}}, "cameras": {id: {field: old value}},
    #  "merged": {photo id: camera id it was in before a merge moved it}}
    before: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    undone: Mapped[bool] = mapped_column(Boolean, default=False)


class Outbox(Base):
    """One local change, written in the same transaction as the edit; kept after it was sent.

    ``id`` orders the queue; ``mutation_id`` makes a replay harmless on the server. A row is
    frozen once a push has been attempted (``attempts`` > 0): later edits go into a new row, so
    that a mutation id never stands for two different contents. Sent rows stay as the journal of
    what this laptop told the server: a server restored from a backup gets them again.
    """

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mutation_id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=uuid.uuid4)
    record_type: Mapped[str] = mapped_column(String(20))  # survey, camera, photo
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    op: Mapped[str] = mapped_column(String(12))  # upsert, delete, merge, move_photos
    base_version: Mapped[int | None] = mapped_column(Integer)
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # The operation's other records: merge {"absorbed": [ids]}, move_photos {"photos": [ids]}
    args: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    # pending (waiting; last_error says why an earlier try was put off), sent (the server has
    # it), failed (refused for good: last_error says why; the volunteer discards it)
    state: Mapped[str] = mapped_column(String(10), default="pending", index=True)
    # For a refused change: the server's records as they were then (what discarding restores)
    server_records: Mapped[list[Any] | None] = mapped_column(JSON)


class UndoStep(Base):
    """One edit that can be undone: the records it changed and the outbox rows it queued,
    before and after, written in the edit's own transaction (surveyapp/cameras/history.py).

    ``origin`` keeps the desktop app's steps apart from the command line's: each undoes only
    its own. ``state`` is done (on the undo stack) or undone (on the redo stack).
    """

    __tablename__ = "undo_step"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    origin: Mapped[str] = mapped_column(String(20), index=True)  # app, cli
    name: Mapped[str] = mapped_column(String(20))  # fields, move, place, merge, split, ...
    state: Mapped[str] = mapped_column(String(10), default="done")  # done, undone
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    # [{"type", "id", "before": {column: wire value} | None, "after": ... | None}]
    records: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # The never-sent outbox rows of those records before and after the edit
    outbox_before: Mapped[list[Any]] = mapped_column(JSON, default=list)
    outbox_after: Mapped[list[Any]] = mapped_column(JSON, default=list)


class SyncState(Base):
    """Where this laptop stands with one server: the pull checkpoint and the last runs."""

    __tablename__ = "sync_state"

    server_url: Mapped[str] = mapped_column(String(500), primary_key=True)
    checkpoint: Mapped[int] = mapped_column(Integer, default=0)
    # The change pulled at the checkpoint, and the server's identity: when the server no longer
    # has that change there, its history changed (a restore, another server at this address).
    checkpoint_change: Mapped[str | None] = mapped_column(String(36))
    # The newest change a push of this laptop's was told (its sequence number and id): a
    # checkpoint of 0 (a laptop that sent its journal again and has not pulled yet) is in every
    # history, this is not; the newer of the two is the one checked.
    acknowledged: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    acknowledged_change: Mapped[str | None] = mapped_column(String(36))
    server_id: Mapped[str | None] = mapped_column(String(36))
    role: Mapped[str | None] = mapped_column(String(20))
    last_push_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_pull_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_success_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    user_name: Mapped[str | None] = mapped_column(String(200))
    # The version of the server's copy rule (which photos keep a shared copy served: /health's
    # ``copy_rule``) this laptop's "uploaded" marks were last checked against; None: never
    # checked, under a server that does not say (version 1).
    copy_rule: Mapped[int | None] = mapped_column(Integer)


class SyncRun(Base):
    """One sync run, for the desktop app's "recent runs"."""

    __tablename__ = "sync_run"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    server_url: Mapped[str] = mapped_column(String(500))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    pushed: Mapped[int] = mapped_column(Integer, default=0)
    pulled: Mapped[int] = mapped_column(Integer, default=0)
    # Of those pulled, the changes that altered something here (None: a run before this count).
    received: Mapped[int | None] = mapped_column(Integer)
    photos: Mapped[int] = mapped_column(Integer, default=0)  # photos whose bytes it sent
    # Photos whose copy the server already held, sent without a byte (None: a run before
    # this count).
    photos_confirmed: Mapped[int | None] = mapped_column(Integer)
    errors: Mapped[int] = mapped_column(Integer, default=0)
    message: Mapped[str | None] = mapped_column(Text)  # the technical detail
    # What stopped it, as a code the app words in the volunteer's language (SyncError.kind).
    failure: Mapped[str | None] = mapped_column(String(20))
