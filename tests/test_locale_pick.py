"""The command line speaks the language gettext would pick from the environment."""

from __future__ import annotations

import pytest

from app.locale_pick import system_language

VARS = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANGUAGE": "sv", "LANG": "en_US.UTF-8"}, "sv"),  # LANGUAGE comes first
        ({"LANGUAGE": "nl:en", "LC_ALL": "sv_SE.UTF-8"}, "nl"),  # its first entry counts
        ({"LANGUAGE": "sv", "LC_ALL": "C.UTF-8"}, "en"),  # a C locale turns LANGUAGE off
        ({"LC_ALL": "nl_NL.UTF-8", "LANG": "sv_SE.UTF-8"}, "nl"),
        ({"LC_MESSAGES": "sv_SE.UTF-8", "LANG": "nl_NL.UTF-8"}, "sv"),
        ({"LANG": "de_DE.UTF-8"}, "en"),  # a language the app does not speak
    ],
)
def test_the_language_follows_gettexts_order(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: str
) -> None:
    for var in VARS:
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    assert system_language() == expected
