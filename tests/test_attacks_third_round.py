"""The attacker's third round on issue #14: each finding as a user (or a script) meets it,
run as a real process where the finding was a process behaviour."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from app.storage.client_store import ClientStore
from tests.store_access import PASSPHRASE
from tests.test_hostile_processes import EXAMPLE, ROOT, refused, smm


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


def test_a_planted_link_under_one_of_the_stores_names_changes_nothing_outside(tmp_path: Path) -> None:
    data, outside = tmp_path / "data", tmp_path / "x"
    data.mkdir()
    outside.mkdir()
    victim = outside / "victim"
    victim.write_text("not the app's")
    victim.chmod(0o644)
    (data / "clients.sqlite3-wal").symlink_to(victim)
    result = smm("clients", "list", "--data-dir", data)
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) <= 2, result.stderr
    assert mode(victim) == 0o644 and victim.read_text() == "not the app's"


def test_a_data_folder_the_app_makes_is_private_and_its_parent_untouched(tmp_path: Path) -> None:
    parent = tmp_path / "parent"
    parent.mkdir()
    parent.chmod(0o755)
    assert smm("clients", "list", "--data-dir", parent / "data").returncode == 0
    assert (mode(parent), mode(parent / "data"), mode(parent / "data" / "clients.sqlite3")) == (
        0o755,
        0o700,
        0o600,
    )


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


# -- 3: stopping batch stops its workers -------------------------------------------------------


def children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                if int(fields[1]) == pid:
                    found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def wait_for(condition: Callable[[], bool], what: str, limit_s: float = 120.0) -> None:
    deadline = time.monotonic() + limit_s
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"waited {limit_s} s for {what}")
        time.sleep(0.05)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_stopping_batch_stops_its_workers_and_nothing_is_written_after(tmp_path: Path, sig: int) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    for n in range(12):
        shutil.copy(EXAMPLE, folder / f"{n:02}.json")
    batch = subprocess.Popen(
        [sys.executable, "-m", "app", "batch", str(folder), "-o", str(out), "--jobs", "2"],
        cwd=ROOT,
        env={**os.environ, "LC_ALL": "C.UTF-8"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for(lambda: out.is_dir() and any(out.glob("*.pdf")), "the first PDF")
        workers = children(batch.pid)
        assert workers
        batch.send_signal(sig)
        batch.wait(timeout=60)
        wait_for(lambda: not any(alive(w) for w in workers), "the workers to stop", 30)
    finally:
        if batch.poll() is None:
            batch.kill()
            batch.wait()
    left = sorted(p.name for p in out.iterdir())
    assert len([n for n in left if n.endswith(".pdf")]) < 12
    if sig == signal.SIGTERM:
        assert batch.returncode == 143 and "Traceback" not in (batch.stderr.read() if batch.stderr else "")
        assert all(n.endswith(".pdf") for n in left), left  # no half-written temporary copy


# -- 4: standard output that cannot be written -------------------------------------------------


def smm_to(stdout: str, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run with standard output on /dev/full ("full") or closed ("closed")."""
    with open("/dev/full", "w") as full:
        return subprocess.run(
            [sys.executable, "-m", "app", *map(str, args)],
            stdout=full if stdout == "full" else None,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            cwd=ROOT,
            env={**os.environ, "LC_ALL": "C.UTF-8"},
            preexec_fn=None if stdout == "full" else lambda: os.close(1),
        )


@pytest.mark.parametrize("stdout", ["full", "closed"])
def test_output_that_cannot_be_written_is_one_line(tmp_path: Path, stdout: str) -> None:
    data = tmp_path / "data"
    ClientStore.open(data, PASSPHRASE).close()  # made beforehand: its first use adds the passphrase warning
    reason = "no space left on device" if stdout == "full" else "there is no standard output"
    lines = refused(smm_to(stdout, "clients", "import", EXAMPLE, "--data-dir", data))
    assert lines == [f"cannot write the output: {reason}; the import was done all the same, as client 1"]
    for args in (["clients", "export", "1"], ["clients", "list"], ["analyze", EXAMPLE], ["validate"]):
        assert refused(smm_to(stdout, *args, "--data-dir", data)) == [f"cannot write the output: {reason}"], (
            args
        )
    assert smm("clients", "list", "--data-dir", data).stdout.count("\n") == 1  # imported once


# -- 5: client ids are ASCII digits only -------------------------------------------------------


@pytest.mark.parametrize("text", ["\u0665", "\uff10\uff11", " 1", "1\n", "1 ", "+1", "1_0", "\u00b9"])
def test_a_client_id_in_other_digits_or_with_spaces_is_refused_before_erasing(
    tmp_path: Path, text: str
) -> None:
    data = tmp_path / "data"
    with ClientStore.open(data, PASSPHRASE) as store:
        for n in range(5):
            store.add_client(f"Client {n + 1}")
    lines = refused(smm("clients", "delete", text, "--data-dir", data))
    assert len(lines) == 1 and "is not a client id (a whole number from 1 to" in lines[0], lines
    assert smm("clients", "list", "--data-dir", data).stdout.count("\n") == 5  # nobody erased


# -- 6: erasure touches only the store's own backups -------------------------------------------


def test_erasure_leaves_files_in_backups_that_are_not_the_stores(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with ClientStore.open(data, PASSPHRASE) as store:
        cid = store.add_client("Noor Jansen")
    backups = data / "backups"
    backups.mkdir()
    (backups / "README.txt").write_text("Noor Jansen's backups live on the NAS")
    (backups / "clients-v1-20260101T000000Z.sqlite3").write_text("not a database, named like one")
    with sqlite3.connect(backups / "other.sqlite3") as other:
        other.execute("CREATE TABLE clients (id INTEGER PRIMARY KEY, name TEXT)")
        other.execute("INSERT INTO clients VALUES (?, 'Someone else')", (cid,))
    other.close()
    before = {p.name: p.read_bytes() for p in backups.iterdir()}
    result = smm("clients", "delete", str(cid), "--data-dir", data)
    assert result.returncode == 0, result.stderr
    assert {p.name: p.read_bytes() for p in backups.iterdir()} == before
    assert result.stderr.splitlines()[0].endswith(", 0 backups cleaned"), result.stderr  # none counted either


# -- 7: observer-form --name passes the answer file's checks -----------------------------------


def test_observer_form_refuses_a_name_that_is_not_utf8(tmp_path: Path) -> None:
    out = tmp_path / "form.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "app", "observer-form", "-o", str(out), "--name", b"Noor \xff"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, "LC_ALL": "C.UTF-8"},
    )
    assert refused(result) == ["--name: text holds \\udcff, which is not a character (a lone surrogate)"]
    assert not out.exists()


# -- 8: leftovers, validate's exit status, JSON's own words ------------------------------------


def test_a_killed_journal_write_is_cleaned_at_the_next_open(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ClientStore.open(data, PASSPHRASE).close()
    torn = data / ".erasures-pending.json.k1tmp9x.tmp"
    torn.write_text("[3, 4")
    os.utime(torn, (1_000_000_000, 1_000_000_000))  # long ago: no write in progress
    others = data / ".notes.txt.abc.tmp"  # not the app's: left alone
    others.write_text("x")
    os.utime(others, (1_000_000_000, 1_000_000_000))
    assert smm("clients", "list", "--data-dir", data).returncode == 0
    assert not torn.exists() and others.exists()


def test_validate_calls_a_file_that_is_not_utf8_a_problem_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "profile.yaml"
    path.write_bytes(b"type: role_profile\nid: \xff\n")
    assert refused(smm("validate", path, cwd=tmp_path), code=1)[0] == "profile.yaml: not a UTF-8 text file"


@pytest.mark.parametrize(("raw", "got"), [("null", "null"), ("[]", "list"), ("5", "5"), ('"x"', "'x'")])
def test_an_answer_file_that_is_no_object_is_named_in_jsons_words(tmp_path: Path, raw: str, got: str) -> None:
    path = tmp_path / "a.json"
    path.write_text(raw)
    assert refused(smm("analyze", path)) == [f"{path}: expected an object, got {got}"]
