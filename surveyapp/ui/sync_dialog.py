"""Sync with the team's server: address, token, what is waiting, Sync with progress and Cancel.

The run is sync's own ``run_sync`` generator, on the network thread of ui/tasks.py; it commits
step by step, so Cancel (or a cut connection, or closing the app, which abandon the request under
way at once) keeps what was sent. Items the server
refused are listed with their reasons, until the volunteer discards them (the server's values
come back); a refused token stops the run and says that the queue is kept. A run that stops
says why in plain words (the server did not answer, the token was refused, ...), with the
technical detail behind Details, and is listed among the recent runs. Before a survey's first
sync the "what will be shared" preview asks the volunteer to confirm.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from surveyapp.db.models import Survey
from surveyapp.i18n import translate
from surveyapp.photos.sharing import make_shareable
from surveyapp.protocol.refusals import reason_said
from surveyapp.sync.apply import record_name
from surveyapp.sync.client import (
    RetryPolicy,
    SyncClient,
    SyncError,
    SyncStopped,
    is_server_address,
)
from surveyapp.sync.engine import (
    SyncProgress,
    SyncSummary,
    left_waiting,
    photos_text,
    progress_line,
    run_photos_text,
    run_result,
    run_sync,
    waiting_text,
)
from surveyapp.sync.push import ItemError, discard_refused, failed_items
from surveyapp.sync.status import RunRecord, known_servers, outgoing, recent_runs
from surveyapp.sync.tokens import TokenError, find_token, save_token
from surveyapp.ui.changes import Changes
from surveyapp.ui.formatting import QT_TRANSLATE_NOOP
from surveyapp.ui.screen import fitted
from surveyapp.ui.tasks import Cancelled, Task, TaskRunner

ERROR_COLOUR = "#c0392b"

# Why a run stopped (SyncError.kind, and "local" for a file of this laptop, "crash" for a bug),
# in words a volunteer can act on; the technical detail is behind the Details button.
STOPPED = {
    "unreachable": QT_TRANSLATE_NOOP(
        "SyncDialog",
        "The server at {server} did not answer. Check the address and your connection; "
        "nothing was lost.",
    ),
    "timeout": QT_TRANSLATE_NOOP(
        "SyncDialog",
        "The server at {server} took too long to answer: the connection is slow or the server "
        "is busy. Nothing was lost: sync again later.",
    ),
    "tls": QT_TRANSLATE_NOOP(
        "SyncDialog",
        "The secure connection to {server} failed: its certificate is not valid for this "
        "address, or the server does not use https. Check the address with your coordinator; "
        "nothing was lost.",
    ),
    "server_error": QT_TRANSLATE_NOOP(
        "SyncDialog",
        "The server at {server} has a problem of its own and kept failing. Nothing was lost: "
        "sync again later, and tell your coordinator if it lasts.",
    ),
    "token": QT_TRANSLATE_NOOP(
        "SyncDialog",
        "The server at {server} refused your token: it may be mistyped, or your coordinator "
        "revoked it. Ask them for a new one. Nothing was lost: the changes wait here until you "
        "sync with a valid token.",
    ),
    "not_surveyapp": QT_TRANSLATE_NOOP(
        "SyncDialog",
        "{server} answered, but it is not a SurveyApp server (a Wi-Fi sign-in page, or a wrong "
        "address?). Nothing was lost.",
    ),
    "version": QT_TRANSLATE_NOOP(
        "SyncDialog",
        "This SurveyApp and the server at {server} do not speak the same version: update "
        "SurveyApp, or ask your coordinator to update the server. Nothing was lost.",
    ),
    "answer": QT_TRANSLATE_NOOP(
        "SyncDialog",
        "The server at {server} gave an answer SurveyApp cannot use. Nothing was lost: sync "
        "again later, and tell your coordinator if it lasts.",
    ),
    "local": QT_TRANSLATE_NOOP(
        "SyncDialog",
        "Sync stopped: a file on this laptop could not be read or written. Nothing was lost.",
    ),
    "crash": QT_TRANSLATE_NOOP(
        "SyncDialog",
        "Sync stopped because of an error in SurveyApp. Nothing was lost; the details help "
        "the developers.",
    ),
}


def _said(table: dict[str, str], kind: str | None) -> str:
    """A failure's words in the volunteer's language ("answer" for a kind not listed)."""
    text = table.get(kind or "", table.get("answer", ""))
    return QCoreApplication.translate("SyncDialog", text)


@dataclass(frozen=True)
class SyncOverview:
    """What the dialog shows before a run: servers known, what waits, recent runs, and whether
    a survey has never been synced (then the share preview comes first)."""

    servers: tuple[str, ...]
    changes: int
    photos: int
    runs: tuple[RunRecord, ...]
    first_sync: bool
    refused: tuple[ItemError, ...] = ()
    teammates: int = 0  # photos whose copy only a teammate's laptop can send


def sync_overview(session: Session) -> SyncOverview:
    """The dialog's numbers (looks only)."""
    out = outgoing(session)
    never = session.scalar(
        select(Survey.id).where(Survey.deleted.is_(False), Survey.server_version.is_(None))
    )
    return SyncOverview(
        tuple(known_servers(session)),
        out.changes,
        out.photos,
        tuple(recent_runs(session)),
        never is not None,
        tuple(failed_items(session)),
        sum(out.teammates.values()),
    )


# The tokens given in this dialog while the app runs, by server, in memory only: a reviewer on a
# desktop without a keyring (or who did not tick Remember) has the Review tab read the server's
# lists with the token they just synced with, instead of "no server or token" all day.
_given_tokens: dict[str, str] = {}


def stored_token(server: str) -> str:
    """The token the keyring (or $SURVEYAPP_TOKEN) holds for ``server``, else the one given in
    the Sync dialog since the app started; empty when none."""
    try:
        return find_token(server)
    except TokenError:
        return _given_tokens.get(server, "")


class SyncDialog(QDialog):
    """Server, token, "N changes and M photos waiting", Sync/Cancel, errors, recent runs."""

    synced = Signal(object)  # the SyncSummary of a finished run

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        read_factory: sessionmaker[Session],
        library: Path,
        tasks: TaskRunner,
        changes: Changes | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync with the team's server"))
        self.resize(fitted(self, 640, 500))
        self._factory, self._library, self._tasks = session_factory, library, tasks
        self._read = read_factory  # for work that only reads, and takes a while
        self._changes = changes
        self.task: Task | None = None
        self.retry: RetryPolicy | None = None  # the client's default patience
        self.timeout = 30.0  # seconds for an answer to start
        self._server_url = ""  # the running (or last) run's server
        self.overview: SyncOverview | None = None
        self.summary: SyncSummary | None = None
        # Asked before the first sync of a survey; the share preview by default.
        self.confirm_first_sync: Callable[[], bool] = self._preview
        self.server = QComboBox()
        self.server.setEditable(True)
        self.server.setMinimumWidth(360)
        editor = self.server.lineEdit()
        if editor is not None:
            editor.setPlaceholderText("https://surveys.example.org")
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(self.tr("the token your coordinator gave you"))
        self.remember = QCheckBox(self.tr("Remember in the system keyring"))
        self.waiting = QLabel()
        self.waiting.setStyleSheet("font-weight:bold")
        self.bar = QProgressBar()
        self.bar.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_button = QPushButton(self.tr("Details"))
        self.details_button.setCheckable(True)
        self.details_button.setVisible(False)
        self.details = QPlainTextEdit()
        self.details.setObjectName("SyncFailureDetails")
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        self.details.setMaximumHeight(90)
        self.details_button.toggled.connect(self.details.setVisible)
        self.errors = QPlainTextEdit()
        self.errors.setReadOnly(True)
        self.errors.setVisible(False)
        self.errors.setMaximumHeight(110)
        self.refused = QTreeWidget()
        self.refused.setRootIsDecorated(False)
        self.refused.setHeaderLabels([self.tr("Refused change"), self.tr("Why")])
        self.refused.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.refused_title = QLabel()
        self.refused_title.setWordWrap(True)
        self.discard_button = QPushButton(self.tr("Discard the selected"))
        self.discard_all_button = QPushButton(self.tr("Discard all"))
        self.discard_button.clicked.connect(self.discard_selected)
        self.discard_all_button.clicked.connect(self.discard_all)
        self.refused_box = QWidget()
        refused_layout = QVBoxLayout(self.refused_box)
        refused_layout.setContentsMargins(0, 0, 0, 0)
        refused_layout.addWidget(self.refused_title)
        refused_layout.addWidget(self.refused)
        discard_row = QHBoxLayout()
        discard_row.addStretch(1)
        discard_row.addWidget(self.discard_button)
        discard_row.addWidget(self.discard_all_button)
        refused_layout.addLayout(discard_row)
        self.refused_box.setVisible(False)
        self.runs = QTreeWidget()
        self.runs.setRootIsDecorated(False)
        self.runs.setHeaderLabels(
            [self.tr("Started"), self.tr("Server"), self.tr("Sent"), self.tr("Received"),
             self.tr("Photos"), self.tr("Errors"), self.tr("Result")]
        )  # fmt: skip
        # Every column as wide as its contents but the server's, which takes what is left
        # (cut with "…", whole in its tooltip): the result is what a volunteer reads, and was
        # the column cut at the list's edge ("server ne od…" in Serbian).
        header = self.runs.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.runs.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the port stays in view
        buttons = QDialogButtonBox()
        self.sync_button = buttons.addButton(
            self.tr("Sync"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setEnabled(False)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.sync_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.server)
        form.addRow(self.tr("Token"), self.token)
        form.addRow("", self.remember)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.waiting)
        layout.addWidget(self.bar)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(status_row)
        layout.addWidget(self.details)
        layout.addWidget(self.errors)
        layout.addWidget(self.refused_box)
        runs_title = QLabel(self.tr("Recent runs"))
        runs_title.setStyleSheet("font-weight:bold")
        layout.addSpacing(6)
        layout.addWidget(runs_title)
        layout.addWidget(self.runs, 1)
        layout.addWidget(buttons)
        self.server.currentTextChanged.connect(self._server_changed)
        self.refresh()

    # -- what waits ------------------------------------------------------------------------

    def refresh(self) -> Task:
        """Count what waits and list the recent runs (on the writer thread: outgoing() queues
        what was never queued before it counts, then rolls back)."""
        factory = self._factory

        def load(task: Task) -> SyncOverview:
            with factory() as session:
                return sync_overview(session)

        task = self._tasks.write("sync overview", load)
        task.finished.connect(self._show_overview)
        return task

    def _show_overview(self, overview: SyncOverview) -> None:
        self.overview = overview
        if self.server.count() == 0 and overview.servers:
            typed = self.server.currentText()  # by a volunteer quicker than the list
            self.server.addItems(list(overview.servers))
            if typed:
                self.server.setEditText(typed)
        self.waiting.setText(
            waiting_text(overview.changes, overview.photos, teammates=overview.teammates)
        )
        self.refused.clear()
        for refusal in overview.refused:
            why = reason_said(refusal.message)  # the server's fixed reasons in her language
            row = QTreeWidgetItem(
                [f"{record_name(refusal.record_type)} {refusal.record_id[:8]}", why]
            )
            row.setData(0, Qt.ItemDataRole.UserRole, refusal.record_id)
            row.setToolTip(1, why)
            self.refused.addTopLevelItem(row)
        self.refused_title.setText(
            self.tr(
                "The server refused %n changes. They are not sent again; discarding one takes "
                "the server's values back on this laptop.",
                "",
                len(overview.refused),
            )
        )
        self.refused.resizeColumnToContents(0)
        self.refused_box.setVisible(bool(overview.refused))
        self.runs.clear()
        for run in overview.runs:
            left = left_waiting(run.message)
            result = run_result(run.message, run.failure)
            received = "" if run.received is None else str(run.received)  # before it was counted
            item = QTreeWidgetItem(
                [run.started_at.astimezone().strftime("%Y-%m-%d %H:%M"), run.server,
                 str(run.pushed), received, run_photos_text(run.photos, run.photos_confirmed),
                 str(run.errors), result]
            )  # fmt: skip
            if run.photos_confirmed:  # the run's own words, as it said them when it ended
                item.setToolTip(4, photos_text(run.photos, run.photos_confirmed))
            # The technical detail, when there is more to it than the result's words.
            item.setToolTip(6, result if left is not None else run.message or result)
            item.setToolTip(1, run.server)
            if run.failure:
                item.setForeground(6, QColor(ERROR_COLOUR))
            self.runs.addTopLevelItem(item)

    def discard_selected(self) -> Task | None:
        """Drop the selected refused changes (the server's values come back)."""
        ids = sorted(
            {str(item.data(0, Qt.ItemDataRole.UserRole)) for item in self.refused.selectedItems()}
        )
        return self._discard(ids) if ids else None

    def discard_all(self) -> Task:
        """Drop every refused change."""
        return self._discard(None)

    def _discard(self, ids: list[str] | None) -> Task:
        factory = self._factory

        def work(_task: Task) -> int:
            with factory() as session:
                dropped = 0
                for ref in ids if ids is not None else [None]:
                    dropped += len(discard_refused(session, ref))
                session.commit()
                return dropped

        task = self._tasks.write("discard refused changes", work)
        task.finished.connect(self._discarded)
        task.failed.connect(lambda error: self._fail(str(error)))
        return task

    def _discarded(self, count: int) -> None:
        self.status.setText(
            self.tr("%n refused changes discarded: the server's values are back.", "", count)
        )
        if self._changes is not None:
            self._changes.everything()
        self.refresh()

    def _server_changed(self, server: str) -> None:
        if not self.token.text() and server.startswith(("http://", "https://")):
            self.token.setText(stored_token(server.strip().rstrip("/")))

    # -- a run -----------------------------------------------------------------------------

    def _fail(self, message: str) -> None:
        self.status.setText(f"<span style='color:{ERROR_COLOUR}'>{message}</span>")

    def _preview(self) -> bool:
        from surveyapp.ui.share_preview import SharePreviewDialog

        dialog = SharePreviewDialog(self._factory, self._read, self._library, self._tasks, self)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def start(self) -> None:
        """Check the address and token, confirm a first sync, then run it in the background."""
        server = self.server.currentText().strip().rstrip("/")
        token = self.token.text().strip()
        if not is_server_address(server):
            self._fail(self.tr("Give the server's address (https://…)."))
            return
        if not token:
            self._fail(self.tr("Give your token: your coordinator made it for you."))
            return
        if self.overview is not None and self.overview.first_sync and not self.confirm_first_sync():
            self.status.setText(self.tr("Nothing was sent."))
            return
        _given_tokens[server] = token
        if self.remember.isChecked():
            try:
                save_token(server, token)
            except TokenError as error:
                self._fail(str(error))
                return
        factory, library = self._factory, self._library

        retry, timeout = self.retry, self.timeout

        def steps(task: Task) -> Generator[SyncProgress, None, SyncSummary]:
            def tried(text: str) -> None:  # a try that failed: said, or the dialog looks frozen
                task.report(SyncProgress("retry", 0, 0, text))

            with SyncClient(server, token, retry=retry, timeout=timeout, on_retry=tried) as client:
                task.on_cancel(client.stop)  # Cancel, or the app closing, ends a wait at once
                summary = yield from run_sync(factory, library, client, make_shareable)
            return summary

        self.errors.clear()
        self.errors.setVisible(False)
        self._show_details("")
        self._server_url = server
        self.sync_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.bar.setVisible(True)
        self.bar.setRange(0, 0)
        self.status.setText(self.tr("Connecting to {server}…").format(server=server))
        self.task = self._tasks.network("sync", steps)
        self.task.progress.connect(self._progress)
        self.task.finished.connect(self._finished)
        self.task.failed.connect(self._failed)

    def _progress(self, progress: SyncProgress) -> None:
        if progress.stage != "retry":  # a retry is said over the step it retries
            self.bar.setRange(0, max(progress.total, 1))
            self.bar.setValue(progress.done)
        self.status.setText(progress_line(progress))

    def cancel(self) -> None:
        """Stop now (a request under way is abandoned); what was sent is kept."""
        if self.task is not None and self.task.running:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Stopping after the current step…"))

    def _ended(self) -> None:
        self.bar.setVisible(False)
        self.sync_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if self._changes is not None:
            self._changes.everything()  # pulled records may touch any camera
        self.refresh()

    def _finished(self, summary: SyncSummary) -> None:
        self.summary = summary
        self._ended()
        lines = [str(error) for error in summary.errors] + list(summary.warnings)
        if lines:
            self.errors.setPlainText("\n".join(lines))
            self.errors.setVisible(True)
        pushed, received = summary.pushed, summary.received
        # Each count with its own participle: it agrees with its noun (French, Serbian).
        done = self.tr("{sent}, {photos}, {received}.").format(
            sent=translate("sync", "%n changes sent", None, pushed),  # as the progress line
            photos=photos_text(summary.photos_uploaded, summary.photos_confirmed),  # as `sync`
            received=self.tr("%n changes received", "", received),
        )
        refused = summary.refused
        if summary.complete:
            self.status.setText(done + " " + self.tr("Everything is in sync."))
        elif summary.left_to_teammates:  # the lines below say whose laptop
            self.status.setText(
                done
                + " "
                + self.tr(
                    "This laptop has sent everything; %n photos wait for a teammate's laptop.",
                    "",
                    sum(summary.teammates.values()),
                )
            )
        elif refused:
            self._fail(
                done
                + " "
                + self.tr(
                    "The server refused %n changes: they are listed below; discard them to "
                    "take the server's values back.",
                    "",
                    refused,
                )
            )
        else:
            self._fail(done + " " + self.tr("Some items were not sent: sync again."))
        self.synced.emit(summary)

    def _show_details(self, text: str) -> None:
        self.details.setPlainText(text)
        self.details_button.setVisible(bool(text))
        if not text:
            self.details_button.setChecked(False)

    def _failed(self, error: object) -> None:
        self._ended()
        if isinstance(error, Cancelled | SyncStopped):
            self.status.setText(self.tr("Stopped. What was sent is kept; sync again to finish."))
            return
        if isinstance(error, SyncError):
            kind = error.kind
        elif isinstance(error, OSError):
            kind = "local"
        else:
            kind = "crash"
        self._fail(_said(STOPPED, kind).format(server=self._server_url))
        technical = f"{type(error).__name__}: {error}"
        if isinstance(error, SyncError) and not str(error).startswith(error.said):
            # What happened in the volunteer's language, then in English as the run stores it
            # (for whoever helps: a coordinator, a bug report).
            technical = f"{error.said}\n\n{technical}"
        self._show_details(technical)

    def reject(self) -> None:  # Close while syncing: stop after the step (what was sent stays)
        self.cancel()
        super().reject()
