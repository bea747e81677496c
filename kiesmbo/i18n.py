"""Locales: the selector, the language cookie, and the labels (msgids) for enum values."""

from __future__ import annotations

from collections.abc import Mapping

from flask import Flask, Response, current_app, g, request

from kiesmbo.formatting import TemplateLabels, request_locale
from kiesmbo.labels import N_
from kiesmbo.urls import url_for

LANGUAGE_COOKIE = "lang"
# Each language named in itself, for the language switcher.
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English", "tr": "Türkçe", "ar": "العربية",
                  "pl": "Polski", "uk": "Українська"}
RTL_LANGUAGES = {"ar"}

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


def select_locale() -> str:
    """Pick the locale: ?lang=, then the language cookie, then Accept-Language, then nl."""
    supported = current_app.config["LANGUAGES"]
    for choice in (request.args.get("lang"), request.cookies.get(LANGUAGE_COOKIE)):
        if choice in supported:
            return choice
    return request.accept_languages.best_match(supported) or supported[0]


def is_rtl() -> bool:
    """Whether the current language is written right to left."""
    return request_locale() in RTL_LANGUAGES


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
        level_labels=TemplateLabels(LEVEL_LABELS), level_short=TemplateLabels(LEVEL_SHORT),
        step_labels=TemplateLabels(STEP_LABELS), sort_labels=TemplateLabels(SORT_LABELS),
        language_names=LANGUAGE_NAMES, is_rtl=is_rtl,
        language_url=language_url)
