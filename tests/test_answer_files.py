"""Answer files: DOMAIN.md's format loads; broken ones are refused naming file, question id and reason."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from app.content import shipped
from app.domain.answers import AnswerFile, Respondent
from app.storage.answer_files import AnswerFileError, read_answer_file, save_answer_file

DOMAIN_EXAMPLE: dict[str, Any] = {
    "version": 1,
    "language": "sv",
    "respondent": {"name": "Anna Berg"},
    "answers": {
        "experience.total_years": 4,
        "education.level": "bachelor",
        "competency.seo": 2,
        "success_factors.top3": ["risk_taking", "passion", "multidisciplinary"],
        "goals.target_role": "social_media_manager",
    },
}


def write(tmp_path: Path, data: Any, name: str = "answers.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def with_answers(**answers: Any) -> dict[str, Any]:
    data = json.loads(json.dumps(DOMAIN_EXAMPLE))
    data["answers"].update({k.replace("__", "."): v for k, v in answers.items()})
    return data


def refusal(tmp_path: Path, data: Any) -> AnswerFileError:
    path = write(tmp_path, data)
    with pytest.raises(AnswerFileError) as info:
        read_answer_file(path, shipped())
    return info.value


def test_domain_example_loads(tmp_path: Path) -> None:
    loaded = read_answer_file(write(tmp_path, DOMAIN_EXAMPLE), shipped())
    assert loaded.language == "sv"
    assert loaded.respondent.name == "Anna Berg"
    assert loaded.answers["success_factors.top3"] == ["risk_taking", "passion", "multidisciplinary"]


def test_timeframe_given_as_number_is_accepted(tmp_path: Path) -> None:
    loaded = read_answer_file(write(tmp_path, with_answers(goals__timeframe_months=12)), shipped())
    assert loaded.answers["goals.timeframe_months"] == "12"


@pytest.mark.parametrize(
    ("answers", "question", "reason"),
    [
        ({"competency.flying": 3}, "competency.flying", "no such question"),
        ({"competency.seo": 6}, "competency.seo", "6 is outside 1–5"),
        ({"competency.seo": 2.5}, "competency.seo", "expected a whole number 1–5"),
        ({"competency.seo": "high"}, "competency.seo", "expected a whole number 1–5"),
        ({"experience.total_years": -1}, "experience.total_years", "-1 is outside 0–60"),
        ({"experience.total_years": True}, "experience.total_years", "expected a number, got true/false"),
        ({"experience.total_years": 61}, "experience.total_years", "61 is outside 0–60"),
        ({"goals.hours_per_week": 0}, "goals.hours_per_week", "0 is outside 1–40"),
        ({"education.level": "phd"}, "education.level", "'phd' is not one of"),
        ({"background.prior_fields": "pr"}, "background.prior_fields", "expected a list of option ids"),
        (
            {"success_factors.top3": ["passion", "passion", "risk_taking"]},
            "success_factors.top3",
            "more than once",
        ),
        (
            {"success_factors.top3": ["passion", "risk_taking"]},
            "success_factors.top3",
            "choose exactly 3, got 2",
        ),
        ({"scenario.fast_crisis": "panic"}, "scenario.fast_crisis", "'panic' is not one of"),
        ({"goals.target_role": "astronaut"}, "goals.target_role", "'astronaut' is not one of"),
        (
            {"experience.online_marketing_years": 6},
            "experience.online_marketing_years",
            "6 is more than experience.total_years (4)",
        ),
    ],
)
def test_refusals_name_file_question_and_reason(
    tmp_path: Path, answers: dict[str, Any], question: str, reason: str
) -> None:
    data = json.loads(json.dumps(DOMAIN_EXAMPLE))
    data["answers"].update(answers)
    error = refusal(tmp_path, data)
    lines = error.lines("en")
    assert any(
        line.startswith(f"{tmp_path / 'answers.json'}: {question}: ") and reason in line for line in lines
    ), lines


def test_retired_answers_still_load_and_are_ignored_with_a_note(tmp_path: Path) -> None:
    """An autosave from before the calibration issue holds questions no longer asked."""
    old = with_answers(
        background__current_role="Butiksbiträde",
        background__platforms=["tiktok"],
        success_factors__rating__risk_taking=4,
    )
    loaded = read_answer_file(write(tmp_path, old), shipped())
    assert "background.current_role" not in loaded.answers
    assert "success_factors.rating.risk_taking" not in loaded.answers
    assert loaded.answers["competency.seo"] == 2
    notes = [n.render("old.json", "en") for n in loaded.load_notes]
    assert notes == [
        "old.json: background.current_role: no longer asked; the answer is ignored",
        "old.json: background.platforms: no longer asked; the answer is ignored",
        "old.json: success_factors.rating.risk_taking: no longer asked; the answer is ignored",
    ]
    assert "ställs inte längre" in loaded.load_notes[0].message("sv")


def test_an_observer_block_round_trips(tmp_path: Path) -> None:
    data = DOMAIN_EXAMPLE | {
        "observer": {"role": "counsellor", "name": "Eva Holm", "ratings": {"competency.seo": 2}}
    }
    loaded = read_answer_file(write(tmp_path, data), shipped())
    assert loaded.observer is not None and loaded.observer.competency_ratings() == {"seo": 2}
    again = tmp_path / "again.json"
    save_answer_file(again, loaded)
    reread = read_answer_file(again, shipped())
    assert reread.observer == loaded.observer
    assert json.loads(again.read_text("utf-8"))["observer"]["name"] == "Eva Holm"


@pytest.mark.parametrize(
    ("observer", "where"),
    [
        ({"role": "friend", "ratings": {}}, "observer.role"),
        ({"role": "manager", "ratings": {"competency.seo": 6}}, "observer.ratings.competency.seo"),
        ({"role": "manager", "ratings": {"competency.flying": 3}}, "observer.ratings.competency.flying"),
    ],
)
def test_a_broken_observer_block_is_refused_naming_the_key(
    tmp_path: Path, observer: dict[str, Any], where: str
) -> None:
    error = refusal(tmp_path, DOMAIN_EXAMPLE | {"observer": observer})
    assert any(line.startswith(f"{tmp_path / 'answers.json'}: {where}") for line in error.lines("en")), (
        error.lines()
    )


def test_every_problem_is_reported_not_just_the_first(tmp_path: Path) -> None:
    error = refusal(tmp_path, with_answers(competency__seo=9, education__level="phd", x__y=1))
    assert {p.where for p in error.problems} == {"competency.seo", "education.level", "x.y"}


def test_messages_in_swedish_and_dutch(tmp_path: Path) -> None:
    error = refusal(tmp_path, with_answers(competency__seo=9))
    assert "ligger utanför 1–5" in error.lines("sv")[0]
    assert "valt buiten 1–5" in error.lines("nl")[0]


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (b'{"version": 1, "answers": {', "not valid JSON (line 1"),
        ("{}".encode("utf-16"), "not a UTF-8 text file"),
        (b"[1, 2]", "expected an object"),
        (b'{"version": 2, "answers": {}}', "version 2 is not supported"),
        (b'{"version": 1, "language": "de", "answers": {}}', "language"),
        (b'{"version": 1, "answers": []}', "answers"),
        (b'{"version": 1, "respondent": {"name": 5}, "answers": {}}', "respondent.name"),
    ],
)
def test_broken_files(tmp_path: Path, payload: bytes, reason: str) -> None:
    path = tmp_path / "broken.json"
    path.write_bytes(payload)
    with pytest.raises(AnswerFileError) as info:
        read_answer_file(path, shipped())
    assert any(str(path) in line and reason in line for line in info.value.lines()), info.value.lines()
    assert path.read_bytes() == payload, "a refused file is never changed"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(AnswerFileError) as info:
        read_answer_file(tmp_path / "gone.json", shipped())
    assert "cannot be read" in info.value.lines()[0]


def test_save_is_atomic_keeps_backup_and_round_trips(tmp_path: Path) -> None:
    content = shipped()
    path = tmp_path / "autosave" / "a.json"
    first = AnswerFile.model_validate(DOMAIN_EXAMPLE)
    save_answer_file(path, first)
    second = AnswerFile.model_validate(with_answers(competency__seo=4))
    save_answer_file(path, second)
    assert read_answer_file(path, content).answers["competency.seo"] == 4
    backup = path.with_name("a.json.bak")
    assert read_answer_file(backup, content).answers["competency.seo"] == 2
    assert sorted(p.name for p in path.parent.iterdir()) == ["a.json", "a.json.bak"], "no temp files left"


def test_extra_keys_survive_a_round_trip(tmp_path: Path) -> None:
    data = with_answers()
    data["client_id"] = 7
    data["counsellor"] = {"notes": "Bra start", "next_meeting": "2026-12-01"}
    path = write(tmp_path, data)
    loaded = read_answer_file(path, shipped())
    save_answer_file(path, loaded)
    again = json.loads(path.read_text(encoding="utf-8"))
    assert again["client_id"] == 7
    assert again["counsellor"]["next_meeting"] == "2026-12-01"


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_autosave_and_its_backup_are_private_to_their_user(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    save_answer_file(path, AnswerFile(respondent=Respondent(name="Private Person")))
    save_answer_file(path, AnswerFile(respondent=Respondent(name="Private Person")))
    for file in (path, path.with_name("a.json.bak")):
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
