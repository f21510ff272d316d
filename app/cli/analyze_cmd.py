"""`smm-career analyze FILE [FILE ...] [--profile ID]`: print the gap analysis and plan as JSON.

One file prints its analysis object; several print one object keyed by file name, so
`smm-career analyze examples/*.json` works. Any bad file or profile: exit 2, nothing on stdout.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.analysis import analyze_file
from app.cli.common import UsageError, add_data_dir, shipped_content
from app.domain.answers import AnswerFile
from app.domain.problems import Problem
from app.i18n import Translator
from app.locale_pick import system_language
from app.storage.answer_files import AnswerFileError, read_answer_file


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], _: Translator) -> None:
    parser = sub.add_parser("analyze", help=_("print the gap analysis and development plan of answer files"))
    parser.add_argument(
        "files", nargs="+", type=Path, metavar=_.pgettext("metavar", "FILE"), help=_("answer file (JSON)")
    )
    parser.add_argument(
        "--profile", metavar="ID", help=_("role profile to compare with (default: the file's goal)")
    )
    add_data_dir(parser, _)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    lang = system_language()
    shipped = shipped_content()
    lines: list[str] = []
    if args.profile is not None and args.profile not in shipped.profiles:
        known = ", ".join(sorted(shipped.profiles))
        problem = Problem("unknown_profile", "", {"value": args.profile, "allowed": known})
        lines.append(problem.render("--profile", lang))
    loaded: list[tuple[Path, AnswerFile]] = []
    for path in args.files:
        try:
            loaded.append((path, read_answer_file(path, shipped)))
        except AnswerFileError as err:
            lines += err.lines(lang)
    if lines:
        raise UsageError(lines)
    for path, answer_file in loaded:  # retired questions: ignored, said on stderr, never refused
        for note in answer_file.load_notes:
            print(note.render(str(path), lang), file=sys.stderr)
    results = {
        str(path): analyze_file(answer_file, shipped, args.profile).model_dump(mode="json")
        for path, answer_file in loaded
    }
    output: Any = next(iter(results.values())) if len(results) == 1 else results
    print(json.dumps(output, indent=2, ensure_ascii=False))
    return 0
