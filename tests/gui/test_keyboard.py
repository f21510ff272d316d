"""The whole wizard by keyboard alone, as a person without a mouse meets it.

Every key goes to the widget that has focus (QApplication.focusWidget()), never to a widget
picked by the test: if focus lands in the wrong place, the walk fails.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QPushButton, QWidget, QWizard
from pytestqt.qtbot import QtBot

from app.content import Content
from app.domain.questionnaire import NumberQuestion
from app.gui.main import MainWindow
from app.gui.question_widgets import (
    LikertInput,
    MultiChoiceInput,
    NumberInput,
    RankInput,
    SingleChoiceInput,
    TextInput,
)
from app.gui.section_page import QuestionBlock, SectionPage
from app.gui.wizard import AssessmentWizard
from app.languages import Language
from app.storage.answer_files import read_answer_file
from app.storage.autosave import autosave_dir
from tests.gui.gui_driver import input_of

Key = Qt.Key


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def press(
    qtbot: QtBot, key: Key, times: int = 1, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    for _ in range(times):
        qtbot.keyClick(focus(), key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focus(), text)


def tab_until(qtbot: QtBot, wanted: Callable[[QWidget], bool], limit: int = 60) -> QWidget:
    for _ in range(limit):
        if wanted(focus()):
            return focus()
        press(qtbot, Key.Key_Tab)
    raise AssertionError(f"Tab never reached it; focus is on {focus()!r}")


def inside(parent: QWidget) -> Callable[[QWidget], bool]:
    return lambda w: w is parent or parent.isAncestorOf(w)


def has_focus(where: Callable[[QWidget], bool]) -> Callable[[], bool]:
    """For waitUntil: the keyboard focus is where `where` says."""
    return lambda: where(focus())


def showing(wizard: AssessmentWizard, page: QWidget) -> Callable[[], bool]:
    """For waitUntil: the wizard shows `page`."""
    return lambda: wizard.currentPage() is page


def numbers_for(lang: Language) -> dict[str, str]:
    """Typed as a person would, with the comma and the point both used in each language."""
    return {
        "experience.total_years": "12,5" if lang == "sv" else "12.5",
        "experience.online_marketing_years": "2.5" if lang == "sv" else "2,5",
        "experience.customer_service_years": "0,5",
        "experience.social_media_work_years": "1.5",
        "goals.hours_per_week": "8",
    }


def required_before(content: Content, section_id: str) -> dict[str, Any]:
    """Simple answers to every required question before `section_id` (so Next lets one through)."""
    out: dict[str, Any] = {}
    for section in content.questionnaire.sections:
        if section.id == section_id:
            return out
        for q in section.questions:
            if q.required:
                options = getattr(q, "options", None)
                out[q.id] = options[0].value if options else (q.min if isinstance(q, NumberQuestion) else "x")
    return out


def visible_in_scroll(page: SectionPage, widget: QWidget) -> bool:
    viewport = page.scroll_area.viewport()
    top = widget.mapTo(viewport, widget.rect().topLeft()).y()
    return top >= 0 and top + widget.height() <= viewport.height()


def answer_by_keys(qtbot: QtBot, page: SectionPage, block: QuestionBlock, lang: Language) -> None:
    """Answer the question that has focus, with keys only."""
    widget = block.input
    assert inside(block)(focus()), f"{block.question.id}: focus is on {focus()!r}"
    if isinstance(widget, TextInput):
        type_text(qtbot, "Support agent")
    elif isinstance(widget, NumberInput):  # typed straight over the "—", as a person does
        type_text(qtbot, numbers_for(lang)[block.question.id])
    elif isinstance(widget, MultiChoiceInput):  # tick the first and the third, each by its own key
        press(qtbot, Key.Key_Space)
        press(qtbot, Key.Key_Tab, times=2)
        press(qtbot, Key.Key_Space)
        assert [b.isChecked() for b in widget.buttons][:3] == [True, False, True]
    elif isinstance(widget, SingleChoiceInput):  # the second option
        press(qtbot, Key.Key_Down)
        press(qtbot, Key.Key_Space)
        assert widget.buttons[1].isChecked()
    elif isinstance(widget, LikertInput):  # level 3 of 5
        press(qtbot, Key.Key_Right, times=2)
        press(qtbot, Key.Key_Space)
        assert widget.value() == 3
        assert visible_in_scroll(page, block), f"{block.question.id} is not fully in view"
    elif isinstance(widget, RankInput):  # Return moves the current option across, three times
        press(qtbot, Key.Key_Return, times=widget.choose)
        ranked = widget.value()
        assert ranked is not None and len(ranked) == widget.choose
    else:
        raise AssertionError(type(widget).__name__)


def walk_wizard(qtbot: QtBot, wizard: AssessmentWizard, lang: Language) -> None:
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    for number, page in enumerate(wizard.section_pages):
        qtbot.waitUntil(showing(wizard, page))
        blocks = list(page.blocks.values())
        qtbot.waitUntil(has_focus(inside(blocks[0])))  # the page starts at its first question
        for i, block in enumerate(blocks):
            if i:
                tab_until(qtbot, inside(block))
            answer_by_keys(qtbot, page, block, lang)
        if isinstance(blocks[-1].input, RankInput) or number % 2:  # Tab to Next, then Space
            tab_until(qtbot, lambda w: w is next_button)
            press(qtbot, Key.Key_Space)
        else:  # Return goes on from wherever the focus is
            press(qtbot, Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.results_page)


@pytest.mark.parametrize("lang", ["sv", "nl"])
def test_keyboard_only_start_to_finish_with_decimal_input(
    qtbot: QtBot, shipped_content: Content, isolated_user_folders: Path, lang: Language
) -> None:
    window = MainWindow(shipped_content, isolated_user_folders)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    start = window.start_page
    qtbot.waitUntil(lambda: focus() is start.language)  # the window opens on the language choice
    target = start.language.findData(lang)
    press(
        qtbot,
        Key.Key_Down if target > start.language.currentIndex() else Key.Key_Up,
        times=abs(target - start.language.currentIndex()),
    )
    assert start.language.currentData() == lang
    tab_until(qtbot, lambda w: w is start.name)
    type_text(qtbot, "Anna Berg")
    press(qtbot, Key.Key_Return)
    wizard = window.wizard
    assert wizard is not None

    walk_wizard(qtbot, wizard, lang)

    finish = wizard.button(QWizard.WizardButton.FinishButton)
    tab_until(qtbot, lambda w: w is finish)
    press(qtbot, Key.Key_Space)
    box = wizard.leave_box
    assert box is not None and box.isVisible()
    qtbot.waitUntil(lambda: isinstance(focus(), QAbstractButton) and box.isAncestorOf(focus()))
    assert focus().objectName() == "leave"  # Return leaves; the answers are kept
    press(qtbot, Key.Key_Return)
    assert window.stack.currentWidget() is start
    assert start.name.text() == ""

    [path] = autosave_dir(isolated_user_folders).glob("*.json")
    saved = read_answer_file(path, shipped_content)
    assert saved.language == lang
    assert saved.finished_at is not None
    assert saved.answers["experience.total_years"] == 12.5
    assert saved.answers["experience.online_marketing_years"] == 2.5
    assert saved.answers["experience.customer_service_years"] == 0.5
    assert saved.answers["goals.hours_per_week"] == 8
    questions = shipped_content.questionnaire.index()
    assert set(saved.answers) == set(questions)
    assert all(saved.answers[q] == 3 for q in questions if q.startswith("competency."))
    spin = (
        next(p for p in wizard.section_pages if "experience.total_years" in p.blocks)
        .blocks["experience.total_years"]
        .input
    )
    assert isinstance(spin, NumberInput) and spin.spin.text().startswith("12,5")
    for page in wizard.section_pages:  # every number shown in the language's format, nothing left over
        for block in page.blocks.values():
            if isinstance(block.input, NumberInput):
                shown = block.input.spin.text()
                assert "—" not in shown and "." not in shown, shown


def test_keyboard_escape_asks_and_says_the_answers_are_kept(
    qtbot: QtBot, small_content: Content, isolated_user_folders: Path
) -> None:
    window = MainWindow(small_content, isolated_user_folders)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.start_new("Esc Person")
    wizard = window.wizard
    assert wizard is not None
    qtbot.waitUntil(lambda: inside(wizard.section_pages[0])(focus()))
    press(qtbot, Key.Key_Escape)
    box = wizard.leave_box
    assert box is not None and box.isVisible()
    assert "kept on this computer" in box.informativeText()
    qtbot.waitUntil(has_focus(box.isAncestorOf))
    press(qtbot, Key.Key_Escape)  # Escape again: stay
    assert window.wizard is wizard and wizard.leave_box is None
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    box = wizard.leave_box
    assert box is not None
    qtbot.mouseClick(box.findChild(QPushButton, "leave"), Qt.MouseButton.LeftButton)
    assert window.wizard is None and window.stack.currentWidget() is window.start_page


def test_keyboard_tab_into_an_answered_rating_lands_on_the_chosen_level(
    qtbot: QtBot, shipped_content: Content
) -> None:
    from app.domain.answers import AnswerFile

    answers = required_before(shipped_content, "competency")
    answers |= {"competency.marketing_communication": 4, "competency.content_creation": 2}
    wizard = AssessmentWizard(
        shipped_content, AnswerFile(answers=answers, page="competency.communication"), lambda _af: None
    )
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    wizard.start()
    page = wizard.currentPage()
    assert isinstance(page, SectionPage) and page.key == "competency.communication"
    first = input_of(page, "competency.marketing_communication", LikertInput)
    qtbot.waitUntil(lambda: focus() is first.buttons[3])  # the chosen level, not "1"
    tab_until(qtbot, inside(page.blocks["competency.content_creation"]))
    assert focus() is input_of(page, "competency.content_creation", LikertInput).buttons[1]
    press(qtbot, Key.Key_Space)  # Space on the chosen level changes nothing
    assert wizard.answer_file.answers["competency.content_creation"] == 2
    press(qtbot, Key.Key_Tab, modifier=Qt.KeyboardModifier.ShiftModifier)
    assert focus() is first.buttons[3]
