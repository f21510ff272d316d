"""`smm-career clients …`: the counsellor's client store from the command line.

import FILE... [--client ID]  add an assessment per answer file (new client named by respondent.name,
                            or client ID), or a whole client from a `clients export` file; one file:
                            prints the client id alone; several: ID<TAB>FILE per imported file, a
                            stderr line per refused file (the others are still imported), exit 2
                            if any was refused
list [--lang L]             ID<TAB>NAME<TAB>NUMBER_OF_ASSESSMENTS, one line per client, by name in
                            L's collation; a fourth field `review` marks a client due for review
export ID                   the client's full data as JSON (`app.storage.client_export`)
(the record commands — edit, assessments, note, … — are in `clients_records_cmd`)
delete ID                   erase the client everywhere in the data folder
report ID -o OUT.pdf        the latest assessment's PDF with the progress section; an assessment
                            whose answers do not pass the checks is left out, with a line on stderr
passphrase                  change the store's passphrase
backup OUT                  a consistent, encrypted copy of the whole store
restore FILE                replace the store by a backup (the current one is kept in backups/)

Every action takes the store's passphrase (see `app.cli.passphrase`); the first use sets it.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import Any

from app import content
from app.cli import clients_records_cmd
from app.cli.common import UsageError, add_data_dir, client_id, output_arg, print_problems, shipped_content
from app.cli.passphrase import (
    PASSPHRASE_ENV,
    add_passphrase_file,
    ask_new,
    passphrase_for,
    passphrase_warning,
    read_passphrase_file,
)
from app.domain.answers import AnswerFile
from app.domain.controls import without_controls
from app.domain.os_reasons import reason_text
from app.domain.problems import shown, shown_path
from app.domain.text import LANGUAGES
from app.i18n import Translator, translator
from app.locale_pick import system_language
from app.storage.answer_files import AnswerFileError, parse_answer_data
from app.storage.client_export import export_problems, import_limit, is_export
from app.storage.client_schema import search_key
from app.storage.client_store import ClientStore, StoreError
from app.storage.input_files import InputError, load_json, read_regular

_UNSAFE_IN_LINES = {"Cc", "Zl", "Zp"}
_SPACED = "\t\n\r\v\f"
"""Controls that separate words: printed as spaces rather than dropped."""
_BIDI_CONTROLS = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], _: Translator) -> None:
    parser = sub.add_parser(
        "clients", help=_("the counsellor's client store (list, import, export, delete, report)")
    )
    add_data_dir(parser, _)
    add_passphrase_file(parser, _, top=True)
    actions = parser.add_subparsers(
        dest="action", metavar=_.pgettext("metavar", "ACTION"), required=True, parser_class=type(parser)
    )

    imp = actions.add_parser(
        "import", help=_("add an assessment per answer file, or a client from a 'clients export' file")
    )
    imp.add_argument(
        "files",
        type=Path,
        nargs="+",
        metavar=_.pgettext("metavar", "FILE"),
        help=_("answer file or client export (JSON)"),
    )
    imp.add_argument(
        "--client",
        type=client_id,
        metavar="ID",
        help=_("add to this client (default: a new client named in the file)"),
    )
    imp.add_argument(
        "--force",
        action="store_true",
        help=_("with --client: add a file that names another person all the same"),
    )
    add_data_dir(imp, _)
    imp.set_defaults(func=run_import)

    lst = actions.add_parser(
        "list",
        help=_(
            "one line per client: ID, name, number of assessments, tab-separated "
            "(tabs, line breaks and other control characters in names are printed as spaces), "
            "and 'review' when the client is due for review"
        ),
    )
    lst.add_argument("--lang", choices=LANGUAGES, help=_("name order (default: the system's language)"))
    add_data_dir(lst, _)
    lst.set_defaults(func=run_list)

    exp = actions.add_parser("export", help=_("print all data held about one client as JSON"))
    exp.add_argument("client", type=client_id, metavar="ID", help=_("the client's id (see clients list)"))
    add_data_dir(exp, _)
    exp.set_defaults(func=run_export)

    dele = actions.add_parser(
        "delete", help=_("erase one client from the store, its backups and the autosaves (no undo)")
    )
    dele.add_argument("client", type=client_id, metavar="ID", help=_("the client's id (see clients list)"))
    add_data_dir(dele, _)
    dele.set_defaults(func=run_delete)

    rep = actions.add_parser(
        "report",
        help=_("PDF of the latest assessment with the progress since the first and the previous one"),
    )
    rep.add_argument("client", type=client_id, metavar="ID", help=_("the client's id (see clients list)"))
    rep.add_argument(
        "-o", "--output", type=output_arg, required=True, metavar=_.pgettext("metavar", "OUT.pdf")
    )
    rep.add_argument(
        "--lang", choices=LANGUAGES, help=_("report language (default: the latest answer file's)")
    )
    add_data_dir(rep, _)
    rep.set_defaults(func=run_report)
    clients_records_cmd.register(actions, _)

    pas = actions.add_parser(
        "passphrase",
        help=_("change the store's passphrase (asks for the current and the new one on a terminal)"),
    )
    pas.add_argument(
        "--new-passphrase-file",
        type=Path,
        metavar=_.pgettext("metavar", "FILE"),
        help=_("read the new passphrase from FILE's first line"),
    )
    add_data_dir(pas, _)
    pas.set_defaults(func=run_passphrase)

    bak = actions.add_parser("backup", help=_("write a consistent, encrypted copy of the whole store to OUT"))
    bak.add_argument("out", type=Path, metavar=_.pgettext("metavar", "OUT"))
    add_data_dir(bak, _)
    bak.set_defaults(func=run_backup)

    res = actions.add_parser(
        "restore", help=_("replace the store by a backup FILE (the current store is kept in backups/ first)")
    )
    res.add_argument("file", type=Path, metavar=_.pgettext("metavar", "FILE"))
    add_data_dir(res, _)
    res.set_defaults(func=run_restore)

    for action in (imp, lst, exp, dele, rep, pas, bak, res):
        add_passphrase_file(action, _)


def one_line(text: str) -> str:
    """Text safe for one tab-separated field: terminal escape sequences are removed whole (a
    store from before names were checked may hold them), other control characters, line and
    paragraph separators and bidi overrides become spaces."""
    return "".join(
        " " if unicodedata.category(c) in _UNSAFE_IN_LINES or c in _BIDI_CONTROLS else c
        for c in without_controls(text, keep=_SPACED)
    )


def open_store(args: argparse.Namespace) -> ClientStore:
    """The store, opened with its passphrase (set now on first use, with the warning that a
    lost passphrase means lost records); what it warns about (a bad erasure journal) goes to
    stderr, one line each."""
    passphrase = passphrase_for(args, creating=not ClientStore.exists(args.data_dir))
    try:
        store = ClientStore.open(args.data_dir, passphrase)
    except StoreError as exc:
        raise UsageError([exc.message(system_language())]) from None
    if store.passphrase_set and not _prompted(args):  # a prompt warned before asking
        print(passphrase_warning(), file=sys.stderr)
    for warning in store.warnings:
        print(one_line(warning.message(system_language())), file=sys.stderr)
    return store


def _prompted(args: argparse.Namespace) -> bool:
    """Did the passphrase come from the terminal?"""
    return getattr(args, "passphrase_file", None) is None and not os.environ.get(PASSPHRASE_ENV)


def run_passphrase(args: argparse.Namespace) -> int:
    lang = system_language()
    with open_store(args) as store:
        if store.passphrase_set:  # there was none: the first use just set it
            return 0
        if args.new_passphrase_file is not None:
            new = read_passphrase_file(args.new_passphrase_file)
        else:
            new = ask_new(changing=True)
        try:
            store.change_passphrase(new)
        except StoreError as exc:
            raise UsageError([exc.message(lang)]) from None
        if args.new_passphrase_file is not None:  # the prompt said it before asking
            print(passphrase_warning(), file=sys.stderr)
    print(
        translator(lang).gettext(
            "the passphrase is changed; backups made before it still open with the passphrase they were made with"
        ),
        file=sys.stderr,
    )
    return 0


def run_backup(args: argparse.Namespace) -> int:
    lang = system_language()
    with open_store(args) as store:
        try:
            store.backup(args.out)
        except StoreError as exc:
            raise UsageError([exc.message(lang)]) from None
    print(translator(lang).gettext("wrote {path}", path=shown_path(args.out)), file=sys.stderr)
    return 0


def run_restore(args: argparse.Namespace) -> int:
    """The passphrase asked for is the backup's (the one the store had when it was made)."""
    lang = system_language()
    passphrase = passphrase_for(args, creating=False)
    try:
        kept = ClientStore.restore(args.data_dir, args.file, passphrase)
    except StoreError as exc:
        raise UsageError([exc.message(lang)]) from None
    _ = translator(lang)
    print(_("restored the client store from {file}", file=shown_path(args.file)), file=sys.stderr)
    if kept is not None:
        print(_("the store it replaced is kept in {kept}", kept=shown_path(kept)), file=sys.stderr)
    return 0


def write(text: str) -> None:
    """Print UTF-8 whatever the console's encoding, so names survive a pipe on any system."""
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8", "backslashreplace"))
    sys.stdout.buffer.flush()


def run_import(args: argparse.Namespace) -> int:
    """Each file is checked first; the store is opened (and on first use created) only when
    at least one passed, so a refused file alone changes nothing."""
    lang = system_language()
    shipped = shipped_content()
    imported: list[tuple[int, Path]] = []
    refused: list[tuple[int, list[str]]] = []
    checked: list[tuple[int, Path, dict[str, Any] | AnswerFile]] = []
    for index, file in enumerate(args.files):
        try:
            checked.append((index, file, _read_one(file, args.client, shipped)))
        except UsageError as exc:
            refused.append((index, exc.lines))
    if checked:
        with open_store(args) as store:
            if args.client is not None:
                try:
                    store.client(args.client)
                except StoreError as exc:
                    raise UsageError([exc.message(lang)]) from None
            for index, file, item in checked:
                try:
                    client, note = _store_one(store, file, item, args.client, force=args.force)
                except UsageError as exc:
                    refused.append((index, exc.lines))
                    continue
                if note:  # only once the assessment really was added
                    print(one_line(note), file=sys.stderr)
                imported.append((client, file))
    if len(args.files) == 1 and imported:
        write(f"{imported[0][0]}\n")
    else:
        write("".join(f"{cid}\t{one_line(str(file))}\n" for cid, file in imported))
    if refused:
        raise UsageError([line for _, lines in sorted(refused, key=lambda r: r[0]) for line in lines])
    return 0


def _read_one(file: Path, client: int | None, shipped: content.Content) -> dict[str, Any] | AnswerFile:
    """One answer file or client export, checked as `clients import` checks it (a client
    export's every answer file too). UsageError (naming the file) when it is refused."""
    lang = system_language()
    where = shown(file)
    try:
        raw = load_json(read_regular(file, import_limit))
    except InputError as exc:
        raise UsageError([f"{where}: {exc.problem.message(lang)}"]) from None
    if is_export(raw):
        _check_export(raw, file, shipped)
        return dict(raw)
    if not isinstance(raw, dict) or "answers" not in raw:
        not_answers = translator(lang).gettext(
            "not an answer file (no 'answers') nor a client export; nothing was imported"
        )
        raise UsageError([f"{where}: {not_answers}"])
    try:
        answer_file = parse_answer_data(raw, shipped, str(file))
    except AnswerFileError as err:
        raise UsageError(err.lines(lang)) from None
    if not answer_file.answers:  # said before the store is opened: on first use that creates it
        raise UsageError([f"{where}: {StoreError('no_answers').message(lang)}"])
    if client is None and not answer_file.respondent.name.strip():
        no_name = translator(lang).gettext("empty; put the client's name in the file or give --client ID")
        raise UsageError([f"{where}: respondent.name: {no_name}"])
    return answer_file


def _check_export(raw: dict[str, Any], file: Path, shipped: content.Content) -> None:
    """An export's every field and answer file as an import checks them; UsageError (one line
    naming the file and the place in it) when something would not read back."""
    problems = export_problems(raw, set(shipped.competency_ids()))
    assessments = raw.get("assessments")
    for n, record in enumerate(assessments if isinstance(assessments, list) else []):
        if isinstance(record, dict):
            try:
                parse_answer_data(record.get("answer_file"), shipped, str(file))
            except AnswerFileError as err:
                where = f"assessments[{n}].answer_file"
                problems += [
                    replace(p, where=f"{where}.{p.where}" if p.where else where) for p in err.problems
                ]
    if problems:
        raise UsageError([problems[0].render(str(file), system_language())])


def _store_one(
    store: ClientStore, file: Path, item: dict[str, Any] | AnswerFile, client: int | None, *, force: bool
) -> tuple[int, str]:
    """Store one checked file; (the client id, a note for stderr or ''). UsageError (one line
    naming the file) when it is refused; nothing is then changed. A file for client ID that
    names another person is refused unless `force` (then added, with a note)."""
    lang = system_language()
    where = shown(file)
    note = ""
    try:
        if isinstance(item, dict):
            return store.import_export(item), ""
        if client is not None:
            summary = store.client(client)
            named = item.respondent.name.strip()
            if named and search_key(named) != search_key(summary.name):
                names = {
                    "file": where,
                    "named": shown(named, 40),
                    "id": summary.id,
                    "name": shown(summary.name, 40),
                }
                if not force:
                    raise UsageError(
                        [
                            translator(lang).gettext(
                                "{file} names '{named}', but client {id} is '{name}'; nothing was imported "
                                "(give --force to add it to client {id} all the same)",
                                **names,
                            )
                        ]
                    )
                note = translator(lang).gettext(
                    "note: {file} names '{named}'; client {id} is '{name}' (the assessment was added to client {id})",
                    **names,
                )
        return store.import_answers(item, client), note
    except StoreError as exc:
        raise UsageError([f"{where}: {exc.message(lang)}"]) from None


def run_list(args: argparse.Namespace) -> int:
    from app.collation import sorted_by

    with open_store(args) as store:
        readable, unreadable = store.readable_clients()
        rows = sorted_by(readable, lambda c: c.name, args.lang or system_language())
        due = store.due_for_review()
    write(
        "".join(
            f"{c.id}\t{one_line(c.name)}\t{c.assessments}{_REVIEW if c.id in due else ''}\n" for c in rows
        )
    )
    return not_listed([exc.message(system_language()) for exc in unreadable])


def not_listed(problems: list[str]) -> int:
    """Rows left out of a listing, one line each on stderr after what could be listed: exit 2
    (the listing is incomplete, as with refused files in a many-file import), else 0."""
    _ = translator(system_language())
    print_problems([_("not listed: {problem}", problem=p) for p in problems], system_language())
    return 2 if problems else 0


_REVIEW = "\treview"
"""The fourth field of `clients list` for a client whose last activity is older than the retention."""


def run_export(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        try:
            data = store.export_client(args.client, _content_or_none())
        except StoreError as exc:
            raise UsageError([exc.message(system_language())]) from None
    write(
        _C1.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(data, ensure_ascii=False, indent=2)) + "\n"
    )
    return 0


_C1 = re.compile("[\x7f-\x9f]")
"""Controls JSON leaves unescaped (it escapes only U+0000–U+001F): escaped too, so no terminal
takes them for commands (they can only stand inside strings, where the escape means the same)."""


def _content_or_none() -> content.Content | None:
    """The shipped content for the export's labels (None when it cannot be loaded: ids only)."""
    try:
        return content.shipped()
    except content.ContentError:
        return None


def run_delete(args: argparse.Namespace) -> int:
    lang = system_language()
    with open_store(args) as store:
        try:
            erasure = store.erase_client(args.client)
        except StoreError as exc:
            raise UsageError([exc.message(lang)]) from None
    backups = len(erasure.backups_rewritten) + len(erasure.backups_removed)
    _ = translator(lang)
    cleaned = {
        "id": erasure.client_id,
        "autosaves": _.ngettext("{n} autosave file", "{n} autosave files", len(erasure.autosaves_removed)),
        "backups": _.ngettext("{n} backup", "{n} backups", backups),
    }
    if erasure.finished_only:
        erased = _(
            "finished erasing client {id}, whose records an earlier or simultaneous erasure had removed: "
            "{autosaves}, {backups} cleaned",
            **cleaned,
        )
    else:
        erased = _(
            "erased client {id}: {assessments}, {autosaves}, {backups} cleaned",
            assessments=_.ngettext("{n} assessment", "{n} assessments", erasure.assessments),
            **cleaned,
        )
    print(erased, file=sys.stderr)
    for file in [*erasure.autosaves_removed, *erasure.backups_removed]:
        print(one_line(_("removed {file}", file=file)), file=sys.stderr)
    print(
        _(
            "not reachable: files saved outside the data folder (answer files, PDFs, exports, backups): "
            "delete your own, and ask the client to delete theirs"
        ),
        file=sys.stderr,
    )
    return 0


def run_report(args: argparse.Namespace) -> int:
    from app.analysis.progress import Assessed, progress_over
    from app.report import pdf_engine_problem
    from app.report.output import out_problem
    from app.report.progress import render_progress_pdf

    lang = system_language()
    shipped = shipped_content()
    with open_store(args) as store:
        try:
            assessments = store.assessments(args.client)
            name = store.client(args.client).name
            author = store.counsellor_name
        except StoreError as exc:
            raise UsageError([exc.message(lang)]) from None
    problems: list[str] = []
    if not assessments:
        problems.append(
            translator(lang).gettext("client {id} has no assessments yet; import one first", id=args.client)
        )
    if problem := out_problem(args.output, lang):
        problems.append(problem)
    if problems:
        raise UsageError(problems)
    assessed = []
    for assessment in assessments:
        where = f"client {args.client}, assessment {assessment.id}"
        try:
            answer_file = parse_answer_data(
                assessment.answer_file(author).model_dump(mode="json"), shipped, where, stored=True
            )
            assessed.append(Assessed(assessment.taken_at.date(), answer_file, key=assessment.id))
        except AnswerFileError as err:
            assessed.append(Assessed(assessment.taken_at.date(), None, tuple(err.lines(lang)), assessment.id))
    track = progress_over(assessed, shipped)
    _ = translator(lang)
    not_counted = [
        _.gettext("not counted in the progress: {problem}", problem=p)
        for s in track.skipped
        for p in s.problems
    ]
    not_counted += [
        _.gettext(
            "not counted in the progress: assessment {id} ({date}) is unfinished (too few answers for a plan)",
            id=s.key,
            date=s.taken_on.isoformat(),
        )
        for s in track.skipped
        if s.unfinished
    ]
    if not track.sessions:
        nothing = _.gettext(
            "no PDF was written: client {id} has no assessment that counts (finish one first)", id=args.client
        )
        raise UsageError([*not_counted, nothing])
    if missing := pdf_engine_problem(lang):
        raise UsageError([missing])
    for line in not_counted:
        print(line, file=sys.stderr)
    try:
        unfinished = [s.taken_on for s in track.skipped if s.unfinished]
        render_progress_pdf(
            track.sessions, shipped, args.output, lang=args.lang, name=name, unfinished=unfinished
        )
    except OSError as exc:
        raise UsageError(
            [
                translator(lang).gettext(
                    "{path}: cannot be written: {detail}", path=args.output, detail=reason_text(exc, lang)
                )
            ]
        ) from None
    print(translator(lang).gettext("wrote {path}", path=args.output))
    return 0
