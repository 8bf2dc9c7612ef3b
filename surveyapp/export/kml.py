"""KML 2.2 export: a placemark per camera for Google Earth and OsmAnd.

Each placemark has a name, a description table of the OSM tags (HTML), the tags again as
ExtendedData for GIS readers, and the camera's direction as its icon's heading.
"""

from __future__ import annotations

from collections.abc import Iterator

from surveyapp.export.describe import (
    camera_title,
    description_rows,
    direction_degrees,
    xml_escape_pairs,
    xml_text,
)
from surveyapp.export.job import ExportJob, write_text_each
from surveyapp.export.rows import ExportedCamera, decimal_text

_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2">
<Document>
<name>SurveyApp cameras</name>
<Style id="camera"><IconStyle><scale>0.9</scale><Icon>\
<href>http://maps.google.com/mapfiles/kml/shapes/camera.png</href></Icon></IconStyle></Style>
"""
_TAIL = "</Document>\n</kml>\n"


def placemark(camera_id: str, title: str, rows: list[tuple[str, str]], heading: float | None,
              longitude: float, latitude: float) -> str:  # fmt: skip
    """One Placemark element.

    The description is an HTML table inside CDATA (Google Earth and OsmAnd show it as a
    table); its values are escaped, so it can hold no "]]>". ExtendedData repeats the tags
    as fields for GIS readers.
    """
    escaped = xml_escape_pairs(rows)
    table = "".join([f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in escaped])
    data = "".join([f'<Data name="{k}"><value>{v}</value></Data>' for k, v in escaped])
    style = (
        f"<Style><IconStyle><heading>{heading:g}</heading></IconStyle></Style>"
        if heading is not None
        else ""
    )
    return (
        f'<Placemark id="camera-{camera_id}"><name>{xml_text(title)}</name>'
        f"<description><![CDATA[<table>{table}</table>]]></description>"
        f"<styleUrl>#camera</styleUrl>{style}<ExtendedData>{data}</ExtendedData>"
        f"<Point><coordinates>{decimal_text(longitude)},{decimal_text(latitude)}</coordinates>"
        "</Point></Placemark>\n"
    )


def write_kml(job: ExportJob) -> Iterator[tuple[int, int]]:
    """Write the KML document to job.out, yielding (done, total) every 1,000 placemarks."""
    job.out.write(_HEAD)

    def text(camera: ExportedCamera) -> str:
        return placemark(
            camera.id,
            camera_title(camera),
            description_rows(camera),
            direction_degrees(camera.tags.get("camera:direction")),
            camera.longitude,
            camera.latitude,
        )

    yield from write_text_each(job, text)
    job.out.write(_TAIL)
