"""Issue #14 items 3 and 6: a failing save is seen and closing offers to save elsewhere; the
backup copy the start page offers really resumes."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.content import Content
from app.domain.answers import AnswerFile, Respondent
from app.gui.main import MainWindow
from app.storage.answer_files import save_answer_file
from app.storage.autosave import autosave_dir
from tests.gui.gui_driver import LEFT


def disk_full(_answer_file: AnswerFile) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def window_with_failing_saves(qtbot: QtBot, content: Content, data: Path) -> MainWindow:
    window = MainWindow(content, data)
    qtbot.addWidget(window)
    window.show()
    answers = AnswerFile(respondent=Respondent(name="Typed Today"), answers={"competency.seo": 4})
    wizard = window.open_wizard(answers, disk_full)
    wizard.save_now()
    return window


def warnings(window: MainWindow) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox) if box.objectName() == "warning_box"]


def test_a_failed_save_is_shown_once(
    qtbot: QtBot, small_content: Content, isolated_user_folders: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_with_failing_saves(qtbot, small_content, isolated_user_folders)
    monkeypatch.setattr(window, "ask_unsaved", lambda reason: "close")  # when the test closes it
    assert window.wizard is not None
    window.wizard.save_now()
    [box] = warnings(window)
    assert "Could not save your answers: no space left on device" in box.text()
    assert "no space left on device" in window.statusBar().currentMessage()


def test_closing_after_failed_saves_offers_to_save_elsewhere(
    qtbot: QtBot,
    small_content: Content,
    isolated_user_folders: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = window_with_failing_saves(qtbot, small_content, isolated_user_folders)
    asked: list[str] = []
    answers = iter(["cancel", "save"])

    def ask(reason: str) -> str:
        asked.append(reason)
        return next(answers)

    monkeypatch.setattr(window, "ask_unsaved", ask)
    elsewhere = tmp_path / "rescued.smm-career.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(elsewhere), ""))

    assert not window.close()  # "cancel": the window and the answers stay
    assert window.isVisible() and asked == ["no space left on device"]
    assert window.close()  # "save": written elsewhere, then closed
    saved = json.loads(elsewhere.read_text(encoding="utf-8"))
    assert saved["respondent"]["name"] == "Typed Today"
    assert saved["answers"]["competency.seo"] == 4


def test_closing_after_good_saves_asks_nothing(
    qtbot: QtBot, small_content: Content, isolated_user_folders: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(small_content, isolated_user_folders)
    qtbot.addWidget(window)
    window.show()
    window.open_wizard(AnswerFile(), lambda _a: None).save_now()
    monkeypatch.setattr(window, "ask_unsaved", lambda reason: pytest.fail("asked"))
    assert window.close()


def test_the_offered_backup_copy_resumes(
    qtbot: QtBot, small_content: Content, isolated_user_folders: Path
) -> None:
    path = autosave_dir(isolated_user_folders) / "a.json"
    save_answer_file(path, AnswerFile(respondent=Respondent(name="Backup Bo"), answers={"competency.seo": 2}))
    save_answer_file(path, AnswerFile(respondent=Respondent(name="Backup Bo"), answers={"competency.seo": 3}))
    path.write_text('{"version": 1, "respondent": {"na', "utf-8")  # torn
    window = MainWindow(small_content, isolated_user_folders)
    qtbot.addWidget(window)
    window.show()
    start = window.start_page
    qtbot.mouseClick(start.show_saved_button, LEFT)
    assert "(from the backup copy)" in start.saved.currentItem().text()
    qtbot.mouseClick(start.resume_button, LEFT)
    assert warnings(window) == []
    assert window.wizard is not None
    assert window.wizard.answer_file.respondent.name == "Backup Bo"
    assert window.wizard.answer_file.answers == {"competency.seo": 2}
