"""The client store's error messages in Swedish, Dutch and English, and the error that carries them."""

from __future__ import annotations

from app.domain.text import Language

MESSAGES: dict[str, dict[Language, str]] = {
    "unreadable": {
        "en": "cannot be read: {detail}",
        "sv": "kan inte läsas: {detail}",
        "nl": "kan niet worden gelezen: {detail}",
    },
    "not_sqlite": {
        "en": "not a client database (not an SQLite file); it was left as it is",
        "sv": "ingen klientdatabas (ingen SQLite-fil); filen lämnades orörd",
        "nl": "geen cliëntendatabase (geen SQLite-bestand); het bestand is ongewijzigd gelaten",
    },
    "not_store": {
        "en": "an SQLite file, but not a client store; it was left as it is",
        "sv": "en SQLite-fil, men ingen klientdatabas; filen lämnades orörd",
        "nl": "een SQLite-bestand, maar geen cliëntendatabase; het bestand is ongewijzigd gelaten",
    },
    "damaged": {
        "en": "the client database is damaged ({detail}); it was left as it is",
        "sv": "klientdatabasen är skadad ({detail}); filen lämnades orörd",
        "nl": "de cliëntendatabase is beschadigd ({detail}); het bestand is ongewijzigd gelaten",
    },
    "integrity": {
        "en": "the client database failed its integrity check ({detail}); it was left as it is",
        "sv": "klientdatabasen klarade inte integritetskontrollen ({detail}); filen lämnades orörd",
        "nl": "de cliëntendatabase faalde de integriteitscontrole ({detail}); "
        "het bestand is ongewijzigd gelaten",
    },
    "newer": {
        "en": "made by a newer version of smm-career (schema {found}, this one reads up to {known}); "
        "it was left as it is",
        "sv": "skapad av en nyare version av smm-career (schema {found}, den här läser upp till {known}); "
        "filen lämnades orörd",
        "nl": "gemaakt door een nieuwere versie van smm-career (schema {found}, deze leest tot {known}); "
        "het bestand is ongewijzigd gelaten",
    },
    "cannot_open": {
        "en": "cannot be opened: {detail}",
        "sv": "kan inte öppnas: {detail}",
        "nl": "kan niet worden geopend: {detail}",
    },
    "no_folder": {
        "en": "cannot create the data folder: {detail}",
        "sv": "kan inte skapa datamappen: {detail}",
        "nl": "kan de gegevensmap niet aanmaken: {detail}",
    },
    "migration_broken": {
        "en": "cannot upgrade from schema {found}: {detail} rows break foreign keys; "
        "the backup is in {backup}",
        "sv": "kan inte uppgradera från schema {found}: {detail} rader bryter främmande nycklar; "
        "säkerhetskopian finns i {backup}",
        "nl": "kan niet bijwerken vanaf schema {found}: {detail} rijen breken vreemde sleutels; "
        "de reservekopie staat in {backup}",
    },
    "busy": {
        "en": "another program holds the client database open; close it and erase again",
        "sv": "ett annat program har klientdatabasen öppen; stäng det och radera igen",
        "nl": "een ander programma heeft de cliëntendatabase open; sluit het en wis opnieuw",
    },
    "needs_name": {
        "en": "a client needs a name",
        "sv": "en klient behöver ett namn",
        "nl": "een cliënt heeft een naam nodig",
    },
    "field_too_long": {
        "en": "a name, e-mail or phone may be at most {max} characters",
        "sv": "namn, e-post och telefon får vara högst {max} tecken",
        "nl": "naam, e-mail of telefoon mag maximaal {max} tekens zijn",
    },
    "notes_too_long": {
        "en": "notes may be at most {notes} characters, a note per gap at most {gap}",
        "sv": "anteckningar får vara högst {notes} tecken, en anteckning per lucka högst {gap}",
        "nl": "notities mogen maximaal {notes} tekens zijn, een notitie per tekort maximaal {gap}",
    },
    "no_client": {
        "en": "no client with id {id}",
        "sv": "ingen klient med id {id}",
        "nl": "geen cliënt met id {id}",
    },
    "no_assessment": {
        "en": "no assessment with id {id}",
        "sv": "ingen kartläggning med id {id}",
        "nl": "geen vragenlijst met id {id}",
    },
}


class StoreError(Exception):
    """The store cannot be used or a request does not fit it; `str()` is one English line,
    `message(lang)` the same line in the reader's language."""

    def __init__(self, code: str, where: object = None, **params: object):
        self.code = code
        self.where = where
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: Language = "en") -> str:
        params = {k: " ".join(str(v).split()) for k, v in self.params.items()}
        text = MESSAGES[self.code][lang].format(**params)
        return f"{self.where}: {text}" if self.where is not None else text


class UnknownClient(StoreError):
    def __init__(self, client_id: int):
        super().__init__("no_client", id=client_id)
        self.client_id = client_id


class UnknownAssessment(StoreError):
    def __init__(self, assessment_id: int):
        super().__init__("no_assessment", id=assessment_id)
