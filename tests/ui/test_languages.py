"""The desktop app in each of its four languages: the texts are translated, dates and numbers
follow the language, and no translated text is cut off (main window, camera panel, settings,
export, import summary, about box).

Screenshots of every window go to the test's tmp folder, or to ``$SURVEYAPP_SCREENSHOTS`` when
set, to be looked at by a person: a test can say that a text fits, not that it reads well.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabBar,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from surveyapp.app import install_language, uninstall_language
from surveyapp.ui.export_dialog import ExportDialog
from surveyapp.ui.import_dialog import ImportDialog
from surveyapp.ui.main_window import MainWindow
from surveyapp.ui.settings import Settings, SettingsDialog
from tests.factory import PhotoSpec, make_jpeg
from tests.ui.conftest import run_import, write_photos

# A text of each window in each language: what the volunteer should read.
EXPECTED = {
    "en": {
        "tab": "Cameras",
        "settings": "Settings",
        "export": "Export",
        "headline": "5 photos imported into 5 new cameras",
        "count": "5 cameras",
        "about": "About SurveyApp",
        "vendor_row": "Vendor",
        "covered": "FCC Covered List",
        "ok": "OK",
        "warning": "Cameras without a position (1)",
    },
    "fr": {
        "tab": "Caméras",
        "settings": "Réglages",
        "export": "Exporter",
        "headline": "5 photos importées dans 5 nouvelles caméras",
        "count": "5 caméras",
        "about": "À propos de SurveyApp",
        "vendor_row": "Fabricant",
        "covered": "Liste noire FCC",
        "ok": "OK",
        "warning": "Caméras sans position (1)",
    },
    "sr_Latn": {
        "tab": "Kamere",
        "settings": "Podešavanja",
        "export": "Izvezi",
        "headline": "5 fotografija uvezeno u 5 novih kamera",
        "count": "5 kamera",
        "about": "O programu SurveyApp",
        "vendor_row": "Proizvođač",
        "covered": "FCC crna lista",
        "ok": "U redu",
        "warning": "Kamere bez položaja (1)",
    },
    "sr_Cyrl": {
        "tab": "Камере",
        "settings": "Подешавања",
        "export": "Извези",
        "headline": "5 фотографија увезено у 5 нових камера",
        "count": "5 камера",
        "about": "О програму SurveyApp",
        "vendor_row": "Произвођач",
        "covered": "FCC црна листа",
        "ok": "У реду",
        "warning": "Камере без положаја (1)",
    },
}
DECIMAL = {"en": "1.5", "fr": "1,5", "sr_Latn": "1,5", "sr_Cyrl": "1,5"}
DAY = dict.fromkeys(("en", "fr", "sr_Latn", "sr_Cyrl"), "2026-05-04")  # one way in every language


@pytest.fixture(params=sorted(EXPECTED))
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The app in one language, as the start-up installs it; English again afterwards."""
    assert install_language(qapp, request.param) == request.param
    yield request.param
    uninstall_language(qapp)


def shots_folder(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("SURVEYAPP_SCREENSHOTS") or tmp_path / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _text(widget: QWidget) -> str:
    if isinstance(widget, QLabel | QAbstractButton):
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    return ""


def clipped(top: QWidget, exempt: tuple[QWidget, ...] = ()) -> list[str]:
    """The visible texts of ``top`` that do not fit the space their widget was given."""
    for _ in range(3):  # let the layouts take in the last text changes
        QApplication.processEvents()
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible() or any(w is widget or w.isAncestorOf(widget) for w in exempt):
            continue
        if isinstance(widget, QHeaderView):
            model = widget.model()
            for i in range(widget.count()):
                if widget.isSectionHidden(i) or model is None:
                    continue
                title = model.headerData(i, widget.orientation())
                if widget.sectionSizeHint(i) > widget.sectionSize(i):
                    found.append(f"column {title!r} needs {widget.sectionSizeHint(i)} px")
            continue
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.tabSizeHint(i).width() > widget.tabRect(i).width():
                    found.append(f"tab {widget.tabText(i)!r}")
            continue
        text = _text(widget)
        if not text.strip():
            continue
        width = widget.width()
        if isinstance(widget, QLabel):
            inner = widget.contentsRect().width() - 2 * widget.margin() - max(widget.indent(), 0)
            if widget.wordWrap():
                # A wrapped label needs the height its text takes at its width.
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    found.append(f"label {text!r} needs {needed} px high, has {widget.height()}")
                continue
            plain = "<" not in text and "\n" not in text
            needed = (
                widget.fontMetrics().horizontalAdvance(text)
                if plain
                else widget.minimumSizeHint().width()
            )
            if needed > (inner if plain else width):
                found.append(f"label {text!r} needs {needed} px, has {inner}")
        elif isinstance(widget, QAbstractButton | QGroupBox):
            # QToolButtons in a toolbar would go to its overflow menu, not be clipped.
            needed = widget.sizeHint().width()
            if needed > width and not isinstance(widget, QToolButton):
                found.append(f"{type(widget).__name__} {text!r} needs {needed} px, has {width}")
        if isinstance(widget, QToolButton) and widget.sizeHint().width() > width:
            found.append(f"tool button {text!r} needs {widget.sizeHint().width()} px")
        cut = _cut_by(widget, top)
        if cut:
            found.append(f"{type(widget).__name__} {text!r} runs {cut} px past the right edge")
    return found


def _cut_by(widget: QWidget, top: QWidget) -> int:
    """How many pixels of ``widget`` a parent cuts off on the right (Qt clips every child to its
    parent): 0 when it shows whole, or when it sits in a view the volunteer can scroll sideways."""
    worst, child, parent = 0, widget, widget.parentWidget()
    while parent is not None and child is not top:
        area = parent.parentWidget()
        if (
            isinstance(area, QAbstractScrollArea)
            and parent is area.viewport()
            and area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        ):
            return 0  # scrolls sideways: nothing is out of reach
        right = widget.mapTo(parent, widget.rect().topRight()).x() + 1
        worst = max(worst, right - parent.width())
        child, parent = parent, parent.parentWidget()
    return worst


def test_every_window_speaks_the_language_and_fits(
    language: str, qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    expected = EXPECTED[language]
    shots = shots_folder(tmp_path)
    # The window was made after the language was installed, as at start-up.
    assert window.tabs.tabText(0) == expected["tab"]
    assert QLocale().toString(1.5) == DECIMAL[language]

    # Import: the summary, in the language, with its plurals (Serbian: 2 → "nove kamere").
    # Serbian's third plural form (5), an error and a photo without position for the summary.
    folder = write_photos(tmp_path / "walk", 4)
    (folder / "lost.jpg").write_bytes(make_jpeg(PhotoSpec(latitude=None, longitude=None), 9))
    (folder / "notes.jpg").write_bytes(b"not a photo")
    dialog: ImportDialog = run_import(qtbot, window, [folder])
    dialog.resize(dialog.sizeHint())
    qtbot.waitUntil(lambda: dialog.summary.isVisible(), timeout=5000)
    assert dialog.summary.headline.text() == expected["headline"]
    dialog.grab().save(str(shots / f"{language}_import_summary.png"))
    assert clipped(dialog) == []
    dialog.accept()

    # The main window with the camera panel filled.
    window.table.view.selectRow(0)
    qtbot.waitUntil(lambda: window.panel.details is not None, timeout=5000)
    window.panel.form.covered.setText(expected["covered"])  # the longest badge text
    window.panel.form.covered.setVisible(True)
    assert window.table.count.text() == expected["count"]
    photo = window.panel.photos.item(0)
    assert photo is not None and DAY[language] in photo.toolTip()  # the capture date
    form = window.panel.form
    rows = form.layout()
    assert isinstance(rows, QFormLayout)
    item = rows.itemAt(0, QFormLayout.ItemRole.LabelRole)
    vendor_label = item.widget() if item is not None else None
    assert isinstance(vendor_label, QLabel) and vendor_label.text() == expected["vendor_row"]
    form.texts["model"].setText("M2140-EFL")  # the model suggestion and candidates appear
    assert form.suggestion.isVisibleTo(form)
    window.grab().save(str(shots / f"{language}_main_window.png"))
    window.panel.grab().save(str(shots / f"{language}_camera_panel.png"))
    # The map paints its own texts; the camera title and the import path elide by design.
    assert clipped(window, exempt=(window.map,)) == []

    # The warnings tab: the camera without a position.
    window.tabs.setCurrentWidget(window.warnings)
    tree = window.warnings.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0, timeout=5000)
    group = tree.topLevelItem(0)
    assert group is not None and group.text(0) == expected["warning"]
    window.grab().save(str(shots / f"{language}_warnings.png"))
    assert clipped(window, exempt=(window.map,)) == []

    # Settings: the standard buttons too (Qt's own translation, or ours for Serbian).
    settings = SettingsDialog(window.settings, window.db.path, window)
    qtbot.addWidget(settings)
    settings.show()
    assert settings.windowTitle() == expected["settings"]
    buttons = settings.findChild(QDialogButtonBox)
    assert buttons is not None
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None and ok.text().replace("&", "") == expected["ok"]
    settings.grab().save(str(shots / f"{language}_settings.png"))
    assert clipped(settings) == []
    settings.reject()

    export: ExportDialog = window.export()
    assert export.export_button.text() == expected["export"]
    export.grab().save(str(shots / f"{language}_export.png"))
    assert clipped(export) == []
    export.reject()

    # About: a modal box, looked at and closed from the event loop.
    seen: list[str] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.windowTitle())
        box.grab().save(str(shots / f"{language}_about.png"))
        seen.extend(clipped(box))
        box.accept()

    QTimer.singleShot(50, look)
    window.about()
    assert seen == [expected["about"]]


def test_the_language_chosen_in_settings_is_used_at_the_next_start(
    qtbot: QtBot, qapp: QApplication, settings: Settings, tmp_path: Path
) -> None:
    dialog = SettingsDialog(settings, tmp_path / "survey.sqlite")
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names[1:] == ["English", "Français", "Srpski (latinica)", "Српски (ћирилица)"]
    dialog.language.setCurrentIndex(dialog.language.findData("sr_Latn"))
    dialog.accept()
    assert settings.language == "sr_Latn"
    try:
        assert install_language(qapp, settings.language) == "sr_Latn"
        assert QCoreApplication.translate("MainWindow", "Cameras") == "Kamere"
    finally:
        uninstall_language(qapp)
    assert QCoreApplication.translate("MainWindow", "Cameras") == "Cameras"


# The button that opens a message box's details, in each language.
DETAILS = {
    "en": "Show Details...",
    "fr": "Montrer les détails…",
    "sr_Latn": "Prikaži detalje…",
    "sr_Cyrl": "Прикажи детаље…",
}


def test_a_message_boxs_details_button_speaks_the_language(language: str, qtbot: QtBot) -> None:
    """The damaged survey's dialog, as every message box with details: Qt has no Serbian for
    its details button, so the app gives it (before: "Show Details..." in English beside
    "Vrati rezervnu kopiju")."""
    box = QMessageBox(QMessageBox.Icon.Warning, "SurveyApp", "?")
    box.setDetailedText("…")
    qtbot.addWidget(box)
    box.show()
    texts = [button.text() for button in box.findChildren(QPushButton)]
    assert DETAILS[language] in texts, texts
