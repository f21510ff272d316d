"""Autosave and resume: a killed writer never leaves a torn file, and the start page offers it back."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.content import Content
from app.domain.answers import AnswerFile, Respondent
from app.gui.main import MainWindow
from app.storage.answer_files import read_answer_file, save_answer_file
from app.storage.autosave import CLIENT_KEY, autosave_dir, list_autosaves
from tests.gui.gui_driver import LEFT

ROOT = Path(__file__).resolve().parents[2]


def continue_saved(qtbot: QtBot, window: MainWindow, name: str) -> None:
    """Continue a saved assessment as a person does: ask for the list, pick theirs, continue."""
    start = window.start_page
    assert not start.saved.isVisible()  # nobody's answers are on show before this
    qtbot.mouseClick(start.show_saved_button, LEFT)
    assert start.saved.isVisible()
    rows = [i for i in range(start.saved.count()) if name in start.saved.item(i).text()]
    assert rows, f"{name} is not in the list"
    start.saved.setCurrentRow(rows[0])
    qtbot.mouseClick(start.resume_button, LEFT)


# Saves the same answer file over and over with a growing counter, as the wizard's saver does.
WRITER = """
import sys
from pathlib import Path
from app.domain.answers import AnswerFile, Respondent
from app.storage.answer_files import save_answer_file
path = Path(sys.argv[1])
i = 0
while True:
    i += 1
    answers = {
        "background.current_role": "role %d" % i + " x" * 20,
        "background.work_mode": "employed",
        "experience.total_years": i % 60,
        "goals.hours_per_week": i % 40 + 1,
    }
    save_answer_file(path, AnswerFile(language="nl", respondent=Respondent(name="Kim " + "k" * 150), answers=answers))
    print(i, flush=True)
"""


def test_kill_while_saving_leaves_a_whole_file_that_resumes(
    qtbot: QtBot, small_content: Content, isolated_user_folders: Path
) -> None:
    path = autosave_dir(isolated_user_folders) / "0b7c7a52-0000-4000-8000-000000000001.json"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for saves in (2, 4, 7, 15, 30):  # killed at a different point of its work each time (a .bak from 2)
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], env=env, stdout=subprocess.PIPE)
        assert writer.stdout is not None
        while int(writer.stdout.readline()) < saves:  # b"" (the writer died) fails the test
            pass
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        for candidate in (path, path.with_name(path.name + ".bak")):
            data = json.loads(candidate.read_text("utf-8"))  # whole JSON, never torn
            assert data["respondent"]["name"].startswith("Kim ")
        saved = read_answer_file(path, small_content)
        assert saved.answers["background.current_role"].startswith("role ")

    window = MainWindow(small_content, isolated_user_folders)
    qtbot.addWidget(window)
    window.show()
    continue_saved(qtbot, window, "Kim")
    assert window.wizard is not None
    assert window.wizard.answer_file.answers == read_answer_file(path, small_content).answers
    page = window.wizard.section_pages[0]
    assert page.blocks["background.current_role"].input.value() == saved.answers["background.current_role"]
    assert page.blocks["background.work_mode"].input.value() == "employed"


def test_broken_autosave_is_listed_as_broken(
    qtbot: QtBot, small_content: Content, isolated_user_folders: Path
) -> None:
    folder = autosave_dir(isolated_user_folders)
    folder.mkdir(parents=True)
    (folder / "broken.json").write_text('{"version": 1, "answers": {', "utf-8")
    save_answer_file(folder / "good.json", AnswerFile(respondent=Respondent(name="Good One")))
    window = MainWindow(small_content, isolated_user_folders)
    qtbot.addWidget(window)
    window.show()
    start = window.start_page
    qtbot.mouseClick(start.show_saved_button, LEFT)
    texts = [start.saved.item(i).text() for i in range(start.saved.count())]
    assert len(texts) == 2
    broken_row = next(i for i, t in enumerate(texts) if "broken.json" in t)
    assert "Cannot be opened" in texts[broken_row]
    start.saved.setCurrentRow(broken_row)
    assert not start.resume_button.isEnabled()
    assert start.saved_problem.isVisible() and "not valid JSON" in start.saved_problem.text()
    start.saved.setCurrentRow(1 - broken_row)
    assert start.resume_button.isEnabled()
    assert "Good One" in start.saved.currentItem().text()


def test_broken_autosave_falls_back_to_its_backup(
    small_content: Content, isolated_user_folders: Path
) -> None:
    path = autosave_dir(isolated_user_folders) / "a.json"
    save_answer_file(path, AnswerFile(respondent=Respondent(name="Backup Bo")))
    save_answer_file(path, AnswerFile(respondent=Respondent(name="Backup Bo"), answers={"competency.seo": 3}))
    path.write_text("{", "utf-8")
    [entry] = list_autosaves(isolated_user_folders, small_content)
    assert entry.from_backup and entry.name == "Backup Bo"


def test_unfinished_answers_resume_with_the_conflict_shown(
    qtbot: QtBot, small_content: Content, isolated_user_folders: Path
) -> None:
    """A cross-field conflict or a half-done ranking is what the person left; it comes back."""
    path = autosave_dir(isolated_user_folders) / "b.json"
    answers = {
        "background.work_mode": "employed",
        "experience.total_years": 2,
        "experience.online_marketing_years": 5,
        "success_factors.top3": ["passion"],
    }
    save_answer_file(path, AnswerFile(respondent=Respondent(name="Half Way"), answers=answers))
    window = MainWindow(small_content, isolated_user_folders)
    qtbot.addWidget(window)
    window.show()
    continue_saved(qtbot, window, "Half Way")
    wizard = window.wizard
    assert wizard is not None and wizard.answer_file.answers == answers
    wizard.next()
    block = wizard.section_pages[1].blocks["experience.online_marketing_years"]
    assert block.error.isVisible()
    assert block.input.value() == 5


def test_client_autosaves_stay_off_the_public_start_page(
    small_content: Content, isolated_user_folders: Path
) -> None:
    folder = autosave_dir(isolated_user_folders)
    client = AnswerFile(respondent=Respondent(name="Client C"), **{CLIENT_KEY: 7})
    save_answer_file(folder / "c.json", client)
    assert json.loads((folder / "c.json").read_text("utf-8"))[CLIENT_KEY] == 7
    assert list_autosaves(isolated_user_folders, small_content) == []
    [entry] = list_autosaves(isolated_user_folders, small_content, include_clients=True)
    assert entry.name == "Client C"


def test_open_answer_file_with_errors_shows_them(
    qtbot: QtBot, small_content: Content, isolated_user_folders: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "answers.json"
    bad.write_text(
        json.dumps({"version": 1, "answers": {"experience.total_years": 99, "nope.x": 1}}), "utf-8"
    )
    window = MainWindow(small_content, isolated_user_folders)
    qtbot.addWidget(window)
    window.show()
    window.open_answer_file(bad)
    [box] = [b for b in window.findChildren(QMessageBox) if b.objectName() == "warning_box"]
    assert box.isVisible()
    assert "experience.total_years: 99 is outside 0–60" in box.text()
    assert "nope.x: no such question" in box.text()
    assert "Traceback" not in box.text()
    assert window.wizard is None
    assert json.loads(bad.read_text("utf-8"))["answers"]["experience.total_years"] == 99  # untouched


def test_opened_file_continues_in_a_new_autosave(
    qtbot: QtBot, small_content: Content, isolated_user_folders: Path, tmp_path: Path
) -> None:
    good = tmp_path / "mine.json"
    original = json.dumps(
        {"version": 1, "language": "en", "respondent": {"name": "Opened"}, "answers": {"competency.seo": 4}}
    )
    good.write_text(original, "utf-8")
    window = MainWindow(small_content, isolated_user_folders)
    qtbot.addWidget(window)
    window.show()
    window.open_answer_file(good)
    assert window.wizard is not None
    assert window.wizard.answer_file.answers == {"competency.seo": 4}
    [autosave] = list(autosave_dir(isolated_user_folders).glob("*.json"))
    assert read_answer_file(autosave, small_content).respondent.name == "Opened"
    assert good.read_text("utf-8") == original


# The real app in a child process: a person keeps changing answers; the wizard autosaves.
APP_SESSION = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.content import check
from app.gui.main import MainWindow
content, _ = check([Path(sys.argv[1])])
window = MainWindow(content, Path(sys.argv[2]))
window.show()
window.start_new("Killed Kim")
wizard = window.wizard
wizard.answers.set("background.work_mode", "employed")
wizard.next()
role = wizard.section_pages[0].blocks["background.current_role"].input.edit
state = {"n": 0}
def edit():
    state["n"] += 1
    role.setText(str(state["n"]))  # a person typing without a pause
    if state["n"] == 3:
        wizard.save_now()
        print("saving", flush=True)
timer = QTimer()
timer.timeout.connect(edit)
timer.start(2)
app.exec()
"""


def test_app_killed_while_autosaving_resumes_with_its_answers(
    qtbot: QtBot, small_content: Content, isolated_user_folders: Path
) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    content_dir = Path(__file__).resolve().parent / "data" / "content"
    child = subprocess.Popen(
        [sys.executable, "-c", APP_SESSION, str(content_dir), str(isolated_user_folders)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == b"saving"
    folder = autosave_dir(isolated_user_folders)

    def role_on_disk() -> int:
        """The typed number in the autosave (replaced atomically, so always a whole file)."""
        [path] = list(folder.glob("*.json"))
        return int(json.loads(path.read_text("utf-8"))["answers"]["background.current_role"])

    first = role_on_disk()  # the save_now at the third keystroke
    qtbot.waitUntil(lambda: role_on_disk() > first, timeout=10_000)  # a debounced autosave while typing
    second = role_on_disk()
    qtbot.waitUntil(lambda: role_on_disk() > second, timeout=10_000)  # and another: typing goes on
    child.send_signal(signal.SIGKILL)
    child.wait()

    [path] = list(autosave_dir(isolated_user_folders).glob("*.json"))
    on_disk = read_answer_file(path, small_content)  # whole and valid
    assert on_disk.respondent.name == "Killed Kim"
    assert int(on_disk.answers["background.current_role"]) > 3  # autosaved while typing went on
    window = MainWindow(small_content, isolated_user_folders)
    qtbot.addWidget(window)
    window.show()
    continue_saved(qtbot, window, "Killed Kim")
    assert window.wizard is not None
    assert window.wizard.answer_file.answers == on_disk.answers
    role = window.wizard.section_pages[0].blocks["background.current_role"].input
    assert role.value() == on_disk.answers["background.current_role"]
