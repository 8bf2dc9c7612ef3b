"""Counts per street and district on the public map: the server names each published camera's
street and district from the offline map area the coordinator gives it (the real Monaco
extract, prepared as the desktop app prepares it), the same street the laptop's list shows;
never for an unverified camera. In the JSON, on the command line, and in a real browser."""

from __future__ import annotations

import subprocess
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from surveyapp.basemap import geometry, store
from surveyapp.basemap.store import STREETS, Kind, Store
from surveyapp.basemap.streets import StreetFinder
from surveyapp.server import places
from surveyapp.server.places import PlaceFinder
from surveyapp.server.public import PUBLIC_FIELDS
from tests.basemap.conftest import extract, prepared
from tests.live_server import CLI, LiveServer, start_server
from tests.server.conftest import survey_mutation
from tests.server.test_public import ana_and_coordinator, mapped, review
from tests.server.test_public_browser import _screenshots, _wait, browser

__all__ = ["browser"]  # the real browser, from the page's own tests

METRE = 1 / 111_320
# (latitude, longitude, vendor fields): verified cameras in Monaco, and where they are.
CAMERAS: list[tuple[float, float, dict[str, Any]]] = [
    (43.73847, 7.42435, {"manufacturer": "Hikvision", "vendor_slug": "hikvision"}),
    (43.73790, 7.42250, {"manufacturer": "Dahua", "vendor_slug": "dahua"}),
    (43.742468 + 20 * METRE, 7.427646, {"manufacturer": "Huawei", "vendor_slug": "huawei"}),
    (43.742468 + 45 * METRE, 7.427646, {"manufacturer": "Hikvision", "vendor_slug": "hikvision"}),
    (43.73555, 7.42180, {"manufacturer": "Axis", "vendor_slug": None}),
    (43.73640, 7.42380, {"manufacturer": None, "vendor_slug": None}),  # no named street near
]
EXPECTED = [
    ("Avenue de la Costa", "Monte-Carlo"),
    ("Avenue de la Costa", "Monte-Carlo"),
    ("Avenue Saint-Laurent", "Monte-Carlo"),
    ("Avenue Saint-Laurent", "Monte-Carlo"),
    ("Quai Albert 1er", "La Condamine"),
    (None, "La Condamine"),
]
UNVERIFIED = (43.73325, 7.41860)  # on Rue Grimaldi: nobody may learn a camera is there
ALLOWED = {"vendor", "vendor_slug", "covered", "photos", "last_seen", "street", "district",
           *PUBLIC_FIELDS}  # fmt: skip


@pytest.fixture(scope="module")
def monaco_area(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Monaco extract prepared into an offline map area, as the desktop app makes one."""
    folder = tmp_path_factory.mktemp("monaco-area")
    return prepared(extract("monaco.osm.gz"), folder).path


@pytest.fixture(scope="module")
def monaco(
    monaco_area: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[LiveServer, list[str]]]:
    """A server that names streets from the Monaco area: six verified cameras, one not."""
    folder = tmp_path_factory.mktemp("public-places")
    url = f"sqlite:///{folder / 'server.sqlite'}"
    server = start_server(url, folder / "blobs", extra_args=[
        "--title", "Monaco cameras", "--streets", str(monaco_area.parent)])  # fmt: skip
    ana, coordinator = ana_and_coordinator(server, url)
    try:
        assert ana.push([survey_mutation()])[0]["status"] == "applied"
        ids = []
        for seed, (latitude, longitude, vendor) in enumerate(CAMERAS, start=1):
            camera_id, _ = mapped(ana, "unverified", seed, latitude=latitude,
                                  longitude=longitude, **vendor)  # fmt: skip
            review(coordinator, camera_id, "verified")
            ids.append(camera_id)
        mapped(ana, "unverified", 30, latitude=UNVERIFIED[0], longitude=UNVERIFIED[1])
        yield server, ids
    finally:
        ana.close()
        coordinator.close()
        server.stop()


def test_the_server_reads_the_offline_map_areas_as_the_laptop_writes_them(
    monaco_area: Path,
) -> None:
    assert places.FORMAT_VERSION == store.FORMAT_VERSION and places.SUFFIX == store.SUFFIX
    assert tuple(int(k) for k in STREETS) == places.STREET_KINDS
    assert places.DISTRICT_KINDS == (Kind.SUBURB, Kind.VILLAGE, Kind.TOWN)
    assert places.COORDINATE_SCALE == geometry._SCALE
    assert places.EARTH_CIRCUMFERENCE_M == geometry.EARTH_CIRCUMFERENCE_M
    laptop = Store(monaco_area)
    try:
        rows = laptop.feature_rows((0.0, 0.0, 1.0, 1.0), 99, STREETS)[:200]
        for _kind, _name, blob in rows:  # the same coordinates, without NumPy
            ours = places.decode(blob)
            theirs = geometry.decode(blob)
            assert [len(p) for p in ours] == [len(p) for p in theirs]
            assert all(
                abs(x - tx) < 1e-12 and abs(y - ty) < 1e-12
                for part, other in zip(ours, theirs, strict=True)
                for (x, y), (tx, ty) in zip(part, other.tolist(), strict=True)
            )
        finder, server = StreetFinder([laptop]), PlaceFinder([monaco_area])
        for latitude, longitude, _vendor in CAMERAS:
            found = finder.find(latitude, longitude)
            assert server.find(latitude, longitude).street == (found.street if found else None)
        assert server.find(44.81, 20.46) == places.NOWHERE  # Belgrade: not in the area
        server.close()
    finally:
        laptop.close()


def test_the_geojson_names_each_published_camera_s_street_and_district(
    monaco: tuple[LiveServer, list[str]],
) -> None:
    server, ids = monaco
    with httpx.Client(base_url=server.url, timeout=30) as visitor:
        collection = visitor.get("/public/cameras.geojson").json()
        page = visitor.get("/").text
    by_id = {f["id"]: f["properties"] for f in collection["features"]}
    assert list(by_id) == ids  # the verified cameras alone
    where = [(by_id[i].get("street"), by_id[i].get("district")) for i in ids]
    assert where == EXPECTED
    assert Counter(street for street, _ in where if street) == {
        "Avenue de la Costa": 2, "Avenue Saint-Laurent": 2, "Quai Albert 1er": 1}  # fmt: skip
    for properties in by_id.values():
        assert set(properties) <= ALLOWED, set(properties) - ALLOWED
    # The unverified camera's street shows nowhere, not even as a count.
    assert "Rue Grimaldi" not in str(collection) and "Rue Grimaldi" not in page
    assert "OpenStreetMap contributors" in page  # the names' licence, said on the page


def test_a_streets_path_that_holds_no_area_is_a_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "notes.basemap.sqlite").write_text("not a map")
    for path in (tmp_path / "missing", tmp_path, tmp_path / "notes.basemap.sqlite"):
        done = subprocess.run(
            [*CLI, "server", "run", "--database-url", f"sqlite:///{tmp_path / 's.sqlite'}",
             "--storage", str(tmp_path / "blobs"), "--streets", str(path)],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert done.returncode == 2, done.stderr
        assert "is no offline map area" in done.stderr and "Traceback" not in done.stderr


def test_the_page_counts_cameras_per_street_and_district_and_filters_by_them(
    monaco: tuple[LiveServer, list[str]], browser: Any, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By

    server, ids = monaco
    browser.get(server.url + "/")
    assert _wait(browser, "return document.body.dataset.ready") == "1"

    def listed(kind: str) -> list[str]:
        return [b.text for b in browser.find_elements(By.CSS_SELECTOR, f"#{kind} button")]

    assert listed("streets") == ["Avenue de la Costa\n2", "Avenue Saint-Laurent\n2",
                                 "Quai Albert 1er\n1"]  # fmt: skip
    assert listed("districts") == ["Monte-Carlo\n4", "La Condamine\n2"]
    source = browser.find_element(By.ID, "places-source").text
    assert source == "Street and district names: © OpenStreetMap contributors"
    # A street shows its cameras alone; a second click shows every camera again.
    costa = '#streets button[data-name="Avenue de la Costa"]'
    browser.find_element(By.CSS_SELECTOR, costa).click()
    assert browser.find_element(By.ID, "total").text == "2 of 6 verified cameras"
    assert browser.find_element(By.CSS_SELECTOR, costa).get_attribute("aria-pressed") == "true"
    folder = _screenshots(tmp_path)
    browser.save_screenshot(str(folder / "public_map_streets.png"))
    browser.find_element(By.CSS_SELECTOR, costa).click()
    assert browser.find_element(By.ID, "total").text == "6 verified cameras"
    # The search box narrows the lists.
    search = browser.find_element(By.ID, "place-search")
    search.send_keys("saint")
    assert listed("streets") == ["Avenue Saint-Laurent\n2"]
    assert listed("districts") == []
    browser.find_element(By.CSS_SELECTOR, '#streets button[data-name="Avenue Saint-Laurent"]'
                         ).click()  # fmt: skip
    assert browser.find_element(By.ID, "total").text == "2 of 6 verified cameras"
    assert browser.execute_script("return document.body.dataset.drawn") == "2"
    assert browser.find_element(By.ID, "place-name").text == "Avenue Saint-Laurent"
    vendors = [item.text for item in browser.find_elements(By.CSS_SELECTOR, "#vendors li")]
    assert vendors == [
        "Hikvision (covered)\n1",
        "Dahua (covered)\n0",
        "Huawei (covered)\n1",
        "Axis\n0",
        "Vendor unknown\n0",
    ]  # the street's cameras, per vendor
    # A district, with the vendor filter: the counts follow the vendors shown.
    search.clear()
    search.send_keys("condamine")
    browser.find_element(By.CSS_SELECTOR, '#districts button[data-name="La Condamine"]').click()
    assert browser.find_element(By.ID, "total").text == "2 of 6 verified cameras"
    browser.find_element(By.CSS_SELECTOR, '#vendors input[data-vendor="axis"]').click()
    assert browser.find_element(By.ID, "total").text == "1 of 6 verified cameras"
    assert listed("districts") == ["La Condamine\n1"]
    browser.find_element(By.CSS_SELECTOR, '#vendors input[data-vendor="axis"]').click()
    browser.find_element(By.ID, "place-clear").click()
    assert browser.find_element(By.ID, "total").text == "6 verified cameras"
    page = browser.page_source
    for personal in ("ana", "coordinator", "stood here", "Rue Grimaldi"):
        assert personal not in page, personal
