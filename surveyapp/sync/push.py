"""Pushing the outbox: batches in queue order, per-item results, nothing lost or sent twice.

Before a batch leaves, its rows are frozen (``attempts`` + 1, committed): an edit made meanwhile
goes into a new row, so a batch resent after a lost answer carries exactly the same mutations and
the server answers ``duplicate``. What the server accepted stays as ``sent`` (the journal); what
it refused for good is marked ``failed`` with its reason and the server's records as they were
(what discarding restores), and no longer holds back the server's values in pulls; what it put
off (a field it does not know yet, a camera another laptop has not sent yet) waits for the next
run. When the server says how a record really came out (a merge that went otherwise, the same
picture shared before under another id), the laptop takes its word at once.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from surveyapp.cameras.permissions import current_editor, my_names
from surveyapp.db.models import Camera, Outbox, Photo, Survey, SyncState
from surveyapp.db.outbox import APPLYING_REMOTE, RECORD_CLASSES, record_fields
from surveyapp.i18n import translate
from surveyapp.protocol.fields import escaped_unstorable
from surveyapp.protocol.refusals import reason_said
from surveyapp.protocol.wire import DELETED_FIELD, MAX_BATCH, Change, ItemResult
from surveyapp.sync.apply import (
    apply_changes,
    edited_values,
    record_name,
    rekey_photo,
    tidy_after_rekey,
)
from surveyapp.sync.client import server_text

BATCH_BYTES = 4 * 1024 * 1024  # about what a batch may weigh (thumbnails make the bulk)
THUMBNAIL_FIELD = "thumbnail_jpeg_base64"


@dataclass(frozen=True)
class ItemError:
    """One change the server refused, with its reason (to show and to copy)."""

    record_type: str
    record_id: str
    message: str
    # A reason with values, as the server named it (surveyapp/protocol/refusals.py)
    reason: str | None = None
    values: tuple[tuple[str, str], ...] = ()

    def __str__(self) -> str:
        """The line a run lists, its record's kind in the volunteer's language (the reason in
        her language when the server's is one this laptop knows, else as it came: the server's
        own words, or the laptop's, already translated)."""
        return translate("sync", "{record} {id}: {message}").format(
            record=record_name(self.record_type),
            id=self.record_id,
            message=reason_said(self.message, self.reason, dict(self.values) or None),
        )


@dataclass(frozen=True)
class BatchDone:
    """A pushed batch: how many went through, which failed, which were put off."""

    sent: int
    errors: tuple[ItemError, ...]
    conflicts: int
    deferred: tuple[ItemError, ...] = ()
    notes: tuple[str, ...] = ()
    # His cameras whose picture a teammate shared first, each said with whose camera holds it.
    joined: tuple[str, ...] = ()


def waiting_count(session: Session) -> int:
    """Changes still to push (waiting or refused)."""
    query = select(func.count()).select_from(Outbox).where(Outbox.state != "sent")
    return int(session.scalar(query) or 0)


_UNQUEUED_CLASSES: tuple[Any, ...] = (Survey, Camera, Photo)


def _unqueued(cls: Any) -> ColumnElement[bool]:
    """SQL: a record of this laptop's the server never got that has no outbox row at all (made
    before the outbox existed, or by bulk inserts that bypass the session)."""
    queued = exists().where(Outbox.record_id == cls.id)
    return and_(cls.server_version.is_(None), cls.deleted.is_(False), cls.owner.is_(None), ~queued)


def unqueued_count(session: Session) -> int:
    """How many records ``enqueue_unsynced`` would queue: they wait to sync as much as the
    outbox's rows do (the next sync sends them)."""
    return sum(
        int(session.scalar(select(func.count()).select_from(cls).where(_unqueued(cls))) or 0)
        for cls in _UNQUEUED_CLASSES
    )


def enqueue_unsynced(session: Session) -> int:
    """Queue records the server never got that have no outbox row at all (made before the
    outbox existed, or by bulk inserts that bypass the session); returns how many."""
    added = 0
    session.info[APPLYING_REMOTE] = True  # these rows are written by hand, not by the hook
    try:
        for cls in _UNQUEUED_CLASSES:
            for record in session.scalars(select(cls).where(_unqueued(cls))):
                session.add(
                    Outbox(
                        mutation_id=uuid.uuid4(),
                        record_type=cls.__tablename__,
                        record_id=record.id,
                        op="upsert",
                        base_version=None,
                        fields=record_fields(record),
                        args={},
                        attempts=0,
                        state="pending",
                    )
                )
                added += 1
        session.flush()
    finally:
        session.info.pop(APPLYING_REMOTE, None)
    return added


def _freeze(session: Session, rows: list[Outbox]) -> list[dict[str, Any]]:
    """Count the attempt of each row; the wire items.

    The batch ends early when its thumbnails add up to BATCH_BYTES: a push stays a request any
    proxy lets through.
    """
    items: list[dict[str, Any]] = []
    size = 0
    for row in rows:
        # sync.blobs puts the shareable copy's (blurred) thumbnail in. The local thumbnail never
        # leaves: it shows faces unblurred, and may be the camera's own embedded preview. A
        # photo without a shareable copy (undecodable pixels) goes without a thumbnail.
        thumbnail_text = row.fields.get(THUMBNAIL_FIELD)
        size += 1000 + (len(thumbnail_text) if isinstance(thumbnail_text, str) else 0)
        if items and size > BATCH_BYTES:
            break
        row.attempts += 1
        item: dict[str, Any] = {
            "mutation_id": str(row.mutation_id),
            "record_type": row.record_type,
            "record_id": str(row.record_id),
            "op": row.op,
            "base_version": row.base_version,
            "fields": row.fields,
        }
        if row.args:
            item["args"] = row.args
        items.append(item)
    return items


def next_batch(
    factory: sessionmaker[Session], after: int, size: int = MAX_BATCH
) -> tuple[list[int], list[dict[str, Any]]]:
    """The next waiting rows to push (ids and wire items), frozen and committed before they
    leave; refused rows wait for the volunteer instead."""
    with factory() as session, session.begin():
        rows = list(
            session.scalars(
                select(Outbox)
                .where(Outbox.state == "pending", Outbox.id > after)
                .order_by(Outbox.id)
                .limit(size)
            )
        )
        items = _freeze(session, rows)
        return [row.id for row in rows[: len(items)]], items


def _accepted(row: Outbox) -> None:
    """The server has it: keep the row as the journal, without the bulky thumbnail."""
    row.state, row.last_error = "sent", None
    if THUMBNAIL_FIELD in row.fields:
        row.fields = {k: v for k, v in row.fields.items() if k != THUMBNAIL_FIELD}


def edit_of_deleted(record_type: str, record_id: str) -> str:
    """The note for an edit the server did not apply because the record had been deleted."""
    return translate(
        "sync",
        "{record} {id}: your edit was not applied: it had been deleted meanwhile (reviewers "
        "see what you sent)",
    ).format(record=record_name(record_type), id=record_id)


def edit_of_merged(
    record_type: str,
    record_id: str,
    fields: dict[str, Any],
    camera: str,
    who: str | None,
    *,
    editable: bool,
) -> str:
    """The note for an edit the server did not apply because someone had merged the camera
    into another meanwhile: where it went, by whom, and what she had set, to make it again
    there if it still holds, or (a teammate's camera, which she may not change) for reviewers
    to. The server does not move it: the merge was someone's decision on the camera as it was,
    and her edit was of another camera."""
    if editable:
        text = translate(
            "sync",
            "{record} {id} was merged into camera {camera} by {who}: your edit was not applied "
            "({values}); make it on camera {camera} if it still holds (reviewers see what you "
            "sent)",
        )
    else:
        text = translate(
            "sync",
            "{record} {id} was merged into camera {camera} by {who}: your edit was not applied "
            "({values}); camera {camera} is a teammate's: reviewers see what you sent and can "
            "make it there",
        )
    return text.format(
        record=record_name(record_type),
        id=record_id,
        camera=camera,
        who=escaped_unstorable(who) if who else translate("sync", "someone else"),
        values=edited_values(record_type, fields),
    )


def split_of_deleted(record_id: str) -> str:
    """The note for a split whose photos had been deleted meanwhile: its new camera goes too."""
    return translate(
        "sync",
        "{record} {id}: not made: the photos you split off had been deleted meanwhile "
        "(reviewers see what you sent)",
    ).format(record=record_name("camera"), id=record_id)


def split_of_taken(record_id: str) -> str:
    """The note for a split whose photos had become a teammate's meanwhile (a reviewer
    withdrew them, then a teammate imported the same pictures): its new camera goes too."""
    return translate(
        "sync",
        "{record} {id}: not made: the photos you split off had become a teammate's meanwhile "
        "(reviewers see what you sent)",
    ).format(record=record_name("camera"), id=record_id)


def split_of_gone_camera(record_id: str, camera: str) -> str:
    """The note for a split whose new camera someone deleted or merged away after it reached
    the server and before its photos' move did: the photos are on another camera."""
    return translate(
        "sync",
        "{record} {id}: not made: it had been deleted or merged meanwhile; the photos you "
        "split off are on camera {camera} (reviewers see what you sent)",
    ).format(record=record_name("camera"), id=record_id, camera=camera)


def _split_not_made(session: Session, row: Outbox, result: ItemResult) -> str | None:
    """What a volunteer is told of a split whose new camera the server did not keep because
    none of its photos could come: each had been deleted, or had become a teammate's (withdrawn,
    then imported again by them: the server leaves it on their camera). None when the camera
    stays, or when some of the photos are still this volunteer's (the split set aside)."""
    made = [c for c in result.records if c.record_id == row.record_id]
    if not made or not made[0].deleted:
        return None
    photos = [c for c in result.records if c.record_type == "photo"]
    if all(c.deleted for c in photos):
        return split_of_deleted(str(row.record_id))
    mine = my_names(session)
    if all(c.deleted or (c.author is not None and c.author not in mine) for c in photos):
        return split_of_taken(str(row.record_id))
    cameras = {c.fields.get("camera_id") for c in photos if not c.deleted}
    if len(cameras) == 1 and str(row.record_id) not in cameras:  # the camera went before them
        return split_of_gone_camera(str(row.record_id), str(cameras.pop()))
    return None


def record_results(
    factory: sessionmaker[Session],
    ids: list[int],
    results: list[ItemResult],
    server: str | None = None,
) -> BatchDone:
    """Store what the server said about each item of a batch, in one transaction; with
    ``server``, also the newest change it acknowledged (see :func:`note_acknowledged`)."""
    errors: list[ItemError] = []
    deferred: list[ItemError] = []
    notes: list[str] = []
    merged: list[tuple[str, str, dict[str, Any], ItemResult]] = []
    joined: list[str] = []
    conflicts = sent = 0
    with factory() as session, session.begin():
        rows = {row.id: row for row in session.scalars(select(Outbox).where(Outbox.id.in_(ids)))}
        by_mutation = {row.mutation_id: row for row in rows.values()}
        states: list[Change] = []
        rekeys: list[tuple[uuid.UUID, uuid.UUID]] = []
        refused: list[tuple[Outbox, ItemError]] = []
        with session.no_autoflush:
            for index, result in enumerate(results):
                row = by_mutation.get(result.mutation_id) if result.mutation_id else None
                if row is None and index < len(ids):
                    row = rows.get(ids[index])  # a malformed item's result has no id
                if row is None:
                    continue
                problem = ItemError(
                    row.record_type,
                    str(row.record_id),
                    server_text(result.message or "refused"),
                    result.reason,
                    tuple(
                        (server_text(str(name)), server_text(str(value)))
                        for name, value in result.values.items()
                    ),
                )
                if result.status == "rejected" and not result.final:
                    row.last_error = problem.message  # put off: sent again next run
                    deferred.append(problem)
                    continue
                if result.status == "rejected":
                    row.state, row.last_error = "failed", problem.message
                    row.server_records = [c.model_dump(mode="json") for c in result.records]
                    errors.append(problem)
                    refused.append((row, problem))
                    continue
                # An edit the server did not apply is said by its note, not counted as one
                # "merged with others' edits" (the run's line contradicted the note).
                not_applied = row.op == "upsert" and DELETED_FIELD in result.conflict_fields
                if not_applied:
                    # Not applied: someone deleted the record meanwhile, and the tombstone the
                    # laptop takes next removes it with the edit; reviewers see what was sent.
                    if result.merged_into is not None:  # said once the camera it went into is here
                        merged.append(
                            (row.record_type, str(row.record_id), dict(row.fields), result)
                        )
                    else:
                        notes.append(edit_of_deleted(row.record_type, str(row.record_id)))
                if row.op == "move_photos" and "_move" in result.conflict_fields:
                    note = _split_not_made(session, row, result)
                    if note is not None:
                        notes.append(note)
                        not_applied = True
                conflicts += result.status == "conflict" and not not_applied
                sent += 1
                _accepted(row)
                states.extend(result.records)
                if result.canonical_id is not None and result.canonical_id != row.record_id:
                    rekeys.append((row.record_id, result.canonical_id))
        session.flush()
        emptied: dict[uuid.UUID, list[uuid.UUID]] = {}
        held = {state.record_id: state for state in states}  # the newest of each record
        for old, new in rekeys:
            # The same picture's record, a teammate's or one brought back as this user's: its
            # copy stays to upload, and the upload step asks the server whether it holds it.
            camera_id = rekey_photo(session, old, new, held.get(new), notes)
            if camera_id is not None:
                emptied.setdefault(camera_id, []).append(new)
        if rekeys:
            # An edit of the photo refused under its first id (the server never had it) is
            # queued again as an edit of the server's record: not a refusal any more.
            errors = [problem for row, problem in refused if not inspect(row).was_deleted]
        if states:
            applied = apply_changes(session, states)
            notes.extend(applied.notes)
            joined.extend(applied.joined)
        if emptied:
            joined.extend(tidy_after_rekey(session, emptied, notes))
        editor = current_editor(session)
        for record_type, record_id, fields, result in merged:
            survivor = session.get(Camera, result.merged_into)
            notes.append(
                edit_of_merged(
                    record_type,
                    record_id,
                    fields,
                    str(result.merged_into),
                    result.merged_by,
                    editable=survivor is not None and editor.may_edit(survivor),
                )
            )
        if server is not None:
            note_acknowledged(session, server, results)
        session.flush()
    return BatchDone(sent, tuple(errors), conflicts, tuple(deferred), tuple(notes), tuple(joined))


def note_acknowledged(session: Session, server: str, results: list[ItemResult]) -> None:
    """Remember the newest change the server named in its answers (sequence number and id):
    the history check asks the server whether it still has it, so a restore that lost what
    this laptop sent is found even before the laptop pulls."""
    named = [(r.seq, r.change_id) for r in results if r.seq and r.change_id is not None]
    if not named:
        return
    seq, change = max(named, key=lambda pair: pair[0])
    state = session.get(SyncState, server)
    if state is None:
        state = SyncState(server_url=server, checkpoint=0, acknowledged=0)
        session.add(state)
    if seq > (state.acknowledged or 0):
        state.acknowledged, state.acknowledged_change = seq, str(change)


def failed_items(session: Session) -> Iterator[ItemError]:
    """The changes the server refused, with its reasons."""
    query = select(Outbox).where(Outbox.state == "failed").order_by(Outbox.id)
    for row in session.scalars(query):
        yield ItemError(row.record_type, str(row.record_id), row.last_error or "rejected")


class NothingToDiscardError(LookupError):
    """No refused change matches what the volunteer named."""


def discard_refused(session: Session, ref: str | None) -> list[ItemError]:
    """Drop the refused changes of the record ``ref`` names (its id or an id prefix of at least
    4 characters; None: all of them) and take the server's values back; returns what went.

    The server's records as they were when it refused come back (unless a later pull brought
    newer ones); a record the server never had goes from this laptop too. Works offline.
    """
    query = select(Outbox).where(Outbox.state == "failed").order_by(Outbox.id)
    rows = list(session.scalars(query))
    if ref is not None:
        wanted = ref.strip().lower()
        if len(wanted) < 4:
            raise NothingToDiscardError(
                translate("sync", "'{ref}' is too short to name a record").format(ref=ref)
            )
        rows = [row for row in rows if str(row.record_id).startswith(wanted)]
    if not rows:
        raise NothingToDiscardError(
            translate("sync", "no refused change")
            if ref is None
            else translate("sync", "no refused change for '{ref}'").format(ref=ref)
        )
    dropped = [ItemError(row.record_type, str(row.record_id), row.last_error or "") for row in rows]
    states = [Change.model_validate(state) for row in rows for state in row.server_records or []]
    known = {state.record_id for state in states}
    session.info[APPLYING_REMOTE] = True
    try:
        for row in rows:
            session.delete(row)
        session.flush()
        for row in rows:
            if row.record_id not in known:
                _forget_record(session, row.record_type, row.record_id)
    finally:
        session.info.pop(APPLYING_REMOTE, None)
    if states:
        apply_changes(session, states)
    session.flush()
    return dropped


def _forget_record(session: Session, record_type: str, record_id: uuid.UUID) -> None:
    """A record the server never had: gone from this laptop, with what waits to be sent of it
    (a camera takes its photos along)."""
    record = session.get(RECORD_CLASSES[record_type], record_id)
    if record is None:
        return
    gone = [record, *(record.photos if isinstance(record, Camera) else [])]
    for item in gone:
        if item.server_version is None:
            item.deleted = True
            for row in session.scalars(
                select(Outbox).where(Outbox.record_id == item.id, Outbox.state != "sent")
            ):
                session.delete(row)
