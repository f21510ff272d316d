"""Each layer imports only the layers below it (ruff's TID251 keeps Qt out; this keeps the rest)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parent.parent / "app"
BELOW: dict[str, set[str]] = {
    "domain": {"app.domain"},
    "analysis": {"app.domain", "app.analysis"},
}
"""What a layer's modules may import from the app (plus `app.languages`, a constant table, and
`app.i18n`, the gettext catalogue every layer's sentences go through)."""


def app_imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name == "app" or name.startswith("app.")}


@pytest.mark.parametrize("layer", sorted(BELOW))
def test_a_layer_imports_nothing_above_it(layer: str) -> None:
    allowed = (*BELOW[layer], "app.languages", "app.i18n")
    wrong = {
        f"{path.relative_to(APP.parent)}: {name}"
        for path in (APP / layer).rglob("*.py")
        for name in app_imports(path)
        if not any(name == a or name.startswith(a + ".") for a in allowed)
    }
    assert not wrong, "the analysis takes domain objects; callers load files (app.content, app.storage)"
