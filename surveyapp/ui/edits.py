"""The volunteer's edits, each one transaction on the database-writing thread.

Every edit opens a session, calls the core operation (recorded for undo, surveyapp/cameras/
history.py), commits, and announces what changed on the app-wide signal; a refused edit (a bad
value, a camera deleted meanwhile) is rolled back and reported through ``failed(str)``, losing
nothing. Undo and redo run the same way: one transaction each.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from sqlalchemy.orm import Session

from surveyapp.cameras import history
from surveyapp.cameras.history import APP, Reverted, window_origin
from surveyapp.db.windows import OpenWindow
from surveyapp.ui.changes import Changes
from surveyapp.ui.formatting import QT_TRANSLATE_NOOP
from surveyapp.ui.tasks import Task, TaskRunner


class Editor(QObject):
    """Runs camera edits; ``failed(message)`` when one is refused, ``applied(name)`` when done,
    ``reverted(Reverted)`` after an undo or a redo."""

    failed = Signal(str)
    applied = Signal(str)
    reverted = Signal(object)

    def __init__(
        self,
        session_factory: Callable[[], Session],
        changes: Changes,
        tasks: TaskRunner,
        window: OpenWindow | None = None,
    ) -> None:
        super().__init__()
        self._session_factory = session_factory
        self._changes = changes
        self._tasks = tasks
        self.last_split: str | None = None  # the camera the last split made
        # This window's own undo steps: another window on the survey keeps its own.
        self._window = window
        self.origin = APP if window is None else window_origin(window.id)
        # The step whose undo (or redo: ``refused_by``) was refused last for a reason that may
        # pass (changed since, not allowed): the next Undo (Redo) sets it aside and undoes the
        # one before it (redoes the one after it), as the refusal and the Edit menu say.
        # Forgotten after any other edit, undo or redo.
        self.refused: int | None = None
        self.refused_by = "undo"

    def open_elsewhere(self) -> set[str]:
        """The other windows of the app open on the survey now (their steps are theirs)."""
        return set() if self._window is None else self._window.others()

    def _run(self, name: str, edit: Callable[[Session], set[str]]) -> Task:
        factory, origin, elsewhere = self._session_factory, self.origin, self.open_elsewhere

        def work(_task: Task) -> tuple[str, set[str]]:
            with factory() as session:
                history.take_up(session, origin, elsewhere())  # what closed windows left
                changed = edit(session)
                session.commit()
                return name, changed

        task = self._tasks.write(name, work)
        # Bound methods: Qt drops the connections if the editor is gone before the result.
        task.finished.connect(self._done)
        task.failed.connect(self._failed)
        return task

    def _done(self, result: tuple[str, set[str]]) -> None:
        name, ids = result
        self.refused = None
        self._changes.cameras(ids)
        self.applied.emit(name)

    def _revert(
        self,
        name: str,
        action: Callable[[Session, str, Collection[str]], Reverted],
        set_aside: int | None = None,
    ) -> Task:
        factory, origin, elsewhere = self._session_factory, self.origin, self.open_elsewhere
        self.refused = None

        def work(_task: Task) -> Reverted:
            with factory() as session:
                aside = None
                if set_aside is not None:  # the refused step, taken off the list: no record
                    aside = history.set_aside(
                        session, origin, elsewhere(), set_aside, redo=name == "redo"
                    )
                    session.commit()  # set aside for good, whatever the undo before it meets
                try:
                    done = action(session, origin, elsewhere())
                except history.UndoError as error:
                    if error.dropped:  # off the list for good; no record changed
                        session.commit()
                    if aside is not None:
                        but = (
                            QCoreApplication.translate(
                                "Editor", "the {edit} was set aside (it stays undone), but {error}"
                            )
                            if name == "redo"
                            else QCoreApplication.translate(
                                "Editor",
                                "the {edit} was set aside (it stays as it is), but {error}",
                            )
                        )
                        wrapped = history.UndoError(
                            but.format(edit=history.label(aside), error=error)
                        )
                        wrapped.refused_step = error.refused_step  # that one may be set aside too
                        wrapped.refused_kind, wrapped.before = error.refused_kind, error.before
                        raise wrapped from error
                    raise
                session.commit()
                return dataclasses.replace(done, set_aside=aside)

        task = self._tasks.write(name, work)
        task.finished.connect(self._reverted)
        task.failed.connect(self._failed)
        return task

    def _reverted(self, done: Reverted) -> None:
        self.refused = None
        self._changes.cameras(done.camera_ids)
        self.reverted.emit(done)

    def undo(self) -> Task:
        """Undo the app's last edit (one transaction); ``reverted`` says which. Just after an
        undo refused for a reason that may pass, set that step aside first (it stays as it is)
        and undo the one before it."""
        return self._revert("undo", history.undo, self._refused("undo"))

    def redo(self) -> Task:
        """Redo the edit undone last. Just after a redo refused for a reason that may pass, set
        that step aside first (it stays undone) and redo the one after it."""
        return self._revert("redo", history.redo, self._refused("redo"))

    def _refused(self, name: str) -> int | None:
        return self.refused if self.refused_by == name else None

    def _failed(self, error: object) -> None:
        task = self.sender()
        name = task.name if isinstance(task, Task) else "edit"
        message = _message(name, error)
        if (
            name in ("undo", "redo")
            and isinstance(error, history.UndoError)
            and error.refused_step is not None
        ):
            self.refused, self.refused_by = error.refused_step, name
            message += ". " + _offer(name == "redo", bool(error.before)).format(
                edit=history.label(error.refused_kind or ""),
                before=history.label(error.before or ""),
            )
        else:
            self.refused = None
        self.failed.emit(message)
        if isinstance(error, history.UndoError):
            self._changes.cameras(())  # the Edit menu says what the next Undo does

    def set_fields(self, camera_id: str, values: Mapping[str, str]) -> Task:
        """Set OSM fields from text (empty clears); ``vendor`` picks from the catalogue."""
        values = dict(values)

        def edit(session: Session) -> set[str]:
            history.set_fields(session, self.origin, camera_id, values)
            return {camera_id}

        return self._run("edit", edit)

    def review(self, camera_id: str, state: str) -> Task:
        """Set the team's review of a camera (reviewers and admins; sent with the next sync)."""

        def edit(session: Session) -> set[str]:
            history.set_review(session, self.origin, camera_id, state)
            return {camera_id}

        return self._run("review", edit)

    def move(self, camera_id: str, latitude: float, longitude: float) -> Task:
        """Place a camera by hand (position source manual)."""

        def edit(session: Session) -> set[str]:
            history.move_camera(session, self.origin, camera_id, latitude, longitude)
            return {camera_id}

        return self._run("move", edit)

    def restore_position(self, camera_id: str) -> Task:
        """Put a camera placed by hand back at its photos' GPS position."""

        def edit(session: Session) -> set[str]:
            history.restore_photo_position(session, self.origin, camera_id)
            return {camera_id}

        return self._run("move", edit)

    def merge(self, camera_ids: Sequence[str]) -> Task:
        """Merge the cameras into the first."""
        ids = list(camera_ids)

        def edit(session: Session) -> set[str]:
            history.merge_cameras(session, self.origin, ids)
            return set(ids)

        return self._run("merge", edit)

    def not_same(self, first: str, second: str) -> Task:
        """Remember that two near cameras are two (undoable, synced): no duplicate warning."""

        def edit(session: Session) -> set[str]:
            history.mark_distinct(session, self.origin, first, second)
            return {first, second}

        return self._run("distinct", edit)

    def split(self, photo_ids: Sequence[uuid.UUID]) -> Task:
        """Move the photos into a new camera; ``finished`` gives the changed ids."""
        photos = list(photo_ids)

        def edit(session: Session) -> set[str]:
            from surveyapp.db.models import Photo

            sources = {str(session.get_one(Photo, p).camera_id) for p in photos}
            camera = history.split_photos(session, self.origin, photos)
            self.last_split = str(camera.id)
            return {str(camera.id), *sources}

        return self._run("split", edit)

    def delete(self, camera_ids: Sequence[str], seen: Collection[uuid.UUID] | None = None) -> Task:
        """Delete cameras (tombstones, so the deletion syncs); none if their photos are no
        longer those ``seen`` when the volunteer was asked."""
        ids = list(camera_ids)

        def edit(session: Session) -> set[str]:
            history.delete_cameras(session, self.origin, ids, seen)
            return set(ids)

        return self._run("delete", edit)


FAILURES = {
    "edit": QT_TRANSLATE_NOOP("Editor", "The edit was not saved: {error}"),
    "move": QT_TRANSLATE_NOOP("Editor", "The move was not saved: {error}"),
    "review": QT_TRANSLATE_NOOP("Editor", "The review was not saved: {error}"),
    "merge": QT_TRANSLATE_NOOP("Editor", "The merge was not saved: {error}"),
    "split": QT_TRANSLATE_NOOP("Editor", "The split was not saved: {error}"),
    "distinct": QT_TRANSLATE_NOOP("Editor", "The decision was not saved: {error}"),
    "delete": QT_TRANSLATE_NOOP("Editor", "The deletion was not saved: {error}"),
    "undo": QT_TRANSLATE_NOOP("Editor", "Nothing was undone: {error}"),
    "redo": QT_TRANSLATE_NOOP("Editor", "Nothing was redone: {error}"),
}


def _message(name: str, error: Any) -> str:
    text = str(error) or type(error).__name__
    failure = QCoreApplication.translate("Editor", FAILURES.get(name, FAILURES["edit"]))
    return failure.format(error=text)


def _offer(redo: bool, after: bool) -> str:
    """What the next Undo (Redo) does with the step whose undo (redo) was just refused."""
    if redo and after:
        return QCoreApplication.translate(
            "Editor",
            "Redo again sets the {edit} aside (it stays undone) and redoes the {before} after it.",
        )
    if redo:
        return QCoreApplication.translate(
            "Editor", "Redo again sets the {edit} aside (it stays undone)."
        )
    if after:
        return QCoreApplication.translate(
            "Editor",
            "Undo again sets the {edit} aside (it stays as it is) and undoes "
            "the {before} before it.",
        )
    return QCoreApplication.translate(
        "Editor", "Undo again sets the {edit} aside (it stays as it is)."
    )
