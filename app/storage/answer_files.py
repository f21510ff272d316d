"""Read and write answer files (DOMAIN.md's format), with errors that name file, id and reason."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from app.content import Content
from app.domain.answers import (
    ANSWER_FILE_VERSION,
    AnswerFile,
    check_answers,
    check_observer,
    check_typed_text,
    describe_json,
    normalized_answers,
    retired_answers,
)
from app.domain.problems import Problem
from app.domain.text import Language
from app.domain.validation import validation_problems
from app.storage.atomic import write_atomic
from app.storage.input_files import ANSWER_FILE_LIMIT, InputError, check_tree, load_json, read_regular


class AnswerFileError(Exception):
    """A refused answer file; `lines(lang)` gives one message per problem."""

    def __init__(self, file: str, problems: list[Problem]):
        super().__init__("\n".join(p.render(file) for p in problems))
        self.file = file
        self.problems = problems

    def lines(self, lang: Language = "en") -> list[str]:
        return [p.render(self.file, lang) for p in self.problems]


def parse_answer_data(
    raw: Any, content: Content, file: str = "<answers>", *, stored: bool = False
) -> AnswerFile:
    """Check already-decoded JSON against the format and the questionnaire's rules.

    `stored`: answers read back from the client store, whose names and notes were checked for
    control characters when they came in (an older version's are removed where printed)."""
    try:
        check_tree(raw)
    except InputError as exc:
        raise AnswerFileError(file, [exc.problem]) from None
    if not isinstance(raw, dict):
        raise AnswerFileError(
            file, [Problem("wrong_type", "", {"expected": "object", "got": describe_json(raw)})]
        )
    version = raw.get("version", ANSWER_FILE_VERSION)
    if type(version) is not int or version != ANSWER_FILE_VERSION:  # not true, not 1.0
        raise AnswerFileError(
            file,
            [
                Problem(
                    "unsupported_version",
                    "version",
                    {"value": json.dumps(version, ensure_ascii=False), "supported": ANSWER_FILE_VERSION},
                )
            ],
        )
    try:
        answer_file = AnswerFile.model_validate(raw)
    except ValidationError as exc:
        raise AnswerFileError(file, validation_problems(exc)) from None
    problems = [] if stored else check_typed_text(answer_file)
    problems += check_answers(content.questionnaire, answer_file.answers)
    if answer_file.observer is not None:
        problems += check_observer(content.questionnaire, answer_file.observer)
    if answer_file.counsellor is not None:
        competencies = set(content.competency_ids())
        problems += [
            Problem("unknown_question", f"counsellor.gap_notes.{key}")
            for key in answer_file.counsellor.gap_notes
            if key.removeprefix("competency.") not in competencies
        ]
    role = answer_file.answers.get("goals.target_role")
    if isinstance(role, str) and not problems and role not in content.profiles:
        problems.append(
            Problem(
                "unknown_profile",
                "goals.target_role",
                {"value": role, "allowed": ", ".join(content.profiles)},
            )
        )
    if problems:
        raise AnswerFileError(file, problems)
    notes = retired_answers(content.questionnaire, answer_file.answers)
    answer_file.answers = normalized_answers(content.questionnaire, answer_file.answers)
    answer_file.set_load_notes(notes)
    return answer_file


def read_answer_file(path: Path, content: Content) -> AnswerFile:
    """Load and check one answer file; raises AnswerFileError naming what is wrong."""
    name = str(path)
    try:
        raw = load_json(read_regular(path, ANSWER_FILE_LIMIT))
    except InputError as exc:
        raise AnswerFileError(name, [exc.problem]) from None
    return parse_answer_data(raw, content, name)


def dump_answer_file(answer_file: AnswerFile) -> bytes:
    data = answer_file.model_dump(mode="json", exclude_none=True)
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def save_answer_file(path: Path, answer_file: AnswerFile) -> None:
    """Atomically write the file, stamping `saved_at`; the previous version stays as `.bak`."""
    answer_file.saved_at = dt.datetime.now(dt.UTC).replace(microsecond=0)
    write_atomic(path, dump_answer_file(answer_file))
