"""The sync protocol's wire format: what the laptop and the server say to each other.

Shared by the client (surveyapp.sync) and the server (surveyapp.server); nothing here touches a
database or the network. Identity is by UUID made on the laptop (records and mutations) and by
SHA-256 (photo blobs); no integer key of either side ever crosses the wire, except the server's own
change sequence and record versions.

Every JSON response is wrapped in an envelope, ``{"surveyapp": API_VERSION, "server_time": ...,
"data": ...}`` or ``{..., "error": {"code": ..., "message": ...}}``: a 200 from a captive portal or
a proxy has no envelope and is not taken for success.

Endpoints (all under ``/api/v1``, all but ``/health`` need ``Authorization: Bearer TOKEN``):

- ``GET  /health`` → ``data: {"name": "surveyapp", "api": 1}``
- ``GET  /me`` → ``data: UserInfo``
- ``POST /sync/push`` body ``PushRequest`` → ``data: PushResponse``. A batch is applied item by
  item; a rejected item does not stop the rest. 409 with error code ``mutation_conflict`` only
  when a mutation id was already used for different content (that item's result says so too; the
  response is 200 with per-item results unless every item is such a clash).
- ``GET  /sync/pull?since=SEQ&limit=N`` → ``data: PullResponse`` (changes with seq > SEQ, in seq
  order, at most N, tombstones included; ``more`` says whether to ask again with ``since=next``).
- ``HEAD /blobs/{sha256}`` → 200 (complete; ``Content-Length``) or 404 (unknown). With an upload
  under way the 404 carries ``Upload-Offset: N`` (bytes the server holds).
- ``PATCH /blobs/{sha256}`` headers ``Upload-Offset: N`` and ``Upload-Length: TOTAL``, body the
  bytes from N → ``data: BlobStatus``. A wrong offset → 409 with ``Upload-Offset`` of what the
  server has; over the size limit → 413; when the bytes are complete the server checks their
  SHA-256, and a mismatch → 422 (the partial upload is discarded).
- ``GET  /blobs/{sha256}`` → the bytes (the original-on-demand for other volunteers' photos).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from surveyapp.db.wire_fields import CAMERA_COLUMNS, PHOTO_COLUMNS, SURVEY_COLUMNS

API_VERSION = 1
API_PREFIX = "/api/v1"
MAX_BATCH = 100
DEFAULT_PULL_LIMIT = 500
MAX_PULL_LIMIT = 2000
DEFAULT_MAX_BLOB_BYTES = 50 * 1024 * 1024

RecordType = Literal["survey", "camera", "photo"]
Operation = Literal["upsert", "delete"]
ItemStatus = Literal["applied", "duplicate", "conflict", "rejected"]
Role = Literal["volunteer", "reviewer", "admin"]

# The fields each record type carries on the wire (the columns of surveyapp/db/wire_fields.py);
# anything else in a mutation is rejected. Times are ISO 8601 text, UUIDs canonical text, dates
# YYYY-MM-DD. A photo's wire record carries its metadata, the SHA-256 of the original (identity),
# the SHA-256 of the shareable derivative that is uploaded as the blob (no personal metadata;
# faces and plates blurred when the survey says so), and a small thumbnail (base64 JPEG) so that
# other laptops show it at once. Device make/model stay on the laptop.
SURVEY_FIELDS = frozenset(SURVEY_COLUMNS)
CAMERA_FIELDS = frozenset(CAMERA_COLUMNS)
PHOTO_FIELDS = (frozenset(PHOTO_COLUMNS) - {"sha256"}) | {"thumbnail_jpeg_base64"}
RECORD_FIELDS: dict[str, frozenset[str]] = {
    "survey": SURVEY_FIELDS,
    "camera": CAMERA_FIELDS,
    "photo": PHOTO_FIELDS | {"sha256"},
}


class WireModel(BaseModel):
    """Strict about unknown keys: a typo on either side is an error, not silently dropped data."""

    model_config = ConfigDict(extra="forbid")


class Mutation(WireModel):
    """One local change to one record.

    ``fields`` holds only the fields this change set (the server merges per field);
    ``base_version`` is the server version the laptop had when the change was made (None for a
    record the server has never seen).
    """

    mutation_id: uuid.UUID
    record_type: RecordType
    record_id: uuid.UUID
    op: Operation
    base_version: int | None = Field(default=None, ge=0)
    fields: dict[str, Any] = Field(default_factory=dict)


class PushRequest(WireModel):
    """A batch of at most MAX_BATCH mutations, applied in order.

    Items are parsed one by one on the server (``list[dict]``), so that one malformed item is
    rejected with its reason while the rest are applied.
    """

    mutations: list[dict[str, Any]] = Field(max_length=MAX_BATCH)


class ItemResult(WireModel):
    """What happened to one mutation.

    applied: stored; ``version``/``seq`` are the record's new server version and change sequence.
    duplicate: this mutation id was applied before; the stored result is returned again.
    conflict: applied, but some of its fields had been changed by someone else since
      ``base_version``; the fields are listed, the later arrival won, reviewers see the conflict.
    rejected: not applied; ``message`` says why (bad field, out-of-range value, not allowed...).
    """

    mutation_id: uuid.UUID | None
    status: ItemStatus
    version: int | None = None
    seq: int | None = None
    message: str | None = None
    conflict_fields: list[str] = Field(default_factory=list)


class PushResponse(WireModel):
    results: list[ItemResult]


class Change(WireModel):
    """One record's whole current state as of ``seq`` (not a diff); ``deleted``: a tombstone."""

    seq: int
    record_type: RecordType
    record_id: uuid.UUID
    version: int
    deleted: bool
    author: str | None
    updated_at: datetime
    fields: dict[str, Any]


class PullResponse(WireModel):
    changes: list[Change]
    next: int
    more: bool


class BlobStatus(WireModel):
    sha256: str
    offset: int
    complete: bool


class UserInfo(WireModel):
    name: str
    role: Role


class ErrorBody(WireModel):
    code: str
    message: str


class Envelope(WireModel):
    """The wrapper around every JSON response."""

    surveyapp: int
    server_time: datetime
    data: Any = None
    error: ErrorBody | None = None
