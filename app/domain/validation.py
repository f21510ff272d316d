"""Pydantic's validation errors as our own located problems, in the reader's language.

Pydantic words its errors in English ("Input should be a valid dictionary"); a file's reader
gets ours instead, one `Problem` per error, located by the error's path in the file. An error
type not mapped here is "{where}: not valid here" (`not_valid`), never pydantic's text.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from app.domain.answers import describe_json
from app.domain.problems import Problem

_EXPECTED = {
    **dict.fromkeys(("dict_type", "model_type", "model_attributes_type", "dataclass_type"), "object"),
    **dict.fromkeys(("string_type", "string_unicode"), "text"),
    **dict.fromkeys(("list_type", "tuple_type", "set_type", "iterable_type"), "array"),
    **dict.fromkeys(("int_type", "int_parsing", "int_from_float", "int_parsing_size"), "integer"),
    **dict.fromkeys(("float_type", "float_parsing", "decimal_type", "decimal_parsing"), "number"),
    **dict.fromkeys(("bool_type", "bool_parsing"), "boolean"),
}
"""Error types that say the value is of the wrong JSON type → what was expected (`TYPE_NAMES`)."""
_MOMENTS = {"datetime_type", "datetime_parsing", "datetime_from_date_parsing", "datetime_object_invalid"}
_BOUNDS = {
    "greater_than": ("gt", "not_more_than"),
    "greater_than_equal": ("ge", "below"),
    "less_than": ("lt", "not_less_than"),
    "less_than_equal": ("le", "above"),
}
"""Numeric bound error types → (their context key, our code)."""


def validation_problems(exc: ValidationError) -> list[Problem]:
    """One located problem per error of `exc`, in our words."""
    return [_problem(error) for error in exc.errors()]


def _problem(error: Any) -> Problem:
    kind: str = error["type"]
    where = ".".join(str(step) for step in error["loc"] if step != "[key]")  # a key: located by itself
    value = error.get("input")
    ctx: dict[str, Any] = error.get("ctx") or {}
    if kind in _EXPECTED:
        return Problem("wrong_type", where, {"expected": _EXPECTED[kind], "got": describe_json(value)})
    if kind in _MOMENTS:
        return Problem("not_a_moment", where, {"value": _text(value)})
    if kind == "string_too_long":
        return Problem("too_long", where, {"max": ctx.get("max_length", "?")})
    if kind == "string_too_short":
        return Problem("too_short", where, {"min": ctx.get("min_length", "?")})
    if kind == "too_long":
        return Problem("too_many", where, {"max": ctx.get("max_length", "?")})
    if kind == "too_short":
        return Problem("too_few", where, {"min": ctx.get("min_length", "?")})
    if kind == "string_pattern_mismatch":
        return Problem("bad_form", where, {"value": _text(value)})
    if kind == "extra_forbidden":
        return Problem("not_a_field", where)
    if kind == "missing":
        return Problem("missing", where)
    if kind in ("literal_error", "enum"):
        allowed = ", ".join(re.findall(r"'([^']*)'", str(ctx.get("expected", ""))))
        return Problem("unknown_option", where, {"value": _text(value), "allowed": allowed})
    if kind in _BOUNDS:
        key, code = _BOUNDS[kind]
        return Problem(code, where, {"value": _text(value), "limit": _text(ctx.get(key))})
    return Problem("not_valid", where)


def _text(value: object) -> str:
    return value if isinstance(value, str) else describe_json(value)
