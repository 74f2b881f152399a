"""click's own words (``Usage:``, ``Options``, its usage errors) in the clerk's language.

click marks its messages for gettext and looks them up through the module-level
``_`` and ``ngettext`` each of its modules imports from ``gettext``; ``install``
points those at reportgen's catalogue, so help and usage errors follow
``--lang`` like every other message. The catalogue learns click's message ids
from ``WORDS`` and ``PLURAL_WORDS``.
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
    N_("{name} {filename!r} is a file."), N_("{name} {filename!r} is a directory."),
    N_("{name} {filename!r} is not readable."), N_("{name} {filename!r} is not writable."),
    N_("{value} is not in the range {range}."), N_("{value!r} is not a valid {number_type}."),
    N_("Option {name!r} does not take a value."),
)
PLURAL_WORDS = (  # click's plural message ids: Chinese has one form, so each English form is its own entry
    (N_("{value!r} is not {choice}."), N_("{value!r} is not one of {choices}.")),
    (N_("Got unexpected extra argument ({args})"), N_("Got unexpected extra arguments ({args})")),
    (N_("Option {name!r} requires an argument."), N_("Option {name!r} requires {nargs} arguments.")),
    (N_("Did you mean {possibility}?"), N_("(Did you mean one of: {possibilities}?)")),
)
_PLURALS = {singular: plural for singular, plural in PLURAL_WORDS}
MODULES = ("core", "formatting", "decorators", "exceptions", "parser", "types", "termui")


def install() -> None:
    """Route click's message lookups through reportgen's current language."""
    import importlib

    for name in MODULES:
        module = importlib.import_module(f"click.{name}")
        if hasattr(module, "_"):
            module._ = _
        if hasattr(module, "ngettext"):
            module.ngettext = click_ngettext


def click_ngettext(singular: str, plural: str, n: int) -> str:
    """Return click's singular or plural message for ``n``: a pair in ``PLURAL_WORDS`` through its two
    entries, any other through the catalogue's plural forms."""
    if _PLURALS.get(singular) == plural:
        return _(singular if n == 1 else plural)
    return ngettext(singular, plural, n)
