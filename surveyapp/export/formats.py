"""Every export format in one registry, and writing an export safely to a file.

The command line (``surveyapp export FORMAT OUT``) and the desktop app's export dialog both read
``FORMATS``; ``export_to_file`` writes beside the target and renames at the end, so a failed or
cancelled export never leaves half a file where the last good one was.
"""

from __future__ import annotations

import functools
import os
import threading
import uuid
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from surveyapp.db.files import database_file_check_for
from surveyapp.export import gpx, kml, osm, photozip, table
from surveyapp.export.geojson import write_geojson
from surveyapp.export.job import ExportError, ExportJob, PhotoSharer, Writer
from surveyapp.export.rows import (
    CoveredLookup,
    Source,
    Tally,
    connection_of,
    count_cameras,
    only_these,
)
from surveyapp.i18n import QT_TRANSLATE_NOOP
from surveyapp.vendors.lookup import covered_list

__all__ = [
    "FORMATS",
    "ExportError",
    "ExportFormat",
    "PhotoSharer",
    "Tally",
    "export_to_file",
    "find_format",
    "write_export",
]


@dataclass(frozen=True)
class ExportFormat:
    """One export format: its name on the command line, a label for the export dialog, the file
    name suffix, the MIME type, and how it is written."""

    name: str
    label: str
    suffix: str
    mime: str
    write: Writer
    binary: bool = False  # the writer gets a byte stream
    needs_photo_sharer: bool = False  # includes photos: slow (about a second a photo)
    # Lists photos by their shared copies (survey:photos), which only a sync makes: a photo
    # not synced yet is counted, not named (the export's ``Tally`` says how many).
    names_shared_photos: bool = False
    description: str = ""


def _geojson(job: ExportJob) -> Iterator[tuple[int, int]]:
    total = count_cameras(job.source, verified_only=job.verified_only)
    steps = write_geojson(
        job.source, job.out, job.covered, job.day_only, job.verified_only, tally=job.tally
    )
    for done in steps:
        yield done, total


def _formats() -> dict[str, ExportFormat]:
    # Labels and descriptions in English, marked for lupdate: the export dialog and the command
    # line's help translate them where they show them.
    formats = (
        ExportFormat(
            "geojson",
            QT_TRANSLATE_NOOP("formats", "GeoJSON (QGIS, web maps)"),
            ".geojson",
            "application/geo+json",
            _geojson,
            binary=True,  # UTF-8 by definition: orjson's bytes go out as they are
            names_shared_photos=True,
            description=QT_TRANSLATE_NOOP("formats", "RFC 7946 points, OSM tags as properties"),
        ),
        ExportFormat(
            "csv",
            QT_TRANSLATE_NOOP("formats", "CSV spreadsheet"),
            ".csv",
            "text/csv",
            table.write_csv,
            names_shared_photos=True,
            description=QT_TRANSLATE_NOOP(
                "formats", "one row per camera, OSM keys as columns, longitude/latitude"
            ),
        ),
        ExportFormat(
            "kml",
            QT_TRANSLATE_NOOP("formats", "KML (Google Earth, OsmAnd)"),
            ".kml",
            "application/vnd.google-earth.kml+xml",
            kml.write_kml,
            description=QT_TRANSLATE_NOOP(
                "formats", "placemarks with a description table and direction"
            ),
        ),
        ExportFormat(
            "osm",
            QT_TRANSLATE_NOOP("formats", "OSM XML for JOSM"),
            ".osm",
            "application/vnd.openstreetmap.data+xml",
            osm.write_osm,
            description=QT_TRANSLATE_NOOP(
                "formats", "new nodes to review in JOSM (never uploaded by SurveyApp)"
            ),
        ),
        ExportFormat(
            "gpx",
            QT_TRANSLATE_NOOP("formats", "GPX waypoints"),
            ".gpx",
            "application/gpx+xml",
            gpx.write_gpx,
            description=QT_TRANSLATE_NOOP(
                "formats", "GPX 1.1 waypoints for GPS devices and phone apps"
            ),
        ),
        ExportFormat(
            "zip",
            QT_TRANSLATE_NOOP("formats", "GeoJSON + photos (zip)"),
            ".zip",
            "application/zip",
            photozip.write_zip,
            binary=True,
            needs_photo_sharer=True,
            description=QT_TRANSLATE_NOOP(
                "formats", "for journalists: the GeoJSON and privacy-stripped copies of the photos"
            ),
        ),
    )
    return {f.name: f for f in formats}


FORMATS: dict[str, ExportFormat] = _formats()


def find_format(name: str) -> ExportFormat:
    """The format called ``name``; ExportError names the known ones."""
    try:
        return FORMATS[name.strip().lower()]
    except KeyError:
        raise ExportError(f"unknown export format '{name}': use {', '.join(FORMATS)}") from None


def _check(format_: ExportFormat, share_photo: PhotoSharer | None) -> None:
    if format_.needs_photo_sharer and share_photo is None:
        raise ExportError(
            f"the {format_.name} export shares photos and needs the privacy filter (share_photo)"
        )


def write_export(
    source: Source,
    format_name: str,
    out: IO[Any],
    *,
    library: Path,
    share_photo: PhotoSharer | None = None,
    covered: CoveredLookup = covered_list,
    day_only: bool = False,
    verified_only: bool = False,
    left_out: list[str] | None = None,
    tally: Tally | None = None,
) -> Iterator[tuple[int, int]]:
    """Write the export to an open stream (bytes for binary formats), yielding (done, total).

    Checks the format and options before the first item is asked for. ``day_only`` writes every
    time as its date only (for publication); ``verified_only`` writes only the cameras the
    team's reviewers verified. ``left_out`` receives a line for each thing the export could
    not hold (a damaged photo in a zip), to be said when it is done; ``tally`` what it counted
    (the photos a GeoJSON or CSV could not name).
    """
    format_ = find_format(format_name)
    _check(format_, share_photo)
    return format_.write(
        ExportJob(
            source, out, library, covered, share_photo, day_only, verified_only,
            left_out if left_out is not None else [],
            tally if tally is not None else Tally(),
        )
    )  # fmt: skip


def export_to_file(
    source: Source,
    format_name: str,
    path: Path,
    *,
    library: Path,
    share_photo: PhotoSharer | None = None,
    covered: CoveredLookup = covered_list,
    day_only: bool = False,
    verified_only: bool = False,
    cameras: Iterable[str | uuid.UUID] | None = None,
    left_out: list[str] | None = None,
    tally: Tally | None = None,
) -> Generator[tuple[int, int], None, None]:
    """Write the export to ``path``, yielding (done, total) as it goes; only ``cameras`` when
    given (those the list shows, or those selected), else every camera. ``left_out`` and
    ``tally`` as for ``write_export``.

    The file appears only when the export is complete: it is written to a hidden temporary file
    beside ``path``, flushed to disk and renamed; an error, or closing the generator (Cancel),
    leaves any earlier file untouched. Raises ExportError at once for an unknown format, a
    missing folder or a folder given as the file.
    """
    format_ = find_format(format_name)
    _check(format_, share_photo)
    path = Path(path)
    if not path.parent.is_dir():
        raise ExportError(f"no such folder: {path.parent}")
    if path.is_dir():
        raise ExportError(f"{path} is a folder: give the name of the file to write in it")
    if database_file_check_for(connection_of(source))(path):
        raise ExportError(f"{path} is the survey database itself: choose another file")
    options = functools.partial(
        ExportJob,
        source,
        library=library,
        covered=covered,
        share_photo=share_photo,
        day_only=day_only,
        verified_only=verified_only,
        left_out=left_out if left_out is not None else [],
        tally=tally if tally is not None else Tally(),
    )
    if cameras is None:
        return _write_file(format_, path, options)
    return _only(source, cameras, _write_file(format_, path, options))


def _only(
    source: Source,
    cameras: Iterable[str | uuid.UUID],
    steps: Generator[tuple[int, int], None, None],
) -> Generator[tuple[int, int], None, None]:
    """``steps`` with only these cameras exported."""
    with only_these(source, cameras):
        yield from steps


def _write_file(
    format_: ExportFormat, path: Path, options: Callable[..., ExportJob]
) -> Generator[tuple[int, int], None, None]:
    temporary = path.with_name(f".{path.name}.partial")
    try:
        with (
            open(temporary, "wb")
            if format_.binary
            else open(temporary, "w", encoding="utf-8", newline="\n")
        ) as out:
            job = options(out=out)
            with _WriteBack(out.fileno()):
                yield from format_.write(job)
            out.flush()
            os.fsync(out.fileno())
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)


_FDATASYNC = getattr(os, "fdatasync", os.fsync)  # Windows has no fdatasync


class _WriteBack:
    """Sends what is written so far to the disk every tenth of a second, on a thread of its own,
    while the export goes on: the final flush before the rename then waits only for the last
    moment's writing, not for the whole file (70 MB for 100,000 cameras)."""

    INTERVAL = 0.1  # seconds

    def __init__(self, descriptor: int) -> None:
        self._descriptor = descriptor
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="export-writeback", daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(self.INTERVAL):
            try:
                _FDATASYNC(self._descriptor)
            except OSError:  # the final fsync reports it, in the export's own thread
                return

    def __enter__(self) -> _WriteBack:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()
