"""The client store's passphrase on the command line, from one of three sources in this order:
`--passphrase-file FILE` (its first line), `$SMM_CAREER_PASSPHRASE`, or a prompt on a terminal
(twice when it is being set). Without a terminal and without a passphrase a store command
exits 2 with one line; it never waits for input that cannot come."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from app.cli.common import UsageError
from app.domain.problems import shown_path
from app.i18n import Translator, translator
from app.locale_pick import system_language
from app.storage.input_files import InputError, decode_text, read_regular

PASSPHRASE_ENV = "SMM_CAREER_PASSPHRASE"
PASSPHRASE_FILE_LIMIT = 64 * 1024


def add_passphrase_file(parser: argparse.ArgumentParser, _: Translator, *, top: bool = False) -> None:
    """`--passphrase-file FILE` on the `clients` parser (`top`) and after each action's name."""
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar=_.pgettext("metavar", "FILE"),
        default=None if top else argparse.SUPPRESS,
        help=_(
            "read the store's passphrase from FILE's first line (else ${variable}, else a prompt)",
            variable=PASSPHRASE_ENV,
        ),
    )


def passphrase_warning() -> str:
    """Said whenever a passphrase is set."""
    return translator(system_language()).gettext(
        "Keep this passphrase safe: without it no one can read the client records, and no one can "
        "recover them. Make a backup now and then: smm-career clients backup FILE"
    )


def passphrase_for(args: argparse.Namespace, *, creating: bool) -> str:
    """The store's passphrase from the file, the environment or a prompt (see the module doc);
    `creating`: it is being set now, so a prompt asks twice and warns first."""
    file: Path | None = getattr(args, "passphrase_file", None)
    if file is not None:
        return read_passphrase_file(file)
    from_env = os.environ.get(PASSPHRASE_ENV, "")
    if from_env:
        return from_env
    if creating:
        return ask_new()
    _ = translator(system_language())
    if not _terminal():
        raise UsageError([_no_terminal()])
    return _ask(_("Passphrase for the client store: "))


def ask_new(*, changing: bool = False) -> str:
    """A passphrase being set (or, `changing`, the new one), typed twice after the warning."""
    _ = translator(system_language())
    if not _terminal():
        if changing:
            raise UsageError(
                [
                    _(
                        "give the new passphrase with --new-passphrase-file FILE (there is no terminal to ask on)"
                    )
                ]
            )
        raise UsageError([_no_terminal()])
    print(passphrase_warning(), file=sys.stderr)
    first = _ask(_("New passphrase: ") if changing else _("Choose a passphrase for the client store: "))
    if _ask(_("The same passphrase again: ")) != first:
        raise UsageError([_("the two passphrases differ; nothing was changed")])
    return first


def read_passphrase_file(file: Path) -> str:
    """The first line of `file`, without its line ending (a regular file of at most 64 KB)."""
    lang = system_language()
    try:
        lines = decode_text(read_regular(file, PASSPHRASE_FILE_LIMIT)).splitlines()
    except InputError as exc:
        raise UsageError([f"{shown_path(file)}: {exc.problem.message(lang)}"]) from None
    if not lines or not lines[0]:
        raise UsageError(
            [
                translator(lang).gettext(
                    "{file}: holds no passphrase (its first line is empty)", file=shown_path(file)
                )
            ]
        )
    return lines[0]


def _no_terminal() -> str:
    return translator(system_language()).gettext(
        "the client store needs its passphrase: give --passphrase-file FILE or set SMM_CAREER_PASSPHRASE "
        "(there is no terminal to ask on)"
    )


def _terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _ask(prompt: str) -> str:
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise UsageError([_no_terminal()]) from None
