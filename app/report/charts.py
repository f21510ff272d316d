"""The charts, each a plain SVG string: the radar of self-ratings against a role's targets
(`radar_svg`) and a client's readiness over time (`readiness_svg`).

Each function serves the PDF (WeasyPrint) and the GUI (QtSvg, which reads SVG Tiny 1.2),
so the markup keeps to what both understand: presentation attributes only, no CSS
`<style>`, no `foreignObject`, no `dx`/`dy`. Series differ by dash pattern and marker
shape as well as by grey level, so the chart still reads on a black-and-white printer.

Radar labels are measured with the bundled font's own advance widths and laid out at one size:
wrapped at spaces and hyphens, pushed apart when neighbours would touch, and the chart
shrinks until they fit; the ring numbers 1–5 sit on white above the series.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal
from xml.sax.saxutils import escape

from babel.dates import format_date

from app.domain.text import Language
from app.languages import LOCALES
from app.report.font_metrics import advances

SCALE_MAX = 5.0
SeriesStyle = Literal["target", "rating", "previous", "observer"]


@dataclass(frozen=True)
class RadarSeries:
    name: str
    values: Sequence[float]
    """One value per label, on the 0–5 scale (clamped when drawn)."""
    style: SeriesStyle


@dataclass(frozen=True)
class _Look:
    stroke: str
    width: float
    dash: str | None
    fill: str
    fill_opacity: float
    marker: Literal["circle", "square", "triangle", "diamond"]


_LOOKS: dict[SeriesStyle, _Look] = {
    "target": _Look("#555555", 1.6, "6 4", "none", 0.0, "square"),
    "rating": _Look("#1f4e79", 2.4, None, "#1f4e79", 0.18, "circle"),
    "previous": _Look("#8a8a8a", 1.6, "2 3", "none", 0.0, "triangle"),
    "observer": _Look("#9a3d00", 1.8, "7 2 2 2", "none", 0.0, "diamond"),
}
_FONT = "Liberation Sans, Arial, Helvetica, sans-serif"
_ASCENT = 1854 / 2048
"""Liberation Sans: how far a line's glyphs reach above the baseline, in ems (0.212 below)."""
_LABEL_SIZE = 10.5
_SCALE_SIZE = 8.0
_LEGEND_SIZE = 10.0
_LEGEND_ROW = 16.0
_LINE = 1.2
"""Line height of a label, in ems."""
_PAD = 8.0
"""From the outer ring to a label's anchor."""
_GAP = 2.0
"""Least room between two labels."""
_EDGE = 4.0
"""Least room between a label and the canvas's edge."""
_MARKER_CLEARANCE = 6.0
"""Least room between a label and a spoke's end, where the markers of level 5 sit."""
_MAX_SHIFT = 1.5
"""How far (in lines) a label may be pushed from its spoke's end before the chart shrinks."""
_MAX_RADIUS, _MIN_RADIUS = 0.29, 0.17
_NEAR = 3
"""Labels up to this many spokes apart are pushed apart when they touch."""
_WRAP = 7.5
"""Labels wider than this many ems are wrapped (about 14 characters)."""


def _num(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _point(cx: float, cy: float, radius: float, angle: float) -> tuple[float, float]:
    return cx + radius * math.cos(angle), cy + radius * math.sin(angle)


def _angle(index: int, count: int) -> float:
    """Spoke `index` of `count`, the first pointing straight up, going clockwise."""
    return -math.pi / 2 + 2 * math.pi * index / count


def _marker(kind: str, x: float, y: float, colour: str) -> str:
    if kind == "square":
        return (
            f'<rect x="{_num(x - 3)}" y="{_num(y - 3)}" width="6" height="6" '
            f'fill="#ffffff" stroke="{colour}" stroke-width="1.4"/>'
        )
    if kind == "diamond":
        pts = (
            f"{_num(x)},{_num(y - 4)} {_num(x + 4)},{_num(y)} {_num(x)},{_num(y + 4)} {_num(x - 4)},{_num(y)}"
        )
        return f'<polygon points="{pts}" fill="{colour}" stroke="none"/>'
    if kind == "triangle":
        pts = f"{_num(x)},{_num(y - 4)} {_num(x + 3.6)},{_num(y + 2.6)} {_num(x - 3.6)},{_num(y + 2.6)}"
        return f'<polygon points="{pts}" fill="{colour}" stroke="none"/>'
    return f'<circle cx="{_num(x)}" cy="{_num(y)}" r="3.2" fill="{colour}" stroke="none"/>'


def _series_svg(series: RadarSeries, cx: float, cy: float, radius: float, count: int) -> str:
    look = _LOOKS[series.style]
    points = []
    for i in range(count):
        raw = float(series.values[i]) if i < len(series.values) else 0.0
        value = min(max(raw if math.isfinite(raw) else 0.0, 0.0), SCALE_MAX)
        points.append(_point(cx, cy, radius * value / SCALE_MAX, _angle(i, count)))
    coords = " ".join(f"{_num(x)},{_num(y)}" for x, y in points)
    dash = f' stroke-dasharray="{look.dash}"' if look.dash else ""
    fill = f'fill="{look.fill}" fill-opacity="{look.fill_opacity}"' if look.fill != "none" else 'fill="none"'
    parts = [
        f'<g><polygon points="{coords}" {fill} stroke="{look.stroke}" '
        f'stroke-width="{look.width}" stroke-linejoin="round"{dash}/>'
    ]
    parts += [_marker(look.marker, x, y, look.stroke) for x, y in points]
    parts.append("</g>")
    return "".join(parts)


@lru_cache(maxsize=4096)
def text_width(text: str, size: float) -> float:
    """How wide `text` is drawn at `size` in Liberation Sans (kerning left out: it only narrows)."""
    font = advances()
    return sum(font.widths.get(ord(ch), font.default) for ch in text) * size / font.units


def _breaks(label: str) -> list[str]:
    """The label's pieces, each ending where a line may break (after a space or a hyphen)."""
    pieces, current = [], ""
    for ch in label:
        current += ch
        if ch in " -":
            pieces.append(current)
            current = ""
    return [*pieces, current] if current else pieces


def _lines(label: str, room: float, size: float) -> list[str] | None:
    """The label on as few lines as fit in `room` (balanced when two), or None if a word does not fit.

    A label longer than about 14 characters is wrapped even when there is room: compact labels
    crowd their neighbours less."""
    longest = max(text_width(piece.strip(), size) for piece in _breaks(label))
    room = min(room, max(_WRAP * size, longest))
    if text_width(label, size) <= room:
        return [label]
    pieces = _breaks(label)
    splits = [["".join(pieces[:i]).rstrip(), "".join(pieces[i:]).strip()] for i in range(1, len(pieces))]
    fitting = [pair for pair in splits if max(text_width(line, size) for line in pair) <= room]
    if fitting:
        return min(fitting, key=lambda pair: max(text_width(line, size) for line in pair))
    lines: list[str] = []
    for piece in pieces:  # greedy, for labels that need three lines or more
        if lines and text_width(lines[-1] + piece.rstrip(), size) <= room:
            lines[-1] += piece
        else:
            lines.append(piece)
    lines = [line.strip() for line in lines]
    return lines if all(text_width(line, size) <= room for line in lines) else None


@dataclass
class _Label:
    lines: list[str]
    anchor: Literal["start", "middle", "end"]
    x: float
    """Where the text is anchored, relative to the chart's centre."""
    top: float
    """Top of the first line, relative to the chart's centre."""
    width: float
    height: float
    sin: float
    home: float
    """Where `top` was before neighbours pushed the label away."""

    def box(self) -> tuple[float, float, float, float]:
        left = {"start": self.x, "middle": self.x - self.width / 2, "end": self.x - self.width}[self.anchor]
        return left, self.top, left + self.width, self.top + self.height


def _touch(a: _Label, b: _Label) -> bool:
    """Do the two labels' boxes come closer than _GAP?"""
    al, at, ar, ab = a.box()
    bl, bt, br, bb = b.box()
    return al < br + _GAP and bl < ar + _GAP and at < bb + _GAP and bt < ab + _GAP


def _part(a: _Label, b: _Label) -> None:
    """Move one of two touching labels up or down, away from the chart's middle line, until they
    keep _GAP between them: the one further from the middle line (or both, across it)."""
    if (a.sin < 0) == (b.sin < 0):
        outer, inner = (a, b) if abs(a.sin) > abs(b.sin) else (b, a)
        if outer.sin < 0:
            outer.top = inner.top - _GAP - outer.height
        else:
            outer.top = inner.top + inner.height + _GAP
    else:
        upper, lower = (a, b) if a.sin < 0 else (b, a)
        need = upper.top + upper.height + _GAP - lower.top
        upper.top -= need / 2
        lower.top += need / 2


def _layout(
    labels: Sequence[str], count: int, radius: float, width: float, size: float
) -> list[_Label] | None:
    """Every label beside its spoke, at one font size, none overlapping another, the rings or the
    canvas's sides; None when that cannot be done at this radius."""
    half = width / 2 - _EDGE
    line_height = size * _LINE
    out = []
    for i, label in enumerate(labels):
        angle = _angle(i, count)
        cos, sin = math.cos(angle), math.sin(angle)
        anchor: Literal["start", "middle", "end"] = (
            "middle" if abs(cos) < 0.2 else "start" if cos > 0 else "end"
        )
        # Off the spoke's end by _PAD: sideways beside the chart, straight up or down above and below.
        x = radius * cos + (0 if anchor == "middle" else math.copysign(_PAD, cos))
        y = radius * sin + (math.copysign(_PAD, sin) if anchor == "middle" else 0)
        room = 2 * half if anchor == "middle" else half - abs(x)
        lines = _lines(label, room, size) if room > 0 else None
        if lines is None:
            return None
        height = line_height * len(lines)
        # Above or below the chart a label grows away from it; beside it, it sits level with the
        # spoke's end, shifted away from the middle line.
        middle = y - height if sin < 0 else y
        top = middle if anchor == "middle" else y - height / 2 + sin * height / 2
        text_w = max(text_width(line, size) for line in lines)
        out.append(_Label(lines, anchor, x, top, text_w, height, sin, top))
    # Push touching neighbours apart, away from the chart's middle line. Only labels a few
    # spokes apart can touch; those further round are checked once the pushing is done.
    n = len(out)
    near = [(out[i], out[(i + k) % n]) for i in range(n) for k in range(1, min(_NEAR, n - 1) + 1)]
    for _ in range(60):
        moved = False
        for a, b in near:
            if _touch(a, b):
                _part(a, b)
                moved = True
        if not moved:
            break
    else:
        return None
    if any(_touch(a, b) for a, b in itertools.combinations(out, 2)):
        return None
    ends = [_point(0, 0, radius, _angle(i, count)) for i in range(count)]
    for item in out:
        if item.anchor != "middle" and abs(item.top - item.home) > _MAX_SHIFT * line_height:
            return None  # a label above or below the chart only moves further along its spoke
        if not _outside_ring(item.box(), radius, count) or any(
            _distance(item.box(), end) < _MARKER_CLEARANCE for end in ends
        ):
            return None
    return out


def _outside_ring(box: tuple[float, float, float, float], radius: float, count: int) -> bool:
    """Does the box stay clear of the outer ring (a regular polygon round the centre)? True when
    one of the ring's sides, or the box's own sides, separates them (separating axes)."""
    left, top, right, bottom = box
    corners = ((left, top), (right, top), (left, bottom), (right, bottom))
    apothem = radius * math.cos(math.pi / count)
    for k in range(count):
        phi = (_angle(k, count) + _angle(k + 1, count)) / 2
        cos, sin = math.cos(phi), math.sin(phi)
        if min(x * cos + y * sin for x, y in corners) >= apothem + 1:
            return True
    return left >= radius + 1 or right <= -radius - 1 or top >= radius + 1 or bottom <= -radius - 1


def _distance(box: tuple[float, float, float, float], point: tuple[float, float]) -> float:
    """From a point to the nearest point of a box (0 inside it)."""
    left, top, right, bottom = box
    x, y = point
    return math.hypot(max(left - x, 0.0, x - right), max(top - y, 0.0, y - bottom))


def _fit_labels(labels: Sequence[str], count: int, width: float) -> tuple[float, float, list[_Label]]:
    """The largest chart radius (and label size) at which the labels lie clear of each other."""
    for size in (_LABEL_SIZE, 9.5, 8.5):
        radius = width * _MAX_RADIUS
        while radius >= width * _MIN_RADIUS:  # down in steps of 6, then back up in steps of 2
            placed = _layout(labels, count, radius, width, size)
            if placed is not None:
                for larger in (radius + 4, radius + 2):  # the first that fits is the largest
                    if larger <= width * _MAX_RADIUS and (
                        bigger := _layout(labels, count, larger, width, size)
                    ):
                        return larger, size, bigger
                return radius, size, placed
            radius -= 6
    raise ValueError("radar labels do not fit: " + "; ".join(labels))


def _label_svg(item: _Label, cx: float, cy: float, size: float) -> str:
    ascent = size * _ASCENT
    return "".join(
        f'<text x="{_num(cx + item.x)}" y="{_num(cy + item.top + ascent + i * size * _LINE)}" '
        f'font-family="{_FONT}" font-size="{_num(size)}" fill="#000000" '
        f'text-anchor="{item.anchor}">{escape(line)}</text>'
        for i, line in enumerate(item.lines)
    )


def _scale_svg(cx: float, cy: float, radius: float, count: int) -> str:
    """The ring numbers 1–5, between the first two spokes, on white so no line hides them."""
    out = []
    angle = (_angle(0, count) + _angle(1, count)) / 2
    for level in range(1, int(SCALE_MAX) + 1):
        x, y = _point(cx, cy, radius * level / SCALE_MAX, angle)
        w, h = text_width(str(level), _SCALE_SIZE) + 2, _SCALE_SIZE * 1.05
        out.append(
            f'<rect x="{_num(x - w / 2)}" y="{_num(y - h / 2)}" width="{_num(w)}" height="{_num(h)}" '
            f'fill="#ffffff" fill-opacity="0.85" stroke="none"/>'
            f'<text x="{_num(x)}" y="{_num(y + _SCALE_SIZE * 0.36)}" font-family="{_FONT}" '
            f'font-size="{_num(_SCALE_SIZE)}" fill="#404040" text-anchor="middle">{level}</text>'
        )
    return "".join(out)


def _legend_svg(series: Sequence[RadarSeries], top: float, scale: str) -> str:
    parts = []
    for row, item in enumerate(series):
        look = _LOOKS[item.style]
        y = top + row * _LEGEND_ROW
        dash = f' stroke-dasharray="{look.dash}"' if look.dash else ""
        parts.append(
            f'<line x1="16" y1="{_num(y)}" x2="48" y2="{_num(y)}" stroke="{look.stroke}" '
            f'stroke-width="{look.width}"{dash}/>'
        )
        parts.append(_marker(look.marker, 32, y, look.stroke))
        parts.append(
            f'<text x="56" y="{_num(y + 3.5)}" font-family="{_FONT}" font-size="{_LEGEND_SIZE}" '
            f'fill="#000000">{escape(item.name)}</text>'
        )
    if scale:
        y = top + len(series) * _LEGEND_ROW
        parts.append(
            f'<text x="16" y="{_num(y + 3.5)}" font-family="{_FONT}" font-size="{_LEGEND_SIZE}" '
            f'fill="#000000">{escape(scale)}</text>'
        )
    return "".join(parts)


def radar_svg(
    labels: Sequence[str],
    series: Sequence[RadarSeries],
    *,
    size: int = 420,
    title: str = "",
    scale: str = "",
) -> str:
    """An SVG document (a string) with one spoke per label and one polygon per series.

    `size` is the width; the chart shrinks until every label fits beside its spoke at one font
    size, clear of its neighbours, the rings and the edges, and the height follows the labels.
    `scale` (e.g. "Scale: 1 = not at all, 5 = expert") is written under the legend.
    """
    count = max(len(labels), 3)
    radius, label_size, placed = _fit_labels(labels, count, size)
    above = max([radius + _SCALE_SIZE] + [-item.top for item in placed])
    below = max([radius] + [item.top + item.height for item in placed])
    cx, cy = size / 2, _EDGE + above
    legend_top = cy + below + _LEGEND_ROW
    rows = len(series) + (1 if scale else 0)
    height = legend_top + _LEGEND_ROW * rows if rows else cy + below + _EDGE
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
        f'width="{size}" height="{_num(height)}" viewBox="0 0 {size} {_num(height)}">'
    ]
    if title:
        out.append(f"<title>{escape(title)}</title>")
    out.append(f'<rect x="0" y="0" width="{size}" height="{_num(height)}" fill="#ffffff"/>')
    for level in range(1, int(SCALE_MAX) + 1):
        ring = [_point(cx, cy, radius * level / SCALE_MAX, _angle(i, count)) for i in range(count)]
        coords = " ".join(f"{_num(x)},{_num(y)}" for x, y in ring)
        width = "1" if level == SCALE_MAX else "0.6"
        out.append(f'<polygon points="{coords}" fill="none" stroke="#b0b0b0" stroke-width="{width}"/>')
    for i in range(count):
        x, y = _point(cx, cy, radius, _angle(i, count))
        out.append(
            f'<line x1="{_num(cx)}" y1="{_num(cy)}" x2="{_num(x)}" y2="{_num(y)}" '
            f'stroke="#c8c8c8" stroke-width="0.6"/>'
        )
    for item in series:
        out.append(_series_svg(item, cx, cy, radius, count))
    out.append(_scale_svg(cx, cy, radius, count))
    out.extend(_label_svg(item, cx, cy, label_size) for item in placed)
    if rows:
        out.append(_legend_svg(series, legend_top, scale))
    out.append("</svg>")
    return "".join(out)


def readiness_svg(
    days: Sequence[dt.date], values: Sequence[int], lang: Language, *, title: str, width: int = 480
) -> str:
    """Readiness (0–100) per assessment as a line with labelled points, dated in `lang`."""
    height, left, right, top, bottom = 180, 56, 44, 22, 30
    plot_w, plot_h = width - left - right, height - top - bottom
    count = len(values)

    def x(i: int) -> float:
        return left + (plot_w * i / (count - 1) if count > 1 else plot_w / 2)

    def y(value: float) -> float:
        return top + plot_h * (1 - value / 100)

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
        f"<title>{escape(title)}</title>",
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>',
    ]
    for level in (0, 25, 50, 75, 100):
        out.append(
            f'<line x1="{left}" y1="{y(level):.1f}" x2="{width - right}" y2="{y(level):.1f}" '
            f'stroke="#d0d0d0" stroke-width="0.6"/>'
            f'<text x="{left - 5}" y="{y(level) + 3:.1f}" font-family="{_FONT}" font-size="10" '
            f'fill="#606060" text-anchor="end">{level}</text>'
        )
    if count > 1:
        points = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in enumerate(values))
        out.append(f'<polyline points="{points}" fill="none" stroke="#1f4e79" stroke-width="2"/>')
    for i, (day, value) in enumerate(zip(days, values, strict=True)):
        short = format_date(day, format="short", locale=LOCALES[lang])
        out.append(
            f'<circle cx="{x(i):.1f}" cy="{y(value):.1f}" r="3.5" fill="#1f4e79"/>'
            f'<text x="{x(i):.1f}" y="{y(value) - 8:.1f}" font-family="{_FONT}" font-size="12" '
            f'fill="#000000" text-anchor="middle">{value}</text>'
            f'<text x="{x(i):.1f}" y="{height - 10}" font-family="{_FONT}" font-size="10" '
            f'fill="#404040" text-anchor="middle">{escape(short)}</text>'
        )
    out.append("</svg>")
    return "".join(out)
