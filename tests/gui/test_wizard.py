"""The wizard driven like a person would, with the autosaved file checked on disk."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWizard
from pytestqt.qtbot import QtBot

from app.content import Content
from app.domain.answers import AnswerFile
from app.gui.main import MainWindow
from app.gui.question_widgets import NumberInput, RankInput, TextInput
from app.gui.wizard import AssessmentWizard
from app.storage.answer_files import read_answer_file
from app.storage.autosave import autosave_dir
from tests.gui.gui_driver import LEFT, answer, click_back, click_next, fill_all, input_of

ANSWERS = {
    "background.current_role": "Support agent <b>&</b>",
    "background.prior_fields": ["marketing", "other"],
    "background.work_mode": "freelance",
    "experience.total_years": 6.5,
    "experience.online_marketing_years": 2,
    "competency.seo": 2,
    "competency.networking": 4,
    "success_factors.top3": ["passion", "multidisciplinary", "risk_taking"],
    "goals.target_role": "community_manager",
    "goals.hours_per_week": 8,
}


def start_new(qtbot: QtBot, window: MainWindow, name: str) -> AssessmentWizard:
    window.show()
    if name.isascii():
        qtbot.keyClicks(window.start_page.name, name)
    else:  # QTest can only type ASCII; paste the rest as a keyboard layout would
        window.start_page.name.insert(name)
    qtbot.mouseClick(window.start_page.start_button, LEFT)
    assert window.wizard is not None
    return window.wizard


def only_autosave(data_dir: Path) -> Path:
    files = list(autosave_dir(data_dir).glob("*.json"))
    assert len(files) == 1, files
    return files[0]


def test_whole_assessment_by_clicking_is_saved(
    qtbot: QtBot, small_content: Content, isolated_user_folders: Path
) -> None:
    window = MainWindow(small_content, isolated_user_folders)
    qtbot.addWidget(window)
    wizard = start_new(qtbot, window, "Anna Berg")
    fill_all(qtbot, wizard, ANSWERS)

    path = only_autosave(isolated_user_folders)
    qtbot.waitUntil(lambda: read_answer_file(path, small_content).answers == ANSWERS, timeout=2000)
    saved = read_answer_file(path, small_content)
    assert saved.respondent.name == "Anna Berg"
    assert saved.language == "en"
    assert path.with_name(path.name + ".bak").is_file()

    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)
    box = wizard.leave_box
    assert box is not None and box.isVisible()
    assert "kept on this computer" in box.informativeText()
    qtbot.mouseClick(box.findChild(QPushButton, "leave"), LEFT)
    assert window.stack.currentWidget() is window.start_page
    assert window.start_page.name.text() == ""  # the next person starts blank
    assert "Anna Berg" in window.start_page.saved.item(0).text()


def test_back_keeps_answers(qtbot: QtBot, small_content: Content) -> None:
    saved: list[AnswerFile] = []
    wizard = AssessmentWizard(small_content, AnswerFile(), lambda af: saved.append(af.model_copy(deep=True)))
    qtbot.addWidget(wizard)
    wizard.show()
    first = wizard.section_pages[0]
    answer(qtbot, first, "background.work_mode", "employed")
    answer(qtbot, first, "background.current_role", "Editor")
    click_next(qtbot, wizard)
    second = wizard.section_pages[1]
    answer(qtbot, second, "experience.total_years", 4)
    click_back(qtbot, wizard)
    assert wizard.currentPage() is first
    assert first.blocks["background.work_mode"].input.value() == "employed"
    assert input_of(first, "background.current_role", TextInput).edit.text() == "Editor"
    click_next(qtbot, wizard)
    assert second.blocks["experience.total_years"].input.value() == 4
    assert wizard.answer_file.answers["experience.total_years"] == 4
    qtbot.waitUntil(
        lambda: bool(saved) and saved[-1].answers.get("experience.total_years") == 4, timeout=2000
    )


def test_required_answer_blocks_next_and_return(qtbot: QtBot, small_content: Content) -> None:
    wizard = AssessmentWizard(small_content, AnswerFile(), lambda af: None)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.section_pages[0]
    answer(qtbot, page, "background.current_role", "Editor")
    qtbot.keyClick(input_of(page, "background.current_role", TextInput).edit, Qt.Key.Key_Return)
    assert wizard.currentPage() is page
    click_next(qtbot, wizard)
    assert wizard.currentPage() is page
    assert page.banner.isVisible()
    block = page.blocks["background.work_mode"]
    assert block.error.isVisible() and "Please answer" in block.error.text()
    assert not page.blocks["background.prior_fields"].error.isVisible()  # optional: no message

    answer(qtbot, page, "background.work_mode", "employed")
    assert not block.error.isVisible()
    qtbot.keyClick(input_of(page, "background.current_role", TextInput).edit, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.section_pages[1]


def test_cross_field_rule_is_shown_at_the_field(qtbot: QtBot, small_content: Content) -> None:
    wizard = AssessmentWizard(
        small_content, AnswerFile(answers={"background.work_mode": "employed"}), lambda af: None
    )
    qtbot.addWidget(wizard)
    wizard.show()
    click_next(qtbot, wizard)
    page = wizard.section_pages[1]
    answer(qtbot, page, "experience.total_years", 3)
    answer(qtbot, page, "experience.online_marketing_years", 5)
    error = page.blocks["experience.online_marketing_years"].error
    assert error.isVisible()
    assert "Years of work" in error.text() and "3" in error.text()
    click_next(qtbot, wizard)
    assert wizard.currentPage() is page
    answer(qtbot, page, "experience.total_years", 10)
    assert not error.isVisible()
    click_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.section_pages[2]


def test_the_page_blocks_exactly_what_the_domain_rules_refuse(qtbot: QtBot, small_content: Content) -> None:
    """The wizard's checks are the domain's (`check_answers`, `missing_required`), worded for a person."""
    from app.domain.answers import check_answers, missing_required

    wizard = AssessmentWizard(
        small_content, AnswerFile(answers={"background.work_mode": "employed"}), lambda af: None
    )
    qtbot.addWidget(wizard)
    wizard.show()
    click_next(qtbot, wizard)
    page = wizard.section_pages[1]
    questionnaire = small_content.questionnaire
    for total, online in ((3, 5), (5, 3), (None, 2)):
        for qid, value in (("experience.total_years", total), ("experience.online_marketing_years", online)):
            if value is None:  # cleared: back to "not answered"
                page.blocks[qid].input.set_value(None)
                page.blocks[qid].input.changed.emit()
            else:
                answer(qtbot, page, qid, value)
        answers = wizard.answer_file.answers
        refused = {
            p.where for p in check_answers(questionnaire, answers) + missing_required(questionnaire, answers)
        }
        assert refused & set(page.blocks) or (total, online) == (5, 3)
        assert set(page.problems()) == refused & set(page.blocks), (total, online)
    answer(qtbot, page, "experience.total_years", 3)
    answer(qtbot, page, "experience.online_marketing_years", 5)
    assert page.problems() == {
        "experience.online_marketing_years": "This cannot be more than your answer to "
        f"“{questionnaire.index()['experience.total_years'].prompt.get('en')}” (3)."
    }


def test_rank_needs_exactly_three_in_order(qtbot: QtBot, small_content: Content) -> None:
    wizard = AssessmentWizard(small_content, AnswerFile(), lambda af: None)
    qtbot.addWidget(wizard)
    wizard.show()
    for _ in range(3):
        wizard.next()  # validation is not under test here: pages 1–3 have required answers
    wizard.answers.set("background.work_mode", "employed")
    page = wizard.section_pages[3]
    rank = input_of(page, "success_factors.top3", RankInput)
    answer(qtbot, page, "success_factors.top3", ["passion", "risk_taking"])
    assert wizard.answer_file.answers["success_factors.top3"] == ["passion", "risk_taking"]
    assert page.problems()  # two of three is not an answer yet
    answer(qtbot, page, "success_factors.top3", ["large_network"])
    assert not rank.add_button.isEnabled()  # a fourth cannot be added
    rank.chosen.setCurrentRow(2)
    qtbot.mouseClick(rank.up_button, LEFT)
    qtbot.mouseClick(rank.up_button, LEFT)
    assert wizard.answer_file.answers["success_factors.top3"] == ["large_network", "passion", "risk_taking"]
    assert rank.chosen.item(0).text() == "1. Large network"
    assert not page.problems()


def test_number_widget_keeps_range_and_unit(qtbot: QtBot, small_content: Content) -> None:
    wizard = AssessmentWizard(small_content, AnswerFile(), lambda af: None)
    qtbot.addWidget(wizard)
    page = wizard.section_pages[1]
    spin = input_of(page, "experience.total_years", NumberInput).spin
    assert spin.suffix() == " years"
    assert spin.maximum() == 60
    assert spin.text() == "—"  # unanswered until the person gives a number
    answer(qtbot, page, "experience.total_years", 75)
    assert wizard.answer_file.answers.get("experience.total_years", 0) <= 60


def test_saved_file_is_valid_json_with_all_keys(
    qtbot: QtBot, small_content: Content, isolated_user_folders: Path
) -> None:
    window = MainWindow(small_content, isolated_user_folders)
    qtbot.addWidget(window)
    wizard = start_new(qtbot, window, 'Åsa "quote" <script>')
    answer(qtbot, wizard.section_pages[0], "background.work_mode", "employed")
    path = only_autosave(isolated_user_folders)
    qtbot.waitUntil(
        lambda: "background.work_mode" in json.loads(path.read_text("utf-8"))["answers"], timeout=2000
    )
    raw = json.loads(path.read_text("utf-8"))
    assert raw["version"] == 1 and raw["respondent"]["name"] == 'Åsa "quote" <script>'


def test_return_in_the_ranking_moves_an_option_without_leaving_the_page(
    qtbot: QtBot, small_content: Content
) -> None:
    done = {"background.work_mode": "employed", "experience.total_years": 5, "competency.networking": 3}
    wizard = AssessmentWizard(small_content, AnswerFile(answers=done), lambda af: None)
    qtbot.addWidget(wizard)
    wizard.show()
    for _ in range(3):
        wizard.next()
    page = wizard.section_pages[3]
    assert wizard.currentPage() is page
    rank = input_of(page, "success_factors.top3", RankInput)
    for _ in range(3):
        rank.available.setCurrentRow(0)
        qtbot.keyClick(rank.available, Qt.Key.Key_Return)
    assert wizard.currentPage() is page
    chosen = list(wizard.answer_file.answers["success_factors.top3"])
    assert len(chosen) == 3
    # In the ranked list Delete (or Backspace) takes one back; Return never does: it means Next
    # (a counsellor pressing Return there lost two of three choices without a word).
    rank.chosen.setCurrentRow(1)
    qtbot.keyClick(rank.chosen, Qt.Key.Key_Delete)
    assert wizard.answer_file.answers["success_factors.top3"] == [chosen[0], chosen[2]]
    rank.available.setCurrentRow(0)
    qtbot.keyClick(rank.available, Qt.Key.Key_Return)
    assert len(wizard.answer_file.answers["success_factors.top3"]) == 3
    rank.chosen.setCurrentRow(0)
    rank.chosen.setFocus()
    qtbot.keyClick(rank.chosen, Qt.Key.Key_Return)
    assert len(wizard.answer_file.answers["success_factors.top3"]) == 3
    assert wizard.currentPage() is not page  # Return went on to the next page
