"""The entry point: `--version`, and which command lines open the desktop app (with a file or not)."""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

import pytest

import app.gui.main
from app.cli import main

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "en_journalist_no_degree_partial.json"


def test_version_prints_the_installed_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"smm-career {version('smm-career')}"


@pytest.fixture
def gui_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str | None, Path | None]]:
    calls: list[tuple[str | None, Path | None]] = []

    def fake_run_gui(data_dir: str | None, answer_file: Path | None = None) -> int:
        calls.append((data_dir, answer_file))
        return 0

    monkeypatch.setattr(app.gui.main, "run_gui", fake_run_gui)
    return calls


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (None, None)),
        (["--data-dir", "/tmp/d"], ("/tmp/d", None)),
        ([str(EXAMPLE)], (None, EXAMPLE)),
        (["--data-dir=/tmp/d", str(EXAMPLE)], ("/tmp/d", EXAMPLE)),
    ],
)
def test_the_desktop_app_opens_alone_or_with_an_answer_file(
    gui_calls: list[tuple[str | None, Path | None]], argv: list[str], expected: tuple[str | None, Path | None]
) -> None:
    assert main(argv) == 0
    assert gui_calls == [expected]


def test_a_missing_file_is_one_clear_line_not_a_window(
    gui_calls: list[tuple[str | None, Path | None]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(tmp_path / "gone.smm-career.json")]) == 2
    assert gui_calls == []
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "gone.smm-career.json" in err[0]


def test_without_a_display_the_window_is_refused_in_one_line(tmp_path: Path) -> None:
    """Qt aborts with an English line and exit 134 when there is no display; the app says it in
    the user's language and points to the command line (found by an outside editor)."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    for lang, words in (("en_US.UTF-8", "there is no display"), ("sv_SE.UTF-8", "ingen skärm")):
        done = subprocess.run(
            [sys.executable, "-m", "app", "--data-dir", str(tmp_path)],
            env={**env, "LANG": lang, "LC_ALL": ""},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 2 and done.stdout == ""
        assert done.stderr.count("\n") == 1 and words in done.stderr, done.stderr
