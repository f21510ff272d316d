"""`smm-career analyze`: the JSON on stdout, and exit 2 with one line per problem for bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.content import shipped

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "sv_career_changer_customer_service.json"
DOMAIN_KEYS = {
    "profile",
    "readiness",
    "competencies",
    "benchmarks",
    "success_factors",
    "strengths",
    "role_fit",
    "plan",
    "missing",
}


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def write(tmp_path: Path, data: Any, name: str = "answers.json") -> Path:
    target = tmp_path / name
    target.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return target


def test_prints_the_analysis_json_with_domain_keys(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["analyze", str(EXAMPLE)], capsys)
    assert code == 0 and err == ""
    data = json.loads(out)
    assert set(data) >= DOMAIN_KEYS
    assert data["profile"] == "social_media_manager"
    assert set(data["benchmarks"]) == {
        "total_years",
        "online_marketing_years",
        "education_level",
        "education_field",
    }
    assert set(data["success_factors"]) >= {"top3", "expert_top3", "overlap", "ratings"}
    assert set(data["role_fit"]) == set(shipped().profiles)
    step = data["plan"][0]
    assert {"path", "closes", "start_month", "end_month", "sources"} <= set(step)
    assert out.startswith("{\n  ")  # indented for people to read


def test_profile_option_overrides_the_target_role(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["analyze", str(EXAMPLE), "--profile", "community_manager"], capsys)
    assert code == 0 and json.loads(out)["profile"] == "community_manager"


def test_unknown_profile_lists_the_known_ones(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["analyze", str(EXAMPLE), "--profile", "influencer"], capsys)
    assert code == 2 and out == ""
    [line] = err.splitlines()
    assert line.startswith("--profile: 'influencer' is not a role profile")
    assert all(p in line for p in shipped().profiles)


def test_json_syntax_error_names_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = write(tmp_path, '{"version": 1,\n "answers": {"competency.seo": 3,,}}')
    code, out, err = run(["analyze", str(broken)], capsys)
    assert code == 2 and out == ""
    [line] = err.splitlines()
    assert line.startswith(f"{broken}: not valid JSON (line 2")


def test_each_problem_gets_its_own_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answers = {
        "competency.seo": 7,
        "competency.charisma": 4,
        "experience.total_years": 4,
        "experience.online_marketing_years": 6,
    }
    bad = write(tmp_path, {"version": 1, "answers": answers})
    code, out, err = run(["analyze", str(bad)], capsys)
    assert code == 2 and out == ""
    lines = err.splitlines()
    assert sorted(lines) == sorted(
        [
            f"{bad}: competency.seo: 7 is outside 1–5",
            f"{bad}: competency.charisma: no such question in the questionnaire",
            f"{bad}: experience.online_marketing_years: 6 is more than experience.total_years (4)",
        ]
    )


def test_bad_profile_and_bad_file_are_reported_together(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = write(tmp_path, {"version": 1, "answers": {"competency.seo": 0}})
    code, _, err = run(["analyze", str(bad), "--profile", "nobody"], capsys)
    assert code == 2
    assert len(err.splitlines()) == 2


def test_missing_file_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["analyze", str(tmp_path / "nope.json")], capsys)
    assert code == 2
    assert err.startswith(f"{tmp_path / 'nope.json'}: cannot be read")


def test_messages_follow_the_system_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = write(tmp_path, {"version": 1, "answers": {"competency.seo": 9}})
    monkeypatch.setenv("LC_ALL", "sv_SE.UTF-8")
    _, _, err = run(["analyze", str(bad)], capsys)
    assert err.strip() == f"{bad}: competency.seo: 9 ligger utanför 1–5"
    monkeypatch.setenv("LC_ALL", "nl_NL.UTF-8")
    _, _, err = run(["analyze", str(bad), "--profile", "x"], capsys)
    assert "is geen rolprofiel" in err and "valt buiten 1–5" in err


def test_the_installed_command_line_never_shows_a_traceback(tmp_path: Path) -> None:
    bad = write(tmp_path, "[1, 2")
    proc = subprocess.run(
        [sys.executable, "-m", "app", "analyze", str(bad)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"LC_ALL": "en_GB.UTF-8", "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert proc.returncode == 2 and proc.stdout == ""
    assert "Traceback" not in proc.stderr
    assert proc.stderr.startswith(f"{bad}: not valid JSON")
    good = subprocess.run(
        [sys.executable, "-m", "app", "analyze", str(EXAMPLE)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    assert json.loads(good.stdout)["readiness"] >= 0


def test_several_files_give_one_object_keyed_by_file(capsys: pytest.CaptureFixture[str]) -> None:
    files = sorted(str(p) for p in (ROOT / "examples").glob("*.json"))
    code, out, err = run(["analyze", *files], capsys)
    assert code == 0 and err == ""
    data = json.loads(out)
    assert sorted(data) == files
    assert all(set(analysis) >= DOMAIN_KEYS for analysis in data.values())
    single = json.loads(run(["analyze", files[0]], capsys)[1])
    assert data[files[0]] == single


def test_one_bad_file_among_several_prints_nothing_but_its_problems(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = write(tmp_path, {"version": 1, "answers": {"goals.timeframe_months": "36"}})
    code, out, err = run(["analyze", str(EXAMPLE), str(bad)], capsys)
    assert code == 2 and out == ""
    [line] = err.splitlines()
    assert line.startswith(f"{bad}: goals.timeframe_months: '36' is not one of: 6, 12, 24")


def test_missing_answers_are_listed_never_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """DOMAIN.md: a file with required answers and most ratings left out is analysed, not refused."""
    required = [q.id for q in shipped().questionnaire.questions() if q.required]
    assert required  # the wizard asks for these; the command line does not insist
    answers = {"competency.seo": 3, "competency.networking": 2}
    path = write(tmp_path, {"version": 1, "language": "en", "answers": answers})
    code, out, err = run(["analyze", str(path)], capsys)
    assert code == 0 and err == ""
    data = json.loads(out)
    competencies = [f"competency.{c}" for c in shipped().competency_ids()]
    assert data["missing"] == [c for c in competencies if c not in answers]
    assert data["plan_status"] == "too_few_answers" and data["plan"] == []
    assert data["profile"] == "social_media_manager"  # the goal takes its default
