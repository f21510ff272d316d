"""Hostile input files (issue #14 items 2, 4, 5, 7, 11, 18, 20): one clear line, never a traceback.

Every reader goes through `app.storage.input_files`; these tests call the command line in
process and check what a user would see: exit 2 (exit 1 for `validate`'s findings), one line
per problem, naming the file and the reason.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app.cli import main
from app.content import shipped
from app.storage.answer_files import save_answer_file
from app.storage.autosave import list_autosaves
from app.storage.input_files import ANSWER_FILE_LIMIT

ROOT = Path(__file__).resolve().parent.parent
ELIN = ROOT / "examples" / "sv_career_changer_customer_service.json"
SEO_IS = '"competency.seo": '
SEO = SEO_IS + "1"


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")


def analyze(capsys: pytest.CaptureFixture[str], path: Path | str) -> tuple[int, str]:
    code = main(["analyze", str(path)])
    out, err = capsys.readouterr()
    assert out == ""
    return code, err


def answers(**changes: object) -> str:
    data = json.loads(ELIN.read_text(encoding="utf-8"))
    data["answers"].update({k.replace("__", "."): v for k, v in changes.items()})
    return json.dumps(data, ensure_ascii=False)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (answers().replace(SEO, SEO_IS + "9" * 400), "more than 40 characters"),
        (answers().replace(SEO, SEO_IS + "9" * 5000), "more than 40 characters"),
        (answers().replace(SEO, SEO_IS + "1e400"), "too large to hold"),
        ("[" * 100_000, "nested more than 32 levels deep"),
        ('{"version": 1, "x": ' + "[" * 500 + "]" * 500 + "}", "nested more than 32 levels deep"),
        ('{"version": 1, "answers": {}, "answers": {}}', "the key 'answers' appears twice"),
        ('{"version": true}', "version true is not supported"),
        ('{"version": 1.0}', "version 1.0 is not supported"),
        ('{"version": 1, "answers": {"goals.hours_per_week": NaN}}', "NaN is not a number JSON allows"),
        (answers(goals__hours_per_week=4.5), "goals.hours_per_week: 4.5 has more decimals"),
        (
            '{"version": 1, "answers": {"background.current_role": "a\\ud800b"}}',
            "background.current_role: text holds \\ud800",
        ),
    ],
)
def test_hostile_answer_files_give_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, reason: str
) -> None:
    path = tmp_path / "hostile.json"
    path.write_text(text, encoding="utf-8")
    code, err = analyze(capsys, path)
    assert code == 2
    assert err.count("\n") == 1 and err.startswith(f"{path}: ")
    assert reason in err


def test_a_pipe_is_refused_without_waiting(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "answers.json"
    os.mkfifo(fifo)
    code, err = analyze(capsys, fifo)
    assert (code, err) == (2, f"{fifo}: not a regular file (a pipe)\n")


def test_a_device_and_a_folder_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert analyze(capsys, "/dev/zero") == (
        2,
        "/dev/zero: not a regular file (a device)\n",
    )
    folder = tmp_path / "answers.json"
    folder.mkdir()
    assert analyze(capsys, folder)[1].endswith("not a regular file (a folder)\n")


def test_too_large_says_the_limit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "large.json"
    path.write_bytes(b" " * (ANSWER_FILE_LIMIT + 1) + b"{}")
    assert analyze(capsys, path) == (2, f"{path}: larger than 1 MB, the most this file type may be\n")


def test_values_are_quoted_short_and_on_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "long.json"
    long_id = "x\ny" + "z" * 900_000
    path.write_text(json.dumps({"version": 1, "answers": {long_id: 1}}), encoding="utf-8")
    code, err = analyze(capsys, path)
    assert code == 2
    assert err.count("\n") == 1 and len(err) < 500
    assert "x\\ny" in err and "…" in err


def test_an_unzoned_saved_at_does_not_hide_the_other_autosaves(tmp_path: Path) -> None:
    """Item 5: one autosave with `saved_at` lacking a time zone still sorts with the rest."""
    data = tmp_path / "data"
    folder = data / "autosave"
    folder.mkdir(parents=True)
    from app.domain.answers import AnswerFile

    save_answer_file(folder / "a.json", AnswerFile(respondent={"name": "Zoned"}))
    naive = {"version": 1, "respondent": {"name": "Naive"}, "saved_at": "2026-01-02T10:00:00"}
    (folder / "b.json").write_text(json.dumps(naive), encoding="utf-8")
    names = [e.name for e in list_autosaves(data, shipped())]
    assert names == ["Zoned", "Naive"]


# -- validate (item 7, 11) -------------------------------------------------------------------


def validate(capsys: pytest.CaptureFixture[str], *paths: Path | str) -> tuple[int, str, str]:
    code = main(["validate", *map(str, paths)])
    out, err = capsys.readouterr()
    return code, out, err


def profile_copy(tmp_path: Path, text: str | None = None) -> Path:
    source = ROOT / "questionnaires" / "profiles" / "community_manager.yaml"
    target = tmp_path / "profile.yaml"
    target.write_text(text if text is not None else source.read_text(encoding="utf-8"), encoding="utf-8")
    return target


def test_yaml_alias_bomb_is_refused_at_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    bomb = profile_copy(tmp_path, "\n".join(lines) + "\n")
    code, out, err = validate(capsys, bomb)
    assert code == 1 and out == ""
    assert "more than 200,000 values once aliases are expanded" in err.splitlines()[0]


def test_deep_yaml_nesting_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deep = profile_copy(tmp_path, "a: " + "[" * 50_000 + "]" * 50_000 + "\n")
    code, _, err = validate(capsys, deep)
    assert code == 1
    assert "nested more than 32 levels deep" in err.splitlines()[0]


def test_symlink_loop_and_pipe(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    loop = tmp_path / "loop.yaml"
    loop.symlink_to(loop)
    os.mkfifo(tmp_path / "pipe.yaml")
    code, _, err = validate(capsys, loop, tmp_path / "pipe.yaml")
    assert code == 2  # nothing to check: validate cannot run
    assert err.splitlines() == [
        f"{loop}: a broken or looping symbolic link",
        f"{tmp_path / 'pipe.yaml'}: not a regular file (a pipe)",
        "2 problems",
    ]


def test_nothing_checked_is_not_ok(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    code, out, err = validate(capsys, empty)
    assert (code, out) == (1, "")
    assert f"{empty}: holds no data files (*.yaml, *.yml)" in err


def test_upper_case_suffix_is_checked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "content"
    folder.mkdir()
    (folder / "PROFILE.YAML").write_text("type: role_profile\n", encoding="utf-8")
    code, _, err = validate(capsys, folder)
    assert code == 1 and "PROFILE.YAML" in err


def test_infinite_and_nan_limits_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    core = (ROOT / "questionnaires" / "core.yaml").read_text(encoding="utf-8")
    first_min = core.index("min: 0")
    broken = core[:first_min] + "min: .nan" + core[first_min + len("min: 0") :]
    (tmp_path / "core.yaml").write_text(broken.replace("max: 60", "max: .inf", 1), encoding="utf-8")
    code, _, err = validate(capsys, tmp_path / "core.yaml")
    assert code == 1
    assert ".min: Input should be a finite number" in err and ".max: Input should be a finite number" in err


def test_many_problems_are_capped_with_a_count(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "many.json"
    path.write_text(json.dumps({"version": 1, "answers": {f"x.y{i}": 1 for i in range(60_000)}}), "utf-8")
    code, err = analyze(capsys, path)
    lines = err.splitlines()
    assert code == 2 and len(lines) == 21
    assert lines[-1] == "… and 59980 more problems"
