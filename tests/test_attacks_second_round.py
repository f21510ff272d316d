"""The attacker's second round on issue #14: each finding as a user (or a script) meets it,
run as a real process where the finding was a process behaviour."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfWriter

from app.report.output import is_pdf, out_problem
from tests.test_hostile_processes import EXAMPLE, refused, smm

# -- an empty --data-dir is never the default folder -------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["clients", "delete", "1", "--data-dir", ""],
        ["clients", "list", "--data-dir="],
        ["--data-dir", "", "clients", "list"],
        ["--data-dir", "  ", "clients", "delete", "1"],
        ["--data-dir", ""],  # the wizard
    ],
)
def test_an_empty_data_dir_is_refused(tmp_path: Path, args: list[str]) -> None:
    default = tmp_path / "default"
    default.mkdir()
    result = smm(*args, env={"SMM_CAREER_DATA_DIR": str(default), "QT_QPA_PLATFORM": "offscreen"})
    assert refused(result) == ["--data-dir is empty; give a folder (leave the option out for the usual one)"]
    assert list(default.iterdir()) == []  # the default store was not even created


# -- observer-form --name: the answer file's limit ---------------------------------------------


def test_observer_form_refuses_a_name_longer_than_an_answer_file_allows(tmp_path: Path) -> None:
    out = tmp_path / "form.pdf"
    result = smm("observer-form", "-o", out, "--name", "x" * 10_000, timeout=20)
    assert refused(result) == ["--name: longer than 200 characters"]
    assert not out.exists()


# -- YAML: integers past Python's limit, keys given twice ---------------------------------------


def test_a_yaml_integer_of_5000_digits_is_one_located_line(tmp_path: Path) -> None:
    path = tmp_path / "profile.yaml"
    path.write_text("type: role_profile\nid: x\nmin: " + "9" * 5000 + "\n", encoding="utf-8")
    lines = refused(smm("validate", path, cwd=tmp_path), code=1)
    assert lines[0] == "profile.yaml: line 3, column 6: a number with more than 40 characters or too large to hold"


def test_a_yaml_key_given_twice_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "profile.yaml"
    path.write_text(
        "type: role_profile\nid: a\ncompetencies:\n  seo: {target: 3, weight: 1}\n  seo: {target: 4, weight: 1}\n",
        encoding="utf-8",
    )
    lines = refused(smm("validate", path, cwd=tmp_path), code=1)
    assert lines[0] == "profile.yaml: line 5, column 3: the key 'seo' appears twice in one object"


def test_a_yaml_merge_key_may_still_override(tmp_path: Path) -> None:
    from app.storage.input_files import load_yaml

    assert load_yaml(b"base: &b {a: 1, b: 2}\nm:\n  <<: *b\n  a: 3\n")["m"] == {"a": 3, "b": 2}


# -- report -o: only a whole PDF is replaced ----------------------------------------------------


def blank_pdf() -> bytes:
    """A PDF made by another program (not this app's)."""
    out = io.BytesIO()
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.write(out)
    return out.getvalue()


def xref_stream_pdf() -> bytes:
    """A PDF whose cross-reference section is a stream (PDF 1.5+), as many tools write them."""
    out = io.BytesIO()
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.save(out, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    return out.getvalue()


@pytest.mark.parametrize(
    "content",
    [
        b"%PDF-1.7\nmy notes, which happen to start like a PDF\n",
        b"%PDF-1.4\n" + b"x" * 5000 + b"\nstartxref\n12\n%%EOF\n",  # points at no cross-reference
        b"%PDF-",
        b"",
    ],
)
def test_report_keeps_a_file_that_only_starts_like_a_pdf(tmp_path: Path, content: bytes) -> None:
    out = tmp_path / "notes.pdf"
    out.write_bytes(content)
    lines = refused(smm("report", EXAMPLE, "-o", out))
    assert lines == [f"{out}: exists and is not a PDF; it was left as it is (choose another name)"]
    assert out.read_bytes() == content


@pytest.mark.parametrize("make", [blank_pdf, xref_stream_pdf])
def test_a_real_pdf_of_another_program_may_be_replaced(tmp_path: Path, make: object) -> None:
    out = tmp_path / "old.pdf"
    out.write_bytes(make())  # type: ignore[operator]
    assert is_pdf(out) and out_problem(out, "en") is None


def test_a_pdf_this_app_wrote_is_replaced(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    assert smm("report", EXAMPLE, "-o", out).returncode == 0
    first = out.read_bytes()
    assert is_pdf(out)
    assert smm("report", EXAMPLE, "-o", out, "--lang", "sv").returncode == 0
    assert out.read_bytes() != first
