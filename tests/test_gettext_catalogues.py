"""The gettext catalogues of the Qt-free code (app/locale): up to date with the code, complete in
sv and nl, compiled, and used by `validate --lang`."""

from __future__ import annotations

import io
import string
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.frontend import CommandLineInterface
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po

from app.cli import main
from app.i18n import DOMAIN, LOCALE_DIR, Translator, translator

ROOT = Path(__file__).resolve().parent.parent
POT = LOCALE_DIR / f"{DOMAIN}.pot"
TRANSLATED = ("sv", "nl")


def _po(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def _read(path: Path) -> Catalog:
    with path.open("rb") as f:
        return read_po(f)


def _entries(catalog: Catalog) -> list[tuple[object, object, list[str]]]:
    return [(m.context, m.id, sorted(m.flags)) for m in catalog if m.id]


def test_the_committed_template_is_what_extraction_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run `pybabel extract` as the README says; only the header's dates and the order may differ
    (Python 3.12+ extract the same entries in another order)."""
    monkeypatch.chdir(ROOT)
    fresh = tmp_path / "fresh.pot"
    CommandLineInterface().run(
        ["pybabel", "-q", "extract", "-F", "babel.cfg", "--no-location", "-o", str(fresh), "."]
    )
    assert sorted(_entries(_read(fresh)), key=repr) == sorted(_entries(_read(POT)), key=repr), (
        "the code's sentences changed: run the extract/update/compile commands in the README"
    )


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _ids(message: Message) -> list[str]:
    return [message.id] if isinstance(message.id, str) else list(message.id)


def _strings(message: Message) -> list[str]:
    text = message.string
    return [text] if isinstance(text, str) else list(text or [])


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_sentence_is_translated_and_keeps_its_placeholders(lang: str) -> None:
    template, po = _read(POT), _read(_po(lang))
    assert not po.fuzzy, f"{_po(lang)}: the header is marked fuzzy"
    assert po.plural_forms == "nplurals=2; plural=(n != 1);"
    wanted = {(m.context, m.id) for m in template if m.id}
    have = {(m.context, m.id) for m in po if m.id}
    assert wanted - have == set(), f"{lang}: missing entries (run pybabel update)"
    assert have - wanted == set(), f"{lang}: entries the code no longer uses (run pybabel update)"
    for message in po:
        if not message.id:
            continue
        where = f"{_po(lang).name} ({lang}): {_ids(message)[0]!r}"
        assert not message.fuzzy, f"{where} is fuzzy"
        assert all(s.strip() for s in _strings(message)), f"{where} is not translated"
        expected = set().union(*map(_placeholders, _ids(message)))
        for text in _strings(message):
            # A plural's singular may spell out the number ("one hour") and leave out {n}.
            assert _placeholders(text) <= expected | {"n"}, f"{where}: {text!r} has unknown placeholders"
            if not isinstance(message.id, tuple):
                assert _placeholders(text) == expected, f"{where}: {text!r} lost a placeholder"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_committed_mo_matches_its_po(lang: str) -> None:
    compiled = io.BytesIO()
    write_mo(compiled, _read(_po(lang)))
    compiled.seek(0)
    with (LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.mo").open("rb") as committed:
        assert _pairs(read_mo(committed)) == _pairs(read_mo(compiled)), (
            f"{lang}: the .mo is stale: run pybabel compile (README)"
        )


def _pairs(catalogue: Catalog) -> dict[tuple[str | None, str], list[str]]:
    return {(m.context, _ids(m)[0]): _strings(m) for m in catalogue if m.id}


def test_a_translator_fills_placeholders_and_plurals_per_language() -> None:
    sv, nl, en = translator("sv"), translator("nl"), translator("en")
    assert sv("Page {page} of {pages}", page=2, pages=9) == "Sida 2 av 9"
    assert nl.ngettext("{n} backup", "{n} backups", 1) == "1 reservekopie"
    assert nl.ngettext("{n} backup", "{n} backups", 3) == "3 reservekopieën"
    assert en.ngettext("{n} backup", "{n} backups", 1) == "1 backup"


def test_a_missing_catalogue_is_an_error_not_silent_english(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr("app.i18n.LOCALE_DIR", tmp_path)
    with pytest.raises(FileNotFoundError):
        Translator("sv")
    assert Translator("en")("Development plan") == "Development plan"


@pytest.mark.parametrize(
    ("lang", "reason", "count"),
    [
        ("sv", "filen eller mappen finns inte", "2 problem"),
        ("nl", "dit bestand of deze map bestaat niet", "2 problemen"),
        ("en", "no such file or folder", "2 problems"),
    ],
)
def test_validate_speaks_the_language_asked_for(
    lang: str, reason: str, count: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "profile.yaml"
    broken.write_text("[1, 2]\n", encoding="utf-8")  # one problem: no mapping at the top
    code = main(["validate", "--lang", lang, str(tmp_path / "gone.yaml"), str(broken)])
    err = capsys.readouterr().err.splitlines()
    assert code == 2
    assert err[0] == f"{tmp_path / 'gone.yaml'}: {reason}"
    assert err[-1] == count
