"""What a user installs: the app's runtime dependencies hold no test, lint or build tools."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOOLS = {"pytest", "pytest-qt", "hypothesis", "pypdf", "ruff", "mypy", "types-pyyaml", "pyinstaller"}


def _name(requirement: str) -> str:
    match = re.match(r"[A-Za-z0-9._-]+", requirement)
    assert match, requirement
    return re.sub(r"[-_.]+", "-", match.group(0)).lower()


def test_runtime_dependencies_leave_dev_and_build_tools_out() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    runtime = {_name(r) for r in project["project"]["dependencies"]}
    assert not runtime & TOOLS, "test, lint and build tools belong in [dependency-groups]"
    groups = {_name(r) for group in project["dependency-groups"].values() for r in group}
    assert {"pytest", "pyinstaller"} <= groups
    assert project["tool"]["uv"]["default-groups"] == ["dev"], (
        "the build group (PyInstaller) is never installed by default"
    )
