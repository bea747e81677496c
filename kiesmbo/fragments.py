"""Rendered fragments that depend only on the catalogue version, the language and their
own keys, remembered per worker: a list of 50 cards is 50 dictionary reads, and the parts
that many programme pages share (the key figures of a field and level, the guide's rows
for a level, the menu) are rendered once.

- `programme_card`, `figure_value` and `ladder_rungs`: template globals around a macro
  imported without context; their output depends on their arguments, the language, the
  catalogue (through the programme's figures) and url_for, nothing else.
- `{% fragment key, ... %}...{% endfragment %}`: any template part, keyed by what it shows.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import NamedTuple

from flask import Flask, current_app, request
from flask.globals import _cv_app
from jinja2 import nodes
from jinja2.ext import Extension
from jinja2.parser import Parser
from markupsafe import Markup

from kiesmbo.catalogue import FigureView, ProgrammeSummary
from kiesmbo.db import get_snapshot
from kiesmbo.formatting import request_locale
from kiesmbo.ladder import Rung
from kiesmbo.templating import get_template

# Cards of one catalogue version: 628 programmes x 6 languages x 2 headings, and the
# distances people see (whole km); past this many the dictionary starts afresh.
_LIMIT = 50_000
_SCOPE_ATTRIBUTE = "_kiesmbo_fragment_scope"
# The macros behind the template globals below: (template, macro).
_CARD = ("components/programme_card.html", "card_body")
_FIGURE = ("components/figure_value.html", "figure_value_body")
_RUNG = ("components/rung.html", "rung")


class CardCache:
    """One worker's rendered cards, all of one catalogue version."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.cards: dict[tuple, Markup] = {}
        self.version = ""
        self.macros: dict[tuple[str, str, str], Callable[..., Markup]] = {}


class _Scope(NamedTuple):
    """What every fragment of one request shares: worked out once per request (a page
    has 20-30 fragments, cards and figures), kept on flask.g."""

    cache: CardCache
    version: str
    script_root: str
    usable: bool  # the fragment cache is on and this request can read the catalogue


def _scope() -> _Scope:
    namespace = _cv_app.get().g.__dict__
    scope = namespace.get(_SCOPE_ATTRIBUTE)
    if scope is None:
        app = current_app
        cache: CardCache = app.extensions["kiesmbo.cards"]
        usable = bool(app.config["FRAGMENT_CACHE"]) and _catalogue_readable()
        version = get_snapshot().version if usable else ""
        if usable and cache.version != version:
            with cache.lock:
                if cache.version != version:
                    cache.cards = {}
                    cache.version = version
        scope = namespace[_SCOPE_ATTRIBUTE] = _Scope(cache, version, request.script_root,
                                                     usable)
    return scope


def _remembered(key: tuple, render: Callable[..., Markup], *args: object) -> Markup:
    """render(*args), remembered under key for this catalogue version and language."""
    scope = _scope()
    cache = scope.cache
    # The language is read each time: force_locale may switch it within a request.
    key = (request_locale(), scope.script_root, *key)
    fragment = cache.cards.get(key)
    if fragment is None:
        fragment = render(*args)
        with cache.lock:
            if len(cache.cards) >= _LIMIT:
                cache.cards = {}
            if cache.version == scope.version:  # not a newer version's dictionary
                cache.cards[key] = fragment
    return fragment


def programme_card(programme: ProgrammeSummary, distance_km: float | None = None,
                   heading: str = "h3", school: object | None = None) -> Markup:
    """The programme card (the `card_body` macro of components/programme_card.html),
    remembered per catalogue version, language, programme, heading and distance as shown
    (whole km). A card that names the visitor's nearest school is not remembered."""
    if school is not None:
        return _call_macro(_CARD, programme, distance_km, heading, school)
    if not _scope().usable:
        return _call_macro(_CARD, programme, distance_km, heading)
    # The card shows the distance as Jinja's round|int gives it, so that is the key.
    shown = None if distance_km is None else round(distance_km)
    return _remembered(("card", programme.crebo, shown, heading), _call_macro, _CARD,
                       programme, distance_km, heading)


def figure_value(figure: object, with_range: bool = False) -> Markup:
    """A figure's value as people say it (the `figure_value_body` macro of
    components/figure_value.html); a catalogue figure (FigureView, compared by value) is
    remembered per language. A template global, not a macro: one macro call less for each
    of the 20 or so figures on a page."""
    if type(figure) is not FigureView or not _scope().usable:
        return _call_macro(_FIGURE, figure, with_range)
    return _remembered(("figure", figure, bool(with_range)), _call_macro, _FIGURE, figure,
                       with_range)


def ladder_rungs(rungs: Iterable[Rung]) -> Markup:
    """The steps of a route ladder (the `rung` macro of components/rung.html, one `<li>`
    each), each remembered per catalogue version, language and step. A step shows its kind,
    level, years and, for a programme, that programme (its name and link come from the
    catalogue) and whether it is the page's own: that is the key."""
    if not _scope().usable:
        return Markup("").join(_call_macro(_RUNG, r) for r in rungs)
    return Markup("").join(
        _remembered(("rung", r.kind, r.level, r.years_min, r.years_max, r.is_this,
                     r.programme.crebo if r.programme is not None else None),
                    _call_macro, _RUNG, r)
        for r in rungs)


def _call_macro(macro: tuple[str, str], *args: object) -> Markup:
    """Call a macro (template name, macro name) of a template imported without context.
    Looked up only when a fragment is rendered, not on every read of a remembered one."""
    template_name, name = macro
    if current_app.jinja_env.auto_reload:  # development: the edited template's new module
        return getattr(get_template(template_name).module, name)(*args)
    macros = current_app.extensions["kiesmbo.cards"].macros
    key = (request_locale(), template_name, name)  # each language compiles its own
    found = macros.get(key)
    if found is None:
        found = macros[key] = getattr(get_template(template_name).module, name)
    return found(*args)


class FragmentExtension(Extension):
    """`{% fragment key, ... %}...{% endfragment %}`: the body rendered once per catalogue
    version, language, template line and key, then read from the same dictionary as the
    cards. The keys must name everything the body shows besides the catalogue and the
    language (a figure, a level, today's date...): the test that compares every page with
    the caches off (tests/test_render_caches.py) catches a key that misses something.

    Written here rather than taken from Flask-Caching's `{% cache %}` tag: that one keys on
    a timeout and a backend, where these fragments live exactly as long as a catalogue
    version, and one dictionary with one bound holds every rendered fragment.
    """

    tags = frozenset({"fragment"})

    def parse(self, parser: Parser) -> nodes.Node:
        lineno = next(parser.stream).lineno
        keys = [parser.parse_expression()]
        while parser.stream.skip_if("comma"):
            keys.append(parser.parse_expression())
        body = parser.parse_statements(("name:endfragment",), drop_needle=True)
        place = nodes.Const(f"{parser.name}:{lineno}")
        call = self.call_method("_render", [place, nodes.Tuple(keys, "load")])
        return nodes.CallBlock(call, [], [], body).set_lineno(lineno)

    @staticmethod
    def _render(place: str, keys: tuple, caller: Callable[[], str]) -> Markup:
        if not _scope().usable:
            return Markup(caller())
        return _remembered(("fragment", place, keys), lambda: Markup(caller()))


def _catalogue_readable() -> bool:
    """Whether this request can read the catalogue version. An error page drawn because the
    database failed uses the layout's fragments too: those then render without the cache
    instead of failing the error page as well."""
    try:
        get_snapshot()
    except Exception:  # any database failure; the view has reported it
        return False
    return True


def init_app(app: Flask) -> None:
    app.extensions["kiesmbo.cards"] = CardCache()
    app.add_template_global(programme_card)
    app.add_template_global(figure_value)
    app.add_template_global(ladder_rungs)
    app.jinja_env.add_extension(FragmentExtension)
