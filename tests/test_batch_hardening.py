"""`batch` under attack (issue #14 items 15, 16): a dying worker, odd entries named *.json,
existing PDFs, two files for one PDF, file names that are not UTF-8."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.report.batch import BatchItem, plan, run_batch
from tests.test_attacks_second_round import blank_pdf

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.json"))


def render_or_die(source: str, out: str, lang: str) -> list[str]:
    """A worker that dies on files named `die*` and writes a stand-in PDF for the others."""
    if Path(source).name.startswith("die"):
        os._exit(9)
    Path(out).write_bytes(b"%PDF-1.7 stand-in")
    return []


def test_a_dying_worker_costs_only_its_own_file(tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    out.mkdir()
    for name in ("a", "b", "die", "d"):
        shutil.copy(EXAMPLES[0], folder / f"{name}.json")
    pairs, refused = plan(folder, out, "en")
    assert refused == []
    seen: list[BatchItem] = []
    problem, results = run_batch(pairs, 2, "en", lambda _, item: seen.append(item), render=render_or_die)
    assert problem is None and results == seen
    assert sorted(i.source.name for i in results if i.ok) == ["a.json", "b.json", "d.json"]
    [dead] = [i for i in results if not i.ok]
    assert dead.source.name == "die.json"
    assert dead.problems == [
        f"{dead.source}: the worker process stopped unexpectedly, also when tried again alone"
    ]


def test_odd_entries_are_listed_not_skipped(tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    out.mkdir()
    shutil.copy(EXAMPLES[0], folder / "good.json")
    os.mkfifo(folder / "pipe.json")
    (folder / "gone.json").symlink_to(folder / "missing")
    (folder / "folder.json").mkdir()
    shutil.copy(EXAMPLES[0], folder / "Twin.json")
    shutil.copy(EXAMPLES[0], folder / "twin.json")
    shutil.copy(EXAMPLES[0], folder / "kept.json")
    (out / "kept.pdf").write_bytes(blank_pdf())  # made yesterday
    os.mkfifo(out / "good.pdf.fifo")
    pairs, refused = plan(folder, out, "en")
    assert [src.name for src, _ in pairs] == ["good.json"]
    reasons = {item.source.name: item.problems[0] for item in refused}
    assert "not a regular file" in reasons["pipe.json"]
    assert "not a regular file" in reasons["folder.json"]
    assert "not a regular file" in reasons["gone.json"]
    assert "twin.json would write the same PDF" in reasons["Twin.json"]
    assert "Twin.json would write the same PDF" in reasons["twin.json"]
    assert (
        reasons["kept.json"]
        == f"{out / 'kept.pdf'}: exists already and was kept; give --overwrite to replace it"
    )
    assert [src.name for src, _ in plan(folder, out, "en", overwrite=True)[0]] == ["good.json", "kept.json"]


def test_a_pipe_named_like_the_output_is_refused_without_waiting(tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    out.mkdir()
    shutil.copy(EXAMPLES[0], folder / "plan.json")
    os.mkfifo(out / "plan.pdf")
    pairs, refused = plan(folder, out, "en", overwrite=True)
    assert pairs == []
    assert refused[0].problems == [
        f"{out / 'plan.pdf'}: exists and is not a PDF; it was left as it is (choose another name)"
    ]


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file systems refuse non-UTF-8 names")
def test_file_names_that_are_not_utf8_still_give_a_summary(tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    raw = os.fsencode(folder) + b"/caf\xe9.json"
    shutil.copy(os.fsencode(EXAMPLES[0]), raw)
    result = subprocess.run(
        [sys.executable, "-m", "app", "batch", str(folder), "-o", str(out), "--jobs", "1"],
        capture_output=True,
        text=True,
        errors="replace",
        timeout=300,
        cwd=ROOT,
        env={**os.environ, "LC_ALL": "C.UTF-8"},
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "1 answer files: 1 PDFs written, 0 refused" in result.stdout
    assert "caf\\udce9.json" in result.stdout  # escaped, on one line
    assert (os.fsencode(out) + b"/caf\xe9.pdf") in [os.fsencode(p) for p in out.iterdir()]
    report = subprocess.run(
        [sys.executable, "-m", "app", "report", raw, "-o", os.fsencode(out) + b"/caf\xe9-2.pdf"],
        capture_output=True,
        text=True,
        errors="replace",
        timeout=300,
        cwd=ROOT,
    )
    assert report.returncode == 0 and "Traceback" not in report.stderr
