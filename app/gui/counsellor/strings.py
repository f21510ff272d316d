"""The counsellor view's own sentences in Swedish, Dutch and English.

Kept as data beside the view (like the report's strings) so every label exists in all
three languages; `tr("key")` picks the current UI language.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

from app.domain.text import Language
from app.gui.i18n import current_language

STRINGS: dict[str, dict[Language, str]] = {
    "title": {"en": "Counsellor mode", "sv": "Vägledarläge", "nl": "Modus voor loopbaanbegeleiders"},
    "back": {"en": "← Start page", "sv": "← Startsidan", "nl": "← Startpagina"},
    "search": {
        "en": "Search by name, e-mail or phone…",
        "sv": "Sök på namn, e-post eller telefon…",
        "nl": "Zoek op naam, e-mail of telefoon…",
    },
    "clients_count": {
        "en": "{shown} of {total} clients",
        "sv": "{shown} av {total} klienter",
        "nl": "{shown} van {total} cliënten",
    },
    "col_name": {"en": "Name", "sv": "Namn", "nl": "Naam"},
    "col_assessments": {"en": "Assessments", "sv": "Kartläggningar", "nl": "Vragenlijsten"},
    "col_last": {"en": "Last assessment", "sv": "Senaste kartläggning", "nl": "Laatste vragenlijst"},
    "col_next": {"en": "Next meeting", "sv": "Nästa möte", "nl": "Volgende afspraak"},
    "new_client": {"en": "New client…", "sv": "Ny klient…", "nl": "Nieuwe cliënt…"},
    "new_client_title": {"en": "New client", "sv": "Ny klient", "nl": "Nieuwe cliënt"},
    "name": {"en": "Name", "sv": "Namn", "nl": "Naam"},
    "email": {"en": "E-mail (optional)", "sv": "E-post (valfritt)", "nl": "E-mail (optioneel)"},
    "phone": {"en": "Phone (optional)", "sv": "Telefon (valfritt)", "nl": "Telefoon (optioneel)"},
    "erase": {"en": "Erase client…", "sv": "Radera klient…", "nl": "Cliënt wissen…"},
    "erase_title": {"en": "Erase client", "sv": "Radera klient", "nl": "Cliënt wissen"},
    "erase_question": {
        "en": "Erase {name} and all {n} assessment(s), notes and unfinished answers? "
        "Nothing about this client will be left on this computer. This cannot be undone.",
        "sv": "Radera {name} och alla {n} kartläggning(ar), anteckningar och osparade svar? "
        "Inget om klienten finns kvar på datorn. Det går inte att ångra.",
        "nl": "{name} en alle {n} vragenlijst(en), notities en onafgemaakte antwoorden wissen? "
        "Er blijft niets over deze cliënt op deze computer achter. Dit kan niet ongedaan worden gemaakt.",
    },
    "erased": {"en": "{name} was erased.", "sv": "{name} har raderats.", "nl": "{name} is gewist."},
    "export": {
        "en": "Export data (JSON)…",
        "sv": "Exportera data (JSON)…",
        "nl": "Gegevens exporteren (JSON)…",
    },
    "exported": {"en": "Saved {path}", "sv": "Sparade {path}", "nl": "{path} opgeslagen"},
    "report": {
        "en": "Progress report (PDF)…",
        "sv": "Framstegsrapport (PDF)…",
        "nl": "Voortgangsrapport (pdf)…",
    },
    "report_done": {"en": "Wrote {path}", "sv": "Skrev {path}", "nl": "{path} geschreven"},
    "new_assessment": {"en": "New assessment", "sv": "Ny kartläggning", "nl": "Nieuwe vragenlijst"},
    "continue_assessment": {
        "en": "Continue selected",
        "sv": "Fortsätt med den valda",
        "nl": "Verder met de gekozen vragenlijst",
    },
    "no_client": {
        "en": "Choose a client on the left, or add a new one.",
        "sv": "Välj en klient till vänster eller lägg till en ny.",
        "nl": "Kies links een cliënt of voeg een nieuwe toe.",
    },
    "client_since": {"en": "client since {date}", "sv": "klient sedan {date}", "nl": "cliënt sinds {date}"},
    "tab_sessions": {"en": "Assessments", "sv": "Kartläggningar", "nl": "Vragenlijsten"},
    "tab_notes": {"en": "Notes", "sv": "Anteckningar", "nl": "Notities"},
    "tab_progress": {"en": "Progress", "sv": "Framsteg", "nl": "Voortgang"},
    "col_date": {"en": "Date", "sv": "Datum", "nl": "Datum"},
    "col_readiness": {"en": "Readiness", "sv": "Redo för målrollen", "nl": "Klaar voor de doelrol"},
    "col_role": {"en": "Target role", "sv": "Målroll", "nl": "Doelrol"},
    "col_notes": {"en": "Notes", "sv": "Anteckningar", "nl": "Notities"},
    "unfinished": {"en": "unfinished", "sv": "ej klar", "nl": "onvolledig"},
    "notes_for": {
        "en": "Notes for the assessment of {date}",
        "sv": "Anteckningar för kartläggningen {date}",
        "nl": "Notities bij de vragenlijst van {date}",
    },
    "no_assessment": {
        "en": "This client has no assessment yet. Start one with “New assessment”.",
        "sv": "Klienten har ingen kartläggning ännu. Starta en med ”Ny kartläggning”.",
        "nl": "Deze cliënt heeft nog geen vragenlijst. Begin er een met ‘Nieuwe vragenlijst’.",
    },
    "general_notes": {"en": "Session notes", "sv": "Mötesanteckningar", "nl": "Gespreksnotities"},
    "gap_notes": {"en": "Notes per gap", "sv": "Anteckningar per lucka", "nl": "Notities per tekort"},
    "col_competency": {"en": "Competency", "sv": "Kompetens", "nl": "Competentie"},
    "col_gap": {"en": "Gap", "sv": "Lucka", "nl": "Tekort"},
    "col_note": {"en": "Note", "sv": "Anteckning", "nl": "Notitie"},
    "next_meeting": {"en": "Next meeting", "sv": "Nästa möte", "nl": "Volgende afspraak"},
    "save_notes": {"en": "Save notes", "sv": "Spara anteckningar", "nl": "Notities opslaan"},
    "notes_saved": {"en": "Notes saved.", "sv": "Anteckningarna är sparade.", "nl": "Notities opgeslagen."},
    "your_ratings": {"en": "Your ratings…", "sv": "Dina skattningar…", "nl": "Jouw inschattingen…"},
    "ratings_saved": {
        "en": "Your ratings are saved beside the client's.",
        "sv": "Dina skattningar är sparade bredvid klientens.",
        "nl": "Jouw inschattingen zijn opgeslagen naast die van de cliënt.",
    },
    "compare_with": {
        "en": "Compare the latest with",
        "sv": "Jämför den senaste med",
        "nl": "Vergelijk de laatste met",
    },
    "the_first": {
        "en": "the first assessment",
        "sv": "den första kartläggningen",
        "nl": "de eerste vragenlijst",
    },
    "the_previous": {
        "en": "the previous assessment",
        "sv": "den förra kartläggningen",
        "nl": "de vorige vragenlijst",
    },
    "series_latest": {"en": "Latest ({date})", "sv": "Senaste ({date})", "nl": "Laatste ({date})"},
    "series_earlier": {"en": "Earlier ({date})", "sv": "Tidigare ({date})", "nl": "Eerder ({date})"},
    "series_target": {"en": "Target", "sv": "Mål", "nl": "Doel"},
    "col_earlier": {"en": "Then", "sv": "Då", "nl": "Toen"},
    "col_now": {"en": "Now", "sv": "Nu", "nl": "Nu"},
    "col_change": {"en": "Change", "sv": "Förändring", "nl": "Verandering"},
    "col_target": {"en": "Target", "sv": "Mål", "nl": "Doel"},
    "need_two": {
        "en": "Progress appears once the client has two assessments.",
        "sv": "Framstegen visas när klienten har två kartläggningar.",
        "nl": "De voortgang verschijnt zodra de cliënt twee vragenlijsten heeft.",
    },
    "skipped": {
        "en": "Not counted (answers not complete or not valid): {dates}",
        "sv": "Räknas inte (svaren är ofullständiga eller ogiltiga): {dates}",
        "nl": "Niet meegeteld (antwoorden onvolledig of ongeldig): {dates}",
    },
    "readiness_over_time": {
        "en": "Readiness over time",
        "sv": "Redo för målrollen över tid",
        "nl": "Klaar voor de doelrol in de loop van de tijd",
    },
    "store_problem": {
        "en": "The client store cannot be opened: {reason}",
        "sv": "Klientdatabasen kan inte öppnas: {reason}",
        "nl": "De cliëntendatabase kan niet worden geopend: {reason}",
    },
    "cannot_save": {
        "en": "Could not save: {reason}",
        "sv": "Kunde inte spara: {reason}",
        "nl": "Kon niet opslaan: {reason}",
    },
    "working": {"en": "Making the PDF…", "sv": "Skapar PDF…", "nl": "Pdf wordt gemaakt…"},
}


def tr(key: str, lang: Language | None = None, **params: object) -> str:
    text = STRINGS[key][lang or current_language()]
    return text.format(**params) if params else text


def show_date(day: dt.date | None, *, long: bool = False) -> str:
    """A date in the UI language's own format (Qt's locale follows `set_language`)."""
    if day is None:
        return ""
    kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(QDate(day.year, day.month, day.day), kind)
