"""`smm-career`: the desktop wizard without arguments, sub-commands for scripting.

Each sub-command lives in its own module with `register(subparsers)`; the module sets
`func` on its parser. Bad input exits 2 with one line per problem on stderr.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib import import_module
from importlib.metadata import version
from pathlib import Path

from app.cli.common import UsageError

COMMAND_MODULES = ["validate_cmd", "analyze_cmd", "clients_cmd", "report_cmd"]
"""Sub-command modules under app.cli, imported when a command line is parsed: the desktop
wizard starts without loading them (the report stack alone costs a tenth of a second)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="smm-career",
        description="Social media manager career check: wizard, gap analysis and PDF plan.",
    )
    parser.add_argument("--data-dir", help="folder for client records and autosaves")
    parser.add_argument("--version", action="version", version=f"%(prog)s {version('smm-career')}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    for name in COMMAND_MODULES:
        import_module(f"app.cli.{name}").register(sub)
    return parser


def _gui_request(argv: Sequence[str]) -> tuple[bool, str | None, Path | None]:
    """(True, DIR, FILE) when the command line asks for the wizard.

    That is nothing, `--data-dir DIR`, an existing answer file (`smm-career FILE`, as a
    desktop entry passes a double-clicked file), or both. Anything else is a sub-command.
    """
    rest = list(argv)
    data_dir: str | None = None
    if rest[:1] == ["--data-dir"] and len(rest) >= 2:
        data_dir, rest = rest[1], rest[2:]
    elif rest and rest[0].startswith("--data-dir="):
        data_dir, rest = rest[0].split("=", 1)[1], rest[1:]
    if not rest:
        return True, data_dir, None
    if len(rest) == 1 and not rest[0].startswith("-"):
        if Path(rest[0]).is_file():
            return True, data_dir, Path(rest[0])
        if rest[0].endswith(".json") or "/" in rest[0]:
            raise UsageError([f"smm-career: {rest[0]}: no such file"])
    return False, None, None


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        gui, data_dir, answer_file = _gui_request(arguments)
        if gui:
            from app.gui.main import run_gui

            return run_gui(data_dir, answer_file)
        args = build_parser().parse_args(arguments)
        if args.command is None:
            from app.gui.main import run_gui

            return run_gui(args.data_dir)
        return int(args.func(args))
    except UsageError as exc:
        for line in exc.lines:
            print(line, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
