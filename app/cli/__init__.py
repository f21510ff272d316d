"""`smm-career`: the desktop wizard without arguments, sub-commands for scripting.

Each sub-command lives in its own module with `register(subparsers)`; the module sets
`func` on its parser. Bad input exits 2 with one line per problem on stderr.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from app.cli import analyze_cmd, clients_cmd, report_cmd, validate_cmd
from app.cli.common import UsageError

COMMAND_MODULES = [validate_cmd, analyze_cmd, clients_cmd, report_cmd]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="smm-career",
        description="Social media manager career check: wizard, gap analysis and PDF plan.",
    )
    parser.add_argument("--data-dir", help="folder for client records and autosaves")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
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
