"""One sync run: records up, photos up, everyone's changes down; safe to stop at any point.

The run is a generator of progress records (for a progress bar or a Qt signal) that returns a
:class:`SyncSummary`. It commits as it goes, one transaction per step (a batch's results, a
pulled page with its checkpoint, a photo): sync spans minutes and the network, and each step
must survive the next one failing, so unlike the one-action operations it takes the session
factory rather than a session.

Order: which protocol the server speaks (and its rule for which photos keep a shared copy
served) → who am I (also the check that this is a SurveyApp server and the clock comparison) →
is the server's history still the one this laptop pulled (a server restored from a backup, or
another server at the same address, is not: then everything this laptop told it goes again, and
the pull starts over) → queue what was never queued → when the server's copy rule is not the
one this laptop's "uploaded" marks were checked against, those copies are asked about again →
shareable copies of new photos → push the outbox in batches → upload the photos whose records
the server now has → pull pages since the checkpoint → ask about the photos the pull made a
teammate's record (marked uploaded once the server holds her copy). An :class:`AuthError` stops
the run and keeps the queue; a refused item is reported and the rest goes on. A run that ends in
any error is recorded as failed, never as complete.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import ColumnElement, and_, exists, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from surveyapp.db.models import Outbox, Photo, SyncRun, SyncState
from surveyapp.i18n import QT_TRANSLATE_NOOP, counted, size_text, translate
from surveyapp.protocol.wire import DEFAULT_PULL_LIMIT, MAX_BATCH
from surveyapp.sync.apply import apply_page
from surveyapp.sync.blobs import (
    UNSHAREABLE,
    MakeShareable,
    PhotoSending,
    PhotoStep,
    photos_to_prepare,
    photos_to_upload,
    prepare_photos,
    reading,
    reattach_thumbnails,
    sweep_stale_copies,
    upload_photos,
)
from surveyapp.sync.client import SKEW_WARNING, MalformedAnswerError, SyncClient, SyncError
from surveyapp.sync.push import (
    ItemError,
    enqueue_unsynced,
    next_batch,
    record_results,
    unqueued_count,
)

# How many times a run goes through the queue: again while changes were put off for a record
# that came later in it (a second pass is what an import needs; the third is a bound).
PUSH_PASSES = 3
HISTORY_CHANGED = QT_TRANSLATE_NOOP(
    "sync",
    "the server's history is not the one this laptop last saw (restored from a backup, its "
    "photo folder lost, or another server at this address): everything this laptop sent goes "
    "again, its photos are uploaded again where the server lacks them, and every change is "
    "pulled again",
)


@dataclass(frozen=True)
class SyncProgress:
    """A step of the run: ``stage`` (push, photos, pull...: a key, named where it is shown),
    done of total, and a message in the volunteer's language; ``warning`` when the message is
    one of the run's warnings."""

    stage: str
    done: int
    total: int
    message: str = ""
    warning: bool = False


# A run's stages (SyncProgress.stage) as a progress line names them: the app's dialog and the
# command line's bar read this one table.
STAGES = {
    "connect": QT_TRANSLATE_NOOP("sync", "connect"),
    "prepare": QT_TRANSLATE_NOOP("sync", "prepare"),
    "push": QT_TRANSLATE_NOOP("sync", "push"),
    # A batch on its way, before the server's answer (which may take up to the client's
    # timeout): named as the push is; "push" itself says a batch the server answered.
    "send": QT_TRANSLATE_NOOP("sync", "push"),
    "photos": QT_TRANSLATE_NOOP("sync", "photos"),
    # Before the server's answer, named as the photos are: which copies it holds (one request
    # before the uploads), then a photo's copy on its way (each a stage of its own, so that
    # the command line's bar draws each at once).
    "ask": QT_TRANSLATE_NOOP("sync", "photos"),
    "upload": QT_TRANSLATE_NOOP("sync", "photos"),
    "pull": QT_TRANSLATE_NOOP("sync", "pull"),
    # A page of changes asked for, before the server's answer: named as the pull is.
    "fetch": QT_TRANSLATE_NOOP("sync", "pull"),
    "retry": QT_TRANSLATE_NOOP("sync", "retry"),  # a request tried again (the app's dialog)
}


def progress_line(progress: SyncProgress) -> str:
    """A progress step as one line ("push: 3 changes sent") in the volunteer's language (the
    run words the message; the stage is named here)."""
    stage = STAGES.get(progress.stage)
    name = translate("sync", stage) if stage else progress.stage
    if not progress.message:
        return name
    return translate("sync", "{stage}: {message}").format(stage=name, message=progress.message)


# A run's stored result (SyncRun.message) when nothing stopped it: COMPLETE, or what it left
# waiting in this one form, which the app reads back (left_waiting) to word it in the
# volunteer's language; a run that stopped keeps its error's text. Runs stored before December
# 2026 lack the refused count; the photos waiting for a teammate's laptop are said only when
# there are some.
COMPLETE = "complete"
_LEFT = "{changes} changes and {photos} photos waiting, {refused} refused"
_TEAMMATES = ", {teammates} for teammates"
_LEFT_READ = re.compile(
    r"(\d+) changes and (\d+) photos waiting(?:, (\d+) refused)?(?:, (\d+) for teammates)?"
)


@dataclass(frozen=True)
class LeftWaiting:
    """What a run that ran through left on the laptop."""

    changes: int
    photos: int
    refused: int | None  # None: a run stored before refused changes were counted
    teammates: int = 0  # photos whose copy only a teammate's laptop can send


def left_waiting(message: str | None) -> LeftWaiting | None:
    """What a run left waiting, read back from its stored result; None for any other result
    (complete, or the error that stopped it)."""
    match = _LEFT_READ.fullmatch(message or "")
    if match is None:
        return None
    changes, photos, refused, teammates = match.groups()
    return LeftWaiting(
        int(changes),
        int(photos),
        None if refused is None else int(refused),
        int(teammates or 0),
    )


def waiting_text(changes: int, photos: int, refused: int | None = None, teammates: int = 0) -> str:
    """ "5 changes and 2 photos waiting" in the volunteer's language, the refused changes
    when they were counted, and the photos waiting for a teammate's laptop when there are some
    (the Sync dialog and `sync status` say it alike)."""
    text = translate("sync", "{changes} and {photos} waiting").format(
        changes=counted(translate("sync", "%n changes", None, changes), changes),
        photos=counted(translate("sync", "%n photos", None, photos), photos),
    )
    if refused is not None:
        text = translate("sync", "{waiting}, {refused}").format(
            waiting=text, refused=counted(translate("sync", "%n refused", None, refused), refused)
        )
    if teammates:
        text = translate("sync", "{waiting}, {teammates}").format(
            waiting=text,
            teammates=counted(
                translate("sync", "%n photos for a teammate's laptop", None, teammates), teammates
            ),
        )
    return text


def teammates_text(owners: dict[str, int]) -> str:
    """What a sync says of the photos whose copy only a teammate's laptop can send: the same
    picture was shared first from hers, so the server takes its copy from her alone
    (``upload_photos``); whose laptop, so that the volunteer can ask her to sync."""
    count = sum(owners.values())
    text = translate(
        "sync",
        "%n photos wait for {names} to sync: the same pictures were shared first from their "
        "laptop, and the server takes the shareable copy of a photo only from the volunteer "
        "who shared it first; this laptop has nothing to send for them",
        None,
        count,
    )
    return text.format(names=", ".join(sorted(owners)))


# What stopped a run (SyncRun.failure: SyncError.kind, "stopped", "crash"), in a few words for
# the recent runs (the Sync dialog's and `sync status`'s); the stored message is the technical
# detail, in English.
FAILURES = {
    "unreachable": QT_TRANSLATE_NOOP("sync", "no answer from the server"),
    "timeout": QT_TRANSLATE_NOOP("sync", "the server took too long"),
    "tls": QT_TRANSLATE_NOOP("sync", "secure connection failed"),
    "server_error": QT_TRANSLATE_NOOP("sync", "server error"),
    "token": QT_TRANSLATE_NOOP("sync", "token refused"),
    "not_surveyapp": QT_TRANSLATE_NOOP("sync", "not a SurveyApp server"),
    "version": QT_TRANSLATE_NOOP("sync", "versions differ"),
    "answer": QT_TRANSLATE_NOOP("sync", "unusable answer"),
    "stopped": QT_TRANSLATE_NOOP("sync", "stopped"),
    "crash": QT_TRANSLATE_NOOP("sync", "failed"),
}


def failure_text(kind: str) -> str:
    """What stopped a run, in a few words in the volunteer's language ("unusable answer" for
    a kind not listed)."""
    return translate("sync", FAILURES.get(kind, FAILURES["answer"]))


def run_result(message: str | None, failure: str | None = None) -> str:
    """A run's stored result in the volunteer's language: what stopped it (worded from its
    ``failure``), complete, what it left waiting (worded here: the run stored its counts in a
    fixed form), or interrupted; the error of a run stored before its failure was kept
    (before migration 0012) as it was stored."""
    if failure:
        return failure_text(failure)
    if message == COMPLETE:
        return translate("sync", "complete")
    left = left_waiting(message)
    if left is None:
        return message or translate("sync", "interrupted")
    return waiting_text(left.changes, left.photos, left.refused, left.teammates)


@dataclass
class SyncSummary:
    """What a run did; ``complete`` when everything is pushed and pulled."""

    server: str
    user: str | None = None
    pushed: int = 0
    conflicts: int = 0
    pulled: int = 0
    received: int = 0  # of those pulled, the changes that altered something here (not its own)
    photos_uploaded: int = 0  # photos whose copy's bytes this run sent
    photos_confirmed: int = 0  # photos whose copy the server said it already held
    errors: list[ItemError] = field(default_factory=list)
    deferred: list[ItemError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    fatal: str | None = None
    failure: str | None = None  # what stopped the run, as SyncError.kind (stopped, crash)
    waiting_changes: int = 0
    waiting_photos: int = 0
    refused: int = 0  # refused changes waiting for the volunteer (sync discard)
    kept_photos: int = 0  # photos that cannot be shared (their pixels cannot be read)
    # Photos whose copy the server lacks and only a teammate's laptop can send, by teammate.
    teammates: dict[str, int] = field(default_factory=dict)
    # This laptop's cameras whose picture a teammate shared first (each said in ``warnings``).
    cameras_joined: int = 0

    @property
    def done_here(self) -> bool:
        """True when nothing failed and this laptop has nothing left to push, upload or
        decide."""
        return (
            self.fatal is None
            and not self.errors
            and self.waiting_changes == 0
            and self.waiting_photos == 0
            and self.refused == 0
        )

    @property
    def complete(self) -> bool:
        """True when this laptop has done its part and the server holds the copy of every
        photo here."""
        return self.done_here and not self.teammates

    @property
    def left_to_teammates(self) -> bool:
        """True when all that keeps the run from being complete is photos only a teammate's
        laptop can send."""
        return self.done_here and bool(self.teammates)


def _teammates_photo() -> ColumnElement[bool]:
    """A photo whose record a teammate's laptop shared first (the same picture, imported on
    both laptops): the server takes its copy from her alone, so none of this laptop's bytes go
    for it (``upload_photos``). An owner is set only by a pull, so a laptop that never synced
    has none."""
    mine = select(SyncState.user_name).where(SyncState.user_name.is_not(None))
    return and_(Photo.owner.is_not(None), Photo.owner.not_in(mine))


def _photo_waiting() -> ColumnElement[bool]:
    """A photo whose copy the server has not said it holds, which a sync would send or ask
    about (not the photos whose record the server refused: no sync sends their copy until the
    volunteer discards the refusal)."""
    # A photo the server never took whose every change it refused: its copy goes only once
    # the server has its record (photos_to_upload), which is not sent again (the run lists it
    # among the refused changes).
    refused = and_(
        Photo.server_version.is_(None),
        exists().where(Outbox.record_id == Photo.id, Outbox.state == "failed"),
        ~exists().where(Outbox.record_id == Photo.id, Outbox.state != "failed"),
    )
    return and_(
        Photo.upload_state == "local",
        Photo.deleted.is_(False),
        Photo.library_path != "",
        ~refused,
    )


def waiting(session: Session) -> tuple[int, int]:
    """(changes, photos) still to leave this laptop (refused changes not counted, nor the
    photos whose record the server refused, nor those whose copy only a teammate's laptop can
    send: ``teammates_waiting``). The records a sync queues as it starts (``enqueue_unsynced``)
    count as changes: the toolbar said "Nothing waiting" of a survey filled without the outbox
    while the list marked every camera as waiting and a sync sent them all."""
    changes = session.scalar(
        select(func.count()).select_from(Outbox).where(Outbox.state == "pending")
    )
    changes = int(changes or 0) + unqueued_count(session)
    photos = session.scalar(
        select(func.count()).select_from(Photo).where(_photo_waiting(), ~_teammates_photo())
    )
    return int(changes or 0), int(photos or 0)


def teammates_waiting(session: Session) -> dict[str, int]:
    """The photos here whose copy the server has not said it holds and only a teammate's
    laptop can send, counted by teammate (the server's user name)."""
    query = (
        select(Photo.owner, func.count())
        .where(_photo_waiting(), _teammates_photo())
        .group_by(Photo.owner)
    )
    return {str(owner): int(count) for owner, count in session.execute(query)}


def refused_count(session: Session) -> int:
    """Changes the server refused for good, waiting for the volunteer to discard them."""
    query = select(func.count()).select_from(Outbox).where(Outbox.state == "failed")
    return int(session.scalar(query) or 0)


def unshareable_count(session: Session) -> int:
    """Photos kept on this laptop because no shareable copy can be made of them."""
    query = (
        select(func.count())
        .select_from(Photo)
        .where(Photo.upload_state == UNSHAREABLE, Photo.deleted.is_(False))
    )
    return int(session.scalar(query) or 0)


def skew_warning(client: SyncClient) -> str | None:
    """A warning when the laptop's clock is more than five minutes off the server's (in the
    volunteer's language, as the sync's other warnings)."""
    skew = client.clock_skew
    if skew is None or abs(skew) <= SKEW_WARNING:
        return None
    minutes = skew.total_seconds() / 60
    count = round(abs(minutes))  # a name, not a call: lupdate reads no call in the arguments
    if minutes > 0:
        return translate(
            "sync",
            "this computer's clock is %n minutes ahead of the server's; sync does not depend "
            "on it, but photo times and logs will look wrong",
            None,
            count,
        )
    return translate(
        "sync",
        "this computer's clock is %n minutes behind the server's; sync does not depend on "
        "it, but photo times and logs will look wrong",
        None,
        count,
    )


def ask_again(session: Session, user: str | None) -> int:
    """Mark ``user``'s photos whose copy this laptop marked uploaded (a photo never synced has
    no owner yet) as not uploaded, so that the upload step asks the server about each (``POST
    /blobs/status``, all at once) and sends only the copies it does not hold for this user; how
    many. Bookkeeping: the photos' edit times stay as they were."""
    mine = Photo.owner.is_(None) if user is None else Photo.owner.is_(None) | (Photo.owner == user)
    result = session.execute(
        update(Photo)
        .where(Photo.upload_state == "uploaded", mine)
        .values(upload_state="local", updated_at=Photo.updated_at)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def check_copy_rule(session: Session, server: str, rule: int, user: str | None) -> int:
    """When the server's copy rule (``Health.copy_rule``) is not the one this laptop's
    "uploaded" marks were last checked against, ask again about every copy marked uploaded
    (``ask_again``) and remember the rule; how many photos. Remembered in the same transaction:
    a photo asked about stays marked not uploaded until the server says it holds its copy, so
    a run that stops early asks again next time."""
    state = _state(session, server)
    if (state.copy_rule or 1) == rule:  # never checked: a server that did not say, version 1
        return 0
    count = ask_again(session, user)
    state.copy_rule = rule
    return count


def _state(session: Session, server: str) -> SyncState:
    state = session.get(SyncState, server)
    if state is None:
        state = SyncState(server_url=server, checkpoint=0)
        session.add(state)
    return state


def push_outbox(
    factory: sessionmaker[Session], client: SyncClient, summary: SyncSummary, batch: int = MAX_BATCH
) -> Generator[SyncProgress, None, None]:
    """Push every waiting change, in queue order, batch by batch (counted in ``summary``).

    A change the server puts off because a record it needs is not there yet (an import queues
    each photo before the camera grouping makes for it, and a batch may end between the two) is
    sent again once the pass is over, as long as a pass gets something through: the run ends
    with only what is still put off."""
    with factory() as session:
        total, _ = waiting(session)
    done = 0
    for _ in range(PUSH_PASSES):
        after = 0
        deferred: list[ItemError] = []
        sent_before = summary.pushed
        while True:
            ids, items = next_batch(factory, after, batch)
            if not ids:
                break
            count = len(ids)  # a name: lupdate reads no call in the arguments
            sending = translate(
                "sync", "sending %n changes, waiting for the server's answer", None, count
            )
            yield SyncProgress("send", done, max(total, done), sending)
            response = client.push(items)
            result = record_results(factory, ids, response.results, client.server)
            summary.pushed += result.sent
            summary.conflicts += result.conflicts
            summary.errors.extend(result.errors)
            deferred.extend(result.deferred)
            summary.warnings.extend([*result.notes, *result.joined])
            summary.cameras_joined += len(result.joined)
            after = ids[-1]
            done += len(ids) - len(result.deferred)
            count = summary.pushed  # a name: lupdate reads no attribute in the arguments
            sent = translate("sync", "%n changes sent", None, count)
            yield SyncProgress("push", done, max(total, done), sent)
        if not deferred or summary.pushed == sent_before:
            break
    summary.deferred.extend(deferred)


def _pull(
    factory: sessionmaker[Session], client: SyncClient, summary: SyncSummary, limit: int
) -> Generator[SyncProgress, None, None]:
    with factory() as session:
        since = _state(session, client.server).checkpoint or 0
    start = since
    known = since  # the server's last change, as it says (each page, else /sync/state)
    while True:
        # The client refuses a page whose ``next`` does not move on, and one that says more
        # follow but holds none; a page must not go past the server's last change either, so
        # that asking again ends (pages that moved on by one kept a laptop asking for ever).
        if since == start:
            asking = translate("sync", "waiting for the server's first page")
        else:
            asking = translate("sync", "up to change {change}, waiting for the next page")
            asking = asking.format(change=since)
        yield SyncProgress("fetch", summary.pulled, summary.pulled, asking)
        page, malformed = client.pull_page(since, limit)
        known = max(known, page.last_seq or 0)
        if page.next > known:  # a server that does not say: changes made during the run?
            known = max(known, client.state(since, None).last_seq)
            if page.next > known:
                raise MalformedAnswerError(
                    QT_TRANSLATE_NOOP(
                        "sync",
                        "the server's pages of changes go past its last change ({known}): "
                        "after {since} it sent up to {next}",
                    ),
                    known=known,
                    since=since,
                    next=page.next,
                )
        with factory() as session, session.begin():
            applied = apply_page(session, client.server, page.changes, page.next)
        summary.pulled += applied.applied
        summary.received += applied.news
        summary.warnings.extend([*malformed, *applied.notes, *applied.merged, *applied.joined])
        summary.cameras_joined += len(applied.joined)
        since = page.next
        reached = translate("sync", "up to change {change}").format(change=since)
        yield SyncProgress("pull", summary.pulled, summary.pulled, reached)
        if not page.more:
            break


def start_over(
    session: Session, library: Path, server: str, server_id: str, user: str | None
) -> None:
    """The server's history changed: send everything this laptop told it again (the server
    answers "duplicate" for what it still has), upload ``user``'s photos again where they are
    missing (a photo that turned out to be a teammate's record is theirs to upload), and pull
    from the beginning."""
    session.execute(
        update(Outbox).where(Outbox.state == "sent").values(state="pending", last_error=None)
    )
    reattach_thumbnails(session, library)
    ask_again(session, user)
    state = _state(session, server)
    state.checkpoint, state.checkpoint_change, state.server_id = 0, None, server_id
    state.acknowledged, state.acknowledged_change = 0, None


def _newest_known(state: SyncState | None) -> tuple[int, str | None]:
    """The newest change this laptop knows the server had: pulled at its checkpoint, or told to
    a push since (a server restored from a backup has the older ones if it has the newer)."""
    if state is None:
        return 0, None
    pulled = (state.checkpoint or 0, state.checkpoint_change)
    told = (state.acknowledged or 0, state.acknowledged_change)
    return told if told[0] > pulled[0] else pulled


def _check_history(
    factory: sessionmaker[Session],
    library: Path,
    client: SyncClient,
    summary: SyncSummary,
    user: str | None,
) -> bool:
    """Whether the server still has the history this laptop pulled; starts over if not."""
    with factory() as session:
        state = session.get(SyncState, client.server)
        known_id = state.server_id if state else None
        since, change = _newest_known(state)
    answer = client.state(since, change)
    server_id = str(answer.server_id)
    same = (known_id is None or known_id == server_id) and answer.checkpoint_valid
    with factory() as session, session.begin():
        if same:
            _state(session, client.server).server_id = server_id
            return True
        start_over(session, library, client.server, server_id, user)
    summary.warnings.append(translate("sync", HISTORY_CHANGED))
    return False


def _photo_step(step: PhotoStep) -> str:
    """What an upload step did, for the progress line: the photo (the start of its hash),
    and that the server already had its copy when no byte went."""
    photo = step.sha256[:12]
    if step.sent or step.error:
        return photo
    return translate("sync", "{photo} already on the server").format(photo=photo)


def _warned(warning: str) -> SyncProgress:
    """The progress step that shows one of the run's warnings as it is found."""
    text = translate("sync", "warning: {warning}").format(warning=warning)
    return SyncProgress("connect", 1, 1, text, warning=True)


def run_sync(
    factory: sessionmaker[Session],
    library: Path,
    client: SyncClient,
    make_shareable: MakeShareable,
    *,
    batch: int = MAX_BATCH,
    pull_limit: int = DEFAULT_PULL_LIMIT,
) -> Generator[SyncProgress, None, SyncSummary]:
    """Sync the database behind ``factory`` with ``client``'s server; yields progress.

    Raises AuthError (token refused: the queue is kept) and the other SyncErrors that stop a
    run (server unreachable after every retry, not a SurveyApp server); the run is logged
    either way.
    """
    summary = SyncSummary(server=client.server)
    with factory() as session, session.begin():
        run = SyncRun(server_url=client.server, started_at=datetime.now(UTC))
        session.add(run)
        session.flush()
        run_id = run.id
    try:
        yield SyncProgress("connect", 0, 1, client.server)
        health = client.health()
        me = client.me()
        summary.user = me.name
        warning = skew_warning(client)
        if warning:
            summary.warnings.append(warning)
            yield _warned(warning)
        if not _check_history(factory, library, client, summary, me.name):
            yield _warned(summary.warnings[-1])
        with factory() as session, session.begin():
            enqueue_unsynced(session)
            state = _state(session, client.server)
            state.user_name, state.role = me.name, me.role
            check_copy_rule(session, client.server, health.copy_rule, me.name)
        with factory() as session:
            to_prepare = photos_to_prepare(session)
        # A step per photo as its copy is made: progress moves, and Cancel works, in between.
        steps = prepare_photos(factory, library, make_shareable, to_prepare)
        for number, step in enumerate(steps, start=1):
            if step.error and not step.kept:
                summary.errors.append(ItemError("photo", str(step.photo_id), step.error))
            made = translate("sync", "shareable copy of photo {number} of {total} made")
            yield SyncProgress(
                "prepare",
                number,
                len(to_prepare),
                made.format(number=number, total=len(to_prepare)),
            )
        with reading(factory)() as session:
            sweep_stale_copies(session, library)
        yield from push_outbox(factory, client, summary, batch)
        with factory() as session:
            to_upload = len(photos_to_upload(session))
        asked: set[uuid.UUID] = set()
        uploads = upload_photos(factory, library, client, me.name)
        yield from _uploaded(uploads, summary, to_upload, asked)
        yield from _pull(factory, client, summary, pull_limit)
        # A photo of ours the pull made a teammate's record (the same picture, shared first
        # from another laptop) is marked uploaded only once the server says it holds her copy.
        uploads = upload_photos(
            factory, library, client, me.name, teammates_only=True, skip=frozenset(asked)
        )
        yield from _uploaded(uploads, summary, 0, asked)
        with reading(factory)() as session:  # what the pull withdrew or replaced goes now
            sweep_stale_copies(session, library)
    except SyncError as error:
        summary.fatal, summary.failure = str(error), error.kind
        raise
    except BaseException as error:  # a crash, a Cancel, Ctrl-C: never recorded as complete
        stopped = isinstance(error, GeneratorExit | KeyboardInterrupt)
        summary.fatal = summary.fatal or ("stopped before the end" if stopped else repr(error))
        summary.failure = summary.failure or ("stopped" if stopped else "crash")
        raise
    finally:
        _finish(factory, run_id, summary)
    return summary


def _uploaded(
    steps: Iterator[PhotoStep | PhotoSending],
    summary: SyncSummary,
    to_upload: int,
    asked: set[uuid.UUID],
) -> Generator[SyncProgress, None, None]:
    """Count the upload steps in ``summary`` (and their photos in ``asked``) as they come; say
    what the run waits for meanwhile: the server's word on which copies it holds, then each
    copy on its way."""
    if to_upload:  # upload_photos asks about every copy first, in one request
        count = to_upload  # a name: lupdate reads no call in the arguments
        asking = translate(
            "sync", "%n photos to send, checking which ones the server has", None, count
        )
        yield SyncProgress("ask", 0, to_upload, asking)
    uploads = 0
    for step in steps:
        if isinstance(step, PhotoSending):
            number, total = uploads + 1, max(uploads + 1, to_upload)
            sending = translate("sync", "sending photo {number} of {total} ({size})…").format(
                number=number, total=total, size=size_text(step.size)
            )
            yield SyncProgress("upload", uploads, total, sending)
            continue
        uploads += 1
        asked.add(step.photo_id)
        if step.withdrawn and step.error:
            summary.deferred.append(ItemError("photo", str(step.photo_id), step.error))
        elif step.error:
            summary.errors.append(ItemError("photo", str(step.photo_id), step.error))
        elif step.sent:
            summary.photos_uploaded += 1
        else:
            summary.photos_confirmed += 1
        yield SyncProgress("photos", uploads, max(uploads, to_upload), _photo_step(step))


def photos_text(uploaded: int, confirmed: int) -> str:
    """What a run did of the photos waiting to go, in the volunteer's language: how many it
    uploaded, then, when there were any, how many the server already held (another photo's
    copy of the same pixels, or a teammate's): those went without a byte, and "0 photos
    uploaded" alone would say they never reached the team."""
    sent = translate("sync", "%n photos uploaded", None, uploaded)
    if not confirmed:
        return sent
    held = translate("sync", "%n photos already on the server", None, confirmed)
    return translate("sync", "{uploaded}, {already}").format(uploaded=sent, already=held)


def run_photos_text(uploaded: int, confirmed: int | None) -> str:
    """A past run's photos, as its line among the recent runs says them: the number uploaded,
    then, when there were any, those the server already held (a run logged before they were
    counted says its number alone, as it did)."""
    if not confirmed:
        return str(uploaded)
    return translate("sync", "{uploaded} (+{already} already on the server)").format(
        uploaded=uploaded, already=confirmed
    )


def kept_photos_text(count: int, *, records_shared: bool = False) -> str:
    """What a sync says of the photos it cannot share (their pixels cannot be read), in the
    volunteer's language."""
    if records_shared:
        return translate(
            "sync",
            "%n photos stay on this laptop: their pixels cannot be read, so no shareable copy "
            "can be made (their records are shared)",
            None,
            count,
        )
    return translate(
        "sync",
        "%n photos stay on this laptop: their pixels cannot be read, so no shareable copy can "
        "be made",
        None,
        count,
    )


def _finish(factory: sessionmaker[Session], run_id: int, summary: SyncSummary) -> None:
    with factory() as session, session.begin():
        summary.waiting_changes, summary.waiting_photos = waiting(session)
        summary.refused = refused_count(session)
        summary.kept_photos = unshareable_count(session)
        summary.teammates = teammates_waiting(session)
        if summary.kept_photos:
            summary.warnings.append(kept_photos_text(summary.kept_photos, records_shared=True))
        if summary.teammates:
            summary.warnings.append(teammates_text(summary.teammates))
        if summary.cameras_joined:
            joined = summary.cameras_joined  # a name: lupdate reads no attribute in the arguments
            summary.warnings.append(
                translate(
                    "sync",
                    "%n of your cameras joined a teammate's camera: they shared the same picture "
                    "first",
                    None,
                    joined,
                )
            )
        run = session.get(SyncRun, run_id)
        if run is not None:
            run.finished_at = datetime.now(UTC)
            run.pushed, run.pulled, run.received = summary.pushed, summary.pulled, summary.received
            run.photos, run.photos_confirmed = summary.photos_uploaded, summary.photos_confirmed
            run.errors = len(summary.errors)
            run.failure = summary.failure
            run.message = summary.fatal or (
                COMPLETE
                if summary.complete
                else _LEFT.format(
                    changes=summary.waiting_changes,
                    photos=summary.waiting_photos,
                    refused=summary.refused,
                )
                + (
                    _TEAMMATES.format(teammates=sum(summary.teammates.values()))
                    if summary.teammates
                    else ""
                )
            )
        state = _state(session, summary.server)
        now = datetime.now(UTC)
        state.last_push_at = now
        state.last_error = summary.fatal
        if summary.complete:
            state.last_success_at = now
