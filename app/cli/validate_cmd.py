"""`smm-career validate [PATH ...]`: check questionnaire, profile, path and source files."""

from __future__ import annotations

import argparse
import os
import stat
import sys
from pathlib import Path

from app import content
from app.cli.common import add_data_dir, print_problems
from app.domain.text import LANGUAGES, Language
from app.i18n import Translator, translator
from app.locale_pick import system_language


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], _: Translator) -> None:
    parser = sub.add_parser("validate", help=_("check data files (the shipped ones when no path is given)"))
    parser.add_argument("paths", nargs="*", type=Path, metavar=_.pgettext("metavar", "PATH"))
    parser.add_argument(
        "--lang", choices=LANGUAGES, help=_("language of the messages (default: the system's)")
    )
    add_data_dir(parser, _)
    parser.set_defaults(func=run)


def _unreachable(path: Path) -> bool:
    """True when validate cannot check this path at all: missing, a link that leads nowhere,
    not a file or folder (a pipe, a device) or not readable."""
    try:
        info = path.stat()
    except OSError:
        return True
    regular = stat.S_ISREG(info.st_mode) or stat.S_ISDIR(info.st_mode)
    return not regular or not os.access(path, os.R_OK)


def run(args: argparse.Namespace) -> int:
    """Exit 0 when the files are fine, 1 when they have problems, 2 when a path given cannot be
    checked at all (DOMAIN.md: validate cannot run); the messages are the same either way."""
    problems = content.validate(list(args.paths))
    lang: Language = args.lang or system_language()
    print_problems([p.line(lang) for p in problems], lang)
    if problems:
        print(translator(lang).ngettext("{n} problem", "{n} problems", len(problems)), file=sys.stderr)
        return 2 if any(_unreachable(path) for path in args.paths) else 1
    print("ok")
    return 0
