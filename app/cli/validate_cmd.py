"""`smm-career validate [PATH ...]`: check questionnaire, profile, path and source files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app import content
from app.cli.common import add_data_dir


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("validate", help="check data files (the shipped ones when no path is given)")
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH")
    add_data_dir(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    problems = content.validate(list(args.paths))
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return 1
    print("ok")
    return 0
