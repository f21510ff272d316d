"""Fuzzing (issue #14): hostile answer files, data files and store states against `analyze`, the
report's view-model, `clients import`, `clients list/export` and `validate`, in process.

Every example gives a sane result or a clean refusal (exit 2, or 1 for `validate`'s findings,
with at most 21 bounded lines that name the file); no exception may escape. The number of
examples comes from the hypothesis profile: "ci" (the default, bounded) or, for long runs,
`pytest tests/test_fuzz.py --hypothesis-profile=long`.
"""

from __future__ import annotations

import contextlib
import io
import json
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from hypothesis import given
from hypothesis import strategies as st

from app import content
from app.cli import main
from app.report import html_for
from app.storage.answer_files import AnswerFileError, parse_answer_data
from app.storage.client_store import STORE_NAME, ClientStore
from tests.store_access import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = json.loads((ROOT / "examples" / "en_communication_graduate_community.json").read_text("utf-8"))
PROFILE_YAML = (ROOT / "questionnaires" / "profiles" / "community_manager.yaml").read_text("utf-8")
SHIPPED = content.shipped()
QUESTION_IDS = [q.id for q in SHIPPED.questionnaire.questions()]
MAX_LINE = 1200


# -- strategies ------------------------------------------------------------------------------

nasty_text = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        ["", "\n", "a\nb", "\u202eevil", "\ud800", "x" * 5000, "<b>x</b>", "{name}", "%s", "\x00", "1e400"]
    ),
)
leaf = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**30), 10**30),
    st.floats(allow_nan=False, allow_infinity=False),
    nasty_text,
)
nested = st.recursive(
    leaf,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(nasty_text, inner, max_size=4),
    max_leaves=12,
)


@st.composite
def answer_documents(draw: st.DrawFn) -> Any:
    """An answer file, mostly the example with some parts replaced by hostile values."""
    data: dict[str, Any] = json.loads(json.dumps(EXAMPLE))
    answers = data["answers"]
    for _ in range(draw(st.integers(0, 4))):
        key = draw(st.one_of(st.sampled_from(QUESTION_IDS), nasty_text))
        answers[key] = draw(nested)
    if draw(st.booleans()):
        part = draw(
            st.sampled_from(["version", "language", "respondent", "saved_at", "counsellor", "answers"])
        )
        data[part] = draw(
            st.one_of(
                nested,
                st.fixed_dictionaries({"name": nasty_text}),
                st.fixed_dictionaries(
                    {"notes": nasty_text, "gap_notes": st.dictionaries(nasty_text, nasty_text, max_size=3)}
                ),
            )
        )
    return data if draw(st.integers(0, 9)) else draw(nested)


@st.composite
def answer_bytes(draw: st.DrawFn) -> bytes:
    text = json.dumps(draw(answer_documents()), ensure_ascii=draw(st.booleans()))
    raw = text.encode("utf-8", "surrogatepass")
    mutation = draw(st.sampled_from(["none", "none", "truncate", "insert", "raw"]))
    if mutation == "truncate":
        raw = raw[: draw(st.integers(0, len(raw)))]
    elif mutation == "insert":
        at = draw(st.integers(0, len(raw)))
        snippet = draw(
            st.sampled_from(
                [
                    b"[" * 5000,
                    b"NaN",
                    b"1" * 500,
                    b'"version": 1, "version": 1, ',
                    b"\xff\xfe",
                    b"\\ud800",
                    b"{" * 40,
                ]
            )
        )
        raw = raw[:at] + snippet + raw[at:]
    elif mutation == "raw":
        raw = draw(st.binary(max_size=200))
    return raw


@st.composite
def data_file_texts(draw: st.DrawFn) -> str:
    """A role profile YAML, mutated; or hostile YAML of its own."""
    kind = draw(st.sampled_from(["mutated", "mutated", "bomb", "deep", "raw"]))
    if kind == "mutated":
        data = yaml.safe_load(PROFILE_YAML)
        for _ in range(draw(st.integers(1, 3))):
            key = draw(st.one_of(st.sampled_from(sorted(data)), nasty_text))
            data[key] = draw(nested)
        return yaml.safe_dump(data, allow_unicode=draw(st.booleans()))
    if kind == "bomb":
        width, depth = draw(st.integers(2, 9)), draw(st.integers(2, 9))
        lines = [f"a0: &a0 [{', '.join(['x'] * width)}]"]
        lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * width)}]" for i in range(1, depth)]
        return "\n".join(lines) + "\n"
    if kind == "deep":
        depth = draw(st.integers(10, 3000))
        return "a: " + "[" * depth + "]" * depth + "\n"
    return draw(
        st.one_of(
            st.text(max_size=200),
            st.sampled_from(
                ["min: .nan", "!!python/object:os.system {}", "type: role_profile\nid: [", "&a [*a]"]
            ),
        )
    )


# -- running the command line in process -----------------------------------------------------


@contextlib.contextmanager
def workspace() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        yield Path(folder)


def run(*argv: str) -> tuple[int, str, list[str]]:
    out, err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8"), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    out.flush()
    assert isinstance(out.buffer, io.BytesIO)
    return code, out.buffer.getvalue().decode("utf-8"), err.getvalue().splitlines()


def assert_clean_refusal(lines: list[str], name: str) -> None:
    assert 1 <= len(lines) <= 21, lines
    for line in lines[:20]:
        assert line.startswith(name) or line.startswith("…"), line
        assert len(line) <= MAX_LINE, line[:200]


# -- properties ------------------------------------------------------------------------------


@given(answer_bytes())
def test_analyze_gives_a_result_or_a_clean_refusal(raw: bytes) -> None:
    with workspace() as folder:
        path = folder / "answers.json"
        path.write_bytes(raw)
        code, out, err = run("analyze", str(path))
        if code == 0:
            assert "readiness" in json.loads(out) and err == []
        else:
            assert code == 2 and out == ""
            assert_clean_refusal(err, str(path))


@given(answer_documents())
def test_the_report_view_model_takes_every_accepted_file(document: Any) -> None:
    try:
        answer_file = parse_answer_data(document, SHIPPED, "doc")
    except AnswerFileError as refused:
        assert refused.lines("en")
        return
    html = html_for(answer_file, SHIPPED, lang="en")
    assert "<html" in html


@given(st.lists(answer_bytes(), min_size=1, max_size=3))
def test_clients_import_never_leaves_an_orphan(files: list[bytes]) -> None:
    with workspace() as folder:
        imported = 0
        for i, raw in enumerate(files):
            path = folder / f"answers{i}.json"
            path.write_bytes(raw)
            code, out, err = run("clients", "import", str(path), "--data-dir", str(folder / "data"))
            if code == 0:
                imported += 1
                assert out.strip().isdigit()
            else:
                assert code == 2 and out == ""
                assert_clean_refusal(err, str(path))
        if (folder / "data" / STORE_NAME).exists():
            with ClientStore.open(folder / "data", PASSPHRASE) as store:
                assert len(store.clients()) == imported


@given(data_file_texts())
def test_validate_gives_findings_never_an_exception(text: str) -> None:
    with workspace() as folder:
        path = folder / "profile.yaml"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        code, out, err = run("validate", str(path))
        assert (code, out) == (0, "ok\n") or (code == 1 and out == "")
        if code == 1:
            assert err[-1].endswith(("1 problem", " problems"))
            assert all(len(line) <= MAX_LINE for line in err)


store_values = st.one_of(
    st.none(), st.integers(-(2**63), 2**63 - 1), st.floats(allow_nan=True), nasty_text, st.binary(max_size=10)
)


@given(
    st.sampled_from(
        [
            ("clients", "created_at"),
            ("clients", "name"),
            ("assessments", "taken_at"),
            ("assessments", "answer_json"),
            ("assessments", "next_meeting"),
            ("assessments", "status"),
            ("notes", "text"),
            ("notes", "updated_at"),
            ("notes", "revision"),
        ]
    ),
    store_values,
)
def test_odd_store_rows_give_data_or_one_line(where: tuple[str, str], value: object) -> None:
    table, column = where
    with workspace() as folder:
        data = folder / "data"
        with ClientStore.open(data, PASSPHRASE) as store:
            client = store.add_client("Noor")
            assessment = store.add_assessment(client, parse_answer_data(EXAMPLE, SHIPPED))
            store.add_note(assessment, "Practise SEO.", internal=False, author="Eva")
        conn = sqlite3.connect(data / STORE_NAME)
        if isinstance(value, str):  # stored as the bytes it has, surrogates as invalid UTF-8
            value = value.encode("utf-8", "surrogatepass")
            sql = f"UPDATE {table} SET {column} = CAST(? AS TEXT)"
        else:
            sql = f"UPDATE {table} SET {column} = ?"
        with contextlib.suppress(sqlite3.IntegrityError):  # NOT NULL refuses None: fine
            conn.execute(sql, (value,))
            conn.commit()
        conn.close()
        for command in (["list"], ["export", "1"]):
            code, out, err = run("clients", *command, "--data-dir", str(data))
            if code != 0:
                assert code == 2 and out == "" and len(err) == 1 and len(err[0]) <= MAX_LINE, err
