"""Switching language relabels every page (ours, Qt's buttons, the data's texts) and keeps the answers."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from app.content import Content
from app.domain.answers import AnswerFile
from app.gui.i18n import I18N_DIR, current_language
from app.gui.main import MainWindow
from app.gui.question_widgets import NumberInput, SingleChoiceInput
from app.gui.wizard import AssessmentWizard
from tests.gui.gui_driver import LEFT, answer, click_next, input_of

ROOT = Path(__file__).resolve().parents[2]


def test_built_catalogues_are_shipped() -> None:
    for lang in ("sv", "nl"):
        assert (I18N_DIR / f"smm_career_{lang}.ts").is_file()
        assert (I18N_DIR / f"smm_career_{lang}.qm").stat().st_size > 1000


def test_switch_relabels_every_page_and_keeps_answers(qtbot: QtBot, small_content: Content) -> None:
    saved: list[AnswerFile] = []
    wizard = AssessmentWizard(small_content, AnswerFile(), lambda af: saved.append(af.model_copy(deep=True)))
    qtbot.addWidget(wizard)
    wizard.show()
    first = wizard.section_pages[0]
    answer(qtbot, first, "background.work_mode", "freelance")
    answer(qtbot, first, "background.current_role", "Redaktor")
    click_next(qtbot, wizard)
    second = wizard.section_pages[1]
    answer(qtbot, second, "experience.total_years", 4)
    answers_before = dict(wizard.answer_file.answers)

    wizard.language_actions["sv"].trigger()
    assert current_language() == "sv"
    assert wizard.currentPage() is second
    assert second.title() == "Erfarenhet"
    assert second.subTitle().startswith("Frågor 4–5 av ")
    assert "minut" in second.subTitle()
    assert input_of(second, "experience.total_years", NumberInput).spin.suffix() == " år"
    assert "Nästa" in wizard.button(QWizard.WizardButton.NextButton).text()  # Qt's own catalogue
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "Stäng"
    assert "Språk" in wizard.button(QWizard.WizardButton.CustomButton1).text()
    assert first.title() == "Bakgrund"  # pages not on screen relabel too
    assert input_of(first, "background.work_mode", SingleChoiceInput).buttons[1].text() == "Frilans"
    assert "obligatorisk" in first.blocks["background.work_mode"].prompt.text()
    assert wizard.answer_file.answers == answers_before
    assert wizard.answer_file.language == "sv"
    qtbot.waitUntil(lambda: bool(saved) and saved[-1].language == "sv", timeout=2000)

    wizard.language_actions["nl"].trigger()
    assert second.title() == "Ervaring" and second.subTitle().startswith("Vragen 4–5 van ")
    assert "Volgende" in wizard.button(QWizard.WizardButton.NextButton).text()
    wizard.language_actions["en"].trigger()
    assert second.title() == "Experience" and second.subTitle() == "Questions 4–5 of 10 · about a minute left"
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Next >"
    assert wizard.answer_file.answers == answers_before
    assert second.blocks["experience.total_years"].input.value() == 4
    assert first.blocks["background.work_mode"].input.value() == "freelance"


def test_messages_shown_at_fields_follow_the_language(qtbot: QtBot, small_content: Content) -> None:
    wizard = AssessmentWizard(small_content, AnswerFile(), lambda af: None)
    qtbot.addWidget(wizard)
    wizard.show()
    click_next(qtbot, wizard)
    error = wizard.section_pages[0].blocks["background.work_mode"].error
    assert "Please answer" in error.text()
    wizard.switch_language("nl")
    assert "Beantwoord deze vraag" in error.text()


def test_start_page_language_choice(
    qtbot: QtBot, small_content: Content, isolated_user_folders: Path
) -> None:
    window = MainWindow(small_content, isolated_user_folders)
    qtbot.addWidget(window)
    window.show()
    start = window.start_page
    start.language.setCurrentIndex(start.language.findData("nl"))
    assert current_language() == "nl"
    assert start.new_box.title() == "Nieuwe vragenlijst"
    assert start.heading.text() == "Testvragenlijst"
    qtbot.keyClicks(start.name, "Joost")
    qtbot.mouseClick(start.start_button, LEFT)
    assert window.wizard is not None
    assert window.wizard.answer_file.language == "nl"
    assert window.wizard.section_pages[0].title() == "Achtergrond"


def _messages(ts: Path) -> dict[str, str]:
    root = ET.parse(ts).getroot()
    return {
        m.findtext("source") or "": ""
        if (t := m.find("translation")) is None or t.get("type")
        else t.text or ""
        for m in root.iter("message")
    }


def test_every_ui_string_is_translated(tmp_path: Path) -> None:
    """The committed catalogues hold every string the code asks for, each with a translation."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "app" / "gui").glob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = set(_messages(fresh))
    assert len(wanted) > 40
    for lang in ("sv", "nl"):
        have = _messages(I18N_DIR / f"smm_career_{lang}.ts")
        assert wanted <= set(have), f"{lang}: run pyside6-lupdate: {sorted(wanted - set(have))}"
        assert not [s for s in wanted if not have[s].strip()], f"{lang}: untranslated"
