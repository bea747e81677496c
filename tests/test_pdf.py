"""The guidance summary PDF and the QR code: standalone SVG, readable QR, clean layout.

The layout is checked on the rendered pages (pypdfium2): the QR is decoded from the page
image (zxing-cpp), labels keep a gap before their values, and no suggestion card is split
over two pages.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pypdfium2 as pdfium
import pytest
import zxingcpp
from bs4 import BeautifulSoup

from kiesmbo.questionnaire import Interest
from tests.views.test_orientation import _complete, _post

SVG_NS = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def saved(full_app) -> tuple[str, bytes, BeautifulSoup]:
    """A saved full result: its URL path, its PDF and its counsellor page."""
    client = full_app.test_client()
    _complete(client, Interest.SOCIAL)
    location = _post(client, "/orientatie/bewaar", {}).headers["Location"]
    response = _post(client, location + "/pdf", {})
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    page = BeautifulSoup(client.get(location).get_data(as_text=True), "html.parser")
    return location, response.data, page


def _pages(document: bytes) -> list[tuple[str, list[tuple[str, tuple]]]]:
    """Per page: its text with whitespace folded, and every character with its box."""
    pdf = pdfium.PdfDocument(document)
    pages = []
    try:
        for page in pdf:
            text_page = page.get_textpage()
            chars = [(text_page.get_text_range(i, 1), text_page.get_charbox(i))
                     for i in range(text_page.count_chars())]
            pages.append((" ".join(text_page.get_text_range().split()), chars))
            text_page.close()
            page.close()
    finally:
        pdf.close()
    return pages


def test_qr_svg_is_a_standalone_svg_document(full_app, saved):
    location, _document, _page = saved
    response = full_app.test_client().get(location + "/qr.svg")
    assert response.status_code == 200 and response.mimetype == "image/svg+xml"
    root = ET.fromstring(response.data)
    # Without the namespace a browser shows a broken image.
    assert root.tag == SVG_NS + "svg"
    assert int(root.get("width")) >= 100


def test_the_pdf_carries_a_qr_code_that_opens_the_result(saved):
    location, document, _page = saved
    pdf = pdfium.PdfDocument(document)
    try:
        image = pdf[0].render(scale=2).to_pil()
    finally:
        pdf.close()
    codes = zxingcpp.read_barcodes(image)
    assert [c.text for c in codes] == ["http://localhost" + location]
    first_page_text = _pages(document)[0][0]
    assert "http://localhost" + location in first_page_text.replace(" ", "")


def test_no_label_touches_its_value(saved):
    _location, document, _page = saved
    checked = 0
    for _text, chars in _pages(document):
        line = "".join(char for char, _box in chars)
        for label in ("Kans op werk", "Startsalaris"):
            for match in re.finditer(re.escape(label), line):
                end = match.end()
                while end < len(chars) and chars[end][0] in ": \r\n":
                    end += 1
                if end >= len(chars):
                    continue
                label_right = chars[match.end() - 1][1][2]
                value_left = chars[end][1][0]
                if abs(chars[end][1][1] - chars[match.end() - 1][1][1]) > 2:
                    continue  # the value is on the next line
                assert value_left - label_right >= 2.5, (label, line[match.start():end + 12])
                checked += 1
    assert checked >= 10


def test_no_suggestion_card_is_split_over_two_pages(saved):
    _location, document, page = saved
    names = [a.get_text(strip=True) for a in page.select_one("#suggestions-title")
             .find_parent("section").select("ol.cards .card-title a")]
    assert len(names) >= 5
    pages = _pages(document)
    assert len(pages) >= 2
    for text, _chars in pages:
        titles = sum(text.count(name) for name in names)
        # Each card ends with "Past NN van de 100" after its explanation.
        fits = len(re.findall(r"Past \d+ van de 100\.", text))
        assert titles == fits, text[:300]


def test_next_steps_typed_on_screen_go_into_the_pdf_only(full_app, saved):
    location, _document, page = saved
    fields = page.select(".next-steps textarea[form=pdf-form]")
    assert [f["name"] for f in fields] == ["step_open_days", "step_taster", "step_parents",
                                           "step_other"]
    assert page.select_one("form#pdf-form") is not None
    client = full_app.test_client()
    client.get(location)
    response = _post(client, location + "/pdf",
                     {"step_open_days": "Open dag ROC Mondriaan, 12 maart", "step_other": ""})
    text = " ".join(text for text, _chars in _pages(response.data))
    assert "Open dag ROC Mondriaan, 12 maart" in text
    assert "Open dag ROC Mondriaan" not in client.get(location).get_data(as_text=True)
