"""`smm-career report` and `smm-career batch`, run as a user runs them (real processes, real PDFs)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.test_attacks_second_round import blank_pdf

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.json"))


def _run(
    *args: str, env: dict[str, str] | None = None, code: str | None = None
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", code] if code else [sys.executable, "-m", "app", *args]
    full_env = {**os.environ, "LANG": "en_GB.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", **(env or {})}
    return subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, env=full_env, timeout=300, check=False
    )


def _pdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


def test_report_writes_a_pdf_in_the_chosen_language(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    result = _run("report", str(EXAMPLES[0]), "-o", str(out), "--lang", "sv")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    text = _pdf_text(out)
    assert "Utvecklingsplan" in text and "Sammanfattning" in text
    assert not [p for p in tmp_path.iterdir() if p.name != "plan.pdf"]  # no temp file left


def test_report_profile_option_changes_the_target_role(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    result = _run(
        "report", str(EXAMPLES[0]), "-o", str(out), "--lang", "en", "--profile", "social_media_strategist"
    )
    assert result.returncode == 0, result.stderr
    assert "Social media strategist" in _pdf_text(out).split("Summary")[0]


def test_report_replaces_an_existing_pdf(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    out.write_bytes(blank_pdf())
    result = _run("report", str(EXAMPLES[0]), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert len(out.read_bytes()) > 10_000


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        ("folder", "is a folder"),
        ("not_pdf", "is not a PDF"),
        ("no_parent", "does not exist"),
    ],
)
def test_report_refuses_a_bad_output_and_touches_nothing(tmp_path: Path, setup: str, expected: str) -> None:
    if setup == "folder":
        out = tmp_path / "out"
        out.mkdir()
    elif setup == "not_pdf":
        out = tmp_path / "notes.pdf"
        out.write_text("my precious notes")
    else:
        out = tmp_path / "missing" / "plan.pdf"
    result = _run("report", str(EXAMPLES[0]), "-o", str(out))
    assert result.returncode == 2
    assert expected in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    if setup == "not_pdf":
        assert out.read_text() == "my precious notes"
    if setup == "no_parent":
        assert not out.parent.exists()


def test_report_refuses_a_broken_answer_file_with_one_line_per_problem(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"version": 1, "answers": {"competency.seo": 9, "nope.x": 1}}))
    out = tmp_path / "plan.pdf"
    result = _run("report", str(bad), "-o", str(out), "--profile", "astronaut")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert any("competency.seo" in line and "9" in line for line in lines)
    assert any("nope.x" in line for line in lines)
    assert any("astronaut" in line for line in lines)
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_report_and_app_import_do_not_load_weasyprint() -> None:
    code = "import sys, app.cli, app.report, app.report.batch\nprint('weasyprint' in sys.modules)\n"
    result = _run(code=code)
    assert result.stdout.strip() == "False", result.stderr


def test_missing_pango_gives_one_line_with_the_install_hint(tmp_path: Path) -> None:
    # A stand-in `weasyprint` that fails the way a missing Pango does (it prints its banner,
    # then cffi cannot dlopen Pango), first on the import path of the command and of its
    # worker processes.
    fake = tmp_path / "fake" / "weasyprint"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text(
        "print('WeasyPrint could not import some external libraries.')\n"
        "raise OSError(\"cannot load library 'libpango-1.0-0': libpango-1.0-0: cannot open shared object file\")\n"
    )
    env = {"PYTHONPATH": str(tmp_path / "fake")}
    result = _run("report", str(EXAMPLES[0]), "-o", str(tmp_path / "p.pdf"), env=env)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "Pango" in lines[0] and "apt install" in lines[0] and "brew install pango" in lines[0]
    assert "dnf install pango" in lines[0] and "MSYS2" in lines[0]
    assert "external libraries" not in result.stdout, "WeasyPrint's own banner is not shown"

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(EXAMPLES[0], folder / "a.json")
    result = _run("batch", str(folder), "-o", str(tmp_path / "outdir"), "--jobs", "1", env=env)
    assert result.returncode == 2
    assert "Pango" in result.stderr and "Traceback" not in result.stderr
    assert not list((tmp_path / "outdir").glob("*.pdf"))


def test_batch_with_a_broken_file_in_the_middle(tmp_path: Path) -> None:
    folder = tmp_path / "answers"
    folder.mkdir()
    shutil.copy(EXAMPLES[0], folder / "a_first.json")
    (folder / "b_broken.json").write_text('{"version": 1, "answers": {"competency.seo": ')
    shutil.copy(EXAMPLES[1], folder / "c_last.json")
    (folder / "ignored.txt").write_text("not an answer file")
    out_dir = tmp_path / "pdfs"
    out_dir.mkdir()
    (out_dir / "c_last.pdf").write_text("a text file someone saved under this name")

    code = (
        "import sys\n"
        "from app.cli import main\n"
        f"rc = main(['batch', {str(folder)!r}, '-o', {str(out_dir)!r}, '--jobs', '2'])\n"
        "print('parent imported weasyprint:', 'weasyprint' in sys.modules)\n"
        "sys.exit(rc)\n"
    )
    result = _run(code=code)
    assert result.returncode == 2, result.stderr
    assert "parent imported weasyprint: False" in result.stdout
    assert (out_dir / "a_first.pdf").read_bytes().startswith(b"%PDF-")
    assert not (out_dir / "b_broken.pdf").exists()
    assert (out_dir / "c_last.pdf").read_text() == "a text file someone saved under this name"
    progress = [line for line in result.stdout.splitlines() if line.startswith("[")]
    assert len(progress) == 3
    assert "3 answer files: 1 PDFs written, 2 refused" in result.stdout
    assert "Refused files:" in result.stderr
    assert "b_broken.json" in result.stderr and "not valid JSON" in result.stderr
    assert "c_last.pdf" in result.stderr and "is not a PDF" in result.stderr
    assert "Traceback" not in result.stderr


def test_batch_all_good_exits_zero(tmp_path: Path) -> None:
    folder = tmp_path / "answers"
    folder.mkdir()
    for example in EXAMPLES[:2]:
        shutil.copy(example, folder / example.name)
    out_dir = tmp_path / "new" / "pdfs"
    result = _run("batch", str(folder), "-o", str(out_dir), "--jobs", "2")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out_dir.iterdir()) == sorted(f"{e.stem}.pdf" for e in EXAMPLES[:2])
    assert "2 answer files: 2 PDFs written, 0 refused" in result.stdout


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["batch", "{missing}", "-o", "{out}"], "not a folder"),
        (["batch", "{empty}", "-o", "{out}"], "holds no answer files"),
        (["batch", "{empty}", "-o", "{file}"], "is a file"),
        (["batch", "{empty}", "-o", "{out}", "--jobs", "0"], "--jobs must be 1 or more"),
    ],
)
def test_batch_refuses_bad_arguments(tmp_path: Path, args: list[str], expected: str) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "file").write_text("x")
    names = {
        "missing": tmp_path / "missing",
        "empty": tmp_path / "empty",
        "out": tmp_path / "out",
        "file": tmp_path / "file",
    }
    result = _run(*[a.format(**names) for a in args])
    assert result.returncode == 2
    assert expected in result.stderr
    assert "Traceback" not in result.stderr


def test_batch_help_explains_the_exit_status() -> None:
    result = _run("batch", "--help")
    assert result.returncode == 0
    assert "Exit status: 0" in result.stdout and "2 when any file was refused" in result.stdout


def test_report_renders_in_its_own_pdf_process(tmp_path: Path) -> None:
    """WeasyPrint loads in the PDF process while the main one prepares the HTML: the main
    process never imports it, and the PDF is whole."""
    out = tmp_path / "plan.pdf"
    code = (
        "import sys\nfrom app.cli import main\n"
        f"code = main(['report', {str(EXAMPLES[0])!r}, '-o', {str(out)!r}])\n"
        "print(code, 'weasyprint' in sys.modules)\n"
    )
    result = _run(code=code)
    assert result.stdout.strip().splitlines()[-1] == "0 False", result.stderr
    assert len(PdfReader(out).pages) >= 5


def test_report_renders_here_when_its_pdf_process_cannot_start(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    code = (
        "import sys\nfrom app.report import pdf_process\n"
        "class Refused:\n"
        "    def __init__(self, lang):\n"
        "        raise OSError('no more processes')\n"
        "pdf_process.PdfProcess = Refused\n"
        "from app.cli import main\n"
        f"code = main(['report', {str(EXAMPLES[0])!r}, '-o', {str(out)!r}])\n"
        "print(code, 'weasyprint' in sys.modules)\n"
    )
    result = _run(code=code)
    assert result.stdout.strip().splitlines()[-1] == "0 True", result.stderr
    assert "Traceback" not in result.stderr
    assert len(PdfReader(out).pages) >= 5


@pytest.mark.parametrize(("lang", "title", "cannot_say"), [
    ("sv", "Bedömningsformulär", "Kan inte bedöma"),
    ("nl", "Beoordelingsformulier", "Kan ik niet beoordelen"),
    ("en", "Observer form", "Cannot say"),
])  # fmt: skip
def test_the_printable_observer_form_in_each_language(
    tmp_path: Path, lang: str, title: str, cannot_say: str
) -> None:
    out = tmp_path / "form.pdf"
    result = _run("observer-form", "-o", str(out), "--lang", lang, "--name", "Elin Ek")
    assert result.returncode == 0, result.stderr
    text = _pdf_text(out)
    assert title in text and "Elin Ek" in text
    assert text.count(cannot_say) == 20  # one per competency


def test_the_observer_form_never_overwrites_a_file_that_is_not_a_pdf(tmp_path: Path) -> None:
    out = tmp_path / "notes.pdf"
    out.write_text("my notes", encoding="utf-8")
    result = _run("observer-form", "-o", str(out))
    assert result.returncode == 2 and "not a PDF" in result.stderr and "Traceback" not in result.stderr
    assert out.read_text(encoding="utf-8") == "my notes"


def test_analyze_says_which_retired_answers_it_ignored(tmp_path: Path) -> None:
    old = json.loads((ROOT / "examples" / "sv_career_changer_customer_service.json").read_text("utf-8"))
    old["answers"]["background.platforms"] = ["facebook"]
    path = tmp_path / "old.json"
    path.write_text(json.dumps(old), encoding="utf-8")
    result = _run("analyze", str(path))
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == f"{path}: background.platforms: no longer asked; the answer is ignored"
    assert json.loads(result.stdout)["readiness"] >= 0
