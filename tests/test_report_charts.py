"""The radar chart SVG: well-formed, escaped, greyscale-readable, and readable by QtSvg."""

from __future__ import annotations

import itertools
import math
import re
import xml.etree.ElementTree as ET

import pytest

from app.report.charts import RadarSeries, radar_svg

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


def _advance_widths() -> tuple[dict[int, int], int, int]:
    from fontTools.ttLib import TTFont

    from app import paths

    font = TTFont(paths.RESOURCES / "fonts" / "LiberationSans-Regular.ttf", lazy=True)
    hmtx = font["hmtx"].metrics
    widths = {code: hmtx[name][0] for code, name in font.getBestCmap().items()}
    return widths, hmtx[".notdef"][0], font["head"].unitsPerEm


def _text_boxes(root: ET.Element) -> list[tuple[str, tuple[float, float, float, float]]]:
    """Each <text> as (its text, its box), measured with the font both renderers use."""
    widths, default, units = _advance_widths()
    out = []
    for node in root.iter(f"{NS}text"):
        text, size = node.text or "", float(node.get("font-size", "0"))
        width = sum(widths.get(ord(ch), default) for ch in text) * size / units
        x, y = float(node.get("x", "0")), float(node.get("y", "0"))
        left = {"start": x, "middle": x - width / 2, "end": x - width}[node.get("text-anchor", "start")]
        out.append((text, (left, y - 0.905 * size, left + width, y + 0.212 * size)))
    return out


def _marker_boxes(root: ET.Element) -> list[tuple[float, float, float, float]]:
    boxes = []
    for group in root.iter(f"{NS}g"):
        for marker in list(group)[1:]:
            if marker.tag == f"{NS}rect":
                x, y = float(marker.get("x", "0")), float(marker.get("y", "0"))
                boxes.append(
                    (
                        x - 1,
                        y - 1,
                        x + float(marker.get("width", "0")) + 1,
                        y + float(marker.get("height", "0")) + 1,
                    )
                )
            elif marker.tag == f"{NS}circle":
                cx, cy, r = (float(marker.get(k, "0")) for k in ("cx", "cy", "r"))
                boxes.append((cx - r, cy - r, cx + r, cy + r))
            else:
                pts = [tuple(map(float, p.split(","))) for p in (marker.get("points") or "").split()]
                boxes.append(
                    (
                        min(p[0] for p in pts),
                        min(p[1] for p in pts),
                        max(p[0] for p in pts),
                        max(p[1] for p in pts),
                    )
                )
    return boxes


def _meet(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize("size", [320, 420, 560])
@pytest.mark.parametrize("lang", ["sv", "nl", "en"])
def test_labels_neither_overlap_nor_leave_the_canvas_nor_sit_under_markers(lang: str, size: int) -> None:
    """The real competency labels in each language, with every series at 5 (markers on the outer
    ring, next to the labels) and a legend with the scale."""
    from app import content

    shipped = content.shipped()
    questions = shipped.questionnaire.index()
    labels = [
        (questions[f"competency.{c}"].short or questions[f"competency.{c}"].prompt).get(lang)
        for c in shipped.competency_ids()
    ]  # type: ignore[union-attr]
    n = len(labels)
    series = [
        RadarSeries("Target", [5] * n, "target"),
        RadarSeries("You", [5 if i % 2 else 4 for i in range(n)], "rating"),
        RadarSeries("Earlier", [4.6] * n, "previous"),
        RadarSeries("Observer", [5 if i % 3 else 4.8 for i in range(n)], "observer"),
    ]
    root = ET.fromstring(
        radar_svg(labels, series, size=size, title="t", scale="Scale: 1 = not at all, 5 = expert.")
    )
    width, height = float(root.get("width", "0")), float(root.get("height", "0"))
    assert width == size
    boxes = _text_boxes(root)
    drawn = " ".join(text for text, _ in boxes)
    for label in labels:
        assert all(word in drawn for word in label.replace("-", " ").split())
    for text, (left, top, right, bottom) in boxes:
        assert left >= 0 and right <= width and top >= 0 and bottom <= height, f"{text!r} leaves the canvas"
    for (a_text, a), (b_text, b) in itertools.combinations(boxes, 2):
        assert not _meet(a, b), f"{a_text!r} overlaps {b_text!r}"
    scale_numbers = {str(level) for level in range(1, 6)}
    for marker in _marker_boxes(root):
        for text, box in boxes:
            assert text in scale_numbers or not _meet(marker, box), f"a marker covers {text!r}"
    # One size for every competency label (none drawn smaller to squeeze it in).
    label_sizes = {
        node.get("font-size")
        for node in root.iter(f"{NS}text")
        if any((node.text or "") in label for label in labels) and (node.text or "") not in scale_numbers
    }
    assert len(label_sizes) == 1


@pytest.mark.parametrize("labels", [[], ["Only one"], ["One", "Two"]], ids=["none", "one", "two"])
def test_a_chart_with_fewer_than_three_labels_is_still_drawn(labels: list[str]) -> None:
    root = ET.fromstring(radar_svg(labels, [RadarSeries("Target", [3] * len(labels), "target")]))
    assert float(root.get("height", "0")) > 0
    assert all(label in _texts(root) for label in labels)


def test_the_font_metrics_file_matches_the_bundled_fonts() -> None:
    """resources/fonts/metrics.json (what the radar measures with and what glyphs.printable keeps)
    is made from the fonts; after changing a font, run `python -m app.report.font_metrics`."""
    import json

    from app.report import font_metrics

    stored = json.loads(font_metrics.METRICS_FILE.read_text(encoding="utf-8"))
    assert stored == json.loads(json.dumps(font_metrics.build()))
