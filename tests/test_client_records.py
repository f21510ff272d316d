"""Counsellor records you can trust (issue #13): status, corrections, notes shared and internal,
export → import, many imports, name order and search, retention and consent. Store and CLI
round trips on a real store in a temporary data folder."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.domain.answers import AnswerFile
from app.gui.counsellor.mode import StoreSaver
from app.storage.client_store import ClientStore, NoteConflict, StoreError
from tests.store_access import PASSPHRASE
from tests.test_client_store_progress import pdf_text

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ELIN = EXAMPLES / "sv_career_changer_customer_service.json"


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["clients", *args, "--data-dir", str(data)])
    out, err = capsys.readouterr()
    return code, out, err


def elin(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(ELIN.read_text(encoding="utf-8"))
    data["answers"].update(changes)
    return data


def write(folder: Path, name: str, data: object) -> Path:
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def unfinished(name: str = "Elin Sjöberg") -> dict[str, Any]:
    """Closed after a few answers: too few ratings for a plan."""
    return {"version": 1, "language": "sv", "respondent": {"name": name}, "answers": {"competency.seo": 2}}


def test_status_unfinished_is_listed_but_never_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    assert run(capsys, data, "import", str(ELIN))[:2] == (0, "1\n")
    later = write(tmp_path, "later.json", unfinished())
    assert run(capsys, data, "import", str(later), "--client", "1")[0] == 0
    code, out, _ = run(capsys, data, "assessments", "1")
    rows = [line.split("\t") for line in out.splitlines()]
    assert code == 0 and [r[2] for r in rows] == ["complete", "unfinished"]
    assert rows[0][3].isdigit() and rows[1][3] == "-"
    assert all(len(r[1]) == 10 and dt.date.fromisoformat(r[1]) for r in rows)
    pdf = tmp_path / "p.pdf"
    code, _, err = run(capsys, data, "report", "1", "-o", str(pdf), "--lang", "en")
    assert code == 0 and f"assessment {rows[1][0]}" in err and "unfinished" in err
    text = " ".join(pdf_text(pdf).split())
    assert "Not counted: the assessment of" in text and "is unfinished (too few answers for a plan)" in text


def test_import_refuses_empty_foreign_and_duplicate_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    run(capsys, data, "import", str(ELIN))
    store_before = (data / "clients.sqlite3").read_bytes()
    empty = write(tmp_path, "empty.json", {**unfinished(), "answers": {}})
    foreign = write(tmp_path, "foreign.json", {"hello": "world"})
    for file, reason in ((empty, "holds no answers"), (foreign, "not an answer file")):
        code, out, err = run(capsys, data, "import", str(file), "--client", "1")
        assert (code, out) == (2, "") and len(err.splitlines()) == 1
        assert str(file) in err and reason in err
    code, _, err = run(capsys, data, "import", str(ELIN))
    assert code == 2 and "already stored (client 1, assessment 1)" in err
    assert run(capsys, data, "list")[1] == "1\tElin Sjöberg\t1\n"
    assert (data / "clients.sqlite3").read_bytes() == store_before


def test_corrections_edit_move_date_and_delete_without_trace(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    run(capsys, data, "import", str(ELIN))
    other = write(tmp_path, "kim.json", {**elin(**{"competency.seo": 5}), "respondent": {"name": "Kim Ek"}})
    run(capsys, data, "import", str(other), "--client", "1", "--force")  # the mistake: Kim's file on Elin
    assert run(capsys, data, "edit", "1", "--phone", "070-123 45 67", "--name", "Elin Sjöberg-Ek")[0] == 0
    with ClientStore.open(data, PASSPHRASE) as store:
        kim = store.add_client("Kim Ek")
    assert run(capsys, data, "move-assessment", "2", str(kim))[0] == 0
    assert run(capsys, data, "set-date", "2", "2026-02-03")[0] == 0
    # a future day would stay "latest" for ever; year 1 is a typing error (outside attacker review)
    for command, day in (("set-date", "9999-12-31"), ("set-date", "1999-12-31"), ("consent", "0001-01-01")):
        code, _, err = run(capsys, data, command, "2" if command == "set-date" else "1", day)
        assert code == 2 and f"{day} is not a possible day" in err and err.count("\n") == 1
    assert run(capsys, data, "assessments", str(kim))[1].startswith("2\t2026-02-03\tcomplete\t")
    assert run(capsys, data, "note", str(kim), "SECRET-NOTE-XYZ about Kim", "--internal")[0] == 0
    code, _, err = run(capsys, data, "delete-assessment", "1", "2")
    assert code == 2 and "does not belong to client 1" in err
    assert run(capsys, data, "delete-assessment", str(kim), "2")[0] == 0
    assert run(capsys, data, "assessments", str(kim))[1] == ""
    needle = b"SECRET-NOTE-XYZ"
    assert not [p for p in data.rglob("*") if p.is_file() and needle in p.read_bytes()]
    with ClientStore.open(data, PASSPHRASE) as store:
        elin_now = store.client(1)
        assert (elin_now.name, elin_now.phone, elin_now.assessments) == (
            "Elin Sjöberg-Ek",
            "070-123 45 67",
            1,
        )


def test_notes_shared_internal_and_a_conflicting_edit(tmp_path: Path) -> None:
    with ClientStore.open(tmp_path, PASSPHRASE) as first, ClientStore.open(tmp_path, PASSPHRASE) as second:
        cid = first.import_answers(AnswerFile.model_validate(elin()))
        [assessment] = first.assessments(cid)
        shared = first.add_note(assessment.id, "Practise SEO.", internal=False, author="Eva")
        first.add_note(assessment.id, "Going through a divorce.", internal=True, author="Eva")
        [note, _] = second.notes(assessment.id)
        assert second.update_note(shared, "Practise SEO weekly.", expected_revision=note.revision) == 2
        with pytest.raises(NoteConflict) as conflict:
            first.update_note(shared, "Practise SEO daily.", expected_revision=1)
        assert (conflict.value.mine, conflict.value.theirs) == ("Practise SEO daily.", "Practise SEO weekly.")
        printed = first.assessment(assessment.id).answer_file().counsellor
        assert printed is not None and printed.notes == "Practise SEO weekly."


def test_export_import_round_trip_is_equal_apart_from_ids(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, target = tmp_path / "a", tmp_path / "b"
    run(capsys, source, "import", str(ELIN))
    run(capsys, source, "import", str(write(tmp_path, "u.json", unfinished())), "--client", "1")
    run(capsys, source, "note", "1", "Shared note", "--data-dir", str(source))
    run(capsys, source, "note", "1", "Internal note", "--internal")
    run(capsys, source, "consent", "1", "2026-01-15")
    first = json.loads(run(capsys, source, "export", "1")[1])
    assert first["client"]["consent_at"] == "2026-01-15"
    assert first["assessments"][0]["labels"]["competency.seo"]  # a label beside the id
    assert [a["status"] for a in first["assessments"]] == ["complete", "unfinished"]
    exported = write(tmp_path, "export.json", first)
    assert run(capsys, target, "import", str(exported))[:2] == (0, "1\n")
    again = json.loads(run(capsys, target, "export", "1")[1])

    def without_ids(doc: dict[str, Any]) -> dict[str, Any]:
        doc = {k: v for k, v in doc.items() if k != "exported_at"}
        doc["client"] = {k: v for k, v in doc["client"].items() if k != "id"}
        doc["assessments"] = [{k: v for k, v in a.items() if k != "id"} for a in doc["assessments"]]
        return doc

    assert without_ids(again) == without_ids(first)


def test_many_imports_in_one_process(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    good = [
        write(
            tmp_path,
            f"p{i}.json",
            {**elin(**{"experience.total_years": 10 + i}), "respondent": {"name": f"P {i}"}},
        )
        for i in range(3)
    ]
    bad = write(tmp_path, "bad.json", {"hello": 1})
    ClientStore.open(data, PASSPHRASE).close()  # made before: no "keep this passphrase safe" line
    code, out, err = run(capsys, data, "import", str(good[0]), str(bad), str(good[1]), str(good[2]))
    assert code == 2
    assert out == "".join(f"{n}\t{f}\n" for n, f in zip((1, 2, 3), good, strict=True))
    assert err.splitlines() == [
        f"{bad}: not an answer file (no 'answers') nor a client export; nothing was imported"
    ]


def test_list_sorts_by_the_languages_collation_and_search_ignores_phone_separators(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        for name in ("Örjan", "Zara", "Åsa", "Anna", "Ärla", "Oskar"):
            store.add_client(name, phone="070-123 45 67" if name == "Zara" else "")
        assert [c.name for c in store.clients("0701234567")] == ["Zara"]
        assert [c.name for c in store.clients("ASA")] == ["Åsa"]

    def names(lang: str) -> list[str]:
        out = run(capsys, tmp_path, "list", "--lang", lang)[1]
        return [line.split("\t")[1] for line in out.splitlines()]

    assert names("sv") == ["Anna", "Oskar", "Zara", "Åsa", "Ärla", "Örjan"]
    assert names("en") == ["Anna", "Ärla", "Åsa", "Örjan", "Oskar", "Zara"]


def test_retention_marks_clients_due_for_review(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        store.add_client("Old Client", created_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
        store.add_client("New Client")
    assert run(capsys, tmp_path, "list")[1] == "2\tNew Client\t0\n1\tOld Client\t0\n"
    assert (
        run(capsys, tmp_path, "settings", "--retention-months", "24", "--counsellor-name", "Eva Holm")[0] == 0
    )
    assert run(capsys, tmp_path, "settings")[1] == "counsellor_name\tEva Holm\nretention_months\t24\n"
    assert run(capsys, tmp_path, "list")[1] == "2\tNew Client\t0\n1\tOld Client\t0\treview\n"
    code, _, err = run(capsys, tmp_path, "settings", "--retention-months", "0")
    assert code == 2 and "whole number of months" in err


def test_continuing_a_complete_assessment_adds_a_new_one(tmp_path: Path) -> None:
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        cid = store.add_client("Elin")
        past = store.add_assessment(cid, AnswerFile.model_validate(elin()))
        before = store.assessment(past).answer_data
        saver = StoreSaver(store, cid, past)
        saver(AnswerFile.model_validate(elin()))  # opened, nothing changed
        assert len(store.assessments(cid)) == 1
        saver(AnswerFile.model_validate(elin(**{"competency.seo": 5})))
        saver(AnswerFile.model_validate(elin(**{"competency.seo": 4})))
        history = store.assessments(cid)
        assert len(history) == 2 and history[0].answer_data == before
        assert history[1].answer_data["answers"]["competency.seo"] == 4


def test_a_version_2_store_moves_its_notes_into_rows(tmp_path: Path) -> None:
    from app.storage import client_schema

    conn = sqlite3.connect(tmp_path / "clients.sqlite3")
    conn.executescript(client_schema.SCHEMA_V2)
    conn.execute("INSERT INTO clients VALUES (1, 'Ann', '', '', '2025-01-01T00:00:00+00:00')")
    answers = json.dumps(elin(), ensure_ascii=False)
    conn.execute(
        "INSERT INTO assessments VALUES (1, 1, '2025-01-02T00:00:00+00:00', ?, 'Talked.', NULL)", (answers,)
    )
    conn.execute("INSERT INTO gap_notes VALUES (1, 'seo', 'Course')")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    with ClientStore.open(tmp_path, PASSPHRASE) as store:
        [a] = store.assessments(1)
        assert (a.status, a.notes, a.gap_notes) == ("complete", "Talked.", {"seo": "Course"})
        with pytest.raises(StoreError):
            store.set_retention(0)


def test_erasure_removes_an_unlinked_autosave_naming_the_client(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    run(capsys, data, "import", str(ELIN))  # client 1, Elin Sjöberg
    autosave = data / "autosave"
    autosave.mkdir()
    theirs = write(
        autosave, "own.json", {**unfinished("  ELIN  sjoberg "), "saved_at": "2026-01-01T00:00:00Z"}
    )
    write(autosave, "own.json.bak", unfinished("Elin Sjöberg"))
    someone = write(autosave, "other.json", unfinished("Elin Berg"))
    code, _, err = run(capsys, data, "delete", "1")
    assert (
        code == 0
        and f"removed {theirs}" in err
        and "not reachable: files saved outside the data folder" in err
    )
    assert sorted(p.name for p in autosave.iterdir()) == [someone.name]


def test_a_moved_clients_notes_keep_their_counsellors_name_in_the_pdf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Outside attacker: after export → import into Bert's store, Anna's shared note printed as
    "Notes by Bert Berg". A note is signed by whom it was saved under."""
    anna, bert = tmp_path / "anna", tmp_path / "bert"
    run(capsys, anna, "import", str(ELIN))
    run(capsys, anna, "settings", "--counsellor-name", "Anna Andersson")
    run(capsys, anna, "note", "1", "ANNAS-NOTE about the SEO course")
    exported = write(tmp_path, "export.json", json.loads(run(capsys, anna, "export", "1")[1]))
    run(capsys, bert, "settings", "--counsellor-name", "Bert Berg")
    assert run(capsys, bert, "import", str(exported))[:2] == (0, "1\n")
    pdf = tmp_path / "moved.pdf"
    code, _, err = run(capsys, bert, "report", "1", "-o", str(pdf), "--lang", "en")
    assert code == 0, err
    text = " ".join(pdf_text(pdf).split())
    assert "ANNAS-NOTE" in text and "Notes by Anna Andersson" in text and "Bert Berg" not in text


def test_an_imported_files_appointment_is_not_taken_as_the_counsellors(tmp_path: Path) -> None:
    """Outside counsellor: a file carrying another counsellor's block printed its "next meeting"
    in this counsellor's PDF. Its notes were already kept out; its appointment is too."""
    raw = {
        **elin(),
        "counsellor": {"notes": "Their note", "next_meeting": "2026-12-10", "author": "Someone Else"},
    }
    file = write(tmp_path, "brought.json", raw)
    with ClientStore.open(tmp_path / "data", PASSPHRASE) as store:
        from app import content
        from app.storage.answer_files import read_answer_file

        client = store.import_answers(read_answer_file(file, content.shipped()))
        [assessment] = store.assessments(client)
        assert assessment.next_meeting is None
        assert [n.origin for n in assessment.note_rows] == ["imported"]
        assert store.client(client).next_meeting is None
