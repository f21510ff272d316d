"""Render the app's SVG icon as PNGs in the hicolor layout (SIZExSIZE/apps/smm-career.png), offscreen Qt.

    python render_icons.py ICON.svg SHARE/icons/hicolor

The Linux package installs them all; the Windows and macOS builds take the 256 px one, which
PyInstaller turns into the .ico and .icns (packaging/build_desktop.py).
"""

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256)


def main(svg: str, theme: str) -> None:
    _app = QGuiApplication([])
    renderer = QSvgRenderer(svg)
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = Path(theme) / f"{size}x{size}" / "apps" / "smm-career.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target)):
            raise SystemExit(f"{target}: cannot be written")


if __name__ == "__main__":
    main(*sys.argv[1:])
