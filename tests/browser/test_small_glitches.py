"""Small layout glitches at phone size, measured: fields keep room to type, radios keep
their size, amounts and "(n van de 10)" do not break inside."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

pytestmark = pytest.mark.browser


def test_place_field_on_compare_keeps_room_to_type(page: Page, live_server: str):
    page.goto(live_server + "/vergelijk?crebo=25655&crebo=25656")
    assert page.locator("#place").bounding_box()["width"] >= 150


def test_radios_and_checkboxes_keep_their_size_when_labels_wrap(page: Page, live_server: str):
    page.goto(live_server + "/opleidingen?q=zorg")
    page.locator("details.more-filters > summary").click()
    widths = page.evaluate("""() => Array.from(document.querySelectorAll('.choice input'))
        .map(e => Math.round(e.getBoundingClientRect().width))""")
    assert widths and len(set(widths)) == 1, widths


def test_amounts_and_shares_do_not_break_inside(page: Page, live_server: str):
    page.set_viewport_size({"width": 320, "height": 700})
    page.goto(live_server + "/vergelijk?crebo=25655&crebo=25656&crebo=25725&crebo=25736")
    broken = page.evaluate("""() => Array.from(document.querySelectorAll('.plain'))
        .filter(e => e.getClientRects().length > 1).map(e => e.textContent)""")
    assert broken == []
    assert "€\u00a0" in page.locator("main").inner_text()
