"""The client export (`clients export`): a self-describing file another store can read back.

Format `smm-career-client`, version 2: the client (name, contact, created, consent), every
assessment with its date, status, next meeting and answer file, every note with its
visibility, author and origin, and labels beside ids (each answered question's prompt and each
competency's short name in the client's language) so a reader without the app understands it.
`import_export` reads version 1 and 2 back into a store as a new client; ids are the store's
own, so they differ, and the rest is equal (`tests/test_client_records.py`)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from typing import Any

from pydantic import ValidationError

from app.domain.answers import AnswerFile, describe_json
from app.domain.content import Content
from app.domain.controls import control_problem
from app.domain.problems import Problem
from app.domain.text import LANGUAGES, Language
from app.storage.client_messages import StoreError
from app.storage.client_records import EARLIEST_DAY, FIELD_MAX, GAP_NOTE_MAX, NOTES_MAX, ORIGINS
from app.storage.input_files import ANSWER_FILE_LIMIT

EXPORT_FORMAT = "smm-career-client"
EXPORT_VERSION = 2
EXPORT_FILE_LIMIT = 64 * 1024 * 1024
"""Largest client export `clients import` reads: a client with years of notes must move intact.
Measured: an assessment with every text at its limit (the largest answer file accepted) and ten
full notes exports to 1.46 MB, so 40 of them fit; a usual assessment with notes takes tens of
KB. A 59 MB export (1,550 full notes) imported in 10 s at a peak of 210 MB. An answer file keeps
`ANSWER_FILE_LIMIT`."""
_EXPORT_START = re.compile(rb'\A(?:\xef\xbb\xbf)?\s*\{\s*"format"\s*:\s*"smm-career-client"')


def import_limit(start: bytes) -> int:
    """The size limit for a file to import that starts with `start`: a file `clients export`
    wrote (its first key names the format) may be larger than an answer file."""
    return EXPORT_FILE_LIMIT if _EXPORT_START.match(start) else ANSWER_FILE_LIMIT


def is_export(data: object) -> bool:
    return isinstance(data, dict) and data.get("format") == EXPORT_FORMAT


def labels(content: Content, answer_data: dict[str, Any]) -> dict[str, str]:
    """Question id → its prompt (a competency: its short name) in the answer file's language."""
    if not isinstance(answer_data, dict) or not isinstance(answer_data.get("answers"), dict):
        return {}
    lang: Language = next((x for x in LANGUAGES if x == answer_data.get("language")), "en")
    index = content.questionnaire.index()
    out: dict[str, str] = {}
    for qid in answer_data["answers"]:
        question = index.get(qid)
        if question is not None:
            out[qid] = (question.short or question.prompt).get(lang)
    return out


def check_export(data: dict[str, Any]) -> list[tuple[dict[str, Any], AnswerFile, list[dict[str, Any]]]]:
    """Each assessment of an export as (its record, its checked answer file, its notes);
    StoreError `bad_export` when the file is not one this version reads."""
    if data.get("version") not in (1, EXPORT_VERSION):
        raise StoreError("bad_export", detail=f"version {data.get('version')!r}")
    client = data.get("client")
    assessments = data.get("assessments")
    if (
        not isinstance(client, dict)
        or not isinstance(client.get("name"), str)
        or not isinstance(assessments, list)
    ):
        raise StoreError("bad_export", detail="client" if not isinstance(client, dict) else "assessments")
    out = []
    for n, record in enumerate(assessments):
        try:
            if not isinstance(record, dict):
                raise TypeError
            answer_file = AnswerFile.model_validate(record["answer_file"])
            dt.datetime.fromisoformat(record["taken_at"])
            notes = record.get("notes")
            if isinstance(notes, str):  # version 1: one text and a note per gap, by the counsellor
                notes = [{"text": notes, "visibility": "shared", "author": "", "origin": "counsellor"}] + [
                    {"text": t, "competency": c, "visibility": "shared", "author": "", "origin": "counsellor"}
                    for c, t in dict(record.get("gap_notes") or {}).items()
                ]
            if not isinstance(notes, list) or not all(
                isinstance(x, dict) and isinstance(x.get("text"), str) for x in notes
            ):
                raise TypeError
        except (KeyError, TypeError, ValueError, ValidationError):
            raise StoreError("bad_export", detail=f"assessments[{n}]") from None
        out.append((record, answer_file, [x for x in notes if x["text"].strip()]))
    return out


def export_problems(data: dict[str, Any], competency_ids: Collection[str]) -> list[Problem]:
    """Every field of an export but its answer files (`parse_answer_data` checks those) against
    the rules the store keeps when a counsellor types them, as located problems: an export that
    imports must read back, print and be editable like any client (none when it can be imported)."""
    client = data.get("client")
    if not isinstance(client, dict):
        return [_wrong("client", client, "object")]
    problems = _text(client, "name", "client", FIELD_MAX, required=True)
    for key in ("email", "phone"):
        problems += _text(client, key, "client", FIELD_MAX)
    problems += _moment(client, "created_at", "client")
    problems += _day(client, "consent_at", "client", past=True)
    assessments = data.get("assessments")
    if not isinstance(assessments, list):
        return [*problems, _wrong("assessments", assessments, "list")]
    for n, record in enumerate(assessments):
        where = f"assessments[{n}]"
        if not isinstance(record, dict):
            problems.append(_wrong(where, record, "object"))
            continue
        problems += _moment(record, "taken_at", where, required=True)
        problems += _day(record, "next_meeting", where)
        notes = record.get("notes")
        if isinstance(notes, str):  # version 1: the session note and a note per gap
            problems += _text(record, "notes", where, NOTES_MAX, multiline=True)
            gaps = record.get("gap_notes") or {}
            if not isinstance(gaps, dict):
                problems.append(_wrong(f"{where}.gap_notes", gaps, "object"))
                continue
            for key in gaps:
                problems += _competency(str(key), f"{where}.gap_notes.{key}", competency_ids)
                problems += _text(gaps, key, f"{where}.gap_notes", GAP_NOTE_MAX, multiline=True)
        elif isinstance(notes, list):
            for m, note in enumerate(notes):
                problems += _note(note, f"{where}.notes[{m}]", competency_ids)
        elif notes is not None:
            problems.append(_wrong(f"{where}.notes", notes, "list"))
    return problems


def _note(note: object, where: str, competency_ids: Collection[str]) -> list[Problem]:
    if not isinstance(note, dict):
        return [_wrong(where, note, "object")]
    competency = note.get("competency") or ""
    if not isinstance(competency, str):
        return [_wrong(f"{where}.competency", competency, "text")]
    problems = _competency(competency, f"{where}.competency", competency_ids) if competency else []
    problems += _text(
        note, "text", where, GAP_NOTE_MAX if competency else NOTES_MAX, required=True, multiline=True
    )
    problems += _text(note, "author", where, FIELD_MAX)
    for key, allowed in (("visibility", ("shared", "internal")), ("origin", ORIGINS)):
        if key in note and note[key] not in allowed:
            value = note[key] if isinstance(note[key], str) else describe_json(note[key])
            problems.append(
                Problem("unknown_option", f"{where}.{key}", {"value": value, "allowed": ", ".join(allowed)})
            )
    return problems + _moment(note, "updated_at", where)


def _competency(key: str, where: str, competency_ids: Collection[str]) -> list[Problem]:
    """A note on a gap names a competency of the questionnaire (as an answer file's gap note)."""
    if key.removeprefix("competency.") in competency_ids:
        return []
    return [Problem("unknown_competency", where, {"value": key})]


def _wrong(where: str, value: object, expected: str) -> Problem:
    return Problem("wrong_type", where, {"expected": expected, "got": describe_json(value)})


def _text(
    record: dict[str, Any],
    key: str,
    where: str,
    limit: int,
    *,
    required: bool = False,
    multiline: bool = False,
) -> list[Problem]:
    value = record.get(key)
    located = f"{where}.{key}"
    if value is None and not required:
        return []
    if not isinstance(value, str):
        return [_wrong(located, value, "text")]
    if required and not value.strip():
        return [Problem("required", located)]
    if len(value) > limit:
        return [Problem("too_long", located, {"max": limit})]
    found = control_problem(value, located, multiline=multiline)
    return [found] if found else []


def _moment(record: dict[str, Any], key: str, where: str, *, required: bool = False) -> list[Problem]:
    value = record.get(key)
    if value is None and not required:
        return []
    try:
        moment = dt.datetime.fromisoformat(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return [Problem("not_a_moment", f"{where}.{key}", {"value": _as_text(value)})]
    if moment.date() > dt.date.today() + dt.timedelta(days=1):  # a day for time zones
        return [
            Problem("day_not_past", f"{where}.{key}", {"value": value, "earliest": EARLIEST_DAY.isoformat()})
        ]
    return []


def _day(record: dict[str, Any], key: str, where: str, *, past: bool = False) -> list[Problem]:
    value = record.get(key)
    if value is None:
        return []
    try:
        day = dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return [Problem("not_a_day", f"{where}.{key}", {"value": _as_text(value)})]
    if past and not EARLIEST_DAY <= day <= dt.date.today():
        return [
            Problem("day_not_past", f"{where}.{key}", {"value": value, "earliest": EARLIEST_DAY.isoformat()})
        ]
    return []


def _as_text(value: object) -> str:
    return value if isinstance(value, str) else describe_json(value)
