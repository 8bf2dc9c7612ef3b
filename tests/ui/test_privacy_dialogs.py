"""The blur editor and the "what will be shared" preview, on a real database and real pictures."""

from __future__ import annotations

import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from surveyapp.app import install_language, uninstall_language
from surveyapp.db.database import Database, open_database
from surveyapp.db.models import Camera, Photo
from surveyapp.photos.importer import import_photos
from surveyapp.photos.sharing import shareable_photo
from surveyapp.protocol.fields import REGISTRY
from surveyapp.sync.status import outgoing
from surveyapp.ui.blur_editor import BlurEditor
from surveyapp.ui.share_preview import SharePreviewDialog
from surveyapp.ui.tasks import TaskRunner, make_way
from tests.photos.test_sharing import FACE, NO_FACE, astronaut_jpeg, box_of, spread
from tests.ui.conftest import write_photos


def imported(db: Database, folder: Path) -> list[uuid.UUID]:
    with db.session() as session, session.begin():
        list(import_photos(session, [folder], db.library, workers=1))
    with db.session() as session:
        return list(session.scalars(select(Photo.id).order_by(Photo.file_name)))


@pytest.fixture
def astronaut(db: Database, tmp_path: Path) -> uuid.UUID:
    folder = tmp_path / "walk"
    folder.mkdir()
    (folder / "astronaut.jpg").write_bytes(astronaut_jpeg())
    return imported(db, folder)[0]


def editor_for(qtbot: QtBot, db: Database, tasks: TaskRunner, photo: uuid.UUID) -> BlurEditor:
    editor = BlurEditor(db.session_factory, db.library, tasks, photo)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.view is not None and editor.canvas.isEnabled(), timeout=10000)
    assert editor.help_text.isVisible() and editor.legend.isVisible()  # her own photo
    return editor


def widget_point(editor: BlurEditor, x: float, y: float) -> QPoint:
    """A pixel of the 512 × 512 picture, in the canvas's coordinates."""
    area = editor.canvas.image_rect()
    return QPointF(
        area.left() + x / 512 * area.width(), area.top() + y / 512 * area.height()
    ).toPoint()


def wait_done(qtbot: QtBot, editor: BlurEditor) -> None:
    qtbot.waitUntil(lambda: editor.task is not None and not editor.task.running, timeout=10000)


def test_drag_blurs_and_click_leaves_a_face_sharp_and_both_are_kept(
    qtbot: QtBot, db: Database, tasks: TaskRunner, astronaut: uuid.UUID, tmp_path: Path
) -> None:
    original = (tmp_path / "walk" / "astronaut.jpg").read_bytes()
    editor = editor_for(qtbot, db, tasks, astronaut)
    assert editor.view is not None
    assert any(b.overlaps(box_of(FACE)) for b in editor.view.detected)  # the face is outlined
    canvas = editor.canvas
    left, top, right, bottom = NO_FACE
    start, end = widget_point(editor, left, top), widget_point(editor, right, bottom)
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(canvas, end)
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)
    wait_done(qtbot, editor)
    assert len(editor.view.added) == 1
    face_centre = widget_point(editor, (FACE[0] + FACE[2]) / 2, (FACE[1] + FACE[3]) / 2)
    QTest.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=face_centre)
    wait_done(qtbot, editor)
    # The face is found twice: both detections show as left sharp, none is left unshown.
    assert editor.view.removed and not editor.view.detected
    assert all(b.overlaps(box_of(FACE)) for b in editor.view.removed)
    editor.grab().save(str(tmp_path / "blur_editor.png"))
    editor.close()
    tasks.wait()
    db.close()

    reopened = open_database(tmp_path / "survey.sqlite")
    try:
        with reopened.session() as session:
            shared = shareable_photo(session, reopened.library, astronaut).jpeg
    finally:
        reopened.close()
    assert spread(shared, NO_FACE) < spread(original, NO_FACE) * 0.6  # blurred by hand
    assert spread(shared, FACE) == pytest.approx(spread(original, FACE), rel=0.1)  # left sharp


def test_clicking_a_removed_region_blurs_it_again(
    qtbot: QtBot, db: Database, tasks: TaskRunner, astronaut: uuid.UUID
) -> None:
    editor = editor_for(qtbot, db, tasks, astronaut)
    assert editor.view is not None
    face = next(b for b in editor.view.detected if b.overlaps(box_of(FACE)))
    centre = editor.canvas.to_widget(face).center().toPoint()
    QTest.mouseClick(editor.canvas, Qt.MouseButton.LeftButton, pos=centre)
    wait_done(qtbot, editor)
    assert editor.view.removed and not editor.view.detected
    QTest.mouseClick(editor.canvas, Qt.MouseButton.LeftButton, pos=centre)
    wait_done(qtbot, editor)
    assert not editor.view.removed
    assert any(b.overlaps(box_of(FACE)) for b in editor.view.detected)


def test_the_preview_lists_what_sync_would_send(
    qtbot: QtBot, db: Database, tasks: TaskRunner, astronaut: uuid.UUID, tmp_path: Path
) -> None:
    imported(db, write_photos(tmp_path / "more", 2))
    dialog = SharePreviewDialog(db.session_factory, db.read_factory, db.library, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=10000)
    qtbot.waitUntil(lambda: len(dialog.previews) == 3, timeout=20000)
    with db.session() as session:
        expected = outgoing(session)
    assert dialog.summary is not None
    assert dialog.summary.outgoing == expected
    rows = [dialog.fields.topLevelItem(i) for i in range(dialog.fields.topLevelItemCount())]
    shown: dict[str, int] = {}
    for row in rows:
        assert row is not None
        shown[row.text(1)] = shown.get(row.text(1), 0) + int(row.text(2))
    assert shown == expected.fields and len(shown) > 5
    # People's words, one meaning each: never a column name, never "camera height; photo…".
    labels = [row.text(0) for row in rows if row is not None]
    assert all("_" not in label and ";" not in label for label in labels), labels
    assert "photo: height in pixels" in labels
    every = {(f.record, f.name) for f in REGISTRY}
    assert every <= set(dialog._labels()), every - set(dialog._labels())
    assert "3 photos" in dialog.photos.text() and expected.photos == 3
    faces = {p.file_name: p.faces for p in dialog.previews}
    assert faces["astronaut.jpg"] >= 1
    assert dialog.thumbnails.count() == 3
    texts = [dialog.thumbnails.item(i).text() for i in range(3)]
    astronaut_text = next(text for text in texts if text.startswith("astronaut.jpg"))
    assert "regions blurred" in astronaut_text or "region blurred" in astronaut_text
    dialog.grab().save(str(tmp_path / "share_preview.png"))
    dialog.reject()


def test_a_command_run_while_the_preview_makes_its_copies_does_not_wait_for_it(
    qtbot: QtBot, db: Database, tasks: TaskRunner, tmp_path: Path
) -> None:
    """The preview only reads: it never holds the survey's write lock (a command beside it
    waited until every copy was made, and failed with "database is locked" after a minute on a
    walk of more than about sixty photos)."""
    imported(db, write_photos(tmp_path / "walk", 12))
    with db.session() as session:
        camera_id = str(session.scalars(select(Camera.id)).first())
    dialog = SharePreviewDialog(db.session_factory, db.read_factory, db.library, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.task is not None, timeout=10000)
    assert dialog.task is not None
    # Hold the copies half-made (background steps pause while the map is moved), as a walk
    # of a few hundred photos is for minutes.
    paused: list[bool] = []

    def pause(_preview: object) -> None:
        if not paused:
            paused.append(True)
            make_way(120)

    dialog.task.progress.connect(pause)
    qtbot.waitUntil(lambda: len(dialog.previews) >= 1, timeout=20000)
    try:
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-m", "surveyapp", "--db", str(db.path),
             "camera", "set", camera_id, "notes=seen from the bridge"],
            capture_output=True, text=True, timeout=40,
        )  # fmt: skip
        took = time.monotonic() - started
    except subprocess.TimeoutExpired:
        pytest.fail("the command waited for the preview to finish making its copies")
    finally:
        make_way(0)
    assert done.returncode == 0, done.stderr
    assert took < 20, took
    assert len(dialog.previews) < 12  # the copies were still being made meanwhile
    qtbot.waitUntil(lambda: len(dialog.previews) == 12, timeout=30000)
    with db.read_session() as session:
        camera = session.get_one(Camera, uuid.UUID(camera_id))
        assert camera.notes == "seen from the bridge"
    dialog.reject()


def shown_fields(qtbot: QtBot, db: Database, tasks: TaskRunner) -> dict[str, int]:
    """The preview's list of fields: each label and the number of changes giving it."""
    dialog = SharePreviewDialog(db.session_factory, db.read_factory, db.library, tasks)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=10000)
    assert dialog.summary is not None
    photos = len(dialog.summary.photo_ids)  # its copies made before it closes
    qtbot.waitUntil(lambda: len(dialog.previews) == photos, timeout=20000)
    rows = [dialog.fields.topLevelItem(i) for i in range(dialog.fields.topLevelItemCount())]
    dialog.reject()
    return {row.text(0): int(row.text(2)) for row in rows if row is not None}


def test_the_preview_names_the_fields_and_an_unreadable_original_in_the_apps_language(
    qtbot: QtBot, qapp: QApplication, db: Database, tasks: TaskRunner, tmp_path: Path
) -> None:
    """In a French or Serbian app the preview names each field in that language, and says so
    of a photo whose original is gone, and to import its file again (before: "camera:
    direction", "original unreadable: [Errno 2] No such file or directory: '…'" whatever the
    language; then "original illisible : fichier introuvable : '…'", without what to do)."""
    imported(db, write_photos(tmp_path / "walk", 2))
    with db.session() as session:
        photo = session.scalars(select(Photo).order_by(Photo.file_name)).first()
        assert photo is not None
        name, original = photo.file_name, db.library / photo.library_path
    original.unlink()
    english = _english_labels(qtbot, db, tasks)
    for language, position, reason in [
        ("fr", "caméra : position (latitude)",
         f"{name} : ne peut pas être partagée (photo {name} : son original manque dans la "
         f"bibliothèque ({original}) : importez de nouveau son fichier pour le remettre en "
         "place)"),
        ("sr_Latn", "kamera: položaj (geografska širina)",
         f"{name}: ne može da se podeli (fotografija {name}: njen original nedostaje u "
         f"biblioteci ({original}): ponovo uvezite njenu datoteku da biste ga vratili)"),
    ]:  # fmt: skip
        assert install_language(qapp, language) == language
        try:
            dialog = previewed(qtbot, db, tasks, 2)
            labels = dialog._labels()
        finally:
            uninstall_language(qapp)
        rows = [dialog.fields.topLevelItem(i) for i in range(dialog.fields.topLevelItemCount())]
        shown = [row.text(0) for row in rows if row is not None]
        assert position in shown, shown
        # Every one of the 46 labels is translated, not only the one this walk shows.
        untranslated = [text for key, text in labels.items() if text == english[key]]
        assert not untranslated, untranslated
        texts = [dialog.thumbnails.item(i).text() for i in range(dialog.thumbnails.count())]
        assert reason in texts, texts
        dialog.reject()


def previewed(qtbot: QtBot, db: Database, tasks: TaskRunner, photos: int) -> SharePreviewDialog:
    """The preview once it has counted the fields and gone through its ``photos`` photos."""
    dialog = SharePreviewDialog(db.session_factory, db.read_factory, db.library, tasks)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=10000)
    qtbot.waitUntil(lambda: len(dialog.previews) == photos, timeout=20000)
    return dialog


def _english_labels(qtbot: QtBot, db: Database, tasks: TaskRunner) -> dict[tuple[str, str], str]:
    dialog = previewed(qtbot, db, tasks, 2)
    labels = dialog._labels()
    dialog.reject()
    return labels


def test_the_preview_lists_only_the_fields_that_carry_something(
    qtbot: QtBot, db: Database, tasks: TaskRunner, tmp_path: Path
) -> None:
    """A new camera's first upsert names every field, most of them empty: the preview listed
    "your notes", "operator", "model", "mounting height"… for a walk that gave none of them."""
    imported(db, write_photos(tmp_path / "walk", 3))
    shown = shown_fields(qtbot, db, tasks)
    assert shown["camera: position (latitude)"] == 3 and shown["photo: file name"] == 3
    for empty in ("camera: your notes", "camera: operator", "camera: model",
                  "camera: mounting height (m)", "camera: brand on the housing",
                  "camera: extra OSM tags", "camera: cameras found not to be the same",
                  "survey: time zone"):  # fmt: skip
        assert empty not in shown, shown
    # The shared copies are made by the sync, after the preview: they leave all the same.
    for copy in ("photo: fingerprint of the shared copy", "photo: size of the shared copy",
                 "photo: small preview of the shared copy"):  # fmt: skip
        assert shown[copy] == 3, shown
    with db.session() as session, session.begin():
        first = session.scalars(select(Camera).order_by(Camera.latitude)).first()
        assert first is not None
        first.notes = "white dome above the bakery's door"
        first.operator = "City of Belgrade"
    shown = shown_fields(qtbot, db, tasks)
    assert shown["camera: your notes"] == 1 and shown["camera: operator"] == 1
    assert "camera: model" not in shown
