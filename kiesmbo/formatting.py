"""Fast paths for what every page calls hundreds of times: translation lookups from
templates and number formatting, with output identical to flask-babel's.

A programme page makes about 200 gettext calls and 100 number formats. flask-babel resolves
the request's translations through several context lookups per call, and babel parses the
number pattern on every call; here the translations are looked up once per request and a
formatted value is remembered per (value, locale).
"""

from __future__ import annotations

import functools

from babel import numbers
from babel.support import NullTranslations
from flask import Flask, g
from flask_babel import get_locale, get_translations

# flask-babel's refresh() (and so force_locale) deletes this attribute of its per-request
# namespace, so a language switch inside a request is never served stale translations.
_ATTRIBUTE = "babel_translations"


def request_translations() -> NullTranslations:
    """This request's translations, looked up once per request (flask-babel's own choice)."""
    if not g:
        return get_translations()
    namespace = getattr(g, "_flask_babel", None)
    cached = getattr(namespace, _ATTRIBUTE, None) if namespace is not None else None
    if cached is None:
        cached = get_translations()
        namespace = g._flask_babel  # created by get_translations
        setattr(namespace, _ATTRIBUTE, cached)
    return cached


@functools.lru_cache(maxsize=8192)
def _euro(value: int, locale: str) -> str:
    return numbers.format_currency(value, "EUR", format="¤\u00a0#,##0", currency_digits=False,
                                   locale=locale)


@functools.lru_cache(maxsize=8192)
def _percent(value: float, locale: str) -> str:
    return numbers.format_percent(value, locale=locale)


@functools.lru_cache(maxsize=8192)
def _decimal(value: float, locale: str) -> str:
    return numbers.format_decimal(value, locale=locale)


def euro(value: float) -> str:
    """Whole euros in the request's locale: '€ 1.950'."""
    return _euro(round(value), str(get_locale()))


def percent(fraction: float) -> str:
    """A fraction as a percentage in the request's locale: 0.54 -> '54%'."""
    return _percent(fraction, str(get_locale()))


def decimal(value: float) -> str:
    """A number in the request's locale: '4.321' in Dutch."""
    return _decimal(value, str(get_locale()))


def init_app(app: Flask) -> None:
    """Replace flask-babel's template gettext callables by ones with a per-request lookup."""
    app.jinja_env.install_gettext_callables(
        gettext=lambda s: request_translations().ugettext(s),
        ngettext=lambda s, p, n: request_translations().ungettext(s, p, n),
        newstyle=True,
        pgettext=lambda c, s: request_translations().upgettext(c, s),
        npgettext=lambda c, s, p, n: request_translations().unpgettext(c, s, p, n),
    )
