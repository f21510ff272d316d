"""The attacker's third round on issue #14, its remaining findings: each as a user (or a script)
meets it, run as a real process where the finding was a process behaviour."""

from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader

import app.report.batch as batch
from app.domain.answers import AnswerFile
from app.domain.os_reasons import OsReason, reason_text
from app.report.glyphs import printable
from app.storage.client_store import ClientStore
from tests.store_access import PASSPHRASE, raw_access
from tests.test_attacks_third_round import alive, children, wait_for
from tests.test_hostile_processes import EXAMPLE, ROOT, refused, smm

ESC_NAME = "Eve \x1b[31mRed\x1b[0m Berg"


def answer_file(tmp_path: Path, **changes: object) -> Path:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    for key, value in changes.items():
        data[key] = value
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def pdf_text(path: Path) -> str:
    """The PDF's text layer as a reader copies it (pdftotext where installed)."""
    if shutil.which("pdftotext"):
        return subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def in_language(lang: str) -> dict[str, str]:
    """The environment of a user working in `lang` (in UTF-8 whether or not the locale is installed)."""
    return {"LC_ALL": f"{lang}_{'SE' if lang == 'sv' else lang.upper()}.UTF-8", "PYTHONUTF8": "1"}


# -- 1: control characters never reach a PDF or a terminal line -------------------------------


@pytest.mark.parametrize(
    ("changes", "where"),
    [
        ({"respondent": {"name": ESC_NAME}}, "respondent.name"),
        ({"observer": {"role": "colleague", "name": "Bo\x07", "ratings": {}}}, "observer.name"),
        ({"counsellor": {"notes": "Talk about\x1b]0;pwned\x07 SEO"}}, "counsellor.notes"),
        ({"counsellor": {"gap_notes": {"seo": "a\x9b31mb"}}}, "counsellor.gap_notes.seo"),
        ({"counsellor": {"author": "Eva\tHolm"}}, "counsellor.author"),
    ],
)
def test_a_control_character_in_a_name_or_note_is_refused_at_the_door(
    tmp_path: Path, changes: dict[str, object], where: str
) -> None:
    path = answer_file(tmp_path, **changes)
    commands: list[list[str | Path]] = [["analyze", path], ["report", path, "-o", tmp_path / "plan.pdf"]]
    for args in commands:
        [line] = refused(smm(*args))
        assert line.startswith(f"{path}: {where}: holds a control character (U+00"), line
        assert "\x1b" not in line and "\x07" not in line and "\x9b" not in line
    assert not (tmp_path / "plan.pdf").exists()
    [line] = refused(smm("clients", "import", path, "--data-dir", tmp_path / "data"))
    assert f"{where}: holds a control character" in line
    assert not (tmp_path / "data" / "clients.sqlite3").exists()  # nothing was made


def test_notes_keep_their_line_breaks_and_tabs(tmp_path: Path) -> None:
    path = answer_file(tmp_path, counsellor={"notes": "First point\n\n\tSecond point"})
    assert smm("analyze", path).returncode == 0


def test_the_store_refuses_control_characters_in_details_and_notes(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert smm("clients", "import", EXAMPLE, "--data-dir", data).returncode == 0
    cases = {
        ("edit", "1", "--name", ESC_NAME): "the name holds a control character (U+001B)",
        ("edit", "1", "--email", "a@b.se\r"): "the e-mail address holds a control character (U+000D)",
        ("note", "1", "see \x1b[2Jyou"): "the note holds a control character (U+001B)",
        ("settings", "--counsellor-name", "Eva\x1b[5m"): "the counsellor's name holds a control character",
    }
    for args, expected in cases.items():
        [line] = refused(smm("clients", *args, "--data-dir", data))
        assert line.startswith(expected) and line.endswith("nothing was changed"), line
    with ClientStore.open(data, PASSPHRASE) as store:
        assert store.client(1).name == "Maya Okafor" and store.client(1).email == ""
        assert [n.text for a in store.assessments(1) for n in a.note_rows] == []
        assert store.counsellor_name == ""
    assert smm("clients", "note", "1", "line one\n\tline two", "--data-dir", data).returncode == 0


def test_what_an_older_store_holds_is_printed_without_its_escape_sequences(tmp_path: Path) -> None:
    data, out = tmp_path / "data", tmp_path / "plan.pdf"
    assert smm("clients", "import", EXAMPLE, "--data-dir", data).returncode == 0
    with ClientStore.open(data, PASSPHRASE) as store:  # as a version without the checks stored them
        conn, seal = raw_access(store)
        conn.execute("UPDATE clients SET name = ? WHERE id = 1", (seal(ESC_NAME),))
        store.add_note(store.assessments(1)[0].id, "placeholder", internal=False, author="")
        conn.execute("UPDATE notes SET text = ?", (seal("Call \x1b]0;pwned\x07back\x9b1m soon"),))
        conn.execute("INSERT INTO settings (key, value) VALUES ('counsellor_name', ?)", (seal("Eva"),))
    listed = smm("clients", "list", "--data-dir", data)
    assert listed.stdout == "1\tEve Red Berg\t1\n"
    exported = smm("clients", "export", "1", "--data-dir", data).stdout
    assert "\x1b" not in exported and "\x9b" not in exported and "\\u009b" in exported
    assert json.loads(exported)["client"]["name"] == ESC_NAME  # the export keeps what is held
    assert smm("clients", "report", "1", "-o", out, "--data-dir", data).returncode == 0
    text = pdf_text(out)
    assert "Eve Red Berg" in text and "Call back soon" in text
    assert "[31m" not in text and "[0m" not in text and "pwned" not in text


def test_printable_removes_an_escape_sequence_whole() -> None:
    assert printable("Eve \x1b[31mRed\x1b[0m\n\tBerg\x00") == "Eve Red\n\tBerg"


# -- 2: the OS's reason in the reader's language -----------------------------------------------


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("sv", "inget utrymme kvar på enheten"),
        ("nl", "geen ruimte meer op het apparaat"),
        ("en", "no space left on device"),
    ],
)
def test_output_that_cannot_be_written_says_why_in_the_users_language(lang: str, expected: str) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "app", "analyze", str(EXAMPLE)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            cwd=ROOT,
            env={**os.environ, **in_language(lang)},
        )
    [line] = refused(result)
    assert line.endswith(f": {expected}"), line


def test_a_name_too_long_for_the_file_system_is_said_in_swedish(tmp_path: Path) -> None:
    out = tmp_path / ("x" * 300 + ".pdf")
    [line] = refused(smm("report", EXAMPLE, "-o", out, env=in_language("sv")))
    assert line.endswith("namnet är för långt"), line
    assert "File name too long" not in line


def test_every_common_reason_is_ours_and_an_unknown_one_the_systems() -> None:
    for number in (errno.ENOSPC, errno.EACCES, errno.EROFS, errno.ENOENT, errno.EISDIR, errno.EIO):
        system = os.strerror(number)
        for lang in ("sv", "nl"):
            assert reason_text(OSError(number, system), lang) != system[:1].lower() + system[1:]
    assert OsReason(errno.EDOM, "Numerical argument out of domain").message("sv") == (
        "numerical argument out of domain"
    )


# -- 3: one unreadable row does not hide the others --------------------------------------------


def test_one_bad_row_leaves_the_others_listed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with ClientStore.open(data, PASSPHRASE) as store:
        for name in ("Anna", "Bo", "Cecilia"):
            cid = store.add_client(name)
            for day in ("2026-01-05", "2026-03-05"):
                answers = json.loads(EXAMPLE.read_text(encoding="utf-8"))
                answers["answers"]["experience.total_years"] = int(day[6]) + cid
                store.add_assessment(cid, AnswerFile.model_validate(answers))
        raw_access(store)[0].execute(
            "UPDATE assessments SET taken_at = 'yesterday' WHERE id = 4"
        )  # Bo's second
    listed = smm("clients", "list", "--data-dir", data)
    assert refused(listed) == [
        "not listed: client 2: taken_at holds 'yesterday', which smm-career does not write; "
        "the client database was changed outside smm-career and was left as it is"
    ]
    assert [line.split("\t")[1] for line in listed.stdout.splitlines()] == ["Anna", "Cecilia"]
    assessments = smm("clients", "assessments", "2", "--data-dir", data)
    [line] = refused(assessments)
    assert line.startswith("not listed: assessment 4: taken_at holds 'yesterday'"), line
    assert [row.split("\t")[0] for row in assessments.stdout.splitlines()] == ["3"]
    assert smm("clients", "assessments", "1", "--data-dir", data).returncode == 0


# -- 4, 5: output folders and names ------------------------------------------------------------


def test_batch_makes_a_missing_output_folder_private_and_report_names_the_missing_one(tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "new" / "plans"
    folder.mkdir()
    shutil.copy(EXAMPLE, folder / "a.json")
    assert smm("batch", folder, "-o", out, "--jobs", "1").returncode == 0
    assert (out / "a.pdf").is_file()
    assert stat.S_IMODE(out.stat().st_mode) == 0o700 and stat.S_IMODE(out.parent.stat().st_mode) == 0o700
    missing = tmp_path / "missing" / "plan.pdf"
    assert refused(smm("report", EXAMPLE, "-o", missing)) == [
        f"{missing}: the folder {missing.parent} does not exist"
    ]
    assert not missing.parent.exists()


@pytest.mark.parametrize("command", ["report", "batch"])
def test_an_empty_output_name_is_said_as_such(tmp_path: Path, command: str) -> None:
    source = EXAMPLE if command == "report" else EXAMPLE.parent
    assert refused(smm(command, source, "-o", "", cwd=tmp_path)) == [
        "-o is empty; give the name of the file or folder to write"
    ]
    assert list(tmp_path.iterdir()) == []


# -- 6: a killed batch leaves no worker, also without Linux's death signal ---------------------


def hang(source: str, out: str, lang: str) -> list[str]:
    """A worker's render that marks its start and never ends: only its parent's death stops it."""
    Path(out).with_suffix(".started").write_text(source)
    threading.Event().wait()
    return []


def test_a_killed_batch_leaves_no_worker_without_the_kernels_help(tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    out.mkdir()
    for n in range(4):
        shutil.copy(EXAMPLE, folder / f"{n}.json")
    script = (
        "import sys; from pathlib import Path; import app.report.batch as b; "
        "from tests.test_attacks_fourth_round import hang; "
        "b.KERNEL_DEATH_SIGNAL = False; "
        "pairs, _ = b.plan(Path(sys.argv[1]), Path(sys.argv[2]), 'en'); "
        "b.run_batch(pairs, 2, 'en', render=hang)"
    )
    parent = subprocess.Popen([sys.executable, "-c", script, str(folder), str(out)], cwd=ROOT)
    workers: set[int] = set()
    try:
        wait_for(lambda: len(list(out.glob("*.started"))) == 2, "both workers to start")
        workers = children(parent.pid)
        assert len(workers) >= 2
        parent.kill()
        parent.wait(timeout=60)
        wait_for(lambda: not any(alive(w) for w in workers), "the workers to stop", 30)
    finally:
        for pid in [parent.pid, *workers]:
            if alive(pid):
                os.kill(pid, signal.SIGKILL)
        parent.wait()


def test_the_linux_path_stays() -> None:
    assert batch.KERNEL_DEATH_SIGNAL is sys.platform.startswith("linux")


# -- 7: an answer file naming another person is not added to a client by mistake ---------------


def test_import_for_a_client_refuses_a_file_naming_someone_else_unless_forced(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with ClientStore.open(data, PASSPHRASE) as store:
        store.add_client("Noor " + "Jansen-" * 20)
    path = answer_file(tmp_path, respondent={"name": "Maya\nOkafor"})
    path.write_text(path.read_text().replace("Maya\\nOkafor", "Maya Okafor"))
    [line] = refused(smm("clients", "import", path, "--client", "1", "--data-dir", data))
    assert line.startswith(f"{path} names 'Maya Okafor', but client 1 is 'Noor Jansen-Jansen-"), line
    assert "…'; nothing was imported (give --force" in line and len(line) < 300
    with ClientStore.open(data, PASSPHRASE) as store:
        assert store.client(1).assessments == 0 and len(store.clients()) == 1
    forced = smm("clients", "import", path, "--client", "1", "--force", "--data-dir", data)
    assert forced.returncode == 0 and forced.stdout == "1\n"
    assert "names 'Maya Okafor'; client 1 is" in forced.stderr
    with ClientStore.open(data, PASSPHRASE) as store:
        assert store.client(1).assessments == 1
