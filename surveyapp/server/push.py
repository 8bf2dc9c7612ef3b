"""Applying a pushed batch: idempotent by mutation id, merged per field, in arrival order.

One batch is one transaction. Its first statement takes the sequence counter's row lock, so
concurrent pushes are applied one after the other in the order they arrive, and their change
sequence numbers become visible in order (a puller never sees N+1 before N). Uniqueness is the
database's: a mutation id is claimed with INSERT ... ON CONFLICT DO NOTHING, a record is created
the same way, never by checking first.

A batch costs a handful of statements whatever its size: the mutation ids are claimed in one
multi-row insert, the records read in one query, merged in memory in arrival order, and written
back (new rows, changed rows, results, conflicts) with one executemany each. Statements are built
once per dialect (building one per item cost more than running it).
"""

from __future__ import annotations

import functools
import hashlib
import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Insert, Table, bindparam, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from surveyapp.server.models import Conflict, Counter, Mutation, Record
from surveyapp.server.users import UserView
from surveyapp.server.validation import field_problems
from surveyapp.sync.protocol import ItemResult
from surveyapp.sync.protocol import Mutation as WireMutation

DELETED = "_deleted"  # the pseudo-field whose version says who deleted or restored a record
CLASH = "mutation id already used for different content"
EDITORS = frozenset({"reviewer", "admin"})

MUTATION: Table = Mutation.__table__  # type: ignore[assignment]
RECORD: Table = Record.__table__  # type: ignore[assignment]
CONFLICT: Table = Conflict.__table__  # type: ignore[assignment]
COUNTER: Table = Counter.__table__  # type: ignore[assignment]


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
    new: bool = False  # not in the database yet: inserted at the end of the batch
    dirty: bool = False  # changed by this batch: updated at the end

    def row(self, record_id: uuid.UUID, user_id: int, now: datetime) -> dict[str, Any]:
        """The values to insert for a new record."""
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
            "b_user": user_id,
            "b_at": now,
        }


class ConcurrentCreateError(RuntimeError):
    """A record id was created by another transaction during this batch (the batch rolls back)."""


@dataclass(frozen=True)
class ParsedItem:
    """A well-formed mutation, its content hash, and what is wrong with its fields (if anything).

    Parsing, hashing and validating need no database: they happen before the push takes the
    counter lock, so that concurrent pushes wait for each other as briefly as possible.
    """

    mutation: WireMutation
    digest: str
    problems: str | None


def content_hash(mutation: WireMutation) -> str:
    """The SHA-256 of a mutation's canonical JSON (same content, same hash)."""
    canonical = json.dumps(
        mutation.model_dump(mode="json"), sort_keys=True, separators=(",", ":"), ensure_ascii=True
    )
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
        self.records = select(RECORD).where(
            RECORD.c.record_id.in_(bindparam("b_ids", expanding=True))
        )
        self.create = _insert_or_ignore(dialect, RECORD, "record_id").returning(RECORD.c.record_id)
        self.update_record = (
            update(RECORD)
            .where(RECORD.c.record_id == bindparam("b_record"))
            .values(
                version=bindparam("b_version"),
                seq=bindparam("b_seq"),
                deleted=bindparam("b_deleted"),
                fields=bindparam("b_fields", type_=RECORD.c.fields.type),
                field_versions=bindparam("b_versions", type_=RECORD.c.field_versions.type),
                updated_by=bindparam("b_user"),
                updated_at=bindparam("b_at", type_=RECORD.c.updated_at.type),
            )
        )
        self.add_conflict = insert(CONFLICT)


@functools.cache
def statements(dialect: str) -> Statements:
    """The push statements for a dialect (built on first use)."""
    return Statements(dialect)


def _parse_error(error: ValidationError) -> str:
    parts = []
    for problem in error.errors()[:5]:
        where = ".".join(str(p) for p in problem["loc"]) or "mutation"
        parts.append(f"{where}: {problem['msg']}")
    return "malformed mutation: " + "; ".join(parts)


def _mutation_id_of(item: Any) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(item["mutation_id"]))
    except (TypeError, KeyError, ValueError):
        return None


class BatchApplier:
    """Applies one batch inside the caller's transaction (it holds the counter lock)."""

    def __init__(self, session: Session, user: UserView, now: datetime) -> None:
        self.connection = session.connection()
        self.sql = statements(self.connection.dialect.name)
        self.user, self.now = user, now
        self.first_seq = self.last_seq = int(self.connection.execute(self.sql.lock).scalar_one())
        self.records: dict[uuid.UUID, RecordState] = {}
        self.claimed: set[uuid.UUID] = set()
        self.stored: dict[uuid.UUID, tuple[str, ItemResult]] = {}  # earlier pushes' results
        self.seen: dict[uuid.UUID, tuple[str, ItemResult]] = {}  # this batch's results
        self.stored_results: list[dict[str, Any]] = []
        self.conflicts: list[dict[str, Any]] = []

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
        record_ids = list({item.mutation.record_id for item in mutations})
        if record_ids:
            for row in self.connection.execute(self.sql.records, {"b_ids": record_ids}):
                self.records[row.record_id] = RecordState(
                    row.record_type,
                    row.version,
                    row.seq,
                    row.deleted,
                    dict(row.fields),
                    dict(row.field_versions),
                    row.created_by,
                )

    def next_seq(self) -> int:
        """The next change sequence number (written back to the counter in finish())."""
        self.last_seq += 1
        return self.last_seq

    def finish(self) -> None:
        """Write the records, results and conflicts, and the last sequence number handed out."""
        new = [(rid, state) for rid, state in self.records.items() if state.new]
        if new:
            rows = [state.row(rid, self.user.id, self.now) for rid, state in new]
            inserted = list(self.connection.execute(self.sql.create, rows).scalars())
            if len(inserted) != len(rows):  # the counter lock makes this impossible; the
                # unique constraint would still refuse a second row, so roll back, retry later
                raise ConcurrentCreateError("a record was created concurrently; push again")
        changed = [
            state.changes(rid, self.user.id, self.now)
            for rid, state in self.records.items()
            if state.dirty and not state.new
        ]
        if changed:
            self.connection.execute(self.sql.update_record, changed)
        if self.stored_results:
            self.connection.execute(self.sql.store_result, self.stored_results)
        if self.conflicts:
            self.connection.execute(self.sql.add_conflict, self.conflicts)
        if self.last_seq != self.first_seq:
            self.connection.execute(self.sql.set_counter, {"b_v": self.last_seq})

    def apply(self, item: ParsedItem) -> ItemResult:
        """Apply one parsed mutation (claimed in prepare()) and return its result."""
        mutation, digest = item.mutation, item.digest
        earlier = self.seen.get(mutation.mutation_id) or self.stored.get(mutation.mutation_id)
        if earlier is not None:
            return self._replayed(mutation, digest, *earlier)
        if item.problems:
            result = self._rejected(mutation, item.problems)
        else:
            result = self._apply_new(mutation)
        self.seen[mutation.mutation_id] = (digest, result)
        self.stored_results.append(
            {"b_id": mutation.mutation_id, "b_result": result.model_dump(mode="json")}
        )
        return result

    def _replayed(
        self, mutation: WireMutation, digest: str, stored_hash: str, stored: ItemResult
    ) -> ItemResult:
        if stored_hash != digest:
            return ItemResult(mutation_id=mutation.mutation_id, status="rejected", message=CLASH)
        result = stored.model_copy()
        if result.status in {"applied", "conflict"}:
            result.status = "duplicate"
        return result

    def _rejected(self, mutation: WireMutation, message: str) -> ItemResult:
        return ItemResult(mutation_id=mutation.mutation_id, status="rejected", message=message)

    def _apply_new(self, mutation: WireMutation) -> ItemResult:
        record = self.records.get(mutation.record_id)
        if record is None:
            return self._create(mutation)
        if record.record_type != mutation.record_type:
            return self._rejected(
                mutation,
                f"record {mutation.record_id} is a {record.record_type}, not a "
                f"{mutation.record_type}",
            )
        if self.user.role not in EDITORS and record.created_by != self.user.id:
            return self._rejected(
                mutation, "not allowed: volunteers edit and delete only the records they created"
            )
        return self._update(record, mutation)

    def _create(self, mutation: WireMutation) -> ItemResult:
        """A new record (a tombstone for a delete), inserted in finish()."""
        seq = self.next_seq()
        deleted = mutation.op == "delete"
        fields = {} if deleted else dict(mutation.fields)
        versions: dict[str, Any] = {name: [1, self.user.id] for name in fields}
        versions[DELETED] = [1, self.user.id]
        self.records[mutation.record_id] = RecordState(
            mutation.record_type, 1, seq, deleted, fields, versions, self.user.id, new=True
        )
        return ItemResult(mutation_id=mutation.mutation_id, status="applied", version=1, seq=seq)

    def _update(self, record: RecordState, mutation: WireMutation) -> ItemResult:
        base = mutation.base_version or 0
        versions = dict(record.field_versions)
        changes: dict[str, Any] = {} if mutation.op == "delete" else dict(mutation.fields)
        want_deleted = mutation.op == "delete"
        if want_deleted == record.deleted and all(
            name in record.fields and record.fields[name] == value
            for name, value in changes.items()
        ):
            # Nothing would change (a delete of a tombstone, an edit to the same values).
            return ItemResult(
                mutation_id=mutation.mutation_id,
                status="applied",
                version=record.version,
                seq=record.seq,
            )
        conflicted: list[tuple[str, Any, Any, int]] = []  # field, previous, applied, set by
        for name, value in changes.items():
            other = self._other_editor(versions.get(name), base)
            if other is not None and record.fields.get(name) != value:
                conflicted.append((name, record.fields.get(name), value, other))
        other = self._other_editor(versions.get(DELETED), base)
        if want_deleted != record.deleted and other is not None:
            conflicted.append((DELETED, record.deleted, want_deleted, other))
        version = record.version + 1
        seq = self.next_seq()
        for name in changes:
            versions[name] = [version, self.user.id]
        if want_deleted != record.deleted:
            versions[DELETED] = [version, self.user.id]
        record.fields = {**record.fields, **changes}
        record.field_versions = versions
        record.deleted, record.version, record.seq = want_deleted, version, seq
        record.dirty = True
        for name, previous, applied, previous_user in conflicted:
            self.conflicts.append(
                {
                    "record_id": mutation.record_id,
                    "field": name,
                    "values": {
                        "previous": previous,
                        "previous_user_id": previous_user,
                        "applied": applied,
                        "user": self.user.name,
                    },
                    "mutation_id": mutation.mutation_id,
                    "seq": seq,
                    "resolved": False,
                    "created_at": self.now,
                }
            )
        return ItemResult(
            mutation_id=mutation.mutation_id,
            status="conflict" if conflicted else "applied",
            version=version,
            seq=seq,
            conflict_fields=[name for name, *_ in conflicted],
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
        return ItemResult(mutation_id=None, status="rejected", message="not a JSON object")
    try:
        mutation = WireMutation.model_validate(item)
    except ValidationError as error:
        return ItemResult(
            mutation_id=_mutation_id_of(item), status="rejected", message=_parse_error(error)
        )
    problems = field_problems(mutation.record_type, mutation.fields)
    return ParsedItem(mutation, content_hash(mutation), "; ".join(problems) or None)


def apply_parsed(
    *, session: Session, user: UserView, parsed: list[ParsedItem | ItemResult], now: datetime
) -> BatchOutcome:
    """Apply parsed items in order (takes the counter lock first); the caller commits."""
    applier = BatchApplier(session, user, now)
    applier.prepare([entry for entry in parsed if isinstance(entry, ParsedItem)])
    outcome = BatchOutcome()
    for entry in parsed:
        result = entry if isinstance(entry, ItemResult) else applier.apply(entry)
        if result.message == CLASH:
            outcome.clashes += 1
        outcome.results.append(result)
    applier.finish()
    return outcome


def apply_batch(
    *, session: Session, user: UserView, items: list[Any], now: datetime
) -> BatchOutcome:
    """Parse and apply a pushed batch in order, item by item; the caller commits."""
    parsed = [parse_item(item) for item in items]
    return apply_parsed(session=session, user=user, parsed=parsed, now=now)
