"""The page cache: what it stores, what it keys on, and when its pages go stale."""

from __future__ import annotations

import gzip

from flask import Flask
from sqlmodel import Session, select

from kiesmbo.models import Programme
from kiesmbo.seed import bump_catalogue_version
from tests.conftest import endpoint_url, get_engine_of

CREBO = "25655"  # in the small seed


def _cache(app: Flask):
    return app.extensions["kiesmbo.page_cache"]


def _rename(app: Flask, name: str, *, bump: bool) -> None:
    """Change a programme's name in the database, as a seed or import would."""
    with Session(get_engine_of(app)) as session:
        programme = session.exec(select(Programme).where(Programme.crebo == CREBO)).one()
        programme.name = name
        if bump:
            bump_catalogue_version(session)
        session.commit()


def test_a_catalogue_change_makes_cached_pages_stale(app, seeded_runner):
    client = app.test_client()
    url = endpoint_url(app, "programmes.index", q="")
    assert "Testnaam" not in client.get(url).get_data(as_text=True)
    stored = len(_cache(app))
    assert stored >= 1
    _rename(app, "Testnaam zonder versie", bump=False)
    # Without a new catalogue version the cached page is served as it was.
    assert "Testnaam" not in client.get(url).get_data(as_text=True)
    assert len(_cache(app)) == stored
    _rename(app, "Testnaam met versie", bump=True)
    assert "Testnaam met versie" in client.get(url).get_data(as_text=True)


def test_a_cached_page_is_served_gzipped_to_who_accepts_it(full_app, full_client):
    url = endpoint_url(full_app, "pages.sources")
    plain = full_client.get(url)
    zipped = full_client.get(url, headers={"Accept-Encoding": "gzip, br"})
    assert "Content-Encoding" not in plain.headers
    assert zipped.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(zipped.data) == plain.data
    assert "Accept-Encoding" in zipped.headers["Vary"]
    assert len(zipped.data) < len(plain.data) / 2


def test_the_language_is_part_of_the_key(full_app):
    url = endpoint_url(full_app, "pages.explain")
    dutch = full_app.test_client().get(url).get_data(as_text=True)
    english_client = full_app.test_client()
    english_client.set_cookie("lang", "en")
    english = english_client.get(url).get_data(as_text=True)
    assert '<html lang="en"' in english and '<html lang="nl"' in dutch
    # Same path, both orders: neither language is served the other's page.
    assert '<html lang="nl"' in full_app.test_client().get(url).get_data(as_text=True)
    assert '<html lang="en"' in english_client.get(url).get_data(as_text=True)


def test_htmx_fragments_and_pages_are_kept_apart(full_app, full_client):
    url = endpoint_url(full_app, "programmes.index", q="zorg")
    page = full_client.get(url).get_data(as_text=True)
    fragment = full_client.get(url, headers={"HX-Request": "true"}).get_data(as_text=True)
    assert "<html" in page and "<html" not in fragment
    assert "<html" in full_client.get(url).get_data(as_text=True)
    assert "<html" not in full_client.get(url, headers={"HX-Request": "true"}).get_data(
        as_text=True)


def test_only_200_html_answers_are_stored(full_app, full_client):
    before = len(_cache(full_app))
    full_client.get(endpoint_url(full_app, "programmes.index", level="9"))  # 422
    full_client.get(endpoint_url(full_app, "programmes.detail", crebo="99999"))  # 404
    assert len(_cache(full_app)) == before


def test_the_answer_says_whether_the_cache_had_the_page(make_app):
    app = make_app()  # a cache of its own: other tests fill the shared app's
    client = app.test_client()
    url = endpoint_url(app, "pages.explain") + "?lang=pl"
    first = client.get(url, headers={"Accept-Encoding": "gzip"})
    again = client.get(url, headers={"Accept-Encoding": "gzip"})
    plain = client.get(url)
    assert first.headers["X-Page-Cache"] == "miss"
    assert again.headers["X-Page-Cache"] == "hit" and plain.headers["X-Page-Cache"] == "hit"
    assert again.headers["Vary"] == first.headers["Vary"] == "Accept-Encoding, HX-Request"
