"""The radar chart SVG: well-formed, escaped, greyscale-readable, and readable by QtSvg."""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET

import pytest

from app.report.radar import RadarSeries, radar_svg

NS = "{http://www.w3.org/2000/svg}"
LABELS = ["Marketing & communication", "Customer <service>", "SEO", "Psychology", 'Say "hi"']


def _chart(**kwargs: object) -> ET.Element:
    series = [
        RadarSeries("Target", [4, 5, 3, 2, 4], "target"),
        RadarSeries("You & me", [2, 5, 1, 4, 3], "rating"),
        RadarSeries("Earlier", [1, 3, 1, 2, 2], "previous"),
    ]
    return ET.fromstring(radar_svg(LABELS, series, title="Chart <1>", **kwargs))  # type: ignore[arg-type]


def _texts(root: ET.Element) -> list[str]:
    return [t.text or "" for t in root.iter(f"{NS}text")]


def test_labels_and_names_are_escaped_and_come_back_intact() -> None:
    root = _chart()
    texts = " ".join(_texts(root))
    for label in LABELS:
        for word in label.split():
            assert word in texts
    assert "You & me" in _texts(root)
    assert root.find(f"{NS}title") is not None
    assert root.find(f"{NS}title").text == "Chart <1>"  # type: ignore[union-attr]


def test_only_svg_tiny_presentation_markup() -> None:
    svg = radar_svg(LABELS, [RadarSeries("You", [1, 2, 3, 4, 5], "rating")])
    assert "<style" not in svg and "foreignObject" not in svg and "class=" not in svg
    assert 'style="' not in svg
    assert re.search(r'\sd[xy]="', svg) is None
    assert 'baseProfile="tiny"' in svg


def test_series_differ_by_dash_and_marker_not_colour_alone() -> None:
    root = _chart()
    groups = [g for g in root.iter(f"{NS}g")]
    assert len(groups) == 3
    dashes = [g.find(f"{NS}polygon").get("stroke-dasharray") for g in groups]  # type: ignore[union-attr]
    assert len(set(dashes)) == 3  # solid (None), dashed, dotted
    # Each series: its outline, then one marker per label, of a shape of its own.
    marker_shapes = [[child.tag for child in list(g)[1:]] for g in groups]
    assert marker_shapes == [
        [f"{NS}rect"] * len(LABELS),
        [f"{NS}circle"] * len(LABELS),
        [f"{NS}polygon"] * len(LABELS),
    ]


def test_values_are_placed_on_the_scale_and_clamped() -> None:
    size = 400
    svg = radar_svg(["a", "b", "c", "d"], [RadarSeries("x", [5, 0, 9, -3], "rating")], size=size)
    root = ET.fromstring(svg)
    polygon = next(root.iter(f"{NS}g")).find(f"{NS}polygon")
    points = [tuple(map(float, p.split(","))) for p in polygon.get("points").split()]  # type: ignore[union-attr]
    centre_x = size / 2
    radius = size * 0.29
    # First spoke points up: value 5 sits on the outer ring.
    top = points[0]
    assert top[0] == pytest.approx(centre_x, abs=0.1)
    centre_y = top[1] + radius
    # 0 and a negative value sit in the centre; 9 is clamped to the outer ring.
    assert points[1] == pytest.approx((centre_x, centre_y), abs=0.2)
    assert points[3] == pytest.approx((centre_x, centre_y), abs=0.2)
    assert math.dist(points[2], (centre_x, centre_y)) == pytest.approx(radius, abs=0.2)


def test_qtsvg_reads_the_chart() -> None:
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    assert app is not None
    svg = radar_svg(
        LABELS,
        [RadarSeries("Target", [4, 5, 3, 2, 4], "target"), RadarSeries("You", [2, 5, 1, 4, 3], "rating")],
    )
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    assert renderer.isValid()
    image = QImage(renderer.defaultSize(), QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    # Something dark was drawn (lines and labels), not an empty white picture.
    dark = sum(
        1
        for y in range(0, image.height(), 3)
        for x in range(0, image.width(), 3)
        if image.pixelColor(x, y).lightness() < 100
    )
    assert dark > 200
