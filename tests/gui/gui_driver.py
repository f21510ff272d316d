"""Drive the wizard as a person would: mouse clicks and typed keys on the real widgets."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QWizard
from pytestqt.qtbot import QtBot

from app.gui.question_widgets import (
    LikertInput,
    MultiChoiceInput,
    NumberInput,
    QuestionInput,
    RankInput,
    SingleChoiceInput,
    TextInput,
)
from app.gui.section_page import SectionPage
from app.gui.wizard import AssessmentWizard

LEFT = Qt.MouseButton.LeftButton
_Input = TypeVar("_Input", bound=QuestionInput)


def input_of(page: SectionPage, qid: str, kind: type[_Input]) -> _Input:
    """The question's input widget, checked to be the kind the test drives."""
    widget = page.blocks[qid].input
    assert isinstance(widget, kind), f"{qid}: {type(widget).__name__}"
    return widget


def click_box(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click a radio button or check box on its indicator, as a person aims."""
    qtbot.mouseClick(button, LEFT, pos=QPoint(8, button.height() // 2))


def answer(qtbot: QtBot, page: SectionPage, qid: str, value: Any) -> None:
    """Give one answer through the question's widget."""
    widget = page.blocks[qid].input
    if isinstance(widget, TextInput):
        widget.edit.clear()
        qtbot.keyClicks(widget.edit, value)
    elif isinstance(widget, NumberInput):
        widget.spin.setFocus()
        widget.spin.selectAll()
        qtbot.keyClicks(widget.spin, str(value))
    elif isinstance(widget, SingleChoiceInput):
        index = [o.value for o in widget.options].index(value)
        click_box(qtbot, widget.buttons[index])
    elif isinstance(widget, MultiChoiceInput):
        for option, button in zip(widget.options, widget.buttons, strict=True):
            if button.isChecked() != (option.value in value):
                click_box(qtbot, button)
    elif isinstance(widget, LikertInput):
        click_box(qtbot, widget.buttons[value - 1])
    elif isinstance(widget, RankInput):
        for wanted in value:
            for row in range(widget.available.count()):
                item = widget.available.item(row)
                if item.data(Qt.ItemDataRole.UserRole) == wanted:
                    widget.available.setCurrentRow(row)
                    break
            qtbot.mouseClick(widget.add_button, LEFT)
    else:
        raise AssertionError(f"no driver for {type(widget).__name__}")


def click_next(qtbot: QtBot, wizard: QWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)


def click_back(qtbot: QtBot, wizard: QWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), LEFT)


def fill_all(qtbot: QtBot, wizard: AssessmentWizard, answers: dict[str, Any]) -> None:
    """Answer every page from `answers` (question id → value) and go on to the results."""
    for page in wizard.section_pages:
        assert wizard.currentPage() is page, f"expected {page.section.id}, at {wizard.currentPage().title()}"
        for qid in page.blocks:
            if qid in answers:
                answer(qtbot, page, qid, answers[qid])
        click_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.results_page
