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
