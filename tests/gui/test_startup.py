"""Start-up: the start page shows before the questionnaire loads, and becomes usable once it has."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from app.content import Content
from app.gui.main import MainWindow, _AfterFirstPaint

ROOT = Path(__file__).resolve().parents[2]


def test_start_page_waits_for_content_then_enables_start(
    qtbot: QtBot, small_content: Content, isolated_user_folders: Path
) -> None:
    window = MainWindow(None, isolated_user_folders)
    qtbot.addWidget(window)
    window.show()
    start = window.findChild(QPushButton, "start_new")
    assert start is not None
    assert not start.isEnabled(), "nothing can start before the questionnaire is there"
    window.set_content(small_content)
    assert start.isEnabled()
    assert window.start_page.heading.text() == small_content.questionnaire.title.get("en")


def test_content_loads_right_after_the_first_paint(qtbot: QtBot, isolated_user_folders: Path) -> None:
    window = MainWindow(None, isolated_user_folders)
    qtbot.addWidget(window)
    calls: list[str] = []
    _AfterFirstPaint(window, lambda: calls.append("loaded"), fallback_ms=60_000)
    assert calls == []
    window.show()
    qtbot.waitUntil(lambda: calls == ["loaded"], timeout=5000)
    window.repaint()
    qtbot.wait(50)
    assert calls == ["loaded"], "runs once"


def test_first_paint_needs_neither_pydantic_nor_the_questionnaire(tmp_path: Path) -> None:
    """The window appears before the heavy data layer is imported (issue 5: cold start)."""
    code = f"""
import sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from app.gui.main import MainWindow
window = MainWindow(None, __import__("pathlib").Path({str(tmp_path)!r}))
window.show()
app.processEvents()
print(sorted(m for m in ("pydantic", "yaml", "weasyprint", "app.content") if m in sys.modules))
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
