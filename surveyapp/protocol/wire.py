"""The sync protocol's wire format: what the laptop and the server say to each other.

Shared by the client (surveyapp.sync) and the server (surveyapp.server); nothing here touches a
database or the network. Identity is by UUID made on the laptop (records and mutations) and by
SHA-256 (photo blobs); no integer key of either side ever crosses the wire, except the server's own
change sequence and record versions.

Every JSON response is wrapped in an envelope, ``{"surveyapp": API, "server_time": ...,
"data": ...}`` or ``{..., "error": {"code": ..., "message": ...}}``: a 200 from a captive portal or
a proxy has no envelope and is not taken for success. Readers are tolerant: a key they do not know
is ignored, so that a server may add one without breaking older laptops; ``/health`` says which
API the server speaks and the oldest laptop API it still serves (``min_client_api``).

Endpoints (all under ``/api/v1``, all but ``/health`` need ``Authorization: Bearer TOKEN``):

- ``GET  /health`` → ``data: Health``
- ``GET  /me`` → ``data: UserInfo`` (pseudonym, role, the server's identity)
- ``GET  /sync/state?since=SEQ&change=ID`` → ``data: ServerState``: whether the change the laptop
  last pulled is still at that sequence number (a server restored from a backup, or another
  server at the same address, says no: the laptop re-sends what it has and pulls from the start).
- ``POST /sync/push`` body ``PushRequest`` → ``data: PushResponse``. A batch is applied item by
  item; a rejected item does not stop the rest. 409 with error code ``mutation_conflict`` only
  when a mutation id was already used for different content (that item's result says so too; the
  response is 200 with per-item results unless every item is such a clash).
- ``GET  /sync/pull?since=SEQ&limit=N`` → ``data: PullResponse`` (changes with seq > SEQ, in seq
  order, at most N, tombstones included; ``more`` says whether to ask again with ``since=next``).
- ``POST /blobs/status`` body ``BlobQuery`` → ``data: BlobStates``: what the server holds of
  many copies in one round trip (a sync asks once, then sends each from its offset).
- ``HEAD /blobs/{sha256}`` → 200 (complete; ``Content-Length``) or 404 (unknown). With an upload
  under way the 404 carries ``Upload-Offset: N`` (bytes the server holds).
- ``PATCH /blobs/{sha256}`` headers ``Upload-Offset: N`` and ``Upload-Length: TOTAL``, body the
  bytes from N → ``data: BlobStatus``. 409 ``wrong_offset`` with ``Upload-Offset`` of what the
  server has; 409 ``upload_in_progress`` while another upload of the blob runs (back off);
  over the size limit → 413; when the bytes are complete the server checks their SHA-256, and a
  mismatch → 422 (the partial upload is discarded).
- ``GET  /blobs/{sha256}`` → the bytes, while a live photo names them (a retracted copy is gone).
- ``DELETE /blobs/{sha256}`` → retract a shared copy no live photo names (its uploader, reviewers).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from surveyapp.protocol.roles import Role

API_VERSION = 3  # what this code speaks
MIN_CLIENT_API = 2  # the oldest laptop this server serves (merge and split as operations)
# The oldest server this laptop can work with: 3 derives a merge's fields (MERGE_FIELDS); an
# older one would leave the merged camera without the others' notes, tags and values.
MIN_SERVER_API = 3
API_PREFIX = "/api/v1"
MAX_BATCH = 100
DEFAULT_PULL_LIMIT = 500
MAX_PULL_LIMIT = 2000
DEFAULT_MAX_BLOB_BYTES = 50 * 1024 * 1024
MAX_OPERATION_RECORDS = 500  # photos moved or cameras absorbed by one operation
# A camera's delete with this argument goes only while the camera holds exactly the photos it
# lists and nobody else has changed the camera (the empty shell an import left behind).
IF_HOLDING = "if_holding"
# A camera's delete with this argument takes along only the photos it lists (those the laptop
# deleted with it): a photo someone else put on the camera meanwhile keeps the camera.
WITH_PHOTOS = "with_photos"
# The pseudo-field whose version says who deleted or restored a record; a conflict on it (in
# ``ItemResult.conflict_fields``) says a delete or an edit met a deletion or a restore.
DELETED_FIELD = "_deleted"
# A merge with this argument (naming its target) asks the server to derive the target's fields
# from the cameras it absorbs, by the merge rule (surveyapp/protocol/merge.py); the laptop sends
# no edit of them. Without it (a laptop of API 2) the laptop's own values come as an edit.
MERGE_FIELDS = "merge_fields"
# A split's move_photos with this argument names the cameras the photos left on the laptop. A
# photo the server holds elsewhere, alone on a camera, was split off there by another laptop
# meanwhile: the split's new camera joins that one (a server without it leaves one empty).
MOVED_FROM = "from"
MAX_BLOB_QUERY = 500  # hashes asked about in one POST /blobs/status
MAX_SEQ = 2**63 - 1  # sequence numbers and versions: what a 64-bit column holds
# A number a 64-bit column holds (the server numbers a batch's changes 0, -1, -2 ... until it
# commits): a peer's larger one is malformed, never a crash of the database underneath.
Int64 = Annotated[int, Field(ge=-MAX_SEQ, le=MAX_SEQ)]

RecordType = Literal["survey", "camera", "photo"]
# upsert: set fields (creates the record the first time); delete: a tombstone (a camera's
# photos go with it); merge: ``args.absorbed`` cameras into this one, their photos with them;
# move_photos: ``args.photos`` onto this camera. merge and move_photos are applied whole.
Operation = Literal["upsert", "delete", "merge", "move_photos"]
ItemStatus = Literal["applied", "duplicate", "conflict", "rejected"]


class WireModel(BaseModel):
    """Tolerant of keys it does not know: a newer peer may send more."""

    model_config = ConfigDict(extra="ignore")


class Mutation(WireModel):
    """One local change to one record.

    ``fields`` holds only the fields this change set (the server merges per field);
    ``base_version`` is the server version the laptop had when the change was made (None for a
    record the server has never seen); ``args`` the operation's other records (merge:
    ``{"absorbed": [camera ids], "merge_fields": [its own id]}``, move_photos: ``{"photos":
    [photo ids], "from": [camera ids]}``, a conditional
    delete: ``{"if_holding": [photo ids]}``, a camera's delete: ``{"with_photos": [photo
    ids]}``).
    """

    mutation_id: uuid.UUID
    record_type: RecordType
    record_id: uuid.UUID
    op: Operation
    base_version: int | None = Field(default=None, ge=0, le=2**62)
    fields: dict[str, Any] = Field(default_factory=dict)
    args: dict[str, list[uuid.UUID]] = Field(default_factory=dict)


class PushRequest(WireModel):
    """A batch of at most MAX_BATCH mutations, applied in order.

    Items are parsed one by one on the server (``list[dict]``), so that one malformed item is
    rejected with its reason while the rest are applied.
    """

    mutations: list[dict[str, Any]] = Field(max_length=MAX_BATCH)


class Change(WireModel):
    """One record's whole current state as of ``seq`` (not a diff); ``deleted``: a tombstone.

    ``change_id`` names this change; a laptop remembers the one at its checkpoint to find out
    whether the server's history is still the one it pulled.

    ``merged_into`` and ``merged_by``: a camera's tombstone that a merge made: the camera it
    went into (which may have gone into another since: its own tombstone says so), and who
    merged it, told only to those who may edit the camera (its creator, reviewers and admins:
    whom an edit's answer tells it too). None for a deletion, and from an older server: the
    laptop then says the camera was deleted.
    """

    seq: Int64
    record_type: RecordType
    record_id: uuid.UUID
    version: Int64
    deleted: bool
    author: str | None
    updated_at: datetime
    fields: dict[str, Any]
    change_id: uuid.UUID | None = None
    merged_into: uuid.UUID | None = None
    merged_by: str | None = None


class ItemResult(WireModel):
    """What happened to one mutation.

    applied: stored; ``version``/``seq`` are the record's new server version and change sequence.
    duplicate: this mutation id was applied before; the stored result is returned again.
    conflict: applied, but some of its fields had been changed by someone else since
      ``base_version`` (listed; the later arrival won, reviewers see the conflict), or part of
      it could not be applied (a camera deleted meanwhile).
    rejected: not applied; ``message`` says why and ``code`` what kind of reason it is; when
      ``final`` is false an upgrade or another laptop's sync may cure it, so the laptop sends it
      again later.
    ``records`` is the server's current state of the records the mutation named, when that is
    not what the laptop made of them (a merge or a move that went otherwise, a refusal);
    ``canonical_id`` the record this one turned out to be (the same picture, shared before).
    ``change_id`` is the change at ``seq`` in the server's history: a laptop checks that it is
    still there, like the change at its pull checkpoint (a restore may lose what it sent).
    ``merged_into`` and ``merged_by``: an edit of a camera someone merged into another meanwhile
    (a conflict on ``DELETED_FIELD``) was not applied; the live camera it went into, and who
    merged it. A server that does not say them leaves them None: the laptop says "deleted".
    """

    mutation_id: uuid.UUID | None
    status: ItemStatus
    version: Int64 | None = None
    seq: Int64 | None = None
    message: str | None = None
    code: str | None = None
    final: bool = True
    conflict_fields: list[str] = Field(default_factory=list)
    canonical_id: uuid.UUID | None = None
    records: list[Change] = Field(default_factory=list)
    change_id: uuid.UUID | None = None
    merged_into: uuid.UUID | None = None
    merged_by: str | None = None
    # A refusal whose reason has values in it: the reason's key and its values
    # (surveyapp/protocol/refusals.py), for a laptop to say in its volunteer's language;
    # ``message`` is the same reason in English (a server that does not send them: that alone).
    reason: str | None = None
    values: dict[str, Any] = Field(default_factory=dict)


class PushResponse(WireModel):
    results: list[ItemResult]


class PullResponse(WireModel):
    changes: list[Change]
    next: int = Field(ge=0, le=MAX_SEQ)
    more: bool
    server_id: uuid.UUID | None = None
    last_seq: int | None = Field(default=None, ge=0, le=MAX_SEQ)


class ServerState(WireModel):
    """The server's identity, its last change, and whether the laptop's checkpoint still holds."""

    server_id: uuid.UUID
    last_seq: int = Field(ge=0, le=MAX_SEQ)
    checkpoint_valid: bool


class BlobStatus(WireModel):
    sha256: str
    offset: int
    complete: bool


class BlobQuery(WireModel):
    """Which of these shared copies does the server hold, and how much of each?"""

    sha256: list[str] = Field(max_length=MAX_BLOB_QUERY)


class BlobStates(WireModel):
    """For each asked hash: what the server holds (``complete``, ``offset`` bytes). A copy
    another user sent, which a photo of the asking user names, is not complete for them: they
    send it too (their photo keeps it served only then)."""

    blobs: list[BlobStatus]


class UserInfo(WireModel):
    name: str
    role: Role
    server_id: uuid.UUID | None = None


class Health(WireModel):
    name: str
    api: int
    min_client_api: int = 1
    server_id: uuid.UUID | None = None
    # The version of the server's rule for which photos keep a shared copy served (1: a server
    # that does not say, from before that rule changed); a laptop asks again about the copies
    # it marked uploaded when it changes.
    copy_rule: int = Field(default=1, ge=1)


class ErrorBody(WireModel):
    code: str
    message: str


class Envelope(WireModel):
    """The wrapper around every JSON response; ``surveyapp`` is the API the server speaks."""

    surveyapp: int
    server_time: datetime
    data: Any = None
    error: ErrorBody | None = None
