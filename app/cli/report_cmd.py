"""`smm-career report` (one PDF) and `smm-career batch` (one PDF per answer file in a folder).

WeasyPrint is loaded only when a PDF is made: by `report` itself, by the workers in `batch`.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import UsageError, add_data_dir, output_arg, shipped_content, whole_number
from app.domain.os_reasons import reason_text
from app.domain.problems import shown_path
from app.domain.text import LANGUAGES, Language
from app.i18n import N_, Translator, translator
from app.locale_pick import system_language
from app.report.output import out_problem

if TYPE_CHECKING:
    from app.report import pdf_process
    from app.report.batch import BatchItem

MESSAGES: dict[str, str] = {
    "wrote": N_("wrote {path}"),
    "not_folder": N_("{path}: not a folder"),
    "out_is_file": N_("{path}: is a file; give a folder for the PDFs"),
    "no_files": N_("{path}: holds no answer files (*.json)"),
    "jobs": N_("--jobs must be 1 or more, got {value}"),
    "ok": N_("ok"),
    "refused": N_("refused"),
    "summary": N_("{total} answer files: {written} PDFs written, {refused} refused"),
    "refused_list": N_("Refused files:"),
    "cannot_read": N_("{path}: cannot be read: {detail}"),
    "cannot_write": N_("{path}: cannot be written: {detail}"),
}


def _say(key: str, lang: Language, **params: object) -> str:
    """The message in `lang`; file names are escaped and shortened to stay on one line."""
    safe = {k: shown_path(v) if isinstance(v, str | Path) else v for k, v in params.items()}
    return translator(lang)(MESSAGES[key], **safe)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], _: Translator) -> None:
    report = sub.add_parser(
        "report",
        help=_("write the PDF development plan of an answer file"),
        epilog=_("Exit status: 0 when the PDF was written, 2 on any problem (one line each on stderr)."),
    )
    report.add_argument(
        "file", type=Path, metavar=_.pgettext("metavar", "FILE"), help=_("answer file (JSON)")
    )
    report.add_argument(
        "-o", "--output", type=output_arg, required=True, metavar=_.pgettext("metavar", "OUT.pdf")
    )
    report.add_argument(
        "--lang", choices=LANGUAGES, help=_("language of the plan (default: the answer file's)")
    )
    report.add_argument(
        "--profile", metavar="ID", help=_("role profile to compare with (default: the file's goal)")
    )
    add_data_dir(report, _)
    report.set_defaults(func=run_report)

    batch = sub.add_parser(
        "batch",
        help=_("write one PDF per answer file (*.json) in a folder"),
        epilog=_(
            "Exit status: 0 when every answer file gave a PDF; 2 when any file was refused "
            "(listed at the end with the reasons), when Pango is missing, or on bad arguments. "
            "Existing PDFs are kept unless --overwrite; files that are not PDFs are never overwritten."
        ),
    )
    batch.add_argument(
        "folder", type=Path, metavar=_.pgettext("metavar", "DIR"), help=_("folder with answer files")
    )
    batch.add_argument(
        "-o", "--output", type=output_arg, required=True, metavar=_.pgettext("metavar", "OUTDIR")
    )
    batch.add_argument(
        "--jobs",
        type=whole_number,
        default=os.cpu_count() or 1,
        metavar="N",
        help=_("worker processes (default: the number of CPUs)"),
    )
    batch.add_argument(
        "--overwrite", action="store_true", help=_("replace PDFs that exist already (default: keep them)")
    )
    add_data_dir(batch, _)
    batch.set_defaults(func=run_batch)

    form = sub.add_parser(
        "observer-form",
        help=_("write a printable observer form: someone without the app rates the same competencies"),
        epilog=_("Exit status: 0 when the PDF was written, 2 on any problem (one line on stderr)."),
    )
    form.add_argument(
        "-o", "--output", type=output_arg, required=True, metavar=_.pgettext("metavar", "OUT.pdf")
    )
    form.add_argument("--lang", choices=LANGUAGES, help=_("language of the form (default: the system's)"))
    form.add_argument(
        "--name",
        default="",
        metavar=_.pgettext("metavar", "NAME"),
        help=_("the name of the person to be rated (printed on the form)"),
    )
    add_data_dir(form, _)
    form.set_defaults(func=run_observer_form)


def run_report(args: argparse.Namespace) -> int:
    from app.report import pdf_process

    renderer = pdf_process.take()  # started by `main` before the parser loaded the app
    try:
        return _report(args, renderer)
    finally:
        if renderer is not None:
            renderer.close()


def _report(args: argparse.Namespace, renderer: pdf_process.PdfProcess | None) -> int:
    from app.storage.answer_files import AnswerFileError, read_answer_file

    lang = system_language()
    out: Path = args.output
    problems: list[str] = []
    shipped = shipped_content()
    if args.profile is not None and args.profile not in shipped.profiles:
        from app.domain.problems import Problem

        known = ", ".join(sorted(shipped.profiles))
        problems.append(
            Problem("unknown_profile", "", {"value": args.profile, "allowed": known}).render(
                "--profile", lang
            )
        )
    try:
        answer_file = read_answer_file(args.file, shipped)
    except AnswerFileError as err:
        problems += err.lines(lang)
    if problem := out_problem(out, lang):
        problems.append(problem)
    if problems:
        raise UsageError(problems)
    for note in answer_file.load_notes:  # retired questions: ignored, said, never refused
        print(note.render(str(args.file), lang), file=sys.stderr)

    from app.report import html_for, pdf_bytes, pdf_engine_problem
    from app.storage.atomic import write_atomic

    html = html_for(answer_file, shipped, lang=args.lang, profile_id=args.profile)
    try:
        missing = renderer.missing_pango() if renderer is not None else pdf_engine_problem(lang)
        pdf = renderer.render(html) if renderer is not None and not missing else None
    except (EOFError, OSError):  # the PDF process died: render here instead
        missing, pdf = pdf_engine_problem(lang), None
    if missing:
        raise UsageError([missing])
    try:
        write_atomic(out, pdf if pdf is not None else pdf_bytes(html), backup=False)
    except OSError as exc:
        raise UsageError([_say("cannot_write", lang, path=out, detail=reason_text(exc, lang))]) from None
    print(_say("wrote", lang, path=out))
    return 0


def run_observer_form(args: argparse.Namespace) -> int:
    from app.domain.answers import NAME_MAX
    from app.domain.problems import Problem
    from app.storage.input_files import text_problem

    lang = system_language()
    out: Path = args.output
    # the answer file's checks: a longer name takes minutes to lay out; a lone surrogate (a name
    # that is not UTF-8) is no character
    if len(args.name) > NAME_MAX:
        raise UsageError([Problem("too_long", "", {"max": NAME_MAX}).render("--name", lang)])
    if bad := text_problem(args.name, ""):
        raise UsageError([bad.render("--name", lang)])
    if problem := out_problem(out, lang):
        raise UsageError([problem])
    shipped = shipped_content()
    from app.report import pdf_engine_problem
    from app.report.observer_form import render_observer_form

    if missing := pdf_engine_problem(lang):
        raise UsageError([missing])
    try:
        render_observer_form(shipped, out, args.lang or lang, args.name)
    except OSError as exc:
        raise UsageError([_say("cannot_write", lang, path=out, detail=reason_text(exc, lang))]) from None
    print(_say("wrote", lang, path=out))
    return 0


def run_batch(args: argparse.Namespace) -> int:
    from app.report.batch import run_batch as render_batch

    lang = system_language()
    folder: Path = args.folder
    out_dir: Path = args.output
    if problems := _batch_argument_problems(args.jobs, folder, out_dir, lang):
        raise UsageError(problems)
    pairs, refused_early = _plan_batch(folder, out_dir, lang, overwrite=args.overwrite)
    _make_out_dir(out_dir, lang)

    total = len(pairs) + len(refused_early)
    for done, item in enumerate(refused_early, start=1):
        _print_progress(done, total, item, lang)
    results: list[BatchItem] = []
    if pairs:
        missing_pango, results = render_batch(
            pairs,
            min(args.jobs, len(pairs)),
            lang,
            lambda done, item: _print_progress(len(refused_early) + done, total, item, lang),
        )
        if missing_pango:
            raise UsageError([missing_pango])
    refused = sorted((r for r in [*refused_early, *results] if not r.ok), key=lambda r: r.source)
    print(_say("summary", lang, total=total, written=total - len(refused), refused=len(refused)))
    if refused:
        _print_refused(refused, lang)
        return 2
    return 0


def _batch_argument_problems(jobs: int, folder: Path, out_dir: Path, lang: Language) -> list[str]:
    """Every problem with the arguments of `batch`, before anything is read or written."""
    problems = []
    if jobs < 1:
        problems.append(_say("jobs", lang, value=jobs))
    if not folder.is_dir():
        problems.append(_say("not_folder", lang, path=folder))
    if out_dir.exists() and not out_dir.is_dir():
        problems.append(_say("out_is_file", lang, path=out_dir))
    return problems


def _plan_batch(
    folder: Path, out_dir: Path, lang: Language, *, overwrite: bool
) -> tuple[list[tuple[Path, Path]], list[BatchItem]]:
    """The pairs to render and the files refused up front; a UsageError when the folder cannot
    be read or holds no answer files."""
    from app.report.batch import plan

    try:
        pairs, refused_early = plan(folder, out_dir, lang, overwrite=overwrite)
    except OSError as exc:
        raise UsageError(
            [_say("cannot_read", lang, path=shown_path(folder), detail=reason_text(exc, lang))]
        ) from None
    if not pairs and not refused_early:
        raise UsageError([_say("no_files", lang, path=shown_path(folder))])
    return pairs, refused_early


def _make_out_dir(out_dir: Path, lang: Language) -> None:
    """A missing output folder is made, private (0700) like every folder the app makes: the
    PDFs are personal data. (`report` writes into an existing folder only: it names a file.)"""
    from app.storage.atomic import make_folders

    try:
        make_folders(out_dir)
    except OSError as exc:
        raise UsageError([_say("cannot_write", lang, path=out_dir, detail=reason_text(exc, lang))]) from None


def _print_progress(done: int, total: int, item: BatchItem, lang: Language) -> None:
    """One line per answer file as it is done: `[3/10] ok: a.json → a.pdf` or `refused: b.json`."""
    if item.ok:
        print(
            f"[{done}/{total}] {_say('ok', lang)}: {shown_path(item.source)} → {shown_path(item.out)}",
            flush=True,
        )
    else:
        print(f"[{done}/{total}] {_say('refused', lang)}: {shown_path(item.source)}", flush=True)


def _print_refused(refused: list[BatchItem], lang: Language) -> None:
    """The refused files with their reasons on stderr, each line led by the file's name."""
    print(_say("refused_list", lang), file=sys.stderr)
    for item in refused:
        for line in item.problems:
            source = shown_path(item.source)
            print(f"  {line}" if line.startswith(source) else f"  {source}: {line}", file=sys.stderr)
