"""A zip for journalists: the survey as GeoJSON plus a shareable copy of every camera's photos.

Photos never leave as originals: each is the privacy derivative made by the caller's
``share_photo`` (no EXIF/XMP, faces and plates blurred), named ``photos/<sha256>.jpg`` as the
GeoJSON's ``survey:photos`` lists them. Making a derivative takes about a second, so progress
is reported per photo. They are made one at a time: the privacy module's OpenCV detectors are
shared objects that are not safe to use from several threads at once.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

from surveyapp.export.geojson import write_geojson
from surveyapp.export.job import ExportError, ExportJob
from surveyapp.export.rows import PhotoFile, photo_files
from surveyapp.protocol.fields import SHA256_TEXT

GEOJSON_NAME = "cameras.geojson"
README_NAME = "README.txt"

_README = """Surveillance cameras mapped with SurveyApp.

{geojson}: one point per camera (GeoJSON, RFC 7946; opens in QGIS and web maps), with
OpenStreetMap's man_made=surveillance tags as properties. survey:photos lists each camera's
photos by SHA-256; the files are photos/<sha256>.jpg.

The photos are copies made for sharing: they carry no metadata (no EXIF, GPS, device serials
or owner names) and faces and licence plates of passers-by are blurred.
"""

_LEFT_OUT = """
Not in this zip: {count} of the photos survey:photos lists, whose files on the volunteer's
laptop are damaged (no copy of their pixels could be made):

{lines}
"""


def _printable(text: str) -> str:
    """A file name as one line of text (a pulled name may hold a line break)."""
    return "".join(c if c.isprintable() else "?" for c in text)


def _original(job: ExportJob, photo: PhotoFile) -> bytes:
    path = job.library / photo.library_path
    try:
        return path.read_bytes()
    except OSError as error:  # missing or unreadable: the volunteer can put it back
        raise ExportError(
            f"photo {photo.sha256[:12]} ({_printable(photo.file_name)}) cannot be shared: {path}: "
            f"{error.strerror or error}"
        ) from error


def write_zip(job: ExportJob) -> Iterator[tuple[int, int]]:
    """Write the zip to job.out (bytes), yielding (done, total): the GeoJSON counts as one step,
    then each photo.

    A photo whose original is missing or unreadable stops the export with an ExportError naming
    it (putting the file back, or fetching it, makes the zip whole). A photo whose file is
    there but damaged, so that no copy of its pixels can be made, cannot be mended: it is left
    out, named in the zip's README (by its hash) and in ``job.left_out`` (with its file name),
    so that one broken file does not keep a survey's zip from being made, and a zip never
    silently lacks a photo."""
    share_photo = job.share_photo
    if share_photo is None:
        raise ExportError("the photo zip needs the privacy filter (share_photo)")
    photos = photo_files(job.source, job.verified_only)
    total = len(photos) + 1
    damaged: list[str] = []
    with zipfile.ZipFile(job.out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        geojson = io.BytesIO()
        for _ in write_geojson(job.source, geojson, job.covered, job.day_only, job.verified_only):
            pass
        archive.writestr(GEOJSON_NAME, geojson.getvalue())
        yield 1, total
        for done, photo in enumerate(photos, start=2):
            if not SHA256_TEXT.fullmatch(photo.sha256):  # an entry name from a pulled value
                raise ExportError(
                    f"a photo's SHA-256 is not 64 hexadecimal digits ({photo.sha256[:80]!a}): "
                    "it cannot name a file in the zip"
                )
            if not photo.library_path:  # another volunteer's photo, synced without its original
                raise ExportError(
                    f"photo {photo.sha256[:12]} is not on this laptop yet: "
                    f"`surveyapp sync fetch {photo.sha256[:12]}` downloads it"
                )
            original = _original(job, photo)
            try:
                jpeg = share_photo(photo.sha256, original)
            except ValueError as error:  # the file is damaged: say so, go on with the others
                # The zip is published: its README names the photo by its hash only (a phone's
                # file name can hold the time of day, or a name); the one exporting it is told
                # the file name too, to find the file.
                damaged.append(f"photos/{photo.sha256}.jpg: {error}")
                name = _printable(photo.file_name)
                job.left_out.append(f"photo {photo.sha256[:12]} ({name}): {error}")
            else:  # JPEG is already compressed: stored as it is.
                archive.writestr(f"photos/{photo.sha256}.jpg", jpeg, zipfile.ZIP_STORED)
            yield done, total
        readme = _README.format(geojson=GEOJSON_NAME)
        if damaged:
            readme += _LEFT_OUT.format(count=len(damaged), lines="\n".join(damaged))
        archive.writestr(README_NAME, readme)
