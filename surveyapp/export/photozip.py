"""A zip for journalists: the survey as GeoJSON plus a shareable copy of every camera's photos.

Photos never leave as originals: each is a privacy derivative (no EXIF/XMP, faces and plates
blurred), named ``photos/<sha256>.jpg`` by the SHA-256 of its own bytes, as the GeoJSON's
``survey:photos`` lists them. Never by the original's SHA-256: whoever holds the volunteer's
phone files (a seized phone, a cloud backup) could hash them and prove she took the photos
(docs/decisions/review-and-publication.md). A photo of ours that a sync already prepared goes
in as that shared copy, the one the server has and the public map names; any other copy is made
by the caller's ``share_photo`` (a teammate's picture fetched from the server too: it came over
the wire, so it is made again here rather than trusted to carry no metadata). Making a
derivative takes about a second, so progress is reported per photo. They are made one at a
time: the privacy module's OpenCV detectors are shared objects that are not safe to use from
several threads at once.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Iterator

from surveyapp.db.files import is_fetched, shared_path
from surveyapp.export.geojson import write_geojson
from surveyapp.export.job import ExportError, ExportJob
from surveyapp.export.rows import PhotoFile, photo_files
from surveyapp.i18n import system_reason, translate
from surveyapp.protocol.fields import SHA256_TEXT

GEOJSON_NAME = "cameras.geojson"
README_NAME = "README.txt"

_README = """Surveillance cameras mapped with SurveyApp.

{geojson}: one point per camera (GeoJSON, RFC 7946; opens in QGIS and web maps), with
OpenStreetMap's man_made=surveillance tags as properties. survey:photos lists each camera's
photos by the SHA-256 of the file in this zip; the files are photos/<sha256>.jpg.

The photos are copies made for sharing: they carry no metadata (no EXIF, GPS, device serials
or owner names) and faces and licence plates of passers-by are blurred.
"""

_LEFT_OUT = """
Photos not in this zip ({count}): their files on the volunteer's laptop are damaged (no copy
of their pixels could be made). Each line names the camera the photo shows:

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
        if isinstance(error, FileNotFoundError):
            text = translate(
                "export",
                "photo {photo} ({name}) cannot be shared: its original is missing from the "
                "library ({path}): import its file again to put it back",
            )
        else:
            text = translate("export", "photo {photo} ({name}) cannot be shared: {path}: {reason}")
        raise ExportError(
            text.format(
                photo=photo.sha256[:12],
                name=_printable(photo.file_name),
                path=path,
                reason=system_reason(error),
            )
        ) from error


def _stored_copy(job: ExportJob, photo: PhotoFile) -> bytes | None:
    """The shared copy a sync of ours prepared for the photo, as the server has it: None for a
    teammate's photo (its picture here came over the wire), when there is none, or when the
    file is missing or not the copy its hash names."""
    blob = photo.blob_sha256
    if is_fetched(photo.library_path) or not blob or not SHA256_TEXT.fullmatch(blob):
        return None
    try:
        data = shared_path(job.library, blob).read_bytes()
    except OSError:
        return None
    return data if hashlib.sha256(data).hexdigest() == blob else None


def write_zip(job: ExportJob) -> Iterator[tuple[int, int]]:
    """Write the zip to job.out (bytes), yielding (done, total): each photo, then the GeoJSON
    (which names the photos by the copies written) as the last step.

    A photo whose original is missing or unreadable stops the export with an ExportError naming
    it (putting the file back, or fetching it, makes the zip whole). A photo whose file is
    there but damaged, so that no copy of its pixels can be made, cannot be mended: it is left
    out, named in the zip's README (by its camera) and in ``job.left_out`` (with its file name),
    so that one broken file does not keep a survey's zip from being made, and a zip never
    silently lacks a photo."""
    share_photo = job.share_photo
    if share_photo is None:
        raise ExportError("the photo zip needs the privacy filter (share_photo)")
    photos = photo_files(job.source, job.verified_only)
    total = len(photos) + 1
    damaged: list[str] = []
    names: dict[str, str] = {}  # original's SHA-256 -> the copy's, as the zip names it
    written: set[str] = set()
    with zipfile.ZipFile(job.out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for done, photo in enumerate(photos, start=1):
            if not SHA256_TEXT.fullmatch(photo.sha256):  # a pulled value, checked as before
                raise ExportError(
                    f"a photo's SHA-256 is not 64 hexadecimal digits ({photo.sha256[:80]!a}): "
                    "it cannot name a file in the zip"
                )
            if not photo.library_path:  # another volunteer's photo, synced without its original
                raise ExportError(
                    f"photo {photo.sha256[:12]} is not on this laptop yet: "
                    f"`surveyapp sync fetch {photo.sha256[:12]}` downloads it"
                )
            jpeg = _stored_copy(job, photo)
            if jpeg is None:
                original = _original(job, photo)
                try:
                    jpeg = share_photo(photo.sha256, original)
                except ValueError as error:  # the file is damaged: say so, go on with the others
                    # The zip is published: its README names the photo by its camera only (a
                    # phone's file name can hold the time of day, or a name; its hash proves
                    # whose phone it came from); the one exporting it is told the file name
                    # too, to find the file.
                    published = getattr(error, "english", str(error))  # the README's words
                    damaged.append(f"camera {photo.camera_id}: {published}")
                    name = _printable(photo.file_name)
                    job.left_out.append(
                        translate("export", "photo {photo} ({name}): {error}").format(
                            photo=photo.sha256[:12], name=name, error=error
                        )
                    )
                    yield done, total
                    continue
            copy = hashlib.sha256(jpeg).hexdigest()
            if copy not in written:  # two files of one picture: one copy
                written.add(copy)
                # JPEG is already compressed: stored as it is.
                archive.writestr(f"photos/{copy}.jpg", jpeg, zipfile.ZIP_STORED)
            names[photo.sha256] = copy
            yield done, total
        geojson = io.BytesIO()
        for _ in write_geojson(
            job.source, geojson, job.covered, job.day_only, job.verified_only, names
        ):
            pass
        archive.writestr(GEOJSON_NAME, geojson.getvalue())
        readme = _README.format(geojson=GEOJSON_NAME)
        if damaged:
            readme += _LEFT_OUT.format(count=len(damaged), lines="\n".join(damaged))
        archive.writestr(README_NAME, readme)
        yield total, total
