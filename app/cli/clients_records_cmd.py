"""`smm-career clients …`: correcting and annotating the records (edit, assessments,
delete-assessment, move-assessment, set-date, note, consent, settings).

assessments ID                        ASSESSMENT_ID<TAB>YYYY-MM-DD<TAB>STATUS<TAB>READINESS ('-' when unfinished)
edit ID [--name N] [--email E] [--phone P]
delete-assessment ID ASSESSMENT_ID    erased with no trace (store, WAL, backups)
move-assessment ASSESSMENT_ID TO_ID   a mistaken import corrected
set-date ASSESSMENT_ID YYYY-MM-DD
note ID TEXT [--internal]             on the latest assessment; internal notes never reach a PDF
consent ID YYYY-MM-DD                 when the client's consent was recorded
settings [--counsellor-name N] [--retention-months N]   without options: prints the settings
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable

from app.cli.common import UsageError, add_data_dir, assessment_id, client_id, shipped_content, whole_number
from app.cli.passphrase import add_passphrase_file
from app.domain.problems import shown
from app.i18n import Translator, translator
from app.locale_pick import system_language
from app.storage.client_store import ClientStore, StoreError


def day(text: str) -> dt.date:
    """A date on the command line: YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(text) if len(text) == 10 else dt.date.fromisoformat("x")
    except ValueError:
        raise argparse.ArgumentTypeError(
            translator(system_language()).gettext("'{text}' is not a date YYYY-MM-DD", text=shown(text, 24))
        ) from None


def register(
    actions: argparse._SubParsersAction[argparse.ArgumentParser],
    _: Translator,
) -> None:
    """Add the record commands to `clients`, their help in `_`'s language."""

    def action(name: str, func: Callable[[argparse.Namespace], int], *, help: str) -> argparse.ArgumentParser:
        parser = actions.add_parser(name, help=help)
        add_data_dir(parser, _)
        add_passphrase_file(parser, _)
        parser.set_defaults(func=func)
        return parser

    def client_arg(parser: argparse.ArgumentParser) -> None:
        parser.add_argument(
            "client", type=client_id, metavar="ID", help=_("the client's id (see clients list)")
        )

    def assessment_arg(parser: argparse.ArgumentParser) -> None:
        parser.add_argument(
            "assessment",
            type=assessment_id,
            metavar=_.pgettext("metavar", "ASSESSMENT_ID"),
            help=_("the assessment's id (see clients assessments)"),
        )

    p = action(
        "assessments",
        run_assessments,
        help=_("one line per assessment: ID, date, status, readiness (- when unfinished)"),
    )
    client_arg(p)
    p = action("edit", run_edit, help=_("correct a client's name, e-mail or phone"))
    client_arg(p)
    p.add_argument("--name", metavar="N", help=_("the client's corrected name"))
    p.add_argument("--email", metavar="E", help=_("the corrected e-mail ('' removes it)"))
    p.add_argument("--phone", metavar="P", help=_("the corrected phone number ('' removes it)"))
    p = action("delete-assessment", run_delete_assessment, help=_("erase one assessment, leaving no trace"))
    client_arg(p)
    assessment_arg(p)
    p = action("move-assessment", run_move, help=_("attach an assessment to another client"))
    assessment_arg(p)
    p.add_argument("to_client", type=client_id, metavar=_.pgettext("metavar", "TO_CLIENT_ID"))
    p = action("set-date", run_set_date, help=_("correct the day an assessment was taken"))
    assessment_arg(p)
    p.add_argument("date", type=day, metavar=_.pgettext("metavar", "YYYY-MM-DD"))
    p = action("note", run_note, help=_("add a note to the client's latest assessment"))
    client_arg(p)
    p.add_argument("text", metavar=_.pgettext("metavar", "TEXT"))
    p.add_argument("--internal", action="store_true", help=_("for the counsellor only: never printed"))
    p = action(
        "consent", run_consent, help=_("record the day the client gave consent to keeping their records")
    )
    client_arg(p)
    p.add_argument("date", type=day, metavar=_.pgettext("metavar", "YYYY-MM-DD"))
    p = action("settings", run_settings, help=_("the counsellor's name on notes and the retention in months"))
    p.add_argument(
        "--counsellor-name", metavar="N", help=_("your name, which signs your shared notes in PDFs")
    )
    p.add_argument(
        "--retention-months",
        type=whole_number,
        metavar="N",
        help=_("months without activity before a client is marked for review"),
    )


def _open(args: argparse.Namespace) -> ClientStore:
    from app.cli.clients_cmd import open_store

    return open_store(args)


def _fail(exc: StoreError) -> UsageError:
    return UsageError([exc.message(system_language())])


def _in_store(args: argparse.Namespace, change: Callable[[ClientStore], object]) -> int:
    """One change to the store; its refusal becomes the command's one line (exit 2)."""
    with _open(args) as store:
        try:
            change(store)
        except StoreError as exc:
            raise _fail(exc) from None
    return 0


def run_assessments(args: argparse.Namespace) -> int:
    """Every readable assessment; one whose row or answers cannot be read is said on stderr
    (exit 2) and the others are still listed."""
    from app.analysis.engine import analyze_file
    from app.cli.clients_cmd import not_listed, write
    from app.storage.answer_files import AnswerFileError, parse_answer_data

    lang = system_language()
    shipped = shipped_content()
    with _open(args) as store:
        try:
            rows, unreadable = store.readable_assessments(args.client)
        except StoreError as exc:
            raise _fail(exc) from None
    problems = [exc.message(lang) for exc in unreadable]
    lines = []
    for a in rows:
        readiness = "-"
        if a.status == "complete":
            try:
                checked = parse_answer_data(a.answer_data, shipped, f"assessment {a.id}", stored=True)
            except AnswerFileError as err:
                problems += err.lines(lang)[:1]
                continue
            readiness = str(analyze_file(checked, shipped).readiness)
        lines.append(f"{a.id}\t{a.taken_at.date().isoformat()}\t{a.status}\t{readiness}\n")
    write("".join(lines))
    return not_listed(problems)


def run_edit(args: argparse.Namespace) -> int:
    if args.name is None and args.email is None and args.phone is None:
        raise UsageError(
            [
                translator(system_language()).gettext(
                    "nothing to change: give --name, --email or --phone (or several)"
                )
            ]
        )
    return _in_store(
        args, lambda store: store.edit_client(args.client, name=args.name, email=args.email, phone=args.phone)
    )


def run_delete_assessment(args: argparse.Namespace) -> int:
    return _in_store(args, lambda store: store.delete_assessment(args.assessment, client_id=args.client))


def run_move(args: argparse.Namespace) -> int:
    return _in_store(args, lambda store: store.move_assessment(args.assessment, args.to_client))


def run_set_date(args: argparse.Namespace) -> int:
    return _in_store(args, lambda store: store.set_assessment_date(args.assessment, args.date))


def run_note(args: argparse.Namespace) -> int:
    def add(store: ClientStore) -> None:
        rows = store.assessments(args.client)
        if not rows:
            raise UsageError(
                [
                    translator(system_language()).gettext(
                        "client {id} has no assessment to add a note to; import one first", id=args.client
                    )
                ]
            )
        store.add_note(rows[-1].id, args.text, internal=args.internal, author=store.counsellor_name)

    return _in_store(args, add)


def run_consent(args: argparse.Namespace) -> int:
    return _in_store(args, lambda store: store.set_consent(args.client, args.date))


def run_settings(args: argparse.Namespace) -> int:
    from app.cli.clients_cmd import one_line, write

    with _open(args) as store:
        try:
            if args.counsellor_name is not None:
                store.set_counsellor_name(args.counsellor_name)
            if args.retention_months is not None:
                store.set_retention(args.retention_months)
        except StoreError as exc:
            raise _fail(exc) from None
        if args.counsellor_name is None and args.retention_months is None:
            months = store.retention_months
            write(
                f"counsellor_name\t{one_line(store.counsellor_name)}\n"
                f"retention_months\t{months if months is not None else '-'}\n"
            )
    return 0
