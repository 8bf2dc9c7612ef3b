"""Public map benchmark: the published GeoJSON and the page, with 100,000 verified cameras.

    python3 -m benchmarks.bench_public [--cameras 100000] [--runs 5] [--no-browser]
                                       [--workers N]

Fills a fresh server database on SQLite (migrated by ``ServerDatabase``, so it is a real one)
with ``--cameras`` verified cameras around Belgrade, each with one photo record, by bulk
inserts into the real tables (not timed); starts the real server process (``surveyapp server
run``) on 127.0.0.1 and then measures:

1. **GeoJSON**: ``GET /public/cameras.geojson`` — the first request (the server builds the
   published map from the records) and ``--runs`` later ones (served from the kept copy until
   the database changes); target <= 1.0 s. Every answer is checked: one feature per camera.
2. **Page**: Debian's chromium, headless (selenium + chromedriver), loads ``/`` ``--runs``
   times; the page records ``performance.now()`` when its canvas first drew cameras (from the
   start of navigation: the page, Leaflet, the GeoJSON download and parse, the first draw);
   target <= 2.0 s.

With ``--workers N`` (above 1) the server runs N processes on a fresh PostgreSQL schema
(``$SURVEYAPP_TEST_POSTGRES``, else 127.0.0.1:5432) and the benchmark also reports, from the
server's log, how long the worker that made the map at start took, and how long the others
took to read it (they share it: surveyapp/server/public.py ``SharedMaps``).

Exit status 1 when a target or a check fails.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx  # noqa: E402
from sqlalchemy import insert, update  # noqa: E402

from surveyapp.server.database import ServerDatabase  # noqa: E402
from surveyapp.server.models import Counter, Record  # noqa: E402
from surveyapp.server.users import create_user  # noqa: E402
from tests.live_server import free_port  # noqa: E402

GEOJSON_TARGET, PAGE_TARGET = 1.0, 2.0  # seconds
CENTRE = (44.8125, 20.4612)
VENDORS = [("Hikvision", "hikvision"), ("Dahua", "dahua"), ("Huawei", "huawei"),
           ("Axis", None), (None, None)]  # fmt: skip
TYPES = ["fixed", "fixed", "dome", "panning"]
CHUNK = 10_000


def fill(url: str, cameras: int) -> None:
    """``cameras`` verified cameras with a photo each, straight into the server's tables."""
    database = ServerDatabase(url)
    with database.session() as session:
        create_user(session=session, name="bench", role="reviewer")
    random.seed(7)
    now = datetime.now(UTC)
    seq = 0
    with database.session() as session:
        user = 1
        rows: list[dict[str, Any]] = []
        for i in range(cameras):
            distance = 6000 * math.sqrt(random.random())
            angle = random.random() * 2 * math.pi
            latitude = CENTRE[0] + distance * math.cos(angle) / 111_320
            longitude = CENTRE[1] + distance * math.sin(angle) / 78_800
            maker, slug = VENDORS[i % len(VENDORS)]
            camera_id = uuid.uuid4()
            fields = {"latitude": round(latitude, 7), "longitude": round(longitude, 7),
                      "manufacturer": maker, "vendor_slug": slug, "camera_type": TYPES[i % 4],
                      "surveillance_type": "camera", "review_state": "verified",
                      "notes": "not published"}  # fmt: skip
            seq += 1
            rows.append(_row("camera", camera_id, seq, fields, user, now))
            photo = {"sha256": uuid.uuid4().hex * 2, "camera_id": str(camera_id),
                     "file_name": f"IMG_{i}.jpg", "taken_local": "2026-05-04T10:30:00"}  # fmt: skip
            seq += 1
            rows.append(_row("photo", uuid.uuid4(), seq, photo, user, now, camera=camera_id))
            if len(rows) >= CHUNK:
                session.execute(insert(Record), rows)
                rows.clear()
        if rows:
            session.execute(insert(Record), rows)
        session.execute(update(Counter).where(Counter.id == 1).values(value=seq))
    database.close()


def _row(kind: str, record_id: uuid.UUID, seq: int, fields: dict[str, Any], user: int,
         now: datetime, camera: uuid.UUID | None = None) -> dict[str, Any]:  # fmt: skip
    return {"record_type": kind, "record_id": record_id, "version": 1, "seq": seq,
            "deleted": False, "fields": fields, "field_versions": {}, "created_by": user,
            "updated_by": user, "updated_at": now, "camera_id": camera,
            "sha256": fields.get("sha256")}  # fmt: skip


def serve(url: str, storage: Path, port: int, workers: int = 1,
          log: Path | None = None) -> subprocess.Popen[bytes]:  # fmt: skip
    # This interpreter's SurveyApp (a ``surveyapp`` script on PATH may be another checkout's).
    command = [sys.executable, "-m", "surveyapp.cli", "server", "run", "--host", "127.0.0.1",
               "--port", str(port), "--database-url", url, "--storage", str(storage),
               "--workers", str(workers)]  # fmt: skip
    output = subprocess.DEVNULL if log is None else log.open("wb")
    process = subprocess.Popen(command, stdout=output, stderr=output)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=2).status_code == 200:
                return process
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("the server did not start")


def geojson_times(base: str, cameras: int, runs: int) -> list[float]:
    times = []
    with httpx.Client(timeout=120) as client:
        for _ in range(runs + 1):
            started = time.perf_counter()
            response = client.get(base + "/public/cameras.geojson")
            times.append(time.perf_counter() - started)
            count = len(response.json()["features"])
            if count != cameras:
                raise SystemExit(f"the GeoJSON has {count} features, not {cameras}")
    return times


def page_times(base: str, runs: int) -> list[float]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.support.ui import WebDriverWait

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--window-size=1280,800"):  # fmt: skip
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    times = []
    try:
        for _ in range(runs):
            driver.get(base + "/")
            WebDriverWait(driver, 60).until(lambda d: d.execute_script("return window.firstDrawMs"))
            times.append(float(driver.execute_script("return window.firstDrawMs")) / 1000)
    finally:
        driver.quit()
    return times


MAP_EVENT = re.compile(
    r"public map for state \S+: (made|reused) in process \d+ \((?:\d+ cameras, )?([\d.]+) s"
)


def shared_map_times(log: Path, workers: int) -> str:
    """What the workers' log says of the map of the filled database: made once, read by the
    others (waits up to a minute for every worker to have logged it)."""
    deadline = time.monotonic() + 60
    while True:
        events = MAP_EVENT.findall(log.read_text(errors="replace"))
        if len(events) >= workers or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    made = [float(t) for kind, t in events if kind == "made"]
    reused = [float(t) for kind, t in events if kind == "reused"]
    return (f"workers: the map made {len(made)} time(s) ({', '.join(f'{t:.2f} s' for t in made)}), "
            f"read by {len(reused)} other worker(s) (once made) in "
            f"{', '.join(f'{t:.2f} s' for t in reused) or '-'}")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cameras", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--tmp", type=Path)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    failed = False
    with contextlib.ExitStack() as stack:
        folder = stack.enter_context(tempfile.TemporaryDirectory(dir=args.tmp))
        url = f"sqlite:///{Path(folder) / 'server.sqlite'}"
        if args.workers > 1:
            from tests.live_server import postgres_schema

            url = stack.enter_context(postgres_schema())
        print(f"filling {args.cameras:,} verified cameras (not timed)…", flush=True)
        fill(url, args.cameras)
        port = free_port()
        log = Path(folder) / "server.log"
        process = serve(url, Path(folder) / "blobs", port, args.workers, log)
        base = f"http://127.0.0.1:{port}"
        try:
            first, *warm = geojson_times(base, args.cameras, args.runs)
            print(f"GeoJSON, first request (waits for the map the server makes at start): "
                  f"{first:.2f} s")  # fmt: skip
            print(f"GeoJSON, later requests: median {statistics.median(warm):.3f} s, "
                  f"max {max(warm):.3f} s (target <= {GEOJSON_TARGET} s)")  # fmt: skip
            failed |= statistics.median(warm) > GEOJSON_TARGET
            if not args.no_browser:
                page = page_times(base, args.runs)
                median = statistics.median(page)
                print(f"page, first cameras drawn: median {median:.2f} s, max {max(page):.2f} s "
                      f"over {len(page)} loads (target <= {PAGE_TARGET} s)")  # fmt: skip
                failed |= statistics.median(page) > PAGE_TARGET
            if args.workers > 1:
                print(shared_map_times(log, args.workers))
        finally:
            process.terminate()
            process.wait(timeout=30)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
