"""`smm-career FILE` (a double-click on an answer file): the file opens in the wizard once content is there."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.gui.main import MainWindow, _load_content

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "sv_career_changer_customer_service.json"


def test_answer_file_from_the_command_line_opens_in_the_wizard(
    qtbot: QtBot, isolated_user_folders: Path
) -> None:
    window = MainWindow(None, isolated_user_folders)
    qtbot.addWidget(window)
    window.show()
    assert _load_content(window)
    window.open_answer_file(EXAMPLE)
    assert window.wizard is not None
    assert window.wizard.isVisibleTo(window)
    expected = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    assert window.wizard.answer_file.respondent.name == expected["respondent"]["name"]
    assert window.wizard.answer_file.answers["goals.target_role"] == expected["answers"]["goals.target_role"]
