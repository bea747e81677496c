"""Fast paths for what every page calls hundreds of times: translation lookups from
templates and number formatting, with output identical to flask-babel's.

A programme page makes about 200 gettext calls and 100 number formats. flask-babel resolves
the request's translations through several context lookups per call, and babel parses the
number pattern on every call; here the translations are looked up once per request and a
formatted value is remembered per (value, locale).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from types import SimpleNamespace
from typing import Any

from babel import numbers
from babel.support import NullTranslations
from flask import Flask
from flask.globals import _cv_app
from flask_babel import get_locale, get_translations
from jinja2 import pass_context
from jinja2.runtime import Context
from markupsafe import Markup

# flask-babel's refresh() (and so force_locale) deletes this attribute of its per-request
# namespace, so a language switch inside a request is never served stale translations.
_ATTRIBUTE = "babel_translations"
# (the Locale object flask-babel holds for this request, its name); see request_locale.
_NAME_ATTRIBUTE = "_kiesmbo_locale_name"
_TRANSLATIONS_KEY = "kiesmbo.translations"  # app.extensions: locale name -> translations


def _babel_namespace() -> SimpleNamespace | None:
    """flask-babel's per-request namespace (`g._flask_babel`), read with one context-variable
    lookup instead of the three proxy lookups of flask-babel's own `_get_current_context`;
    None outside an app context or before flask-babel made it."""
    app_context = _cv_app.get(None)
    return None if app_context is None else getattr(app_context.g, "_flask_babel", None)


def request_translations() -> NullTranslations:
    """This request's translations, looked up once per request (flask-babel's own choice)."""
    namespace = _babel_namespace()
    cached = getattr(namespace, _ATTRIBUTE, None) if namespace is not None else None
    if cached is None:
        cached = _translations_of(request_locale())
        namespace = _babel_namespace()  # get_locale made it (in an app context)
        if namespace is not None:
            setattr(namespace, _ATTRIBUTE, cached)
    return cached


def _translations_of(locale: str) -> NullTranslations:
    """flask-babel's translations of a locale, kept per app. flask-babel keeps them as well,
    but finding them again costs five context lookups and the locale's name: 12-20 us on
    every request. The catalogues are read at start-up and never change while running."""
    app_context = _cv_app.get(None)
    if app_context is None:
        return get_translations()
    memo: dict[str, NullTranslations] = app_context.app.extensions[_TRANSLATIONS_KEY]
    found = memo.get(locale)
    if found is None:
        found = memo[locale] = get_translations()
    return found


def request_locale() -> str:
    """This request's locale as a string: flask-babel's get_locale, with the same fast
    read of its per-request namespace (refresh() and force_locale reset it there too)."""
    namespace = _babel_namespace()
    locale = getattr(namespace, "babel_locale", None) if namespace is not None else None
    if locale is None:
        return _locale_name(get_locale())
    # The name is kept next to the very Locale object it belongs to: an identity check, where
    # the lru_cache below compares babel Locales with their slow __eq__ on every hit.
    named = getattr(namespace, _NAME_ATTRIBUTE, None)
    if named is None or named[0] is not locale:
        named = (locale, _locale_name(locale))
        setattr(namespace, _NAME_ATTRIBUTE, named)
    return named[1]


@functools.lru_cache(maxsize=64)
def _locale_name(locale: object) -> str:
    return str(locale)  # babel builds the identifier on every str()


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
    return _euro(round(value), request_locale())


def percent(fraction: float) -> str:
    """A fraction as a percentage in the request's locale: 0.54 -> '54%'."""
    return _percent(fraction, request_locale())


def decimal(value: float) -> str:
    """A number in the request's locale: '4.321' in Dutch."""
    return _decimal(value, request_locale())


# Template translations remembered per Translations object (one per locale, kept by
# flask-babel): (kind, msgid..., autoescape) -> the message as Jinja's newstyle gettext makes
# it (Markup when autoescaping; "% {}" already applied when there are no variables).
_MEMO_ATTRIBUTE = "_kiesmbo_template_memo"
_MEMO_LIMIT = 20000


def _memo(translations: NullTranslations) -> dict[tuple, Any]:
    memo = translations.__dict__.get(_MEMO_ATTRIBUTE)
    if memo is None or len(memo) > _MEMO_LIMIT:
        memo = {}
        setattr(translations, _MEMO_ATTRIBUTE, memo)
    return memo


def translate(msgid: str) -> str:
    """gettext(msgid) for this request without variables, remembered per locale: flask-babel's
    gettext looks the translations up through several context lookups on every call."""
    translations = request_translations()
    memo = _memo(translations)
    key = ("t", msgid)
    found = memo.get(key)
    if found is None:
        found = memo[key] = translations.ugettext(msgid)
    return found


class TemplateLabels(Mapping):
    """A table of msgids (level names, steps...) as templates read it: each value is this
    request's translation, as Markup, which is what a lazy string gives in a template (its
    __html__ is the translated text itself), without one lazy-string gettext per use."""

    def __init__(self, msgids: Mapping[Any, str]) -> None:
        self._msgids = msgids

    def __getitem__(self, key: Any) -> Markup:
        return Markup(translate(self._msgids[key]))

    def __iter__(self) -> Iterator[Any]:
        return iter(self._msgids)

    def __len__(self) -> int:
        return len(self._msgids)


@pass_context
def template_gettext(context: Context, string: str, **variables: Any) -> str:
    """Jinja's newstyle gettext (jinja2.ext._make_new_gettext) with one context call
    instead of three and the looked-up message remembered."""
    autoescape = context.eval_ctx.autoescape
    translations = request_translations()
    memo = _memo(translations)
    if not variables:
        key = ("g0", string, autoescape)
        found = memo.get(key)
        if found is None:
            message = translations.ugettext(string)
            found = memo[key] = (Markup(message) if autoescape else message) % variables
        return found
    key = ("g", string, autoescape)
    message = memo.get(key)
    if message is None:
        message = translations.ugettext(string)
        message = memo[key] = Markup(message) if autoescape else message
    return message % variables


@pass_context
def template_ngettext(context: Context, singular: str, plural: str, num: int,
                      **variables: Any) -> str:
    """Jinja's newstyle ngettext with the looked-up message remembered per count."""
    variables.setdefault("num", num)
    autoescape = context.eval_ctx.autoescape
    translations = request_translations()
    memo = _memo(translations)
    key = ("n", singular, plural, num, autoescape)
    message = memo.get(key)
    if message is None:
        message = translations.ungettext(singular, plural, num)
        message = memo[key] = Markup(message) if autoescape else message
    return message % variables


def init_app(app: Flask) -> None:
    """Replace flask-babel's template gettext callables by ones with a per-request lookup;
    `_` and `gettext` (the two names templates use) get the remembered fast path."""
    app.extensions[_TRANSLATIONS_KEY] = {}
    app.jinja_env.install_gettext_callables(
        gettext=lambda s: request_translations().ugettext(s),
        ngettext=lambda s, p, n: request_translations().ungettext(s, p, n),
        newstyle=True,
        pgettext=lambda c, s: request_translations().upgettext(c, s),
        npgettext=lambda c, s, p, n: request_translations().unpgettext(c, s, p, n),
    )
    app.jinja_env.globals.update(_=template_gettext, gettext=template_gettext,
                                 ngettext=template_ngettext)
