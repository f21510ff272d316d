"""An assessment's status: `complete` when the answers are enough for a plan (the analysis's
`plan_status == "ok"`), else `unfinished`. Unfinished assessments are never scored, charted or
compared (`app.analysis.progress`)."""

from __future__ import annotations

from typing import Literal

from pydantic import ValidationError

from app.domain.answers import AnswerFile
from app.storage.input_files import InputError, load_json

Status = Literal["complete", "unfinished"]
STATUSES: tuple[Status, ...] = ("complete", "unfinished")


def status_of(answer_file: AnswerFile) -> Status:
    """The status by the shipped content's rule (the content is loaded once per process)."""
    from app import content
    from app.analysis.engine import analyze_file

    try:
        analysis = analyze_file(answer_file, content.shipped())
    except (content.ContentError, ValueError, KeyError):
        return "unfinished"
    return "complete" if analysis.plan_status == "ok" else "unfinished"


def status_of_data(answer_json: str) -> Status:
    """The status of stored answer JSON; a row that no longer parses is unfinished."""
    try:
        return status_of(AnswerFile.model_validate(load_json(answer_json.encode("utf-8", "surrogatepass"))))
    except (InputError, ValidationError):
        return "unfinished"
