"""Rendered fragments that depend only on the catalogue version and the language (the
programme card, a figure's value), remembered per worker so that a list of 50 cards is 50
dictionary reads.

Both are macros imported without context: their output depends on their arguments, the
language, the catalogue (through the programme's figures) and url_for, nothing else.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from flask import Flask, current_app, request
from flask_babel import get_locale
from markupsafe import Markup

from kiesmbo.catalogue import FigureView, ProgrammeSummary
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


def _remembered(key: tuple, render: Callable[..., Markup], *args: object) -> Markup:
    """render(*args), remembered under key for this catalogue version and language."""
    cache: CardCache = current_app.extensions["kiesmbo.cards"]
    version = get_snapshot().version
    key = (str(get_locale()), request.script_root, *key)
    if cache.version != version:
        with cache.lock:
            if cache.version != version:
                cache.cards = {}
                cache.version = version
    fragment = cache.cards.get(key)
    if fragment is None:
        fragment = render(*args)
        with cache.lock:
            if len(cache.cards) >= _LIMIT:
                cache.cards = {}
            if cache.version == version:
                cache.cards[key] = fragment
    return fragment


def cached_card(render: Callable[..., Markup], programme: ProgrammeSummary,
                distance_km: float | None, heading: str) -> Markup:
    """The programme card as `render` (the card's macro body) makes it, remembered per
    catalogue version, language, programme, heading and distance as shown (whole km)."""
    if not current_app.config["FRAGMENT_CACHE"]:
        return render(programme, distance_km, heading)
    # The card shows the distance as Jinja's round|int gives it, so that is the key.
    shown = None if distance_km is None else round(distance_km)
    return _remembered(("card", programme.crebo, shown, heading), render, programme,
                       distance_km, heading)


def cached_figure(render: Callable[..., Markup], figure: object, with_range: bool) -> Markup:
    """A figure's value as `render` (figure_value's macro body) makes it; a catalogue
    figure (FigureView, compared by value) is remembered per language."""
    if not current_app.config["FRAGMENT_CACHE"] or type(figure) is not FigureView:
        return render(figure, with_range)
    return _remembered(("figure", figure, bool(with_range)), render, figure, with_range)


def init_app(app: Flask) -> None:
    app.extensions["kiesmbo.cards"] = CardCache()
    app.add_template_global(cached_card)
    app.add_template_global(cached_figure)
