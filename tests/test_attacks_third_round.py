"""The attacker's third round on issue #14: each finding as a user (or a script) meets it,
run as a real process where the finding was a process behaviour."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from tests.test_hostile_processes import EXAMPLE, refused, smm


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


# -- 1: only what the app owns is made private; no symlink is followed -------------------------


def test_clients_commands_change_no_mode_but_the_apps_own(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "bin").mkdir(parents=True)
    script = data / "bin" / "run.sh"
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    shared = data / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    outside = tmp_path / "x"
    outside.mkdir()
    victim = outside / "victim"
    victim.write_text("not the app's")
    victim.chmod(0o644)
    (data / "link").symlink_to(victim)
    (data / "clients.sqlite3-wal").symlink_to(victim)  # even under one of the store's names
    (data / "autosave").symlink_to(outside)
    data.chmod(0o755)
    for args in (["list"], ["import", EXAMPLE], ["list"], ["delete", "1"]):
        result = smm("clients", *args, "--data-dir", data)
        assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    assert mode(script) == 0o755
    assert mode(shared) == 0o1777
    assert mode(victim) == 0o644 and mode(outside) == 0o755
    assert mode(data) == 0o755  # an existing folder the user named keeps its mode
    assert mode(data / "clients.sqlite3") == 0o600


def test_a_data_folder_the_app_makes_is_private_and_its_parent_untouched(tmp_path: Path) -> None:
    parent = tmp_path / "parent"
    parent.mkdir()
    parent.chmod(0o755)
    assert smm("clients", "list", "--data-dir", parent / "data").returncode == 0
    assert (mode(parent), mode(parent / "data"), mode(parent / "data" / "clients.sqlite3")) == (0o755, 0o700, 0o600)


# -- 2: stored answers that are JSON but no answer file ----------------------------------------


@pytest.mark.parametrize("stored", ["null", "5", "[]", '"x"', '{"version": "one"}'])
def test_a_stored_answer_that_is_no_answer_file_is_a_store_error(tmp_path: Path, stored: str) -> None:
    data = tmp_path / "data"
    assert smm("clients", "import", EXAMPLE, "--data-dir", data).returncode == 0
    with sqlite3.connect(data / "clients.sqlite3") as conn:
        conn.execute("UPDATE assessments SET answer_json = ?", (stored,))
    conn.close()
    for args in (["report", "1", "-o", tmp_path / "plan.pdf"], ["export", "1"]):
        lines = refused(smm("clients", *args, "--data-dir", data))
        assert len(lines) == 1 and "changed outside smm-career" in lines[0], lines
    assert not (tmp_path / "plan.pdf").exists()
