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
from app.domain.problems import shown
from app.domain.text import Language
from app.locale_pick import system_language
from app.storage.input_files import InputError, decode_text, read_regular

PASSPHRASE_ENV = "SMM_CAREER_PASSPHRASE"
PASSPHRASE_FILE_LIMIT = 64 * 1024

_TEXT: dict[str, dict[Language, str]] = {
    "no_terminal": {
        "en": "the client store needs its passphrase: give --passphrase-file FILE or set "
        "SMM_CAREER_PASSPHRASE (there is no terminal to ask on)",
        "sv": "klientdatabasen behöver sin lösenfras: ange --passphrase-file FIL eller sätt "
        "SMM_CAREER_PASSPHRASE (det finns ingen terminal att fråga i)",
        "nl": "de cliëntendatabase heeft zijn wachtwoordzin nodig: geef --passphrase-file BESTAND of zet "
        "SMM_CAREER_PASSPHRASE (er is geen terminal om het te vragen)",
    },
    "no_new_terminal": {
        "en": "give the new passphrase with --new-passphrase-file FILE (there is no terminal to ask on)",
        "sv": "ange den nya lösenfrasen med --new-passphrase-file FIL (det finns ingen terminal att fråga i)",
        "nl": "geef de nieuwe wachtwoordzin met --new-passphrase-file BESTAND "
        "(er is geen terminal om het te vragen)",
    },
    "empty_file": {
        "en": "{file}: holds no passphrase (its first line is empty)",
        "sv": "{file}: innehåller ingen lösenfras (första raden är tom)",
        "nl": "{file}: bevat geen wachtwoordzin (de eerste regel is leeg)",
    },
    "ask": {
        "en": "Passphrase for the client store: ",
        "sv": "Lösenfras för klientdatabasen: ",
        "nl": "Wachtwoordzin voor de cliëntendatabase: ",
    },
    "ask_new": {
        "en": "Choose a passphrase for the client store: ",
        "sv": "Välj en lösenfras för klientdatabasen: ",
        "nl": "Kies een wachtwoordzin voor de cliëntendatabase: ",
    },
    "ask_changed": {
        "en": "New passphrase: ",
        "sv": "Ny lösenfras: ",
        "nl": "Nieuwe wachtwoordzin: ",
    },
    "again": {
        "en": "The same passphrase again: ",
        "sv": "Samma lösenfras igen: ",
        "nl": "Dezelfde wachtwoordzin nog eens: ",
    },
    "mismatch": {
        "en": "the two passphrases differ; nothing was changed",
        "sv": "de två lösenfraserna skiljer sig åt; inget ändrades",
        "nl": "de twee wachtwoordzinnen verschillen; er is niets gewijzigd",
    },
    "warning": {
        "en": "Keep this passphrase safe: without it the client records cannot be read by anyone, "
        "and no one can recover them. Make a backup now and then: "
        "smm-career clients backup FILE",
        "sv": "Förvara lösenfrasen väl: utan den kan ingen läsa klientuppgifterna, och ingen kan "
        "återskapa dem. Gör en säkerhetskopia då och då: smm-career clients backup FIL",
        "nl": "Bewaar deze wachtwoordzin goed: zonder kan niemand de cliëntgegevens lezen en niemand "
        "kan ze terughalen. Maak af en toe een reservekopie: smm-career clients backup BESTAND",
    },
}


def text(key: str) -> str:
    return _TEXT[key][system_language()]


def add_passphrase_file(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """`--passphrase-file FILE` on the `clients` parser (`top`) and after each action's name."""
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        default=None if top else argparse.SUPPRESS,
        help=f"read the store's passphrase from FILE's first line (else ${PASSPHRASE_ENV}, else a prompt)",
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
        return ask_new(text("ask_new"))
    if not _terminal():
        raise UsageError([text("no_terminal")])
    return _ask(text("ask"))


def ask_new(prompt: str, no_terminal: str = "no_terminal") -> str:
    """A passphrase being set, typed twice on the terminal after the warning."""
    if not _terminal():
        raise UsageError([text(no_terminal)])
    print(text("warning"), file=sys.stderr)
    first = _ask(prompt)
    if _ask(text("again")) != first:
        raise UsageError([text("mismatch")])
    return first


def read_passphrase_file(file: Path) -> str:
    """The first line of `file`, without its line ending (a regular file of at most 64 KB)."""
    try:
        first = decode_text(read_regular(file, PASSPHRASE_FILE_LIMIT)).splitlines()
    except InputError as exc:
        raise UsageError([f"{shown(file)}: {exc.problem.message(system_language())}"]) from None
    if not first or not first[0]:
        raise UsageError([text("empty_file").format(file=shown(file))])
    return first[0]


def _terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _ask(prompt: str) -> str:
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise UsageError([text("no_terminal")]) from None
