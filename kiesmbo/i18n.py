"""Locales: the selector, the language cookie, and lazy labels for enum values."""

from __future__ import annotations

from collections.abc import Mapping

from flask import Flask, Response, current_app, g, request, url_for
from flask_babel import get_locale
from flask_babel import lazy_gettext as _l

LANGUAGE_COOKIE = "lang"
# Each language named in itself, for the language switcher.
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English", "tr": "Türkçe", "ar": "العربية",
                  "pl": "Polski", "uk": "Українська"}
RTL_LANGUAGES = {"ar"}

LEVEL_LABELS = {
    1: _l("Entree (level 1)"),
    2: _l("Level 2: basic vocational"),
    3: _l("Level 3: vocational"),
    4: _l("Level 4: middle management or specialist"),
}
LEVEL_SHORT = {1: _l("Entree"), 2: _l("level 2"), 3: _l("level 3"), 4: _l("level 4")}

STEP_LABELS = {
    1: _l("low"),
    2: _l("moderate"),
    3: _l("sufficient"),
    4: _l("more than sufficient"),
    5: _l("good"),
}

SORT_LABELS = {
    "relevance": _l("Best match"),
    "job_chance": _l("Job chance (high to low)"),
    "salary": _l("Start salary (high to low)"),
    "name": _l("Name (A to Z)"),
}


def select_locale() -> str:
    """Pick the locale: ?lang=, then the language cookie, then Accept-Language, then nl."""
    supported = current_app.config["LANGUAGES"]
    for choice in (request.args.get("lang"), request.cookies.get(LANGUAGE_COOKIE)):
        if choice in supported:
            return choice
    return request.accept_languages.best_match(supported) or supported[0]


def is_rtl() -> bool:
    """Whether the current language is written right to left."""
    return str(get_locale()) in RTL_LANGUAGES


def keep_in_links(args: Mapping[str, object]) -> None:
    """Record the parsed, valid query parameters that a link to this page in another
    language keeps (for example the search filters). Views call this; nothing else is kept.
    """
    g.link_args = {key: value for key, value in args.items() if value not in (None, "", [])}


def language_url(code: str) -> str:
    """The URL of the current page in another language.

    Built only from the matched route's own variables and what the view passed to
    keep_in_links: raw query arguments never reach url_for, where keys such as `_method`,
    `_external` or `endpoint` would change what it builds (or make it fail).
    """
    rule = request.url_rule
    if request.method == "GET" and rule is not None and request.endpoint:
        args = {**(request.view_args or {}), **g.get("link_args", {})}
        return url_for(request.endpoint, **args, lang=code)
    return url_for("pages.home", lang=code)


def _remember_language(response: Response) -> Response:
    choice = request.args.get("lang")
    if choice in current_app.config["LANGUAGES"]:
        response.set_cookie(LANGUAGE_COOKIE, choice, max_age=365 * 24 * 3600,  # 1 year
                            samesite="Lax", secure=current_app.config.get(
                                "SESSION_COOKIE_SECURE", False))
    return response


def init_app(app: Flask) -> None:
    app.after_request(_remember_language)
    app.jinja_env.globals.update(
        level_labels=LEVEL_LABELS, level_short=LEVEL_SHORT, step_labels=STEP_LABELS,
        sort_labels=SORT_LABELS, language_names=LANGUAGE_NAMES, is_rtl=is_rtl,
        language_url=language_url)
