"""Import photos off the GUI thread: progress with the current file, Cancel, then a summary.

Cancel stops between two files; the photos imported so far are committed and grouped into
cameras, so nothing already copied is lost.
"""

from __future__ import annotations

import stat
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from surveyapp.cameras.grouping import group_ungrouped_photos
from surveyapp.cameras.operations import current_survey
from surveyapp.db import notes
from surveyapp.db.models import Photo
from surveyapp.i18n import system_reason
from surveyapp.photos.importer import (
    DiskFullError,
    ImportProgress,
    ImportResult,
    abandon,
    already_in_survey,
    import_photos,
    stored_results,
)
from surveyapp.protocol.fields import escaped_unstorable
from surveyapp.ui.changes import Changes
from surveyapp.ui.formatting import counted, number
from surveyapp.ui.screen import fitted
from surveyapp.ui.tasks import Task, TaskRunner


def sentence(text: str) -> str:
    """``text`` as a sentence, so that several read one after the other: the metadata reader's
    notes begin in lower case and end without a stop ("position ignored")."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?…" else text + "."


@dataclass(frozen=True)
class ImportOutcome:
    """What an import did, for the summary (plain values)."""

    files: int
    imported: int
    duplicates: int
    errors: tuple[tuple[str, str], ...]  # (path, reason)
    without_position: int
    cameras: int
    cancelled: bool
    warnings: tuple[tuple[str, str], ...] = field(default=())  # (path, warning): every one
    skipped: tuple[tuple[str, str], ...] = field(default=())  # (path, what it is): not photos
    # What a volunteer can act on: (path, kind, the warning that says why or ""), kind one of
    # notes.POSITION (no position), notes.TIME (no capture time), notes.PIXELS (damaged),
    # notes.CLOCKS (its wall clock and its GPS clock disagree).
    attention: tuple[tuple[str, str, str], ...] = field(default=())
    details: int = 0  # photos with other notes only (shown in each photo's details)
    restored: int = 0  # photos already in the survey whose missing original was put back
    # Duplicates with a reason of their own: (path, why) for a photo deleted from the survey
    # (undo the delete) or one she withdrew from the team's server (not shared again).
    set_aside: tuple[tuple[str, str], ...] = field(default=())

    def count(self, kind: str) -> int:
        """How many photos need a look for ``kind``."""
        return sum(1 for _, k, _ in self.attention if k == kind)


def needs_a_look(result: ImportResult) -> list[tuple[str, str]]:
    """(kind, why) of what a volunteer can act on in an imported photo: no position, no time,
    a damaged picture, two clocks that disagree; the warning that explains it, or "" when the
    photo simply has none."""
    said: dict[str, str] = {}
    for warning in result.warnings:
        said.setdefault(notes.kind(warning), warning)
    found = []
    if not result.has_position:
        found.append((notes.POSITION, said.get(notes.POSITION, "")))
    if not result.has_time:
        found.append((notes.TIME, said.get(notes.TIME, "")))
    for kind in (notes.PIXELS, notes.CLOCKS):
        if kind in said:
            found.append((kind, said[kind]))
    return found


REPORT_EVERY_S = 0.1  # progress reports to the GUI thread, at most


def _cameras_of(session: Session, hashes: Sequence[str]) -> int:
    """How many cameras these photos (an import's) made: the cameras that hold them and no
    other photo (a camera of an earlier import that they joined holds its own)."""
    found: set[object] = set()
    for start in range(0, len(hashes), 500):  # SQLite's bound-parameter limit
        chunk = hashes[start : start + 500]
        found.update(session.scalars(select(Photo.camera_id).where(Photo.sha256.in_(chunk))))
    found.discard(None)
    ours, cameras = set(hashes), list(found)
    older: set[object] = set()
    for start in range(0, len(cameras), 500):
        held = select(Photo.camera_id, Photo.sha256).where(
            Photo.camera_id.in_(cameras[start : start + 500]), Photo.deleted.is_(False)
        )
        older.update(camera_id for camera_id, sha256 in session.execute(held) if sha256 not in ours)
    return len(found - older)


def _not_a_file() -> str:
    return QCoreApplication.translate("import", "a named pipe or a device, not a photo")


def _pipe_or_device(path: Path) -> bool:
    try:
        mode = path.stat().st_mode
    except OSError:
        return False  # reading it says why
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def run_import(
    task: Task,
    session_factory: Callable[[], Session],
    paths: Sequence[Path],
    library: Path,
    author: str | None,
) -> ImportOutcome:
    """Import ``paths``; commits at the importer's checkpoints and at the end (or on Cancel)."""
    imported = duplicates = without_position = files = details = restored = 0
    errors: list[tuple[str, str]] = []
    warnings: list[tuple[str, str]] = []
    skipped: list[tuple[str, str]] = []
    set_aside: list[tuple[str, str]] = []
    attention: list[tuple[str, str, str]] = []
    cancelled = False
    cameras = 0
    since_commit: list[ImportResult] = []
    next_report = 0.0
    imported_hashes: list[str] = []

    def count(results: Sequence[ImportResult]) -> None:
        nonlocal imported, without_position, duplicates, details, restored
        for result in results:  # counted once committed, as they really are
            if result.status == "imported":
                imported += 1
                imported_hashes.append(result.sha256 or "")
                without_position += not result.has_position
                warnings.extend((result.path, w) for w in result.warnings)
                look = needs_a_look(result)
                attention.extend((result.path, kind, why) for kind, why in look)
                details += bool(result.warnings) and not look
            elif result.status == "duplicate":
                duplicates += 1
                if result.message and result.message != already_in_survey():
                    set_aside.append((result.path, result.message))
            elif result.status == "restored":
                restored += 1
            elif result.status == "skipped":
                skipped.append((result.path, result.message))
            else:
                errors.append((result.path, result.message))

    # A named pipe (or a device) chosen in the app: opening it waits for a writer who may
    # never come, on the writer thread, where no Cancel reaches (the command line reads
    # `<(…)`). Refused at once; the photos chosen with it are imported.
    refused = [path for path in paths if _pipe_or_device(path)]
    files += len(refused)
    errors.extend((escaped_unstorable(str(path)), _not_a_file()) for path in refused)
    chosen = [path for path in paths if path not in refused]
    with session_factory() as session:
        steps = import_photos(session, chosen, library, author=author)
        try:
            while True:
                if task.cancelled:
                    steps.close()  # adds the photos prepared since the last checkpoint
                    cancelled = True
                    break
                progress = next(steps)
                files = progress.total + len(paths) - len(chosen)
                since_commit.append(progress.result)
                if progress.checkpoint:
                    session.commit()
                    since_commit.clear()
                    count(progress.stored)
                # The dialog redraws ten times a second: fewer reports leave the GUI thread
                # (and the GIL) to the import. A checkpoint's cameras are always reported.
                now = time.monotonic()
                if progress.checkpoint or progress.done == progress.total or now >= next_report:
                    task.report(progress)
                    next_report = now + REPORT_EVERY_S
        except StopIteration as stop:
            cameras = len(stop.value.cameras)
        except DiskFullError:  # keep the photos that fit, when the database can still grow
            try:
                session.commit()
            except OperationalError:
                session.rollback()
            raise
        except OperationalError:  # a checkpoint's commit failed: stop reading ahead
            abandon(steps, session)
            raise
        if cancelled:  # group what was imported, as the finished import would have
            session.flush()
            group_ungrouped_photos(session, current_survey(session), author)
        session.commit()
        if cancelled:
            count(stored_results(session, since_commit))
            cameras = _cameras_of(session, imported_hashes)
    return ImportOutcome(
        files, imported, duplicates, tuple(errors), without_position, cameras, cancelled,
        tuple(warnings), tuple(skipped), tuple(attention), details, restored, tuple(set_aside),
    )  # fmt: skip


class ImportDialog(QDialog):
    """Progress (count, current file, Cancel), then the summary of the import."""

    def __init__(
        self,
        paths: Sequence[Path],
        session_factory: Callable[[], Session],
        library: Path,
        tasks: TaskRunner,
        changes: Changes,
        author: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import photos"))
        self.setMinimumWidth(520)
        self._changes = changes
        self.outcome: ImportOutcome | None = None
        self.pages = QStackedWidget()

        progress_page = QWidget()
        layout = QVBoxLayout(progress_page)
        self.count = QLabel(self.tr("Looking for photos…"))
        self.count.setStyleSheet("font-size:12pt;font-weight:600")
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.current = QLabel(" ")
        self.current.setStyleSheet("color:#6c757d")
        self.current.setMinimumWidth(460)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(
            self.tr("Stop after the current photo; what is imported is kept")
        )
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QDialogButtonBox()
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        for widget in (self.count, self.bar, self.current):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.pages.addWidget(progress_page)
        self.summary = ImportSummaryView()
        self.summary.close_button.clicked.connect(self.accept)
        self.pages.addWidget(self.summary)
        outer = QVBoxLayout(self)
        outer.addWidget(self.pages)

        self._latest: ImportProgress | None = None
        self._redraw = QTimer(self, singleShot=True, interval=100)
        self._redraw.timeout.connect(self._show_progress)
        folders = list(paths)
        self.task = tasks.write(
            "import", lambda task: run_import(task, session_factory, folders, library, author)
        )
        self.task.progress.connect(self._progress)
        self.task.finished.connect(self._finished)
        self.task.failed.connect(self._failed)

    def _progress(self, progress: ImportProgress) -> None:
        if progress.cameras:  # committed: the list and the map show them now
            self._changes.cameras(progress.cameras)
        # Hundreds of photos a second: the labels are redrawn ten times a second at most.
        self._latest = progress
        if not self._redraw.isActive():
            self._redraw.start()

    def _show_progress(self) -> None:
        progress = self._latest
        if progress is None or not self.task.running:
            return
        self.bar.setRange(0, progress.total)
        self.bar.setValue(progress.done)
        self.count.setText(
            self.tr("Importing photo {done} of {total}").format(
                done=number(progress.done), total=number(progress.total)
            )
        )
        name = Path(progress.result.path).name
        width = self.current.width()
        self.current.setText(
            self.current.fontMetrics().elidedText(name, Qt.TextElideMode.ElideMiddle, width)
        )

    def cancel(self) -> None:
        """Stop after the current photo (keeps what is imported)."""
        if self.task.running:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.count.setText(self.tr("Stopping after this photo…"))

    def reject(self) -> None:  # Escape or the window's close button: cancel, never lose work
        if self.task.running:
            self.cancel()
        else:
            super().reject()

    def _finished(self, outcome: ImportOutcome) -> None:
        self.outcome = outcome
        self._changes.everything()
        self.summary.show_outcome(outcome)
        self.pages.setCurrentIndex(1)
        # The summary needs more room than the progress: every line of it, and the table.
        room = QSize(760, 560) if self.summary.problems.isVisibleTo(self) else QSize(560, 0)
        wanted = self.sizeHint().expandedTo(room)
        self.resize(fitted(self, wanted.width(), wanted.height()))
        self.setWindowTitle(
            self.tr("Import finished") if not outcome.cancelled else self.tr("Import cancelled")
        )

    def _failed(self, error: object) -> None:
        self._changes.everything()
        self.count.setText(self.tr("The import stopped"))
        text = system_reason(error) if isinstance(error, OSError) else error
        self.current.setText(f"{text}")
        self.current.setWordWrap(True)
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setEnabled(True)


class ImportSummaryView(QWidget):
    """The numbers; the files not imported and the photos that need a look (no position, no
    time, a damaged picture), each with its reason in full; the rest on grey lines."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("ImportSummary")
        self.headline = QLabel()
        self.headline.setStyleSheet("font-size:13pt;font-weight:600")
        self.headline.setWordWrap(True)
        self.numbers = QGridLayout()
        self.numbers.setHorizontalSpacing(18)
        self.numbers.setVerticalSpacing(4)
        self.skipped = QLabel()  # files that are not photos: said, not alarming
        self.details = QLabel()  # EXIF trivia: where to find it, nothing to do
        for quiet in (self.skipped, self.details):
            quiet.setStyleSheet("color:#6c757d")
            quiet.setWordWrap(True)
        self.problems = QTableWidget(0, 3)
        self.problems.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Result"), self.tr("Reason")]
        )
        self.problems.verticalHeader().setVisible(False)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems.setAlternatingRowColors(True)
        self.problems.setShowGrid(False)
        self.problems.setWordWrap(True)  # reasons in full, on as many lines as they need
        self.problems.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # long file names
        header = self.problems.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 210)
        header.resizeSection(1, 160)
        # Rows are as tall as their wrapped reason at the columns' final widths.
        header.sectionResized.connect(lambda *_: self.problems.resizeRowsToContents())
        self.problems.setMinimumHeight(200)
        self.problems_label = QLabel(
            self.tr("Files that were not imported, and photos that need a look:")
        )
        self.problems_label.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color:#495057")
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setDefault(True)
        buttons = QDialogButtonBox()
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.headline)
        layout.addLayout(self.numbers)
        layout.addWidget(self.skipped)
        layout.addWidget(self.details)
        layout.addWidget(self.hint)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems, 10)  # the table takes the height; nothing is drawn over it
        layout.addStretch(1)  # without a table, the lines stay together at the top
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str, str]]:
        """The table's rows as the volunteer reads them: (file, result, reason)."""
        table = self.problems

        def cell(row: int, column: int) -> str:
            item = table.item(row, column)
            return item.text() if item is not None else ""

        return [(cell(r, 0), cell(r, 1), cell(r, 2)) for r in range(table.rowCount())]

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.problems.resizeRowsToContents()

    def _kind_texts(self) -> dict[str, tuple[str, str]]:
        """kind → (the Result column, the reason when no warning says more)."""
        return {
            notes.POSITION: (self.tr("no position"), self.tr("The photo has no GPS position.")),
            notes.TIME: (self.tr("no time"), self.tr("The photo does not say when it was taken.")),
            notes.PIXELS: (self.tr("damaged picture"), ""),
            notes.CLOCKS: (self.tr("clocks disagree"), ""),
        }

    def show_outcome(self, outcome: ImportOutcome) -> None:
        """Fill in the numbers and the list of what needs a look."""
        imported, cameras = outcome.imported, outcome.cameras
        # Two counts, two plurals: the camera phrase is its own message, as it reads after "into".
        into = counted(self.tr("%n new cameras", "after: N photos imported into", cameras), cameras)
        headline = counted(self.tr("%n photos imported into {cameras}", "", imported), imported)
        headline = headline.format(cameras=into)
        if not imported and outcome.restored:  # the import only put originals back
            restored = outcome.restored
            headline = counted(
                self.tr("%n originals restored in the library", "", restored), restored
            )
        if outcome.cancelled:
            headline += " " + self.tr("(cancelled: what was imported is kept)")
        self.headline.setText(headline)
        red, amber = "#c0392b", "#b9770e"
        rows = [  # (label, count, colour when not zero)
            (self.tr("Imported"), outcome.imported, ""),
            *(
                [(self.tr("Already in the survey, original restored"), outcome.restored, "")]
                if outcome.restored
                else []
            ),
            (self.tr("Already in the survey (skipped)"), outcome.duplicates, ""),
            (self.tr("Not imported (errors)"), len(outcome.errors), red),
            (self.tr("Imported without a position"), outcome.without_position, amber),
            (self.tr("Imported without a capture time"), outcome.count(notes.TIME), amber),
            (self.tr("Imported with a damaged picture"), outcome.count(notes.PIXELS), amber),
            (self.tr("Imported with two clocks that disagree"), outcome.count(notes.CLOCKS), amber),
        ]
        for row, (label, value, colour) in enumerate(rows):
            name = QLabel(label)
            figure = QLabel(number(value))
            figure.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if value and colour:
                figure.setStyleSheet(f"color:{colour};font-weight:600")
            self.numbers.addWidget(name, row, 0)
            self.numbers.addWidget(figure, row, 1)
        self.numbers.setColumnStretch(2, 1)
        skipped = len(outcome.skipped)
        self.skipped.setText(counted(self.tr("%n files skipped: not photos", "", skipped), skipped))
        self.skipped.setToolTip(
            "\n".join(f"{Path(path).name}: {what}" for path, what in outcome.skipped[:50])
        )
        self.skipped.setVisible(bool(skipped))
        details = outcome.details
        self.details.setText(
            counted(
                self.tr(
                    "%n photos carry notes on their metadata that need nothing from you "
                    "(shown in each photo's details)",
                    "",
                    details,
                ),
                details,
            )
        )
        self.details.setVisible(bool(details))
        self.problems.clearContents()
        texts = self._kind_texts()
        listed = [
            # A folder is "not read" (in French, "non importée" spoke of a photo)
            (path, self.tr("folder not read") if Path(path).is_dir() else self.tr("not imported"),
             sentence(reason), red)
            for path, reason in outcome.errors
        ]  # fmt: skip
        # Not imported on purpose, with what to do about it (undo a delete, copy it out of a
        # restore's held-back folder): before, only counted as "already in the survey".
        listed.extend(
            (path, self.tr("not imported"), sentence(reason), "")
            for path, reason in outcome.set_aside
        )
        looks: dict[str, list[tuple[str, str]]] = {}  # one row per photo, all it needs
        for path, kind, why in outcome.attention:
            result, fallback = texts[kind]
            looks.setdefault(path, []).append((result, why or fallback))
        for path, found in looks.items():
            results = ", ".join(result for result, _ in found)
            listed.append((path, results, " ".join(sentence(why) for _, why in found), amber))
        self.problems.setRowCount(len(listed))
        for row, (path, result, reason, colour) in enumerate(listed):
            cells = [QTableWidgetItem(Path(path).name), QTableWidgetItem(result)]
            cells.append(QTableWidgetItem(reason))
            cells[0].setToolTip(path)
            cells[2].setToolTip(reason)
            if colour:
                cells[1].setForeground(QColor(colour))
            for column, cell in enumerate(cells):
                self.problems.setItem(row, column, cell)
        self.problems.resizeRowsToContents()
        self.problems.setVisible(bool(listed))
        self.problems_label.setVisible(bool(listed))
        hints = []
        if outcome.without_position:
            hints.append(
                self.tr(
                    "Cameras without a position are listed under “No position”: select one and "
                    "click the map where it is."
                )
            )
        if outcome.restored:
            hints.append(
                self.tr(
                    "Photos whose original was missing from the library have it back: their "
                    "exports, blurring and sync use it again."
                )
            )
        if outcome.duplicates:
            hints.append(
                self.tr("Photos already in the survey were skipped; nothing was copied twice.")
            )
        self.hint.setText(" ".join(hints))
        self.hint.setVisible(bool(hints))
