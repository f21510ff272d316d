"""The radar chart of self-ratings against a role's targets, as a plain SVG string.

One function serves the PDF (WeasyPrint) and the GUI (QtSvg, which reads SVG Tiny 1.2),
so the markup keeps to what both understand: presentation attributes only, no CSS
`<style>`, no `foreignObject`, no `dx`/`dy`. Series differ by dash pattern and marker
shape as well as by grey level, so the chart still reads on a black-and-white printer.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal
from xml.sax.saxutils import escape

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
_LABEL_SIZE = 10.5
_MIN_LABEL_SIZE = 7.0
_EM_PER_CHAR = 0.53
_LEGEND_ROW = 16.0


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
        pts = f"{_num(x)},{_num(y - 4)} {_num(x + 4)},{_num(y)} {_num(x)},{_num(y + 4)} {_num(x - 4)},{_num(y)}"
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


def _wrap(label: str, width: int = 13) -> list[str]:
    """Split a long label at spaces or hyphens into at most two lines (SVG Tiny has no wrapping)."""
    if len(label) <= width:
        return [label]
    cuts = [i + 1 for i, ch in enumerate(label[:-1]) if ch in " -"]
    if not cuts:
        return [label]
    best = min(cuts, key=lambda i: abs(i - len(label) / 2))
    return [label[:best].rstrip(), label[best:].lstrip()]


def _text_width(line: str, size: float) -> float:
    """A close enough estimate for Liberation Sans: about half an em per character."""
    return len(line) * size * _EM_PER_CHAR


def _label_svg(label: str, x: float, y: float, angle: float, room: float) -> str:
    cos, sin = math.cos(angle), math.sin(angle)
    anchor = "middle" if abs(cos) < 0.2 else ("start" if cos > 0 else "end")
    lines = _wrap(label)
    # Shrink a label that would run off the picture (long single words, e.g. in Dutch).
    widest = max(_text_width(line, _LABEL_SIZE) for line in lines)
    size = max(_MIN_LABEL_SIZE, min(_LABEL_SIZE, _LABEL_SIZE * room / widest)) if widest else _LABEL_SIZE
    line_height = size * 1.15
    block = line_height * (len(lines) - 1)
    if anchor == "middle":  # straight above or below: grow away from the chart, clear of neighbours
        top = y - block - size * 1.5 if sin < 0 else y + size * 0.8 + size * 1.2
    else:  # beside the chart: centre the block on the spoke's end
        top = y + size * 0.35 - block / 2 + size * 0.3 * sin
    return "".join(
        f'<text x="{_num(x)}" y="{_num(top + i * line_height)}" font-family="{_FONT}" '
        f'font-size="{_num(size)}" fill="#000000" text-anchor="{anchor}">{escape(line)}</text>'
        for i, line in enumerate(lines)
    )


def _legend_svg(series: Sequence[RadarSeries], top: float) -> str:
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
            f'<text x="56" y="{_num(y + 3.5)}" font-family="{_FONT}" font-size="10" '
            f'fill="#000000">{escape(item.name)}</text>'
        )
    return "".join(parts)


def radar_svg(
    labels: Sequence[str],
    series: Sequence[RadarSeries],
    *,
    size: int = 420,
    title: str = "",
) -> str:
    """An SVG document (a string) with one spoke per label and one polygon per series."""
    count = max(len(labels), 3)
    radius = size * 0.29
    margin = _LABEL_SIZE * 4.4  # room for two-line labels above and below the rings
    cx, cy = size / 2, radius + margin
    legend_top = cy + radius + margin + 4
    height = legend_top + (_LEGEND_ROW * len(series) if series else 0)
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
        # Ring numbers sit between the first two spokes, clear of the labels.
        lx, ly = _point(cx, cy, radius * level / SCALE_MAX, (_angle(0, count) + _angle(1, count)) / 2)
        out.append(
            f'<text x="{_num(lx)}" y="{_num(ly + 3)}" font-family="{_FONT}" font-size="8" '
            f'fill="#606060" text-anchor="middle">{level}</text>'
        )
    for i in range(count):
        x, y = _point(cx, cy, radius, _angle(i, count))
        out.append(
            f'<line x1="{_num(cx)}" y1="{_num(cy)}" x2="{_num(x)}" y2="{_num(y)}" '
            f'stroke="#c8c8c8" stroke-width="0.6"/>'
        )
    for item in series:
        out.append(_series_svg(item, cx, cy, radius, count))
    for i, label in enumerate(labels):
        angle = _angle(i, count)
        x, y = _point(cx, cy, radius + 8, angle)
        # Beside the chart a label may run to the picture's edge; above and below it is
        # lifted clear of its neighbours and may be wide.
        room = size / 2 - abs(x - cx) - 2 if abs(math.cos(angle)) >= 0.2 else size * 0.45
        out.append(_label_svg(label, x, y, angle, room))
    if series:
        out.append(_legend_svg(series, legend_top))
    out.append("</svg>")
    return "".join(out)
