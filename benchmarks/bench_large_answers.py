"""The largest answer file the app accepts against a normal one: `report` time and memory.

The large file is the limit of the format: every text answer, the respondent's name, the
counsellor's notes and a note for every competency at their maximum lengths (in a script
whose every character is wide in UTF-8 and has a glyph in the bundled fonts), and extra
keys filling the file up to the reader's limit (`ANSWER_FILE_LIMIT`). The normal file is
an example as a person fills it in. Each is rendered by a whole `smm-career report`
process; the figures are its CPU time (user + system: steadier than wall time on a shared
machine), its wall time and its peak resident memory.

    goal: the largest accepted file costs at most 5x the time and 2x the memory of a normal one

Run: .venv/bin/python benchmarks/bench_large_answers.py [--repeat N]
Wall-clock figures depend on the machine and its load; the ratios are what to compare.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import content  # noqa: E402
from app.domain.answers import CounsellorNotes  # noqa: E402
from app.domain.questionnaire import TextQuestion  # noqa: E402
from app.storage.input_files import ANSWER_FILE_LIMIT  # noqa: E402

NORMAL = ROOT / "examples" / "sv_career_changer_customer_service.json"
WIDE = "Ålänningarnas översättning är så här "  # plain words, line breaks where text wraps


def _text(length: int) -> str:
    return (WIDE * (length // len(WIDE) + 1))[:length]


def largest_answer_file() -> dict[str, object]:
    shipped = content.shipped()
    data = json.loads(NORMAL.read_text(encoding="utf-8"))
    for question in shipped.questionnaire.questions():
        if isinstance(question, TextQuestion):
            data["answers"][question.id] = _text(question.max_length)
    fields = CounsellorNotes.model_fields
    notes_max = next(m.max_length for m in fields["notes"].metadata if hasattr(m, "max_length"))
    gap_max = 5_000  # CounsellorNotes.gap_notes values
    data["respondent"]["name"] = _text(200)
    data["counsellor"] = {
        "notes": _text(notes_max),
        "gap_notes": {cid: _text(gap_max) for cid in shipped.competency_ids()},
    }
    used = len(json.dumps(data, ensure_ascii=False).encode("utf-8"))
    per_char = len(WIDE.encode("utf-8")) / len(WIDE)
    data["extra"] = _text(int((ANSWER_FILE_LIMIT - used - 100) / per_char))
    return data


def _run(answer_file: Path, out: Path) -> tuple[float, float, float]:
    """(CPU seconds, wall seconds, peak MB) of one whole `smm-career report` process."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "report", str(answer_file), "-o", str(out)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        assert process.stderr is not None
        raise SystemExit(f"report failed: {process.stderr.read().decode(errors='replace')}")
    return usage.ru_utime + usage.ru_stime, elapsed, usage.ru_maxrss / 1024  # ru_maxrss: KB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        large = Path(folder) / "largest.json"
        large.write_text(json.dumps(largest_answer_file(), ensure_ascii=False), encoding="utf-8")
        size = large.stat().st_size
        figures: dict[str, list[tuple[float, float, float]]] = {"normal": [], "largest": []}
        for _ in range(args.repeat):
            figures["normal"].append(_run(NORMAL, Path(folder) / "normal.pdf"))
            figures["largest"].append(_run(large, Path(folder) / "largest.pdf"))
        pages = {name: (Path(folder) / f"{name}.pdf").stat().st_size for name in figures}
    cpu_of = {k: statistics.median(c for c, _, _ in v) for k, v in figures.items()}
    wall_of = {k: statistics.median(w for _, w, _ in v) for k, v in figures.items()}
    memory_of = {k: max(m for _, _, m in v) for k, v in figures.items()}
    print(f"largest accepted answer file: {size / 1024:.0f} KB (limit {ANSWER_FILE_LIMIT // 1024} KB)")
    for name in figures:
        print(
            f"{name:>8}: CPU {cpu_of[name]:.2f} s, wall {wall_of[name]:.2f} s, "
            f"peak {memory_of[name]:.0f} MB, PDF {pages[name] / 1024:.0f} KB"
        )
    time_ratio = cpu_of["largest"] / cpu_of["normal"]
    memory_ratio = memory_of["largest"] / memory_of["normal"]
    print(f"CPU time ratio largest/normal: {time_ratio:.2f}  (goal <= 5)")
    print(f"memory ratio largest/normal:   {memory_ratio:.2f}  (goal <= 2)")


if __name__ == "__main__":
    main()
