"""What every export writer gets, and the writer's shape."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from surveyapp.export.rows import (
    CoveredLookup,
    ExportedCamera,
    Source,
    Tally,
    count_cameras,
    exported_cameras,
)


class ExportError(ValueError):
    """An export that cannot run as asked (unknown format, no folder, a photo it cannot share)."""


# (sha256, original photo bytes) -> the shareable JPEG (no personal metadata, faces and plates
# blurred as the photo's survey and the volunteer's rectangles say); ValueError when no copy can
# be made of those bytes (a damaged file whose pixels cannot be decoded), saying why.
# The export layer may not import the photo pipeline, so the caller hands it in (the CLI and the
# desktop app pass one built on surveyapp.photos.privacy.make_derivative).
PhotoSharer = Callable[[str, bytes], bytes]


@dataclass(frozen=True)
class ExportJob:
    """What a format's writer gets: the caller's connection (or session), the open output and
    the options."""

    source: Source  # read in the caller's transaction
    out: IO[Any]  # text (UTF-8) for text formats, bytes for binary ones
    library: Path  # the photo library folder (originals, by their library_path)
    covered: CoveredLookup
    share_photo: PhotoSharer | None = None
    day_only: bool = False  # times coarsened to the day, for publication
    verified_only: bool = False  # only the cameras the team's reviewers verified
    # What the writer left out and why, one line each, for the caller to say when it is done
    # (a damaged photo the zip could not hold).
    left_out: list[str] = field(default_factory=list)
    tally: Tally = field(default_factory=Tally)  # what it counted: photos it could not name


# A format's writer: writes the whole export to job.out, yielding (done, total) as it goes.
Writer = Callable[[ExportJob], Iterator[tuple[int, int]]]


def write_each(
    job: ExportJob,
    write: Callable[[ExportedCamera], None],
    every: int = 1000,
    status: str | None = None,
) -> Iterator[tuple[int, int]]:
    """Call ``write`` for every exported camera (of ``status`` when given), yielding
    (done, total) every ``every`` cameras and at the end: the loop every streaming writer
    shares."""
    total = count_cameras(job.source, status, job.verified_only)
    done = 0
    for camera in exported_cameras(
        job.source, job.covered, status, job.day_only, job.verified_only, tally=job.tally
    ):
        write(camera)
        done += 1
        if done % every == 0:
            yield done, total
    yield done, total


def write_text_each(
    job: ExportJob,
    text: Callable[[ExportedCamera], str],
    every: int = 1000,
    status: str | None = None,
) -> Iterator[tuple[int, int]]:
    """Write ``text(camera)`` for every exported camera (of ``status`` when given), a thousand
    at a time (one write of a joined thousand costs far less than a thousand writes), yielding
    (done, total) after each and at the end."""
    pending: list[str] = []

    def add(camera: ExportedCamera) -> None:
        pending.append(text(camera))

    for progress in write_each(job, add, every, status):
        job.out.write("".join(pending))
        pending.clear()
        yield progress
