"""The real desktop app in a process of its own, driven by a test through its public methods.

    python -m tests.app_driver --db PATH

builds the app with its composition root (surveyapp.app.start_desktop_app: the same window,
database, threads and dialogs a volunteer gets; QT_QPA_PLATFORM=offscreen needs no display),
then reads one JSON command a line on stdin and answers with JSON lines on stdout:

    {"do": "edit", "camera": ID, "fields": {"operator": "x"}}   -> {"event": "saved", ...}
    {"do": "move", "camera": ID, "latitude": 44.8, "longitude": 20.4} -> {"event": "saved", ...}
    {"do": "known", "path": FILE}        Survey → Import already-mapped cameras, through the dialog
    {"do": "import", "path": FOLDER}     Import photos, through the folder dialog and its progress
    {"do": "export", "format": "geojson", "path": FILE}   the Export dialog and its file dialog
    {"do": "sync", "server": URL, "token": T}              the Sync dialog, first-sync preview OK
    {"do": "blur", "camera": ID, "box": [x0, y0, x1, y1]}  the blur editor on the camera's photo
    {"do": "settings", "volunteer": NAME}  the Settings dialog, its database chooser opened too
    {"do": "cameras"}                    -> {"event": "cameras", "rows": {id: model}} as listed
    {"do": "activate"}                   the window comes to the front (the app looks for changes);
                                         "message": the warning it shows, if any
    {"do": "save_copy", "path": FILE}    the warning's "Save a copy…" and its file dialog;
                                         "message": what the warning then says below its text
    {"do": "close"}                      the window's close button, at once even while a command
                                         runs: the app quits as it does for a volunteer

Every command ends with {"event": "done", "do": ...} or {"event": "failed", "do": ..., "error"}.
"saved" is printed when the app reports an edit as saved (the status bar's "Saved"). File
dialogs are answered the way a person would: go to the folder, wait until it is listed, type the
name, accept. Nothing here replaces app code; it only presses its buttons.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QFileSystemModel,
    QLineEdit,
    QMessageBox,
    QPushButton,
)

from surveyapp.app import DesktopApp, start_desktop_app
from surveyapp.ui.blur_editor import BlurEditor
from surveyapp.ui.export_dialog import ExportDialog
from surveyapp.ui.import_dialog import ImportDialog
from surveyapp.ui.settings import SettingsDialog
from surveyapp.ui.share_preview import SharePreviewDialog
from surveyapp.ui.sync_dialog import SyncDialog

DIALOG_PATIENCE_S = 120  # a dialog that never shows up (or never lists its folder) is a failure


_ended: list[Callable[[], None]] = []  # told when a command has said "done" or "failed"


def say(**event: Any) -> None:
    """One JSON line on stdout, flushed: the test waits on these."""
    sys.stdout.write(json.dumps(event, default=str) + "\n")
    sys.stdout.flush()
    if event["event"] in ("done", "failed"):
        for ended in _ended:
            QTimer.singleShot(0, ended)


class Commands(QObject):
    """Lines read from stdin on a thread, delivered on the GUI thread."""

    line = Signal(str)

    def start(self) -> None:
        def read() -> None:
            for text in sys.stdin:
                self.line.emit(text)
            self.line.emit("")  # stdin closed: the test is gone

        threading.Thread(target=read, daemon=True).start()


def when(condition: Callable[[], Any], then: Callable[[Any], None], what: str) -> None:
    """Call ``then(value)`` as soon as ``condition()`` gives something truthy (looked at every
    20 ms, from the event loop, so modal dialogs keep running)."""
    deadline = time.monotonic() + DIALOG_PATIENCE_S

    def look() -> None:
        value = condition()
        if value:
            then(value)
        elif time.monotonic() > deadline:
            say(event="failed", do=what, error=f"gave up waiting: {what}")
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)


def failed(what: str) -> Callable[[object], None]:
    """A slot that reports a task's failure to the test."""
    return lambda error: say(event="failed", do=what, error=str(error))


def visible(kind: type) -> Any:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind) and widget.isVisible():
            return widget
    return None


def closed(dialog: QDialog) -> str:
    """ "closed" once the dialog is gone (hidden or deleted), else ""."""
    try:
        return "" if dialog.isVisible() else "closed"
    except RuntimeError:  # deleted already
        return "closed"


def replace(found: QMessageBox | str) -> None:
    """Answer "Yes" to a "Replace it?" question (nothing to do when none was asked)."""
    if isinstance(found, QMessageBox):
        yes = found.button(QMessageBox.StandardButton.Yes)
        yes.click() if yes is not None else found.accept()


def answer_file_dialog(path: Path, what: str) -> None:
    """Answer the next file dialog with ``path`` once its folder is listed, as a person would."""

    def listed(dialog: QFileDialog) -> bool:
        model = dialog.findChild(QFileSystemModel)
        if model is None:
            return False
        folder = model.index(str(path.parent))
        if model.canFetchMore(folder):
            return False
        rows = [model.index(row, 0, folder) for row in range(model.rowCount(folder))]
        # Each row's type is filled in when the dialog has looked at the file.
        return bool(rows) and all(model.type(index) for index in rows)

    def answer(dialog: QFileDialog) -> None:
        dialog.setDirectory(str(path.parent))

        def accept(_ready: bool) -> None:
            edit = dialog.findChild(QLineEdit, "fileNameEdit")
            assert edit is not None
            edit.setText(path.name)
            # "Replace the file?" for an export over an earlier one: yes, as a person would.
            # Only a question asked from here on: a box already open (the one that offered
            # the file dialog, say) is not it.
            # (The list keeps their Python objects alive, so each is found again as itself.)
            shown = [box for box in QApplication.topLevelWidgets() if box.isVisible()]

            def asked() -> QMessageBox | None:
                for box in QApplication.topLevelWidgets():
                    new = not any(box is seen for seen in shown)
                    if new and isinstance(box, QMessageBox) and box.isVisible():
                        return box
                return None

            when(lambda: asked() or closed(dialog), replace, f"{what}: replace")
            dialog.accept()

        when(lambda: listed(dialog), accept, what)

    when(lambda: visible(QFileDialog), answer, what)


class Driver:
    """Runs the commands on the real window."""

    def __init__(self, started: DesktopApp) -> None:
        self.app, self.window, self.db = started.app, started.window, started.db
        self._queue: list[str] = []
        self._busy = False
        _ended.append(self._next)

    def run(self, text: str) -> None:
        """Queue a command: commands run one after another, as a person would do them (a
        modal dialog is answered before the next action starts); closing the window does
        not wait."""
        if text and json.loads(text).get("do") == "close":
            self.do_close()
            return
        self._queue.append(text)
        if not self._busy:
            self._next()

    def _next(self) -> None:
        self._busy = bool(self._queue)
        if self._queue:
            self._start(self._queue.pop(0))

    def _start(self, text: str) -> None:
        if not text:
            self.app.quit()
            return
        command = json.loads(text)
        action = command.pop("do")
        try:
            getattr(self, f"do_{action}")(**command)
        except Exception as error:  # reported to the test, which fails with it
            say(event="failed", do=action, error=repr(error))

    def _edited(self, task: Any, what: str, **details: Any) -> None:
        def saved(_result: object) -> None:
            say(event="saved", **details)
            say(event="done", do=what)

        task.finished.connect(saved)
        task.failed.connect(failed(what))

    def do_edit(self, camera: str, fields: dict[str, str]) -> None:
        task = self.window.editor.set_fields(camera, fields)
        self._edited(task, "edit", camera=camera, fields=fields)

    def do_move(self, camera: str, latitude: float, longitude: float) -> None:
        task = self.window.editor.move(camera, latitude, longitude)
        self._edited(task, "move", camera=camera, latitude=latitude, longitude=longitude)

    def do_undo(self) -> None:
        task = self.window.editor.undo()
        self._edited(task, "undo", undone=True)

    def do_known(self, path: str) -> None:
        known = self.window.known

        def done(text: str) -> None:
            known.message.disconnect(done)
            say(event="done", do="known", message=text)

        known.message.connect(done)
        known.error.connect(lambda error: say(event="failed", do="known", error=error))
        answer_file_dialog(Path(path), "known")
        self.window.known_action.trigger()  # modal: returns once the dialog is answered

    def do_import(self, path: str) -> None:
        answer_file_dialog(Path(path) / ".", "import")  # the folder itself is chosen

        def running(dialog: ImportDialog) -> None:
            def finished(outcome: Any) -> None:
                say(event="done", do="import", imported=outcome.imported,
                    duplicates=outcome.duplicates, errors=len(outcome.errors))  # fmt: skip
                dialog.accept()

            def stopped(error: object) -> None:
                say(event="failed", do="import", error=str(error))
                dialog.reject()  # Close: the import is over

            dialog.task.finished.connect(finished)
            dialog.task.failed.connect(stopped)

        when(lambda: visible(ImportDialog), running, "import")
        self.window.import_action.trigger()

    def do_export(self, format: str, path: str) -> None:  # noqa: A002 (the command's word)
        dialog = self.window.export()
        assert isinstance(dialog, ExportDialog)
        dialog.format.setCurrentIndex(dialog.format.findData(format))
        answer_file_dialog(Path(path), "export")
        browse = next(b for b in dialog.findChildren(QPushButton) if b.text().endswith("…"))
        browse.click()  # the save dialog: modal, answered above

        def finished(count: int) -> None:
            say(event="done", do="export", count=count, path=dialog.path.text())
            dialog.close()

        dialog.start()
        assert dialog.task is not None
        dialog.task.finished.connect(finished)
        dialog.task.failed.connect(failed("export"))

    def do_sync(self, server: str, token: str) -> None:
        dialog = self.window.open_sync()
        assert isinstance(dialog, SyncDialog)
        dialog.server.setEditText(server)
        dialog.token.setText(token)
        dialog.remember.setChecked(False)

        def overview_loaded() -> bool:
            return dialog.overview is not None

        def begin(_ready: bool) -> None:
            when(lambda: visible(SharePreviewDialog), lambda d: d.accept(), "sync preview")
            dialog.start()  # the first sync's preview is answered "share" just above
            if dialog.task is None:
                say(event="failed", do="sync", error=dialog.status.text())
                return

            def finished(summary: Any) -> None:
                say(event="done", do="sync", pushed=summary.pushed, pulled=summary.pulled,
                    complete=summary.complete)  # fmt: skip
                dialog.close()

            dialog.task.finished.connect(finished)
            dialog.task.failed.connect(failed("sync"))

        when(overview_loaded, begin, "sync overview")

    def do_blur(self, camera: str, box: list[float]) -> None:
        from surveyapp.cameras.details import camera_details

        with self.db.read_session() as session:
            details = camera_details(session, camera, self.db.library)
        self.window.selection.set([camera])
        photo = details.photos[0].id
        when(lambda: self._select_photo(photo), lambda _: self._blur(box), "blur: select the photo")

    def _select_photo(self, photo: Any) -> bool:
        panel = self.window.panel
        for row in range(panel.photos.count()):
            item = panel.photos.item(row)
            if item.data(Qt.ItemDataRole.UserRole).id == photo:
                panel.photos.setCurrentItem(item)
                item.setSelected(True)
                return True
        return False

    def _blur(self, box: list[float]) -> None:
        editor = self.window.open_blur_editor()
        assert isinstance(editor, BlurEditor)

        def first_shown(_ready: bool) -> None:
            from surveyapp.photos.sharing import Box

            editor.canvas.drawn.emit(Box(*box))  # what a drag on the canvas ends with
            assert editor.task is not None

            def saved(_view: Any) -> None:
                say(event="saved", photo=str(editor.photo_id), box=box)
                say(event="done", do="blur")
                editor.close()

            editor.task.finished.connect(saved)
            editor.task.failed.connect(failed("blur"))

        def shown() -> bool:
            return editor.view is not None and editor.task is not None and not editor.task.running

        when(shown, first_shown, "blur")

    def do_settings(self, volunteer: str) -> None:
        def fill(dialog: SettingsDialog) -> None:
            answer_file_dialog(Path(dialog.database.text()), "settings: database")
            browse = next(b for b in dialog.findChildren(QPushButton) if b.text().endswith("…"))
            browse.click()  # the database chooser lists the survey's own folder
            dialog.volunteer.setText(volunteer)
            dialog.accept()

        when(lambda: visible(SettingsDialog), fill, "settings")
        self.window.open_settings()  # modal: returns once accepted
        say(event="done", do="settings", volunteer=self.window.settings.volunteer)

    def do_cameras(self) -> None:
        """The cameras as the window's list shows them: id → model."""
        rows = {row.id: row.model for row in self.window.store.rows}
        say(event="cameras", rows=rows)
        say(event="done", do="cameras")

    def do_close(self) -> None:
        QGuiApplication.setQuitOnLastWindowClosed(True)  # as in the app: the window ends it
        self.window.close()

    def do_activate(self) -> None:
        looked = self.window.watcher is not None and self.window.watcher.look()
        box = visible(QMessageBox)
        say(event="done", do="activate", changed=looked, message=box.text() if box else None)

    def do_save_copy(self, path: str) -> None:
        box = visible(QMessageBox)
        button = next(b for b in box.buttons() if b.text() == "Save a copy…")
        answer_file_dialog(Path(path), "save a copy")
        QTimer.singleShot(0, button.click)  # the file dialog runs in the click, as it does
        when(
            lambda: not visible(QFileDialog) and box.informativeText(),
            lambda _shown: say(event="done", do="save_copy", message=box.informativeText()),
            "save a copy",
        )


def main() -> int:
    started = start_desktop_app(sys.argv[1:])
    if isinstance(started, int):
        say(event="refused", status=started)
        return started
    driver = Driver(started)
    commands = Commands()
    commands.line.connect(driver.run, Qt.ConnectionType.QueuedConnection)
    commands.start()
    QGuiApplication.setQuitOnLastWindowClosed(False)
    say(event="ready", pid=started.app.applicationPid(), db=str(started.db.path))
    status = int(started.app.exec())
    started.tasks.wait()
    started.db.close()
    return status


if __name__ == "__main__":
    sys.exit(main())
