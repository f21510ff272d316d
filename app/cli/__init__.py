"""`smm-career`: the desktop wizard without arguments, sub-commands for scripting.

Each sub-command lives in its own module with `register(subparsers, _)`; the module sets
`func` on its parser. Bad input exits 2 with one line per problem on stderr. The help and argparse's
own messages are in the system's language (`parse`).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from importlib import import_module
from pathlib import Path

from app.cli.common import UsageError, data_dir_arg, print_problems
from app.cli.output import OutputError, guarded_stdout
from app.domain.problems import shown
from app.domain.text import Language
from app.i18n import Translator, global_domain, translator
from app.locale_pick import system_language
from app.storage.client_messages import StoreError

COMMANDS = {"analyze", "report", "batch", "validate", "clients", "observer-form"}
"""The sub-commands those modules register: `smm-career FILE` never takes one of them for a file."""
COMMAND_MODULES = ["validate_cmd", "analyze_cmd", "clients_cmd", "report_cmd"]
"""Sub-command modules under app.cli, imported when a command line is parsed: the desktop
wizard starts without loading them (the report stack alone costs a tenth of a second)."""


class _Version(argparse.Action):
    """`--version`: reads the installed package's metadata only when asked (importlib.metadata
    costs every other command 40 ms)."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        from importlib.metadata import version

        print(f"{parser.prog} {version('smm-career')}")
        parser.exit(0)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # argparse quotes the offending value: shorten it, so the choices stay readable
        message = re.sub(r"'([^']{40})[^']+'", r"'\1…'", message)
        self.exit(2, f"{self.prog}: {shown(message, 300)}\n")


def build_parser(_: Translator) -> argparse.ArgumentParser:
    """The whole command line, its help in `_`'s language (argparse's own frame follows gettext's
    global domain: build and parse inside `global_domain`, as `parse` does)."""
    parser = _Parser(
        prog="smm-career",
        description=_("Career check for social media roles: wizard, gap analysis and PDF plan."),
    )
    parser.add_argument(
        "--data-dir",
        type=data_dir_arg,
        metavar=_.pgettext("metavar", "DATA_DIR"),
        help=_("folder for client records and autosaves"),
    )
    parser.add_argument("--version", action=_Version, nargs=0, help=_("show the version and exit"))
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    for name in COMMAND_MODULES:
        import_module(f"app.cli.{name}").register(sub, _)
    return parser


def parse(arguments: Sequence[str], lang: Language) -> argparse.Namespace:
    """The parsed command line; its help and its errors (argparse's frame too) in `lang`.
    `--help` and a bad argument exit through SystemExit (0, 2), already printed."""
    with global_domain(lang):
        return build_parser(translator(lang)).parse_args(arguments)


def gui_request(argv: Sequence[str]) -> tuple[bool, str | None, str | None]:
    """(True, DIR, FILE) when the command line asks for the wizard: nothing but `--data-dir DIR`
    and at most one answer FILE to open (`smm-career FILE`); a sub-command name is never a file."""
    rest = list(argv)
    data_dir = None
    if len(rest) >= 2 and rest[0] == "--data-dir":
        data_dir, rest = rest[1], rest[2:]
    elif rest and rest[0].startswith("--data-dir="):
        data_dir, rest = rest[0].split("=", 1)[1], rest[1:]
    if not rest:
        return True, data_dir, None
    file = rest[0] if len(rest) == 1 else ""
    if file not in COMMANDS and (file.lower().endswith(".json") or Path(file).is_file()):
        return True, data_dir, file
    return False, None, None


def _safe_streams() -> None:
    """File names that are not UTF-8 (and other unencodable text) print escaped, never crash."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def _command(argv: Sequence[str]) -> str | None:
    """The sub-command's name, read before the parser is built (past `--data-dir DIR`)."""
    rest = list(argv)
    while rest and rest[0].startswith("-"):
        rest = rest[2:] if rest[0] == "--data-dir" else rest[1:]
    return rest[0] if rest else None


def _output_lost(exc: OutputError, args: argparse.Namespace | None) -> str:
    """One line for output that could not be written; after an import, which clients it made
    (so that trying again does not import twice)."""
    lang = system_language()
    _ = translator(lang)
    reason = exc.reason.message(lang) if exc.reason else _("there is no standard output")
    line = _("cannot write the output: {reason}", reason=reason)
    if args is not None and (args.command, getattr(args, "action", None)) == ("clients", "import"):
        ids = [row.split("\t")[0] for row in exc.lost.splitlines() if row]
        line = _.ngettext(
            "{problem}; the import was done all the same, as client {ids}",
            "{problem}; the imports were done all the same, as clients {ids}",
            len(ids),
            problem=line,
            ids=", ".join(ids),
        )
    return line


def _need_display() -> None:
    """On X11/Wayland systems Qt aborts (exit 134, an English line) without a display: say it
    in one line instead, with the way on (the command line needs none)."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        raise UsageError(
            [
                translator(system_language()).gettext(
                    "smm-career: there is no display to open the window on (neither DISPLAY nor "
                    "WAYLAND_DISPLAY is set); the commands work without one: smm-career --help"
                )
            ]
        )


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    gui, data_dir, file = gui_request(arguments)
    _safe_streams()
    args: argparse.Namespace | None = None
    try:
        if gui:
            from app.gui.main import run_gui

            _need_display()
            if data_dir is not None:
                data_dir_arg(data_dir)

            if file is not None and not Path(file).is_file():
                raise UsageError(
                    [
                        translator(system_language()).gettext(
                            "smm-career: {file}: no such answer file", file=file
                        )
                    ]
                )
            return run_gui(data_dir, Path(file) if file is not None else None)
        if _command(arguments) == "report":
            from app.report import pdf_process

            pdf_process.start(system_language())  # WeasyPrint loads while the parser loads the app
        with guarded_stdout():
            try:
                args = parse(arguments, system_language())
            except SystemExit as exc:  # argparse: --help (0) or a usage error (2), already printed
                return exc.code if isinstance(exc.code, int) else 2
            if args.command is not None:
                return int(args.func(args))
        from app.gui.main import run_gui

        _need_display()
        return run_gui(args.data_dir)
    except OutputError as exc:
        print_problems([_output_lost(exc, args)], system_language())
        return 2
    except UsageError as exc:
        print_problems(exc.lines, system_language())
        return 2
    except StoreError as exc:
        print_problems([exc.message(system_language())], system_language())
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
