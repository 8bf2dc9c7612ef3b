"""The public map page in a real browser: Debian's chromium, headless, driven by selenium
through chromedriver, loading the page from the live server on 127.0.0.1 (no login), using the
filters, clicking a camera, seeing its blurred photo. Screenshots go to $SURVEYAPP_SCREENSHOTS
(docs/screenshots when made for the README) or the test's folder."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.live_server import LiveServer, start_server
from tests.server.conftest import camera, survey_mutation
from tests.server.test_public import ana_and_coordinator, mapped, review

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
REQUIRED = os.environ.get("SURVEYAPP_REQUIRE_BROWSER") == "1"
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu",
                  "--disable-background-networking", "--no-first-run",
                  "--window-size=1280,800")  # fmt: skip
# (vendor fields, camera:type) of the verified cameras; the last one stays unverified.
CAMERAS: list[tuple[dict[str, Any], str]] = [
    ({"manufacturer": "Hikvision", "vendor_slug": "hikvision"}, "dome"),
    ({"manufacturer": "Hikvision", "vendor_slug": "hikvision"}, "fixed"),
    ({"manufacturer": "Dahua", "vendor_slug": "dahua"}, "dome"),
    ({"manufacturer": "Huawei", "vendor_slug": "huawei"}, "panning"),
    ({"manufacturer": "Axis", "vendor_slug": None}, "fixed"),
    ({"manufacturer": None, "vendor_slug": None}, "fixed"),
]


def _missing() -> str | None:
    for path in (CHROMIUM, CHROMEDRIVER):
        if not shutil.which(path):
            return f"{path} is not installed (apt-get install chromium chromium-driver)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed"
    return None


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveServer, list[str]]]:
    """A server with six verified cameras (four vendors, three types) and one unverified."""
    folder = tmp_path_factory.mktemp("public-browser")
    url = f"sqlite:///{folder / 'server.sqlite'}"
    server = start_server(url, folder / "blobs", extra_args=["--title", "Belgrade cameras"])
    ana, coordinator = ana_and_coordinator(server, url)
    try:
        assert ana.push([survey_mutation()])[0]["status"] == "applied"
        ids = []
        for seed, (vendor, kind) in enumerate(CAMERAS, start=1):
            camera_id, _ = mapped(ana, "unverified", seed, camera_type=kind, **vendor)
            review(coordinator, camera_id, "verified")
            ids.append(camera_id)
        mapped(ana, "unverified", 20)
        yield server, ids
    finally:
        ana.close()
        coordinator.close()
        server.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    missing = _missing()
    if missing:
        if REQUIRED:
            pytest.fail(missing)
        pytest.skip(missing)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def _wait(driver: Any, condition: str, timeout: float = 30) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(lambda d: d.execute_script(condition))


def _screenshots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("SURVEYAPP_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_the_public_page_shows_filters_and_opens_verified_cameras(
    published: tuple[LiveServer, list[str]], browser: Any, tmp_path: Path
) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    server, ids = published
    browser.get(server.url + "/")
    assert _wait(browser, "return document.body.dataset.ready") == "1"
    assert browser.title == "Belgrade cameras"
    total = browser.find_element(By.ID, "total").text
    assert total == "6 verified cameras"
    assert int(browser.execute_script("return document.body.dataset.drawn")) == 6
    vendors = [item.text for item in browser.find_elements(By.CSS_SELECTOR, "#vendors li")]
    assert vendors[:3] == ["Hikvision (covered)\n2", "Dahua (covered)\n1", "Huawei (covered)\n1"]
    assert set(vendors[3:]) == {"Axis\n1", "Vendor unknown\n1"}
    # Every script and style came from this server: no CDN.
    sources = browser.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)"
    )
    assert sources and all(name.startswith(server.url) for name in sources), sources
    folder = _screenshots(tmp_path)
    browser.save_screenshot(str(folder / "public_map.png"))

    # A vendor filter: Hikvision off.
    box = browser.find_element(By.CSS_SELECTOR, '#vendors input[data-vendor="hikvision"]')
    box.click()
    assert browser.find_element(By.ID, "total").text == "4 of 6 verified cameras"
    assert browser.execute_script("return document.body.dataset.drawn") == "4"
    box.click()
    # A type filter: domes only.
    Select(browser.find_element(By.ID, "type")).select_by_value("dome")
    assert browser.find_element(By.ID, "total").text == "2 of 6 verified cameras"
    Select(browser.find_element(By.ID, "type")).select_by_value("")

    # Click the Dahua camera where the map draws it.
    dahua = ids[2]
    x, y = browser.execute_script(
        """const f = arguments[0]; const map = window.cameraMap;
        const p = map.latLngToContainerPoint([arguments[1], arguments[2]]);
        return [p.x, p.y];""",
        dahua, 44.803, 20.46,
    )  # fmt: skip
    element = browser.find_element(By.ID, "map")
    size = element.size
    ActionChains(browser).move_to_element_with_offset(
        element, int(x - size["width"] / 2), int(y - size["height"] / 2)
    ).click().perform()
    assert _wait(browser, "return document.body.dataset.selected") == dahua
    # Leaflet fades the popup in; selenium reads no text while it is transparent.
    popup = browser.find_element(By.CSS_SELECTOR, ".camera-popup")
    WebDriverWait(browser, 30).until(lambda _: "Dahua" in popup.text)
    assert "Dahua" in popup.text and "On the US FCC Covered List" in popup.text
    assert "4 May 2026" in popup.text and "10:31" not in popup.text
    assert _wait(
        browser,
        """const i = document.querySelector('.camera-popup img');
        return i && i.complete && i.naturalWidth > 0 && i.getAttribute('src');""",
    ).endswith(".jpg")
    page = browser.page_source
    for personal in ("ana", "coordinator", "stood here"):
        assert personal not in page, personal
    browser.save_screenshot(str(folder / "public_map_camera.png"))


def test_one_verified_camera_is_said_in_the_singular(browser: Any, tmp_path: Path) -> None:
    """A campaign's first published camera: the page said "1 verified cameras"."""
    from selenium.webdriver.common.by import By

    url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    server = start_server(url, tmp_path / "blobs")
    ana, coordinator = ana_and_coordinator(server, url)
    try:
        assert ana.push([survey_mutation()])[0]["status"] == "applied"
        camera_id, _ = mapped(ana, "unverified", 2504, camera_type="dome")
        review(coordinator, camera_id, "verified")
        browser.get(server.url + "/")
        assert _wait(browser, "return document.body.dataset.ready") == "1"
        assert browser.find_element(By.ID, "total").text == "1 verified camera"
    finally:
        ana.close()
        coordinator.close()
        server.stop()


def test_verified_cameras_without_a_position_are_counted_not_shown(
    browser: Any, tmp_path: Path
) -> None:
    """A camera a reviewer verified before anyone placed it stays off the map until placed.
    The page said "2 verified cameras" while the coordinator had verified four, without a word;
    it now says how many are not shown and why, and names none of them (nor anything else the
    team has not published)."""
    from selenium.webdriver.common.by import By

    url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    server = start_server(url, tmp_path / "blobs")
    ana, coordinator = ana_and_coordinator(server, url)
    nowhere = {"latitude": None, "longitude": None}
    try:
        assert ana.push([survey_mutation()])[0]["status"] == "applied"
        placed = [mapped(ana, "unverified", seed)[0] for seed in (4451, 4452)]
        unplaced = [mapped(ana, "unverified", seed, **nowhere)[0] for seed in (4453, 4454)]
        kept, _ = mapped(ana, "unverified", 4455, **nowhere)  # not reviewed yet
        disputed, _ = mapped(ana, "unverified", 4456, **nowhere)
        for camera_id in placed + unplaced:
            review(coordinator, camera_id, "verified")
        review(coordinator, disputed, "disputed")
        collection = httpx.get(server.url + "/public/cameras.geojson", timeout=30).json()
        assert sorted(f["id"] for f in collection["features"]) == sorted(placed)
        assert collection["unplaced"] == 2
        browser.get(server.url + "/")
        assert _wait(browser, "return document.body.dataset.ready") == "1"
        assert browser.find_element(By.ID, "total").text == "2 verified cameras"
        note = browser.find_element(By.ID, "unplaced")
        assert note.is_displayed()
        assert note.text == "2 more verified cameras are not shown: they have no position yet."
        browser.save_screenshot(str(_screenshots(tmp_path) / "public_map_unplaced.png"))
        page = browser.page_source + httpx.get(server.url + "/public/cameras.geojson").text
        for private in [*unplaced, kept, disputed, "ana", "coordinator", "stood here"]:
            assert private not in page, private

        # One placed (by the coordinator: a volunteer's move would unverify it): the map shows
        # it, the sentence says the other one alone.
        move = camera({"latitude": 44.83, "longitude": 20.47}, record_id=unplaced[0],
                      base_version=2)  # fmt: skip
        assert coordinator.push([move])[0]["status"] == "applied"
        browser.get(server.url + "/")
        assert _wait(browser, "return document.body.dataset.ready") == "1"
        assert browser.find_element(By.ID, "total").text == "3 verified cameras"
        assert browser.find_element(By.ID, "unplaced").text == (
            "1 more verified camera is not shown: it has no position yet."
        )
        # All placed: nothing to say.
        move = camera({"latitude": 44.84, "longitude": 20.47}, record_id=unplaced[1],
                      base_version=2)  # fmt: skip
        assert coordinator.push([move])[0]["status"] == "applied"
        assert "unplaced" not in httpx.get(server.url + "/public/cameras.geojson").json()
        browser.get(server.url + "/")
        assert _wait(browser, "return document.body.dataset.ready") == "1"
        assert browser.find_element(By.ID, "total").text == "4 verified cameras"
        assert not browser.find_element(By.ID, "unplaced").is_displayed()
    finally:
        ana.close()
        coordinator.close()
        server.stop()


def _says(element: Any, words: str, _: Any) -> bool:
    return words in element.text


def test_the_page_in_french_and_in_serbian_cyrillic(browser: Any, tmp_path: Path) -> None:
    """Teams publish in Valenciennes and Belgrade: the page was English whatever the team's
    language. The coordinator's --public-language gives every text of the page (counts, legend,
    the sentence on cameras without a position, a camera's details and dates) in it; values a
    reviewer typed (the vendor, the OSM type) stay as they are."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    folder = _screenshots(tmp_path)
    expected = {
        "fr": ("fr", "2 caméras vérifiées", "1 sur 2 caméras vérifiées",
               "1 autre caméra vérifiée n’est pas affichée : elle n’a pas encore de position.",
               "Fabricant", "Sur la liste noire de la FCC américaine", "4 mai 2026",
               "Hikvision (liste FCC)"),
        "sr_Cyrl": ("sr-Cyrl", "2 проверене камере", "1 од 2 проверене камере",
                    "Још 1 проверена камера није приказана: још нема положај.",
                    "Произвођач", "На црној листи америчке FCC", "4. мај 2026.",
                    "Hikvision (FCC листа)"),
    }  # fmt: skip
    for language, texts in expected.items():
        lang, total, filtered, unplaced, vendor, covered, date, legend = texts
        run = tmp_path / language
        run.mkdir()
        url = f"sqlite:///{run / 'server.sqlite'}"
        server = start_server(url, run / "blobs", extra_args=["--public-language", language])
        ana, coordinator = ana_and_coordinator(server, url)
        try:
            assert ana.push([survey_mutation()])[0]["status"] == "applied"
            hikvision, _ = mapped(ana, "unverified", 5601, camera_type="dome",
                                  check_date="2026-05-04")  # fmt: skip
            other, _ = mapped(ana, "unverified", 5602, camera_type="fixed",
                              manufacturer="Axis", vendor_slug=None)  # fmt: skip
            nowhere, _ = mapped(ana, "unverified", 5603, latitude=None, longitude=None)
            for camera_id in (hikvision, other, nowhere):
                review(coordinator, camera_id, "verified")
            browser.get(server.url + "/")
            assert _wait(browser, "return document.body.dataset.ready") == "1"
            assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == lang
            assert browser.find_element(By.ID, "total").text == total
            assert browser.find_element(By.ID, "unplaced").text == unplaced
            heading = browser.find_element(By.CSS_SELECTOR, "#panel h2")
            assert heading.get_attribute("textContent") == vendor  # the style capitalises it
            names = browser.find_elements(By.CSS_SELECTOR, "#vendors li")
            assert [item.text.split("\n")[0] for item in names] == [legend, "Axis"]
            assert "dome" in browser.find_element(By.ID, "types").text  # the OSM value
            browser.save_screenshot(str(folder / f"public_map_{language}.png"))
            box = browser.find_element(By.CSS_SELECTOR, '#vendors input[data-vendor="axis"]')
            box.click()
            assert browser.find_element(By.ID, "total").text == filtered
            box.click()
            x, y = browser.execute_script(
                """const p = window.cameraMap.latLngToContainerPoint([44.8 + 5601e-3, 20.46]);
                return [p.x, p.y];"""
            )
            element = browser.find_element(By.ID, "map")
            size = element.size
            ActionChains(browser).move_to_element_with_offset(
                element, int(x - size["width"] / 2), int(y - size["height"] / 2)
            ).click().perform()
            assert _wait(browser, "return document.body.dataset.selected") == hikvision
            shown = browser.find_element(By.CSS_SELECTOR, ".camera-popup")
            # Leaflet fades the popup in; selenium reads no text while it is transparent.
            WebDriverWait(browser, 30).until(partial(_says, shown, "Hikvision"))
            assert covered in shown.text and date in shown.text, shown.text
            assert "2026-05-04" not in shown.text
            browser.save_screenshot(str(folder / f"public_map_{language}_camera.png"))
        finally:
            ana.close()
            coordinator.close()
            server.stop()
