"""A JPEG comment (COM segment) never leaves the laptop: it is free text the phone's or an
editor's software wrote, or the volunteer ("home balcony"), and docs/privacy.md promises "no
comments" in the shared copy, nor in the thumbnail the server shows others."""

from __future__ import annotations

import base64
import io

from PIL import Image

from surveyapp.photos.metadata import read_metadata_bytes
from surveyapp.photos.privacy import make_derivative, shareable_jpeg
from surveyapp.sync.blobs import shared_thumbnail
from tests.factory import PhotoSpec, make_jpeg

COMMENT = b"home balcony, Jelena Petrovic"


def with_comment(data: bytes) -> bytes:
    """The photo's bytes with a JPEG COM segment right after SOI (as GIMP or a phone writes)."""
    segment = b"\xff\xfe" + (len(COMMENT) + 2).to_bytes(2, "big") + COMMENT
    return data[:2] + segment + data[2:]


def test_a_jpeg_comment_is_not_in_the_shared_copy_nor_its_thumbnail() -> None:
    original = with_comment(make_jpeg(PhotoSpec(latitude=44.81, longitude=20.46), seed=3))
    assert Image.open(io.BytesIO(original)).info.get("comment") == COMMENT

    for blur in (True, False):
        shared = shareable_jpeg(original, blur=blur)
        assert COMMENT not in shared
        assert "comment" not in Image.open(io.BytesIO(shared)).info
    derivative = make_derivative(original, read_metadata_bytes(original), blur=False)
    assert COMMENT not in derivative.jpeg
    thumbnail = shared_thumbnail(shareable_jpeg(original))
    assert thumbnail is not None
    assert COMMENT not in base64.b64decode(thumbnail)
