"""The client store's error codes with their (English) messages, and the error that carries them."""

from __future__ import annotations

from app.domain.os_reasons import OsReason
from app.domain.problems import Problem, shown, shown_path
from app.domain.text import Language
from app.i18n import N_, translator

MESSAGES: dict[str, str] = {
    "not_sqlite": N_("not a client database (not an SQLite file); it was left as it is"),
    "not_store": N_("an SQLite file, but not a client store; it was left as it is"),
    "damaged": N_("the client database is damaged ({detail}); it was left as it is"),
    "integrity": N_("the client database failed its integrity check ({detail}); it was left as it is"),
    "newer": N_(
        "made by a newer version of smm-career (schema {found}, this one reads up to {known}); it was left as it is"
    ),
    "no_folder": N_("cannot create the data folder: {detail}"),
    "empty_note": N_("a note needs text; nothing was added"),
    "not_a_folder": N_("not a folder, so it cannot hold the client data; nothing was changed"),
    "migration_broken": N_(
        "cannot upgrade from schema {found}: {detail} rows break foreign keys; the backup is in {backup}"
    ),
    "erase_pending": N_(
        "client {id} is removed from the list, but another program holds the client database open, so the erasure is not finished; close that program and run 'smm-career clients delete {id}' again (the next start also finishes it)"
    ),
    "journal_unreadable": N_(
        "the list of unfinished erasures cannot be read ({detail}); it was left as it is and no erasure was resumed from it"
    ),
    "journal_not_list": N_(
        "the list of unfinished erasures is not a JSON list of client ids; it was left as it is and no erasure was resumed from it"
    ),
    "journal_entries": N_(
        "entries that are not client ids were skipped and dropped from the list of unfinished erasures (the first: '{first}'; {n} in all); the valid ones were resumed"
    ),
    "locked": N_(
        "another program is writing to the client database; nothing was changed, try again when it is done"
    ),
    "disk_full": N_(
        "the disk is full; nothing was changed (the client database is as it was); free some space and try again"
    ),
    "read_only": N_("cannot be written (a read-only file or folder); nothing was changed"),
    "no_access": N_("no permission to read or write it; nothing was changed"),
    "schema_changed": N_(
        "the client database's tables were changed outside smm-career ({detail}); it was left as it is"
    ),
    "bad_row": N_(
        "{what} holds '{value}', which smm-career does not write; the client database was changed outside smm-career and was left as it is"
    ),
    "cannot_use": N_("cannot be used: {detail}; nothing was changed"),
    "empty_file": N_(
        "an empty file (0 bytes), not a client database; it was left as it is (move it away if it is not needed; the store is then made anew)"
    ),
    "network_fs": N_(
        "the data folder is on a network drive ({fs}); SQLite can corrupt the client database there, so it was not opened. Keep the data folder on this computer's own disk (the default folder, or --data-dir with a local folder) and use 'smm-career clients backup' to put a copy on the network drive"
    ),
    "not_sealed": N_(
        "{what} is not sealed with this store's key, as smm-career writes it; the client database was changed outside smm-career and was left as it is"
    ),
    "wrong_passphrase": N_("wrong passphrase for the client store; nothing was changed"),
    "weak_passphrase": N_(
        "a passphrase needs at least {min} characters (at most {max}); nothing was changed"
    ),
    "not_encrypted": N_(
        "a client store from before encryption, not a backup made by 'smm-career clients backup'; it was left as it is and nothing was restored"
    ),
    "in_use": N_(
        "another program has the client store open; close it (smm-career windows included) and try again; nothing was changed"
    ),
    "replaced": N_(
        "was replaced by another program (a restored backup?) after it was opened here; open it again; nothing was changed"
    ),
    "backups_link": N_(
        "is a symbolic link, not the app's own folder: no copy of the store is written through it; nothing was changed"
    ),
    "store_link": N_(
        "is a symbolic link; the client store must be a file of its own in the data folder; nothing was read or changed"
    ),
    "bad_day": N_(
        "{day} is not a possible day: it must be between {earliest} and today; nothing was changed"
    ),
    "backup_inside": N_(
        "is inside the data folder; keep backups elsewhere (another disk, a USB stick), where erasing a client cannot leave them behind; nothing was written"
    ),
    "not_replaced": N_(
        "exists and is not a client store backup; it was not overwritten (choose another name)"
    ),
    "needs_name": N_("a client needs a name"),
    "control_char": N_(
        "{field} holds a control character ({char}) that cannot be printed; nothing was changed"
    ),
    "field_too_long": N_("{field} may be at most {max} characters"),
    "notes_too_long": N_("notes may be at most {notes} characters, a note per gap at most {gap}"),
    "no_client": N_("no client with id {id}"),
    "no_assessment": N_("no assessment with id {id}"),
    "no_note": N_("no note with id {id}"),
    "note_conflict": N_(
        "note {id} was changed elsewhere since it was opened; nothing was overwritten (both texts are kept for you to choose)"
    ),
    "erase_pending_assessment": N_(
        "assessment {id} is deleted, but another program holds the client database open, so its data may remain in the file for now; close that program: the next erasure clears it"
    ),
    "no_answers": N_("holds no answers; nothing was imported"),
    "duplicate": N_(
        "the same assessment is already stored (client {client}, assessment {assessment}); nothing was imported"
    ),
    "same_client": N_("assessment {assessment} already belongs to client {client}"),
    "not_clients_assessment": N_("assessment {assessment} does not belong to client {client}"),
    "bad_retention": N_("the retention must be a whole number of months from 1 to {max}"),
    "bad_export": N_("a client export that smm-career cannot read ({detail}); nothing was imported"),
}


FIELDS: dict[str, str] = {
    "name": N_("the name"),
    "email": N_("the e-mail address"),
    "phone": N_("the phone number"),
    "note": N_("the note"),
    "author": N_("the note's author"),
    "counsellor_name": N_("the counsellor's name"),
}
"""The fields a `control_char` refusal names."""


class StoreError(Exception):
    """The store cannot be used or a request does not fit it; `str()` is one English line,
    `message(lang)` the same line in the reader's language."""

    def __init__(self, code: str, where: object = None, **params: object):
        self.code = code
        self.where = where
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: Language = "en") -> str:
        _ = translator(lang)
        params = {
            k: shown(" ".join((v.message(lang) if isinstance(v, (OsReason, Problem)) else str(v)).split()))
            for k, v in self.params.items()
        }
        if self.code in ("control_char", "field_too_long"):
            params["field"] = _(FIELDS[str(self.params["field"])])
        text = _(MESSAGES[self.code], **params)
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
