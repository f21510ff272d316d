"""Coded, located problems: one per broken rule, rendered in the reader's language."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from app.domain.text import Language

# Each code has one sentence per language; {placeholders} come from Problem.params.
MESSAGES: dict[str, dict[Language, str]] = {
    "unknown_question": {
        "en": "no such question in the questionnaire",
        "sv": "det finns ingen sådan fråga i frågeformuläret",
        "nl": "deze vraag bestaat niet in de vragenlijst",
    },
    "wrong_type": {
        "en": "expected {expected}, got {got}",
        "sv": "ska vara {expected}, inte {got}",
        "nl": "moet {expected} zijn, niet {got}",
    },
    "out_of_range": {
        "en": "{value} is outside {min}–{max}",
        "sv": "{value} ligger utanför {min}–{max}",
        "nl": "{value} valt buiten {min}–{max}",
    },
    "too_long": {
        "en": "longer than {max} characters",
        "sv": "längre än {max} tecken",
        "nl": "langer dan {max} tekens",
    },
    "unknown_option": {
        "en": "'{value}' is not one of: {allowed}",
        "sv": "'{value}' är inte något av: {allowed}",
        "nl": "'{value}' is niet een van: {allowed}",
    },
    "duplicate_option": {
        "en": "'{value}' is chosen more than once",
        "sv": "'{value}' är valt mer än en gång",
        "nl": "'{value}' is meer dan eens gekozen",
    },
    "rank_count": {
        "en": "choose exactly {n}, got {got}",
        "sv": "välj exakt {n}, inte {got}",
        "nl": "kies precies {n}, niet {got}",
    },
    "above_other": {
        "en": "{value} is more than {other} ({other_value})",
        "sv": "{value} är mer än {other} ({other_value})",
        "nl": "{value} is meer dan {other} ({other_value})",
    },
    "required": {
        "en": "an answer is required",
        "sv": "ett svar krävs",
        "nl": "een antwoord is verplicht",
    },
    "unknown_profile": {
        "en": "'{value}' is not a role profile; known: {allowed}",
        "sv": "'{value}' är ingen rollprofil; kända: {allowed}",
        "nl": "'{value}' is geen rolprofiel; bekend: {allowed}",
    },
    "bad_json": {
        "en": "not valid JSON (line {line}, column {column}): {detail}",
        "sv": "inte giltig JSON (rad {line}, kolumn {column}): {detail}",
        "nl": "geen geldige JSON (regel {line}, kolom {column}): {detail}",
    },
    "bad_encoding": {
        "en": "not a UTF-8 text file",
        "sv": "ingen UTF-8-textfil",
        "nl": "geen UTF-8-tekstbestand",
    },
    "unreadable": {
        "en": "cannot be read: {detail}",
        "sv": "kan inte läsas: {detail}",
        "nl": "kan niet worden gelezen: {detail}",
    },
    "bad_field": {
        "en": "{detail}",
        "sv": "{detail}",
        "nl": "{detail}",
    },
    "retired_question": {
        "en": "no longer asked; the answer is ignored",
        "sv": "frågan ställs inte längre; svaret används inte",
        "nl": "deze vraag wordt niet meer gesteld; het antwoord wordt genegeerd",
    },
    "not_regular": {
        "en": "not a regular file (a {kind})",
        "sv": "ingen vanlig fil ({kind})",
        "nl": "geen gewoon bestand ({kind})",
    },
    "too_large": {
        "en": "larger than {limit}, the most this file type may be",
        "sv": "större än {limit}, det största den här filtypen får vara",
        "nl": "groter dan {limit}, het maximum voor dit soort bestand",
    },
    "duplicate_key": {
        "en": "the key '{key}' appears twice in one object",
        "sv": "nyckeln '{key}' förekommer två gånger i samma objekt",
        "nl": "de sleutel '{key}' komt twee keer voor in één object",
    },
    "number_too_long": {
        "en": "a number with more than {max} characters or too large to hold",
        "sv": "ett tal med fler än {max} tecken eller för stort",
        "nl": "een getal met meer dan {max} tekens of te groot",
    },
    "not_a_number": {
        "en": "{value} is not a number JSON allows",
        "sv": "{value} är inget tal som JSON tillåter",
        "nl": "{value} is geen getal dat JSON toestaat",
    },
    "too_deep": {
        "en": "nested more than {max} levels deep",
        "sv": "nästlad i mer än {max} nivåer",
        "nl": "meer dan {max} niveaus diep genest",
    },
    "too_many_nodes": {
        "en": "more than {max} values once aliases are expanded",
        "sv": "fler än {max} värden när alias har expanderats",
        "nl": "meer dan {max} waarden als aliassen zijn uitgeschreven",
    },
    "bad_text": {
        "en": "text holds {char}, which is not a character (a lone surrogate)",
        "sv": "texten innehåller {char}, som inte är ett tecken (ett ensamt surrogat)",
        "nl": "de tekst bevat {char}, dat geen teken is (een los surrogaat)",
    },
    "too_many_decimals": {
        "en": "{value} has more decimals than the question allows ({decimals})",
        "sv": "{value} har fler decimaler än frågan tillåter ({decimals})",
        "nl": "{value} heeft meer decimalen dan de vraag toestaat ({decimals})",
    },
    "unsupported_version": {
        "en": "file format version {value} is not supported (this app reads version {supported})",
        "sv": "filformatets version {value} stöds inte (appen läser version {supported})",
        "nl": "bestandsversie {value} wordt niet ondersteund (deze app leest versie {supported})",
    },
}

TYPE_NAMES: dict[str, dict[Language, str]] = {
    "number": {"en": "a number", "sv": "ett tal", "nl": "een getal"},
    "text": {"en": "a text", "sv": "en text", "nl": "een tekst"},
    "choice": {"en": "one option id", "sv": "ett alternativ-id", "nl": "één optie-id"},
    "list": {
        "en": "a list of option ids",
        "sv": "en lista med alternativ-id",
        "nl": "een lijst met optie-ids",
    },
    "likert": {"en": "a whole number 1–5", "sv": "ett heltal 1–5", "nl": "een geheel getal 1–5"},
    "object": {"en": "an object", "sv": "ett objekt", "nl": "een object"},
}

KIND_NAMES: dict[str, dict[Language, str]] = {
    "folder": {"en": "folder", "sv": "en mapp", "nl": "een map"},
    "pipe": {"en": "pipe", "sv": "en pipe", "nl": "een pipe"},
    "socket": {"en": "socket", "sv": "en socket", "nl": "een socket"},
    "device": {"en": "device", "sv": "en enhet", "nl": "een apparaat"},
    "special": {"en": "special file", "sv": "en specialfil", "nl": "een speciaal bestand"},
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


@dataclass(frozen=True)
class Problem:
    """What is wrong, where: `where` is a question id or a key path inside the file."""

    code: str
    where: str
    params: dict[str, object] = field(default_factory=dict)

    def message(self, lang: Language = "en") -> str:
        params = {k: self._param(k, v, lang) for k, v in self.params.items()}
        return MESSAGES[self.code][lang].format(**params)

    @staticmethod
    def _param(key: str, value: object, lang: Language) -> object:
        if key == "expected" and str(value) in TYPE_NAMES:
            return TYPE_NAMES[str(value)][lang]
        if key == "kind" and str(value) in KIND_NAMES:
            return KIND_NAMES[str(value)][lang]
        if key in _LIST_PARAMS or isinstance(value, int | float):
            return value
        return shown(value)

    def render(self, source: str, lang: Language = "en") -> str:
        """One line: file, question id (or key), reason."""
        where = f"{shown(self.where)}: " if self.where else ""
        return f"{shown_path(source)}: {where}{self.message(lang)}"
