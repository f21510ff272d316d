"""What every sub-command shares: the usage error and the --data-dir option."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from app import content
from app.domain.problems import shown
from app.domain.text import Language
from app.i18n import Translator, translator
from app.locale_pick import system_language
from app.storage.client_erasure import MAX_CLIENT_ID


class UsageError(Exception):
    """Bad input from the user: printed as lines on stderr, exit 2."""

    def __init__(self, lines: list[str]):
        super().__init__("\n".join(lines))
        self.lines = lines


def data_dir_arg(text: str) -> str:
    """--data-dir's value: an empty one never silently means the default folder (where
    `clients delete` would then erase)."""
    if not text.strip():
        _ = translator(system_language())
        raise UsageError([_("--data-dir is empty; give a folder (leave the option out for the usual one)")])
    return text


_ASCII_NUMBER = re.compile("[0-9]{1,20}")
"""ASCII digits only: `int` would also take other scripts' digits, full-width ones and spaces."""


def whole_number(text: str) -> int:
    """A count on the command line (--jobs, --retention-months): argparse's own message would
    say "invalid int value" in every language."""
    if not _ASCII_NUMBER.fullmatch(text):
        _ = translator(system_language())
        raise argparse.ArgumentTypeError(_("'{text}' is not a whole number", text=shown(text, 24)))
    return int(text)


def client_id(text: str) -> int:
    """A client's id (`clients list` shows them), from 1 to MAX_CLIENT_ID."""
    value = int(text) if _ASCII_NUMBER.fullmatch(text) else 0
    if not 1 <= value <= MAX_CLIENT_ID:
        _ = translator(system_language())
        raise argparse.ArgumentTypeError(
            _(
                "'{text}' is not a client id (a whole number from 1 to {most})",
                text=shown(text, 24),
                most=MAX_CLIENT_ID,
            )
        )
    return value


def assessment_id(text: str) -> int:
    """An assessment's id (`clients assessments` lists them), from 1 to MAX_CLIENT_ID."""
    value = int(text) if _ASCII_NUMBER.fullmatch(text) else 0
    if not 1 <= value <= MAX_CLIENT_ID:
        _ = translator(system_language())
        raise argparse.ArgumentTypeError(
            _(
                "'{text}' is not an assessment id (a whole number from 1 to {most})",
                text=shown(text, 24),
                most=MAX_CLIENT_ID,
            )
        )
    return value


def output_arg(text: str) -> Path:
    """-o's value: an empty one is no name (Path('') would be the current folder)."""
    if not text:
        _ = translator(system_language())
        raise UsageError([_("-o is empty; give the name of the file or folder to write")])
    return Path(text)


def add_data_dir(parser: argparse.ArgumentParser, _: Translator) -> None:
    """Every sub-command also takes --data-dir after its name."""
    parser.add_argument(
        "--data-dir",
        type=data_dir_arg,
        default=argparse.SUPPRESS,
        metavar=_.pgettext("metavar", "DATA_DIR"),
        help=_("folder for client records and autosaves"),
    )


MAX_LINES = 20
"""Problems printed for one command; the rest are counted on one more line."""


def print_problems(lines: list[str], lang: Language) -> None:
    """One line per problem on stderr, at most MAX_LINES, then a count of the rest."""
    for line in lines[:MAX_LINES]:
        print(line, file=sys.stderr)
    if len(lines) > MAX_LINES:
        more = translator(lang).ngettext(
            "… and {n} more problem", "… and {n} more problems", len(lines) - MAX_LINES
        )
        print(more, file=sys.stderr)


def shipped_content() -> content.Content:
    """The questionnaire, profiles and paths the app ships; UsageError (one line per problem)
    when they cannot be loaded."""
    try:
        return content.shipped()
    except content.ContentError as exc:
        raise UsageError([str(p) for p in exc.problems]) from None
