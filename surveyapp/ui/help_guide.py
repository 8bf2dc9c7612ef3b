"""Help → Using SurveyApp: the volunteer's day in five short steps, the keyboard shortcuts, and
where the survey and its photo library are on this laptop."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from surveyapp.ui.screen import fitted


class HelpGuide(QDialog):
    """The guide (not modal: it can stay open beside the window)."""

    def __init__(
        self, actions: list[QAction], database: Path, library: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Using SurveyApp"))
        self.resize(fitted(self, 620, 640))
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(self.page(actions, database, library))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def page(self, actions: list[QAction], database: Path, library: Path) -> str:
        """The guide as HTML."""
        steps = [
            (self.tr("The walk"), self.tr(
                "Photograph each camera from where you can see it, pointing the phone at it: "
                "the photo keeps the position, the time and the direction the phone faced. "
                "Two or three photos of one camera, a few metres apart, are one camera here."
            )),
            (self.tr("The import"), self.tr(
                "Import photos… (or drop a card's folder on the window) copies the photos into "
                "the survey's library; photos already there are skipped, other files are "
                "counted and left alone. The summary lists what needs a look: photos without "
                "a position (place them by clicking the map), without a time, or damaged."
            )),
            (self.tr("Identifying"), self.tr(
                "Select a camera in the list or on the map and fill in what you saw: vendor, "
                "type, mount, direction. Type the model number printed on the label: the "
                "panel says which vendor it looks like. Vendor unknown is a valid answer."
            )),
            (self.tr("Syncing"), self.tr(
                "Sync… sends your cameras and photos to the team's server and brings back "
                "everyone else's. It can be stopped and run again at any time: nothing is lost "
                "or sent twice."
            )),
            (self.tr("Privacy"), self.tr(
                "Photos leave this laptop only through a sync you start, as copies without "
                "personal metadata; faces and licence plates can be blurred first (Camera → "
                "Blur before sharing…). Before a first sync, the window shows what will be "
                "shared."
            )),
        ]  # fmt: skip
        parts = [
            f"<h3>{html.escape(title)}</h3><p>{html.escape(text)}</p>" for title, text in steps
        ]
        keys = [
            (action.iconText().replace("&", "").rstrip("…"),  # not a menu text of the moment
             action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
            for action in actions
            if not action.shortcut().isEmpty()
        ]  # fmt: skip
        rows = "".join(
            f"<tr><td><b>{html.escape(key)}</b>&nbsp;&nbsp;</td><td>{html.escape(name)}</td></tr>"
            for name, key in keys
        )
        shortcuts = self.tr("Keyboard shortcuts")
        parts.append(f"<h3>{html.escape(shortcuts)}</h3><table>{rows}</table>")
        where = self.tr("The survey is the file {database}; its photos are in {library}.")
        data = self.tr("Where your data is")
        parts.append(f"<h3>{html.escape(data)}</h3>")
        parts.append(
            "<p>"
            + html.escape(where).format(
                database=f"<code>{html.escape(str(database))}</code>",
                library=f"<code>{html.escape(str(library))}</code>",
            )
            + "</p>"
        )
        return "".join(parts)
