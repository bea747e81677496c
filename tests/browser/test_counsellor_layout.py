"""The counsellor view (a saved result) on a laptop and the result pages on a phone, in the
browser: at 1280x800 the whole conversation fits in four screens; axe finds nothing on the
result page and the saved page in Dutch and Arabic (issue 12)."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from flask import Flask
from flask.testing import FlaskClient
from playwright.sync_api import Browser, BrowserContext, expect

from kiesmbo.questionnaire import Interest
from tests.views.test_orientation import _complete, _post

pytestmark = pytest.mark.browser

LAPTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
# A full conversation: a programme in mind, a place, six programmes on the list (four compared).
SHORTLIST = ("25655", "25498", "25656", "25696", "25604", "25605")


def _full_result(app: Flask) -> tuple[FlaskClient, str]:
    client = app.test_client()
    _complete(client, Interest.SOCIAL, {"place": "Zwolle", "in_mind": "verzorgende"})
    for crebo in SHORTLIST:
        assert client.post(f"/lijstje/{crebo}/toevoegen").status_code == 303
    return client, _post(client, "/orientatie/bewaar", {}).headers["Location"]


def _context(browser: Browser, live_server: str, client: FlaskClient, viewport: dict,
             locale: str = "nl-NL") -> BrowserContext:
    """A browser with the test client's session (its finished questionnaire)."""
    context = browser.new_context(locale=locale, viewport=viewport)
    context.add_cookies([{"name": c.key, "value": c.value, "url": live_server}
                         for c in client._cookies.values()])
    return context


@pytest.mark.parametrize("lang", ["nl", "ar"])
def test_counsellor_view_fits_four_laptop_screens(browser: Browser, live_server: str,
                                                   full_app: Flask, lang: str):
    client, location = _full_result(full_app)
    context = _context(browser, live_server, client, LAPTOP)
    try:
        page = context.new_page()
        page.goto(f"{live_server}{location}?lang={lang}")
        page.wait_for_load_state("networkidle")
        height = page.evaluate("document.documentElement.scrollHeight")
        print(f"\ncounsellor view {lang} at 1280x800: {height} px = {height / 800:.1f} screens")
        assert height <= 4 * LAPTOP["height"], height
        # The result in two columns: the interests next to the own choice.
        profile = page.locator("#profile-title").bounding_box()
        choice = page.locator("#choice-title").bounding_box()
        assert abs(profile["y"] - choice["y"]) < 2 and profile["x"] != choice["x"]
        # The ten suggestions are folded, and open with one click.
        cards = page.locator("#suggestions-title ~ details ol.cards > li")
        expect(cards.first).to_be_hidden()
        page.locator("#suggestions-title ~ details > summary").click()
        expect(cards.first).to_be_visible()
        assert cards.count() == 10
        # The comparison is compact: one source note under it, none in its cells.
        table = page.locator("#comparison table.compare-grid")
        assert table.locator(".source").count() == 0
        expect(page.locator("#comparison .source-note")).to_have_count(1)
        # Nothing runs off the side.
        assert page.evaluate("document.documentElement.scrollWidth") <= LAPTOP["width"]
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["nl", "ar"])
def test_result_and_saved_pages_have_no_axe_violations_on_a_phone(
        browser: Browser, live_server: str, full_app: Flask, lang: str):
    client, location = _full_result(full_app)
    context = _context(browser, live_server, client, PHONE)
    try:
        page = context.new_page()
        for path in ("/orientatie/uitslag", location):
            page.goto(f"{live_server}{path}?lang={lang}")
            page.wait_for_load_state("networkidle")
            result = Axe().run(page)
            assert result.violations_count == 0, (path, result.generate_report())
            assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    finally:
        context.close()
