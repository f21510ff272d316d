"""Coded, located problems: one per broken rule, rendered in the reader's language."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from app.domain.os_reasons import OsReason
from app.domain.text import Language
from app.i18n import N_, translator

# Each stable code maps to its English sentence (the msgid); {placeholders} come from Problem.params.
MESSAGES: dict[str, str] = {
    "unknown_question": N_("no such question in the questionnaire"),
    "wrong_type": N_("expected {expected}, got {got}"),
    "out_of_range": N_("{value} is outside {min}–{max}"),
    "too_long": N_("longer than {max} characters"),
    "unknown_option": N_("'{value}' is not one of: {allowed}"),
    "duplicate_option": N_("'{value}' is chosen more than once"),
    "rank_count": N_("choose exactly {n}, got {got}"),
    "above_other": N_("{value} is more than {other} ({other_value})"),
    "required": N_("an answer is required"),
    "unknown_profile": N_("'{value}' is not a role profile; known: {allowed}"),
    "bad_json": N_("not valid JSON (line {line}, column {column}): {detail}"),
    "json_value": N_("not valid JSON (line {line}, column {column}): a value was expected here"),
    "json_comma": N_(
        "not valid JSON (line {line}, column {column}): a comma or a closing bracket was expected here"
    ),
    "json_colon": N_("not valid JSON (line {line}, column {column}): a colon was expected here"),
    "json_name": N_(
        "not valid JSON (line {line}, column {column}): a name in double quotes was expected here"
    ),
    "json_string": N_(
        "not valid JSON (line {line}, column {column}): a text is not closed with a double quote"
    ),
    "json_control": N_("not valid JSON (line {line}, column {column}): a control character inside a text"),
    "json_escape": N_("not valid JSON (line {line}, column {column}): a backslash escape JSON does not know"),
    "json_extra": N_("not valid JSON (line {line}, column {column}): more follows after the end of the data"),
    "json_comma_end": N_("not valid JSON (line {line}, column {column}): a comma before a closing bracket"),
    "bad_encoding": N_("not a UTF-8 text file"),
    "unreadable": N_("cannot be read: {detail}"),
    "too_short": N_("shorter than {min} characters"),
    "too_many": N_("more than {max} items"),
    "too_few": N_("fewer than {min} items"),
    "bad_form": N_("'{value}' is not of the form this field takes"),
    "not_a_field": N_("no such field in this format"),
    "missing": N_("missing; this field is required"),
    "not_more_than": N_("{value} is not more than {limit}"),
    "below": N_("{value} is less than {limit}"),
    "not_less_than": N_("{value} is not less than {limit}"),
    "above": N_("{value} is more than {limit}"),
    "not_valid": N_("not valid here"),
    "retired_question": N_("no longer asked; the answer is ignored"),
    "not_regular": N_("not a regular file (a {kind})"),
    "too_large": N_("larger than {limit}, the most this file type may be"),
    "duplicate_key": N_("the key '{key}' appears twice in one object"),
    "number_too_long": N_("a number with more than {max} characters or too large to hold"),
    "not_a_number": N_("{value} is not a number JSON allows"),
    "too_deep": N_("nested more than {max} levels deep"),
    "too_many_nodes": N_("more than {max} values once aliases are expanded"),
    "bad_text": N_("text holds {char}, which is not a character (a lone surrogate)"),
    "control_char": N_("holds a control character ({char}) that cannot be printed; remove it"),
    "too_many_decimals": N_("{value} has more decimals than the question allows ({decimals})"),
    "unknown_competency": N_("'{value}' is no competency of the questionnaire"),
    "not_a_moment": N_("'{value}' is not a date and time (YYYY-MM-DDTHH:MM:SS)"),
    "not_a_day": N_("'{value}' is not a date YYYY-MM-DD"),
    "day_not_past": N_("{value} is not a day that has been (from {earliest} on)"),
    "unsupported_version": N_(
        "file format version {value} is not supported (this app reads version {supported})"
    ),
}

TYPE_NAMES: dict[str, str] = {
    "number": N_("a number"),
    "text": N_("a text"),
    "choice": N_("one option id"),
    "list": N_("a list of option ids"),
    "likert": N_("a whole number 1–5"),
    "object": N_("an object"),
    "array": N_("a list"),
    "integer": N_("a whole number"),
    "boolean": N_("true or false"),
}

KIND_NAMES: dict[str, str] = {
    "folder": N_("folder"),
    "pipe": N_("pipe"),
    "socket": N_("socket"),
    "device": N_("device"),
    "special": N_("special file"),
}

SHOWN_MAX = 80
"""Longest value quoted in a message; the rest is cut with "…"."""
_BIDI = {chr(c) for c in (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))}
_LIST_PARAMS = {"allowed"}
"""Parameters that list the shipped ids (never user input): not shortened."""


def shown(value: object, limit: int = SHOWN_MAX) -> str:
    """A value as it may appear inside one message line: control characters, line breaks and
    bidi controls escaped, at most `limit` characters (cut with "…")."""
    text = str(value)
    cut = len(text) > limit
    text = text[:limit]
    out = []
    for char in text:
        if char in _BIDI or unicodedata.category(char) in ("Cc", "Zl", "Zp", "Cs"):
            out.append(char.encode("unicode_escape").decode("ascii"))
        else:
            out.append(char)
    return "".join(out) + ("…" if cut else "")


def shown_path(path: object) -> str:
    """A file name for a message line: escaped like `shown`, cut only when absurdly long."""
    return shown(path, 4 * SHOWN_MAX)


class RuleError(ValueError):
    """A data-file rule broken inside a pydantic validator: `message` is the English msgid
    (marked with N_), rendered in the reader's language by the content checks."""

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message.format(**params) if params else message)
        self.message = message
        self.params = params


@dataclass(frozen=True)
class Problem:
    """What is wrong, where: `where` is a question id or a key path inside the file."""

    code: str
    where: str
    params: dict[str, object] = field(default_factory=dict)

    def message(self, lang: Language = "en") -> str:
        params = {k: self._param(k, v, lang) for k, v in self.params.items()}
        return translator(lang)(MESSAGES[self.code], **params)

    @staticmethod
    def _param(key: str, value: object, lang: Language) -> object:
        if key == "expected" and str(value) in TYPE_NAMES:
            return translator(lang)(TYPE_NAMES[str(value)])
        if key == "kind" and str(value) in KIND_NAMES:
            return translator(lang)(KIND_NAMES[str(value)])
        if isinstance(value, OsReason):
            return value.message(lang)
        if key in _LIST_PARAMS or isinstance(value, int | float):
            return value
        return shown(value)

    def render(self, source: str, lang: Language = "en") -> str:
        """One line: file, question id (or key), reason."""
        where = f"{shown(self.where)}: " if self.where else ""
        return f"{shown_path(source)}: {where}{self.message(lang)}"
