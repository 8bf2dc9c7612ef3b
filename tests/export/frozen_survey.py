"""A fixed survey of awkward values, and the export bytes it gave before the exports were made
faster (``tests/export/frozen/``): the fast writers must keep every byte. Written again only
for a change of what an export says: the offset after the times a camera was seen; photos named
by their shared copy's hash, not their original's (December 2026).

    python3 -m tests.export.frozen_survey   # writes the reference files again (only on purpose)
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

from surveyapp import __version__
from surveyapp.cameras.operations import current_survey
from surveyapp.db.database import Database, open_database
from surveyapp.db.models import Camera, CameraStreet, Photo
from surveyapp.export.formats import export_to_file

FROZEN = Path(__file__).with_name("frozen")
FORMATS = ("geojson", "csv", "kml", "osm", "gpx")
# (file name part, export_to_file options)
VARIANTS: dict[str, dict[str, object]] = {
    "all": {},
    "day_only": {"day_only": True},
    "verified_only": {"verified_only": True},
    "chosen": {"cameras": [uuid.UUID(int=3), uuid.UUID(int=5), uuid.UUID(int=11)]},
}
AWKWARD = 'Ünïcödé "quoted" \\ back <tag> & amp \x01\x1f\x7f \u2028\u2029 \u202eevil\u202c 🎥 ]]>'
VERSION = "SurveyApp VERSION"  # the version in OSM and GPX headers, frozen as this


def _id(number: int) -> uuid.UUID:
    return uuid.UUID(int=number)


def _cameras(owner: object) -> Iterator[Camera]:
    at = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)
    yield Camera(
        id=_id(1), survey=owner, latitude=44.8125, longitude=20.4612, surveillance="public",
        surveillance_type="camera", camera_type="dome", camera_mount="pole",
        camera_direction="135", height=4.5, operator=AWKWARD, manufacturer="Hikvision",
        vendor_slug="hikvision", model="DS-2CD2143G0-I", check_date=date(2026, 5, 1),
        extra_tags={"note": '=HYPERLINK("x")', "operator": "replaced by the field"},
        review_state="verified", vendor_confidence="seen", created_at=at,
    )  # fmt: skip
    yield Camera(
        id=_id(2), survey=owner, latitude=-0.0, longitude=-0.0, camera_direction="NE",
        operator="-1+1", model="+CMD", height=1e300, extra_tags={"fixme": "@SUM(1)"},
        review_state="disputed", created_at=at,  # same time: ordered by id
    )  # fmt: skip
    yield Camera(
        id=_id(3), survey=owner, latitude=1e-8, longitude=-179.99999995, height=1e-7,
        status="removed", review_state="removed", camera_direction="300-60",
        manufacturer="Huawei", vendor_slug="huawei", brand="HiSilicon \u0161\u0111",
        created_at=datetime(2026, 5, 4, 11, 0, tzinfo=UTC),
    )  # fmt: skip
    yield Camera(
        id=_id(4), survey=owner, latitude=89.123456789, longitude=179.123456749,
        height=-0.0, camera_direction="\t\n 90 \r", status="not_found",
        extra_tags={"survey:status": "a tag named like the bookkeeping", "lit": "yes"},
        notes="never exported", created_at=datetime(2026, 5, 4, 12, 0, tzinfo=UTC),
    )  # fmt: skip
    yield Camera(
        id=_id(5), survey=owner, latitude=12.5, longitude=-33.25, height=3.0,
        camera_direction="", operator="", manufacturer="Dahua", vendor_slug="dahua",
        extra_tags={"name": AWKWARD, "ref": "12", "\u0438\u043c\u0435": "\u0432\u0440\u0435\u0434"},
        surveillance_type="ALPR", review_state="verified",
        created_at=datetime(2026, 5, 4, 13, 0, tzinfo=UTC),
    )  # fmt: skip
    yield Camera(
        id=_id(6), survey=owner, latitude=45.0, longitude=19.0, manufacturer="Some Local",
        camera_direction="999", created_at=datetime(2026, 5, 4, 13, 30, tzinfo=UTC),
    )  # fmt: skip
    yield Camera(id=_id(7), survey=owner, created_at=at)  # unplaced: never exported
    yield Camera(
        id=_id(8), survey=owner, latitude=44.0, longitude=20.0, deleted=True, created_at=at
    )
    yield Camera(id=_id(9), survey=owner, latitude=44.0, longitude=None, created_at=at)
    for number in range(10, 16):  # plain cameras, some with streets
        yield Camera(
            id=_id(number), survey=owner, latitude=44.8 + number / 1000,
            longitude=20.4 + number / 997, height=number / 7, camera_mount="wall",
            created_at=datetime(2026, 5, 5, number, 0, 0, 123456 * (number % 2), tzinfo=UTC),
        )  # fmt: skip


def _photos() -> Iterator[Photo]:
    # (number, camera, taken_sort, deleted)
    plan = [
        (1, 1, datetime(2026, 5, 4, 10, 5, 0, 250000), False),
        (2, 1, datetime(2026, 5, 4, 9, 55), False),
        (3, 1, None, False),
        (4, 1, datetime(2026, 5, 4, 10, 7), True),
        (5, 2, datetime(2026, 5, 3, 23, 59, 59), False),
        (6, 3, datetime(2026, 5, 4, 11, 0), False),
        (7, 4, None, False),
        (8, 5, datetime(2026, 5, 4, 13, 1), False),
        (9, 5, datetime(2026, 5, 4, 13, 1), False),  # same time: ordered by hash
        (10, 8, datetime(2026, 5, 4, 13, 1), False),
        (11, None, datetime(2026, 5, 4, 13, 1), False),
        (12, 12, datetime(2026, 5, 5, 12, 0), False),
    ]
    # The shared copy each photo has, as a sync prepares it (the exports name photos by it):
    # none for photos 3 and 7 (never synced); one for photos 8 and 9 (two files of one picture).
    copies = {n: f"{0xC0B1 + n:064x}" for n in range(1, 13) if n not in (3, 7)}
    copies[9] = copies[8]
    for number, camera, taken, deleted in plan:
        sha = f"{number:064x}"
        yield Photo(
            id=_id(1000 + number), sha256=sha, camera_id=None if camera is None else _id(camera),
            file_name=f"IMG_{number}.jpg", library_path=f"{sha[:2]}/{sha}.jpg",
            mime="image/jpeg", size=1000, taken_sort=taken, taken_local=taken,
            utc_offset_minutes=120, deleted=deleted, blob_sha256=copies.get(number),
        )  # fmt: skip


def _streets() -> Iterator[CameraStreet]:
    looked = datetime(2026, 5, 6, tzinfo=UTC)
    yield CameraStreet(camera_id=_id(1), latitude=44.8125, longitude=20.4612,
                       street="Теразије", cross_street=AWKWARD, source="offline",
                       looked_up_at=looked)  # fmt: skip
    yield CameraStreet(camera_id=_id(5), latitude=12.5, longitude=-33.25, street="Main & <Co>",
                       cross_street=None, source="offline", looked_up_at=looked)  # fmt: skip
    yield CameraStreet(camera_id=_id(6), latitude=45.1, longitude=19.0, street="moved since",
                       cross_street=None, source="offline", looked_up_at=looked)  # fmt: skip
    yield CameraStreet(camera_id=_id(10), latitude=44.81, longitude=20.4 + 10 / 997,
                       street=None, cross_street=None, source="offline",
                       looked_up_at=looked)  # fmt: skip


def build(path: Path) -> Database:
    """The frozen survey in a new database at ``path``."""
    db = open_database(path)
    with db.session() as session:
        owner = current_survey(session)
        session.add_all(list(_cameras(owner)))
        session.flush()
        session.add_all(list(_photos()))
        session.add_all(list(_streets()))
        session.commit()
    return db


def exported(
    db: Database, format_name: str, variant: str, out: Path, source: str = "session"
) -> bytes:
    """The export's bytes, with the program's version written as ``VERSION``; read through a
    session (the desktop app's way) or the survey's plain connection (the command line's)."""
    options = VARIANTS[variant]
    if source == "session":
        with db.session() as session:
            list(export_to_file(session, format_name, out, library=db.library, **options))  # type: ignore[arg-type]
    else:
        with db.reading() as connection:
            list(export_to_file(connection, format_name, out, library=db.library, **options))  # type: ignore[arg-type]
    return out.read_bytes().replace(f"SurveyApp {__version__}".encode(), VERSION.encode())


def reference(format_name: str, variant: str) -> Path:
    return FROZEN / f"{variant}.{format_name}"


def main() -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        db = build(Path(tmp) / "survey.sqlite")
        try:
            for variant in VARIANTS:
                for name in FORMATS:
                    data = exported(db, name, variant, Path(tmp) / f"out.{name}")
                    reference(name, variant).write_bytes(data)
        finally:
            db.close()


if __name__ == "__main__":
    main()
