"""click's own words (``Usage:``, ``Options``, its usage errors) in the clerk's language.

click marks its messages for gettext and looks them up through the module-level
``_`` each of its modules imports from ``gettext``; ``install`` points those at
reportgen's catalogue, so help and usage errors follow ``--lang`` like every
other message. The catalogue learns click's message ids from ``WORDS``.
"""
from __future__ import annotations

from .messages import N_, _, ngettext

WORDS = (  # click's message ids, exactly as click writes them (plural forms are left to click)
    N_("Usage:"), N_("Options"), N_("Commands"),
    N_("Show this message and exit."), N_("Show the version and exit."),
    N_("Error: {message}"), N_("Aborted!"), N_("Try '{command} {option}' for help."),
    N_("Missing argument"), N_("Missing option"), N_("Missing parameter"), N_("Missing command."),
    N_("Invalid value for {param_hint}: {message}"), N_("Invalid value: {message}"),
    N_("No such command {name!r}."), N_("No such option {name!r}."),
    N_("{name} {filename!r} does not exist."), N_("Do you want to continue?"), N_("default: {default}"),
)
MODULES = ("core", "formatting", "decorators", "exceptions", "parser", "types", "termui")


def install() -> None:
    """Route click's message lookups through reportgen's current language."""
    import importlib

    for name in MODULES:
        module = importlib.import_module(f"click.{name}")
        if hasattr(module, "_"):
            module._ = _
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext
