"""File dialogs that never open the files they list.

Qt's own file dialog asks its icon provider for each listed file's icon and type, and the stock
provider finds them with QMimeDatabase, which opens and reads every file it cannot place by its
name — the survey database, its ``-wal`` and its ``-shm`` among them — and closes it again.
Closing any descriptor of a file drops every POSIX lock the process holds on that file, SQLite's
included: another SurveyApp process then believes it is the database's last user, checkpoints
and deletes the ``-wal`` and ``-shm`` the app is still writing to, and the app's next edits go
to deleted files (docs/reliability.md). The platform's dialog can do the same in-process (GTK's
sniffs content types too), so every dialog here is Qt's, with an icon provider that goes by
file names only. Every file dialog of the app comes from this module; a test holds to that.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QFileInfo, QMimeDatabase, QModelIndex, QTimer
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFileIconProvider,
    QFileSystemModel,
    QLineEdit,
    QListView,
    QTreeView,
    QWidget,
)

from surveyapp import i18n
from surveyapp.ui.screen import fitted

_Option = QFileDialog.Option


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and type names from a file's name, never from its content."""

    def __init__(self) -> None:
        super().__init__()
        self._mimes = QMimeDatabase()

    def icon(self, what: Any) -> QIcon:  # both overloads: an IconType or a QFileInfo
        if not isinstance(what, QFileInfo):
            return super().icon(what)
        kind = QAbstractFileIconProvider.IconType
        if what.isDir():
            return super().icon(kind.Folder)
        fallback = super().icon(kind.File)
        mime = self._mimes.mimeTypeForFile(what.fileName(), QMimeDatabase.MatchMode.MatchExtension)
        return QIcon.fromTheme(mime.iconName(), fallback)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            # Qt's own "Folder" has no French translation (nor Serbian): ours, known without
            # reading the folder either.
            return QCoreApplication.translate("file_dialogs", "Folder")
        mime = self._mimes.mimeTypeForFile(info.fileName(), QMimeDatabase.MatchMode.MatchExtension)
        if i18n.active_language() == "sr_Latn":  # the system's Serbian names are in Cyrillic
            return i18n.serbian_latin(mime.comment())
        return mime.comment()


_providers: list[NameOnlyIconProvider] = []  # dialogs do not own their provider: kept here


def _speak(dialog: QFileDialog) -> None:
    """Translate the labels Qt 6.8+ words "&Look in:" and "Files of &type:": its own French
    translation still has them without the shortcut's "&" ("Look in:"), so the French dialog
    showed them in English (and Qt has no Serbian at all)."""
    label = QFileDialog.DialogLabel
    dialog.setLabelText(label.LookIn, QCoreApplication.translate("file_dialogs", "&Look in:"))
    dialog.setLabelText(
        label.FileType, QCoreApplication.translate("file_dialogs", "Files of &type:")
    )


def _roomy(dialog: QFileDialog) -> None:
    """Room for a folder of photos: Qt opens its dialog at about 640 × 410 with a name column of
    250 px and the size, type and date cut ("192…KiB", "im…EG", "Dernière modifica" in French).
    Here the dialog opens larger (less on a small screen), and each folder's columns are sized
    to what they hold once it is listed: the size, type and date whole, the name given the rest
    and at least its longest name (the dialog widens for it up to the screen's width)."""
    dialog.resize(fitted(dialog, 980, 600))
    tree = dialog.findChild(QTreeView, "treeView")
    model = dialog.findChild(QFileSystemModel)
    if tree is None or model is None:
        return
    header = tree.header()
    touched: list[bool] = [False]  # a column the volunteer resized stays as they left it
    fitting: list[bool] = [False]
    later = QTimer(dialog)
    later.setSingleShot(True)
    later.setInterval(50)  # types arrive a few at a time after the listing: fit once they have

    def fit() -> None:
        if touched[0] or not tree.isVisible():
            return
        fitting[0] = True
        try:
            others = 0
            for column in range(1, header.count()):
                if not header.isSectionHidden(column):
                    width = max(tree.sizeHintForColumn(column), header.sectionSizeHint(column))
                    header.resizeSection(column, width)
                    others += width
            name = max(tree.sizeHintForColumn(0), header.sectionSizeHint(0))
            missing = name - (tree.viewport().width() - others)
            if missing > 0:  # wider, as far as the screen allows; beyond, the list scrolls
                wider = fitted(dialog, dialog.width() + missing, dialog.height())
                dialog.resize(wider.width(), dialog.height())
            header.resizeSection(0, max(name, tree.viewport().width() - others))
        finally:
            fitting[0] = False

    def resized(_column: int, _old: int, _new: int) -> None:
        if not fitting[0] and header.underMouse():
            touched[0] = True

    def changed(top: QModelIndex, *_: object) -> None:
        if top.parent() == tree.rootIndex():
            later.start()

    later.timeout.connect(fit)
    header.sectionResized.connect(resized)
    model.directoryLoaded.connect(lambda _path: later.start())
    model.dataChanged.connect(changed)
    dialog.directoryEntered.connect(lambda _path: touched.__setitem__(0, False))


def _dialog(parent: QWidget | None, caption: str, directory: str, name_filter: str) -> QFileDialog:
    # Given a file, QFileDialog's constructor looks it up with the stock provider before ours
    # can be set: it gets the folder only, and the file is selected once ours is in place.
    # (The files of the folder are looked at later, from the event loop.)
    start = Path(directory) if directory else None
    folder = start if start is None or start.is_dir() else start.parent
    dialog = QFileDialog(parent, caption, str(folder) if folder else "", name_filter)
    if not _providers:
        _providers.append(NameOnlyIconProvider())
    dialog.setIconProvider(_providers[0])
    if sys.platform != "win32":  # Windows locks per handle: its own dialog is harmless there
        dialog.setOption(_Option.DontUseNativeDialog, True)
    _speak(dialog)
    _roomy(dialog)
    if start is not None and start != folder:
        dialog.selectFile(start.name)
    return dialog


def _run(dialog: QFileDialog) -> str:
    chosen = dialog.selectedFiles() if dialog.exec() else []
    dialog.deleteLater()
    return chosen[0] if chosen else ""


def open_file_name(
    parent: QWidget | None, caption: str, directory: str = "", name_filter: str = ""
) -> str:
    """Ask for an existing file; "" when cancelled."""
    dialog = _dialog(parent, caption, directory, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    return _run(dialog)


def save_file_name(
    parent: QWidget | None,
    caption: str,
    directory: str = "",
    name_filter: str = "",
    *,
    confirm_overwrite: bool = True,
) -> str:
    """Ask for a file to write; "" when cancelled."""
    dialog = _dialog(parent, caption, directory, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setOption(_Option.DontConfirmOverwrite, not confirm_overwrite)
    return _run(dialog)


def existing_directory(parent: QWidget | None, caption: str, directory: str = "") -> str:
    """Ask for a folder; "" when cancelled."""
    dialog = _dialog(parent, caption, directory, "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(_Option.ShowDirsOnly, True)
    return _run(dialog)


class _FilesAndFolders(QFileDialog):
    """Qt's dialog in "existing files" mode whose Accept also takes the selected folders.

    Qt's own dialog opens a selected folder instead of choosing it; here the selected files and
    folders are the answer (a double-click still opens a folder). With nothing selected, the
    folder shown is the answer: open a card's folder and press Import.
    """

    chosen: list[str]

    def _selected(self) -> list[str]:
        view = self.findChild(QListView, "listView")
        model = self.findChild(QFileSystemModel)
        if view is None or model is None or view.selectionModel() is None:
            return []
        rows = view.selectionModel().selectedRows(0)
        return [model.filePath(index) for index in rows]

    def accept(self) -> None:
        chosen = self._selected()
        typed = self.findChild(QLineEdit, "fileNameEdit")
        if not chosen and typed is not None and typed.text().strip():
            super().accept()  # a typed name: Qt resolves it (and opens a typed folder)
            return
        self.chosen = chosen or [self.directory().absolutePath()]
        QDialog.accept(self)


def photos_and_folders(parent: QWidget | None, caption: str, directory: str = "") -> list[str]:
    """Ask for photos and folders (several, mixed); [] when cancelled."""
    start = Path(directory) if directory else None
    dialog = _FilesAndFolders(parent, caption, str(start) if start else "")
    if not _providers:
        _providers.append(NameOnlyIconProvider())
    dialog.setIconProvider(_providers[0])
    dialog.setOption(_Option.DontUseNativeDialog, True)  # the platform's cannot mix the two
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    _speak(dialog)
    _roomy(dialog)
    label = QCoreApplication.translate("file_dialogs", "Import")
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, label)
    # Qt names the button "Open" while a folder is selected; here Accept imports it.
    buttons = dialog.findChild(QDialogButtonBox)
    accept = buttons.button(QDialogButtonBox.StandardButton.Open) if buttons else None
    view = dialog.findChild(QListView, "listView")
    typed = dialog.findChild(QLineEdit, "fileNameEdit")
    if accept is not None and view is not None and typed is not None:

        def relabel() -> None:
            accept.setText(label)
            accept.setEnabled(True)  # nothing selected: the folder shown

        view.selectionModel().selectionChanged.connect(relabel)
        typed.textChanged.connect(relabel)
        dialog.directoryEntered.connect(relabel)
        relabel()
    dialog.chosen = []
    accepted = dialog.exec()
    chosen = list(dialog.selectedFiles() if accepted and not dialog.chosen else dialog.chosen)
    dialog.deleteLater()
    return chosen if accepted else []
