"""The user's settings (QSettings) and the dialog that edits them.

Data folder / database file, map tile source (an XYZ URL template), an MBTiles file for offline
basemaps, the offline map's areas (added and removed at once), whether street names may be
looked up online, the volunteer's name (recorded as the author of imports), window geometry.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from surveyapp.basemap.geocode import NOMINATIM
from surveyapp.i18n import LANGUAGES
from surveyapp.ui.file_dialogs import open_file_name, save_file_name
from surveyapp.ui.tiles import OSM_URL, check_mbtiles


class Settings:
    """Typed access to QSettings."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings("SurveyApp", "SurveyApp")

    def _text(self, key: str, default: str = "") -> str:
        value = self.store.value(key, default)
        return str(value) if value is not None else default

    @property
    def database(self) -> Path | None:
        """The database file opened last (None on a first run)."""
        text = self._text("database")
        return Path(text) if text else None

    @database.setter
    def database(self, path: Path) -> None:
        self.store.setValue("database", str(path))

    @property
    def tile_url(self) -> str:
        """XYZ tile URL template; empty for no online tiles."""
        return self._text("map/tile_url", OSM_URL)

    @tile_url.setter
    def tile_url(self, url: str) -> None:
        self.store.setValue("map/tile_url", url.strip())

    @property
    def mbtiles(self) -> Path | None:
        """The offline basemap file, if one is chosen (it wins over the URL)."""
        text = self._text("map/mbtiles")
        return Path(text) if text else None

    @mbtiles.setter
    def mbtiles(self, path: Path | None) -> None:
        self.store.setValue("map/mbtiles", str(path) if path else "")

    @property
    def offline_folder(self) -> Path:
        """Where the offline map's areas and downloaded tiles are kept."""
        text = self._text("map/offline_folder")
        if text:
            return Path(text)
        return Path(platformdirs.user_data_dir("SurveyApp", appauthor=False)) / "offline-map"

    @offline_folder.setter
    def offline_folder(self, path: Path) -> None:
        self.store.setValue("map/offline_folder", str(path))

    @property
    def online_streets(self) -> bool:
        """Whether street names may be asked of OpenStreetMap's Nominatim (sends positions)."""
        return self._text("map/online_streets") in ("true", "1")

    @online_streets.setter
    def online_streets(self, allowed: bool) -> None:
        self.store.setValue("map/online_streets", "true" if allowed else "false")

    @property
    def nominatim(self) -> str:
        """The Nominatim server street names are asked of, as an address (https://host); no
        dialog sets it (a team may run its own)."""
        return self._text("map/nominatim", f"https://{NOMINATIM}") or f"https://{NOMINATIM}"

    @nominatim.setter
    def nominatim(self, address: str) -> None:
        self.store.setValue("map/nominatim", address.strip())

    @property
    def photo_pane(self) -> bool:
        """Whether the selected camera's photos show large under the map (the default)."""
        return self._text("window/photo_pane", "true") in ("true", "1")

    @photo_pane.setter
    def photo_pane(self, shown: bool) -> None:
        self.store.setValue("window/photo_pane", "true" if shown else "false")

    @property
    def export_folder(self) -> Path | None:
        """The folder of the last export (a USB stick's, say); None before the first or once
        it is gone."""
        text = self._text("export/folder")
        return Path(text) if text and Path(text).is_dir() else None

    @export_folder.setter
    def export_folder(self, path: Path) -> None:
        self.store.setValue("export/folder", str(path))

    @property
    def language(self) -> str | None:
        """The language chosen in settings (en, fr, sr_Latn, sr_Cyrl); None: the system's."""
        return self._text("language") or None

    @language.setter
    def language(self, code: str | None) -> None:
        self.store.setValue("language", code or "")

    @property
    def volunteer(self) -> str:
        """The volunteer's name or pseudonym, recorded as the author of what they import."""
        return self._text("volunteer")

    @volunteer.setter
    def volunteer(self, name: str) -> None:
        self.store.setValue("volunteer", name.strip())

    def geometry(self, key: str) -> QByteArray | None:
        """Saved window or splitter state."""
        value = self.store.value(f"window/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, key: str, value: QByteArray) -> None:
        """Remember window or splitter state."""
        self.store.setValue(f"window/{key}", value)

    def sync(self) -> None:
        """Write to disk now."""
        self.store.sync()


def _with_button(edit: QLineEdit, button: QPushButton) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(button)
    return box


def _note(text: str) -> QLabel:
    label = QLabel(f"<small>{text}</small>")
    label.setWordWrap(True)
    return label


class SettingsDialog(QDialog):
    """Edit the settings; a new database takes effect at the next start (said in the dialog).

    Its second tab, Offline map, lists the offline areas (changed at once) when the dialog is
    given the app's offline map.
    """

    def __init__(
        self,
        settings: Settings,
        current_db: Path,
        parent: QWidget | None = None,
        offline_areas: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        self.settings = settings
        self.database = QLineEdit(str(settings.database or current_db))
        browse_db = QPushButton(self.tr("Choose…"))
        browse_db.clicked.connect(self._choose_database)
        self.tile_url = QLineEdit(settings.tile_url)
        self.tile_url.setPlaceholderText(self.tr("empty: no online tiles (the offline map only)"))
        self.tile_url.setToolTip(self.tr("An XYZ template such as {url}").format(url=OSM_URL))
        self.mbtiles = QLineEdit(str(settings.mbtiles or ""))
        self.mbtiles.setPlaceholderText(self.tr("none: use the tile URL"))
        browse_tiles = QPushButton(self.tr("Choose…"))
        browse_tiles.clicked.connect(self._choose_mbtiles)
        self.volunteer = QLineEdit(settings.volunteer)
        self.volunteer.setPlaceholderText(self.tr("a name or pseudonym the team knows you by"))
        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "")
        for code, name in LANGUAGES.items():  # each language by its own name
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language or "")))
        self.error = QLabel()
        self.error.setStyleSheet("color:#c0392b")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Survey database"), _with_button(self.database, browse_db))
        form.addRow("", _note(self.tr("A different database opens at the next start.")))
        form.addRow(self.tr("Map tiles URL"), self.tile_url)
        form.addRow(self.tr("MBTiles basemap"), _with_button(self.mbtiles, browse_tiles))
        form.addRow(self.tr("Volunteer name"), self.volunteer)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", _note(self.tr("A new language shows at the next start.")))
        self.online_streets = QCheckBox(
            self.tr("Look up street names online (OpenStreetMap Nominatim)")
        )
        self.online_streets.setChecked(settings.online_streets)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        general = QWidget()
        general.setLayout(form)
        offline = QWidget()
        offline_layout = QVBoxLayout(offline)
        if offline_areas is not None:
            offline_layout.addWidget(offline_areas, 1)
        offline_layout.addWidget(self.online_streets)
        offline_layout.addWidget(
            _note(
                self.tr(
                    "Streets are found offline in the areas above. Online, each camera's "
                    "position is sent to nominatim.openstreetmap.org (once, at most one a "
                    "second): leave it off where that could put volunteers at risk."
                )
            )
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(offline, self.tr("Offline map"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _choose_database(self) -> None:
        path = save_file_name(
            self, self.tr("Survey database"), self.database.text(), "SQLite (*.sqlite *.db)",
            confirm_overwrite=False,
        )  # fmt: skip
        if path:
            self.database.setText(path)

    def _choose_mbtiles(self) -> None:
        path = open_file_name(self, self.tr("MBTiles basemap"), "", "MBTiles (*.mbtiles)")
        if path:
            self.mbtiles.setText(path)

    def accept(self) -> None:
        """Check and save; stays open with the reason when a value cannot be used."""
        mbtiles = self.mbtiles.text().strip()
        if mbtiles:
            problem = check_mbtiles(Path(mbtiles)) if Path(mbtiles).is_file() else (
                self.tr("no such file: {path}").format(path=mbtiles)
            )  # fmt: skip
            if problem:
                self.error.setText(problem)
                return
        url = self.tile_url.text().strip()
        if url and not (url.startswith(("http://", "https://")) and "{z}" in url):
            self.error.setText(self.tr("The tile URL must be http(s) with {z}, {x} and {y} in it."))
            return
        database = self.database.text().strip()
        if database:
            self.settings.database = Path(database).expanduser()
        self.settings.tile_url = url
        self.settings.mbtiles = Path(mbtiles) if mbtiles else None
        self.settings.volunteer = self.volunteer.text()
        self.settings.language = self.language.currentData() or None
        self.settings.online_streets = self.online_streets.isChecked()
        self.settings.sync()
        super().accept()
