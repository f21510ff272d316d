"""The one reader for every file a user hands the app: answer files, data files, stores to check.

A file is read only when it is a regular file (a FIFO, a device or a folder is refused
without blocking: it is opened with O_NONBLOCK and checked with fstat before any read),
and never more than a stated limit is read. Its text must be UTF-8 and is then decoded by
`load_json` or `load_yaml`, which refuse what would exhaust the process later: duplicate
keys, numbers that cannot be numbers (400 digits, NaN, Infinity), nesting deeper than
`MAX_DEPTH`, YAML aliases that expand past `MAX_YAML_NODES`, and text that cannot be
written back as UTF-8 (a lone surrogate from a JSON escape).

Every refusal is an `InputError` carrying one `Problem`; callers render it in the reader's
language with the file's name.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from app.domain.os_reasons import os_reason
from app.domain.problems import Problem

ANSWER_FILE_LIMIT = 1024 * 1024
"""An answer file is a few KB; the longest the format allows (every note full) stays under this."""
DATA_FILE_LIMIT = 2 * 1024 * 1024
"""A questionnaire, profile, path or source file (the shipped questionnaire is about 100 KB)."""
HEAD_BYTES = 1024
"""What a limit given as a function of the file's start sees (see `read_regular`)."""
MAX_DEPTH = 32
"""Deepest nesting of lists and objects; the formats need five levels."""
MAX_NUMBER_CHARS = 40
"""Longest number literal; anything longer is no answer a person gave."""
MAX_YAML_NODES = 200_000
"""Nodes of a YAML file after expanding aliases (the shipped content has about 10,000)."""

_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_NOCTTY = getattr(os, "O_NOCTTY", 0)
_BINARY = getattr(os, "O_BINARY", 0)


class InputError(Exception):
    """A refused input file; `problem` says why (rendered with the file's name by the caller)."""

    def __init__(self, problem: Problem):
        super().__init__(problem.message("en"))
        self.problem = problem


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "pipe"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    return "special"


def _limit_text(limit: int) -> str:
    return f"{limit // (1024 * 1024)} MB" if limit >= 1024 * 1024 else f"{limit // 1024} KB"


def read_regular(path: Path, limit: int | Callable[[bytes], int], *, head: bool = False) -> bytes:
    """The whole content of a regular file of at most `limit` bytes; InputError otherwise.

    `limit` may be a function of the file's first `HEAD_BYTES` bytes: the limit for a file that
    starts so (one file type is allowed more than another; the file is opened once).
    With `head`, only the first `limit` bytes of a file of any size (to recognise its kind).
    """
    try:
        fd = os.open(path, os.O_RDONLY | _NONBLOCK | _NOCTTY | _BINARY)
    except OSError as exc:
        raise InputError(Problem("unreadable", "", {"detail": os_reason(exc)})) from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise InputError(Problem("not_regular", "", {"kind": _kind(mode)}))
        chunks: list[bytes] = []
        size = 0
        if callable(limit):
            start = _read_up_to(fd, HEAD_BYTES)
            chunks.append(start)
            size = len(start)
            limit = limit(start)
        while size <= limit:
            chunk = os.read(fd, min(1024 * 1024, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise InputError(Problem("unreadable", "", {"detail": os_reason(exc)})) from None
    finally:
        os.close(fd)
    if size > limit and head:
        return b"".join(chunks)[:limit]
    if size > limit:
        raise InputError(Problem("too_large", "", {"limit": _limit_text(limit)}))
    return b"".join(chunks)


def _read_up_to(fd: int, count: int) -> bytes:
    """The next `count` bytes of `fd`, fewer only at its end."""
    chunks: list[bytes] = []
    size = 0
    while size < count:
        chunk = os.read(fd, count - size)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def read_slices(path: Path, slices: list[tuple[int, int]]) -> list[bytes]:
    """The bytes at each `(offset, length)` of a regular file of any size (a negative offset
    counts from the end); InputError when it is no regular file or cannot be read."""
    try:
        fd = os.open(path, os.O_RDONLY | _NONBLOCK | _NOCTTY | _BINARY)
    except OSError as exc:
        raise InputError(Problem("unreadable", "", {"detail": os_reason(exc)})) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(Problem("not_regular", "", {"kind": _kind(info.st_mode)}))
        found = []
        for offset, length in slices:
            start = max(0, info.st_size + offset if offset < 0 else offset)
            os.lseek(fd, start, os.SEEK_SET)
            found.append(os.read(fd, max(0, length)))
        return found
    except OSError as exc:
        raise InputError(Problem("unreadable", "", {"detail": os_reason(exc)})) from None
    finally:
        os.close(fd)


def decode_text(data: bytes) -> str:
    """UTF-8 text (a byte-order mark is dropped); InputError when it is not UTF-8."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(Problem("bad_encoding", "")) from None


class _Refused(Exception):
    def __init__(self, problem: Problem):
        self.problem = problem


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Refused(Problem("duplicate_key", "", {"key": key}))
        result[key] = value
    return result


def _int(text: str) -> int:
    if len(text) > MAX_NUMBER_CHARS:
        raise _Refused(Problem("number_too_long", "", {"max": MAX_NUMBER_CHARS}))
    return int(text)


def _float(text: str) -> float:
    number = float(text)
    if len(text) > MAX_NUMBER_CHARS or number in (float("inf"), float("-inf")):
        raise _Refused(Problem("number_too_long", "", {"max": MAX_NUMBER_CHARS}))
    return number


def _constant(text: str) -> Any:
    raise _Refused(Problem("not_a_number", "", {"value": text}))


_JSON_FAULTS = (
    ("Expecting value", "json_value"),
    ("Expecting ',' delimiter", "json_comma"),
    ("Expecting ':' delimiter", "json_colon"),
    ("Expecting property name", "json_name"),
    ("Unterminated string", "json_string"),
    ("Invalid control character", "json_control"),
    ("Invalid \\", "json_escape"),
    ("Extra data", "json_extra"),
    ("Illegal trailing comma", "json_comma_end"),
)
"""The json module's messages (English, fixed) and the problem that says each in the user's
language; any other is said with the module's own words (`bad_json`)."""


def load_json(data: bytes) -> Any:
    """Decode a JSON file's bytes; InputError for anything a later step could not survive."""
    text = decode_text(data)
    try:
        value = json.loads(
            text, object_pairs_hook=_pairs, parse_int=_int, parse_float=_float, parse_constant=_constant
        )
    except _Refused as refused:
        raise InputError(refused.problem) from None
    except RecursionError:
        raise InputError(Problem("too_deep", "", {"max": MAX_DEPTH})) from None
    except json.JSONDecodeError as exc:
        code = next((c for start, c in _JSON_FAULTS if exc.msg.startswith(start)), "bad_json")
        raise InputError(
            Problem(code, "", {"line": exc.lineno, "column": exc.colno, "detail": exc.msg})
        ) from None
    check_tree(value)
    return value


def check_tree(value: Any) -> None:
    """Refuse nesting deeper than MAX_DEPTH and text that is not valid Unicode (iteratively)."""
    stack: list[tuple[Any, int, str]] = [(value, 0, "")]
    while stack:
        item, depth, where = stack.pop()
        if isinstance(item, str):
            _check_text(item, where)
            continue
        if isinstance(item, dict | list):
            if depth >= MAX_DEPTH:
                raise InputError(Problem("too_deep", where, {"max": MAX_DEPTH}))
            entries = item.items() if isinstance(item, dict) else enumerate(item)
            for key, child in entries:
                if isinstance(key, str):
                    _check_text(key, where)
                    inner = f"{where}.{key}" if where else key
                else:
                    inner = f"{where}[{key}]"
                stack.append((child, depth + 1, inner))


def _check_text(text: str, where: str) -> None:
    if problem := text_problem(text, where):
        raise InputError(problem)


def text_problem(text: str, where: str) -> Problem | None:
    """The check every text of an input file passes (no lone surrogate), for text that comes
    from elsewhere (the command line)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return Problem("bad_text", where, {"char": f"\\u{ord(text[exc.start]):04x}"})
    return None


_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader when PyYAML has it: ten times faster, which the GUI's start-up needs."""


class _StrictLoader(_SAFE_LOADER):  # type: ignore[misc,valid-type]
    """The safe loader that refuses, with the line, a key given twice in one mapping (YAML
    would keep the last silently) and an integer too long to be one (Python refuses to
    convert more than 4,300 digits)."""

    def construct_mapping(self, node: yaml.Node, deep: bool = False) -> dict[Any, Any]:
        if isinstance(node, yaml.MappingNode):
            seen: set[Any] = set()
            for key_node, _ in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":  # `<<: *base` may override on purpose
                    continue
                key = self.construct_object(key_node, deep=deep)
                try:
                    duplicate = key in seen
                    seen.add(key)
                except TypeError:  # an unhashable key: the safe loader itself refuses it
                    continue
                if duplicate:
                    raise _Refused(Problem("duplicate_key", _mark(key_node), {"key": str(key)}))
        return dict(super().construct_mapping(node, deep=deep))

    def construct_yaml_int(self, node: yaml.ScalarNode) -> int:
        if len(str(node.value)) > MAX_NUMBER_CHARS:
            raise _Refused(Problem("number_too_long", _mark(node), {"max": MAX_NUMBER_CHARS}))
        return int(super().construct_yaml_int(node))


_StrictLoader.add_constructor("tag:yaml.org,2002:int", _StrictLoader.construct_yaml_int)


def load_yaml(data: bytes) -> Any:
    """Decode a YAML file's bytes with the safe loader, after a streaming pass over its events
    that refuses deep nesting and alias bombs before anything is built (libyaml's composer
    recurses in C, and aliases are expanded by every later step)."""
    text = decode_text(data)
    _check_yaml_events(text)
    try:
        value = yaml.load(text, Loader=_StrictLoader)
    except _Refused as refused:
        raise InputError(refused.problem) from None
    check_tree(value)
    return value


def _check_yaml_events(text: str) -> None:
    sizes: dict[str, int] = {}
    open_nodes: list[tuple[str | None, int]] = []
    nodes = 0
    for event in yaml.parse(text, Loader=_SAFE_LOADER):
        if isinstance(event, yaml.AliasEvent):
            added = sizes.get(event.anchor or "", 1)
        elif isinstance(event, yaml.ScalarEvent):
            added = 1
            if event.anchor:
                sizes[event.anchor] = 1
        elif isinstance(event, yaml.CollectionStartEvent):
            if len(open_nodes) >= MAX_DEPTH:
                raise InputError(Problem("too_deep", _mark(event), {"max": MAX_DEPTH}))
            open_nodes.append((event.anchor, nodes))
            added = 1
        elif isinstance(event, yaml.CollectionEndEvent):
            anchor, start = open_nodes.pop()
            if anchor:
                sizes[anchor] = nodes - start
            continue
        else:
            continue
        nodes += added
        if nodes > MAX_YAML_NODES:
            raise InputError(Problem("too_many_nodes", _mark(event), {"max": f"{MAX_YAML_NODES:,}"}))


def _mark(event: yaml.Event | yaml.Node) -> str:
    mark = event.start_mark
    return f"line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
