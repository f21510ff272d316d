"""What the client store hands out (a client's summary, one assessment) and the checks of
what goes in and comes out of its rows: a row the app did not write is a StoreError, never a
traceback."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from app.domain.answers import AnswerFile, CounsellorNotes
from app.storage.client_messages import StoreError
from app.storage.input_files import InputError, load_json

FIELD_MAX = 200
"""Longest name, e-mail or phone (the answer file's respondent name has the same limit)."""
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


@dataclass(frozen=True)
class Assessment:
    id: int
    client_id: int
    taken_at: dt.datetime
    answer_data: dict[str, Any]
    """The answer file's JSON as imported (without counsellor notes)."""
    notes: str = ""
    gap_notes: dict[str, str] = field(default_factory=dict)
    next_meeting: dt.date | None = None

    def answer_file(self) -> AnswerFile:
        """The answer file with this assessment's counsellor notes, ready for the report."""
        answer_file = AnswerFile.model_validate(self.answer_data)  # checked when read (`row_answers`)
        answer_file.counsellor = CounsellorNotes(
            notes=self.notes, gap_notes=dict(self.gap_notes), next_meeting=self.next_meeting
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


def check_client_fields(name: str, email: str, phone: str) -> str:
    """The stripped name, or StoreError when a field is empty or too long."""
    name = name.strip()
    if not name:
        raise StoreError("needs_name")
    if max(len(name), len(email.strip()), len(phone.strip())) > FIELD_MAX:
        raise StoreError("field_too_long", max=FIELD_MAX)
    return name
