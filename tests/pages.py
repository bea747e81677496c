"""A page checker used on every HTML page the tests fetch (after notifications-admin)."""

from __future__ import annotations

import html5lib
from bs4 import BeautifulSoup
from flask.testing import FlaskClient


def check_page(html: str) -> BeautifulSoup:
    """Parse a whole page and assert the checks every page must pass; return the soup."""
    # A strict parser raises on HTML5 parse errors (unclosed or misnested tags, bad syntax).
    html5lib.HTMLParser(strict=True).parse(html)
    soup = BeautifulSoup(html, "html.parser")
    assert soup.html is not None and soup.html.get("lang"), "<html> needs a lang attribute"
    headings = soup.find_all("h1")
    assert len(headings) == 1, f"expected one h1, found {len(headings)}"
    title = soup.title.get_text(strip=True) if soup.title else ""
    h1 = headings[0].get_text(" ", strip=True)
    assert title.startswith(h1), f"title {title!r} should start with the h1 {h1!r}"
    ids = [tag["id"] for tag in soup.find_all(id=True)]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert not duplicates, f"duplicate ids: {duplicates}"
    for field in soup.find_all(["input", "select", "textarea"]):
        if field.get("type") in {"hidden", "submit", "button"}:
            continue
        labelled = field.get("aria-label") or field.find_parent("label") or (
            field.get("id") and soup.find("label", attrs={"for": field["id"]}))
        assert labelled, f"field {field.get('name')!r} has no label"
    for form in soup.find_all("form"):
        assert form.get("action"), "every form needs an action"
    return soup


def get_page(client: FlaskClient, url: str, *, status: int = 200,
             htmx: bool = False, headers: dict | None = None) -> BeautifulSoup:
    """Fetch a page, assert its status and run the page checks.

    With htmx=True the request carries HX-Request and the answer must be a fragment:
    no <html>, and the whole-document checks are skipped.
    """
    headers = dict(headers or {})
    if htmx:
        headers["HX-Request"] = "true"
    response = client.get(url, headers=headers)
    assert response.status_code == status, response.get_data(as_text=True)[:500]
    assert response.mimetype == "text/html"
    assert "HX-Request" in response.headers.get("Vary", "")
    html = response.get_data(as_text=True)
    if htmx:
        assert "<html" not in html, "an htmx request must get a fragment"
        soup = BeautifulSoup(html, "html.parser")
        ids = [tag["id"] for tag in soup.find_all(id=True)]
        assert len(ids) == len(set(ids))
        return soup
    return check_page(html)
