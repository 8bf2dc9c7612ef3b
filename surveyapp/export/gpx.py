"""GPX 1.1 export: a waypoint per camera for GPS devices and phone apps."""

from __future__ import annotations

from collections.abc import Iterator

from surveyapp import __version__
from surveyapp.export.describe import camera_title, description_rows, xml_escape_pairs, xml_text
from surveyapp.export.job import ExportJob, write_text_each
from surveyapp.export.rows import ExportedCamera, decimal_text

_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    f'<gpx version="1.1" creator="SurveyApp {__version__}" '
    'xmlns="http://www.topografix.com/GPX/1/1">\n'
    "<metadata><name>SurveyApp cameras</name></metadata>\n"
)


def write_gpx(job: ExportJob) -> Iterator[tuple[int, int]]:
    """Write the GPX file to job.out, yielding (done, total) every 1,000 waypoints."""
    job.out.write(_HEAD)

    def text(camera: ExportedCamera) -> str:
        rows = xml_escape_pairs(description_rows(camera))
        desc = "\n".join([f"{k}={v}" for k, v in rows])
        return (
            f'<wpt lat="{decimal_text(camera.latitude)}" lon="{decimal_text(camera.longitude)}">'
            f"<name>{xml_text(camera_title(camera))}</name><desc>{desc}</desc>"
            "<sym>Camera</sym><type>man_made=surveillance</type></wpt>\n"
        )

    yield from write_text_each(job, text)
    job.out.write("</gpx>\n")
