"""Import benchmark: how many 12-MP phone photos per second SurveyApp imports, next to ExifTool.

    python3 -m benchmarks.bench_import [--count 1000] [--profile] [--workers N]

Makes (or reuses) ``--count`` photos with ``benchmarks.photos``, reads them once so the page cache
is warm, then times, on the same files:

1. ExifTool reading only the metadata the importer needs, one process over the folder (the
   yardstick: a metadata-only reader in a mature tool);
2. ``surveyapp --db TMP/survey.sqlite import DIR`` as a subprocess (start-up, migration of a fresh
   database, hashing, copying into the library, metadata, thumbnails, rows, grouping, commits);
3. the in-process API: ``import_photos`` on a fresh database, consumed, then one commit.

It checks the result (every photo in the database with a position, a capture time and a
thumbnail row) and prints photos/s, the ratio to ExifTool and the target. ``--profile`` adds a
cProfile run of the in-process import on one thread (so every stage shows up), top 25 by
cumulative time, and a per-stage summary.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import os
import pstats
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Generator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import surveyapp  # noqa: E402
from benchmarks.common import compile_bytecode, surveyapp_command, timed_run  # noqa: E402
from benchmarks.photos import OUT_DIR, camera_stops, photo_folder  # noqa: E402
from surveyapp.db.database import open_database  # noqa: E402
from surveyapp.photos.importer import ImportProgress, ImportSummary, import_photos  # noqa: E402

TARGET_RATIO = 1.25  # import time / max(cp -r + sync, SHA-256 on 2 threads)
EXIFTOOL_TAGS = [
    "-GPSLatitude",
    "-GPSLongitude",
    "-GPSAltitude",
    "-GPSImgDirection",
    "-DateTimeOriginal",
    "-OffsetTimeOriginal",
    "-Make",
    "-Model",
    "-Orientation",
    "-ImageWidth",
    "-ImageHeight",
]
# Functions whose cumulative time makes up the stages of an import, for the --profile summary:
# (stage, file name ending, function name); "" matches any file.
STAGES = [
    ("whole import (generator + commit)", "bench_import.py", "_import_and_commit"),
    ("  read the file", "pathlib.py", "read_bytes"),
    ("  SHA-256", "", "<built-in method _hashlib.openssl_sha256>"),
    ("  metadata (read_metadata_bytes)", "metadata.py", "read_metadata_bytes"),
    ("  thumbnail (make_thumbnail)", "thumbnails.py", "make_thumbnail"),
    ("  copy into the library (store)", "library.py", "store"),
    ("    of which fsync", "", "<built-in method posix.fsync>"),
    ("  ORM rows (_photo_row)", "importer.py", "_photo_row"),
    ("  flushes (Session.flush)", "session.py", "flush"),
    ("  grouping (group_ungrouped_photos)", "grouping.py", "group_ungrouped_photos"),
    ("    of which geodesic distances", "distance.py", "measure"),
    ("  commit (Session.commit)", "session.py", "commit"),
]


def _rate(count: int, seconds: float) -> float:
    return count / seconds if seconds > 0 else float("inf")


def _verdict(ratio: float) -> str:
    ok = ratio <= TARGET_RATIO
    return (
        f"median ratio {ratio:.2f}x; target <= {TARGET_RATIO:.2f}x max(cp -r + sync, SHA-256 "
        f"on 2 threads): {'met' if ok else 'NOT MET'}"
    )


def _load() -> str:
    if not hasattr(os, "getloadavg"):
        return "unknown"
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def warm_page_cache(files: list[Path]) -> float:
    """Read every file once (so no timing below pays for the disk); returns the seconds."""
    started = time.perf_counter()
    for path in files:
        with open(path, "rb") as stream:
            while stream.read(1 << 22):
                pass
    return time.perf_counter() - started


def time_exiftool(folder: Path) -> float:
    """Seconds for one ExifTool process to read the importer's tags of every file in ``folder``."""
    exiftool = shutil.which("exiftool")
    if exiftool is None:
        raise SystemExit("exiftool is not installed (Debian: libimage-exiftool-perl)")
    command = [exiftool, "-fast2", "-j", "-n", *EXIFTOOL_TAGS, str(folder)]
    return timed_run(command, "exiftool")[0]


def time_copy_and_sync(folder: Path, target: Path) -> float:
    """Seconds for ``cp -r FOLDER TARGET && sync``: every byte copied and on the disk. The copy
    is removed afterwards (not timed)."""
    command = ["sh", "-c", 'cp -r "$0" "$1" && sync', str(folder), str(target)]
    seconds = timed_run(command, "cp -r + sync")[0]
    shutil.rmtree(target)
    _settle()
    return seconds


def _sha256_file(path: Path) -> str:
    with open(path, "rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()


def time_sha256(files: list[Path], threads: int) -> float:
    """Seconds to hash every file (hashlib, OpenSSL) on ``threads`` threads."""
    started = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(_sha256_file, files))
    return time.perf_counter() - started


def time_cli_import(folder: Path, database: Path) -> tuple[float, str]:
    """Seconds for ``surveyapp --db DATABASE import FOLDER``, and its summary line."""
    command = [*surveyapp_command(), "--db", str(database), "import", str(folder)]
    seconds, stderr = timed_run(command, "surveyapp import")
    summary = stderr.strip().splitlines()[-1] if stderr.strip() else ""
    return seconds, summary


def _consume(steps: Generator[ImportProgress, None, ImportSummary]) -> ImportSummary:
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            summary: ImportSummary = stop.value
            return summary


def run_api_import(
    database: Path, folder: Path, workers: int | None, profiler: cProfile.Profile | None = None
) -> tuple[float, ImportSummary]:
    """Seconds for the in-process import into a fresh database (opening it is not timed)."""
    db = open_database(database)  # setup: creates and migrates the file
    try:
        with db.session() as session:

            def _import_and_commit() -> ImportSummary:
                summary = _consume(import_photos(session, [folder], db.library, workers=workers))
                session.commit()
                return summary

            started = time.perf_counter()
            if profiler is not None:
                summary = profiler.runcall(_import_and_commit)
            else:
                summary = _import_and_commit()
            seconds = time.perf_counter() - started
    finally:
        db.close()
    return seconds, summary


def check_database(database: Path, count: int, via_cli: bool) -> list[str]:
    """What is wrong with the imported database (empty when all is well)."""
    problems: list[str] = []
    ids: set[uuid.UUID] = set()
    if via_cli:
        command = [*surveyapp_command(), "--db", str(database), "photos", "--json"]
        listed = subprocess.run(command, capture_output=True, text=True, check=True)
        photos: list[dict[str, Any]] = json.loads(listed.stdout)
        if len(photos) != count:
            problems.append(f"`photos --json` lists {len(photos)} photos, not {count}")
        no_position = sum(1 for p in photos if p["latitude"] is None or p["longitude"] is None)
        no_time = sum(1 for p in photos if not p["taken_at"])
        if no_position:
            problems.append(f"{no_position} photos have no latitude/longitude")
        if no_time:
            problems.append(f"{no_time} photos have no taken_at")
        ids = {uuid.UUID(p["id"]) for p in photos}
    with sqlite3.connect(database) as connection:
        (photo_rows,) = connection.execute("SELECT count(*) FROM photo").fetchone()
        (located,) = connection.execute(
            "SELECT count(*) FROM photo WHERE latitude IS NOT NULL AND taken_local IS NOT NULL"
        ).fetchone()
        thumbnails = {
            uuid.UUID(photo_id)
            for (photo_id,) in connection.execute(
                "SELECT photo_id FROM thumbnail WHERE length(jpeg) > 0 AND width > 0"
            )
        }
    connection.close()
    if photo_rows != count:
        problems.append(f"the photo table has {photo_rows} rows, not {count}")
    if located != photo_rows:
        problems.append(f"{photo_rows - located} photo rows lack a position or a capture time")
    if len(thumbnails) != count:
        problems.append(f"the thumbnail table has {len(thumbnails)} non-empty rows, not {count}")
    if ids and ids - thumbnails:
        problems.append(f"{len(ids - thumbnails)} photos have no thumbnail row")
    return problems


def camera_count(database: Path) -> int:
    with sqlite3.connect(database) as connection:
        (cameras,) = connection.execute("SELECT count(*) FROM camera").fetchone()
    connection.close()
    return int(cameras)


def _stage_time(stats: dict[Any, Any], file_end: str, function: str) -> tuple[float, int]:
    seconds, calls = 0.0, 0
    for (file_name, _line, name), (_cc, ncalls, _tt, cumulative, _callers) in stats.items():
        if name == function and str(file_name).endswith(file_end):
            seconds += cumulative
            calls += ncalls
    return seconds, calls


def print_profile(profiler: cProfile.Profile, count: int) -> None:
    stats = pstats.Stats(profiler, stream=sys.stdout)
    raw: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    print("\nper-stage breakdown (cumulative seconds on one thread; stages may overlap):")
    for label, file_end, function in STAGES:
        seconds, calls = _stage_time(raw, file_end, function)
        if calls:
            per_photo = 1000 * seconds / count
            print(f"  {label:42} {seconds:8.2f} s  {per_photo:7.2f} ms/photo  {calls:>8} calls")
    print("\ntop 25 by cumulative time:")
    stats.strip_dirs().sort_stats(pstats.SortKey.CUMULATIVE).print_stats(25)


def _settle() -> None:
    """Write dirty pages out now, so that no timed run pays for an earlier run's writes."""
    if hasattr(os, "sync"):
        os.sync()


def _times(seconds: list[float]) -> str:
    if len(seconds) == 1:
        return f"{seconds[0]:7.2f} s"
    runs = ", ".join(f"{s:.2f}" for s in seconds)
    return f"{statistics.median(seconds):7.2f} s median (runs: {runs} s)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000, help="photos to import (default 1000)")
    parser.add_argument(
        "--repeat", type=int, default=1, help="rounds of timed runs; the medians are reported"
    )
    parser.add_argument(
        "--workers", type=int, default=None, help="threads of the API run (default: importer's)"
    )
    parser.add_argument(
        "--no-exiftool", action="store_true", help="skip the ExifTool reference run"
    )
    parser.add_argument(
        "--profile", action="store_true", help="also profile the in-process import (cProfile)"
    )
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="photo cache folder")
    parser.add_argument("--tmp", type=Path, default=None, help="where the temporary databases go")
    args = parser.parse_args(argv)
    count: int = args.count
    repeat = max(1, args.repeat)

    print(f"== import benchmark: {count} phone photos (12 MP JPEG), {os.cpu_count()} cores")
    print(f"load average at the start: {_load()}")
    compile_bytecode(Path(surveyapp.__file__).resolve().parent.parent)
    print("bytecode compiled beforehand for the command timed (not timed)")
    folder = photo_folder(count, args.out, print)
    files = sorted(p for p in folder.iterdir() if p.is_file())
    size = sum(p.stat().st_size for p in files)
    print(f"photos: {folder} ({len(files)} files, {size / 1e9:.2f} GB)")
    _settle()
    print(f"page cache warmed: read every file once in {warm_page_cache(files):.1f} s")
    stops = camera_stops(count)
    problems: list[str] = []
    runs: dict[str, list[float]] = {
        name: [] for name in ("copy", "sha256", "exiftool", "cli", "api")
    }
    ratios: list[float] = []
    summary, cameras, api_summary = "", 0, ImportSummary()

    with tempfile.TemporaryDirectory(prefix="surveyapp-bench-", dir=args.tmp) as tmp:
        # Each round times the yardsticks and the imports one after the other, so that a busy
        # machine slows a round's yardstick as much as its imports.
        for run in range(repeat):
            runs["copy"].append(time_copy_and_sync(folder, Path(tmp) / "copy"))
            runs["sha256"].append(time_sha256(files, threads=2))
            if not args.no_exiftool:
                runs["exiftool"].append(time_exiftool(folder))
            database = Path(tmp) / f"cli-{run}" / "survey.sqlite"
            database.parent.mkdir()
            _settle()
            seconds, summary = time_cli_import(folder, database)
            runs["cli"].append(seconds)
            ratios.append(seconds / max(runs["copy"][-1], runs["sha256"][-1]))
            cli_problems = check_database(database, count, via_cli=True)
            cameras = camera_count(database)
            problems += [f"CLI run {run + 1}: {p}" for p in cli_problems]
            shutil.rmtree(database.parent)  # frees the library copy before the next run

            database = Path(tmp) / f"api-{run}" / "survey.sqlite"
            _settle()
            seconds, api_summary = run_api_import(database, folder, args.workers)
            runs["api"].append(seconds)
            api_problems = check_database(database, count, via_cli=False)
            problems += [f"API run {run + 1}: {p}" for p in api_problems]
            shutil.rmtree(database.parent)
            print(
                f"round {run + 1}: cp -r + sync {runs['copy'][-1]:.2f} s, "
                f"SHA-256 (2 threads) {runs['sha256'][-1]:.2f} s, "
                f"surveyapp import {runs['cli'][-1]:.2f} s ({ratios[-1]:.2f}x the slower), "
                f"API {runs['api'][-1]:.2f} s; load {_load()}"
            )

        copy_s, sha_s = statistics.median(runs["copy"]), statistics.median(runs["sha256"])
        cli_s, api_s = statistics.median(runs["cli"]), statistics.median(runs["api"])
        floor = max(copy_s, sha_s)
        ratio = statistics.median(ratios)
        print("\nyardsticks (the floor of an import that must copy and hash every byte):")
        print(f"  cp -r DIR COPY && sync        {_times(runs['copy'])}")
        print(f"  SHA-256 of every file, 2 threads {_times(runs['sha256'])}")
        if runs["exiftool"]:
            exiftool_s = statistics.median(runs["exiftool"])
            print(f"  ExifTool -fast2, {len(EXIFTOOL_TAGS)} tags (metadata only, for reference):")
            print(f"    {_times(runs['exiftool'])}   {_rate(count, exiftool_s):7.1f} photos/s")
        print("\nsurveyapp --db TMP/survey.sqlite import DIR (subprocess, fresh database):")
        print(f"  {_times(runs['cli'])}   {_rate(count, cli_s):7.1f} photos/s")
        print(
            "  per round, import / max(cp + sync, SHA-256): "
            + ", ".join(f"{r:.2f}" for r in ratios)
        )
        print(f"  {_verdict(ratio)}")
        print(f"  says: {summary}")
        print(f"  check: {'ok' if not problems else '; '.join(problems)}")
        print(f"  cameras: {cameras} (the walk has {stops} stops)")

        workers = args.workers or "default"
        print(f"\nin-process import_photos + commit (fresh database, workers={workers}):")
        print(f"  {_times(runs['api'])}   {_rate(count, api_s):7.1f} photos/s")
        print(f"  import / max(cp + sync, SHA-256): {api_s / floor:.2f}x")
        print(
            f"  summary: {api_summary.imported} imported, {api_summary.errors} errors, "
            f"{api_summary.without_position} without position, "
            f"{len(api_summary.cameras)} cameras"
        )

        if args.profile:
            database = Path(tmp) / "profile" / "survey.sqlite"
            profiler = cProfile.Profile()
            _settle()
            profiled_s, _ = run_api_import(database, folder, 1, profiler)
            print(
                f"\n== profile of the in-process import on one thread (workers=1; cProfile "
                f"sees only its own thread): {profiled_s:.2f} s under the profiler"
            )
            print_profile(profiler, count)

    print("\n== summary")
    print(f"  cp -r + sync      {copy_s:7.2f} s")
    print(f"  SHA-256 2 threads {sha_s:7.2f} s")
    print(
        f"  surveyapp import  {cli_s:7.2f} s   {cli_s / floor:.2f}x the slower "
        f"(median of the rounds' ratios {ratio:.2f}x)"
    )
    print(f"  import_photos API {api_s:7.2f} s   {api_s / floor:.2f}x")
    print(
        f"  target            <= {TARGET_RATIO:.2f}x: "
        + ("met" if ratio <= TARGET_RATIO else "NOT MET")
    )
    print(f"load average at the end: {_load()}")
    if problems:
        print("  CHECK FAILED: " + "; ".join(problems))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
