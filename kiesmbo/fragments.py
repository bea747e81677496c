"""Rendered fragments that depend only on the catalogue version and the language (the
programme card), remembered per worker so that a list of 50 cards is 50 dictionary reads.

A card is a macro imported without context: its output depends on its arguments, the
language, the catalogue (through the programme's figures) and url_for, nothing else.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from flask import Flask, current_app, request
from flask_babel import get_locale
from markupsafe import Markup

from kiesmbo.catalogue import ProgrammeSummary
from kiesmbo.db import get_snapshot

# Cards of one catalogue version: 628 programmes x 6 languages x 2 headings, and the
# distances people see (whole km); past this many the dictionary starts afresh.
_LIMIT = 50_000


class CardCache:
    """One worker's rendered cards, all of one catalogue version."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.cards: dict[tuple, Markup] = {}
        self.version = ""


def cached_card(render: Callable[..., Markup], programme: ProgrammeSummary,
                distance_km: float | None, heading: str) -> Markup:
    """The programme card as `render` (the card's macro body) makes it, remembered per
    catalogue version, language, programme, heading and distance as shown (whole km)."""
    if not current_app.config["FRAGMENT_CACHE"]:
        return render(programme, distance_km, heading)
    cache: CardCache = current_app.extensions["kiesmbo.cards"]
    version = get_snapshot().version
    # The card shows the distance as Jinja's round|int gives it, so that is the key.
    shown = None if distance_km is None else round(distance_km)
    key = (str(get_locale()), request.script_root, programme.crebo, shown, heading)
    if cache.version != version:
        with cache.lock:
            if cache.version != version:
                cache.cards = {}
                cache.version = version
    card = cache.cards.get(key)
    if card is None:
        card = render(programme, distance_km, heading)
        with cache.lock:
            if len(cache.cards) >= _LIMIT:
                cache.cards = {}
            if cache.version == version:
                cache.cards[key] = card
    return card


def init_app(app: Flask) -> None:
    app.extensions["kiesmbo.cards"] = CardCache()
    app.add_template_global(cached_card)
