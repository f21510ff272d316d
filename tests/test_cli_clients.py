"""`smm-career clients …` end to end: real answer files, a real store in a temporary data folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.storage.client_store import STORE_NAME, ClientStore
from tests.store_access import PASSPHRASE, raw_access

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ELIN = EXAMPLES / "sv_career_changer_customer_service.json"


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["clients", *args, "--data-dir", str(data)])
    out, err = capsys.readouterr()
    return code, out, err


def answer_file(tmp_path: Path, name: str, **changes: object) -> Path:
    data = json.loads(ELIN.read_text(encoding="utf-8"))
    data["respondent"]["name"] = name
    data["answers"].update(changes)
    path = tmp_path / f"answers-{abs(hash(name))}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_import_list_and_a_second_session(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    code, out, _ = run(capsys, data, "import", str(ELIN))
    assert (code, out) == (0, "1\n")
    code, out, _ = run(capsys, data, "import", str(EXAMPLES / "nl_marketing_veteran_strategist.json"))
    assert (code, out) == (0, "2\n")
    later = answer_file(tmp_path, "elin sjoberg", **{"competency.seo": 3})
    code, out, err = run(capsys, data, "import", str(later), "--client", "1")
    assert (code, out, err) == (0, "1\n", "")  # same person, spelled without accents
    someone_else = answer_file(tmp_path, "Maya Okafor")
    code, out, err = run(capsys, data, "import", str(someone_else), "--client", "2")
    assert (code, out) == (2, "")  # another person's file: refused unless --force
    assert err.count("\n") == 1 and "names 'Maya Okafor', but client 2 is" in err
    code, out, err = run(capsys, data, "import", str(someone_else), "--client", "2", "--force")
    assert (code, out) == (0, "2\n")
    assert err.count("\n") == 1 and "names 'Maya Okafor'; client 2 is" in err
    code, out, _ = run(capsys, data, "list")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "1\tElin Sjöberg\t2"
    assert lines[1].startswith("2\t") and lines[1].endswith("\t2")


def test_names_with_tabs_and_line_breaks_keep_one_line_per_client(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    hostile = "Eve\tTab\nNew\rline\x1b[31m\u2028\u202eevil"
    assert run(capsys, data, "import", str(answer_file(tmp_path, hostile)))[0] == 2  # refused at the door
    assert run(capsys, data, "import", str(answer_file(tmp_path, "Eve")))[0] == 0
    assert run(capsys, data, "import", str(ELIN))[0] == 0
    with ClientStore.open(data, PASSPHRASE) as store:  # as a version without the check stored it
        conn, seal = raw_access(store)
        conn.execute("UPDATE clients SET name = ? WHERE id = 1", (seal(hostile),))
    code, out, _ = run(capsys, data, "list")
    assert code == 0
    rows = [line.split("\t") for line in out.split("\n")[:-1]]
    assert len(rows) == 2 and all(len(row) == 3 for row in rows)
    assert ["1", "Eve Tab New line  evil", "1"] in rows  # the escape sequence removed whole


def test_bad_answer_file_exits_2_naming_file_and_question(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    bad = answer_file(tmp_path, "Rut", **{"competency.seo": 9, "experience.total_years": "many"})
    code, out, err = run(capsys, data, "import", str(bad))
    assert code == 2 and out == ""
    lines = err.splitlines()
    assert len(lines) == 2
    assert any(str(bad) in line and "competency.seo" in line for line in lines)
    assert any("experience.total_years" in line for line in lines)
    assert run(capsys, data, "list")[1] == ""


def test_import_without_a_name_or_to_an_unknown_client_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    nameless = answer_file(tmp_path, "  ")
    code, out, err = run(capsys, data, "import", str(nameless))
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and "respondent.name" in err and "--client" in err
    code, out, err = run(capsys, data, "import", str(ELIN), "--client", "7")
    assert (code, out) == (2, "")
    warning, refusal = err.strip().splitlines()  # this first use set the passphrase
    assert "Keep this passphrase safe" in warning and refusal == "no client with id 7"


def test_export_prints_the_clients_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    run(capsys, data, "import", str(ELIN))
    run(capsys, data, "import", str(EXAMPLES / "nl_marketing_veteran_strategist.json"))
    code, out, _ = run(capsys, data, "export", "1")
    assert code == 0
    exported = json.loads(out)
    assert exported["client"]["name"] == "Elin Sjöberg"
    [session] = exported["assessments"]
    assert session["answer_file"]["answers"]["competency.customer_service"] == 5
    assert "Sjöberg" in out  # UTF-8, not \\u escapes
    code, out, err = run(capsys, data, "export", "5")
    assert (code, out, err.strip()) == (2, "", "no client with id 5")


def test_delete_erases_the_client_from_every_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    run(capsys, data, "import", str(ELIN))
    later = answer_file(tmp_path, "Elin Sjöberg", **{"competency.seo": 4})
    assert run(capsys, data, "import", str(later), "--client", "1")[0] == 0
    run(capsys, data, "import", str(EXAMPLES / "nl_marketing_veteran_strategist.json"))
    raw = "Elin Sjöberg".encode()
    assert "Elin Sjöberg" in run(capsys, data, "list")[1]
    assert not [p for p in data.rglob("*") if p.is_file() and raw in p.read_bytes()]  # encrypted
    code, out, err = run(capsys, data, "delete", "1")
    assert code == 0 and out == "" and "erased client 1: 2 assessments" in err
    assert [line.split("\t")[0] for line in run(capsys, data, "list")[1].splitlines()] == ["2"]
    assert not [p for p in data.rglob("*") if p.is_file() and raw in p.read_bytes()]
    assert run(capsys, data, "delete", "1")[0] == 2


def test_a_damaged_store_gives_one_line_and_stays_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / STORE_NAME).write_bytes(b"this is not a database" * 100)
    before = (data / STORE_NAME).read_bytes()
    for args in (["list"], ["import", str(ELIN)], ["export", "1"], ["delete", "1"]):
        code, out, err = run(capsys, data, *args)
        assert (code, out) == (2, "")
        assert err.count("\n") == 1 and "not a client database" in err
    assert (data / STORE_NAME).read_bytes() == before
    assert sorted(p.name for p in data.iterdir()) == [STORE_NAME]
