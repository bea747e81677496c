"""With JavaScript on, the PDF downloads (htmx leaves it alone), its QR code scans, and the
QR's link opens the saved result in a fresh browser."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
import zxingcpp
from flask import Flask
from playwright.sync_api import Browser, Page, expect

from kiesmbo.questionnaire import Interest
from tests.views.test_orientation import _complete, _post

pytestmark = pytest.mark.browser


def _saved_location(app: Flask) -> str:
    client = app.test_client()
    _complete(client, Interest.SOCIAL)
    return _post(client, "/orientatie/bewaar", {}).headers["Location"]


def test_pdf_downloads_with_javascript_and_its_qr_reopens_the_result(
        page: Page, browser: Browser, live_server: str, full_app: Flask, tmp_path):
    location = _saved_location(full_app)
    page.goto(live_server + location)
    assert page.evaluate("() => typeof htmx") == "object"
    # The QR image on the page loads (a broken SVG has no natural size).
    qr = page.locator("img.qr")
    expect(qr).to_be_visible()
    assert page.evaluate("img => img.complete && img.naturalWidth > 0", qr.element_handle())
    page.get_by_label("Voornaam op het overzicht").fill("Noor")
    with page.expect_download() as info:
        page.get_by_role("button", name="Download als pdf").click()
    download = info.value
    assert download.suggested_filename.endswith(".pdf")
    path = tmp_path / "summary.pdf"
    download.save_as(path)
    # The page itself was not replaced by the PDF's bytes.
    expect(page.locator("h1")).to_contain_text("Bewaarde uitslag")
    assert "%PDF" not in page.locator("body").inner_text()

    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    pdf = pdfium.PdfDocument(data)
    try:
        image = pdf[0].render(scale=2).to_pil()
    finally:
        pdf.close()
    codes = [code.text for code in zxingcpp.read_barcodes(image)]
    assert codes == [live_server + location]

    fresh = browser.new_context(locale="nl-NL", viewport={"width": 390, "height": 844})
    try:
        other = fresh.new_page()
        other.goto(codes[0])
        expect(other.locator("h1")).to_contain_text(location.rsplit("/", 1)[1])
        expect(other.locator(".domains li").first).to_contain_text("Zorg en welzijn")
    finally:
        fresh.close()
