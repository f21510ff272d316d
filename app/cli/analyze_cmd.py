"""`smm-career analyze FILE [--profile ID]`: print the gap analysis and plan as JSON."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app import content
from app.analysis import analyze
from app.cli.common import UsageError, add_data_dir
from app.domain.problems import Problem
from app.locale_pick import system_language
from app.storage.answer_files import AnswerFileError, read_answer_file


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("analyze", help="print the gap analysis and development plan of an answer file")
    parser.add_argument("file", type=Path, metavar="FILE", help="answer file (JSON)")
    parser.add_argument(
        "--profile", metavar="ID", help="role profile to compare with (default: the file's goal)"
    )
    add_data_dir(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    lang = system_language()
    try:
        shipped = content.shipped()
    except content.ContentError as exc:
        raise UsageError([str(p) for p in exc.problems]) from None
    lines: list[str] = []
    if args.profile is not None and args.profile not in shipped.profiles:
        known = ", ".join(sorted(shipped.profiles))
        lines.append(
            Problem("unknown_profile", "", {"value": args.profile, "allowed": known}).render(
                "--profile", lang
            )
        )
    try:
        answer_file = read_answer_file(args.file, shipped)
    except AnswerFileError as err:
        lines += err.lines(lang)
    if lines:
        raise UsageError(lines)
    result = analyze(answer_file.answers, shipped, args.profile)
    print(json.dumps(result.model_dump(mode="json"), indent=2, ensure_ascii=False))
    return 0
