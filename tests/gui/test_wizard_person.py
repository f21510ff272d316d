"""The wizard as a person meets it: numbers, pages and time, resuming, a shared computer,
answer files of one's own, and long names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton, QWizard
from pytestqt.qtbot import QtBot

from app.content import Content
from app.domain.answers import AnswerFile, Respondent
from app.domain.timing import questionnaire_seconds
from app.gui.i18n import set_language
from app.gui.main import MainWindow
from app.gui.question_widgets import NumberInput
from app.gui.section_page import SectionPage
from app.gui.wizard import AssessmentWizard
from app.languages import Language
from app.storage.answer_files import read_answer_file, save_answer_file
from app.storage.autosave import autosave_dir
from tests.gui.gui_driver import LEFT, answer, fill_all

ANSWERS = {
    "background.current_role": "Support agent",
    "background.work_mode": "freelance",
    "experience.total_years": 6.5,
    "competency.seo": 2,
    "competency.networking": 4,
    "success_factors.top3": ["passion", "multidisciplinary", "risk_taking"],
    "goals.target_role": "community_manager",
    "goals.hours_per_week": 8,
}


def number_input(wizard: AssessmentWizard, qid: str) -> NumberInput:
    page = next(p for p in wizard.section_pages if qid in p.blocks)
    widget = page.blocks[qid].input
    assert isinstance(widget, NumberInput)
    return widget


# ---- 1. numbers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "typed", "stored", "shown"),
    [
        ("sv", "2,5", 2.5, "2,5 år"),
        ("sv", "0.5", 0.5, "0,5 år"),
        ("nl", "2.5", 2.5, "2,5 jaar"),
        ("nl", "0,5", 0.5, "0,5 jaar"),
        ("en", "2,5", 2.5, "2.5 years"),
        ("en", "12", 12, "12 years"),
    ],
)
def test_decimal_comma_and_point_under_a_c_locale(
    qtbot: QtBot, small_content: Content, lang: Language, typed: str, stored: float, shown: str
) -> None:
    QLocale.setDefault(QLocale.c())  # the system's locale is none of ours
    saved: list[AnswerFile] = []
    wizard = AssessmentWizard(small_content, AnswerFile(language=lang), saved.append)
    qtbot.addWidget(wizard)
    set_language(lang)
    QLocale.setDefault(QLocale.c())
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    widget = number_input(wizard, "experience.total_years")
    widget.spin.setFocus()
    widget.spin.selectAll()
    qtbot.keyClicks(widget.spin, typed)
    qtbot.keyClick(widget.spin, Qt.Key.Key_Tab)
    assert wizard.answer_file.answers["experience.total_years"] == stored  # never ten times as much
    assert widget.spin.text() == shown


def test_decimal_value_is_redrawn_when_the_language_changes(qtbot: QtBot, small_content: Content) -> None:
    wizard = AssessmentWizard(
        small_content, AnswerFile(answers={"experience.total_years": 2.5}), lambda _a: None
    )
    qtbot.addWidget(wizard)
    wizard.show()
    widget = number_input(wizard, "experience.total_years")
    widget.set_value(2.5)
    assert widget.spin.text() == "2.5 years"
    wizard.language_actions["sv"].trigger()
    assert widget.spin.text() == "2,5 år"
    assert wizard.answer_file.answers["experience.total_years"] == 2.5


def test_decimal_number_that_cannot_be_read_is_refused_not_guessed(
    qtbot: QtBot, small_content: Content
) -> None:
    set_language("sv")
    wizard = AssessmentWizard(small_content, AnswerFile(), lambda _a: None)
    qtbot.addWidget(wizard)
    wizard.show()
    widget = number_input(wizard, "experience.total_years")
    widget.spin.setFocus()
    widget.spin.selectAll()
    qtbot.keyClicks(widget.spin, "1,2,5")  # the second separator is not taken
    qtbot.keyClick(widget.spin, Qt.Key.Key_Tab)
    assert wizard.answer_file.answers["experience.total_years"] == 1.2


# ---- 3. pages and time ---------------------------------------------------------------------------


def test_competencies_come_in_themed_pages_of_about_five(qtbot: QtBot, shipped_content: Content) -> None:
    wizard = AssessmentWizard(shipped_content, AnswerFile(), lambda _a: None)
    qtbot.addWidget(wizard)
    pages = [p for p in wizard.section_pages if p.section.id == "competency"]
    assert [len(p.questions) for p in pages] == [5, 5, 5, 5]
    assert {q.id for p in pages for q in p.questions} == {
        f"competency.{c}" for c in shipped_content.competency_ids()
    }
    total = len(shipped_content.questionnaire.questions())
    first = pages[0]
    assert first.title() == "Your competencies: Communication and content"
    assert first.subTitle().startswith(
        f"Questions {first.first_number}–{first.first_number + 4} of {total} · about "
    )
    left = [p.subTitle().split("about ")[1] for p in wizard.section_pages[:-1]]
    minutes = [1 if text == "a minute left" else int(text.split()[0]) for text in left]
    assert minutes == sorted(minutes, reverse=True)  # the minutes left only go down
    whole = questionnaire_seconds(shipped_content.questionnaire, "en") / 60
    assert minutes[0] == pytest.approx(whole, abs=1)


# ---- 4. resume -----------------------------------------------------------------------------------


def saved_autosave(folder: Path, answer_file: AnswerFile) -> Path:
    path = autosave_dir(folder) / "resume-me.json"
    save_answer_file(path, answer_file)
    return path


def continue_saved(qtbot: QtBot, window: MainWindow) -> None:
    start = window.start_page
    qtbot.mouseClick(start.show_saved_button, LEFT)
    qtbot.mouseClick(start.resume_button, LEFT)


def test_resume_opens_on_the_page_left_and_says_from_when(
    qtbot: QtBot, small_content: Content, isolated_user_folders: Path
) -> None:
    answers = {"background.work_mode": "employed", "experience.total_years": 3}
    path = saved_autosave(
        isolated_user_folders,
        AnswerFile(respondent=Respondent(name="Resumed"), answers=answers, page="competency"),
    )
    saved_at = read_answer_file(path, small_content).saved_at
    assert saved_at is not None
    window = MainWindow(small_content, isolated_user_folders)
    qtbot.addWidget(window)
    window.show()
    continue_saved(qtbot, window)
    wizard = window.wizard
    assert wizard is not None
    page = wizard.currentPage()
    assert isinstance(page, SectionPage) and page.section.id == "competency"
    note = wizard.recovered
    assert note.isVisible()
    when = QLocale().toString(saved_at.astimezone(), QLocale.FormatType.ShortFormat)  # type: ignore[call-overload]  # PySide6 takes a datetime; its stubs say QDateTime
    assert note.text() == f"Your answers from {when} were recovered."
    wizard.language_actions["sv"].trigger()
    assert note.text().startswith("Dina svar från ")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), LEFT)  # the way back is there
    assert wizard.currentPage() is wizard.section_pages[1]


def test_resume_a_finished_assessment_opens_on_its_results(
    qtbot: QtBot, small_content: Content, isolated_user_folders: Path
) -> None:
    window = MainWindow(small_content, isolated_user_folders)
    qtbot.addWidget(window)
    window.show()
    window.start_new("Finished Fia")
    wizard = window.wizard
    assert wizard is not None
    fill_all(qtbot, wizard, ANSWERS)
    wizard.save_now()
    [path] = autosave_dir(isolated_user_folders).glob("*.json")
    assert read_answer_file(path, small_content).finished_at is not None
    window.close_wizard()

    continue_saved(qtbot, window)
    assert window.wizard is not None
    assert window.wizard.currentPage() is window.wizard.results_page


def test_resume_with_no_page_saved_starts_at_the_first(qtbot: QtBot, small_content: Content) -> None:
    wizard = AssessmentWizard(small_content, AnswerFile(answers={"competency.seo": 3}), lambda _a: None)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.start()
    assert wizard.currentPage() is wizard.section_pages[0]
    assert not wizard.recovered.isVisibleTo(wizard)


# ---- 5. a shared computer ------------------------------------------------------------------------


def test_shared_computer_next_person_starts_blank_and_sees_no_one(
    qtbot: QtBot, small_content: Content, isolated_user_folders: Path
) -> None:
    window = MainWindow(small_content, isolated_user_folders)
    qtbot.addWidget(window)
    window.show()
    start = window.start_page
    qtbot.keyClicks(start.name, "First Person")
    qtbot.mouseClick(start.start_button, LEFT)
    wizard = window.wizard
    assert wizard is not None
    fill_all(qtbot, wizard, ANSWERS)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)
    box = wizard.leave_box
    assert box is not None
    assert "remove them" in box.informativeText()
    qtbot.mouseClick(box.findChild(QPushButton, "leave"), LEFT)

    assert start.name.text() == ""
    assert not start.saved.isVisible() and not start.resume_box.isVisible()
    visible_text = " ".join(w.text() for w in start.findChildren(QPushButton) if w.isVisible())
    assert "First Person" not in visible_text
    qtbot.mouseClick(start.show_saved_button, LEFT)  # only a deliberate click shows them
    assert start.saved.isVisible() and "First Person" in start.saved.item(0).text()


def test_shared_computer_finished_answers_can_be_removed(
    qtbot: QtBot, small_content: Content, isolated_user_folders: Path
) -> None:
    window = MainWindow(small_content, isolated_user_folders)
    qtbot.addWidget(window)
    window.show()
    window.start_new("Leaving Lo")
    wizard = window.wizard
    assert wizard is not None
    fill_all(qtbot, wizard, ANSWERS)
    wizard.reject()
    box = wizard.leave_box
    assert box is not None
    qtbot.mouseClick(box.findChild(QPushButton, "remove_and_leave"), LEFT)
    assert window.wizard is None
    assert list(autosave_dir(isolated_user_folders).iterdir()) == []  # neither the file nor its backup
    assert window.start_page.entries == []


def test_shared_computer_unfinished_answers_are_not_offered_for_removal(
    qtbot: QtBot, small_content: Content, isolated_user_folders: Path
) -> None:
    window = MainWindow(small_content, isolated_user_folders)
    qtbot.addWidget(window)
    window.show()
    window.start_new("Halfway Hans")
    assert window.wizard is not None
    window.wizard.reject()
    box = window.wizard.leave_box
    assert box is not None and box.findChild(QPushButton, "remove_and_leave") is None
    qtbot.mouseClick(box.findChild(QPushButton, "stay"), LEFT)
    assert window.wizard is not None and window.wizard.isVisible()


def test_shared_computer_exported_answers_can_be_removed(
    qtbot: QtBot, small_content: Content, isolated_user_folders: Path, tmp_path: Path
) -> None:
    window = MainWindow(small_content, isolated_user_folders)
    qtbot.addWidget(window)
    window.show()
    window.start_new("Exporting Eva")
    wizard = window.wizard
    assert wizard is not None
    answer(qtbot, wizard.section_pages[0], "background.work_mode", "employed")
    assert wizard.save_as(tmp_path / "eva.smm-career.json")
    wizard.reject()
    box = wizard.leave_box
    assert box is not None
    qtbot.mouseClick(box.findChild(QPushButton, "remove_and_leave"), LEFT)
    assert list(autosave_dir(isolated_user_folders).iterdir()) == []
    assert (tmp_path / "eva.smm-career.json").is_file()  # the copy the person chose to keep


# ---- 6. answer files of one's own ----------------------------------------------------------------


def test_save_answers_as_proposes_the_name_and_opens_again(
    qtbot: QtBot, small_content: Content, isolated_user_folders: Path, tmp_path: Path
) -> None:
    window = MainWindow(small_content, isolated_user_folders)
    qtbot.addWidget(window)
    window.show()
    window.start_new("Anna Berg")
    wizard = window.wizard
    assert wizard is not None
    answer(qtbot, wizard.section_pages[0], "background.work_mode", "employed")
    assert wizard.suggested_file().name == "Anna Berg.smm-career.json"
    out = tmp_path / "Anna Berg.smm-career.json"
    with qtbot.waitSignal(wizard.savedAs) as signal:
        assert wizard.save_as(out)
    assert signal.args == [str(out)]
    assert window.statusBar().currentMessage() == f"Your answers were saved as {out}"
    assert json.loads(out.read_text("utf-8"))["answers"] == {"background.work_mode": "employed"}

    window.close_wizard()
    window.open_answer_file(out)
    assert window.wizard is not None
    assert window.wizard.answer_file.respondent.name == "Anna Berg"
    assert window.wizard.answer_file.answers == {"background.work_mode": "employed"}


def test_save_answers_as_into_a_folder_that_is_not_there_says_so(
    qtbot: QtBot, small_content: Content, tmp_path: Path
) -> None:
    wizard = AssessmentWizard(small_content, AnswerFile(), lambda _a: None)
    qtbot.addWidget(wizard)
    wizard.show()
    (tmp_path / "a-file").write_text("not a folder", "utf-8")
    assert not wizard.save_as(tmp_path / "a-file" / "x.smm-career.json")
    [box] = [b for b in wizard.children() if b.objectName() == "save_as_error"]
    assert "could not be saved" in box.text()  # type: ignore[attr-defined]


def test_command_line_file_opens_in_the_wizard(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from app.cli import gui_request, main

    assert gui_request([]) == (True, None, None)
    assert gui_request(["--data-dir", "d", "x.json"]) == (True, "d", "x.json")
    assert gui_request(["answers.smm-career.json"]) == (True, None, "answers.smm-career.json")
    assert gui_request(["analyze", "x.json"])[0] is False
    assert gui_request(["analyse"])[0] is False  # a mistyped command is not taken for a file
    assert main([str(tmp_path / "gone.smm-career.json")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "gone.smm-career.json: no such answer file" in err


# ---- 12. long names ------------------------------------------------------------------------------


def test_long_name_never_widens_the_window(
    qtbot: QtBot, small_content: Content, isolated_user_folders: Path
) -> None:
    long_name = "Maximiliana " + "Wolfeschlegelsteinhausenbergerdorff" * 4 + " Berg"
    for i in range(2):
        save_answer_file(
            autosave_dir(isolated_user_folders) / f"{i}.json",
            AnswerFile(respondent=Respondent(name=long_name[:200])),
        )
    window = MainWindow(small_content, isolated_user_folders)
    qtbot.addWidget(window)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    window.resize(min(900, screen.width()), min(600, screen.height()))
    window.show()
    qtbot.mouseClick(window.start_page.show_saved_button, LEFT)
    assert window.minimumSizeHint().width() <= screen.width()
    item = window.start_page.saved.item(0)
    assert item.toolTip().startswith(long_name[:100])
    assert item.data(Qt.ItemDataRole.AccessibleTextRole).startswith(long_name[:100])

    window.start_new(long_name[:200])
    wizard = window.wizard
    assert wizard is not None
    fill_all(qtbot, wizard, ANSWERS)
    status = wizard.results_page.export.status
    status.set_full_text(f"Saved: /home/someone/{long_name}.pdf")
    assert window.minimumSizeHint().width() <= screen.width()
    assert window.width() <= screen.width()
    assert status.toolTip().endswith(f"{long_name}.pdf") and status.accessibleName() == status.toolTip()
    assert status.text() != status.toolTip() and "…" in status.text()
    assert wizard.results_page.export.button.mapTo(window, QPoint(0, 0)).x() < window.width()


# ---- 7. sources a person can read -----------------------------------------------------------------


def test_sources_are_named_in_the_ui_language_and_open_by_keyboard(
    qtbot: QtBot, shipped_content: Content
) -> None:
    set_language("sv")
    wizard = AssessmentWizard(shipped_content, AnswerFile(language="sv"), lambda _a: None)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    wizard.start()
    page = wizard.section_pages[0]
    block = page.blocks["background.prior_fields"]
    assert block.source.text().startswith("Källor: ")
    assert "Vem ska sköta företagets sociala medier? (S3)" in block.source.text()
    assert "Källor: S" not in block.source.text()  # no bare shorthand
    block.input.focus_widget().setFocus()
    button = wizard.sources_button
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    button.setFocus()  # as Tab reaches it in the button row
    qtbot.keyClick(button, Qt.Key.Key_Space)
    dialog = wizard.sources_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Källor"
    assert dialog.list.count() == len(shipped_content.sources)
    assert dialog.list.currentItem().text().startswith("S")
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    text = dialog.detail.text()
    assert "Publicerad av" in text or "säger inte vem" in text
    assert "(på svenska)" in text or "(på nederländska)" in text
    qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


# ---- 6. progress at home ------------------------------------------------------------------------------


def test_progress_at_home_against_an_earlier_answer_file(
    qtbot: QtBot, shipped_content: Content, tmp_path: Path
) -> None:
    earlier = tmp_path / "last-spring.smm-career.json"
    save_answer_file(
        earlier, AnswerFile(answers={"competency.seo": 1, "goals.target_role": "community_manager"})
    )
    wizard = AssessmentWizard(
        shipped_content,
        AnswerFile(answers={"competency.seo": 3, "goals.target_role": "community_manager"}),
        lambda _a: None,
    )
    qtbot.addWidget(wizard)
    wizard.show()
    dialog = wizard.compare_with(earlier)
    assert dialog.objectName() == "progress_dialog" and dialog.isVisible()
    table = dialog.panel.changes  # type: ignore[attr-defined]
    rows = {
        table.item(r, 0).text(): [table.item(r, c).text() for c in range(1, 4)]
        for r in range(table.rowCount())
    }
    assert rows["SEO"] == ["1", "3", "+2"]


def test_progress_at_home_with_a_broken_file_says_why(
    qtbot: QtBot, shipped_content: Content, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{", "utf-8")
    wizard = AssessmentWizard(shipped_content, AnswerFile(), lambda _a: None)
    qtbot.addWidget(wizard)
    wizard.show()
    box = wizard.compare_with(broken)
    assert box.objectName() == "compare_error" and "broken.json" in box.text()  # type: ignore[attr-defined]
