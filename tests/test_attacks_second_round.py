"""The attacker's second round on issue #14: each finding as a user (or a script) meets it,
run as a real process where the finding was a process behaviour."""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfWriter

from app.report.output import is_pdf, out_problem
from tests.store_access import PASSPHRASE
from tests.test_hostile_processes import EXAMPLE, refused, smm

# -- an empty --data-dir is never the default folder -------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["clients", "delete", "1", "--data-dir", ""],
        ["clients", "list", "--data-dir="],
        ["--data-dir", "", "clients", "list"],
        ["--data-dir", "  ", "clients", "delete", "1"],
        ["--data-dir", ""],  # the wizard
    ],
)
def test_an_empty_data_dir_is_refused(tmp_path: Path, args: list[str]) -> None:
    default = tmp_path / "default"
    default.mkdir()
    result = smm(*args, env={"SMM_CAREER_DATA_DIR": str(default), "QT_QPA_PLATFORM": "offscreen"})
    assert refused(result) == ["--data-dir is empty; give a folder (leave the option out for the usual one)"]
    assert list(default.iterdir()) == []  # the default store was not even created


# -- observer-form --name: the answer file's limit ---------------------------------------------


def test_observer_form_refuses_a_name_longer_than_an_answer_file_allows(tmp_path: Path) -> None:
    out = tmp_path / "form.pdf"
    result = smm("observer-form", "-o", out, "--name", "x" * 10_000, timeout=20)
    assert refused(result) == ["--name: longer than 200 characters"]
    assert not out.exists()


# -- YAML: integers past Python's limit, keys given twice ---------------------------------------


def test_a_yaml_integer_of_5000_digits_is_one_located_line(tmp_path: Path) -> None:
    path = tmp_path / "profile.yaml"
    path.write_text("type: role_profile\nid: x\nmin: " + "9" * 5000 + "\n", encoding="utf-8")
    lines = refused(smm("validate", path, cwd=tmp_path), code=1)
    assert (
        lines[0]
        == "profile.yaml: line 3, column 6: a number with more than 40 characters or too large to hold"
    )


def test_a_yaml_key_given_twice_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "profile.yaml"
    path.write_text(
        "type: role_profile\nid: a\ncompetencies:\n  seo: {target: 3, weight: 1}\n  seo: {target: 4, weight: 1}\n",
        encoding="utf-8",
    )
    lines = refused(smm("validate", path, cwd=tmp_path), code=1)
    assert lines[0] == "profile.yaml: line 5, column 3: the key 'seo' appears twice in one object"


def test_a_yaml_merge_key_may_still_override(tmp_path: Path) -> None:
    from app.storage.input_files import load_yaml

    assert load_yaml(b"base: &b {a: 1, b: 2}\nm:\n  <<: *b\n  a: 3\n")["m"] == {"a": 3, "b": 2}


# -- report -o: only a whole PDF is replaced ----------------------------------------------------


def blank_pdf() -> bytes:
    """A PDF made by another program (not this app's)."""
    out = io.BytesIO()
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.write(out)
    return out.getvalue()


def xref_stream_pdf() -> bytes:
    """A PDF whose cross-reference section is a stream (PDF 1.5+), as many tools write them."""
    out = io.BytesIO()
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.save(out, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    return out.getvalue()


@pytest.mark.parametrize(
    "content",
    [
        b"%PDF-1.7\nmy notes, which happen to start like a PDF\n",
        b"%PDF-1.4\n" + b"x" * 5000 + b"\nstartxref\n12\n%%EOF\n",  # points at no cross-reference
        b"%PDF-",
        b"",
    ],
)
def test_report_keeps_a_file_that_only_starts_like_a_pdf(tmp_path: Path, content: bytes) -> None:
    out = tmp_path / "notes.pdf"
    out.write_bytes(content)
    lines = refused(smm("report", EXAMPLE, "-o", out))
    assert lines == [f"{out}: exists and is not a PDF; it was left as it is (choose another name)"]
    assert out.read_bytes() == content


@pytest.mark.parametrize("make", [blank_pdf, xref_stream_pdf])
def test_a_real_pdf_of_another_program_may_be_replaced(tmp_path: Path, make: object) -> None:
    out = tmp_path / "old.pdf"
    out.write_bytes(make())  # type: ignore[operator]
    assert is_pdf(out) and out_problem(out, "en") is None


def test_a_pdf_this_app_wrote_is_replaced(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    assert smm("report", EXAMPLE, "-o", out).returncode == 0
    first = out.read_bytes()
    assert is_pdf(out)
    assert smm("report", EXAMPLE, "-o", out, "--lang", "sv").returncode == 0
    assert out.read_bytes() != first


# -- the pending-erasures journal: broken or hostile, never a lock-out ---------------------------


def _store_with_clients(data: Path, *names: str) -> list[int]:
    from app.storage.client_store import ClientStore

    with ClientStore.open(data, PASSPHRASE) as store:
        return [store.add_client(name) for name in names]


@pytest.mark.parametrize(
    ("journal", "warning"),
    [
        (
            "[1, " + "9" * 5000 + ', "x", -4, 2.5]',
            "entries that are not client ids were skipped and dropped from the list of unfinished erasures "
            "(the first: '" + "9" * 40 + "'; 4 in all); the valid ones were resumed",
        ),
        ("[1, " + "[" * 100_000, "the list of unfinished erasures is not a JSON list of client ids"),
        ('{"1": true}', "the list of unfinished erasures is not a JSON list of client ids"),
    ],
)
def test_a_hostile_erasure_journal_does_not_lock_the_counsellor_out(
    tmp_path: Path, journal: str, warning: str
) -> None:
    data = tmp_path / "data"
    _first, second = _store_with_clients(data, "Noor Jansen", "Karin Lund")
    (data / "erasures-pending.json").write_text(journal, encoding="utf-8")
    result = smm("clients", "list", "--data-dir", data)
    assert result.returncode == 0, result.stderr
    [line] = result.stderr.splitlines()
    assert warning in line and len(line) < 400
    if "skipped" in line:  # the good entry was finished, the bad ones are gone from the journal
        assert result.stdout == f"{second}\tKarin Lund\t0\n"
        assert not (data / "erasures-pending.json").exists()
    result = smm("clients", "delete", str(second), "--data-dir", data)
    assert result.returncode == 0 and f"erased client {second}" in result.stderr


# -- erasing from two processes at once -----------------------------------------------------------


def test_finishing_an_erasure_another_process_began_says_so(tmp_path: Path) -> None:
    """Another process has removed the rows and is still scrubbing: this one finishes the
    scrubbing, and does not claim to have erased "0 assessments"."""
    from app.domain.answers import AnswerFile
    from app.storage.client_store import ClientStore

    data = tmp_path / "data"
    with ClientStore.open(data, PASSPHRASE) as store:
        cid = store.add_client("Noor Jansen")
        store.add_assessment(cid, AnswerFile())
    # the other process's first step: the id in the journal, the rows deleted
    (data / "erasures-pending.json").write_text(f"[{cid}]", encoding="utf-8")
    with sqlite3.connect(data / "clients.sqlite3") as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("DELETE FROM clients WHERE id = ?", (cid,))
    conn.close()
    result = smm("clients", "delete", str(cid), "--data-dir", data)
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith(
        f"finished erasing client {cid}, whose records an earlier or simultaneous"
    )
    assert not (data / "erasures-pending.json").exists()


def test_two_processes_erasing_at_once_both_tell_the_truth(tmp_path: Path) -> None:
    from app.domain.answers import AnswerFile
    from app.storage.client_store import ClientStore

    for trial in range(6):
        data = tmp_path / f"data{trial}"
        with ClientStore.open(data, PASSPHRASE) as store:
            ids = [store.add_client(f"Client {i}") for i in range(4)]
            for cid in ids:
                store.add_assessment(cid, AnswerFile())
                store.add_assessment(cid, AnswerFile())
        targets = ids[:1] * 2 if trial % 2 else ids[:2]
        runs = [
            subprocess.Popen(
                [sys.executable, "-m", "app", "clients", "delete", str(t), "--data-dir", str(data)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env={**os.environ, "LC_ALL": "C.UTF-8"},
            )
            for t in targets
        ]
        outcomes = []
        for run in runs:
            _, err = run.communicate(timeout=120)
            outcomes.append((run.returncode, err.strip()))
        erased = [err for code, err in outcomes if code == 0 and "2 assessments" in err]
        others = [(code, err) for code, err in outcomes if not (code == 0 and "2 assessments" in err)]
        if trial % 2:  # the same client: one erased it; the other finished it or found it gone
            assert len(erased) == 1, outcomes
            # Under load the second may also wait past the lock's timeout while the first scrubs:
            # it then says, truly, that the erasure is not finished (the next start finishes it).
            assert all(
                (code == 0 and err.startswith("finished erasing client"))
                or (code == 2 and "no client with id" in err)
                or (code == 2 and "the erasure is not finished" in err)
                for code, err in others
            ), outcomes
        else:  # two clients: each erased, or (under load, past the lock's timeout) truly not yet
            assert erased and all(
                code == 2 and "the erasure is not finished" in err for code, err in others
            ), outcomes
        with ClientStore.open(data, PASSPHRASE) as store:  # opening finishes what was left
            assert sorted(c.id for c in store.clients()) == (ids[1:] if trial % 2 else ids[2:])
            assert store.pending_erasures() == [] and store.warnings == []
        leftovers = sorted(p.name for p in data.iterdir())
        assert leftovers == ["clients.sqlite3"], leftovers


def test_the_wal_is_never_removed_while_another_process_has_the_file_open(tmp_path: Path) -> None:
    """`check_file` removes the -wal/-shm it made for a refused file only when no one else uses them."""
    from app.storage.client_store import StoreError, check_file, sole_user

    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE notes (text TEXT)")
    conn.close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('SELECT * FROM notes').fetchall();"
            " print('open', flush=True); sys.stdin.read()",
            str(path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        assert not sole_user(path)
        with pytest.raises(StoreError):
            check_file(path)
        assert path.with_name("other.sqlite3-shm").exists()
    finally:
        holder.communicate("", timeout=30)
    assert sole_user(path)


def test_a_journal_that_is_a_pipe_is_left_as_it_is(tmp_path: Path) -> None:
    data = tmp_path / "data"
    [cid] = _store_with_clients(data, "Noor Jansen")
    os.mkfifo(data / "erasures-pending.json")
    result = smm("clients", "list", "--data-dir", data)
    assert result.returncode == 0 and result.stdout == f"{cid}\tNoor Jansen\t0\n"
    assert result.stderr.endswith(
        "the list of unfinished erasures cannot be read (not a regular file (a pipe)); "
        "it was left as it is and no erasure was resumed from it\n"
    )
    assert (data / "erasures-pending.json").is_fifo()
