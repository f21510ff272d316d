"""Loading and validating data files: each kind of broken file is refused with a located message."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from app import paths
from app.cli import main
from app.content import validate
from app.schema_export import schemas

CORE = "core.yaml"


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A writable copy of the shipped data files."""
    target = tmp_path / "questionnaires"
    shutil.copytree(paths.QUESTIONNAIRES, target)
    return target


def load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def dump(path: Path, data: Any) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def messages(targets: list[Path]) -> list[str]:
    return [str(p) for p in validate(targets)]


def test_shipped_content_is_clean(capsys: pytest.CaptureFixture[str]) -> None:
    assert validate([]) == []
    assert main(["validate"]) == 0
    assert capsys.readouterr().out.strip() == "ok"


def test_copy_of_shipped_content_is_clean(tree: Path) -> None:
    assert messages([tree]) == []


def test_yaml_syntax_error_names_file_and_line(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    core = tree / CORE
    lines = core.read_text(encoding="utf-8").splitlines()
    broken = next(i for i, line in enumerate(lines) if line.startswith("id: "))
    lines[broken] = "id: core: broken"
    core.write_text("\n".join(lines), encoding="utf-8")
    assert main(["validate", str(tree)]) == 1
    err = capsys.readouterr().err
    assert f"{core.name}: line {broken + 1}, column " in err, err
    assert "YAML syntax error" in err
    assert "Traceback" not in err


def test_missing_translation_is_located(tree: Path) -> None:
    core = tree / CORE
    data = load(core)
    del data["sections"][3]["questions"][2]["levels"][1]["nl"]
    dump(core, data)
    found = messages([tree])
    assert any(m.endswith("core.yaml: sections[3].questions[2].levels[1].nl: missing") for m in found), found


def test_empty_translation_is_refused(tree: Path) -> None:
    core = tree / CORE
    data = load(core)
    data["sections"][0]["title"]["sv"] = "   "
    dump(core, data)
    assert any("sections[0].title.sv" in m for m in messages([tree]))


def test_unknown_competency_in_profile(tree: Path) -> None:
    profile = tree / "profiles" / "social_media_manager.yaml"
    data = load(profile)
    data["competencies"]["juggling"] = {"target": 3, "weight": 2}
    dump(profile, data)
    found = messages([tree])
    assert any(
        m.endswith("social_media_manager.yaml: competencies.juggling: unknown competency") for m in found
    )


def test_profile_missing_a_competency(tree: Path) -> None:
    profile = tree / "profiles" / "community_manager.yaml"
    data = load(profile)
    del data["competencies"]["seo"]
    dump(profile, data)
    assert any("no target for competency 'seo'" in m for m in messages([tree]))


def test_duplicate_question_id(tree: Path) -> None:
    core = tree / CORE
    data = load(core)
    questions = data["sections"][1]["questions"]
    questions[1]["id"] = questions[0]["id"]
    dump(core, data)
    found = messages([tree])
    assert any(f"duplicate question id '{questions[0]['id']}'" in m for m in found), found


def test_duplicate_learning_path_id(tree: Path) -> None:
    file = tree / "learning_paths.yaml"
    data = load(file)
    data["paths"][1]["id"] = data["paths"][0]["id"]
    dump(file, data)
    assert any("learning_paths.yaml: paths: duplicate path id" in m for m in messages([tree]))


def test_missing_source(tree: Path) -> None:
    """A question must say where it comes from (`[]` = the product's own); a path needs an article."""
    core = tree / CORE
    data = load(core)
    del data["sections"][2]["questions"][0]["sources"]
    dump(core, data)
    paths = tree / "learning_paths.yaml"
    catalogue = load(paths)
    catalogue["paths"][0]["sources"] = []
    dump(paths, catalogue)
    found = messages([tree])
    assert any("sections[2].questions[0].sources" in m for m in found), found
    assert any("paths[0].sources" in m and "at least 1" in m for m in found), found


def test_a_question_of_our_own_cites_no_article(tree: Path) -> None:
    core = tree / CORE
    data = load(core)
    data["sections"][2]["questions"][0]["sources"] = []
    dump(core, data)
    assert messages([tree]) == []


def test_unknown_source(tree: Path) -> None:
    file = tree / "learning_paths.yaml"
    data = load(file)
    data["paths"][0]["sources"] = ["999_0000000000000000.txt"]
    dump(file, data)
    found = messages([tree])
    assert any(m.endswith("paths[0].sources[0]: unknown source '999_0000000000000000.txt'") for m in found)


def test_source_that_is_not_a_seed_file_name(tree: Path) -> None:
    profile = tree / "profiles" / "digital_communicator.yaml"
    data = load(profile)
    data["sources"] = ["wikipedia"]
    dump(profile, data)
    assert any("digital_communicator.yaml: sources[0]" in m for m in messages([tree]))


def test_unknown_key_and_unknown_type(tree: Path) -> None:
    profile = tree / "profiles" / "social_media_strategist.yaml"
    data = load(profile)
    data["colour"] = "blue"
    dump(profile, data)
    (tree / "odd.yaml").write_text("type: recipe\n", encoding="utf-8")
    found = messages([tree])
    assert any("social_media_strategist.yaml: colour: unknown key" in m for m in found)
    assert any("odd.yaml: type: 'recipe' is not one of" in m for m in found)


def test_single_profile_file_is_checked_against_shipped_questionnaire(tree: Path) -> None:
    profile = tree / "profiles" / "social_media_manager.yaml"
    assert messages([profile]) == []
    data = load(profile)
    data["competencies"]["seo"]["target"] = 9
    dump(profile, data)
    found = messages([profile])
    assert any("competencies.seo.target" in m for m in found), found


@pytest.mark.parametrize(
    "payload",
    [b"", b"- a\n- b\n", b"\xff\xfe\x00garbage\x00", b"type: questionnaire\n"],
    ids=["empty", "list", "binary", "no-fields"],
)
def test_hostile_files_give_lines_not_tracebacks(
    tmp_path: Path, payload: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_bytes(payload)
    assert main(["validate", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "bad.yaml" in err
    assert "Traceback" not in err


def test_file_without_type_says_what_is_missing(tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("version: 1\nanswers: {}\n", encoding="utf-8")
    assert messages([answers]) == [
        f"{answers}: type: missing; one of: questionnaire, role_profile, learning_paths, sources"
    ]


def test_missing_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(tmp_path / "nope.yaml")]) == 2  # validate cannot run
    assert "nope.yaml: no such file or folder" in capsys.readouterr().err


def test_published_schemas_match_the_models() -> None:
    folder = paths.QUESTIONNAIRES / "schema"
    for name, text in schemas().items():
        assert (folder / name).read_text(encoding="utf-8") == text, (
            f"run python -m app.schema_export ({name})"
        )


# ---- scenarios (situational judgement) -------------------------------------------------------------


def _scenario_section(data: Any) -> tuple[int, dict[str, Any]]:
    index = next(i for i, s in enumerate(data["sections"]) if s["id"] == "scenario")
    return index, data["sections"][index]


def test_every_shipped_scenario_has_four_keyed_responses_sources_and_three_languages() -> None:
    from app.content import shipped

    scenarios = shipped().questionnaire.scenarios()
    assert 6 <= len(scenarios) <= 8
    for q in scenarios:
        assert q.key is not None and len(q.options) == 4 and q.sources, q.id
        assert sorted(q.key.options) == sorted(o.value for o in q.options)
        assert sorted(e.credit for e in q.key.options.values())[-1] == 2
        for entry in q.key.options.values():
            assert all(entry.why.get(lang).strip() for lang in ("sv", "nl", "en"))


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda q: q["options"].pop(), "key.options must name exactly the options"),
        (lambda q: q.pop("key"), "a scenario must be single_choice with a key"),
        (lambda q: q.update(sources=[]), "a scenario must name its sources"),
        (lambda q: q["key"]["options"][q["options"][0]["value"]]["why"].pop("nl"), "missing"),
        (lambda q: q["key"].update(competencies=["flying"]), "unknown competency 'flying'"),
        (
            lambda q: [e.update(credit=1) for e in q["key"]["options"].values()],
            "no response has credit 2",
        ),
    ],
)
def test_a_broken_scenario_is_refused_with_its_place(tree: Path, change: Any, reason: str) -> None:
    core = tree / CORE
    data = load(core)
    si, section = _scenario_section(data)
    change(section["questions"][1])
    dump(core, data)
    found = messages([tree])
    assert any(f"sections[{si}].questions[1]" in m and reason in m for m in found), found


def test_a_scenario_with_three_responses_is_refused(tree: Path) -> None:
    core = tree / CORE
    data = load(core)
    si, section = _scenario_section(data)
    question = section["questions"][0]
    dropped = question["options"].pop()
    del question["key"]["options"][dropped["value"]]
    dump(core, data)
    assert (
        f"core.yaml: sections[{si}].questions[0].options: a scenario needs exactly 4 responses"
        in " ".join(messages([tree]))
    )


def test_a_retired_id_that_is_still_asked_is_refused(tree: Path) -> None:
    core = tree / CORE
    data = load(core)
    data["retired"].append("competency.seo")
    dump(core, data)
    assert any("'competency.seo' is retired but still asked" in m for m in messages([tree]))
