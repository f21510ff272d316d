"""`smm-career validate [PATH ...]`: check questionnaire, profile, path and source files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app import content
from app.cli.common import add_data_dir, print_problems
from app.locale_pick import system_language


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("validate", help="check data files (the shipped ones when no path is given)")
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH")
    add_data_dir(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    problems = content.validate(list(args.paths))
    print_problems([str(p) for p in problems], system_language())
    if problems:
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return 1
    print("ok")
    return 0
