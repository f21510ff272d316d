"""The attacker's fourth round on issue #14: each finding as a user (or a script) meets it, run
as a real process where the finding was a process behaviour."""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from app import content
from app.domain.answers import AnswerFile
from app.domain.validation import validation_problems
from app.storage.answer_files import AnswerFileError, parse_answer_data
from app.storage.client_store import ClientStore
from tests.faults import as_nobody
from tests.store_access import PASSPHRASE
from tests.test_client_store_erasure import write_autosave
from tests.test_hostile_processes import EXAMPLE, ROOT, refused, smm

# -- 1: erasure finds autosaves under every name the client's records hold ----------------------


def test_erasing_a_renamed_client_removes_autosaves_under_their_earlier_name(tmp_path: Path) -> None:
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        keep = store.add_client("Karin Lund")
        sam = store.import_answers(
            AnswerFile(language="sv", respondent={"name": "Sam Lindqvist"}, answers={"competency.seo": 2})
        )
        store.edit_client(sam, name="Zlatan Quux")
        write_autosave(tmp_path, "  sam  LINDQVIST ", None, "a2")  # the job seeker's own, unlinked
        write_autosave(tmp_path, "Zlatan Quux", None, "z1")
        write_autosave(tmp_path, "Karin Lund", None, "k1")
        erasure = store.erase_client(sam)
        assert sorted(p.name for p in erasure.autosaves_removed) == [
            "a2.json",
            "a2.json.bak",
            "z1.json",
            "z1.json.bak",
        ]
        assert [c.id for c in store.clients()] == [keep]
    left = sorted(p.name for p in (tmp_path / "autosave").iterdir())
    assert left == ["k1.json", "k1.json.bak"]
    assert "Lindqvist" not in json.dumps([p.read_text() for p in (tmp_path / "autosave").iterdir()])


# -- 2: a client with many long notes moves intact ---------------------------------------------


def test_an_export_larger_than_an_answer_file_imports_intact(tmp_path: Path) -> None:
    source, target = tmp_path / "from", tmp_path / "to"
    with ClientStore.open(source, PASSPHRASE) as store:
        client = store.import_answers(AnswerFile.model_validate_json(EXAMPLE.read_text(encoding="utf-8")))
        [assessment] = store.assessments(client)
        for n in range(60):
            store.add_note(
                assessment.id, f"{n:02} " + "Rättvis bedömning. " * 1000, internal=n % 2 == 0, author="Eva"
            )
    exported = smm("clients", "export", str(client), "--data-dir", source)
    assert exported.returncode == 0, exported.stderr
    file = tmp_path / "client.json"
    file.write_text(exported.stdout, encoding="utf-8")
    assert file.stat().st_size > 1024 * 1024
    imported = smm("clients", "import", file, "--data-dir", target)
    assert (imported.returncode, imported.stdout) == (0, "1\n"), imported.stderr
    again = json.loads(smm("clients", "export", "1", "--data-dir", target).stdout)
    before = json.loads(exported.stdout)

    def notes(data: dict[str, Any]) -> list[tuple[str, str, str]]:
        [record] = data["assessments"]
        return [(n["text"], n["visibility"], n["author"]) for n in record["notes"]]

    assert len(notes(again)) == 60 and notes(again) == notes(before)


def test_an_answer_file_keeps_its_limit_and_a_pipe_is_still_refused(tmp_path: Path) -> None:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["counsellor"] = {"notes": "x"}
    big = tmp_path / "big.json"
    big.write_text(json.dumps(data) + " " * 1024 * 1024, encoding="utf-8")
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)
    result = smm("clients", "import", big, pipe, "--data-dir", tmp_path / "data")
    assert refused(result) == [
        f"{big}: larger than 1 MB, the most this file type may be",
        f"{pipe}: not a regular file (a pipe)",
    ]


# -- 3: an export is checked field by field before anything is imported --------------------------


def base_export(tmp_path: Path) -> dict[str, Any]:
    with ClientStore.open(tmp_path / "source", PASSPHRASE) as store:
        client = store.import_answers(AnswerFile.model_validate_json(EXAMPLE.read_text(encoding="utf-8")))
        [assessment] = store.assessments(client)
        store.add_note(assessment.id, "Read up on SEO", internal=False, author="Eva", competency="seo")
        return store.export_client(client)


@pytest.mark.parametrize(
    ("path", "value", "where", "reason"),
    [
        (
            ("assessments", 0, "notes", 0, "competency"),
            "no_such_comp",
            "assessments[0].notes[0].competency",
            "'no_such_comp' is no competency of the questionnaire",
        ),
        (
            ("assessments", 0, "notes", 0, "visibility"),
            "public",
            "assessments[0].notes[0].visibility",
            "'public' is not one of: shared, internal",
        ),
        (
            ("assessments", 0, "notes", 0, "text"),
            "x" * 5001,
            "assessments[0].notes[0].text",
            "longer than 5000 characters",
        ),
        (
            ("assessments", 0, "taken_at"),
            "yesterday",
            "assessments[0].taken_at",
            "'yesterday' is not a date and time (YYYY-MM-DDTHH:MM:SS)",
        ),
        (
            ("client", "consent_at"),
            "2999-01-01",
            "client.consent_at",
            "2999-01-01 is not a day that has been (from 2000-01-01 on)",
        ),
        (("client", "name"), 5, "client.name", "expected a text, got 5"),
        (
            ("assessments", 0, "answer_file", "answers", "competency.seo"),
            9,
            "assessments[0].answer_file.competency.seo",
            "9 is outside 1–5",
        ),
    ],
)
def test_an_export_that_would_not_read_back_is_refused_whole(
    tmp_path: Path, path: tuple[str | int, ...], value: object, where: str, reason: str
) -> None:
    data = base_export(tmp_path)
    target: Any = data
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    file = tmp_path / "client.json"
    file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert refused(smm("clients", "import", file, "--data-dir", tmp_path / "data")) == [
        f"{file}: {where}: {reason}"
    ]
    assert not (tmp_path / "data" / "clients.sqlite3").exists()  # nothing was imported


# -- 5: a message names the folder or file the user chose, never a temporary file ----------------


def test_a_data_folder_that_is_a_file_is_named_as_such(tmp_path: Path) -> None:
    afile = tmp_path / "afile"
    afile.write_text("mine", encoding="utf-8")
    for command in (["list"], ["import", str(EXAMPLE)]):
        [line] = refused(smm("clients", *command, "--data-dir", afile))
        assert line == f"{afile}: not a folder, so it cannot hold the client data; nothing was changed"
    assert afile.read_text(encoding="utf-8") == "mine"


def test_a_store_folder_another_user_owns_is_named_not_a_temporary_file() -> None:
    outside_tmp = Path(tempfile.mkdtemp(prefix="smm-career-faults-"))  # pytest's tree is 0700
    outside_tmp.chmod(0o711)
    data = outside_tmp / "data"
    data.mkdir(mode=0o755)  # root's, empty: the store would be made there
    result = as_nobody(
        [sys.executable, "-m", "app", "clients", "list", "--data-dir", str(data)],
        env={**os.environ, "LC_ALL": "C.UTF-8", "HOME": str(outside_tmp)},
        cwd=ROOT,
    )
    try:
        [line] = refused(result)
        assert line == f"{data}: cannot be written (a read-only file or folder); nothing was changed"
        assert list(data.iterdir()) == []
    finally:
        shutil.rmtree(outside_tmp)


# -- 6: small ones: an empty note, an edit of nothing, a report of nothing -----------------------


def test_an_empty_note_and_an_edit_of_nothing_are_refused(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert smm("clients", "import", EXAMPLE, "--data-dir", data).returncode == 0
    for text in ("", "  \n "):
        assert refused(smm("clients", "note", "1", text, "--data-dir", data)) == [
            "a note needs text; nothing was added"
        ]
    assert refused(smm("clients", "edit", "1", "--data-dir", data)) == [
        "nothing to change: give --name, --email or --phone (or several)"
    ]
    with ClientStore.open(data, PASSPHRASE) as store:
        [assessment] = store.assessments(1)
        assert not store.notes(assessment.id) and store.client(1).name == "Maya Okafor"


def test_a_report_of_only_unfinished_assessments_says_no_pdf_was_written(tmp_path: Path) -> None:
    data, out = tmp_path / "data", tmp_path / "progress.pdf"
    draft = tmp_path / "draft.json"
    draft.write_text(json.dumps({"respondent": {"name": "Ann Berg"}, "answers": {"competency.seo": 2}}))
    assert smm("clients", "import", draft, "--data-dir", data).returncode == 0
    lines = refused(smm("clients", "report", "1", "-o", out, "--data-dir", data))
    assert lines[-1] == "no PDF was written: client 1 has no assessment that counts (finish one first)"
    assert "is unfinished" in lines[0] and len(lines) == 2
    assert not out.exists()


# -- 4: an answer file's structural errors in the reader's language, never pydantic's English -----

STRUCTURAL = [
    (
        {"answers": []},
        "answers",
        {"en": "expected an object, got list", "sv": "ska vara ett objekt, inte list"},
    ),
    (
        {"respondent": "Sam"},
        "respondent",
        {"en": "expected an object, got 'Sam'", "nl": "moet een object zijn, niet 'Sam'"},
    ),
    (
        {"respondent": {"name": "x" * 201}},
        "respondent.name",
        {"en": "longer than 200 characters", "sv": "längre än 200 tecken"},
    ),
    (
        {"counsellor": {"notes": "ok", "mood": "fine"}},
        "counsellor.mood",
        {"en": "no such field in this format", "nl": "dit veld bestaat niet in dit formaat"},
    ),
    (
        {"observer": {"role": "boss"}},
        "observer.role",
        {
            "en": "'boss' is not one of: counsellor, colleague, manager",
            "sv": "'boss' är inte något av: counsellor, colleague, manager",
        },
    ),
    (
        {"observer": {"role": "manager", "ratings": {"seo": 3}}},
        "observer.ratings.seo",
        {
            "en": "'seo' is not of the form this field takes",
            "nl": "'seo' heeft niet de vorm die dit veld vraagt",
        },
    ),
    (
        {"observer": {"role": "manager", "ratings": {"competency.seo": "4"}}},
        "observer.ratings.competency.seo",
        {"en": "expected a whole number, got '4'", "sv": "ska vara ett heltal, inte '4'"},
    ),
    (
        {"observer": {"role": "manager", "ratings": {"competency.seo": 9}}},
        "observer.ratings.competency.seo",
        {"en": "9 is more than 5", "nl": "9 is groter dan 5"},
    ),
    (
        {"observer": {"ratings": {}}},
        "observer.role",
        {"en": "missing; this field is required", "sv": "saknas; fältet är obligatoriskt"},
    ),
    (
        {"saved_at": "yesterday"},
        "saved_at",
        {
            "en": "'yesterday' is not a date and time (YYYY-MM-DDTHH:MM:SS)",
            "nl": "'yesterday' is geen datum met tijd (JJJJ-MM-DDTHH:MM:SS)",
        },
    ),
]
PYDANTIC_WORDS = (
    "Input should",
    "String should",
    "Extra inputs",
    "Field required",
    "instance of",
    "valid dictionary",
)


@pytest.mark.parametrize(("changes", "where", "expected"), STRUCTURAL)
def test_a_structural_error_is_located_in_our_words_in_every_language(
    changes: dict[str, object], where: str, expected: dict[str, str]
) -> None:
    data = {**json.loads(EXAMPLE.read_text(encoding="utf-8")), **changes}
    with pytest.raises(AnswerFileError) as info:
        parse_answer_data(data, content.shipped(), "a.json")
    lines = {lang: info.value.lines(lang) for lang in ("sv", "nl", "en")}
    for lang, text in expected.items():
        assert lines[lang] == [f"a.json: {where}: {text}"]
    for lang in ("sv", "nl"):
        assert lines[lang] != lines["en"] and not any(w in lines[lang][0] for w in PYDANTIC_WORDS)


def test_an_unknown_kind_of_error_is_said_generically() -> None:
    error = ValidationError.from_exception_data(
        "AnswerFile", [{"type": "uuid_type", "loc": ("respondent", "id"), "input": 3}]
    )
    assert [p.message("sv") for p in validation_problems(error)] == ["inte giltigt här"]
    assert [p.where for p in validation_problems(error)] == ["respondent.id"]


def test_analyze_says_a_structural_error_in_swedish(tmp_path: Path) -> None:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps({**json.loads(EXAMPLE.read_text(encoding="utf-8")), "answers": []}))
    [line] = refused(smm("analyze", path, env={"LC_ALL": "sv_SE.UTF-8", "PYTHONUTF8": "1"}))
    assert line == f"{path}: answers: ska vara ett objekt, inte list"


def test_a_file_without_answers_alone_creates_no_store(tmp_path: Path) -> None:
    """Found by the long fuzz run: an answer file with no answers passed the checks made before
    the store is opened, so a first `clients import` created the store (and advised on its
    passphrase) only to refuse the file."""
    empty = tmp_path / "empty.json"
    empty.write_text(
        json.dumps({"version": 1, "respondent": {"name": "Maya Okafor"}, "answers": {}}), encoding="utf-8"
    )
    done = smm("clients", "import", empty, "--data-dir", tmp_path / "data")
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "holds no answers" in done.stderr, done.stderr
    assert not (tmp_path / "data").exists()
