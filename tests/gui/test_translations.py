"""Every GUI sentence goes through Qt Linguist, and the catalogues are complete and current.

Update the catalogues after changing a sentence (as the README's Development section says):
    .venv/bin/pyside6-lupdate -locations none -no-obsolete app/gui/*.py app/gui/counsellor/*.py \
        -ts resources/i18n/smm_career_sv.ts resources/i18n/smm_career_nl.ts
    .venv/bin/pyside6-lupdate -locations none -no-obsolete -pluralonly app/gui/*.py app/gui/counsellor/*.py \
        -ts resources/i18n/smm_career_en.ts
(`-locations none`: no file names and line numbers in the .ts, so a changed label is a small diff.)
    .venv/bin/pyside6-lrelease resources/i18n/*.ts
"""

from __future__ import annotations

import ast
import itertools
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "app" / "gui"
I18N = ROOT / "resources" / "i18n"
LANGS = ("sv", "nl", "en")
PLACEHOLDER = re.compile(r"\{\w*\}")

# Literals a user sees that are deliberately not translated.
ALLOWED = {
    ("i18n.py", "Svenska"),
    ("i18n.py", "Nederlands"),
    ("i18n.py", "English"),  # each language in itself
}
TRANSLATING_CALLS = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP", "_", "N_", "gettext", "ngettext"}
"""Qt Linguist's calls, and gettext's (app/i18n.py) where the results page shows the report's own
headings beside the report's sentences, so that page and PDF say the same words."""
PROSE = re.compile(r"[^\W\d_]{2,}\s+[^\W\d_]{2,}|^\s*[A-ZÀ-Þ][a-zß-ÿ]{2,}")
"""Two words, or one capitalised word ("Sources"); ids, object names and keys are neither."""
TAG = re.compile(r"<[^>]*>")


def qt_tool(name: str) -> str:
    tool = Path(sys.executable).parent / name
    found = str(tool) if tool.exists() else shutil.which(name)
    assert found, f"{name} comes with PySide6; it is needed to check the catalogues"
    return found


def prose_outside_tr(source: str) -> list[tuple[int, str]]:
    """String literals that read like words shown to a user, outside `tr()`/`translate()`.

    Not counted: docstrings, `__all__`, assert messages (for developers) and HTML markup
    (the words inside it come from tr or the content).
    """
    tree = ast.parse(source)
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                skip.add(id(first.value))
        # A string right after an assignment is an attribute docstring.
        for body in (getattr(node, "body", None), getattr(node, "orelse", None)):
            if isinstance(body, list):
                for before, after in itertools.pairwise(body):
                    if isinstance(before, (ast.Assign, ast.AnnAssign)) and isinstance(after, ast.Expr):
                        skip.add(id(after.value))
        excluded: ast.AST | None = None
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            excluded = node if name in TRANSLATING_CALLS else None
        elif isinstance(node, ast.Assert):
            excluded = node.msg
        elif isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "__all__" for t in node.targets):
            excluded = node.value
        if excluded is not None:
            skip.update(id(sub) for sub in ast.walk(excluded))
    return sorted(
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in skip
        and PROSE.search(TAG.sub(" ", node.value))
    )


def test_the_detector_finds_a_sentence_outside_tr() -> None:
    source = (
        'label.setText("Save the plan")\nlabel.setText(self.tr("Save the plan"))\nbox.setTitle("Sources")\n'
    )
    assert prose_outside_tr(source) == [(1, "Save the plan"), (3, "Sources")]


def test_no_gui_sentence_bypasses_qt_linguist() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{line}: {text!r}"
        for path in sorted(GUI.rglob("*.py"))
        for line, text in prose_outside_tr(path.read_text(encoding="utf-8"))
        if (path.name, text) not in ALLOWED
    ]
    assert found == []


def messages(ts: Path) -> dict[tuple[str, str], ElementTree.Element]:
    root = ElementTree.parse(ts).getroot()
    return {
        (context.findtext("name", ""), message.findtext("source", "")): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def texts(message: ElementTree.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("lang", LANGS)
def test_every_entry_is_translated_with_the_same_placeholders(lang: str) -> None:
    entries = messages(I18N / f"smm_career_{lang}.ts")
    assert entries
    if lang == "en":  # the source language: only the plural forms
        assert all(message.get("numerus") == "yes" for message in entries.values())
    for (_context, source), message in entries.items():
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, (
            f"{lang}: {source!r} is not translated yet: translate it in resources/i18n (README, Development)"
        )
        for text in texts(message):
            assert text.strip(), f"{lang}: {source!r} has an empty translation (README, Development)"
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (lang, source)


def test_catalogues_hold_exactly_the_sentences_of_the_code(tmp_path: Path) -> None:
    """What lupdate would extract now equals what the catalogues hold (nothing new, nothing stale),
    written without source locations as the README's command writes them."""
    sources = [str(p) for p in sorted(GUI.glob("*.py")) + sorted(GUI.glob("counsellor/*.py"))]
    for lang in LANGS:
        copy = tmp_path / f"smm_career_{lang}.ts"
        shutil.copy(I18N / copy.name, copy)
        plural_only = ["-pluralonly"] if lang == "en" else []
        subprocess.run(
            [
                qt_tool("pyside6-lupdate"),
                "-locations",
                "none",
                "-no-obsolete",
                *plural_only,
                *sources,
                "-ts",
                str(copy),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        assert set(messages(copy)) == set(messages(I18N / copy.name)), (
            f"{lang}: the code's sentences changed: run pyside6-lupdate as the README says, then translate"
        )
        assert "<location" not in (I18N / copy.name).read_text(encoding="utf-8"), (
            f"{lang}: the catalogue holds source locations: run pyside6-lupdate with -locations none (README)"
        )


@pytest.mark.parametrize("lang", LANGS)
def test_the_compiled_catalogue_is_current(lang: str, tmp_path: Path) -> None:
    out = tmp_path / f"smm_career_{lang}.qm"
    subprocess.run(
        [qt_tool("pyside6-lrelease"), str(I18N / f"smm_career_{lang}.ts"), "-qm", str(out)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert out.read_bytes() == (I18N / out.name).read_bytes(), f"run pyside6-lrelease on {lang}"


def test_plurals_follow_the_number_in_every_language(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication

    from app.gui.background import making_pdf_text
    from app.gui.i18n import set_language

    source = "{shown} of %n client(s)"
    said, busy = {}, {}
    for lang in LANGS:
        set_language(lang)  # type: ignore[arg-type]
        said[lang] = [
            QCoreApplication.translate("CounsellorView", source, "", n).format(shown=1) for n in (1, 2)
        ]
        busy[lang] = making_pdf_text()
    assert said["en"] == ["1 of 1 client", "1 of 2 clients"]
    assert said["sv"] == ["1 av 1 klient", "1 av 2 klienter"]
    assert said["nl"] == ["1 van 1 cliënt", "1 van 2 cliënten"]
    assert busy == {"en": "Making the PDF…", "sv": "Skapar PDF:en…", "nl": "De pdf wordt gemaakt…"}
