"""The fast translation and number paths give exactly the pages flask-babel's own paths give."""

from __future__ import annotations

import flask_babel
import pytest
from jinja2 import ext

from kiesmbo import create_app, formatting
from tests.conftest import get_engine_of

PAGES = ["/", "/opleidingen?q=zorg", "/opleidingen?level=2&sort=salary",
         "/opleidingen/25655/mbo-verpleegkundige", "/opleidingen/25180/kok", "/ouders",
         "/uitleg", "/opleidingen/25655/ook-interessant", "/vergelijk?crebo=25655&crebo=25180"]
LANGUAGES = ["nl", "en", "tr", "ar", "pl", "uk"]


@pytest.fixture
def uncached_client(full_app):
    app = create_app({"TESTING": True, "DATABASE_URL": full_app.config["DATABASE_URL"],
                      "PAGE_CACHE_ENTRIES": 0})
    yield app.test_client()
    get_engine_of(app).dispose()


def _render_all(client) -> dict[tuple[str, str], bytes]:
    pages = {}
    for language in LANGUAGES:
        for path in PAGES:
            joiner = "&" if "?" in path else "?"
            response = client.get(f"{path}{joiner}lang={language}")
            assert response.status_code == 200, path
            pages[language, path] = response.get_data()
    return pages


def test_pages_are_byte_identical_with_flask_babels_own_paths(uncached_client, monkeypatch):
    fast = _render_all(uncached_client)
    # The reference: flask-babel's own calls, as the filters made them before the fast path.
    monkeypatch.setattr(formatting, "request_translations", flask_babel.get_translations)
    monkeypatch.setattr(formatting, "euro", lambda value: flask_babel.format_currency(
        round(value), "EUR", format="¤\u00a0#,##0", currency_digits=False))
    monkeypatch.setattr(formatting, "percent", flask_babel.format_percent)
    monkeypatch.setattr(formatting, "decimal", flask_babel.format_decimal)
    # ... and Jinja's own newstyle gettext wrappers around flask-babel's lookups.
    jinja_globals = uncached_client.application.jinja_env.globals
    monkeypatch.setitem(jinja_globals, "_", ext._gettext_alias)
    monkeypatch.setitem(jinja_globals, "gettext", ext._make_new_gettext(
        lambda s: flask_babel.get_translations().ugettext(s)))
    monkeypatch.setitem(jinja_globals, "ngettext", ext._make_new_ngettext(
        lambda s, p, n: flask_babel.get_translations().ungettext(s, p, n)))
    slow = _render_all(uncached_client)
    for key, body in fast.items():
        assert body == slow[key], key


def test_a_language_switch_inside_a_request_is_not_served_stale(full_app):
    def translate() -> str:
        return formatting.request_translations().ugettext("Compare programmes")

    with full_app.test_request_context("/?lang=nl"):
        assert translate() == "Vergelijk opleidingen"
        with flask_babel.force_locale("en"):
            assert translate() == "Compare programmes"
            assert formatting.request_locale() == "en"
            assert formatting.percent(0.5) == "50%"
        assert translate() == "Vergelijk opleidingen"
        assert formatting.request_locale() == "nl"
    with full_app.test_request_context("/?lang=ar"):
        assert formatting.request_locale() == "ar"
        with flask_babel.force_locale("tr"):
            assert formatting.request_locale() == "tr"
        assert formatting.request_locale() == "ar"
