"""Control characters a person pastes never reach an answer file (issue #14, third round): the
name field cleans them as they arrive, and an autosave an older version wrote with one resumes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app.content import Content
from app.domain.answers import AnswerFile, Respondent
from app.gui.main import MainWindow
from app.storage.answer_files import save_answer_file
from app.storage.autosave import autosave_dir, load_autosave


def test_a_pasted_name_loses_its_control_characters(
    qtbot: QtBot, small_content: Content, isolated_user_folders: Path
) -> None:
    window = MainWindow(small_content, isolated_user_folders)
    qtbot.addWidget(window)
    window.show()
    name = window.start_page.name
    QGuiApplication.clipboard().setText("Anna\tBerg\x1b[31m\nLund")
    name.paste()
    assert name.text() == "Anna Berg Lund"


def test_an_older_autosave_with_a_control_character_still_resumes(
    small_content: Content, isolated_user_folders: Path
) -> None:
    path = autosave_dir(isolated_user_folders) / "old.json"
    save_answer_file(path, AnswerFile(respondent=Respondent(name="Anna\tBerg")))
    assert load_autosave(path, small_content).respondent.name == "Anna\tBerg"
