"""`geotag --gpx` with hostile or huge tracks, run as a volunteer runs it: in a subprocess with
its time bounded and its memory capped (1 GB of address space, a modest laptop's spare)."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.test_cli import surveyapp


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


def geotag(db: Path, track: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "SURVEYAPP_DB"}
    return subprocess.run(
        [sys.executable, "-m", "surveyapp.cli", "--db", str(db), "geotag", "--dry-run",
         "--offset", "+00:00", "--gpx", str(track)],
        capture_output=True, text=True, timeout=timeout, env=env, preexec_fn=_limited,
    )  # fmt: skip


HEADER = (
    '<?xml version="1.0"?><!-- logger 2.1 -->\n<gpx version="1.1" creator="logger" '
    'xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>\n'
)


@pytest.mark.slow
def test_a_million_points_with_extensions_never_end_in_a_traceback(tmp_path: Path) -> None:
    """A day of 1 Hz logging (a million points, each with an extension, 130 MB) read by the
    element reader ran out of a 1 GB address space with a MemoryError's traceback."""
    db, track = tmp_path / "s.sqlite", tmp_path / "day.gpx"
    assert surveyapp("survey", db=db).returncode == 0
    start = 1_780_000_000
    with open(track, "w") as stream:
        stream.write(HEADER)
        for i in range(1_000_000):
            when = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(start + i))
            stream.write(
                f'<trkpt lat="{44 + i * 1e-6:.6f}" lon="20.4"><ele>100</ele>'
                f'<time>{when}.5+02:00</time><extensions><x y="1"/></extensions>'
                "</trkpt>\n"
            )
        stream.write("</trkseg></trk></gpx>\n")
    result = geotag(db, track)
    assert "Traceback" not in result.stderr and "MemoryError" not in result.stderr
    if result.returncode != 0:  # refused: in one line, naming the file
        lines = result.stderr.strip().splitlines()
        assert result.returncode == 2 and len(lines) == 1 and "day.gpx" in lines[0], lines


@pytest.mark.parametrize("encoding", ["x-mac-farsi", "rot13"])
def test_a_track_in_an_unknown_encoding_is_refused_in_one_line_naming_it(
    tmp_path: Path, encoding: str
) -> None:
    """An encoding Python does not know printed "error: unknown encoding: x-mac-farsi" (the app
    said the same), without the file's name."""
    db, track = tmp_path / "s.sqlite", tmp_path / "logger.gpx"
    track.write_text(
        f'<?xml version="1.0" encoding="{encoding}"?><gpx version="1.1"><trk><trkseg>'
        '<trkpt lat="44.8" lon="20.4"><time>2026-05-04T10:00:00Z</time></trkpt>'
        "</trkseg></trk></gpx>"
    )
    result = geotag(db, track)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "logger.gpx" in lines[0] and encoding in lines[0], lines
