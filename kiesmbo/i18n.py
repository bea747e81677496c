"""Locales: the selector, the language cookie, and the labels (msgids) for enum values."""

from __future__ import annotations

import functools
import time
from collections.abc import Mapping
from urllib.parse import quote

from babel import Locale
from flask import Flask, Response, current_app, g, request
from werkzeug.datastructures import LanguageAccept
from werkzeug.http import dump_cookie, parse_accept_header

from kiesmbo.formatting import TemplateLabels, request_locale
from kiesmbo.labels import N_
from kiesmbo.urls import url_for

LANGUAGE_COOKIE = "lang"
_LANGUAGE_COOKIE_SECONDS = 365 * 24 * 3600  # a year
# Each language named in itself, for the language switcher.
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English", "tr": "Türkçe", "ar": "العربية",
                  "pl": "Polski", "uk": "Українська"}
RTL_LANGUAGES = {"ar"}
# Browsers send at most about 60 characters of Accept-Language.
_REMEMBERED_HEADER_LENGTH = 200

# msgids; templates read these tables through TemplateLabels (translated per request).
LEVEL_LABELS = {
    1: N_("Entree (level 1)"),
    2: N_("Level 2: basic vocational"),
    3: N_("Level 3: vocational"),
    4: N_("Level 4: middle management or specialist"),
}
LEVEL_SHORT = {1: N_("Entree"), 2: N_("level 2"), 3: N_("level 3"), 4: N_("level 4")}

STEP_LABELS = {
    1: N_("low"),
    2: N_("moderate"),
    3: N_("sufficient"),
    4: N_("more than sufficient"),
    5: N_("good"),
}

SORT_LABELS = {
    "relevance": N_("Best match"),
    "job_chance": N_("Job chance (high to low)"),
    "salary": N_("Start salary (high to low)"),
    "name": N_("Name (A to Z)"),
}


@functools.cache
def _locale(code: str) -> Locale:
    """The parsed Locale of a supported code: flask-babel takes a Locale as it is, where a
    code would be parsed again on every request."""
    return Locale.parse(code)


@functools.lru_cache(maxsize=512)
def _best_accepted(header: str, supported: tuple[str, ...]) -> str | None:
    """The supported language an Accept-Language header prefers. Browsers send a few
    dozen distinct headers, so each one's answer is kept rather than parsed per request."""
    return parse_accept_header(header, LanguageAccept).best_match(supported)


def select_locale() -> Locale:
    """Pick the locale: ?lang=, then the language cookie, then Accept-Language, then nl."""
    supported = current_app.config["LANGUAGES"]
    for choice in (request.args.get("lang"), request.cookies.get(LANGUAGE_COOKIE)):
        if choice in supported:
            return _locale(choice)
    header = request.headers.get("Accept-Language", "")
    if not header:
        return _locale(supported[0])
    # Only plain headers are kept: a long made-up one must not take a slot in the memo.
    best = (_best_accepted if len(header) <= _REMEMBERED_HEADER_LENGTH
            else _best_accepted.__wrapped__)
    return _locale(best(header, tuple(supported)) or supported[0])


def is_rtl() -> bool:
    """Whether the current language is written right to left."""
    return request_locale() in RTL_LANGUAGES


def keep_in_links(args: Mapping[str, object]) -> None:
    """Record the parsed, valid query parameters that a link to this page in another
    language keeps (for example the search filters). Views call this; nothing else is kept.
    """
    g.link_args = {key: value for key, value in args.items() if value not in (None, "", [])}


def language_links() -> list[tuple[str, str, str | None]]:
    """The language switcher: (code, own name, URL of the current page in that language,
    or None for the current language).

    The URLs are built only from the matched route's own variables and what the view passed
    to keep_in_links: raw query arguments never reach url_for, where keys such as `_method`,
    `_external` or `endpoint` would change what it builds (or make it fail). The page's URL
    is built once; `lang` goes last, as url_for would add it.
    """
    rule = request.url_rule
    if request.method == "GET" and rule is not None and request.endpoint:
        base = url_for(request.endpoint, **{**(request.view_args or {}),
                                            **g.get("link_args", {})})
    else:
        base = url_for("pages.home")
    joiner = "&" if "?" in base else "?"
    current = request_locale()
    return [(code, name, None if code == current else f"{base}{joiner}lang={quote(code)}")
            for code, name in LANGUAGE_NAMES.items() if code in current_app.config["LANGUAGES"]]


def _remember_language(response: Response) -> Response:
    choice = request.args.get("lang")
    if choice in current_app.config["LANGUAGES"]:
        response.headers.add("Set-Cookie", language_cookie(
            choice, bool(current_app.config.get("SESSION_COOKIE_SECURE", False)),
            int(time.time()), response.max_cookie_size))
    return response


@functools.lru_cache(maxsize=64)
def language_cookie(choice: str, secure: bool, second: int, max_size: int) -> str:
    """The Set-Cookie header that response.set_cookie writes for the language in this
    second (its Expires is a year on, to the second). Most pages with ?lang= carry it, and
    building it takes 6 us; within a second it is the same text."""
    return dump_cookie(LANGUAGE_COOKIE, choice, max_age=_LANGUAGE_COOKIE_SECONDS,
                       expires=second + _LANGUAGE_COOKIE_SECONDS, path="/", samesite="Lax",
                       secure=secure, max_size=max_size)


def init_app(app: Flask) -> None:
    app.after_request(_remember_language)
    app.jinja_env.globals.update(
        level_labels=TemplateLabels(LEVEL_LABELS), level_short=TemplateLabels(LEVEL_SHORT),
        step_labels=TemplateLabels(STEP_LABELS), sort_labels=TemplateLabels(SORT_LABELS),
        language_names=LANGUAGE_NAMES, is_rtl=is_rtl,
        language_links=language_links)
