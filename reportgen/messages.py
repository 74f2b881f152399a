"""What the command line says, in the clerk's language: gettext catalogues, Chinese by default.

Messages are written in English in the code and marked ``_("…")``; the
Chinese catalogue ``locale/zh_CN/LC_MESSAGES/reportgen.po`` translates them
(``pybabel extract``/``update``/``compile``, see ``babel.cfg`` and the README's
Development section) and its compiled ``.mo`` ships in the package. English
is used when asked (``--lang en``, ``[messages] lang = "en"``) or when the
environment's locale is English (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``,
``LANG`` starting ``en``); any other locale, and none, gives Chinese.
"""
from __future__ import annotations

import gettext
import os
from pathlib import Path

DOMAIN = "reportgen"
LOCALE_DIR = Path(__file__).parent / "locale"
LANGUAGES = {"zh": "zh_CN", "en": "en"}
ENV_VARS = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

_active: gettext.NullTranslations | None = None  # chosen on first use when no one called set_language
_language = "zh"


def language_from_env(environ: dict[str, str] | None = None) -> str:
    """Return ``en`` when the first locale variable set names English, else ``zh``."""
    environ = os.environ if environ is None else environ
    for var in ENV_VARS:
        value = environ.get(var, "")
        if value:
            return "en" if value.split(":")[0].lower().startswith("en") else "zh"
    return "zh"


def set_language(lang: str | None) -> str:
    """Use ``lang`` (zh or en; None: from the environment) for every later message; return it.

    A missing Chinese catalogue (a damaged install) falls back to English
    rather than stopping the run. An unknown ``lang`` is a ValueError: the
    command line and the project file let only zh and en through.
    """
    global _active, _language
    lang = (lang or language_from_env()).lower()
    if lang not in LANGUAGES:
        raise ValueError(f"no language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    _language = lang
    _active = gettext.translation(DOMAIN, LOCALE_DIR, languages=[LANGUAGES[lang]], fallback=True)
    return lang


def _translations() -> gettext.NullTranslations:
    if _active is None:
        set_language(None)
    return _active


def language() -> str:
    """Return the language messages are in now."""
    _translations()
    return _language


def _(message: str) -> str:
    """Return ``message`` in the current language."""
    return _translations().gettext(message)


def gettext_in(lang: str | None, message: str) -> str:
    """Return ``message`` in ``lang`` (zh or en), whatever the current language; None: the current one.

    For text whose reader is known whatever the terminal says: the documents
    go to an office and are Chinese.
    """
    if lang is None:
        return _(message)
    if lang not in LANGUAGES:
        raise ValueError(f"no language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[LANGUAGES[lang]], fallback=True).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """Return the singular or plural message for ``n`` in the current language."""
    return _translations().ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark ``message`` for the catalogue without translating it yet (translated where it is shown)."""
    return message
