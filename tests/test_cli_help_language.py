"""The command line's help and argparse's own messages speak the CLI's language (sv, nl, en), the
one `app.locale_pick` picks; argparse's frame comes from our catalogue on any Python."""

from __future__ import annotations

import argparse
import gettext
import os
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po

from app.cli import main
from app.i18n import DOMAIN, LOCALE_DIR, translator

COMMANDS = [
    [],
    ["validate"],
    ["analyze"],
    ["report"],
    ["batch"],
    ["observer-form"],
    ["clients"],
    *(
        ["clients", action]
        for action in (
            "import", "list", "export", "delete", "report", "assessments", "edit", "delete-assessment",
            "move-assessment", "set-date", "note", "consent", "settings", "passphrase", "backup", "restore",
        )
    ),
]  # fmt: skip
"""Every parser of the command line."""


Speak = Callable[[str], None]
"""Makes `lang` the system's language for the rest of the test."""


@cache
def _catalogue() -> list[tuple[str | None, str]]:
    """(context, msgid) of every singular message in our template."""
    with (LOCALE_DIR / f"{DOMAIN}.pot").open("rb") as f:
        return [(m.context, m.id) for m in read_po(f) if isinstance(m.id, str) and m.id]


@pytest.fixture
def speaking(monkeypatch: pytest.MonkeyPatch) -> Speak:
    """Sets the system's language the way a user would (LANGUAGE, no C locale) and a width at
    which argparse wraps nothing, so that sentences can be searched for whole."""

    def speak(lang: str) -> None:
        for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("LANGUAGE", lang)
        monkeypatch.setenv("COLUMNS", "2000")

    return speak


def _help(command: list[str], lang: str, speaking: Speak, capsys: pytest.CaptureFixture[str]) -> str:
    speaking(lang)
    assert main([*command, "--help"]) == 0
    return " ".join(capsys.readouterr().out.split())


def _shown(text: str, page: str) -> bool:
    """`text` on `page` as words of its own (not inside a word or an option name like --counsellor-name)."""
    return re.search(rf"(?<![\w-]){re.escape(text)}(?![\w-])", page) is not None


FRAME = {
    "sv": ("användning: smm-career", "flaggor:", "-h, --help visa den här hjälptexten och avsluta"),
    "nl": ("gebruik: smm-career", "opties:", "-h, --help toon deze hulptekst en stop"),
}


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "smm-career")
def test_help_has_no_english_sentence_left(
    command: list[str], speaking: Speak, capsys: pytest.CaptureFixture[str]
) -> None:
    english = _help(command, "en", speaking, capsys)
    for lang, (usage, options, help_line) in FRAME.items():
        page = _help(command, lang, speaking, capsys)
        _ = translator(lang)
        # every text of ours that the English page shows and that reads differently in `lang`
        ours = [
            msgid
            for context, msgid in _catalogue()
            if "%" not in msgid
            and msgid in english
            and _shown(msgid, english)
            and (_.pgettext(context, msgid) if context else _.gettext(msgid)) != msgid
        ]
        assert ours, "the English help shows none of the catalogue's texts: the check checks nothing"
        assert (lang, [m for m in ours if _shown(m, page)]) == (lang, [])
        assert page.startswith(usage)
        assert options in page and help_line in page
        for frame in ("usage:", "options:", "positional arguments:", "show this help message and exit"):
            assert frame not in page


@pytest.mark.parametrize(("command", "lang", "words"), [
    ([], "sv", ["Karriärkoll för jobb med sociala medier", "positionsargument:", "--data-dir DATAMAPP"]),
    ([], "nl", ["Loopbaancheck voor banen in sociale media", "positionele argumenten:", "--data-dir GEGEVENSMAP"]),
    (["report"], "sv", ["-o UT.pdf", "FIL svarsfil (JSON)", "Slutstatus: 0 när PDF:en skrevs"]),
    (["report"], "nl", ["-o UIT.pdf", "BESTAND antwoordbestand (JSON)", "Afsluitstatus: 0 als de pdf"]),
    (["clients", "import"], "sv", ["FIL [FIL ...]", "svarsfil eller klientexport", "$SMM_CAREER_PASSPHRASE"]),
    (["clients", "import"], "nl", ["BESTAND [BESTAND ...]", "antwoordbestand of cliëntexport", "wachtwoordzin"]),
    (["validate"], "sv", ["[SÖKVÄG ...]", "meddelandenas språk (standard: systemets)"]),
    (["validate"], "nl", ["[PAD ...]", "taal van de meldingen (standaard: die van het systeem)"]),
])  # fmt: skip
def test_help_reads_in_the_language(
    command: list[str], lang: str, words: list[str], speaking: Speak, capsys: pytest.CaptureFixture[str]
) -> None:
    page = _help(command, lang, speaking, capsys)
    assert [w for w in words if w not in page] == []


def test_english_help_is_as_it_was(speaking: Speak, capsys: pytest.CaptureFixture[str]) -> None:
    page = _help(["report"], "en", speaking, capsys)
    assert page.startswith("usage: smm-career report [-h] -o OUT.pdf [--lang {sv,nl,en}] [--profile ID]")
    assert "positional arguments: FILE answer file (JSON) options: -h, --help show this help message" in page
    assert "--data-dir DATA_DIR folder for client records and autosaves" in page


@pytest.mark.parametrize(("lang", "command", "line"), [
    ("sv", ["report"], "smm-career report: följande argument krävs: FIL, -o/--output"),
    ("nl", ["report"], "smm-career report: de volgende argumenten zijn verplicht: BESTAND, -o/--output"),
    ("en", ["report"], "smm-career report: the following arguments are required: FILE, -o/--output"),
    ("sv", ["clients", "import"], "smm-career clients import: följande argument krävs: FIL"),
    ("nl", ["clients", "import"], "smm-career clients import: de volgende argumenten zijn verplicht: BESTAND"),
    ("sv", ["validate", "--lang", "de"],
     "smm-career validate: argumentet --lang: ogiltigt val: 'de' (välj bland 'sv', 'nl', 'en')"),
    ("nl", ["validate", "--lang", "de"],
     "smm-career validate: argument --lang: ongeldige keuze: 'de' (kies uit 'sv', 'nl', 'en')"),
    ("nl", ["analyze", "a.json", "--bogus"], "smm-career: onbekende argumenten: --bogus"),
    ("sv", ["batch", "d", "-o", "e", "--jobs", "x"], "smm-career batch: argumentet --jobs: 'x' är inget heltal"),
])  # fmt: skip
def test_a_bad_command_line_is_one_line_in_the_language(
    lang: str,
    command: list[str],
    line: str,
    speaking: Speak,
    capsys: pytest.CaptureFixture[str],
) -> None:
    speaking(lang)
    assert main(command) == 2
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", line + "\n")


def test_the_language_is_the_one_locale_pick_picks(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A C locale turns LANGUAGE off (as in GNU gettext, unlike Python's own gettext): English,
    frame included; afterwards gettext's global domain and LANGUAGE are as they were."""
    monkeypatch.setenv("LC_ALL", "C")
    monkeypatch.setenv("LANGUAGE", "sv")
    domain = gettext.textdomain()
    assert main(["report"]) == 2
    assert (
        capsys.readouterr().err
        == "smm-career report: the following arguments are required: FILE, -o/--output\n"
    )
    assert (gettext.textdomain(), os.environ["LANGUAGE"]) == (domain, "sv")


def test_every_argparse_message_of_this_python_is_in_the_catalogue() -> None:
    """Python versions phrase argparse's messages differently: each one this Python's argparse can
    say is in our template (and so, by tests/test_gettext_catalogues.py, translated in sv and nl).
    A new Python that fails here: add its messages to app/cli/argparse_frame.py and update the
    catalogues as the README says."""
    with (LOCALE_DIR / f"{DOMAIN}.pot").open("rb") as f:
        ours = {m.id if isinstance(m.id, str) else tuple(m.id) for m in read_po(f)}
    said = {message for _, message, _, _ in extract_from_file("python", Path(argparse.__file__))}
    assert said, "babel found no message in argparse: the check checks nothing"
    assert sorted(map(str, said - ours)) == []
