"""An htmx error in a real browser: the message appears in #messages, the button stays."""

from __future__ import annotations

import pytest
from flask import Flask
from playwright.sync_api import Page, expect

from kiesmbo.shortlist import MAX_SHORTLIST

pytestmark = pytest.mark.browser


def test_adding_to_a_full_list_shows_the_message_and_keeps_the_button(
        page: Page, live_server: str, full_app: Flask):
    with full_app.app_context():
        from kiesmbo.db import get_snapshot

        crebos = [p.crebo for p in get_snapshot().programmes][:MAX_SHORTLIST + 1]
    for crebo in crebos[:MAX_SHORTLIST]:  # fill the list through the buttons' own POST
        page.request.post(f"{live_server}/lijstje/{crebo}/toevoegen")
    page.goto(f"{live_server}/opleidingen/{crebos[-1]}")
    # Wait for htmx to swap in this visitor's button: before that it is a plain form.
    expect(page.locator("form.list-button[hx-post]")).to_have_count(1)
    add = page.locator(f"form[action='/lijstje/{crebos[-1]}/toevoegen'] button")
    add.click()
    message = page.locator("#messages [role=alert]")
    expect(message).to_contain_text("Je lijstje is vol")
    expect(add).to_be_visible()  # the error did not replace the button
    assert page.locator("html").count() == 1 and page.locator("main h1").count() == 1
