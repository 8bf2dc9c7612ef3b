"""GPX 1.1 export: a waypoint per camera for GPS devices and phone apps."""

from __future__ import annotations

from collections.abc import Iterator

from surveyapp import __version__
from surveyapp.export.describe import camera_title, description_rows, xml_escape, xml_text
from surveyapp.export.job import ExportJob, write_each
from surveyapp.export.rows import ExportedCamera

_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    f'<gpx version="1.1" creator="SurveyApp {__version__}" '
    'xmlns="http://www.topografix.com/GPX/1/1">\n'
    "<metadata><name>SurveyApp cameras</name></metadata>\n"
)


def write_gpx(job: ExportJob) -> Iterator[tuple[int, int]]:
    """Write the GPX file to job.out, yielding (done, total) every 1,000 waypoints."""
    job.out.write(_HEAD)

    def write(camera: ExportedCamera) -> None:
        text = "\n".join(f"{xml_escape(k)}={xml_escape(v)}" for k, v in description_rows(camera))
        job.out.write(
            f'<wpt lat="{camera.latitude!r}" lon="{camera.longitude!r}">'
            f"<name>{xml_text(camera_title(camera))}</name><desc>{text}</desc>"
            "<sym>Camera</sym><type>man_made=surveillance</type></wpt>\n"
        )

    yield from write_each(job, write)
    job.out.write("</gpx>\n")
