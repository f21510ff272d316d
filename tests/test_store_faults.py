"""Fault injection (issue #14): a full disk, a read-only folder, a user without rights and a
write that fails half-way. Nothing is lost, and every message says what is really wrong."""

from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main
from app.domain.answers import AnswerFile
from app.storage.answer_files import save_answer_file
from app.storage.atomic import leftovers
from app.storage.client_store import STORE_NAME
from tests.faults import as_nobody, fail_on_call, fill, remount, small_disk

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
FILES = sorted(EXAMPLES.glob("*.json"))


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")


def clients(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["clients", *args, "--data-dir", str(data)])
    out, err = capsys.readouterr()
    return code, out, err


def listing(data: Path) -> list[tuple[int, str, int]]:
    """The store's clients read straight from the file (not through the code under test)."""
    conn = sqlite3.connect(f"{(data / STORE_NAME).as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return conn.execute(
            "SELECT c.id, c.name, count(a.id) FROM clients c LEFT JOIN assessments a ON a.client_id = c.id"
            " GROUP BY c.id ORDER BY c.id"
        ).fetchall()
    finally:
        conn.close()


COMMANDS = [
    ["list"],
    ["export", "1"],
    ["import", str(FILES[2])],  # files not stored yet: a duplicate is refused before any write
    ["import", str(FILES[3]), "--client", "1", "--force"],  # another person: forced, to reach the write
    ["delete", "2"],
]


def test_full_disk_loses_nothing_and_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with small_disk(tmp_path / "disk") as disk:
        data = disk / "data"
        for file in FILES[:2]:
            assert clients(capsys, data, "import", str(file))[0] == 0
        before = listing(data)
        filler = fill(disk)
        for command in COMMANDS:
            code, out, err = clients(capsys, data, *command)
            if code == 0:  # a read that needed no space is fine
                assert command[0] in ("list", "export"), command
                continue
            assert (code, out) == (2, ""), command
            assert err.count("\n") == 1, err  # and no note that the import "was added"
            assert "the disk is full; nothing was changed" in err, err
            assert "damaged" not in err
        filler.unlink()
        assert listing(data) == before
        assert leftovers(data) == [] and leftovers(data / "autosave") == []


@pytest.mark.parametrize("free_kb", [0, 4, 8, 12, 16, 24, 32, 48])
def test_a_write_failing_at_any_point_keeps_the_store_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], free_kb: int
) -> None:
    """The disk fills at a different write each time: the import is all there or not at all."""
    with small_disk(tmp_path / "disk") as disk:
        data = disk / "data"
        assert clients(capsys, data, "import", str(FILES[0]))[0] == 0
        before = listing(data)
        filler = fill(disk, leave_kb=free_kb)
        code, _, err = clients(capsys, data, "import", str(FILES[1]))
        filler.unlink()
        after = listing(data)
        if code == 0:
            assert after == [*before, (2, after[1][1], 1)]
        else:
            assert code == 2 and err.count("\n") == 1 and "the disk is full" in err, err
            assert after == before


def test_read_only_folder_says_read_only_and_loses_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with small_disk(tmp_path / "disk") as disk:
        data = disk / "data"
        for file in FILES[:2]:
            assert clients(capsys, data, "import", str(file))[0] == 0
        before = listing(data)
        remount(disk, read_only=True)
        try:
            for command in COMMANDS:
                code, out, err = clients(capsys, data, *command)
                if code == 0:  # reading a read-only store works
                    assert command[0] in ("list", "export"), command
                    continue
                assert (code, out) == (2, ""), command
                assert err.count("\n") == 1 and "read-only file or folder); nothing was changed" in err, err
        finally:
            remount(disk, read_only=False)
        assert listing(data) == before


@pytest.fixture
def outside_tmp() -> Iterator[Path]:
    """A folder that the user `nobody` can reach (pytest's own temporary tree is 0700)."""
    folder = Path(tempfile.mkdtemp(prefix="smm-career-faults-"))
    folder.chmod(0o711)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_a_user_without_write_rights(outside_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = outside_tmp / "data"
    assert clients(capsys, data, "import", str(FILES[0]))[0] == 0
    before = listing(data)
    os.chown(data, 65534, -1)  # nobody owns the folder but may not write to it or the store
    data.chmod(0o500)
    os.chown(data / STORE_NAME, 65534, -1)
    (data / STORE_NAME).chmod(0o400)
    env = {**os.environ, "LC_ALL": "en_GB.UTF-8", "HOME": str(outside_tmp)}
    for command in (["import", str(FILES[1])], ["delete", "1"]):
        result = as_nobody(
            [sys.executable, "-m", "app", "clients", *command, "--data-dir", str(data)],
            env=env,
            cwd=Path(__file__).resolve().parent.parent,
        )
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1, result.stderr
        assert "read-only file or folder); nothing was changed" in result.stderr
    assert listing(data) == before


@pytest.mark.parametrize(("call", "n"), [("fsync", 1), ("fsync", 2), ("replace", 1), ("replace", 2)])
def test_an_autosave_failing_half_way_keeps_the_last_good_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, call: str, n: int
) -> None:
    path = tmp_path / "autosave" / "a.json"
    save_answer_file(path, AnswerFile(respondent={"name": "First"}))
    save_answer_file(path, AnswerFile(respondent={"name": "Second"}))
    monkeypatch.setattr(os, call, fail_on_call(n, getattr(os, call)))
    with pytest.raises(OSError) as info:
        save_answer_file(path, AnswerFile(respondent={"name": "Third"}))
    monkeypatch.undo()
    assert info.value.errno == errno.ENOSPC
    assert json.loads(path.read_text(encoding="utf-8"))["respondent"]["name"] == "Second"
    assert json.loads((path.parent / "a.json.bak").read_text(encoding="utf-8"))["respondent"]["name"] in (
        "First",
        "Second",
    )
    assert leftovers(path.parent) == []
