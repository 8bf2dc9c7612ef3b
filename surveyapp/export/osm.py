"""OSM XML 0.6 for JOSM: every present camera as a new node to review before any upload.

New nodes have negative ids and no version, as JOSM expects of data not yet on the server; the
file's ``upload="false"`` makes JOSM warn before uploading it (SurveyApp never uploads to OSM by
itself). Tags: the camera's OSM tags, ``source=survey`` and ``check_date`` (the day it was last
photographed when the volunteer set none). Cameras marked removed or not found are left out: they
are not new data for the map.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from surveyapp import __version__
from surveyapp.export.describe import xml_escape_pairs
from surveyapp.export.job import ExportJob, write_text_each
from surveyapp.export.rows import ExportedCamera, decimal_text


def osm_tags(camera: ExportedCamera) -> dict[str, str]:
    """The tags a new node gets."""
    tags = dict(camera.tags)
    tags.setdefault("source", "survey")
    last_seen = camera.survey["survey:last_seen"]
    if "check_date" not in tags and last_seen:
        tags["check_date"] = last_seen[:10]
    return tags


def write_osm(job: ExportJob) -> Iterator[tuple[int, int]]:
    """Write the OSM file to job.out, yielding (done, total) every 1,000 cameras."""
    out = job.out
    out.write(
        "<?xml version='1.0' encoding='UTF-8'?>\n"
        f'<osm version="0.6" generator="SurveyApp {__version__}" upload="false">\n'
    )
    new_ids = itertools.count(1)

    def text(camera: ExportedCamera) -> str:
        pairs = xml_escape_pairs(osm_tags(camera).items())
        tags = "".join([f'  <tag k="{k}" v="{v}"/>\n' for k, v in pairs])
        return (
            f'<node id="-{next(new_ids)}" lat="{decimal_text(camera.latitude)}" '
            f'lon="{decimal_text(camera.longitude)}">\n'
            f"{tags}</node>\n"
        )

    yield from write_text_each(job, text, status="present")
    out.write("</osm>\n")
