"""Locales: the selector and lazy labels for enum values."""

from __future__ import annotations

from flask import current_app, request
from flask_babel import lazy_gettext as _l

LANGUAGE_COOKIE = "lang"

LEVEL_LABELS = {
    1: _l("Entree (level 1)"),
    2: _l("Level 2: basic vocational"),
    3: _l("Level 3: vocational"),
    4: _l("Level 4: middle management or specialist"),
}

STEP_LABELS = {
    1: _l("low"),
    2: _l("moderate"),
    3: _l("sufficient"),
    4: _l("more than sufficient"),
    5: _l("good"),
}


def select_locale() -> str:
    """Pick the locale: ?lang=, then the language cookie, then Accept-Language, then nl."""
    supported = current_app.config["LANGUAGES"]
    for choice in (request.args.get("lang"), request.cookies.get(LANGUAGE_COOKIE)):
        if choice in supported:
            return choice
    return request.accept_languages.best_match(supported) or supported[0]
