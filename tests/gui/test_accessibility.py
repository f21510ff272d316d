"""Keyboard and screen readers: every control is named, Tab follows the questions."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.content import Content
from app.domain.answers import AnswerFile
from app.gui.main import MainWindow
from app.gui.section_page import QuestionBlock
from app.gui.wizard import AssessmentWizard
from tests.gui.test_wizard import ANSWERS


def unnamed_controls(root: QWidget) -> list[str]:
    """Focusable controls with neither text, an accessible name nor a label buddy."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}
    out = []
    for widget in root.findChildren(QWidget):
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QScrollArea) or isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
            continue  # the scroll area itself and the line edit inside a spin or combo box
        named = bool(widget.accessibleName()) or id(widget) in buddies
        if isinstance(widget, QAbstractButton):
            named = named or bool(widget.text())
        if not named:
            out.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return out


def test_every_control_has_a_name(qtbot: QtBot, small_content: Content, isolated_user_folders: Path) -> None:
    window = MainWindow(small_content, isolated_user_folders)
    qtbot.addWidget(window)
    window.show()
    assert unnamed_controls(window.start_page) == []
    wizard = window.open_wizard(AnswerFile(answers=dict(ANSWERS)), lambda af: None)
    for page in wizard.section_pages:
        assert unnamed_controls(page) == [], page.section.id
        wizard.next()
    assert wizard.currentPage() is wizard.results_page
    assert unnamed_controls(wizard.results_page) == []


def test_tab_walks_the_questions_in_order(qtbot: QtBot, small_content: Content) -> None:
    wizard = AssessmentWizard(small_content, AnswerFile(), lambda af: None)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    page = wizard.section_pages[0]
    order = list(page.blocks)
    first = page.blocks[order[0]].input.focus_widget()
    wizard.activateWindow()
    first.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    seen: list[str] = []
    for _ in range(30):
        widget = QApplication.focusWidget()
        while widget is not None and not isinstance(widget, QuestionBlock):
            widget = widget.parentWidget()
        if widget is None:
            break
        if not seen or seen[-1] != widget.question.id:
            seen.append(widget.question.id)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert seen == order


def test_qt_calls_do_not_leak_references_to_none(qapp: object) -> None:
    """PySide6 6.12.0 on Python 3.11 dropped a reference to None on every void call and
    aborted the app after a few thousand clicks (none_dealloc); pyproject pins it out."""
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(5000):
        label.setText("x")
        label.setVisible(False)
    assert sys.getrefcount(None) >= before - 50


def test_counsellor_button_shows_only_when_connected(
    qtbot: QtBot, small_content: Content, isolated_user_folders: Path
) -> None:
    window = MainWindow(small_content, isolated_user_folders)
    qtbot.addWidget(window)
    window.show()
    assert not window.start_page.counsellor_button.isVisible()
    asked: list[bool] = []
    window.start_page.counsellorRequested.connect(lambda: asked.append(True))
    window.start_page.hide()
    window.start_page.show()
    assert window.start_page.counsellor_button.isVisible()
    qtbot.mouseClick(window.start_page.counsellor_button, Qt.MouseButton.LeftButton)
    assert asked == [True]


def test_counsellor_mode_loads_on_its_first_click(
    qtbot: QtBot, small_content: Content, isolated_user_folders: Path
) -> None:
    from PySide6.QtWidgets import QStackedWidget

    window = MainWindow(small_content, isolated_user_folders)
    qtbot.addWidget(window)
    window.offer_counsellor_mode()
    window.show()
    assert window.start_page.counsellor_button.isVisible()
    qtbot.mouseClick(window.start_page.counsellor_button, Qt.MouseButton.LeftButton)
    stack: QStackedWidget = window.stack
    assert stack.currentWidget() is not window.start_page  # the counsellor view is showing
