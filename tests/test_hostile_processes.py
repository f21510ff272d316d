"""Whole-process checks (issue #14 items 4, 7): pipes, /dev/zero, alias bombs, deep nesting and
huge files, each run as a real process under a time limit and an address-space limit. Every run
ends by itself with a clean refusal: no hang, no traceback, no crash by signal."""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "en_communication_graduate_community.json"
TIME_LIMIT_S = 60
"""Generous for a loaded CI machine; a hang would wait for ever."""
MEMORY_LIMIT = 1536 * 1024 * 1024
"""Address space per process: the 2–3 GB runs of the issue would be killed."""


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def smm(
    *args: str | Path, cwd: Path = ROOT, env: dict[str, str] | None = None, timeout: float = TIME_LIMIT_S
) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            [sys.executable, "-m", "app", *map(str, args)],
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=cwd,
            env={**os.environ, "LC_ALL": "C.UTF-8", **(env or {})},
            preexec_fn=_limit_memory,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"smm-career {' '.join(map(str, args))} did not finish in {timeout} s")


def refused(result: subprocess.CompletedProcess[str], code: int = 2) -> list[str]:
    assert result.returncode == code, (result.returncode, result.stderr[-2000:])
    assert "Traceback" not in result.stderr
    return result.stderr.splitlines()


def fifo(folder: Path, name: str) -> Path:
    path = folder / name
    os.mkfifo(path)
    return path


Setup = Callable[[Path], list[str | Path]]
CASES: dict[str, Setup] = {
    "analyze a pipe": lambda d: ["analyze", fifo(d, "answers.json")],
    "analyze /dev/zero": lambda d: ["analyze", "/dev/zero"],
    "report a pipe": lambda d: ["report", fifo(d, "answers.json"), "-o", d / "plan.pdf"],
    "clients import a pipe": lambda d: ["clients", "import", fifo(d, "a.json"), "--data-dir", d / "data"],
    "report to a pipe": lambda d: ["report", EXAMPLE, "-o", fifo(d, "plan.pdf")],
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_pipes_and_devices_are_refused_at_once(tmp_path: Path, case: str) -> None:
    lines = refused(smm(*CASES[case](tmp_path)))
    assert len(lines) == 1
    assert "not a regular file" in lines[0] or "is not a PDF" in lines[0]


def test_validate_a_pipe(tmp_path: Path) -> None:
    """`validate` cannot check a pipe: it says so and exits 2 (DOMAIN.md), without reading it."""
    lines = refused(smm("validate", fifo(tmp_path, "profile.yaml")), code=2)
    assert lines[0].endswith("profile.yaml: not a regular file (a pipe)")


def test_a_pipe_named_like_the_store(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    fifo(data, "clients.sqlite3")
    [line] = refused(smm("clients", "list", "--data-dir", data))
    assert "not a regular file (a pipe)" in line


def test_batch_with_a_pipe_named_like_an_output(tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    out.mkdir()
    shutil.copy(EXAMPLE, folder / "plan.json")
    fifo(out, "plan.pdf")
    lines = refused(smm("batch", folder, "-o", out, "--jobs", "1"))
    assert any("plan.pdf: exists and is not a PDF" in line for line in lines)


def test_deep_json(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000, encoding="utf-8")
    commands: list[list[str | Path]] = [
        ["analyze", path],
        ["clients", "import", path, "--data-dir", tmp_path / "d"],
    ]
    for command in commands:
        [line] = refused(smm(*command))
        assert "nested more than" in line


def test_yaml_alias_bomb(tmp_path: Path) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert "aliases are expanded" in refused(smm("validate", bomb), code=1)[0]


def test_yaml_nested_fifty_thousand_deep(tmp_path: Path) -> None:
    deep = tmp_path / "deep.yaml"
    deep.write_text("a: " + "[" * 50_000 + "]" * 50_000 + "\n", encoding="utf-8")
    assert "nested more than" in refused(smm("validate", deep), code=1)[0]


def test_huge_files_are_refused_by_size(tmp_path: Path) -> None:
    big_yaml, big_json = tmp_path / "big.yaml", tmp_path / "big.json"
    for path in (big_yaml, big_json):
        with path.open("wb") as handle:
            handle.truncate(150 * 1024 * 1024)  # sparse: quick to make, 150 MB to read
    assert "larger than 2 MB" in refused(smm("validate", big_yaml), code=1)[0]
    assert "larger than 1 MB" in refused(smm("analyze", big_json))[0]
