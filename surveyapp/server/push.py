"""Applying a pushed batch: idempotent by mutation id, merged per field, in arrival order.

One batch is one transaction, in two parts. First it locks the rows of the records it reads
(PostgreSQL: SELECT ... FOR UPDATE, in record id order) and merges its mutations into them in
memory, numbering its changes provisionally (0, -1, -2, ...): batches that touch other records
do this at the same time, in as many server processes as there are. Then it takes the sequence
counter's row lock, turns the provisional numbers into the next real ones, writes everything and
commits, so the counter is held only for a few statements, and sequence numbers still become
visible in order (a puller never sees N+1 before N: a batch holds the counter until it commits).
Two batches that lock the same records in another order are a deadlock PostgreSQL breaks: the
losing batch is rolled back and applied again (see routes/sync.py). SQLite, with its one writer,
runs one batch at a time. Uniqueness is the
database's: a mutation id is claimed with INSERT ... ON CONFLICT DO NOTHING, a record is created
the same way, never by checking first.

The records keep one invariant whatever the laptops send: a live photo belongs to a live camera.
Structure travels as operations applied whole: ``merge`` moves every live photo of the absorbed
cameras onto the target and leaves tombstones that remember where they went (a later operation
that names an absorbed camera follows it), ``move_photos`` moves photos onto a camera, ``delete``
of a camera takes its photos along. An upsert never brings a tombstone back. A photo is one
record per picture: a second record for the same SHA-256 becomes the first (``canonical_id``).
Permissions are checked per operation, on every record it changes, before anything changes.

When an item's outcome is not what the laptop made of it locally (an operation that went
otherwise, a refusal), its result carries the server's records as they now are, so that the
laptop takes them at once. A refusal that an upgrade or another laptop's sync may cure (a field
this server does not know yet, a camera not yet sent) is not final and not stored: the laptop
sends it again later.

A batch costs a handful of statements whatever its size: the mutation ids are claimed in one
multi-row insert, the records read in one query, merged in memory in arrival order, and written
back (new rows, changed rows, results, conflicts) with one executemany each.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Insert, Table, bindparam, delete, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from surveyapp.protocol.fields import (
    BY_RECORD,
    IDENTITY,
    REQUIRED,
    REVIEWED_CAMERA_FIELDS,
    REVIEWERS_ONLY,
    defaults_for_nulls,
    escaped,
    field_problems,
    with_defaults,
)
from surveyapp.protocol.merge import (
    changed_fields,
    merged_fields,
    position_after_photos_left,
    problems,
)
from surveyapp.protocol.refusals import FORBIDDEN, NOT_YOUR_CAMERA, refusal_text
from surveyapp.protocol.roles import EDITORS
from surveyapp.protocol.wire import (
    DELETED_FIELD,
    IF_HOLDING,
    MAX_OPERATION_RECORDS,
    MERGE_FIELDS,
    MOVED_FROM,
    WITH_PHOTOS,
    Change,
    ItemResult,
)
from surveyapp.protocol.wire import Mutation as WireMutation
from surveyapp.server.models import Blob, ChangeLog, Conflict, Counter, Mutation, Record, User
from surveyapp.server.models import Refusal as RefusalRow
from surveyapp.server.retract import named_clause
from surveyapp.server.users import UserView

THUMBNAIL_FIELD = "thumbnail_jpeg_base64"
DELETED = DELETED_FIELD  # the pseudo-field whose version says who deleted or restored a record
CLASH = "mutation id already used for different content"
OPERATION_ARGS = {"merge": "absorbed", "move_photos": "photos"}

MUTATION: Table = Mutation.__table__  # type: ignore[assignment]
RECORD: Table = Record.__table__  # type: ignore[assignment]
CONFLICT: Table = Conflict.__table__  # type: ignore[assignment]
COUNTER: Table = Counter.__table__  # type: ignore[assignment]
CHANGE_LOG: Table = ChangeLog.__table__  # type: ignore[assignment]
BLOB: Table = Blob.__table__  # type: ignore[assignment]
USER: Table = User.__table__  # type: ignore[assignment]
REFUSAL: Table = RefusalRow.__table__  # type: ignore[assignment]


@dataclass
class BatchOutcome:
    """The per-item results, and whether every item clashed with an earlier mutation id."""

    results: list[ItemResult] = field(default_factory=list)
    clashes: int = 0

    @property
    def all_clashed(self) -> bool:
        """True when the whole batch reused mutation ids for other content (HTTP 409)."""
        return bool(self.results) and self.clashes == len(self.results)


@dataclass
class RecordState:
    """A record as the batch sees it, kept up to date as the batch changes it."""

    record_type: str
    version: int
    seq: int
    deleted: bool
    fields: dict[str, Any]
    field_versions: dict[str, Any]
    created_by: int
    updated_at: datetime
    change_id: uuid.UUID | None = None
    merged_into: uuid.UUID | None = None
    sha256: str | None = None
    new: bool = False  # not in the database yet: inserted at the end of the batch
    dirty: bool = False  # changed by this batch: updated at the end

    @property
    def camera_id(self) -> uuid.UUID | None:
        """A photo's camera."""
        return _uuid_or_none(self.fields.get("camera_id"))

    @property
    def blob_sha256(self) -> str | None:
        value = self.fields.get("blob_sha256")
        return value if isinstance(value, str) else None

    def columns(self) -> dict[str, Any]:
        """The columns kept beside the fields (what the server looks records up by)."""
        return {
            "b_merged": self.merged_into,
            "b_camera": self.camera_id if self.record_type == "photo" else None,
            "b_sha": self.sha256,
            "b_blob": self.blob_sha256 if self.record_type == "photo" else None,
            "b_change": self.change_id,
        }

    def row(self, record_id: uuid.UUID, user_id: int, now: datetime) -> dict[str, Any]:
        """The values to insert for a new record."""
        columns = self.columns()
        return {
            "record_type": self.record_type,
            "record_id": record_id,
            "version": self.version,
            "seq": self.seq,
            "deleted": self.deleted,
            "fields": self.fields,
            "field_versions": self.field_versions,
            "created_by": self.created_by,
            "updated_by": user_id,
            "updated_at": now,
            "merged_into": columns["b_merged"],
            "camera_id": columns["b_camera"],
            "sha256": columns["b_sha"],
            "blob_sha256": columns["b_blob"],
            "change_id": columns["b_change"],
        }

    def changes(self, record_id: uuid.UUID, user_id: int, now: datetime) -> dict[str, Any]:
        """The parameters of the update of a changed record."""
        return {
            "b_record": record_id,
            "b_version": self.version,
            "b_seq": self.seq,
            "b_deleted": self.deleted,
            "b_fields": self.fields,
            "b_versions": self.field_versions,
            "b_creator": self.created_by,
            "b_user": user_id,
            "b_at": now,
            **self.columns(),
        }


def withdrawn(record_type: str, fields: dict[str, Any]) -> dict[str, Any]:
    """What a tombstone keeps of a record's fields (see ``TOMBSTONE_KEEPS``)."""
    keeps = TOMBSTONE_KEEPS.get(record_type)
    return fields if keeps is None else {k: v for k, v in fields.items() if k in keeps}


def kept_result(result: ItemResult) -> dict[str, Any]:
    """What the server keeps of an answer for a laptop that asks again: the records it named
    without their fields, which a replay reads afresh. A photo withdrawn later must not live on
    in the answer to the merge or move that once named it (its file name, times, position and
    thumbnail)."""
    kept = result.model_dump(mode="json")
    for change in kept["records"]:
        change["fields"] = {}
    return kept


def forget_values(values: dict[str, Any]) -> dict[str, Any]:
    """What a conflict of a withdrawn record keeps: who and why, not the values it held."""
    return {k: v for k, v in values.items() if k not in ("previous", "applied")}


def _uuid_or_none(value: Any) -> uuid.UUID | None:
    try:
        return None if value is None else uuid.UUID(str(value))
    except ValueError:
        return None


class ConcurrentCreateError(RuntimeError):
    """A record id was created by another transaction during this batch (the batch rolls back)."""


@dataclass(frozen=True)
class ParsedItem:
    """A well-formed mutation, its content hash, and what is wrong with it (if anything).

    Parsing, hashing and validating need no database: they happen before the push locks
    anything, so that concurrent pushes wait for each other as briefly as possible.
    ``unknown`` lists fields this server does not know (a newer laptop: not a final refusal).
    """

    mutation: WireMutation
    digest: str
    problems: str | None
    unknown: tuple[str, ...] = ()


def content_hash(mutation: WireMutation) -> str:
    """The SHA-256 of a mutation's canonical JSON (same content, same hash).

    A photo's thumbnail is left out: it is a picture of the shared copy the record names, and a
    laptop sends its journal again without it (a restored server gets it made anew).
    """
    content = mutation.model_dump(mode="json")
    content["fields"].pop(THUMBNAIL_FIELD, None)
    canonical = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def _insert_or_ignore(dialect: str, table: Table, key: str) -> Insert:
    if dialect == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing(index_elements=[key])
    if dialect == "sqlite":
        return sqlite.insert(table).on_conflict_do_nothing(index_elements=[key])
    return insert(table)  # pragma: no cover - only SQLite and PostgreSQL are supported


def insert_ignoring_duplicates(session: Session, model: Any, key: str, **values: Any) -> bool:
    """INSERT ... ON CONFLICT (key) DO NOTHING; True when the row was inserted."""
    table: Table = model.__table__
    statement = _insert_or_ignore(session.get_bind().dialect.name, table, key)
    # RETURNING, not rowcount: psycopg's rowcount is not reliable through SQLAlchemy here.
    inserted = session.execute(statement.values(**values).returning(table.c[key])).first()
    return inserted is not None


class Statements:
    """The statements a push runs, built once per dialect."""

    def __init__(self, dialect: str) -> None:
        self.lock = (
            update(COUNTER)
            .where(COUNTER.c.id == 1)
            .values(value=COUNTER.c.value)
            .returning(COUNTER.c.value)
        )
        self.set_counter = update(COUNTER).where(COUNTER.c.id == 1).values(value=bindparam("b_v"))
        self.claim = _insert_or_ignore(dialect, MUTATION, "mutation_id").returning(
            MUTATION.c.mutation_id
        )
        self.stored = select(
            MUTATION.c.mutation_id, MUTATION.c.content_hash, MUTATION.c.result
        ).where(MUTATION.c.mutation_id.in_(bindparam("b_ids", expanding=True)))
        self.store_result = (
            update(MUTATION)
            .where(MUTATION.c.mutation_id == bindparam("b_id"))
            .values(result=bindparam("b_result", type_=MUTATION.c.result.type))
        )
        self.unclaim = delete(MUTATION).where(
            MUTATION.c.mutation_id.in_(bindparam("b_ids", expanding=True))
        )
        # Locked until the batch commits (PostgreSQL; SQLite has one writer anyway), in one
        # order, so that two batches on the same records queue instead of deadlocking.
        reading = (
            select(RECORD)
            .where(RECORD.c.record_id.in_(bindparam("b_ids", expanding=True)))
            .order_by(RECORD.c.record_id)
        )
        self.records = reading.with_for_update()
        # The records a batch only points to (the survey of its cameras, the camera of its
        # photos): shared locks, so that every batch of a survey can link to it at once, while
        # a batch that deletes or merges one of them waits for those that link to it.
        self.records_linked = reading.with_for_update(read=True)
        self.photos_of = select(RECORD.c.record_id).where(
            RECORD.c.camera_id == bindparam("b_camera"), RECORD.c.deleted.is_(False)
        )
        self.by_sha256 = select(RECORD.c.record_id).where(RECORD.c.sha256 == bindparam("b_sha"))
        # Three rows a statement (45 parameters): psycopg keeps the parsed form of a statement
        # of at most 50 parameters, and parsed a hundred-row INSERT again, in Python, for
        # every push (a quarter of a busy server's time). On SQLite it makes no difference.
        self.create = (
            _insert_or_ignore(dialect, RECORD, "record_id")
            .returning(RECORD.c.record_id)
            .execution_options(insertmanyvalues_page_size=3)
        )
        self.update_record = (
            update(RECORD)
            .where(RECORD.c.record_id == bindparam("b_record"))
            .values(
                version=bindparam("b_version"),
                seq=bindparam("b_seq"),
                deleted=bindparam("b_deleted"),
                fields=bindparam("b_fields", type_=RECORD.c.fields.type),
                field_versions=bindparam("b_versions", type_=RECORD.c.field_versions.type),
                created_by=bindparam("b_creator"),
                updated_by=bindparam("b_user"),
                updated_at=bindparam("b_at", type_=RECORD.c.updated_at.type),
                merged_into=bindparam("b_merged", type_=RECORD.c.merged_into.type),
                camera_id=bindparam("b_camera", type_=RECORD.c.camera_id.type),
                sha256=bindparam("b_sha"),
                blob_sha256=bindparam("b_blob"),
                change_id=bindparam("b_change", type_=RECORD.c.change_id.type),
            )
        )
        self.log_change = insert(CHANGE_LOG)
        self.add_conflict = insert(CONFLICT)
        self.add_refusal = _insert_or_ignore(dialect, REFUSAL, "mutation_id")
        self.decide_conflicts = (
            update(CONFLICT)
            .where(
                CONFLICT.c.record_id == bindparam("b_record", type_=CONFLICT.c.record_id.type),
                CONFLICT.c.field == bindparam("b_field"),
                CONFLICT.c.resolved.is_(False),
            )
            .values(resolved=True)
        )
        # A withdrawn record's conflicts: their values go (``forget_values``), nothing is left
        # to decide.
        self.conflicts_of = select(CONFLICT.c.id, CONFLICT.c["values"]).where(
            CONFLICT.c.record_id.in_(bindparam("b_records", expanding=True))
        )
        self.forget_conflict = (
            update(CONFLICT)
            .where(CONFLICT.c.id == bindparam("b_id"))
            .values({CONFLICT.c["values"]: bindparam("b_values"), CONFLICT.c.resolved: True})
        )
        # A copy is named only by a live photo of one of its uploaders (retract.named).
        named = named_clause(BLOB.c.sha256)
        self.unname_blobs = (
            update(BLOB)
            .where(
                BLOB.c.sha256.in_(bindparam("b_blobs", expanding=True)),
                BLOB.c.unnamed_since.is_(None),
                ~named,
            )
            .values(unnamed_since=bindparam("b_now", type_=BLOB.c.unnamed_since.type))
        )
        self.name_blobs = (
            update(BLOB)
            .where(BLOB.c.sha256.in_(bindparam("b_blobs", expanding=True)), named)
            .values(unnamed_since=None)
        )
        self.user_names = select(USER.c.id, USER.c.name)


@functools.cache
def statements(dialect: str) -> Statements:
    """The push statements for a dialect (built on first use)."""
    return Statements(dialect)


def _parse_error(error: ValidationError) -> str:
    parts = []
    for problem in error.errors()[:5]:
        # Keys come from the request: escaped, since they may hold lone surrogates.
        where = ".".join(escaped(str(p))[:60] for p in problem["loc"]) or "mutation"
        parts.append(f"{where}: {problem['msg']}")
    return "malformed mutation: " + "; ".join(parts)


def _mutation_id_of(item: Any) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(item["mutation_id"]))
    except (TypeError, KeyError, ValueError):
        return None


class Refusal(Exception):
    """Why an item is not applied: ``code``, and whether the refusal is for good."""

    def __init__(self, code: str, message: str, *, final: bool = True) -> None:
        super().__init__(message)
        self.code, self.message, self.final = code, message, final
        self.reason: str | None = None
        self.values: dict[str, str] = {}

    @classmethod
    def said(cls, code: str, reason: str, *, final: bool = True, **values: object) -> Refusal:
        """A refusal whose reason has values in it (``surveyapp.protocol.refusals``): its
        English text, and the reason and values a laptop says in its volunteer's language."""
        texts = {name: str(value) for name, value in values.items()}
        refusal = cls(code, refusal_text(reason, texts), final=final)
        refusal.reason, refusal.values = reason, texts
        return refusal


# What a withdrawn photo's or deleted camera's tombstone keeps: what the server finds records
# by. The rest (a photo's thumbnail, file name, times, position; a camera's place, direction,
# notes, vendor) was the volunteer's, and goes with the record. A camera merged into another
# keeps its fields: they live on in the camera it joined.
TOMBSTONE_KEEPS = {
    "photo": frozenset({"sha256", "camera_id", "blob_sha256"}),
    "camera": frozenset({"survey_id"}),
}
# A volunteer's change of these makes a verified camera unverified again: the public map shows
# only what a reviewer looked at (its vendor and Covered List flag from vendor_slug too).
# (check_date is not among them: a volunteer who saw the camera again says so without a review.)
REVIEWED = REVIEWED_CAMERA_FIELDS
# The pseudo-field of a camera's version stamps that says who last put a picture on it that a
# reviewer may not have seen: a photo joined it (new, moved there, merged in) or one of its
# photos got a new shared copy. A reviewer's "verified" from an older view is set aside.
PICTURES = "_pictures"
# A reviewer's verdicts a volunteer's merge must not take away unseen (``_verdict_merged_away``).
DOUBTS = frozenset({"removed", "disputed"})
# Refusals that another record arriving later cures.
WAITS_FOR_ANOTHER = frozenset({"missing_camera", "missing_survey", "missing_record"})


class BatchApplier:
    """Applies one batch inside the caller's transaction (record rows locked as they are read,
    the counter locked in finish())."""

    def __init__(self, session: Session, user: UserView, now: datetime) -> None:
        self.connection = session.connection()
        self.sql = statements(self.connection.dialect.name)
        self.user, self.now = user, now
        # Provisional sequence numbers (0 is "before this batch's first change"); finish()
        # turns them into real ones under the counter's lock.
        self.first_seq = self.last_seq = 0
        self.records: dict[uuid.UUID, RecordState | None] = {}
        self.claimed: set[uuid.UUID] = set()
        self.stored: dict[uuid.UUID, tuple[str, ItemResult]] = {}  # earlier pushes' results
        self.seen: dict[uuid.UUID, tuple[str, ItemResult]] = {}  # this batch's results
        self.stored_results: list[dict[str, Any]] = []
        self.unclaimed: list[uuid.UUID] = []  # refused items: no stored result
        self.conflicts: list[dict[str, Any]] = []
        self.logged: list[dict[str, Any]] = []
        self.blobs_dropped: set[str] = set()
        self.blobs_named: set[str] = set()
        # Records this batch withdrew (deleted, not merged): their earlier conflicts forget the
        # values they held.
        self.withdrawn: set[uuid.UUID] = set()
        # (record, field) a reviewer set in this batch: their earlier conflicts are decided.
        self.decided: set[tuple[uuid.UUID, str]] = set()
        self.refusals: dict[uuid.UUID, dict[str, Any]] = {}  # final ones, for reviewers
        self._names: dict[int, str] | None = None
        # The mutation being applied: it names the changes it makes (a sequence number's
        # change id; a replay after a restore is the same change again).
        self.cause: uuid.UUID = uuid.UUID(int=0)
        self._ids: dict[str, uuid.UUID] = {}

    # -- reading ------------------------------------------------------------------------------

    def _load(self, ids: Iterable[uuid.UUID], *, linked: bool = False) -> None:
        """Read (and lock) records not read yet; ``linked``: only pointed to (a shared lock)."""
        missing = [i for i in set(ids) if i not in self.records]
        statement = self.sql.records_linked if linked else self.sql.records
        for start in range(0, len(missing), 500):
            chunk = missing[start : start + 500]
            for record_id in chunk:
                self.records[record_id] = None
            for row in self.connection.execute(statement, {"b_ids": chunk}):
                self.records[row.record_id] = RecordState(
                    row.record_type,
                    row.version,
                    row.seq,
                    row.deleted,
                    # A record stored before its optional fields had defaults is seen with them.
                    with_defaults(row.record_type, dict(row.fields)),
                    dict(row.field_versions),
                    row.created_by,
                    row.updated_at,
                    row.change_id,
                    row.merged_into,
                    row.sha256,
                )

    def get(self, record_id: uuid.UUID) -> RecordState | None:
        """The record as this batch sees it (None: the server has no such record)."""
        if record_id not in self.records:
            self._load([record_id])
        return self.records[record_id]

    def live_photos_of(self, camera_id: uuid.UUID) -> list[uuid.UUID]:
        """The live photos on a camera, this batch's changes included."""
        self._load(self.connection.execute(self.sql.photos_of, {"b_camera": camera_id}).scalars())
        return sorted(
            (
                rid
                for rid, state in self.records.items()
                if state is not None
                and state.record_type == "photo"
                and not state.deleted
                and state.camera_id == camera_id
            ),
            key=str,
        )

    def photo_with(self, sha256: str) -> uuid.UUID | None:
        """The photo record that holds this picture (this batch's new ones included)."""
        for rid, state in self.records.items():
            if state is not None and state.sha256 == sha256:
                return rid
        found: uuid.UUID | None = self.connection.execute(
            self.sql.by_sha256, {"b_sha": sha256}
        ).scalar()
        if found is not None:
            self._load([found])
        return found

    def resolve_camera(self, camera_id: uuid.UUID) -> tuple[uuid.UUID, RecordState | None]:
        """A camera, or where it was merged into (following the chain)."""
        seen: set[uuid.UUID] = set()
        state = self.get(camera_id)
        while (
            state is not None
            and state.deleted
            and state.merged_into is not None
            and camera_id not in seen
        ):
            seen.add(camera_id)
            camera_id = state.merged_into
            state = self.get(camera_id)
        return camera_id, state

    def author(self, user_id: int) -> str | None:
        if self._names is None:
            self._names = dict(self.connection.execute(self.sql.user_names).all())
        return self._names.get(user_id)

    def change(self, record_id: uuid.UUID) -> Change | None:
        """The record's current state, as a pull would give it."""
        state = self.get(record_id)
        if state is None:
            return None
        return Change(
            seq=state.seq,
            record_type=state.record_type,  # type: ignore[arg-type]
            record_id=record_id,
            version=state.version,
            deleted=state.deleted,
            author=self.author(state.created_by),
            updated_at=state.updated_at,
            fields={} if state.deleted else state.fields,
            change_id=state.change_id,
            **self._merge_told(state),
        )

    def _merge_told(self, state: RecordState) -> dict[str, Any]:
        """A merged camera's tombstone as a pull tells it to this user: where it went, and who
        merged it when they may edit it (``pull.changes_since``)."""
        if state.record_type != "camera" or not state.deleted or state.merged_into is None:
            return {}
        stamp = state.field_versions.get(DELETED)
        who = stamp[1] if isinstance(stamp, list) and len(stamp) == 2 else None
        told = isinstance(who, int) and self._may_edit(state)
        by = self.author(who) if told and isinstance(who, int) else None
        return {"merged_into": state.merged_into, "merged_by": by}

    def changes(self, ids: Iterable[uuid.UUID]) -> list[Change]:
        found = (self.change(rid) for rid in dict.fromkeys(ids))
        return [change for change in found if change is not None]

    # -- the batch ----------------------------------------------------------------------------

    def prepare(self, mutations: list[ParsedItem]) -> None:
        """Claim the batch's mutation ids (one insert) and read its records (one query).

        An id that cannot be claimed was used before: its stored hash and result are read.
        """
        first: dict[uuid.UUID, str] = {}
        for item in mutations:
            first.setdefault(item.mutation.mutation_id, item.digest)
        if first:
            rows = [
                {
                    "mutation_id": mutation_id,
                    "content_hash": digest,
                    "result": {},
                    "user_id": self.user.id,
                    "received_at": self.now,
                }
                for mutation_id, digest in first.items()
            ]
            self.claimed = set(self.connection.execute(self.sql.claim, rows).scalars())
            earlier = [mutation_id for mutation_id in first if mutation_id not in self.claimed]
            if earlier:
                for row in self.connection.execute(self.sql.stored, {"b_ids": earlier}):
                    result = ItemResult.model_validate(row.result)
                    self.stored[row.mutation_id] = (row.content_hash, result)
        # The records the batch names, and those they point to (a camera's survey, a photo's
        # camera), in one query.
        named: set[uuid.UUID] = set()
        linked: set[uuid.UUID] = set()
        for item in mutations:
            named.add(item.mutation.record_id)
            for key in ("survey_id", "camera_id"):
                value = item.mutation.fields.get(key)
                if isinstance(value, str) and len(value) == 36:
                    with contextlib.suppress(ValueError):
                        linked.add(self._uuid(value))
        self._load(named)
        self._load(linked - named, linked=True)

    def next_seq(self) -> int:
        """The next provisional change sequence number (-1, -2, ...; made real in finish())."""
        self.last_seq -= 1
        return self.last_seq

    def _settle(self, results: Iterable[ItemResult], base: int) -> None:
        """Give every provisional sequence number its real one: ``base - provisional``."""

        def real(seq: int) -> int:
            return base - seq if seq < 0 else seq

        for state in self.records.values():
            if state is not None:
                state.seq = real(state.seq)
        for row in self.logged:
            row["seq"] = real(row["seq"])
        for conflict in self.conflicts:
            conflict["seq"] = base - conflict["seq"]  # 0: the counter as the batch found it
        for result in results:
            if result.seq is not None:
                result.seq = real(result.seq)
            for change in result.records:
                change.seq = real(change.seq)

    def finish(self, results: list[ItemResult]) -> None:
        """Take the counter's lock, number the batch's changes for real, and write the records,
        results, conflicts and the last sequence number handed out (the caller commits)."""
        base = int(self.connection.execute(self.sql.lock).scalar_one())
        self._settle([*results, *(result for _, result in self.seen.values())], base)
        for row in self.stored_results:
            row["b_result"] = kept_result(row["b_result"])
        changed = [
            state.changes(rid, self.user.id, self.now)
            for rid, state in self.records.items()
            if state is not None and state.dirty and not state.new
        ]
        if changed:
            self.connection.execute(self.sql.update_record, changed)
        new = [
            (rid, state) for rid, state in self.records.items() if state is not None and state.new
        ]
        if new:
            rows = [state.row(rid, self.user.id, self.now) for rid, state in new]
            inserted = list(self.connection.execute(self.sql.create, rows).scalars())
            if len(inserted) != len(rows):  # another batch created one of them meanwhile: the
                # unique constraint refused a second row, so roll back and apply again
                raise ConcurrentCreateError("a record was created concurrently; push again")
        if self.logged:
            self.connection.execute(self.sql.log_change, self.logged)
        if self.stored_results:
            self.connection.execute(self.sql.store_result, self.stored_results)
        if self.unclaimed:
            self.connection.execute(self.sql.unclaim, {"b_ids": self.unclaimed})
        gone = [rid for rid in self.withdrawn if (state := self.records.get(rid)) and state.deleted]
        if gone:  # before this batch's own conflicts go in
            held = self.connection.execute(self.sql.conflicts_of, {"b_records": gone}).all()
            if held:
                forgotten = [{"b_id": cid, "b_values": forget_values(v)} for cid, v in held]
                self.connection.execute(self.sql.forget_conflict, forgotten)
        if self.decided:  # before this batch's own conflicts go in: those wait for a review
            decisions = [{"b_record": rid, "b_field": name} for rid, name in self.decided]
            self.connection.execute(self.sql.decide_conflicts, decisions)
        if self.conflicts:
            self.connection.execute(self.sql.add_conflict, self.conflicts)
        kept = [row for mid, row in self.refusals.items() if mid in self.unclaimed]
        if kept:  # a refusal cured by a retry in this batch is no refusal
            self.connection.execute(self.sql.add_refusal, kept)
        if self.blobs_named:
            self.connection.execute(self.sql.name_blobs, {"b_blobs": list(self.blobs_named)})
        # A copy this batch named may count as named by none (a photo of a user who has not
        # sent it): it is unnamed as much as one a photo stopped naming.
        dropped = self.blobs_dropped | self.blobs_named
        if dropped:
            self.connection.execute(
                self.sql.unname_blobs, {"b_blobs": list(dropped), "b_now": self.now}
            )
        if self.last_seq != self.first_seq:
            self.connection.execute(self.sql.set_counter, {"b_v": base - self.last_seq})

    def apply(self, item: ParsedItem) -> ItemResult:
        """Apply one parsed mutation (claimed in prepare()) and return its result."""
        mutation, digest = item.mutation, item.digest
        earlier = self.seen.get(mutation.mutation_id) or self.stored.get(mutation.mutation_id)
        if earlier is not None:
            return self._replayed(mutation, digest, *earlier)
        self.cause = mutation.mutation_id
        try:
            if item.unknown:
                raise Refusal.said(
                    "upgrade_required",
                    "unknown_fields",
                    fields=", ".join(item.unknown),
                    final=False,
                )
            if item.problems:
                raise Refusal("invalid", item.problems)
            result = self._apply_new(mutation)
        except Refusal as refusal:
            result = self._refused(mutation, refusal)
            if refusal.final:
                self.refusals[mutation.mutation_id] = {
                    "mutation_id": mutation.mutation_id,
                    "user_id": self.user.id,
                    "record_type": mutation.record_type,
                    "record_id": mutation.record_id,
                    "code": refusal.code[:40],
                    "message": refusal.message[:500],
                    "received_at": self.now,
                }
            self.seen[mutation.mutation_id] = (digest, result)
            self.unclaimed.append(mutation.mutation_id)
            return result
        self.seen[mutation.mutation_id] = (digest, result)
        # Dumped in finish(), once its sequence numbers are real.
        self.stored_results.append({"b_id": mutation.mutation_id, "b_result": result})
        return result

    def retry(self, item: ParsedItem) -> ItemResult:
        """Apply an item refused earlier in this batch again (its claim was given back)."""
        mutation_id = item.mutation.mutation_id
        self.seen.pop(mutation_id, None)
        self.unclaimed.remove(mutation_id)
        return self.apply(item)

    def _replayed(
        self, mutation: WireMutation, digest: str, stored_hash: str, stored: ItemResult
    ) -> ItemResult:
        if stored_hash != digest:
            return ItemResult(
                mutation_id=mutation.mutation_id, status="rejected", message=CLASH, code="clash"
            )
        result = stored.model_copy()
        if result.status in {"applied", "conflict"}:
            result.status = "duplicate"
        # The records it named as they are now (the stored answer keeps only which they were).
        result.records = self.changes(change.record_id for change in stored.records)
        return result

    def _refused(self, mutation: WireMutation, refusal: Refusal) -> ItemResult:
        named = [mutation.record_id, *mutation.args.get(OPERATION_ARGS.get(mutation.op, ""), [])]
        return ItemResult(
            mutation_id=mutation.mutation_id,
            status="rejected",
            message=refusal.message,
            code=refusal.code,
            final=refusal.final,
            reason=refusal.reason,
            values=refusal.values,
            records=self.changes(named[: MAX_OPERATION_RECORDS + 1]),
        )

    # -- changing records ---------------------------------------------------------------------

    def _may_edit(self, state: RecordState) -> bool:
        return self.user.role in EDITORS or state.created_by == self.user.id

    def _require(self, states: Iterable[RecordState], refusal: str = FORBIDDEN) -> None:
        if not all(self._may_edit(state) for state in states):
            raise Refusal("forbidden", refusal)

    def _require_reviewer(
        self, record_type: str, fields: dict[str, Any], current: dict[str, Any] | None
    ) -> None:
        """Refuse a volunteer's change of a reviewers-only field (a new record may carry the
        field's first value, an edit the value it already has)."""
        if self.user.role in EDITORS:
            return
        changed = []
        for name in REVIEWERS_ONLY[record_type] & fields.keys():
            value = fields[name]
            now = current.get(name) if current is not None else None
            first = (None, *BY_RECORD[record_type][name].choices[:1])
            if value != now and not (now is None and value in first):
                changed.append(name)
        if changed:
            raise Refusal.said("forbidden", "reviewers_only", fields=", ".join(sorted(changed)))

    def _bump(self, record_id: uuid.UUID, state: RecordState) -> int:
        """A new version and sequence number for a changed record; returns the version."""
        state.version += 1
        state.seq = self.next_seq()
        state.change_id = self.cause
        state.updated_at = self.now
        state.dirty = True
        self.logged.append({"seq": state.seq, "change_id": state.change_id})
        return state.version

    def _conflict(
        self, mutation: WireMutation, record_id: uuid.UUID, name: str, values: dict[str, Any]
    ) -> None:
        self.conflicts.append(
            {
                "record_id": record_id,
                "field": name,
                "values": {**values, "user": self.user.name},
                "mutation_id": mutation.mutation_id,
                "seq": self.last_seq,
                "resolved": False,
                "created_at": self.now,
            }
        )

    def _set_photo_camera(self, photo_id: uuid.UUID, state: RecordState, camera: uuid.UUID) -> None:
        version = self._bump(photo_id, state)
        state.fields = {**state.fields, "camera_id": str(camera)}
        state.field_versions = {**state.field_versions, "camera_id": [version, self.user.id]}

    def _tombstone(self, record_id: uuid.UUID, state: RecordState, **extra: Any) -> None:
        version = self._bump(record_id, state)
        state.deleted = True
        if "merged_into" not in extra:
            state.fields = withdrawn(state.record_type, state.fields)
            self.withdrawn.add(record_id)
            for conflict in self.conflicts:  # recorded earlier in this batch
                if conflict["record_id"] == record_id:
                    conflict["values"] = forget_values(conflict["values"])
                    conflict["resolved"] = True
        state.field_versions = {**state.field_versions, DELETED: [version, self.user.id]}
        for name, value in extra.items():
            setattr(state, name, value)
        if state.blob_sha256:
            self.blobs_dropped.add(state.blob_sha256)

    def _apply_new(self, mutation: WireMutation) -> ItemResult:
        state = self.get(mutation.record_id)
        if state is not None and state.record_type != mutation.record_type:
            raise Refusal.said(
                "wrong_type",
                "wrong_type",
                id=mutation.record_id,
                record=state.record_type,
                other=mutation.record_type,
            )
        if mutation.op == "merge":
            return self._merge(mutation, state)
        if mutation.op == "move_photos":
            return self._move_photos(mutation, state)
        if state is None:
            return self._create(mutation)
        if (
            mutation.op == "upsert"
            and not state.deleted
            and not self._may_edit(state)
            and self._unchanged(mutation, state)
        ):
            # Nothing would change: no edit (a laptop that sends the values it holds of
            # someone else's record is not refused for it).
            return self._result(mutation, state)
        self._require([state])
        if mutation.op == "delete":
            return self._delete(mutation, state)
        return self._update(mutation, state)

    @staticmethod
    def _unchanged(mutation: WireMutation, state: RecordState) -> bool:
        sent = defaults_for_nulls(mutation.record_type, mutation.fields)
        return all(name in state.fields and state.fields[name] == v for name, v in sent.items())

    def _result(
        self,
        mutation: WireMutation,
        state: RecordState,
        conflicts: Iterable[str] = (),
        records: Iterable[uuid.UUID] = (),
        canonical: uuid.UUID | None = None,
    ) -> ItemResult:
        listed = list(conflicts)
        return ItemResult(
            mutation_id=mutation.mutation_id,
            status="conflict" if listed else "applied",
            version=state.version,
            seq=state.seq,
            conflict_fields=listed,
            records=self.changes(records),
            canonical_id=canonical,
            change_id=state.change_id,
        )

    def _merged_away(
        self, record_id: uuid.UUID, state: RecordState
    ) -> tuple[uuid.UUID, str | None] | None:
        """The live camera a deleted camera was merged into (following later merges), and who
        merged it; None when it was deleted, or what it went into is gone too."""
        if state.record_type != "camera" or state.merged_into is None:
            return None
        survivor_id, survivor = self.resolve_camera(record_id)
        if survivor is None or survivor.deleted or survivor_id == record_id:
            return None
        stamp = state.field_versions.get(DELETED)
        who = self.author(stamp[1]) if isinstance(stamp, list) and len(stamp) == 2 else None
        return survivor_id, who

    def _check_links(
        self, mutation: WireMutation, fields: dict[str, Any], state: RecordState | None = None
    ) -> bool:
        """Whether the records a new state points to exist; False: a photo's camera is gone
        (the photo is stored as a tombstone). Refuses (for now) when one is not there yet, and
        for good when a volunteer's photo names another volunteer's camera or shared copy
        (``state``: the record as it is, None for a new one)."""
        if mutation.record_type == "camera" and "survey_id" in fields:
            survey = self.get(self._uuid(fields["survey_id"]))
            if survey is None or survey.record_type != "survey":
                raise Refusal(
                    "missing_survey", "its survey has not reached the server yet", final=False
                )
        if mutation.record_type == "photo" and fields.get("camera_id") is not None:
            target, camera = self.resolve_camera(self._uuid(fields["camera_id"]))
            if camera is None or camera.record_type != "camera":
                raise Refusal(
                    "missing_camera", "its camera has not reached the server yet", final=False
                )
            named = self._uuid(fields["camera_id"])
            if state is None or state.camera_id not in (named, target):
                self._require([self.get(named) or camera], NOT_YOUR_CAMERA)
            fields["camera_id"] = str(target)
            return not camera.deleted
        return True

    def _uuid(self, text: str) -> uuid.UUID:
        """A UUID from its text, parsed once per batch (a batch names one survey a hundred
        times)."""
        found = self._ids.get(text)
        if found is None:
            found = self._ids[text] = uuid.UUID(text)
        return found

    def _create(self, mutation: WireMutation) -> ItemResult:
        """A new record (a tombstone for a delete), inserted in finish()."""
        if mutation.op == "delete":
            state = self._new_state(mutation.record_type, {}, deleted=True)
            self.records[mutation.record_id] = state
            return self._result(mutation, state)
        fields = dict(mutation.fields)
        self._require_reviewer(mutation.record_type, fields, None)
        missing = REQUIRED[mutation.record_type] - {k for k, v in fields.items() if v is not None}
        if missing:
            if mutation.base_version is not None:  # an edit of a record the server lost
                raise Refusal(
                    "missing_record",
                    "the server does not have this record (yet); the change waits",
                    final=False,
                )
            raise Refusal.said(
                "invalid",
                "new_needs",
                record=mutation.record_type,
                fields=", ".join(sorted(missing)),
            )
        live = self._check_links(mutation, fields)
        fields = with_defaults(mutation.record_type, fields)  # what every laptop will hold
        if mutation.record_type == "photo":
            canonical = self.photo_with(fields["sha256"])
            if canonical is not None:
                return self._same_picture(mutation, canonical, fields, live)
        state = self._new_state(
            mutation.record_type,
            fields if live else withdrawn(mutation.record_type, fields),
            deleted=not live,
        )
        state.sha256 = fields.get("sha256") if mutation.record_type == "photo" else None
        self.records[mutation.record_id] = state
        if state.blob_sha256:
            self.blobs_named.add(state.blob_sha256)
        if not live:
            self._conflict(mutation, mutation.record_id, DELETED, {"camera": "deleted"})
            return self._result(mutation, state, [DELETED], [mutation.record_id])
        if mutation.record_type == "photo":
            return self._result(mutation, state, records=self._photo_joined(fields))
        return self._result(mutation, state)

    def _new_state(self, record_type: str, fields: dict[str, Any], deleted: bool) -> RecordState:
        seq = self.next_seq()
        change_id = self.cause
        self.logged.append({"seq": seq, "change_id": change_id})
        versions: dict[str, Any] = {name: [1, self.user.id] for name in fields}
        versions[DELETED] = [1, self.user.id]
        return RecordState(
            record_type, 1, seq, deleted, fields, versions, self.user.id, self.now, change_id,
            new=True,
        )  # fmt: skip

    def _same_picture(
        self, mutation: WireMutation, canonical: uuid.UUID, fields: dict[str, Any], live: bool
    ) -> ItemResult:
        """A photo the server already has under another id: that record is this one. A
        tombstone of it comes back as this volunteer's, with their values."""
        state = self.get(canonical)
        assert state is not None
        if state.deleted and live:
            version = self._bump(canonical, state)
            state.deleted, state.created_by = False, self.user.id
            state.fields = fields
            state.field_versions = {name: [version, self.user.id] for name in [*fields, DELETED]}
            if state.blob_sha256:
                self.blobs_named.add(state.blob_sha256)
            joined = self._photo_joined(fields)
            return self._result(mutation, state, records=[canonical, *joined], canonical=canonical)
        return self._result(mutation, state, records=[canonical], canonical=canonical)

    def _delete(self, mutation: WireMutation, state: RecordState) -> ItemResult:
        if state.deleted:
            return self._result(mutation, state)
        photos: list[uuid.UUID] = []
        if state.record_type == "camera":
            photos = self.live_photos_of(mutation.record_id)
            if not self._may_delete(mutation, state, photos):
                # Not the camera the laptop meant to drop any more: it stays, and the laptop
                # gets it back as it is now.
                return self._result(mutation, state, records=[mutation.record_id, *photos])
            listed = mutation.args.get(WITH_PHOTOS)
            if listed is not None and not set(photos) <= set(listed):
                return self._delete_photos_only(mutation, state, photos, set(listed))
            photo_states = [self.get(photo) for photo in photos]
            self._require(s for s in photo_states if s is not None)
        other = self._other_editor(state.field_versions.get(DELETED), mutation.base_version or 0)
        self._tombstone(mutation.record_id, state)
        for photo in photos:  # a camera's photos go with it
            photo_state = self.get(photo)
            assert photo_state is not None
            self._tombstone(photo, photo_state)
        if other is not None:
            self._conflict(
                mutation,
                mutation.record_id,
                DELETED,
                {"previous": False, "previous_user_id": other, "applied": True},
            )
            return self._result(mutation, state, [DELETED], [mutation.record_id, *photos])
        return self._result(mutation, state, records=photos and [mutation.record_id, *photos])

    def _delete_photos_only(
        self,
        mutation: WireMutation,
        state: RecordState,
        photos: list[uuid.UUID],
        listed: set[uuid.UUID],
    ) -> ItemResult:
        """A camera's delete that meets photos the laptop did not know (someone put theirs on
        the camera meanwhile): the photos it deleted go, the camera stays with the others (a
        conflict for the reviewers), and the laptop gets them back."""
        going = {photo: self.get(photo) for photo in photos if photo in listed}
        self._require(s for s in going.values() if s is not None)
        for photo, photo_state in going.items():
            assert photo_state is not None
            self._tombstone(photo, photo_state)
        self._conflict(mutation, mutation.record_id, DELETED, {"kept": "photos added meanwhile"})
        return self._result(mutation, state, [DELETED], [mutation.record_id, *photos])

    def _may_delete(
        self, mutation: WireMutation, state: RecordState, photos: list[uuid.UUID]
    ) -> bool:
        """A conditional delete (``if_holding``: the photos the laptop saw on the camera, none
        for an empty shell its import left) goes only while the camera holds exactly those
        photos and nobody else has changed it."""
        expected = mutation.args.get(IF_HOLDING)
        if expected is None:
            return True
        if set(expected) != set(photos):
            return False
        return all(stamp[1] == self.user.id for stamp in state.field_versions.values())

    def _update(self, mutation: WireMutation, state: RecordState) -> ItemResult:
        changes = defaults_for_nulls(mutation.record_type, dict(mutation.fields))
        for name in IDENTITY[mutation.record_type]:
            # A tombstone of a record the server never had (its delete came first: the creation
            # was put off, or a restore lost it) holds no fields: the creation meets it below.
            held = state.fields.get(name)
            if name in changes and held is not None and changes[name] != held:
                raise Refusal.said("identity", "identity", record=mutation.record_type, name=name)
        emptied = sorted(
            n for n in REQUIRED[mutation.record_type] if n in changes and changes[n] is None
        )
        if emptied:  # every laptop needs them to store the record
            raise Refusal.said(
                "invalid", "needs", record=mutation.record_type, fields=", ".join(emptied)
            )
        self._require_reviewer(mutation.record_type, changes, state.fields)
        stale = self._stale_verification(mutation, changes, state)
        if stale and not changes:
            return self._result(mutation, state, stale, [mutation.record_id])
        if self.user.role in EDITORS:  # a reviewer's value for a field is their decision
            self.decided.update((mutation.record_id, name) for name in changes)
        if state.deleted:
            # Someone deleted it meanwhile: an edit never brings a tombstone back. Reviewers see
            # what was sent; the laptop gets the tombstone, and where a merge took the camera.
            merged = self._merged_away(mutation.record_id, state)
            values: dict[str, Any] = {"previous": True, "applied": changes}
            if merged is not None:
                values["merged_into"] = str(merged[0])
            self._conflict(mutation, mutation.record_id, DELETED, values)
            if merged is None:
                return self._result(mutation, state, [DELETED], [mutation.record_id])
            # The camera it went into too: the laptop says whether she may make the edit there.
            result = self._result(mutation, state, [DELETED], [mutation.record_id, merged[0]])
            return result.model_copy(update={"merged_into": merged[0], "merged_by": merged[1]})
        live = self._check_links(mutation, changes, state)
        same = all(name in state.fields and state.fields[name] == v for name, v in changes.items())
        if same and live:  # nothing would change (an edit to the same values)
            return self._result(mutation, state)
        base = mutation.base_version or 0
        conflicted: list[tuple[str, Any, Any, int]] = []  # field, previous, applied, set by
        for name, value in changes.items():
            other = self._other_editor(state.field_versions.get(name), base)
            if other is not None and state.fields.get(name) != value:
                conflicted.append((name, state.fields.get(name), value, other))
        old_blob, old_camera = state.blob_sha256, state.fields.get("camera_id")
        reviewed = any(state.fields.get(n) != changes[n] for n in REVIEWED.intersection(changes))
        version = self._bump(mutation.record_id, state)
        versions = dict(state.field_versions)
        for name in changes:
            versions[name] = [version, self.user.id]
        state.fields = {**state.fields, **changes}
        state.field_versions = versions
        if mutation.record_type == "camera" and reviewed:
            self._review_again(mutation.record_id, state, version)
        if state.blob_sha256 != old_blob:
            if old_blob:
                self.blobs_dropped.add(old_blob)
            if state.blob_sha256:
                self.blobs_named.add(state.blob_sha256)
        for name, previous, applied, previous_user in conflicted:
            self._conflict(
                mutation,
                mutation.record_id,
                name,
                {"previous": previous, "previous_user_id": previous_user, "applied": applied},
            )
        if not live:  # its camera was deleted meanwhile: the photo goes with it
            self._tombstone(mutation.record_id, state)
            self._conflict(mutation, mutation.record_id, DELETED, {"camera": "deleted"})
            return self._result(mutation, state, [DELETED], [mutation.record_id])
        joined: list[uuid.UUID] = []
        new_copy = state.blob_sha256 is not None and state.blob_sha256 != old_blob
        if mutation.record_type == "photo" and (
            state.fields.get("camera_id") != old_camera or new_copy
        ):
            # Moved onto a camera, or a new shared copy (a volunteer blurred more): a picture
            # no reviewer has seen on that camera, whatever the copy claims to be.
            joined = self._photo_joined(state.fields)
        listed = [*stale, *(name for name, *_ in conflicted)]
        if stale:  # the laptop takes the server's review back
            joined.append(mutation.record_id)
        return self._result(mutation, state, listed, joined)

    def _operation_ids(self, mutation: WireMutation) -> list[uuid.UUID]:
        ids = mutation.args.get(OPERATION_ARGS[mutation.op], [])
        if mutation.record_type != "camera" or not ids:
            raise Refusal.said("invalid", "operation_records", op=mutation.op)
        if len(ids) > MAX_OPERATION_RECORDS:
            raise Refusal.said(
                "invalid", "operation_at_most", op=mutation.op, count=MAX_OPERATION_RECORDS
            )
        return list(dict.fromkeys(ids))

    def _merge(self, mutation: WireMutation, named: RecordState | None) -> ItemResult:
        """Merge the absorbed cameras into the target, whole: their live photos move onto it
        and they become tombstones that remember where they went."""
        absorbed_ids = self._operation_ids(mutation)
        listed_photos = list(dict.fromkeys(mutation.args.get("photos", [])))
        if len(listed_photos) > MAX_OPERATION_RECORDS:
            # Each is looked up under the write lock: an endless list held everyone's pushes.
            raise Refusal.said("invalid", "merge_photos_at_most", count=MAX_OPERATION_RECORDS)
        self._load(listed_photos)  # one query, not one per photo
        target_id, target = self.resolve_camera(mutation.record_id)
        if target is None or named is None:
            raise Refusal(
                "missing_camera", "the camera has not reached the server yet", final=False
            )
        resolved = {rid: self.resolve_camera(rid) for rid in absorbed_ids}
        if any(state is None for _, state in resolved.values()):
            raise Refusal("missing_camera", "a camera has not reached the server yet", final=False)
        everything = [mutation.record_id, target_id, *absorbed_ids, *listed_photos]
        everything += [rid for rid, _ in resolved.values()]
        if target.deleted:
            # The target was deleted meanwhile: nothing merges; the laptop gets the truth.
            self._conflict(mutation, target_id, "_merge", {"target": "deleted"})
            return self._result(mutation, target, ["_merge"], everything)
        if self._crossed(mutation.record_id, target_id, target):
            self._conflict(mutation, target_id, "_merge", {"target": "merged by someone else"})
            return self._result(mutation, target, ["_merge"], everything)
        absorbed: dict[uuid.UUID, RecordState] = {}
        moving: dict[uuid.UUID, list[uuid.UUID]] = {}
        kept: list[uuid.UUID] = []
        for named_id, (rid, state) in resolved.items():
            if rid == target_id or state is None or state.deleted or rid in absorbed or rid in kept:
                continue
            photos = self.live_photos_of(rid)
            if self._crossed(named_id, rid, state) or self._gained_others(photos, listed_photos):
                kept.append(rid)
                everything += photos
                continue
            absorbed[rid], moving[rid] = state, photos
        photo_states = {p: self.get(p) for photos in moving.values() for p in photos}
        self._require([target, *absorbed.values()])
        self._require(s for s in photo_states.values() if s is not None)
        for camera, photos in moving.items():
            for photo in photos:
                photo_state = photo_states[photo]
                assert photo_state is not None
                self._set_photo_camera(photo, photo_state, target_id)
            state = absorbed[camera]
            self._tombstone(camera, state, merged_into=target_id)
        went_otherwise = target_id != mutation.record_id or len(absorbed) != len(absorbed_ids)
        moved = [p for photos in moving.values() for p in photos]
        conflicts = ["_merge"] if went_otherwise else []
        if went_otherwise:
            values = {"resolved_to": str(target_id)}
            if kept:
                values["kept"] = ", ".join(map(str, kept))
            self._conflict(mutation, target_id, "_merge", values)
        if mutation.args.get(MERGE_FIELDS) and absorbed:
            conflicts += self._merge_fields(mutation, target_id, target, list(absorbed.values()))
        if absorbed:
            version = self._pictures_added(target_id, target) if moved else None
            self._review_again(target_id, target, version)
            conflicts += self._verdict_merged_away(mutation, target_id, target, absorbed)
        return self._result(mutation, target, conflicts, [*everything, *moved])

    def _verdict_merged_away(
        self,
        mutation: WireMutation,
        target_id: uuid.UUID,
        target: RecordState,
        absorbed: dict[uuid.UUID, RecordState],
    ) -> list[str]:
        """A volunteer merged away a camera a reviewer had marked removed or disputed: the
        camera it went into does not take the verdict (the reviewer judged the other one), so
        it is listed for the reviewers as a ``review_state`` conflict on that camera, the
        verdict one click away. Returns the conflict's field, or nothing. A reviewer's own
        merge is their decision."""
        if self.user.role in EDITORS:
            return []
        now = target.fields.get("review_state") or "unverified"
        for state in absorbed.values():
            verdict = state.fields.get("review_state")
            if verdict in DOUBTS and verdict != now:
                stamp = state.field_versions.get("review_state")
                values = {  # "Keep unverified (ana)", "Or take removed (rev)"
                    "previous": verdict,
                    "previous_user_id": stamp[1] if stamp else None,
                    "applied": now,
                    "applied_user_id": self.user.id,
                }
                self._conflict(mutation, target_id, "review_state", values)
                return ["review_state"]
        return []

    def _review_again(
        self, camera_id: uuid.UUID, camera: RecordState, version: int | None = None
    ) -> None:
        """A volunteer changed what a reviewer verified (its position or a published field,
        merged cameras into it, put pictures on it): it is unverified again, off the public map
        until a reviewer looks at it (a reviewer's own change is their decision)."""
        if self.user.role in EDITORS or camera.fields.get("review_state") != "verified":
            return
        if version is None:  # not changed by this mutation otherwise
            version = self._bump(camera_id, camera)
        camera.fields = {**camera.fields, "review_state": "unverified"}
        versions = {**camera.field_versions, "review_state": [version, self.user.id]}
        camera.field_versions = versions

    def _stale_verification(
        self, mutation: WireMutation, changes: dict[str, Any], state: RecordState
    ) -> list[str]:
        """A reviewer's "verified" sent from a view older than someone else's change of what the
        public map shows (a move, a published field, a picture put on the camera: a photo added,
        moved or merged onto it, a new shared copy of one of its photos; ``PICTURES``): the
        reviewer did not see the camera as it is, so the verification is set aside (taken out
        of ``changes``) and listed as a conflict of ``review_state`` for the reviewers, who
        verify it again once they looked. Returns the conflict's field, or nothing."""
        if (
            mutation.record_type != "camera"
            or changes.get("review_state") != "verified"
            or state.fields.get("review_state") == "verified"
            or state.deleted
        ):
            return []
        base = mutation.base_version or 0
        stamps = (state.field_versions.get(name) for name in (*REVIEWED, PICTURES))
        editors = [u for stamp in stamps if (u := self._other_editor(stamp, base)) is not None]
        if not editors:
            return []
        del changes["review_state"]
        values = {  # "previous": what he sent (shown with his name: "Or take verified (rev)")
            "previous": "verified",
            "previous_user_id": self.user.id,
            # kept, with the name of whose change he had not seen ("Keep unverified (ana)")
            "applied": state.fields.get("review_state"),
            "applied_user_id": editors[0],
        }
        self._conflict(mutation, mutation.record_id, "review_state", values)
        return ["review_state"]

    def _photo_joined(self, photo: dict[str, Any]) -> list[uuid.UUID]:
        """A photo put a picture on its camera (a new photo, one moved there, or a new shared
        copy of it): see ``_pictures_joined``. The camera when its review changed, for the
        laptop's answer."""
        camera_id = photo.get("camera_id")
        if camera_id is None:
            return []
        target = self._uuid(str(camera_id))
        camera = self.get(target)
        if camera is None or camera.deleted or camera.record_type != "camera":
            return []
        return [target] if self._pictures_joined(target, camera) else []

    def _pictures_joined(self, camera_id: uuid.UUID, camera: RecordState) -> bool:
        """Pictures no reviewer has seen went onto a camera: the camera says so (``PICTURES``,
        for a verification sent from an older view), and a volunteer's make a verified camera
        unverified again, as when cameras are merged into it (their shared copies would go
        public unreviewed). True when its review changed so."""
        version = self._pictures_added(camera_id, camera)
        if self.user.role in EDITORS or camera.fields.get("review_state") != "verified":
            return False
        self._review_again(camera_id, camera, version)
        return True

    def _pictures_added(self, camera_id: uuid.UUID, camera: RecordState) -> int:
        """Stamp ``PICTURES`` on a camera that just got pictures; returns its version. A camera
        whose current version was seen outside this batch gets a new one, so that a reviewer's
        view of it from before tells by its version (a photo changes the camera's fields in
        nothing); one this batch made or changed already keeps its own, which nobody saw yet."""
        if not (camera.new or camera.dirty):
            self._bump(camera_id, camera)
        camera.field_versions = {**camera.field_versions, PICTURES: [camera.version, self.user.id]}
        return camera.version

    def _merge_fields(
        self,
        mutation: WireMutation,
        target_id: uuid.UUID,
        target: RecordState,
        absorbed: list[RecordState],
        *,
        allowed: bool = True,
    ) -> list[str]:
        """Give the target the fields the merge rule derives from the cameras it absorbed, as
        they are here now (a camera kept apart gives nothing). A value the camera cannot hold
        (notes grown past their limit meanwhile), or any value when this user may not change
        the target (not ``allowed``), is not applied: the reviewers see it. Returns the fields
        so set aside."""
        derived = merged_fields(target.fields, [state.fields for state in absorbed])
        changed = changed_fields(target.fields, derived)
        refused = list(problems(changed) if allowed else changed)
        for name in refused:
            # What the camera holds stays ("applied", what reviewers keep with a click); the
            # joined value the merge could not store is the other choice.
            self._conflict(
                mutation,
                target_id,
                name,
                {"previous": changed.pop(name), "applied": target.fields.get(name)},
            )
        if changed:
            version = self._bump(target_id, target)
            target.fields = {**target.fields, **changed}
            versions = {name: [version, self.user.id] for name in changed}
            target.field_versions = {**target.field_versions, **versions}
        return list(refused)

    def _move_photos(self, mutation: WireMutation, named: RecordState | None) -> ItemResult:
        """Move photos onto a camera, whole (a split's second half)."""
        photo_ids = self._operation_ids(mutation)
        if len(mutation.args.get(MOVED_FROM, [])) > MAX_OPERATION_RECORDS:
            # Each would be looked up under the write lock, as a merge's list of photos.
            raise Refusal(
                "invalid", f"a move_photos names at most {MAX_OPERATION_RECORDS} cameras left"
            )
        target_id, target = self.resolve_camera(mutation.record_id)
        if target is None or named is None:
            raise Refusal(
                "missing_camera", "the camera has not reached the server yet", final=False
            )
        states = {p: self.get(p) for p in photo_ids}
        if any(state is None for state in states.values()):
            raise Refusal("missing_record", "a photo has not reached the server yet", final=False)
        everything = [mutation.record_id, target_id, *photo_ids]
        if target.deleted or self._crossed(mutation.record_id, target_id, target):
            gone = "deleted" if target.deleted else "merged by someone else"
            self._conflict(mutation, target_id, "_move", {"target": gone})
            return self._result(mutation, target, ["_move"], everything)
        live = {p: s for p, s in states.items() if s is not None and not s.deleted}
        taken = self._taken_meanwhile(mutation, live)
        if taken:
            for photo in taken:
                del live[photo]
            self._conflict(mutation, target_id, "_move", {"kept": ", ".join(map(str, taken))})
        self._require([target, *live.values()])
        if not live and target_id == mutation.record_id and not self.live_photos_of(target_id):
            # None of the photos the split named can come (a reviewer deleted the camera with
            # them meanwhile, or they are a teammate's now): the camera the split made for them
            # would stay without a photo, on the map with nothing to show for it. It goes.
            self._tombstone(target_id, target)
            if not taken:
                self._conflict(mutation, target_id, "_move", {"target": "deleted"})
            return self._result(mutation, target, ["_move"], everything)
        split_elsewhere = self._split_elsewhere(mutation, target_id, live)
        if split_elsewhere is not None and not self._may_edit(split_elsewhere[1]):
            return self._join_split(mutation, target, *split_elsewhere, everything)
        arriving = [photo for photo, state in live.items() if state.camera_id != target_id]
        left = {state.camera_id for photo in arriving if (state := live[photo]).camera_id}
        for photo in arriving:
            self._set_photo_camera(photo, live[photo], target_id)
        if arriving:
            self._pictures_joined(target_id, target)
        if split_elsewhere is not None:
            holder_id, holder = split_elsewhere
            # Two laptops split the same photos off: the camera the earlier split made joins
            # this one, as in a merge, and is not left behind empty.
            set_aside = self._merge_fields(mutation, target_id, target, [holder])
            self._tombstone(holder_id, holder, merged_into=target_id)
            self._conflict(mutation, target_id, "_move", {"joined": str(holder_id)})
            left_behind = self._placed_again(left - {target_id})
            records = [*everything, holder_id, *left_behind]
            return self._result(mutation, target, ["_move", *set_aside], records)
        everything.extend(self._placed_again(left - {target_id}))
        went_otherwise = target_id != mutation.record_id or len(live) != len(photo_ids)
        if went_otherwise:
            self._conflict(mutation, target_id, "_move", {"resolved_to": str(target_id)})
        return self._result(mutation, target, ["_move"] if went_otherwise else [], everything)

    def _placed_again(self, cameras: Iterable[uuid.UUID | None]) -> list[uuid.UUID]:
        """Derive again the position of the live cameras photos just left, from the photos they
        keep, unless it was placed by hand (``position_after_photos_left``, the rule a laptop
        that may edit the camera applies as it splits). The server does it for every laptop: a
        volunteer who takes her photo off a teammate's camera may not edit it, and a merged
        mean no photo supports any more would stay. Returns the cameras so changed, for the
        laptop's answer."""
        changed = []
        for camera_id in sorted(c for c in cameras if c is not None):
            camera = self.get(camera_id)
            if camera is None or camera.deleted or camera.record_type != "camera":
                continue
            photos = [self.get(photo) for photo in self.live_photos_of(camera_id)]
            kept = [photo.fields for photo in photos if photo is not None]
            values = position_after_photos_left(camera.fields, kept)
            if not values:
                continue
            version = self._bump(camera_id, camera)
            camera.fields = {**camera.fields, **values}
            stamps = {name: [version, self.user.id] for name in values}
            camera.field_versions = {**camera.field_versions, **stamps}
            # What the public map shows moved: a verified camera is looked at again, as when
            # a volunteer moves one (a reviewer's own split is their decision).
            if REVIEWED.intersection(values):
                self._review_again(camera_id, camera, version)
            changed.append(camera_id)
        return changed

    def _taken_meanwhile(
        self, mutation: WireMutation, live: dict[uuid.UUID, RecordState]
    ) -> list[uuid.UUID]:
        """The photos this user may not move that are no longer on the cameras the laptop
        moved them from: another volunteer's now (a teammate imported the same picture after a
        reviewer withdrew it). The laptop could not know; they stay where they are (a conflict
        for the reviewers), never refused for good. Empty for a laptop that does not say where
        the photos came from."""
        left = mutation.args.get(MOVED_FROM)
        if not left:
            return []
        self._load(left)  # one query, not one per camera
        cameras = {self.resolve_camera(camera)[0] for camera in left}
        return [
            photo
            for photo, state in live.items()
            if not self._may_edit(state) and state.camera_id not in cameras
        ]

    def _split_elsewhere(
        self, mutation: WireMutation, target_id: uuid.UUID, live: dict[uuid.UUID, RecordState]
    ) -> tuple[uuid.UUID, RecordState] | None:
        """The camera a split on another laptop put these photos on meanwhile, alone, when this
        split's new camera holds nothing yet: one of the two cameras joins the other. None:
        the photos move as asked (a laptop that does not say where they came from, or they are
        where it left them, or with others)."""
        left = mutation.args.get(MOVED_FROM)
        holders = {state.camera_id for state in live.values()}
        if not left or target_id != mutation.record_id or len(holders) != 1:
            return None
        [holder] = holders
        if holder is None or holder == target_id:
            return None
        self._load(left)  # one query, not one per camera
        if holder in {self.resolve_camera(camera)[0] for camera in left}:
            return None
        state = self.get(holder)
        if state is None or state.deleted or set(self.live_photos_of(holder)) != set(live):
            return None
        return None if self.live_photos_of(target_id) else (holder, state)

    def _join_split(
        self,
        mutation: WireMutation,
        named: RecordState,
        holder_id: uuid.UUID,
        holder: RecordState,
        everything: list[uuid.UUID],
    ) -> ItemResult:
        """Two laptops split the same photos off, and this user may not change the camera the
        earlier split made: this split's new camera joins that one (its description set aside
        for the reviewers) instead of leaving it empty. As a merge into it, that makes a
        verified camera unverified: a reviewer looks at what was set aside."""
        set_aside = self._merge_fields(mutation, holder_id, holder, [named], allowed=False)
        self._tombstone(mutation.record_id, named, merged_into=holder_id)
        self._review_again(holder_id, holder)
        self._conflict(mutation, holder_id, "_move", {"resolved_to": str(holder_id)})
        return self._result(mutation, holder, ["_move", *set_aside], [*everything, holder_id])

    def _crossed(self, named: uuid.UUID, camera_id: uuid.UUID, camera: RecordState) -> bool:
        """Whether a camera the laptop named was merged meanwhile into one this user may not
        change: the laptop could not know, so that part of its operation is set aside (a
        conflict for the reviewers), never refused for good."""
        return camera_id != named and not self._may_edit(camera)

    def _gained_others(self, photos: list[uuid.UUID], listed: list[uuid.UUID]) -> bool:
        """Whether a camera holds photos this user may not move that the laptop did not list
        (someone merged theirs into it meanwhile): the camera stays as it is."""
        known = set(listed)
        return any(
            photo not in known and not self._may_edit(state)
            for photo in photos
            if (state := self.get(photo)) is not None
        )

    def _other_editor(self, stamp: Any, base: int) -> int | None:
        """Who else set this field after the version the laptop started from (None: nobody)."""
        if not stamp:
            return None
        version, user_id = stamp
        return int(user_id) if version > base and user_id != self.user.id else None


def parse_item(item: Any) -> ParsedItem | ItemResult:
    """A raw item as a parsed mutation, or the result rejecting it (no database needed)."""
    if not isinstance(item, dict):
        return ItemResult(
            mutation_id=None, status="rejected", message="not a JSON object", code="invalid"
        )
    try:
        mutation = WireMutation.model_validate(item)
    except (ValidationError, ValueError, RecursionError) as error:
        message = _parse_error(error) if isinstance(error, ValidationError) else "malformed"
        return ItemResult(
            mutation_id=_mutation_id_of(item), status="rejected", message=message, code="invalid"
        )
    problems, unknown = field_problems(mutation.record_type, mutation.fields)
    if mutation.op in ("delete", "merge", "move_photos") and mutation.fields:
        problems.append(f"a {mutation.op} carries no fields")
    try:
        digest = content_hash(mutation)
    except ValueError:  # text no JSON encoder can write (a lone surrogate): never stored
        message = "; ".join(problems) or "holds text that is not valid Unicode"
        return ItemResult(
            mutation_id=mutation.mutation_id, status="rejected", message=message, code="invalid"
        )
    return ParsedItem(mutation, digest, "; ".join(problems) or None, tuple(unknown))


def apply_parsed(
    *, session: Session, user: UserView, parsed: list[ParsedItem | ItemResult], now: datetime
) -> BatchOutcome:
    """Apply parsed items in order (the counter lock last, in finish()); the caller commits."""
    applier = BatchApplier(session, user, now)
    applier.prepare([entry for entry in parsed if isinstance(entry, ParsedItem)])
    results = [entry if isinstance(entry, ItemResult) else applier.apply(entry) for entry in parsed]
    # A record that waited for one later in the batch (an import queues its photos before the
    # cameras grouping makes of them) gets a second try once the rest is in.
    for index, entry in enumerate(parsed):
        if isinstance(entry, ParsedItem) and results[index].code in WAITS_FOR_ANOTHER:
            results[index] = applier.retry(entry)
    applier.finish(results)
    outcome = BatchOutcome(results, sum(result.message == CLASH for result in results))
    return outcome


def apply_batch(
    *, session: Session, user: UserView, items: list[Any], now: datetime
) -> BatchOutcome:
    """Parse and apply a pushed batch in order, item by item; the caller commits."""
    parsed = [parse_item(item) for item in items]
    return apply_parsed(session=session, user=user, parsed=parsed, now=now)
