"""Make the README's screenshots of the desktop app from a demo survey.

    python3 scripts/screenshots.py [--out docs/screenshots] [--corpus ../shared/corpus]

The demo survey is built in a temporary folder through the app itself: the photo corpus (real
photos from many phones, some of them broken on purpose) and a short walk through Belgrade
(drawn photos of cameras with the GPS position, bearing and time a phone writes) are imported
with the import dialog; a few cameras are then identified as a volunteer would. Writes
main_window.png, map_cones.png, camera_panel.png and import_summary.png.

With ``--offline`` it makes the offline map's pictures instead: the real Monaco extract
(../shared/data/osm/monaco.osm.gz) added as an offline area, no network, cameras along its
streets; offline_city.png and offline_street.png (``_sr_Cyrl`` etc. appended for another
language: ``--language sr_Cyrl``). Runs offscreen.

With ``--review`` it makes camera_panel_review.png (``_sr_Cyrl`` etc. for another language):
the Belgrade walk on a reviewer's laptop, a camera's panel with the team's review list open.
Run it under a real X server to see the list as it pops up, e.g.
``QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1500x950x24" python3 scripts/screenshots.py
--review``: the picture is then the whole screen (ImageMagick's ``import -window root``).
"""

from __future__ import annotations

import argparse
import io
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from PIL import Image, ImageDraw  # noqa: E402
from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from surveyapp.app import install_language  # noqa: E402
from surveyapp.cameras.operations import set_fields  # noqa: E402
from surveyapp.db.database import Database, open_database  # noqa: E402
from surveyapp.ui.changes import Changes  # noqa: E402
from surveyapp.ui.main_window import MainWindow  # noqa: E402
from surveyapp.ui.settings import Settings  # noqa: E402
from surveyapp.ui.tasks import TaskRunner  # noqa: E402
from tests.factory import PhotoSpec, exif_entries, jpeg_with_app1, tiff_block  # noqa: E402

TERAZIJE = (44.8125, 20.4612)
START = datetime(2026, 5, 4, 10, 0)
# (metres east, metres north, bearing the phone pointed, what the volunteer identified)
STOPS: list[tuple[float, float, float, dict[str, str]]] = [
    (0, 0, 135, {"vendor": "Hikvision", "camera:type": "dome", "camera:mount": "wall",
                 "model": "DS-2CD2143G2-I", "vendor_confidence": "seen", "height": "4.5"}),
    (60, 25, 200, {"vendor": "Dahua", "camera:type": "fixed", "camera:mount": "pole",
                   "vendor_confidence": "shape"}),
    (115, 60, 310, {"vendor": "Huawei", "camera:type": "fixed", "camera:mount": "pole",
                    "surveillance": "public", "operator": "MUP Srbije"}),
    (170, 70, 90, {"camera:type": "dome", "camera:mount": "ceiling"}),
    (230, 40, 20, {"vendor": "EZVIZ", "camera:type": "fixed", "camera:mount": "wall"}),
    (250, -30, 250, {}),
    (190, -80, 165, {"vendor": "Hikvision", "camera:type": "panning",
                     "camera:mount": "street_lamp"}),
    (120, -110, 45, {"vendor": "axis", "camera:type": "dome"}),
    (40, -90, 280, {"camera:type": "fixed"}),
    (-30, -60, 100, {"vendor": "Dahua", "camera:type": "dome", "surveillance:zone": "shop"}),
    (-80, 10, 330, {"vendor": "Huawei", "camera:type": "fixed",
                    "surveillance:type": "ALPR", "surveillance:zone": "traffic"}),
    (-70, 80, 0, {}),
    (-10, 120, 210, {"vendor": "Hikvision", "camera:type": "fixed"}),
    (-5, 128, 215, {"vendor": "Hikvision", "camera:type": "fixed"}),  # a likely duplicate
]  # fmt: skip


def _moved(east: float, north: float) -> tuple[float, float]:
    lat = TERAZIJE[0] + north / 111_320
    lon = TERAZIJE[1] + east / (111_320 * math.cos(math.radians(TERAZIJE[0])))
    return lat, lon


def drawn_photo(bearing: float, seed: int, dome: bool) -> Image.Image:
    """A street scene with a camera on a wall: sky, facade, the housing and its lens."""
    image = Image.new("RGB", (800, 600), (168, 196, 222))
    draw = ImageDraw.Draw(image)
    shade = 150 + (seed * 23) % 60
    draw.rectangle((0, 190, 800, 600), fill=(shade, shade - 12, shade - 30))
    for row in range(230, 600, 90):
        for col in range(40 + (seed % 3) * 20, 800, 150):
            draw.rectangle((col, row, col + 70, row + 55), fill=(70, 86, 104))
    if dome:
        draw.rectangle((330, 250, 470, 270), fill=(225, 225, 225))
        draw.chord((340, 200, 460, 330), 0, 180, fill=(235, 235, 235), outline=(120, 120, 120))
        draw.ellipse((385, 262, 415, 292), fill=(25, 25, 30))
    else:
        draw.rectangle((420, 250, 450, 330), fill=(220, 220, 220))
        angle = math.radians(bearing % 60 - 30)
        draw.rounded_rectangle((300, 270, 470, 330), radius=18, fill=(240, 240, 240),
                               outline=(130, 130, 130), width=3)  # fmt: skip
        draw.ellipse((292, 282 + 6 * math.sin(angle), 326, 316), fill=(25, 25, 30))
    return image


def write_walk(folder: Path) -> None:
    """Two photos per stop, a few metres and seconds apart; one photo with no GPS."""
    folder.mkdir(parents=True, exist_ok=True)
    when = START
    for number, (east, north, bearing, fields) in enumerate(STOPS):
        if number == len(STOPS) - 1:
            when += timedelta(minutes=40)  # came back later: a second record of the same camera
        for shot in range(2):
            lat, lon = _moved(east + shot * 1.5, north + shot)
            spec = PhotoSpec(latitude=lat, longitude=lon, bearing=bearing + shot * 4,
                             taken=when, size=(800, 600))  # fmt: skip
            buffer = io.BytesIO()
            dome = fields.get("camera:type") == "dome"
            drawn_photo(bearing, number, dome).save(buffer, "JPEG", quality=88)
            ifd0, exif, gps = exif_entries(spec)
            data = jpeg_with_app1(buffer.getvalue(), tiff_block(ifd0, exif, gps, None))
            (folder / f"IMG_20260504_{when:%H%M%S}.jpg").write_bytes(data)
            when += timedelta(seconds=6)
        when += timedelta(minutes=3)
    buffer = io.BytesIO()
    drawn_photo(0, 99, True).save(buffer, "JPEG", quality=88)
    spec = PhotoSpec(latitude=None, longitude=None, taken=when, size=(800, 600))
    ifd0, exif, gps = exif_entries(spec)
    (folder / "IMG_indoors_no_gps.jpg").write_bytes(
        jpeg_with_app1(buffer.getvalue(), tiff_block(ifd0, exif, gps, None))
    )


def write_failures(folder: Path) -> None:
    """What an SD card also holds: an empty file from a failed copy, and a text file."""
    (folder / "IMG_copy_failed.jpg").write_bytes(b"")
    (folder / "notes.txt").write_text("camera on the corner of Kolarčeva, came back later\n")


def wait(app: QApplication, done: Callable[[], bool], timeout: float = 120) -> None:
    """Run the event loop until ``done()``."""
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting for the app")
        app.processEvents()
        time.sleep(0.01)


# Cameras in Monaco for the offline map's pictures: (latitude, longitude, direction, fields)
MONACO: list[tuple[float, float, int, dict[str, str]]] = [
    (43.73847, 7.42435, 120, {"vendor": "Hikvision", "camera:type": "dome"}),
    (43.73905, 7.42302, 200, {"vendor": "Dahua", "camera:type": "fixed"}),
    (43.73790, 7.42250, 60, {"camera:type": "fixed"}),
    (43.73730, 7.42120, 300, {"vendor": "Axis", "camera:type": "dome"}),
    (43.73985, 7.42475, 160, {"vendor": "Huawei", "camera:type": "fixed"}),
    (43.73640, 7.42380, 20, {}),
    (43.73555, 7.42180, 240, {"vendor": "Hikvision", "camera:type": "panning"}),
    (43.74060, 7.42650, 90, {"camera:type": "dome"}),
    (43.73700, 7.42600, 330, {"vendor": "Dahua", "camera:type": "dome"}),
    (43.74190, 7.42790, 180, {"vendor": "Bosch"}),
    (43.73450, 7.41980, 135, {"camera:type": "fixed"}),
    (43.73880, 7.42690, 270, {"vendor": "Hikvision", "camera:type": "fixed"}),
    (43.73325, 7.41860, 45, {}),
    (43.74390, 7.42940, 210, {"vendor": "Dahua", "camera:type": "fixed"}),
    (43.73960, 7.41990, 100, {"vendor": "Hikvision", "camera:type": "dome"}),
]  # fmt: skip


def open_window(app: QApplication, db: Database, root: Path) -> tuple[MainWindow, TaskRunner]:
    """The app's window on the demo survey, its settings in ``root``: no network (the offline
    map alone), offline areas in ``root/offline``; once its cameras are loaded."""
    settings = Settings(QSettings(str(root / "settings.ini"), QSettings.Format.IniFormat))
    settings.tile_url = ""
    settings.offline_folder = root / "offline"
    settings.volunteer = "demo"
    tasks = TaskRunner()
    window = MainWindow(db, settings, tasks, Changes(), tile_cache=root / "tiles")
    window.resize(1500, 900)
    window.show()
    window.start()
    wait(app, lambda: window.store.loaded)
    return window, tasks


def wait_for_tiles(app: QApplication, window: MainWindow) -> None:
    """Until the offline map's tiles in view are rendered."""

    def rendered() -> bool:
        window.map.repaint()
        return window.offline.idle

    wait(app, rendered)
    app.processEvents()


def offline_pictures(app: QApplication, out: Path, language: str, osm: Path) -> list[Path]:
    """The offline map of Monaco at city and street zoom, cameras on top, no network."""
    import uuid

    from surveyapp.basemap.prepare import prepare_extract
    from surveyapp.cameras.operations import current_survey
    from surveyapp.db.models import Camera

    suffix = "" if language == "en" else f"_{language}"
    with tempfile.TemporaryDirectory(prefix="surveyapp-offline-demo-") as tmp:
        root = Path(tmp)
        list(prepare_extract(osm / "monaco.osm.gz", root / "offline"))
        db = open_database(root / "demo.sqlite")
        with db.session() as session:
            survey = current_survey(session)
            ids = []
            for lat, lon, direction, _fields in MONACO:
                camera = Camera(id=uuid.uuid4(), survey=survey, latitude=lat, longitude=lon,
                                camera_direction=str(direction), position_source="exif",
                                extra_tags={})  # fmt: skip
                session.add(camera)
                ids.append(str(camera.id))
            session.flush()
            for camera_id, (_lat, _lon, _direction, fields) in zip(ids, MONACO, strict=True):
                if fields:
                    set_fields(session, camera_id, fields)
            session.commit()
        window, tasks = open_window(app, db, root)
        wait(app, lambda: sum(1 for r in window.store.rows if r.street) >= len(MONACO) - 3)
        window.table.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by street
        window.selection.set([ids[0]])
        paths = []
        for name, zoom in (("offline_city", 14.6), ("offline_street", 17.3)):
            window.map.centre_on(43.7385, 7.4240, zoom=zoom)
            wait_for_tiles(app, window)
            path = out / f"{name}{suffix}.png"
            window.grab().save(str(path))
            paths.append(path)
        window.close()
        tasks.wait()
        db.close()
    return paths


def identified_walk(app: QApplication, root: Path) -> tuple[MainWindow, TaskRunner, dict[int, str]]:
    """The Belgrade walk imported through the app and identified as a volunteer would; the
    window, and the camera id of each stop."""
    walk = root / "belgrade-walk"
    write_walk(walk)
    db = open_database(root / "demo.sqlite")
    window, tasks = open_window(app, db, root)
    dialog = window.import_paths([walk])
    wait(app, lambda: dialog.outcome is not None)
    wait(app, lambda: not tasks.busy)
    dialog.accept()
    rows = [r for r in window.store.rows if r.located]
    by_stop: dict[int, str] = {}
    for number, (east, north, _bearing, fields) in enumerate(STOPS):
        lat, lon = _moved(east, north)
        nearest = min(
            rows,
            key=lambda r: (r.latitude - lat) ** 2 + (r.longitude - lon) ** 2,  # type: ignore[operator]
        )
        by_stop[number] = nearest.id
        if fields:
            with db.session() as session:
                set_fields(session, nearest.id, fields)
                session.commit()
    return window, tasks, by_stop


def review_pictures(app: QApplication, out: Path, language: str) -> Path:
    """A reviewer's camera panel, the review list open: the whole X screen when there is one."""
    from surveyapp.cameras.review import set_review
    from surveyapp.db.models import SyncState

    suffix = "" if language == "en" else f"_{language}"
    path = out / f"camera_panel_review{suffix}.png"
    with tempfile.TemporaryDirectory(prefix="surveyapp-review-demo-") as tmp:
        window, tasks, by_stop = identified_walk(app, Path(tmp))
        db = window.db
        with db.session() as session:  # as a sync with a reviewer's token leaves it
            session.add(SyncState(server_url="https://cameras.example.org",
                                  user_name="reviewer-7f3a", role="reviewer"))  # fmt: skip
            session.flush()
            set_review(session, [by_stop[n] for n in (1, 2, 4, 6)], "verified")
            set_review(session, [by_stop[9]], "disputed")
            session.commit()
        window.changes.everything()
        wait(app, lambda: not tasks.busy)
        window.resize(1480, 920)
        window.move(0, 0)
        window.tabs.setCurrentIndex(0)
        window.selection.set([by_stop[2]])
        wait(app, lambda: window.panel.details is not None and window.panel.details.may_review)
        window.map.centre_on(TERAZIJE[0] + 0.0001, TERAZIJE[1] + 0.0011, zoom=17.6)
        wait_for_tiles(app, window)
        window.panel.review.showPopup()
        deadline = time.monotonic() + 1.0
        while time.monotonic() < deadline:  # the popup's animation, then its frame
            app.processEvents()
            time.sleep(0.02)
        if os.environ.get("DISPLAY") and app.platformName() == "xcb" and shutil.which("import"):
            subprocess.run(["import", "-window", "root", str(path)], check=True)
        else:
            window.grab().save(str(path))
        window.panel.review.hidePopup()
        window.close()
        tasks.wait()
        db.close()
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    parser.add_argument("--language", default="en", help="en, fr, sr_Latn or sr_Cyrl")
    parser.add_argument("--offline", action="store_true", help="the offline map's pictures")
    parser.add_argument("--osm", type=Path, default=REPO.parent / "shared" / "data" / "osm")
    parser.add_argument("--review", action="store_true", help="a reviewer's camera panel")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    install_language(app, args.language)  # as the app does at start-up
    if args.review:
        print(review_pictures(app, args.out, args.language))
        return 0
    if args.offline:
        for path in offline_pictures(app, args.out, args.language, args.osm):
            print(path)
        return 0
    with tempfile.TemporaryDirectory(prefix="surveyapp-demo-") as tmp:
        root = Path(tmp)
        walk = root / "belgrade-walk"
        write_walk(walk)
        write_failures(walk)
        db = open_database(root / "demo.sqlite")
        window, tasks = open_window(app, db, root)
        changes = window.changes

        sources = [walk]
        if (args.corpus / "photos").is_dir():
            sources.append(args.corpus / "photos")
        else:
            print(f"no corpus at {args.corpus}: the demo has the Belgrade walk only")
        dialog = window.import_paths(sources)
        wait(app, lambda: dialog.outcome is not None)
        wait(app, lambda: not tasks.busy)
        dialog.resize(700, 560)
        app.processEvents()
        dialog.grab().save(str(args.out / "import_summary.png"))
        dialog.accept()

        # Identify the Belgrade cameras as a volunteer would (one transaction each).
        rows = sorted((r for r in window.store.rows if r.located), key=lambda r: r.id)
        by_stop: dict[int, str] = {}
        for number, (east, north, _bearing, _fields) in enumerate(STOPS):
            lat, lon = _moved(east, north)
            nearest = min(
                rows,
                key=lambda r: (r.latitude - lat) ** 2 + (r.longitude - lon) ** 2,  # type: ignore[operator]
            )
            by_stop[number] = nearest.id
        for number, (_east, _north, _bearing, fields) in enumerate(STOPS):
            if fields:
                with db.session() as session:
                    set_fields(session, by_stop[number], fields)
                    session.commit()
        changes.everything()
        wait(app, lambda: not tasks.busy)
        time.sleep(0.5)
        wait(app, lambda: not tasks.busy)

        window.tabs.setCurrentIndex(0)
        window.table.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # identified first
        window.selection.set([by_stop[0]])
        window.map.centre_on(TERAZIJE[0] + 0.0001, TERAZIJE[1] + 0.0011, zoom=17.6)
        wait_for_tiles(app, window)
        window.panel.photos.item(1).setSelected(True)
        app.processEvents()
        window.grab().save(str(args.out / "main_window.png"))
        window.panel.photos.clearSelection()
        window.map.resize(820, 620)
        window.map.centre_on(TERAZIJE[0] + 0.0001, TERAZIJE[1] + 0.0011, zoom=17.8)
        wait_for_tiles(app, window)
        window.map.grab().save(str(args.out / "map_cones.png"))
        window.panel.resize(460, 900)
        app.processEvents()
        window.panel.grab().save(str(args.out / "camera_panel.png"))
        window.close()
        tasks.wait()
        db.close()
    for name in ("main_window", "map_cones", "camera_panel", "import_summary"):
        print(args.out / f"{name}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
