"""Home, explanation and sources pages; language choice; page weight."""

from __future__ import annotations

import datetime as dt
import gzip

import pytest

from kiesmbo.db import get_snapshot
from kiesmbo.queries import pick_spotlight
from tests.pages import get_page

PAGES = ["/", "/opleidingen", "/opleidingen?q=zorg", "/opleidingen/25655/mbo-verpleegkundige",
         "/uitleg", "/bronnen"]


@pytest.mark.parametrize("url", PAGES)
def test_every_page_passes_the_page_checks(full_client, url):
    get_page(full_client, url)


@pytest.mark.parametrize("url", PAGES)
def test_page_with_its_css_and_js_is_at_most_50_kb_gzipped(full_client, url):
    soup = get_page(full_client, url)
    total = len(gzip.compress(full_client.get(url).data))
    assets = [link["href"] for link in soup.select("link[rel=stylesheet]")]
    assets += [script["src"] for script in soup.select("script[src]")]
    for asset in assets:
        response = full_client.get(asset)
        total += len(gzip.compress(response.data))
        response.close()
    assert total <= 50 * 1024, total


def test_home_has_search_domains_shortage_sectors_and_explanations(full_client):
    soup = get_page(full_client, "/")
    assert soup.select_one("form[role=search][action='/opleidingen'] input[name=q]")
    domain_links = soup.select(".link-grid a")
    assert len(domain_links) == 17
    assert all(a["href"].startswith("/opleidingen?domain=") for a in domain_links)
    assert len(soup.select(".shortage-list li")) == 8
    explain = {a["href"] for a in soup.select(".explain-links a")}
    assert explain == {"/uitleg#levels", "/uitleg#bol-bbl", "/uitleg#job-chance"}


def test_spotlight_is_a_top_job_chance_shortage_programme_and_changes_weekly(full_app):
    with full_app.test_request_context():
        snapshot = get_snapshot()
        monday = dt.date(2026, 11, 23)
        picks = [pick_spotlight(snapshot=snapshot, today=monday + dt.timedelta(weeks=n))
                 for n in range(4)]
        same_week = pick_spotlight(snapshot=snapshot, today=monday + dt.timedelta(days=6))
    assert same_week == picks[0]
    assert len({p.crebo for p in picks}) > 1
    best = max(p.job_chance.value for p in snapshot.programmes if p.job_chance)
    assert all(p.is_in_shortage_area and p.job_chance.value == best for p in picks)


def test_home_shows_the_spotlight(full_client):
    soup = get_page(full_client, "/")
    assert soup.select_one(".spotlight .card-title a")


def test_sources_page_credits_onet_and_explains_the_estimate(full_client):
    soup = get_page(full_client, "/bronnen")
    text = soup.get_text(" ", strip=True)
    assert "O*NET 30.2" in text and "CC BY 4.0" in text and "USDOL/ETA" in text
    assert soup.select_one("#estimate") is not None
    assert "schatting" in text.lower()
    assert len(soup.select(".sources li")) >= 10


def test_explanation_page_has_the_anchors_the_home_page_links_to(full_client):
    soup = get_page(full_client, "/uitleg")
    for anchor in ("levels", "bol-bbl", "job-chance"):
        assert soup.select_one(f"#{anchor}") is not None


def test_language_choice_is_remembered(full_client):
    soup = get_page(full_client, "/?lang=en")
    assert soup.html["lang"] == "en"
    assert soup.h1.get_text() == "Choose an mbo programme with a future"
    soup = get_page(full_client, "/")
    assert soup.html["lang"] == "en"
    link = soup.select_one("a[hreflang=nl]")["href"]
    assert get_page(full_client, link).html["lang"] == "nl"


def test_the_language_cookie_is_what_set_cookie_writes(full_app):
    """The remembered Set-Cookie header equals werkzeug's set_cookie in the same second, and
    a page with ?lang= carries it (a year, Lax, the whole site)."""
    import time

    from flask import Response

    from kiesmbo.i18n import language_cookie

    for secure in (False, True):
        while True:
            second = int(time.time())
            response = Response()
            response.set_cookie("lang", "tr", max_age=365 * 24 * 3600, samesite="Lax",
                                secure=secure)
            ours = language_cookie("tr", secure, second, response.max_cookie_size)
            if int(time.time()) == second:  # both in one second
                break
        assert ours == response.headers["Set-Cookie"]
    header = full_app.test_client().get("/?lang=pl").headers["Set-Cookie"]
    assert header.startswith("lang=pl;") and "Max-Age=31536000" in header
    assert "SameSite=Lax" in header and "Path=/" in header and "Expires=" in header


def test_dutch_is_the_default_and_accept_language_is_honoured(full_client):
    assert get_page(full_client, "/").html["lang"] == "nl"
    soup = get_page(full_client, "/", headers={"Accept-Language": "en-GB,en;q=0.8"})
    assert soup.html["lang"] == "en"


@pytest.mark.parametrize(("header", "lang"), [
    ("de-DE,de;q=0.9,tr;q=0.8,en;q=0.5", "tr"),  # the best supported one, by weight
    ("fr", "nl"),  # nothing supported: Dutch
    (",".join(f"x{i}" for i in range(80)) + ",uk;q=0.1", "uk"),  # long: not remembered
])
def test_accept_language_picks_the_best_supported_language(full_app, header, lang):
    for _ in range(2):  # the second answer comes from the remembered match
        soup = get_page(full_app.test_client(), "/", headers={"Accept-Language": header})
        assert soup.html["lang"] == lang


@pytest.mark.parametrize(("url", "expected"), [
    ("/", "/?lang=en"),
    ("/opleidingen/25655/mbo-verpleegkundige?place=Zwolle",
     "/opleidingen/25655/mbo-verpleegkundige?place=Zwolle&lang=en"),
    ("/opleidingen?q=zorg+en+welzijn&level=3",
     "/opleidingen?q=zorg+en+welzijn&level=3&lang=en"),
])
def test_language_links_are_this_page_with_the_language_last(full_client, url, expected):
    soup = get_page(full_client, url)
    assert soup.select_one("nav.languages a[hreflang=en]")["href"] == expected
    assert soup.select_one("nav.languages .current-language")["lang"] == "nl"


LOCALE_PAGES = ["/", "/opleidingen?q=zorg", "/opleidingen/25655/mbo-verpleegkundige",
                "/vergelijk?crebo=25725&crebo=25736&crebo=25655", "/ouders", "/orientatie",
                "/orientatie/stap/1", "/lijstje", "/bronnen", "/uitleg"]


@pytest.mark.parametrize("url", LOCALE_PAGES)
def test_every_language_renders_every_page_type(full_app, url):
    from kiesmbo.config import Config

    for lang in Config.LANGUAGES:
        client = full_app.test_client()
        separator = "&" if "?" in url else "?"
        soup = get_page(client, f"{url}{separator}lang={lang}")
        assert soup.html["lang"] == lang
        assert soup.html.get("dir") == ("rtl" if lang == "ar" else None)
        switcher = {a["hreflang"] for a in soup.select("nav.languages a")}
        assert switcher == set(Config.LANGUAGES) - {lang}
