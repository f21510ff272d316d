"""The client store's error messages in Swedish, Dutch and English, and the error that carries them."""

from __future__ import annotations

from app.domain.problems import shown, shown_path
from app.domain.text import Language

MESSAGES: dict[str, dict[Language, str]] = {
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
    "erase_pending": {
        "en": "client {id} is removed from the list, but another program holds the client database open, "
        "so the erasure is not finished; close that program and run 'smm-career clients delete {id}' "
        "again (the next start also finishes it)",
        "sv": "klient {id} är borttagen ur listan, men ett annat program har klientdatabasen öppen, "
        "så raderingen är inte klar; stäng det programmet och kör 'smm-career clients delete {id}' "
        "igen (nästa start gör den också klar)",
        "nl": "cliënt {id} is uit de lijst verwijderd, maar een ander programma heeft de cliëntendatabase "
        "open, dus het wissen is niet af; sluit dat programma en voer 'smm-career clients delete {id}' "
        "opnieuw uit (de volgende start maakt het ook af)",
    },
    "journal_unreadable": {
        "en": "the list of unfinished erasures cannot be read ({detail}); it was left as it is "
        "and no erasure was resumed from it",
        "sv": "listan över ofullbordade raderingar kan inte läsas ({detail}); den lämnades orörd "
        "och ingen radering återupptogs från den",
        "nl": "de lijst van onvoltooide wisacties kan niet worden gelezen ({detail}); hij is ongewijzigd "
        "gelaten en er is geen wisactie uit hervat",
    },
    "journal_entries": {
        "en": "entries that are not client ids were skipped and dropped from the list of unfinished "
        "erasures (the first: '{first}'; {n} in all); the valid ones were resumed",
        "sv": "poster som inte är klient-id hoppades över och togs bort ur listan över ofullbordade "
        "raderingar (den första: '{first}'; {n} totalt); de giltiga återupptogs",
        "nl": "items die geen cliënt-id zijn, zijn overgeslagen en uit de lijst van onvoltooide "
        "wisacties gehaald (het eerste: '{first}'; {n} in totaal); de geldige zijn hervat",
    },
    "locked": {
        "en": "another program is writing to the client database; nothing was changed, try again "
        "when it is done",
        "sv": "ett annat program skriver i klientdatabasen; inget ändrades, försök igen när det är klart",
        "nl": "een ander programma schrijft in de cliëntendatabase; er is niets gewijzigd, "
        "probeer het opnieuw als het klaar is",
    },
    "disk_full": {
        "en": "the disk is full; nothing was changed (the client database is as it was); "
        "free some space and try again",
        "sv": "disken är full; inget ändrades (klientdatabasen är som den var); "
        "frigör utrymme och försök igen",
        "nl": "de schijf is vol; er is niets gewijzigd (de cliëntendatabase is zoals hij was); "
        "maak ruimte vrij en probeer het opnieuw",
    },
    "read_only": {
        "en": "cannot be written (a read-only file or folder); nothing was changed",
        "sv": "kan inte skrivas (en skrivskyddad fil eller mapp); inget ändrades",
        "nl": "kan niet worden geschreven (een alleen-lezen bestand of map); er is niets gewijzigd",
    },
    "no_access": {
        "en": "no permission to read or write it; nothing was changed",
        "sv": "saknar behörighet att läsa eller skriva den; inget ändrades",
        "nl": "geen toestemming om het te lezen of te schrijven; er is niets gewijzigd",
    },
    "schema_changed": {
        "en": "the client database's tables were changed outside smm-career ({detail}); it was left as it is",
        "sv": "klientdatabasens tabeller har ändrats utanför smm-career ({detail}); filen lämnades orörd",
        "nl": "de tabellen van de cliëntendatabase zijn buiten smm-career gewijzigd ({detail}); "
        "het bestand is ongewijzigd gelaten",
    },
    "bad_row": {
        "en": "{what} holds '{value}', which smm-career does not write; the client database was "
        "changed outside smm-career and was left as it is",
        "sv": "{what} innehåller '{value}', som smm-career inte skriver; klientdatabasen har ändrats "
        "utanför smm-career och lämnades orörd",
        "nl": "{what} bevat '{value}', wat smm-career niet schrijft; de cliëntendatabase is buiten "
        "smm-career gewijzigd en ongewijzigd gelaten",
    },
    "cannot_use": {
        "en": "cannot be used: {detail}; nothing was changed",
        "sv": "kan inte användas: {detail}; inget ändrades",
        "nl": "kan niet worden gebruikt: {detail}; er is niets gewijzigd",
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
    "no_note": {
        "en": "no note with id {id}",
        "sv": "ingen anteckning med id {id}",
        "nl": "geen notitie met id {id}",
    },
    "note_conflict": {
        "en": "note {id} was changed elsewhere since it was opened; nothing was overwritten "
        "(both texts are kept for you to choose)",
        "sv": "anteckning {id} har ändrats på annat håll sedan den öppnades; inget skrevs över "
        "(båda texterna finns kvar så att du kan välja)",
        "nl": "notitie {id} is elders gewijzigd sinds hij werd geopend; er is niets overschreven "
        "(beide teksten blijven bewaard zodat u kunt kiezen)",
    },
    "erase_pending_assessment": {
        "en": "assessment {id} is deleted, but another program holds the client database open, so its "
        "data may remain in the file for now; close that program: the next erasure clears it",
        "sv": "kartläggning {id} är borttagen, men ett annat program har klientdatabasen öppen, så dess "
        "uppgifter kan finnas kvar i filen tills vidare; stäng det programmet: nästa radering rensar dem",
        "nl": "vragenlijst {id} is verwijderd, maar een ander programma heeft de cliëntendatabase open, "
        "dus de gegevens kunnen voorlopig in het bestand blijven; sluit dat programma: de volgende "
        "wisactie ruimt ze op",
    },
    "no_answers": {
        "en": "holds no answers; nothing was imported",
        "sv": "innehåller inga svar; inget importerades",
        "nl": "bevat geen antwoorden; er is niets geïmporteerd",
    },
    "duplicate": {
        "en": "the same assessment is already stored (client {client}, assessment {assessment}); "
        "nothing was imported",
        "sv": "samma kartläggning finns redan (klient {client}, kartläggning {assessment}); "
        "inget importerades",
        "nl": "dezelfde vragenlijst is al opgeslagen (cliënt {client}, vragenlijst {assessment}); "
        "er is niets geïmporteerd",
    },
    "same_client": {
        "en": "assessment {assessment} already belongs to client {client}",
        "sv": "kartläggning {assessment} hör redan till klient {client}",
        "nl": "vragenlijst {assessment} hoort al bij cliënt {client}",
    },
    "not_clients_assessment": {
        "en": "assessment {assessment} does not belong to client {client}",
        "sv": "kartläggning {assessment} hör inte till klient {client}",
        "nl": "vragenlijst {assessment} hoort niet bij cliënt {client}",
    },
    "bad_retention": {
        "en": "the retention must be a whole number of months from 1 to {max}",
        "sv": "lagringstiden måste vara ett helt antal månader från 1 till {max}",
        "nl": "de bewaartermijn moet een heel aantal maanden van 1 tot {max} zijn",
    },
    "bad_export": {
        "en": "a client export that smm-career cannot read ({detail}); nothing was imported",
        "sv": "en klientexport som smm-career inte kan läsa ({detail}); inget importerades",
        "nl": "een cliëntexport die smm-career niet kan lezen ({detail}); er is niets geïmporteerd",
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
        params = {k: shown(" ".join(str(v).split())) for k, v in self.params.items()}
        text = MESSAGES[self.code][lang].format(**params)
        return f"{shown_path(self.where)}: {text}" if self.where is not None else text


class UnknownClient(StoreError):
    def __init__(self, client_id: int):
        super().__init__("no_client", id=client_id)
        self.client_id = client_id


class UnknownAssessment(StoreError):
    def __init__(self, assessment_id: int):
        super().__init__("no_assessment", id=assessment_id)


class NoteConflict(StoreError):
    """A note was saved elsewhere after it was read: nothing was overwritten; both texts go
    back to the user to choose."""

    def __init__(self, note_id: int, *, mine: str, theirs: str, revision: int):
        super().__init__("note_conflict", id=note_id)
        self.note_id, self.mine, self.theirs, self.revision = note_id, mine, theirs, revision
