"""What the client store hands out (a client's summary, one assessment) and the checks of
what goes in and comes out of its rows: a row the app did not write is a StoreError, never a
traceback."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import ValidationError

from app.domain.answers import NAME_MAX, AnswerFile, CounsellorNotes
from app.domain.controls import code_point, first_control
from app.storage.client_messages import StoreError
from app.storage.input_files import InputError, load_json

FIELD_MAX = 200
"""Longest name, e-mail or phone (the answer file's respondent name has the same limit)."""
EARLIEST_DAY = dt.date(2000, 1, 1)
"""No assessment or consent of this app's clients is older."""
NOTES_MAX, GAP_NOTE_MAX = 20_000, 5_000
"""CounsellorNotes' limits, repeated for the message."""


@dataclass(frozen=True)
class ClientSummary:
    id: int
    name: str
    email: str
    phone: str
    created_at: dt.datetime
    assessments: int
    last_assessment: dt.datetime | None
    next_meeting: dt.date | None
    """The next meeting noted at the latest assessment that has one."""
    consent_at: dt.date | None = None
    """When the client's consent to keeping these records was recorded."""


Origin = Literal["counsellor", "imported"]
ORIGINS: tuple[Origin, ...] = ("counsellor", "imported")


@dataclass(frozen=True)
class Note:
    """One note on an assessment. `competency` is '' for a general note, else the gap it is
    about. `origin` is `imported` for notes that came inside an answer file: they are kept and
    exported but never printed as the counsellor's. `revision` grows with every save, so a save
    based on an older text is told (`update_note`'s `expected_revision`)."""

    id: int
    assessment_id: int
    text: str
    internal: bool
    author: str
    origin: Origin
    updated_at: dt.datetime
    revision: int
    competency: str = ""

    @property
    def visibility(self) -> Literal["shared", "internal"]:
        return "internal" if self.internal else "shared"

    @property
    def printable(self) -> bool:
        """Whether a PDF may print it: shared and written by the counsellor."""
        return not self.internal and self.origin == "counsellor"


@dataclass(frozen=True)
class Assessment:
    id: int
    client_id: int
    taken_at: dt.datetime
    answer_data: dict[str, Any]
    """The answer file's JSON as imported (without counsellor notes)."""
    note_rows: tuple[Note, ...] = ()
    """Every note, oldest first."""
    next_meeting: dt.date | None = None
    status: Literal["complete", "unfinished"] = "unfinished"

    @property
    def session_note(self) -> Note | None:
        """The note the counsellor view edits: the first shared general note by the counsellor."""
        return next((n for n in self.note_rows if n.printable and not n.competency), None)

    @property
    def notes(self) -> str:
        note = self.session_note
        return note.text if note else ""

    @property
    def gap_notes(self) -> dict[str, str]:
        """The counsellor's shared note per gap."""
        return {n.competency: n.text for n in self.note_rows if n.printable and n.competency}

    def answer_file(self, author: str = "") -> AnswerFile:
        """The answer file with the notes a PDF may print (shared, by a counsellor), ready for the
        report; internal and imported notes stay out. The notes are signed by the names they were
        saved under (a client moved from another counsellor's store keeps that counsellor's
        name); `author`, the counsellor now, signs only notes saved before any name was set."""
        answer_file = AnswerFile.model_validate(self.answer_data)
        printed = [n for n in self.note_rows if n.printable]
        general = [n.text for n in printed if not n.competency]
        names = list(dict.fromkeys(n.author.strip() for n in printed if n.author.strip()))
        answer_file.counsellor = CounsellorNotes(
            notes="\n\n".join(general)[:NOTES_MAX],
            gap_notes=self.gap_notes,
            next_meeting=self.next_meeting,
            author=(", ".join(names) or author)[:NAME_MAX],
        )
        return answer_file


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def iso(moment: dt.datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.isoformat()


def row_date(text: str | None, what: str = "a date") -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except (TypeError, ValueError):
        raise StoreError("bad_row", what=what, value=text) from None


def row_time(text: object, what: str) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(text)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise StoreError("bad_row", what=what, value=text) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def row_answers(text: object, what: str) -> dict[str, Any]:
    """An assessment's stored answer file: a JSON object that `AnswerFile` accepts (the store
    writes no other), so every reader of an assessment can build its answer file."""
    try:
        data = load_json(str(text).encode("utf-8", "surrogatepass"))
        AnswerFile.model_validate(data)
    except (InputError, ValidationError):
        raise StoreError("bad_row", what=what, value=text) from None
    assert isinstance(data, dict)  # AnswerFile validates only an object
    return data


def check_client_fields(name: str, email: str, phone: str, *, name_field: str = "name") -> str:
    """The stripped name, or StoreError when a field is empty, too long or holds a control
    character."""
    name = name.strip()
    if not name:
        raise StoreError("needs_name")
    for field, text in ((name_field, name), ("email", email.strip()), ("phone", phone.strip())):
        if len(text) > FIELD_MAX:
            raise StoreError("field_too_long", field=field, max=FIELD_MAX)
    for field, text in ((name_field, name), ("email", email), ("phone", phone)):
        check_typed(text, field)
    return name


def check_typed(text: str, field: str, *, multiline: bool = False) -> str:
    """`text`, or StoreError naming `field` when it holds a control character (see
    `app.domain.controls`: refused where text comes in, so it never prints)."""
    char = first_control(text, multiline=multiline)
    if char is not None:
        raise StoreError("control_char", field=field, char=code_point(char))
    return text
