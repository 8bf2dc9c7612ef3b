"""Help → Identifying a camera, and the vendor suggestion under the model field.

The guide's grammar tables come from the catalogue, so every model family a vendor's page lists
is the one the suggestion uses; the suggestion shows the ranked answer and applies nothing until
the volunteer clicks it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from surveyapp.app import install_language, uninstall_language
from surveyapp.db.models import Camera
from surveyapp.ui.main_window import MainWindow
from surveyapp.ui.vendor_guide import PAGES, SHAPES, VendorGuide
from surveyapp.vendors import load_catalogue
from tests.ui.conftest import run_import, wait_saved, write_photos
from tests.ui.test_languages import clipped, language, shots_folder  # noqa: F401 (a fixture)

TITLE = {
    "en": "Identifying a camera",
    "fr": "Identifier une caméra",
    "sr_Latn": "Prepoznavanje kamere",
    "sr_Cyrl": "Препознавање камере",
}


def open_guide(window: MainWindow) -> VendorGuide:
    """Open the guide as a volunteer does: the Help menu's entry."""
    help_menu = window.menuBar().actions()[-1].menu()  # the last menu, in every language
    assert isinstance(help_menu, QMenu) and window.guide_action in help_menu.actions()
    window.guide_action.trigger()
    guide = window.findChild(VendorGuide)
    assert guide is not None and guide.isVisible()
    return guide


def listed(guide: VendorGuide) -> list[str]:
    rows = (guide.list.item(i) for i in range(guide.list.count()))
    return [item.text().strip() for item in rows if item is not None]


def test_the_help_menu_opens_the_guide_with_the_covered_list_vendors_first(
    qtbot: QtBot, window: MainWindow
) -> None:
    guide = open_guide(window)
    assert guide.windowTitle() == "Identifying a camera"
    names = listed(guide)
    assert names[:5] == ["Start here", "FCC Covered List", "Huawei", "Hikvision", "Dahua"]
    others = names[names.index("Other common makers") + 1 :]
    common = {"Axis Communications", "Hanwha Vision", "Bosch Security", "Flock Safety"}
    assert common <= set(others)
    start = guide.text.toPlainText()
    assert "Vendor unknown is a valid answer" in start and "EZVIZ" in start


def test_each_page_summarises_the_grammar_the_suggestions_use(
    qtbot: QtBot, window: MainWindow
) -> None:
    guide = open_guide(window)
    catalogue = load_catalogue()
    for page in PAGES:
        guide.show_vendor(page.slug)
        vendor = catalogue.by_slug(page.slug)
        text = guide.text.toPlainText()
        assert guide.sketch.shapes == page.shapes
        assert text.startswith(vendor.name)
        assert (text.splitlines()[1].strip() == "FCC Covered List") == vendor.covered  # badge
        for family in vendor.models:  # the table is the catalogue's data, family by family
            assert family.family in text and family.examples[0] in text
            assert family.source.split(":")[0] in text
        for brand in vendor.brands:
            assert brand.name in text
    guide.show_vendor("huawei")
    text = guide.text.toPlainText()
    assert "M2141-10-EI" in text and "HOLOWITS" in text and "IPC6625-Z30" in text
    guide.show_vendor("")
    assert guide.sketch.shapes == ()


def test_the_guide_speaks_the_language_and_fits(
    language: str,  # noqa: F811
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
) -> None:
    guide = open_guide(window)
    assert guide.windowTitle() == TITLE[language]
    shots = shots_folder(tmp_path)
    assert guide.sketch.width() >= guide.sketch.sizeHint().width()
    metrics = guide.sketch.fontMetrics()
    cell = guide.sketch._cell()
    assert all(metrics.horizontalAdvance(QApplication.translate("VendorGuide", t)) < cell
               for t in SHAPES.values())  # fmt: skip
    for page in ("", *(p.slug for p in PAGES)):
        guide.show_vendor(page)
        assert clipped(guide) == [], page
    guide.show_vendor("huawei")
    guide.grab().save(str(shots / f"{language}_vendor_guide.png"))


def test_a_typed_model_shows_the_ranked_answer_and_applies_only_on_click(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    run_import(qtbot, window, [write_photos(tmp_path / "walk", 1)]).accept()
    # The list refreshes in the background after the import: select the camera once it is there.
    qtbot.waitUntil(lambda: window.table.model.rowCount() > 0, timeout=30000)
    window.table.view.selectRow(0)
    qtbot.waitUntil(lambda: window.panel.details is not None, timeout=30000)
    camera_id = uuid.UUID(window.table.model.visible[0].id)
    form = window.panel.form

    form.texts["model"].setText("m2140-efl (2.8mm)")
    assert form.suggestion.isVisibleTo(form) and form.suggestion.text() == "Use Huawei"
    lines = form.candidates.text().splitlines()
    assert lines[0] == "Looks like:"
    assert lines[1].startswith("Huawei — strong: model family") and "(FCC Covered List)" in lines[1]
    assert clipped(window.panel) == []
    with window.db.session() as session:  # typing applies nothing
        assert session.get_one(Camera, camera_id).vendor_slug is None

    # Ranked: the Uniview model is Uniview first, Huawei's looser IPC6xxx family after it.
    form.texts["model"].setText("IPC6322SR-X38UP-C")
    lines = form.candidates.text().splitlines()
    assert lines[1].startswith("Uniview — strong") and lines[2].startswith("Huawei — weak")
    assert form.suggestion.text() == "Use Uniview"

    # A rebrand: the name on the housing is offered, and clicking keeps it as the brand.
    form.texts["model"].setText("EZVIZ CS-C3N")
    assert form.suggestion.text() == "Use EZVIZ (Hikvision)"
    form.suggestion.click()
    wait_saved(qtbot, window)
    with window.db.session() as session:
        saved = session.get_one(Camera, camera_id)
        assert (saved.vendor_slug, saved.brand, saved.vendor_confidence) == (
            "hikvision",
            "EZVIZ",
            "seen",
        )
    qtbot.waitUntil(lambda: not form.suggestion.isVisibleTo(form), timeout=5000)
    assert not form.candidates.isVisibleTo(form)


FAMILY_NAMED = {"sr_Latn": "DS-2CD mrežna kamera", "fr": "caméra réseau DS-2CD"}


@pytest.fixture(params=sorted(FAMILY_NAMED))
def spoken(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The app in Serbian or French, installed before the window is made."""
    assert install_language(qapp, request.param) == request.param
    yield request.param
    uninstall_language(qapp)


def test_model_families_are_named_in_the_volunteers_language(
    spoken: str, qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """In Serbian the suggestion said "Hikvision — sigurno: porodica modela DS-2CD network
    camera" and the guide's table "IPC6000 series number", the catalogue's English."""
    run_import(qtbot, window, [write_photos(tmp_path / "walk", 1)]).accept()
    qtbot.waitUntil(lambda: window.table.model.rowCount() > 0, timeout=30000)
    window.table.view.selectRow(0)
    qtbot.waitUntil(lambda: window.panel.details is not None, timeout=30000)
    form = window.panel.form
    form.texts["model"].setText("DS-2CD2143G2-I")
    assert FAMILY_NAMED[spoken] in form.candidates.text()
    assert "network camera" not in form.candidates.text()
    guide = open_guide(window)
    guide.show_vendor("hikvision")
    page = guide.text.toPlainText()
    assert FAMILY_NAMED[spoken] in page
    for family in load_catalogue().by_slug("hikvision").models:  # the table, not its sources
        named = QApplication.translate("families", family.family)
        assert named in page
        assert named == family.family or family.family not in page, family.family
    assert clipped(guide) == []
