"""The geotagging preview's map on its own: fitting a track, across the antimeridian too."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from pytestqt.qtbot import QtBot

from surveyapp.ui.track_preview import TrackPreview


def test_a_track_across_the_antimeridian_is_shown_whole_and_clicks_land_on_it(
    qtbot: QtBot,
) -> None:
    """A walk on Taveuni (Fiji), across 180°: both ends and the photo between are in view, on
    one side of the map, not the world's width apart; a click gives back the place under it."""
    preview = TrackPreview()
    qtbot.addWidget(preview)
    preview.resize(360, 300)
    west, east = (-16.8000, 179.9990), (-16.8010, -179.9985)
    preview.show_plan([west, east], [("p1", -16.8005, 179.9999)])
    points = [preview.at(*west), preview.at(*east), preview.at(-16.8005, 179.9999)]
    for point in points:
        assert preview.rect().contains(point.toPoint())
    assert points[0].x() < points[2].x() < points[1].x()  # west to east, across the line
    assert points[1].x() - points[0].x() < preview.width()
    latitude, longitude = preview.place_at(points[1])
    assert abs(latitude - east[0]) < 1e-6 and abs(longitude - east[1]) < 1e-6
    middle = QPointF((points[0].x() + points[1].x()) / 2, (points[0].y() + points[1].y()) / 2)
    _, longitude = preview.place_at(middle)
    assert abs(abs(longitude) - 180.0) < 0.001  # on the line itself, in the right range
    assert -180.0 <= longitude <= 180.0
