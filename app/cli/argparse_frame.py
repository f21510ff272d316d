"""argparse's own sentences ("usage: ", "options", "the following arguments are required: %s", …),
listed here so that `pybabel extract` puts them into our catalogue on any Python.

argparse translates them itself through gettext's global text domain, which the command line
binds to our catalogue while it builds and parses (`app.i18n.global_domain`). Python 3.11–3.13
phrase and mark these differently, so this is the union of what they hold (3.11.2, 3.11.7, 3.12.1,
3.12.10 and 3.13.0 read); `tests/test_cli_help_language.py` extracts the running Python's
argparse and fails on a message missing here. The texts keep argparse's %-placeholders: argparse
fills them after translation.
"""

from __future__ import annotations

from app.i18n import N_


def ngettext(singular: str, plural: str) -> tuple[str, str]:
    """Marks a singular/plural pair for extraction, as `N_` marks one message."""
    return singular, plural


MESSAGES: tuple[str | tuple[str, str], ...] = (
    # the help page
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("subcommands"),
    N_("%(heading)s:"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_(" (default: %(default)s)"),
    # a bad command line
    N_("%(prog)s: error: %(message)s\n"),
    N_("%(prog)s: warning: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    ngettext("expected %s argument", "expected %s arguments"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("ignored explicit argument %r"),
    N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
    N_("unexpected option string: %s"),
    N_("can't open '%(filename)s': %(error)s"),
    N_('argument "-" with mode %r'),
    N_("argument '%(argument_name)s' is deprecated"),
    N_("command '%(parser_name)s' is deprecated"),
    N_("option '%(option)s' is deprecated"),
    # mistakes in a parser's own construction (a programmer's error, but argparse says them)
    N_("%r is not callable"),
    N_("'required' is an invalid argument for positionals"),
    ngettext("conflicting option string: %s", "conflicting option strings: %s"),
    N_(".__call__() not defined"),
    N_("cannot have multiple subparser arguments"),
    N_("cannot merge actions - two groups are named %r"),
    N_("conflicting subparser alias: %s"),
    N_("conflicting subparser: %s"),
    N_("dest= is required for options like %r"),
    N_("invalid conflict_resolution value: %r"),
    N_("invalid option string %(option)r: must start with a character %(prefix_chars)r"),
    N_("mutually exclusive arguments must be optional"),
)
"""Read by `pybabel extract`; argparse asks gettext for these texts itself."""
