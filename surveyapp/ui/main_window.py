"""The main window: lays out the list, the map, the camera panel and the warnings, and delegates.

Components come in from the composition root (surveyapp/app.py); the window wires signals and
opens dialogs, and never refreshes a widget itself: edits announce what changed on ``Changes``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import platformdirs
from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStyle,
    QTabWidget,
    QToolBar,
)

from surveyapp import __version__
from surveyapp.cameras import history
from surveyapp.cameras.details import PhotoView
from surveyapp.cameras.history import Reverted, label
from surveyapp.cameras.operations import (
    FAR_APART_M,
    farthest_apart_m,
    live_photo_ids,
    may_split_off,
)
from surveyapp.cameras.permissions import current_editor
from surveyapp.db.database import Database
from surveyapp.db.files import Whereabouts, database_file_check_for
from surveyapp.db.windows import OpenWindow
from surveyapp.sync.engine import refused_count, teammates_waiting, waiting
from surveyapp.ui.blur_editor import BlurEditor
from surveyapp.ui.camera_panel import CameraPanel
from surveyapp.ui.camera_store import CameraStore
from surveyapp.ui.camera_table import CameraTable
from surveyapp.ui.changes import Changes, Selection
from surveyapp.ui.columns import Columns
from surveyapp.ui.edits import Editor
from surveyapp.ui.export_dialog import ExportDialog
from surveyapp.ui.file_dialogs import photos_and_folders, save_file_name
from surveyapp.ui.formatting import counted
from surveyapp.ui.geotag_dialog import GeotagDialog
from surveyapp.ui.geotag_suggestions import SuggestionLayer
from surveyapp.ui.help_guide import HelpGuide
from surveyapp.ui.import_dialog import ImportDialog
from surveyapp.ui.known_layer import KnownLayer
from surveyapp.ui.map_layers import distance_text
from surveyapp.ui.map_menu import MapMenu
from surveyapp.ui.map_view import MapView
from surveyapp.ui.offline_map import OfflineMap
from surveyapp.ui.photo_viewer import PhotoPane, PhotoViewer
from surveyapp.ui.review_panel import ReviewPanel
from surveyapp.ui.screen import fitted
from surveyapp.ui.settings import Settings, SettingsDialog
from surveyapp.ui.status_line import ElidedLabel, MessageBar
from surveyapp.ui.street_names import StreetNames
from surveyapp.ui.survey_counts import SurveyCounts
from surveyapp.ui.sync_dialog import SyncDialog
from surveyapp.ui.tasks import Task, TaskRunner
from surveyapp.ui.tiles import OSM_ATTRIBUTION, MBTilesSource, TileSource, XyzTileSource
from surveyapp.ui.vendor_guide import VendorGuide
from surveyapp.ui.warnings_panel import WarningsPanel
from surveyapp.ui.watcher import SurveyWatcher

LICENCE = "GPL-3.0-or-later"
Shortcut = QKeySequence | QKeySequence.StandardKey | str


def tile_source(
    settings: Settings, cache_dir: Path, downloaded: list[Path] | None = None
) -> TileSource | None:
    """The tiles the settings choose: the MBTiles file, else the tile URL (with the areas
    ``downloaded`` from it first), else none (the offline map alone)."""
    if settings.mbtiles is not None and settings.mbtiles.is_file():
        return MBTilesSource(settings.mbtiles)
    url = settings.tile_url
    if url:
        attribution = (
            OSM_ATTRIBUTION
            if "openstreetmap" in url
            else QCoreApplication.translate("map", "map tiles: {host}").format(
                host=url.split("/")[2]
            )
        )
        return XyzTileSource(url, cache_dir, attribution, downloaded or [])
    return None


class MainWindow(QMainWindow):
    """List | map | camera panel, warnings under the list; toolbar and menus."""

    def __init__(
        self,
        db: Database,
        settings: Settings,
        tasks: TaskRunner,
        changes: Changes,
        tile_cache: Path | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        title = f"SurveyApp — {db.path.name}"
        if db.read_only:
            title += " (" + self.tr("read-only") + ")"
        self.setWindowTitle(title)
        self.setAcceptDrops(True)
        self.db, self.settings, self.tasks, self.changes = db, settings, tasks, changes
        self._tile_cache = tile_cache or Path(platformdirs.user_cache_dir("SurveyApp")) / "tiles"
        self.selection = Selection()
        self.store = CameraStore(db.read_session, changes, tasks)
        # This window's claim on the survey: its undo takes back only its own edits.
        self.open_window = None if db.read_only else OpenWindow(db.library)
        self.editor = Editor(db.session, changes, tasks, self.open_window)
        self.table = CameraTable(self.store, self.selection)
        self.offline = OfflineMap(settings.offline_folder, tasks, self)
        self.map = MapView(self.store, self.selection, self.offline)
        self.streets = StreetNames(
            db.session, tasks, changes, self.offline, lambda: settings.online_streets, self,
            server=lambda: settings.nominatim,
        )  # fmt: skip
        self.panel = CameraPanel(db.read_session, db.library, changes, self.selection, self.editor)
        self.warnings = WarningsPanel(
            db.read_session, changes, self.selection, tasks, db.library, self.editor
        )
        self.known = KnownLayer(db.session, tasks, changes, self.map, self)
        self.watcher: SurveyWatcher | None = None
        self.suggestions = SuggestionLayer(
            db.read_session, db.session, tasks, changes, self.map, self
        )
        self.suggestions.failed.connect(self.show_error)
        self.suggestions.accepted.connect(
            lambda count: self.statusBar().showMessage(
                self.tr("%n photos placed where their neighbours suggest", "", count), 8000
            )
        )
        self.review: ReviewPanel | None = None  # reviewers and admins only

        left = QTabWidget()
        left.setDocumentMode(True)
        left.addTab(self.table, self.tr("Cameras"))
        left.addTab(self.warnings, self.tr("Warnings"))
        self.tabs = left
        # The selected camera's photos, large, under the map and beside the form.
        self.photo_pane = PhotoPane(tasks)
        self.panel.photos_shown.connect(self.photo_pane.show_photos)
        self.photo_pane.fetcher = self.fetch_photo
        self.warnings.fetcher = self.fetch_photo
        self.panel.photo_chosen.connect(self.photo_pane.show_index)
        self.middle = QSplitter(Qt.Orientation.Vertical)
        self.middle.setObjectName("MapPhotoSplitter")
        self.middle.addWidget(self.map)
        self.middle.addWidget(self.photo_pane)
        self.middle.setStretchFactor(0, 1)
        self.middle.setSizes([500, 340])
        self.middle.setChildrenCollapsible(False)
        self.photo_pane.setVisible(settings.photo_pane)
        self._map_photos: QByteArray | None = None  # the map/photos sizes while the pane shows
        self.splitter = Columns()
        self.splitter.setObjectName("MainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.middle)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([500, 640, 400])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.bar = MessageBar()
        self.setStatusBar(self.bar)
        self.counts = SurveyCounts(self.store)
        self.statusBar().addPermanentWidget(self.counts)
        self.message = ElidedLabel()  # an error: shortened with "…", whole in its tooltip
        self.statusBar().addPermanentWidget(self.message)

        self._build_actions()
        self.known.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.known.error.connect(self.show_error)
        self.bar.insertWidget(0, self.known.stop_button)  # beside "Reading country.osm: 98 of…"
        self.known.busy.connect(lambda busy: self.known_action.setEnabled(not busy))
        self.streets.failed.connect(self.show_error)
        self.map.notice.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self.map.move_requested.connect(self.editor.move)
        self.warnings.focus_requested.connect(self.map.zoom_to_selected)
        self.panel.open_photo.connect(self.open_photo)
        self.panel.delete_requested.connect(self.delete_selected)
        self.panel.lost.connect(self.show_error)
        self.editor.failed.connect(self.show_error)
        self.store.failed.connect(self.show_error)
        self.editor.reverted.connect(self._reverted)
        self.changes.data_changed.connect(self.refresh_undo)
        self.changes.data_changed.connect(self._offer_edits)
        self.editor.applied.connect(self._saved)
        self.selection.changed.connect(self._selection_changed)
        self.table.count_changed.connect(self._count_changed)
        self.store.loading.connect(
            lambda busy: self.statusBar().showMessage(self.tr("Loading cameras…")) if busy else None
        )
        self.apply_settings()
        self._restore()
        self._selection_changed(())
        self.refresh_undo()

    # -- construction -------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: object,
        shortcut: Shortcut | None = None,
        icon: QStyle.StandardPixmap | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(f"{tip or text.replace('…', '')}" + (
            f" ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
            if shortcut is not None else ""
        ))  # fmt: skip
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.import_action = self._action(
            self.tr("Import photos…"),
            self.choose_import,
            "Ctrl+I",
            sp.SP_DialogOpenButton,
            self.tr("Import photos or a folder"),
        )
        self.export_action = self._action(
            self.tr("Export…"), self.export, "Ctrl+E", sp.SP_DialogSaveButton
        )
        self.merge_action = self._action(
            self.tr("Merge"),
            self.merge_selected,
            "Ctrl+M",
            sp.SP_FileDialogListView,
            self.tr("Merge the selected cameras"),
        )
        self.split_action = self._action(
            self.tr("Split photos"),
            self.split_selected,
            "Ctrl+Shift+S",
            sp.SP_FileDialogDetailedView,
            self.tr("Move the selected photos into a new camera"),
        )
        self.delete_action = self._action(
            self.tr("Delete"),
            self.delete_selected,
            QKeySequence.StandardKey.Delete,
            sp.SP_TrashIcon,
            self.tr("Delete the selected cameras"),
        )
        self.undo_action = self._action(
            self.tr("Undo"), self.editor.undo, "Ctrl+Z", None, self.tr("Undo your last edit")
        )
        self.redo_action = self._action(
            self.tr("Redo"),
            self.editor.redo,
            "Ctrl+Shift+Z",
            None,
            self.tr("Redo the edit undone last"),
        )
        # Their menu texts say what they would take back ("Undo placing on the map"); the
        # help's list of shortcuts names them by their icon text, set once here.
        self.undo_action.setIconText(self.tr("Undo"))
        self.redo_action.setIconText(self.tr("Redo"))
        self.next_action = self._action(
            self.tr("Next camera"), lambda: self.table.step(1), "Ctrl+Down"
        )
        self.previous_action = self._action(
            self.tr("Previous camera"), lambda: self.table.step(-1), "Ctrl+Up"
        )
        self.search_action = self._action(
            self.tr("Find"), self.focus_search, QKeySequence.StandardKey.Find
        )
        self.fit_action = self._action(self.tr("Show all cameras"), self.map.fit, "Ctrl+0")
        self.photos_action = self._action(
            self.tr("Show photos large"),
            self.show_photo_pane,
            "Ctrl+Shift+P",
            None,
            self.tr("The selected camera's photos under the map, with previous, next and zoom"),
        )
        self.photos_action.setCheckable(True)
        self.photos_action.setChecked(self.photo_pane.isVisibleTo(self))
        self.geotag_action = self._action(
            self.tr("Geotag from a GPS track…"),
            self.open_geotag,
            None,
            None,
            self.tr(
                "Place photos without GPS from a GPS track or from the photos taken around them"
            ),
        )
        self.known_action = self._action(
            self.tr("Import already-mapped cameras…"),
            lambda: self.known.choose_file(self),
            None,
            None,
            self.tr("Load an OpenStreetMap (Overpass) or GeoJSON file of cameras others mapped"),
        )
        self.sync_action = self._action(
            self.tr("Sync…"),
            self.open_sync,
            "Ctrl+Shift+Y",
            sp.SP_BrowserReload,
            self.tr("Sync with the team's server"),
        )
        self.blur_action = self._action(
            self.tr("Blur before sharing…"),
            self.open_blur_editor,
            "Ctrl+B",
            None,
            self.tr("See and correct what is blurred in the selected photo's shared copy"),
        )
        self.settings_action = self._action(self.tr("Settings…"), self.open_settings, "Ctrl+,")
        self.about_action = self._action(self.tr("About SurveyApp"), self.about)
        self.help_action = self._action(self.tr("Using SurveyApp"), self.show_help, "F1")
        self.guide_action = self._action(self.tr("Identifying a camera"), self.open_vendor_guide)
        self.quit_action = self._action(self.tr("Quit"), self.close, QKeySequence.StandardKey.Quit)

        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("MainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.import_action, self.export_action, None, self.merge_action,
                       self.split_action, self.delete_action, None):  # fmt: skip
            toolbar.addSeparator() if action is None else toolbar.addAction(action)
        toolbar.addAction(self.sync_action)
        self.sync_status = QLabel()
        self.sync_status.setObjectName("SyncStatus")
        self.sync_status.setContentsMargins(6, 0, 6, 0)
        toolbar.addWidget(self.sync_status)
        self.addToolBar(toolbar)

        menu = self.menuBar()
        survey = menu.addMenu(self.tr("&Survey"))
        for action in (self.import_action, self.geotag_action, self.known_action,
                       self.export_action, None,
                       self.sync_action, None, self.settings_action, None,
                       self.quit_action):  # fmt: skip
            survey.addSeparator() if action is None else survey.addAction(action)
        edit = menu.addMenu(self.tr("&Edit"))
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        self.edit_menu = edit
        camera = menu.addMenu(self.tr("&Camera"))
        for action in (self.next_action, self.previous_action, self.search_action, None,
                       self.merge_action, self.split_action, self.delete_action, None,
                       self.blur_action, None, self.photos_action):  # fmt: skip
            camera.addSeparator() if action is None else camera.addAction(action)
        view = menu.addMenu(self.tr("&Map"))
        view.addAction(self.fit_action)
        self.map_menu = MapMenu(self, self.map, self.offline, self.settings, self.tasks, view)
        self.map_menu.settings_requested.connect(self.open_settings)
        self.map_menu.error.connect(self.show_error)
        self.map_menu.downloaded.connect(self.apply_settings)
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.help_action)
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.about_action)

    def apply_settings(self) -> None:
        """Use the basemap the settings name."""
        try:
            source = tile_source(self.settings, self._tile_cache, self.offline.tile_files())
        except Exception as error:  # a broken MBTiles file: say so, show the grid
            self.show_error(
                self.tr("The offline basemap cannot be used: {error}").format(error=error)
            )
            source = None
        self.map.set_tile_source(source)

    def _restore(self) -> None:
        geometry = self.settings.geometry("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(fitted(self, 1440, 860))  # less on a smaller screen: all in view
        state = self.settings.geometry("splitter")
        if state is not None:
            self.splitter.restoreState(state)
        state = self.settings.geometry("map_photos")
        self._map_photos = state
        if state is not None:
            self.photo_pane.setVisible(True)  # restored as it was saved: shown
            self.middle.restoreState(state)
        self.photo_pane.setVisible(self.settings.photo_pane)  # the state may hold another

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.settings.set_geometry("geometry", self.saveGeometry())
        self.settings.set_geometry("splitter", QByteArray(self.splitter.saveState()))
        if self.photo_pane.isVisibleTo(self):
            self._map_photos = QByteArray(self.middle.saveState())
        if self._map_photos is not None:  # the pane's size from when it was last shown
            self.settings.set_geometry("map_photos", self._map_photos)
        self.settings.sync()
        self.map.set_tile_source(None)
        self.tasks.cancel_all()  # an import stops after its current photo and keeps the rest
        if self.watcher is not None:
            self.watcher.close()
        if self.open_window is not None:
            self.open_window.close()
        super().closeEvent(event)

    # -- commands -----------------------------------------------------------------------------

    def start(self) -> None:
        """Read the cameras in the background (the warnings follow when their tab is shown)."""
        self.store.reset.connect(self.known.load)
        self.store.reset.connect(self.streets.refresh)
        self.changes.data_changed.connect(self.refresh_sync_status)
        self.store.reload()
        self.refresh_sync_status()
        self.show_review_if_reviewer()
        if not self.db.read_only:  # shows what other programs change in the survey
            self.watcher = SurveyWatcher(self.db, self.changes, self)
            self.watcher.gone.connect(self._survey_gone)

    def _survey_gone(self, away: Whereabouts) -> QMessageBox:
        """Say that the survey's file was moved or deleted while open, and where it is now
        (its edits so far are in it: the watcher wrote them there); offer to save a copy of
        one that was deleted, or whose place the system does not say."""
        path = self.db.path
        if away.now is not None:
            text = self.tr(
                "The survey file was moved while SurveyApp had it open. It is now at {now}, with "
                "every change saved so far. SurveyApp saves no more changes to it from here: "
                "open it where it is now (Settings, Survey database, then start SurveyApp "
                "again)."
            ).format(now=away.now)
        elif away.deleted:
            text = self.tr(
                "The survey file {path} was deleted while SurveyApp had it open. SurveyApp "
                "still holds it: save a copy now, or it is gone when SurveyApp closes. No "
                "change is saved until you open a copy."
            ).format(path=path)
        else:
            text = self.tr(
                "The survey file {path} was moved or deleted while SurveyApp had it open. "
                "SurveyApp saves no more changes to it; save a copy now if it was deleted."
            ).format(path=path)
        title = self.tr("Survey file deleted") if away.deleted else self.tr("Survey file moved")
        box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                          QMessageBox.StandardButton.Close, self)  # fmt: skip
        if away.now is None:
            save = box.addButton(self.tr("Save a copy…"), QMessageBox.ButtonRole.ActionRole)
            save.clicked.disconnect()  # the box stays open until a copy is saved or it is closed
            save.clicked.connect(lambda: self._save_copy(box))
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.show()
        self._keep(box)
        return box

    def _save_copy(self, box: QMessageBox) -> None:
        """Save a copy of a survey deleted while open, under a name it did not have (SurveyApp
        still uses the ``-wal`` and ``-shm`` beside the old one until it closes)."""
        assert self.watcher is not None
        path = self.db.path
        suggested = path.with_name(
            self.tr("{name} (saved copy)").format(name=path.stem) + path.suffix
        )
        chosen = save_file_name(
            box, self.tr("Save a copy of the survey"), str(suggested), "SQLite (*.sqlite *.db)"
        )
        if not chosen:
            return
        target = Path(chosen)
        if database_file_check_for(path)(target):  # by name or inode
            box.setInformativeText(
                self.tr("Choose another name: SurveyApp still uses {name} until it closes.").format(
                    name=path.name
                )
            )
            return
        try:
            target.unlink(missing_ok=True)  # the file dialog asked whether to replace it
            self.watcher.save_copy(target)
        except (OSError, sqlite3.Error) as error:
            box.setInformativeText(
                self.tr("The copy could not be saved: {error}").format(error=error)
            )
            return
        box.setInformativeText(
            self.tr(
                "Saved: {copy}. Its photos are in {library}: quit SurveyApp, give the copy the "
                "name {name} and open it."
            ).format(copy=target, library=self.db.library, name=path.name)
        )

    def show_review_if_reviewer(self, _result: object = None) -> ReviewPanel | None:
        """Add the Review tab once the server says (at a sync, from /me) that this laptop's
        user is a reviewer or an admin."""
        if self.review is None and not self.db.read_only:
            with self.db.read_session() as session:
                reviews = current_editor(session).reviews
            if reviews:
                self.review = ReviewPanel(
                    self.db.session, self.db.read_session, self.db.library, self.changes,
                    self.selection, self.tasks, self.settings,
                )  # fmt: skip
                self.review.pair_chosen.connect(self.map.show_apart)
                self.tabs.addTab(self.review, self.tr("Review"))
                self.review.refresh()
        return self.review

    def refresh_sync_status(self, _changed: object = None) -> None:
        """Show "N changes and M photos waiting" beside the Sync button, and the changes the
        server refused (no sync sends them: the Sync dialog says why and discards them)."""
        factory = self.db.read_session

        def read(_task: Task) -> tuple[int, int, int, int]:
            with factory() as session:
                changes, photos = waiting(session)
                teammates = sum(teammates_waiting(session).values())
                return changes, photos, teammates, refused_count(session)

        task = self.tasks.read("count waiting changes", read)
        task.finished.connect(self._show_sync_status)

    def _show_sync_status(self, counts: tuple[int, int, int, int]) -> None:
        changes, photos, teammates, refused = counts
        if not changes and not photos:
            text = self.tr("Nothing waiting to sync")
        else:  # grouped as the status bar groups its counts: 7,001 / 7 001 / 7.001
            text = (
                counted(self.tr("%n changes", "", changes), changes)
                + " · "
                + counted(self.tr("%n photos waiting", "", photos), photos)
            )
        if teammates:  # their copies are a teammate's laptop's to send: the Sync dialog says whose
            text += " · " + counted(
                self.tr("%n photos waiting for a teammate's laptop", "", teammates), teammates
            )
        if refused:
            text += " · " + counted(self.tr("%n refused", "", refused), refused)
        self.sync_status.setText(text)
        self.sync_status.setToolTip(
            self.tr(
                "The server refused some changes: no sync sends them again. Sync lists them "
                "with the reason; discarding one takes the server's values back."
            )
            if refused
            else ""
        )

    def fetch_photo(
        self, photo: PhotoView, failed: Callable[[PhotoView, str], None] | None = None
    ) -> Task | None:
        """Bring a teammate's photo's shared copy from the team's server (as `sync fetch`
        does), with the server this laptop last synced with and its token; the pane shows it
        once it is here, or ``failed`` (the pane's by default) says why not."""
        from surveyapp.sync.blobs import fetch_copy
        from surveyapp.sync.client import SyncClient, SyncError
        from surveyapp.sync.status import last_server
        from surveyapp.ui.sync_dialog import stored_token

        said = failed or self.photo_pane.fetch_failed

        with self.db.read_session() as session:
            server = last_server(session)
        if server is None:
            said(photo, self.tr("this laptop has not synced with the team's server yet"))
            return None
        token = stored_token(server)
        if not token:
            said(
                photo,
                self.tr(
                    "no token for {server}: sync from the Sync dialog first (Remember keeps it)"
                ).format(server=server),
            )
            return None
        factory, library = self.db.session_factory, self.db.library

        def fetch(_task: Task) -> None:
            with SyncClient(server, token) as client:
                fetch_copy(factory, library, client, photo.id)

        def not_fetched(error: object) -> None:
            reason = error.said if isinstance(error, SyncError) else str(error)
            said(photo, reason)

        task = self.tasks.network("fetch photo", fetch)
        task.finished.connect(lambda _done: self.panel.reload())
        task.failed.connect(not_fetched)
        return task

    def open_sync(self) -> SyncDialog:
        """Open the sync dialog (server, token, waiting changes, recent runs)."""
        dialog = SyncDialog(
            self.db.session_factory, self.db.read_factory, self.db.library, self.tasks,
            self.changes, self,
        )  # fmt: skip
        dialog.finished.connect(self.refresh_sync_status)
        dialog.finished.connect(self.show_review_if_reviewer)
        dialog.show()
        self._keep(dialog)
        return dialog

    def open_geotag(self) -> GeotagDialog:
        """Survey → Geotag from a GPS track…"""
        dialog = GeotagDialog(self.db.session, self.tasks, self.changes, self, basemap=self.map)
        self._keep(dialog)
        dialog.show()
        return dialog

    def open_blur_editor(self) -> BlurEditor | None:
        """Open the blur editor on the photo selected in the camera panel, else on the one
        shown large under the map (she looks at it: no thumbnail need be chosen)."""
        photos = self.panel.selected_photos()
        pane = self.photo_pane
        if not photos and pane.isVisibleTo(self) and 0 <= pane.index < len(pane.photos):
            photos = [pane.photos[pane.index].id]
        if not photos:
            self.show_error(self.tr("Select a photo in the camera panel first."))
            return None
        dialog = BlurEditor(
            self.db.session_factory, self.db.library, self.tasks, photos[0], self.changes, self,
            origin=self.editor.origin,
        )  # fmt: skip
        dialog.addActions([self.undo_action, self.redo_action])  # Ctrl+Z in the editor too
        self.editor.reverted.connect(dialog.reverted)
        dialog.show()
        self._keep(dialog)
        return dialog

    def _selection_changed(self, ids: tuple[str, ...]) -> None:
        self._offer_edits()
        if len(ids) == 1:
            row = self.store.row(ids[0])
            if (
                row is not None
                and row.located
                and not self.map.rect().contains(
                    self.map.screen_of(row.id).toPoint()  # type: ignore[union-attr]
                )
            ):
                self.map.centre_on(row.latitude, row.longitude)  # type: ignore[arg-type]

    def _offer_edits(self, _changed: object = None) -> None:
        """Offer the edits of the selected cameras the server will allow this volunteer
        (another's camera is looked at, not changed), again after any change (a split took
        her photos off a teammate's camera); the photos are checked when the operation runs."""
        ids = self.selection.ids
        with self.db.read_session() as session:
            editor = current_editor(session)
            # Her own photos may leave a teammate's camera (a reviewer merged them into it).
            splittable = len(ids) == 1 and may_split_off(session, ids[0])
        rows = [self.store.row(camera_id) for camera_id in ids]
        editable = all(row is None or editor.may_edit(row) for row in rows)
        self.merge_action.setEnabled(len(ids) > 1 and editable)
        self.delete_action.setEnabled(bool(ids) and editable)
        self.split_action.setEnabled(splittable)

    def refresh_undo(self, _changed: object = None) -> None:
        """Say in the Edit menu what Undo and Redo would take back or make again."""
        undo: str | None = None
        redo: str | None = None
        newest: history.Newest | None = None
        if not self.db.read_only:
            with self.db.read_session() as session:  # never waits for a writer (an import)
                undo, redo = history.available(
                    session, self.editor.origin, self.editor.open_elsewhere()
                )
                newest = history.newest(
                    session,
                    self.editor.origin,
                    self.editor.open_elsewhere(),
                    redo=self.editor.refused_by == "redo",
                )
        if newest is None or newest.step_id != self.editor.refused:
            self.editor.refused = None  # another edit or window since: Undo is Undo again
        self.undo_action.setEnabled(undo is not None)
        self.redo_action.setEnabled(redo is not None)
        self.undo_action.setText(
            self.tr("Undo {edit}").format(edit=label(undo)) if undo else self.tr("Undo")
        )
        self.redo_action.setText(
            self.tr("Redo {edit}").format(edit=label(redo)) if redo else self.tr("Redo")
        )
        if newest is not None and self.editor.refused is not None:
            # Just refused: the next Undo (Redo) sets it aside and takes the step after it.
            if self.editor.refused_by == "redo":
                action = self.redo_action
                text = (
                    self.tr("Set the {edit} aside and redo the {before}")
                    if newest.before
                    else self.tr("Set the {edit} aside")
                )
            else:
                action = self.undo_action
                text = (
                    self.tr("Set the {edit} aside and undo the {before}")
                    if newest.before
                    else self.tr("Set the {edit} aside")
                )
            action.setText(text.format(edit=label(newest.name), before=label(newest.before or "")))

    def _reverted(self, done: Reverted) -> None:
        text = (self.tr("Undone: {edit}") if done.backwards else self.tr("Redone: {edit}")).format(
            edit=label(done.name)
        )
        if done.set_aside:
            aside = (
                self.tr("Set aside: {edit} (it stays as it is).")
                if done.backwards
                else self.tr("Set aside: {edit} (it stays undone).")
            )
            text = aside.format(edit=label(done.set_aside)) + " " + text
        if not done.exact:
            text += " " + self.tr("(the server gets the change at the next sync)")
        self.message.setText("")
        self.statusBar().showMessage(text, 8000)

    def _count_changed(self, shown: int, total: int) -> None:
        self.statusBar().clearMessage()
        if total == 0 and self.store.loaded:
            self.statusBar().showMessage(
                self.tr(
                    "To start: Import photos (Ctrl+I) or drop a folder of photos on this window."
                )
            )

    def focus_search(self) -> None:
        """Put the cursor in the search box."""
        self.tabs.setCurrentWidget(self.table)
        self.table.search.setFocus()
        self.table.search.selectAll()

    def show_error(self, text: str) -> None:
        """Say what went wrong in the status bar (nothing was changed), once: in red, until the
        next edit is saved or undone (a passing message beside it had shown the same words
        twice, the first cut off on a laptop's screen)."""
        self.statusBar().clearMessage()
        self.message.setStyleSheet("color:#c0392b")
        self.message.setText(text)
        self.message.setToolTip(text)
        self.bar.remember(text)  # and kept with the last messages once it has gone

    def _saved(self, _name: str) -> None:
        self.message.setText("")  # an earlier refusal no longer describes the survey
        self.message.setToolTip("")
        self.statusBar().showMessage(self.tr("Saved"), 3000)

    def choose_import(self) -> None:
        """Ask for photos and folders (mixed) and import them."""
        chosen = photos_and_folders(self, self.tr("Import photos and folders"))
        if chosen:
            self.import_paths([Path(path) for path in chosen])

    def import_paths(self, paths: list[Path]) -> ImportDialog:
        """Import files and folders with the progress dialog (modal, but never blocking)."""
        dialog = ImportDialog(
            paths, self.db.session, self.db.library, self.tasks, self.changes,
            self.settings.volunteer or None, self,
        )  # fmt: skip
        dialog.setModal(True)
        dialog.show()
        self._keep(dialog)
        return dialog

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        urls: list[QUrl] = event.mimeData().urls()
        paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def export(self) -> ExportDialog:
        """Open the export dialog."""
        # Where she exported last (a USB stick): she retyped it at every export before.
        folder = self.settings.export_folder or Path.home()
        dialog = ExportDialog(
            self.db.read_session, self.db.library, self.tasks, folder, self,
            shown=[row.id for row in self.table.model.visible],
            selected=list(self.selection.ids),
            total=len(self.store.rows),
        )  # fmt: skip
        dialog.exported.connect(self._exported)
        dialog.show()
        self._keep(dialog)
        return dialog

    def _exported(self, path: Path) -> None:
        self.settings.export_folder = path.parent

    def merge_selected(self) -> None:
        """Merge the selected cameras into the first selected; asks first when they stand far
        apart (a wrong row ticked): the merged camera stands at their mean position."""
        ids = self.selection.ids
        if len(ids) < 2:
            return
        rows = [row for row in map(self.store.row, ids) if row is not None]
        spread = farthest_apart_m((row.latitude, row.longitude) for row in rows)
        if spread is not None and spread > FAR_APART_M:
            question = self.tr(
                "These cameras stand {distance} apart. Merged, the camera stands at their mean "
                "position. Merge them?"
            ).format(distance=distance_text(spread))
            if not self.confirm(question):
                return
        self.editor.merge(ids)

    def split_selected(self) -> None:
        """Split the photos selected in the panel into a new camera."""
        photos = self.panel.selected_photos()
        if photos:
            self.editor.split(photos)
        else:
            self.show_error(self.tr("Select the photos to split off in the camera panel first."))

    def confirm(self, question: str) -> bool:
        """Ask before something that cannot be undone here."""
        answer = QMessageBox.question(
            self, "SurveyApp", question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def delete_selected(self) -> None:
        """Delete the selected cameras after asking (kept as tombstones so the deletion syncs)."""
        ids = self.selection.ids
        if not ids:
            return
        count = len(ids)
        with self.db.read_session() as session:  # what she is asked about
            seen = live_photo_ids(session, ids)
        if self.confirm(
            self.tr("Delete %n camera(s) and their photos from the survey?", "", count)
        ):
            self.editor.delete(ids, seen)

    def show_photo_pane(self, shown: bool) -> None:
        """Camera → Show photos large: the photo pane under the map, or the map alone."""
        if not shown and self.photo_pane.isVisibleTo(self):
            self._map_photos = QByteArray(self.middle.saveState())
        self.photo_pane.setVisible(shown)
        self.photos_action.setChecked(shown)
        self.settings.photo_pane = shown

    def open_photo(self, photo: PhotoView) -> PhotoViewer:
        """Show a photo full size."""
        viewer = PhotoViewer(photo, self.tasks, self)
        viewer.show()
        self._keep(viewer)
        return viewer

    def open_settings(self, tab: int = 0) -> None:
        """Edit the settings; the basemap changes at once."""
        areas = self.map_menu.areas_widget()
        dialog = SettingsDialog(self.settings, self.db.path, self, areas)
        dialog.tabs.setCurrentIndex(tab)
        if dialog.exec():
            self.streets.refresh()  # street names may now be looked up online
        self.apply_settings()  # the areas changed at once, whatever the answer

    def open_vendor_guide(self) -> VendorGuide:
        """Help → Identifying a camera (not modal: it stays open beside the camera panel)."""
        guide = VendorGuide(self)
        guide.show()
        self._keep(guide)
        return guide

    def show_help(self) -> HelpGuide:
        """Help → Using SurveyApp: the guide, the shortcuts, where the data is."""
        guide = HelpGuide(self.actions(), self.db.path, self.db.library, self)
        guide.show()
        self._keep(guide)
        return guide

    def about(self) -> None:
        """Version and licence."""
        QMessageBox.about(self, self.tr("About SurveyApp"), about_text())

    def _keep(self, dialog: QDialog) -> None:
        # Owned by the window (its parent) while open, deleted by Qt once closed. An import
        # dialog cannot close while its import runs: closing it cancels the import first.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

    def window_icon(self) -> QIcon:
        """The icon shown in the title bar."""
        return self.style().standardIcon(QStyle.StandardPixmap.SP_ComputerIcon)


def about_text() -> str:
    """The about box: what, version, licence, data credits."""
    try:
        from importlib.metadata import version

        installed = version("surveyapp")
    except Exception:  # running from a checkout that is not installed
        installed = __version__
    what = QCoreApplication.translate(
        "about", "Map the surveillance cameras of a city from volunteers' photos."
    )
    licence = QCoreApplication.translate(
        "about", "Licence: {licence} (GNU General Public License, version 3 or later)."
    )
    data = QCoreApplication.translate("about", "Map data {attribution}, under the ODbL.")
    return (
        f"<h3>SurveyApp {installed}</h3><p>{what}</p>"
        f"<p>{licence.format(licence=LICENCE)}</p>"
        f"<p>{data.format(attribution=OSM_ATTRIBUTION)}</p>"
    )
