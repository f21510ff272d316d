"""What every sub-command shares: the usage error and the --data-dir option."""

from __future__ import annotations

import argparse


class UsageError(Exception):
    """Bad input from the user: printed as lines on stderr, exit 2."""

    def __init__(self, lines: list[str]):
        super().__init__("\n".join(lines))
        self.lines = lines


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    """Every sub-command also takes --data-dir after its name."""
    parser.add_argument(
        "--data-dir", default=argparse.SUPPRESS, help="folder for client records and autosaves"
    )
