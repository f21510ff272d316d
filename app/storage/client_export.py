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
from typing import Any

from pydantic import ValidationError

from app.domain.answers import AnswerFile
from app.domain.content import Content
from app.domain.text import LANGUAGES, Language
from app.storage.client_messages import StoreError
from app.storage.input_files import ANSWER_FILE_LIMIT

EXPORT_FORMAT = "smm-career-client"
EXPORT_VERSION = 2
EXPORT_FILE_LIMIT = 64 * 1024 * 1024
"""Largest client export `clients import` reads: a client with years of notes must move intact.
Measured: an assessment with every text at its limit (the largest answer file accepted) and ten
full notes exports to 1.46 MB, so 40 of them fit; a usual assessment with notes takes tens of
KB. An answer file keeps `ANSWER_FILE_LIMIT`."""
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
