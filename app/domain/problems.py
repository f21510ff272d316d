"""Coded, located problems: one per broken rule, rendered in the reader's language."""

from __future__ import annotations

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


@dataclass(frozen=True)
class Problem:
    """What is wrong, where: `where` is a question id or a key path inside the file."""

    code: str
    where: str
    params: dict[str, object] = field(default_factory=dict)

    def message(self, lang: Language = "en") -> str:
        params = {
            k: (TYPE_NAMES[str(v)][lang] if k == "expected" and str(v) in TYPE_NAMES else v)
            for k, v in self.params.items()
        }
        return MESSAGES[self.code][lang].format(**params)

    def render(self, source: str, lang: Language = "en") -> str:
        """One line: file, question id (or key), reason."""
        where = f"{self.where}: " if self.where else ""
        return f"{source}: {where}{self.message(lang)}"
