"""Importing many answer files: one `clients import FILE...` process against one process each.

Writes N answer files (different people, different answers), then in the same run times
  many      one process: `smm-career clients import F1 … FN` into an empty store
  single    a sample of S processes, `smm-career clients import Fi` each, into another empty
            store, scaled to N
and prints both and their RATIO (goal: many ≤ 1/10 of single). Each process opens the
encrypted store (scrypt, about 0.6 s by design), so one process per file pays that each time.

Run: `.venv/bin/python benchmarks/bench_import.py [--files 500] [--sample 25]`.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from app.cli.passphrase import PASSPHRASE_ENV

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "sv_career_changer_customer_service.json"
PASSPHRASE = "benchmark passphrase"


def write_files(folder: Path, n: int) -> list[Path]:
    base = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    files = []
    for i in range(n):
        data = json.loads(json.dumps(base))
        data["respondent"] = {"name": f"Person {i:04d}"}
        data["answers"]["experience.total_years"] = 10 + i % 40
        data["answers"]["competency.seo"] = 1 + i % 5
        path = folder / f"p{i:04d}.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        files.append(path)
    return files


def import_command(data_dir: Path, files: list[Path]) -> list[str]:
    return [sys.executable, "-m", "app", "clients", "import", *map(str, files), "--data-dir", str(data_dir)]


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    env = {**os.environ, PASSPHRASE_ENV: PASSPHRASE}  # no terminal: the passphrase as a user scripts it
    subprocess.run(command, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--sample", type=int, default=25)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = write_files(folder, args.files)
        many = timed(import_command(folder / "many", files))
        sample = files[:: max(1, len(files) // args.sample)][: args.sample]
        single = sum(timed(import_command(folder / "single", [f])) for f in sample) / len(sample) * len(files)
    print(f"many files, one process: {many:.1f} s for {args.files} files")
    print(f"one process per file:    {single:.1f} s for {args.files} files (from {len(sample)} runs)")
    print(f"ratio: {many / single:.3f} (goal ≤ 0.100)")


if __name__ == "__main__":
    main()
