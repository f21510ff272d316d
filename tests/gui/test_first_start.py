"""First start on a clean desktop: an empty HOME, no XDG variables, no data folder yet.

The app makes its folders where the platform keeps a user's data
($HOME/.local/share/smm-career) and writes nothing else in HOME. The installed app, the wheel
and the Debian package are checked the same way by packaging/exercise_installed.sh.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
DATA = Path(".local", "share", "smm-career")


def _clean_desktop(home: Path) -> dict[str, str]:
    """The environment of a user who never ran the app: only HOME says where their folders are."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("XDG_") and key not in ("SMM_CAREER_DATA_DIR", "HOME")
    }
    return dict(env, HOME=str(home), QT_QPA_PLATFORM="offscreen")


def _written(home: Path) -> set[Path]:
    """Everything in HOME outside the app's data folder and the folders that lead to it."""
    leading = {Path(*DATA.parts[:n]) for n in range(1, len(DATA.parts) + 1)}
    return {
        path.relative_to(home)
        for path in home.rglob("*")
        if path.relative_to(home) not in leading and DATA not in path.relative_to(home).parents
    }


@pytest.mark.skipif(sys.platform != "linux", reason="the data folder under HOME is Linux's")
def test_first_start_makes_the_data_folder_and_nothing_else_in_home(qtbot: QtBot, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    work = tmp_path / "work"
    work.mkdir()
    answers = work / "answers.smm-career.json"
    shutil.copy(EXAMPLES / "sv_career_changer_customer_service.json", answers)
    env = _clean_desktop(home)
    data = home / DATA

    # The desktop app, opening an answer file as a double-click does: it autosaves it.
    wizard = subprocess.Popen(
        [sys.executable, "-m", "app", str(answers)],
        cwd=work,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        qtbot.waitUntil(
            lambda: wizard.poll() is not None or any((data / "autosave").glob("*.json")), timeout=60_000
        )
        assert wizard.poll() is None, wizard.communicate()[1]
    finally:
        wizard.terminate()
        _, errors = wizard.communicate(timeout=30)
    assert "Traceback" not in errors
    assert len(list((data / "autosave").glob("*.json"))) == 1

    # The counsellor's client store, from the command line.
    imported = subprocess.run(
        [sys.executable, "-m", "app", "clients", "import", str(answers)],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert imported.returncode == 0, imported.stderr
    assert (data / "clients.sqlite3").is_file()

    assert _written(home) == set(), "the app wrote outside its data folder"
