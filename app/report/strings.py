"""The report's own sentences (strings.yaml in the template folder), one per language."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from app.domain.text import LANGUAGES, Language
from app.report.templates import TEMPLATE_DIR

STRINGS_FILE = TEMPLATE_DIR / "strings.yaml"
_LOADER = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
"""Every value read as a string, nothing resolved to numbers or dates (every sentence is text),
with libyaml when PyYAML has it: the pure-Python safe loader costs a report 40 ms."""


@lru_cache(maxsize=4)
def load_strings(path: Path = STRINGS_FILE) -> dict[str, dict[Language, str]]:
    """Key → language → sentence; raises ValueError naming a key that lacks a language."""
    raw: Any = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    if not isinstance(raw, dict):
        raise ValueError(f"{path}: expected a mapping of keys to sentences")
    problems = [
        f"{path}: {key}.{lang}: missing"
        for key, value in raw.items()
        for lang in LANGUAGES
        if not isinstance(value, dict) or not isinstance(value.get(lang), str) or not value[lang].strip()
    ]
    if problems:
        raise ValueError("\n".join(problems))
    return raw


class Catalogue:
    """`t("key", n=3)`: the sentence in one language with its placeholders filled."""

    def __init__(self, lang: Language) -> None:
        self.lang = lang
        self._strings = load_strings()

    def __call__(self, key: str, **params: object) -> str:
        text = self._strings[key][self.lang]
        return text.format(**params) if params else text
