"""Every sentence the Qt-free code shows goes through gettext (app/i18n.py): no prose literal
outside `_()`, `N_()`, `ngettext()`, `pgettext()` in domain, storage, analysis, report, CLI,
`app/content.py` and the report templates.

"Prose" is a string with two words of letters separated by a space. Not counted: docstrings and
bare string statements (attribute docs), dict keys (ids of data), and the arguments of calls
that never reach a user as sentences (logging, regular expressions, SQL, file names). What is
left and still allowed is in ALLOWED, each with its reason.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCANNED = [
    *(ROOT / "app" / layer for layer in ("domain", "storage", "analysis", "report", "cli")),
    ROOT / "app" / "content.py",
]
TEMPLATES = ROOT / "report_templates"

PROSE = re.compile(r"[^\W\d_]{2,} +[^\W\d_]{2,}")
GETTEXT = {"_", "N_", "gettext", "ngettext", "pgettext"}
NOT_SHOWN_CALLS = {
    # logging and warnings go to a log, not to a user
    "debug", "info", "warning", "error", "exception", "warn",
    # patterns, SQL, file system
    "compile", "match", "search", "fullmatch", "sub", "execute", "executescript", "executemany",
    "open", "Path", "glob", "rglob",
}  # fmt: skip
SQL = re.compile(r"\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|PRAGMA|WITH|WHERE|BEGIN)\b")

ALLOWED: dict[str, str] = {
    "Liberation Sans, Arial, Helvetica, sans-serif": "a CSS font list in the progress chart's SVG",
    "smm-career clients delete": "part of a command line quoted inside a translated message",
    "Debian/Ubuntu: sudo apt install libpango-1.0-0 libpangoft2-1.0-0": "an install command line",
    "Windows: install MSYS2, then pacman -S mingw-w64-x86_64-pango": "an install command line",
    "Fedora: sudo dnf install pango": "an install command line",
    "macOS: brew install pango": "an install command line",
    "VARIATION SELECTOR": "the prefix of Unicode character names, compared, never shown",
    "no such table": "SQLite's own error text, matched to choose a translated message",
    "no such column": "SQLite's own error text, matched to choose a translated message",
    "Expecting value": "the json module's own error text, matched to choose a translated message",
    "Expecting ',' delimiter": "the json module's own error text, matched to choose a translated message",
    "Expecting ':' delimiter": "the json module's own error text, matched to choose a translated message",
    "Expecting property name": "the json module's own error text, matched to choose a translated message",
    "Unterminated string": "the json module's own error text, matched to choose a translated message",
    "Invalid control character": "the json module's own error text, matched to choose a translated message",
    "Extra data": "the json module's own error text, matched to choose a translated message",
    "Illegal trailing comma": "the json module's own error text, matched to choose a translated message",
    "text that is not valid Unicode": "a technical detail inside a translated store message, as SQLite's are",
    "no table": "a technical detail inside a translated store message, as SQLite's are",
    "unknown role profile '": "the exception's text for developers; users see the coded unknown_profile",
    "has no attribute": "AttributeError of the package's lazy imports (a programming error)",
    "not a bundled resource:": "the fetcher's refusal, logged by WeasyPrint, never shown as a sentence",
    "no assessments": "a programming error: callers check for assessments first",
    "radar labels do not fit:": "a programming error: the layout always finds room at the smallest size",
}


def _python_files() -> Iterator[Path]:
    for entry in SCANNED:
        yield from sorted(entry.rglob("*.py")) if entry.is_dir() else [entry]


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _code(text: str) -> bool:
    """SQL, or SVG/HTML markup written in Python (tags and attributes, not sentences)."""
    return bool(SQL.match(text)) or text.lstrip().startswith("<") or '="' in text


def stray_literals(source: str) -> list[tuple[int, str]]:
    """(line, text) of every prose literal in `source` that is outside the mechanism."""
    tree = ast.parse(source)
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            skip.add(id(node.value))  # docstrings and attribute docs
        elif isinstance(node, ast.Dict):
            skip.update(id(k) for k in node.keys if k is not None)
        elif isinstance(node, ast.Call):
            name = _name(node.func)
            if name in GETTEXT or name in NOT_SHOWN_CALLS:
                skip.update(id(n) for arg in node.args for n in ast.walk(arg))
                skip.update(id(n) for kw in node.keywords for n in ast.walk(kw.value))
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in skip
            and PROSE.search(node.value)
            and not _code(node.value)
            and node.value.strip() not in ALLOWED
        ):
            found.append((node.lineno, node.value))
    return found


def stray_template_text(source: str) -> list[tuple[int, str]]:
    """(line, text) of template text with letters outside `{{ _() }}` (markup and comments aside)."""

    def blank(match: re.Match[str]) -> str:  # keeps the line numbers
        return " " + "\n" * match.group(0).count("\n")

    text = re.sub(r"\{#.*?#\}|\{\{.*?\}\}|\{%.*?%\}", blank, source, flags=re.DOTALL)
    text = re.sub(r"<[^>]*>", blank, text, flags=re.DOTALL)  # tags and attributes (class names, ids)
    text = re.sub(r"&#?\w+;", " ", text)  # character references
    return [
        (lineno, " ".join(line.split()))
        for lineno, line in enumerate(text.splitlines(), 1)
        if re.search(r"[^\W\d_]{2,}", line)
    ]


@pytest.mark.parametrize("path", list(_python_files()), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_sentence_outside_gettext_in_python(path: Path) -> None:
    found = stray_literals(path.read_text(encoding="utf-8"))
    assert not found, "\n".join(f"{path.relative_to(ROOT)}:{line}: {text!r}" for line, text in found)


@pytest.mark.parametrize("path", sorted(TEMPLATES.rglob("*.j2")), ids=lambda p: p.name)
def test_no_sentence_outside_gettext_in_templates(path: Path) -> None:
    found = stray_template_text(path.read_text(encoding="utf-8"))
    assert not found, "\n".join(f"{path.relative_to(ROOT)}:{line}: {text!r}" for line, text in found)


def test_the_scan_catches_a_planted_sentence() -> None:
    planted = (
        'def f(lang):\n    """Docs are fine."""\n    return {"key": _("Fine")} or "Not translated at all"\n'
    )
    assert stray_literals(planted) == [(3, "Not translated at all")]
    assert stray_literals('x = f"{path}: cannot be read"') == [(1, ": cannot be read")]
    assert stray_literals('p.add_argument("-x", help="Help in English only")') == [
        (1, "Help in English only")
    ]
    assert stray_template_text('<p class="a b">{{ _("Fine") }}</p>\n<p>Stray words</p>') == [
        (2, "Stray words")
    ]
