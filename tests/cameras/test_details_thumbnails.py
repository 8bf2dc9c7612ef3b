"""The camera panel's thumbnails: decoded only when they are as small as they say."""

from __future__ import annotations

import io
import uuid
from pathlib import Path

from PIL import Image
from sqlalchemy.orm import Session

from surveyapp.cameras.details import camera_details
from surveyapp.cameras.operations import current_survey
from surveyapp.db.models import Camera, Photo, Thumbnail


def jpeg(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), "grey").save(out, "JPEG")
    return out.getvalue()


def declaring(data: bytes, width: int, height: int) -> bytes:
    """The JPEG with its frame header claiming another pixel size (a file of a few hundred
    bytes that would decode to width × height pixels)."""
    at = data.index(b"\xff\xc0")
    size = height.to_bytes(2, "big") + width.to_bytes(2, "big")
    return data[: at + 5] + size + data[at + 9 :]


def test_a_thumbnail_declaring_a_huge_picture_is_not_decoded(
    session: Session, tmp_path: Path
) -> None:
    camera = Camera(id=uuid.uuid4(), survey=current_survey(session), latitude=1.0, longitude=2.0)
    small, huge, png = jpeg(32, 24), declaring(jpeg(32, 24), 8000, 8000), b"\x89PNG\r\n\x1a\n"
    for index, data in enumerate([small, huge, png]):
        photo = Photo(
            id=uuid.uuid4(), sha256=f"{index:064x}", camera=camera, file_name=f"{index}.jpg",
            library_path="", mime="image/jpeg", size=1, upload_state="remote",
        )  # fmt: skip
        session.add_all([photo, Thumbnail(photo=photo, jpeg=data, width=32, height=24)])
    session.flush()
    details = camera_details(session, camera.id, tmp_path)
    assert sorted((p.file_name, p.thumbnail) for p in details.photos) == [
        ("0.jpg", small),
        ("1.jpg", None),
        ("2.jpg", None),
    ]
