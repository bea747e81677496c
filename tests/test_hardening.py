"""Regression tests for issue 10: every case a hostile visitor or a careless operator found.

Bad input gets a 4xx, errors are logged with a request id, stored state is validated, cost
is bounded, rate limits are shared and keyed on the real client, headers and production
config are strict, imports refuse NUL bytes and formulas, and the PDF fetches nothing.
"""

from __future__ import annotations

import contextlib
import http.server
import io
import logging
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import ClassVar

import pytest
from bs4 import BeautifulSoup
from flask import url_for
from pypdf import PdfReader
from sqlmodel import Session, select

from kiesmbo import create_app
from kiesmbo.config import ConfigError, load_config
from kiesmbo.csvfiles import DataFileError, check_cell
from kiesmbo.db import get_engine, upgrade_schema
from kiesmbo.forms import parse_whole_number
from kiesmbo.journey import PAGES, TOTAL_STEPS, VERSION
from kiesmbo.models import SavedResult
from kiesmbo.page_cache import cached_page
from kiesmbo.pdf import render_pdf
from kiesmbo.questionnaire import ITEMS
from kiesmbo.saved_results import format_code, save_result
from tests.conftest import get_engine_of
from tests.pages import check_page, get_page

SECURITY_HEADERS = ("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy",
                    "X-Frame-Options", "Permissions-Policy", "Cross-Origin-Opener-Policy")
LONG_KEY = "k" * 32


def _token(client, url: str = "/orientatie/stap/1") -> str:
    soup = BeautifulSoup(client.get(url).get_data(as_text=True), "html.parser")
    return soup.select_one("input[name=csrf_token]")["value"]


def _state(**choices) -> dict:
    """A complete, valid stored state for this version (flat answers)."""
    return {"v": VERSION, "answers": {item.id: 3 for item in ITEMS},
            "choices": {"learning": "either", "school": "vmbo_kader", "all_levels": False,
                        "place": "", "distance": 25, "ruled_out": [], "in_mind_text": "",
                        "in_mind": "", **choices}}


def _store(app, state) -> str:
    """Save a state under a new code directly, as an older version would have; the URL."""
    with app.app_context(), Session(get_engine()) as session:
        code = save_result(session=session, answers=state)
    return f"/uitslag/{format_code(code)}"


# --- 1. Every bad input is a 4xx ---------------------------------------------------------


@pytest.mark.parametrize("raw", ["²", "٣", "１", "+1", "-1", " 1", "1 ", "1e3", "0x1", "",
                                 "1_000", "9" * 10, "\x00", "1.0"])
def test_the_integer_parser_takes_only_ascii_digits(raw):
    assert parse_whole_number(raw, 0, 10**12) is None


def test_the_integer_parser_checks_the_range():
    assert parse_whole_number("5", 1, 5) == 5
    assert parse_whole_number("007", 1, 10) == 7
    assert parse_whole_number("6", 1, 5) is None


URL_KEYWORDS = ["_method=x", "endpoint=x", "_anchor=x", "_scheme=x", "_external=1",
                "lang=en&_method=x"]


@pytest.mark.parametrize("query", URL_KEYWORDS)
@pytest.mark.parametrize("path", ["/", "/opleidingen", "/opleidingen/25180/kok", "/vergelijk",
                                  "/orientatie", "/bestaat-niet", "/uitslag"])
def test_url_for_keywords_in_the_query_do_not_break_pages(full_client, path, query):
    response = full_client.get(f"{path}?{query}")
    assert response.status_code < 500
    html = response.get_data(as_text=True)
    links = [a["href"] for a in BeautifulSoup(html, "html.parser").select("nav.languages a")]
    assert links, "the language switcher is on every page"
    assert all(link.startswith("/") and "_method" not in link and "endpoint" not in link
               and "_anchor" not in link and "#" not in link for link in links)


def test_language_links_keep_the_parsed_filters_only(full_client):
    soup = get_page(full_client, "/opleidingen?q=zorg&level=3&page=1&junk=1&_method=x")
    link = soup.select_one("nav.languages a[hreflang=en]")["href"]
    assert link.startswith("/opleidingen?")
    assert "q=zorg" in link and "level=3" in link and "lang=en" in link
    assert "junk" not in link and "_method" not in link


@pytest.mark.parametrize("query", ["crebo=1", "slug=x", "_external=1", "_method=POST",
                                   "place=Zwolle&crebo=2"])
def test_programme_redirect_ignores_colliding_arguments(full_client, query):
    response = full_client.get(f"/opleidingen/25180?{query}")
    assert response.status_code == 301
    location = response.headers["Location"]
    assert location.startswith("/opleidingen/25180/kok")
    assert "crebo=" not in location and "slug=" not in location and "_" not in location
    if "place=" in query:
        assert "place=Zwolle" in location


@pytest.mark.parametrize("query", ["level=%C2%B2", "level=%D9%A3", "distance=%C2%B2&place=Zwolle",
                                   "page=%C2%B2", "page=" + "9" * 400, "level=" + "1" * 50])
def test_unicode_and_huge_digits_in_search_are_422(full_client, query):
    soup = get_page(full_client, f"/opleidingen?{query}", status=422)
    assert soup.select_one(".error-summary") is not None


def _answers(page: int, value: str = "3") -> dict[str, str]:
    return {item.id: value for item in PAGES[page - 1]}


@pytest.mark.parametrize("value", ["²", "٣", "５", "9" * 400])
def test_unicode_digits_in_questionnaire_answers_are_422(full_app, value):
    client = full_app.test_client()
    answers = _answers(1)
    answers[next(iter(answers))] = value
    response = client.post("/orientatie/stap/1", data={"csrf_token": _token(client), **answers})
    assert response.status_code == 422


@pytest.mark.parametrize("value", ["²", "２５", "9" * 400])
def test_unicode_digits_in_questionnaire_distance_are_422(full_app, value):
    client = full_app.test_client()
    token = _token(client)
    for page in range(1, TOTAL_STEPS):
        client.post(f"/orientatie/stap/{page}", data={"csrf_token": token, **_answers(page)})
    response = client.post(f"/orientatie/stap/{TOTAL_STEPS}", data={
        "csrf_token": token, "learning": "either", "school": "vmbo_kader", "distance": value})
    assert response.status_code == 422


# --- 2. Errors are logged with a request id; the 500 page stands on its own ----------------


@pytest.fixture
def failing_app(make_app):
    app = make_app({"PROPAGATE_EXCEPTIONS": False})

    def boom():
        raise RuntimeError("kaboom-for-test")

    app.add_url_rule("/boom", "boom", boom)
    return app


def test_unhandled_error_is_logged_with_traceback_and_request_id(failing_app, caplog):
    client = failing_app.test_client()
    with caplog.at_level(logging.ERROR, logger="kiesmbo"):
        response = client.get("/boom", headers={"X-Request-ID": "req-1234abcd"})
    assert response.status_code == 500
    assert response.headers["X-Request-ID"] == "req-1234abcd"
    soup = check_page(response.get_data(as_text=True))
    assert soup.h1.get_text() == "Er ging iets mis"
    assert "req-1234abcd" in soup.get_text()
    assert not soup.select("nav.languages"), "the 500 page does not use the layout"
    for header in SECURITY_HEADERS:
        assert header in response.headers
    records = [r for r in caplog.records if "req-1234abcd" in r.getMessage()]
    assert records and records[0].exc_info and "kaboom-for-test" in str(records[0].exc_info[1])


@pytest.mark.parametrize("offered", ["", "bad id with spaces", "x" * 65, "a\tb", "<script>",
                                     "ü-1234"])
def test_an_insane_request_id_is_replaced(failing_app, offered):
    response = failing_app.test_client().get("/boom", headers={"X-Request-ID": offered})
    rid = response.headers["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{16}", rid)
    assert rid in response.get_data(as_text=True)


def test_every_response_has_a_request_id(full_client):
    first = full_client.get("/ping").headers["X-Request-ID"]
    second = full_client.get("/ping").headers["X-Request-ID"]
    assert first != second


def test_the_500_page_falls_back_to_static_html_when_its_template_fails(failing_app,
                                                                        monkeypatch, caplog):
    def broken(*_args, **_kwargs):
        raise RuntimeError("template broken")

    monkeypatch.setattr("kiesmbo.errors.render_template", broken)
    with caplog.at_level(logging.ERROR, logger="kiesmbo"):
        response = failing_app.test_client().get("/boom")
    assert response.status_code == 500
    soup = check_page(response.get_data(as_text=True))
    assert soup.h1.get_text() == "Er ging iets mis"
    assert response.headers["X-Request-ID"] in soup.get_text()
    for header in SECURITY_HEADERS:
        assert header in response.headers
    assert any("500 page failed" in r.getMessage() for r in caplog.records)


def test_a_failing_4xx_page_still_answers_with_its_status(make_app, monkeypatch, caplog):
    app = make_app()

    def broken(*_args, **_kwargs):
        raise RuntimeError("layout broken")

    monkeypatch.setattr("kiesmbo.errors.render_error", broken)
    with caplog.at_level(logging.ERROR, logger="kiesmbo"):
        response = app.test_client().get("/bestaat-niet")
    assert response.status_code == 404
    assert "Content-Security-Policy" in response.headers
    assert any("error page 404 failed" in r.getMessage() and r.exc_info
               for r in caplog.records)


# --- 3. Stored state is validated on the way in and out --------------------------------------


BAD_STATES = {
    "older version": lambda s: {**s, "v": "old"},
    "unknown answer key": lambda s: {**s, "answers": {**s["answers"], "zz9": 3}},
    "answer out of range": lambda s: {**s, "answers": {**s["answers"], ITEMS[0].id: 9}},
    "answer as text": lambda s: {**s, "answers": {**s["answers"], ITEMS[0].id: "3"}},
    "answer as bool": lambda s: {**s, "answers": {**s["answers"], ITEMS[0].id: True}},
    "unknown learning": lambda s: {**s, "choices": {**s["choices"], "learning": "sometimes"}},
    "unknown school": lambda s: {**s, "choices": {**s["choices"], "school": "university"}},
    "distance as text": lambda s: {**s, "choices": {**s["choices"], "distance": "25"}},
    "distance not offered": lambda s: {**s, "choices": {**s["choices"], "distance": 7}},
    "all levels as text": lambda s: {**s, "choices": {**s["choices"], "all_levels": "yes"}},
    "ruled out as text": lambda s: {**s, "choices": {**s["choices"], "ruled_out": "zorg"}},
    "place as number": lambda s: {**s, "choices": {**s["choices"], "place": 5}},
    "in mind as number": lambda s: {**s, "choices": {**s["choices"], "in_mind": 25180}},
    "choices as list": lambda s: {**s, "choices": []},
    "shortlist as dict": lambda s: {**s, "shortlist": {}},
    "shortlist of numbers": lambda s: {**s, "shortlist": [25180]},
    "not a dict": lambda s: ["v", VERSION],
}
# The catalogue may change after saving: these still open.
DRIFTED_STATES = {
    "programme in mind gone": lambda s: {**s, "choices": {**s["choices"], "in_mind": "99999"}},
    "field gone": lambda s: {**s, "choices": {**s["choices"], "ruled_out": ["bestaat-niet"]}},
    "place gone": lambda s: {**s, "choices": {**s["choices"], "place": "Atlantis"}},
    "shortlist programme gone": lambda s: {**s, "shortlist": ["99999", "25180"]},
}


def _assert_outdated_page(response) -> None:
    assert response.status_code == 410
    soup = check_page(response.get_data(as_text=True))
    assert "oudere versie" in soup.h1.get_text()
    assert soup.select_one("a[href='/orientatie']") is not None


@pytest.mark.parametrize("name", BAD_STATES)
def test_a_forged_or_old_session_result_is_an_older_version_page(full_app, name):
    client = full_app.test_client()
    with client.session_transaction() as session:
        session["orientation"] = BAD_STATES[name](_state())
    _assert_outdated_page(client.get("/orientatie/uitslag"))
    # The broken state is gone: the test starts afresh.
    assert client.get("/orientatie/stap/1").status_code == 200


@pytest.mark.parametrize("name", BAD_STATES)
def test_a_saved_result_that_no_longer_fits_is_an_older_version_page(full_app, name):
    location = _store(full_app, BAD_STATES[name](_state()))
    client = full_app.test_client()
    _assert_outdated_page(client.get(location))
    assert client.get(location + "/qr.svg").status_code == 410
    response = client.post(location + "/pdf", data={"csrf_token": _token(client)})
    _assert_outdated_page(response)


def test_an_unreadable_saved_result_is_an_older_version_page(full_app):
    location = _store(full_app, _state())
    with full_app.app_context(), Session(get_engine()) as session:
        for row in session.exec(select(SavedResult)).all():
            row.answers = "{not json"
            session.add(row)
        session.commit()
    _assert_outdated_page(full_app.test_client().get(location))


@pytest.mark.parametrize("name", DRIFTED_STATES)
def test_a_saved_result_survives_catalogue_changes(full_app, name):
    location = _store(full_app, DRIFTED_STATES[name](_state()))
    get_page(full_app.test_client(), location)


@pytest.mark.parametrize("name", DRIFTED_STATES)
def test_a_session_result_survives_catalogue_changes(full_app, name):
    client = full_app.test_client()
    with client.session_transaction() as session:
        session["orientation"] = DRIFTED_STATES[name](_state())
    get_page(client, "/orientatie/uitslag")


def test_the_development_secret_key_is_random_and_kept(monkeypatch, tmp_path):
    monkeypatch.delenv("KIESMBO_ENV", raising=False)
    monkeypatch.delenv("KIESMBO_SECRET_KEY", raising=False)
    secret_file = tmp_path / "instance" / "secret_key"
    monkeypatch.setattr("kiesmbo.config.DEV_SECRET_FILE", secret_file)
    first = load_config()["SECRET_KEY"]
    assert len(first) >= 32 and load_config()["SECRET_KEY"] == first
    assert secret_file.stat().st_mode & 0o077 == 0
    secret_file.unlink()
    assert load_config()["SECRET_KEY"] != first


# --- 4. Bounded cost ---------------------------------------------------------------------


def test_a_large_body_is_refused_with_a_translated_413(full_app):
    client = full_app.test_client()
    token = _token(client)
    response = client.post("/orientatie/stap/1", data={"csrf_token": token,
                                                        "x": "y" * 200_000})
    assert response.status_code == 413
    assert "te groot" in check_page(response.get_data(as_text=True)).h1.get_text()


def _saved_location(app) -> str:
    return _store(app, {**_state(), "shortlist": ["25180"]})


def test_the_pdf_is_cached_per_code_and_language(make_app, monkeypatch):
    app = make_app()
    renders = []
    real = render_pdf

    def counting(html, **kwargs):
        renders.append(1)
        return real(html, **kwargs)

    monkeypatch.setattr("kiesmbo.views.results.render_pdf", counting)
    location = _saved_location(app)
    client = app.test_client()
    token = _token(client)
    first = client.post(location + "/pdf", data={"csrf_token": token})
    second = client.post(location + "/pdf", data={"csrf_token": token})
    assert first.status_code == second.status_code == 200
    assert first.data == second.data and len(renders) == 1
    english = client.post(location + "/pdf?lang=en", data={"csrf_token": token})
    assert english.status_code == 200 and len(renders) == 2
    named = client.post(location + "/pdf", data={"csrf_token": token, "first_name": "Sam"})
    assert named.status_code == 200 and len(renders) == 3


def test_the_pdf_is_rate_limited_with_a_translated_429(make_app):
    app = make_app({"PDF_LIMIT": "2 per hour"})
    location = _saved_location(app)
    client = app.test_client()
    token = _token(client)
    statuses = [client.post(location + "/pdf", data={"csrf_token": token},
                            environ_base={"REMOTE_ADDR": "10.1.1.1"}).status_code
                for _ in range(3)]
    assert statuses == [200, 200, 429]


def test_wrong_codes_are_throttled(make_app):
    app = make_app({"WRONG_CODE_LIMIT": "3 per hour"})
    client = app.test_client()
    address = {"REMOTE_ADDR": "10.2.2.2"}
    statuses = [client.get(f"/uitslag/ABCD-EFGH-JKMN-PQR{c}", environ_base=address).status_code
                for c in "STVWX"]
    assert statuses == [404, 404, 404, 429, 429]
    response = client.get("/uitslag/ABCD-EFGH-JKMN-PQRS", environ_base=address)
    soup = check_page(response.get_data(as_text=True))
    assert "vaak" in soup.h1.get_text()
    assert "per 1 hour" not in soup.get_text() and "hour" not in soup.get_text()
    # Another address is not affected.
    assert client.get("/uitslag/ABCD-EFGH-JKMN-PQRS",
                      environ_base={"REMOTE_ADDR": "10.2.2.3"}).status_code == 404


def test_opening_saved_results_is_rate_limited(make_app):
    app = make_app({"CODE_LOOKUP_LIMIT": "4 per hour"})
    location = _saved_location(app)
    client = app.test_client()
    address = {"REMOTE_ADDR": "10.3.3.3"}
    statuses = [client.get(url, environ_base=address).status_code
                for url in (location, location + "/qr.svg", location, location, location)]
    assert statuses == [200, 200, 200, 200, 429]


def test_deleting_by_code_counts_as_a_lookup(make_app):
    app = make_app({"WRONG_CODE_LIMIT": "1 per hour"})
    client = app.test_client()
    token = _token(client)
    address = {"REMOTE_ADDR": "10.4.4.4"}
    statuses = [client.post("/uitslag/ABCD-EFGH-JKMN-PQRS/verwijder",
                            data={"csrf_token": token}, environ_base=address).status_code
                for _ in range(2)]
    assert statuses == [404, 429]


# --- 5. Shared rate limits, trusted proxies -----------------------------------------------


def test_the_limiter_store_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("RATELIMIT_STORAGE_URI", "redis://127.0.0.1:6390/0")
    assert load_config()["RATELIMIT_STORAGE_URI"] == "redis://127.0.0.1:6390/0"
    monkeypatch.delenv("RATELIMIT_STORAGE_URI")
    assert load_config()["RATELIMIT_STORAGE_URI"] == "memory://"


@pytest.mark.parametrize(("hops", "expected"), [(1, [404, 429, 404]), (0, [404, 429, 429])])
def test_the_limiter_keys_on_the_client_behind_trusted_proxies(make_app, hops, expected):
    app = make_app({"WRONG_CODE_LIMIT": "1 per hour", "PROXY_HOPS": hops})
    client = app.test_client()
    statuses = [client.get("/uitslag/ABCD-EFGH-JKMN-PQRS", environ_base={
        "REMOTE_ADDR": "10.5.5.5"}, headers={"X-Forwarded-For": forwarded}).status_code
        for forwarded in ("192.0.2.1", "192.0.2.1", "192.0.2.2")]
    assert statuses == expected


def test_proxy_hops_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("KIESMBO_PROXY_HOPS", "2")
    assert load_config()["PROXY_HOPS"] == 2


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def redis_url(tmp_path):
    server = shutil.which("redis-server")
    if server is None:
        pytest.skip("redis-server is not installed (Debian package redis-server)")
    pytest.importorskip("redis")
    port = _free_port()
    process = subprocess.Popen([server, "--port", str(port), "--bind", "127.0.0.1",
                                "--save", "", "--appendonly", "no", "--dir", str(tmp_path)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port),
                                                                        timeout=0.2):
                break
            assert time.monotonic() < deadline, "redis-server did not start"
            time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_rate_limits_live_in_redis_and_survive_a_restart(make_app, redis_url):
    import redis

    overrides = {"RATELIMIT_STORAGE_URI": redis_url, "WRONG_CODE_LIMIT": "2 per hour"}
    address = {"REMOTE_ADDR": "10.6.6.6"}
    first = make_app(overrides).test_client()
    assert [first.get("/uitslag/ABCD-EFGH-JKMN-PQRS", environ_base=address).status_code
            for _ in range(2)] == [404, 404]
    assert redis.Redis.from_url(redis_url).keys("*"), "the counts are in Redis"
    # A new app (another server, or this one restarted) sees the same counts.
    second = make_app(overrides).test_client()
    assert second.get("/uitslag/ABCD-EFGH-JKMN-PQRS", environ_base=address).status_code == 429


def test_an_unreachable_limiter_store_does_not_break_pages(make_app):
    app = make_app({"RATELIMIT_STORAGE_URI": f"redis://127.0.0.1:{_free_port()}/0"})
    pytest.importorskip("redis")
    client = app.test_client()
    assert client.get("/uitslag/ABCD-EFGH-JKMN-PQRS").status_code == 404
    location = _saved_location(app)
    assert client.get(location).status_code == 200


# --- 8. Headers and production config -----------------------------------------------------


@pytest.mark.parametrize(("url", "status", "headers"), [
    ("/", 200, {}), ("/opleidingen?q=zorg", 200, {"HX-Request": "true"}),
    ("/bestaat-niet", 404, {}), ("/health", 200, {}), ("/opleidingen?level=9", 422, {}),
])
def test_every_response_carries_the_security_headers(full_client, url, status, headers):
    response = full_client.get(url, headers=headers)
    assert response.status_code == status
    for header in SECURITY_HEADERS:
        assert header in response.headers, header
    assert response.headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response.headers["Permissions-Policy"]
    assert "Strict-Transport-Security" not in response.headers  # not in development


def test_security_headers_keep_a_views_own_and_come_once():
    """A header the view set stays; the rest are added once, also when applied twice (the
    500 handler and after_request both apply them); no-store replaces a view's own
    Cache-Control."""
    from flask import Response

    from kiesmbo.security import apply_security_headers, no_store

    app = create_app({"TESTING": True, "DATABASE_URL": "sqlite://"})
    app.add_url_rule("/own", "own", lambda: Response("", headers={
        "X-Frame-Options": "SAMEORIGIN", "Cache-Control": "max-age=60"}))
    app.add_url_rule("/secret", "secret", no_store(
        lambda: Response("", headers={"Cache-Control": "max-age=60"})))
    client = app.test_client()
    own = client.get("/own", headers={"X-Request-ID": "req-42"})
    first = [name.lower() for name, _ in own.headers.items()]
    with app.test_request_context("/own", headers={"X-Request-ID": "req-42"}):
        apply_security_headers(own)
    again = [name.lower() for name, _ in own.headers.items()]
    assert len(first) == len(set(first)) and again == first, (first, again)
    assert own.headers["X-Frame-Options"] == "SAMEORIGIN"
    assert own.headers["Cache-Control"] == "max-age=60"
    assert own.headers["X-Request-ID"] == "req-42"
    for header in SECURITY_HEADERS:
        assert header in own.headers, header
    assert client.get("/secret").headers.getlist("Cache-Control") == ["no-store"]


def test_pages_with_a_result_code_are_not_stored(full_app):
    location = _saved_location(full_app)
    client = full_app.test_client()
    token = _token(client)
    responses = [client.get(location), client.get(location + "/qr.svg"),
                 client.post(location + "/pdf", data={"csrf_token": token}),
                 client.get("/uitslag?code=abc"), client.get("/uitslag"),
                 client.get("/uitslag/ABCD-EFGH-JKMN-PQRS")]
    assert [r.status_code for r in responses] == [200, 200, 200, 422, 200, 404]
    assert all(r.headers["Cache-Control"] == "no-store" for r in responses)
    with client.session_transaction() as session:
        session["orientation"] = _state()
    assert client.get("/orientatie/uitslag").headers["Cache-Control"] == "no-store"


def test_production_has_hsts_and_secure_cookies(monkeypatch, tmp_path):
    monkeypatch.setenv("KIESMBO_ENV", "production")
    monkeypatch.setenv("KIESMBO_SECRET_KEY", LONG_KEY)
    app = create_app({"TESTING": True, "DATABASE_URL": f"sqlite:///{tmp_path / 'p.db'}"})
    upgrade_schema(get_engine_of(app))
    client = app.test_client()
    response = client.get("/orientatie/stap/1?lang=en")
    assert response.headers["Strict-Transport-Security"] == "max-age=31536000"
    cookies = response.headers.getlist("Set-Cookie")
    assert cookies and all("Secure" in cookie for cookie in cookies)
    assert app.config["SECRET_KEY"] == LONG_KEY
    get_engine_of(app).dispose()


@pytest.mark.parametrize("value", ["Production", "PRODUCTION", "prod", " production", "dev",
                                   "staging"])
def test_an_unknown_environment_refuses_to_start(monkeypatch, value):
    monkeypatch.setenv("KIESMBO_ENV", value)
    monkeypatch.setenv("KIESMBO_SECRET_KEY", LONG_KEY)
    with pytest.raises(ConfigError, match="KIESMBO_ENV"):
        load_config()


@pytest.mark.parametrize(("value", "expected"), [("", "development"), ("development",
                         "development"), ("test", "test"), ("production", "production")])
def test_known_environments_start(monkeypatch, value, expected):
    monkeypatch.setenv("KIESMBO_ENV", value)
    monkeypatch.setenv("KIESMBO_SECRET_KEY", LONG_KEY)
    assert load_config()["KIESMBO_ENV"] == expected


@pytest.mark.parametrize("key", ["", "x", "k" * 31, "é" * 15])
def test_production_needs_a_secret_key_of_32_bytes(monkeypatch, key):
    monkeypatch.setenv("KIESMBO_ENV", "production")
    monkeypatch.setenv("KIESMBO_SECRET_KEY", key)
    with pytest.raises(ConfigError, match="at least 32 bytes"):
        load_config()


@pytest.mark.parametrize(("name", "value"), [("KIESMBO_PROXY_HOPS", "x"),
                                             ("KIESMBO_PROXY_HOPS", "²"),
                                             ("KIESMBO_PROXY_HOPS", "-1"),
                                             ("KIESMBO_PROXY_HOPS", "99"),
                                             ("KIESMBO_PAGE_CACHE_ENTRIES", "lots")])
def test_number_settings_are_parsed_strictly(monkeypatch, name, value):
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError, match=name):
        load_config()


def test_the_server_refuses_to_start_with_a_clear_message(tmp_path):
    env = {"KIESMBO_ENV": "Production", "PATH": "",
           "DATABASE_URL": f"sqlite:///{tmp_path / 'w.db'}"}
    result = subprocess.run([sys.executable, "-c", "import wsgi"], capture_output=True,
                            text=True, env=env, check=False, cwd=Path(__file__).parent.parent)
    assert result.returncode != 0
    assert "KIESMBO_ENV='Production' is not known" in result.stderr.splitlines()[-1]


@pytest.mark.parametrize("path", ["/?_external=1", "/opleidingen?q=zorg&_external=1",
                                  "/opleidingen/25180/kok?_external=1",
                                  "/ouders?_external=1", "/bronnen?_external=1"])
def test_the_page_cache_cannot_be_poisoned_through_host(make_app, path):
    client = make_app().test_client()
    poisoned = client.get(path, headers={"Host": "evil.example"})
    assert poisoned.status_code < 500
    assert "evil.example" not in poisoned.get_data(as_text=True)
    later = client.get(path)
    assert "evil.example" not in later.get_data(as_text=True)


def test_the_page_cache_never_stores_a_page_with_the_request_host(make_app):
    app = make_app()

    @cached_page
    def external() -> str:
        return f"<html><a href=\"{url_for('pages.home', _external=True)}\">x</a></html>"

    app.add_url_rule("/external-for-test", "external_for_test", external)
    client = app.test_client()
    assert "evil.example" in client.get("/external-for-test",
                                        headers={"Host": "evil.example"}).get_data(as_text=True)
    assert "evil.example" not in client.get("/external-for-test").get_data(as_text=True)


# --- 9. Imports ---------------------------------------------------------------------------


HEADER = "crebo,leerweg,region,indicator,value,unit,year,source\n"


@pytest.mark.parametrize(("row", "message"), [
    ("25655,,,start_salary,2410,eur_month,2025,SEO \x00 2025\n",
     "figures.csv:2: the file contains a NUL byte"),
    ("25655,,,start_salary,2410,eur_month,2025,\"=cmd|' /C calc'!A0\"\n",
     "figures.csv:2: source: \"=cmd|' /C calc'!A0\" starts with '='"),
    ("25655,,,start_salary,2410,eur_month,2025,+cmd\n", "figures.csv:2: source: '+cmd'"),
    ("25655,,,start_salary,2410,eur_month,2025,-2+3+cmd\n", "figures.csv:2: source: '-2+3"),
    ("25655,,,start_salary,2410,eur_month,2025,@SUM(A1)\n", "figures.csv:2: source: '@SUM"),
    ("25655,,,start_salary,2410,eur_month,2025,\"" + "x" * (19 * 2**20) + "\"\n",
     "figures.csv:2: a value is longer than 131,072 characters"),
])
def test_imports_refuse_nul_formulas_and_huge_fields_with_file_line(seeded_runner, tmp_path,
                                                                   row, message):
    path = tmp_path / "figures.csv"
    path.write_text(HEADER + row, encoding="utf-8")
    result = seeded_runner.invoke(args=["import-figures", str(path)])
    assert result.exit_code == 1, result.output
    assert message in result.output
    assert "Traceback" not in result.output and result.exception.__class__ is SystemExit


def test_seed_refuses_a_formula_in_a_text_column(runner, small_seed):
    path = small_seed / "programmes.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    crebo, _name, rest = lines[1].split(",", 2)
    lines[1] = f"{crebo},=HYPERLINK(\"http://x\"),{rest}"
    path.write_text("".join(lines), encoding="utf-8")
    result = runner.invoke(args=["seed", "--path", str(small_seed)])
    assert result.exit_code == 1
    assert "programmes.csv:2: name: '=HYPERLINK" in result.output


@pytest.mark.parametrize("value", ["-3", "+2.5", "-0,5", "-.5", "2410", "", "zorg - welzijn"])
def test_plain_numbers_and_ordinary_text_pass_the_formula_check(value):
    check_cell(value, "value", "x.csv", 2)


@pytest.mark.parametrize("value", ["=1+1", "-cmd", "+31 20", "@x", "-", "=", "-1-1"])
def test_formula_starts_are_refused(value):
    with pytest.raises(DataFileError, match=r"x\.csv:2: value:"):
        check_cell(value, "value", "x.csv", 2)


# --- 10. The PDF's url_fetcher serves only our own static files ---------------------------


class _CountingHandler(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self):
        type(self).hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/css")
        self.end_headers()
        self.wfile.write(b"@page { size: A6 }")

    def log_message(self, *_args):
        pass


@pytest.fixture
def network_server():
    server = http.server.HTTPServer(("127.0.0.1", 0), _CountingHandler)
    _CountingHandler.hits = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


# A 1x1 red PNG.
PIXEL = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000"
                      "000c4944415408d763f8cfc0000003010100c9fe92ef0000000049454e44ae426082")


@pytest.fixture
def static_root(tmp_path) -> Path:
    root = tmp_path / "static"
    (root / "css").mkdir(parents=True)
    (root / "css" / "print.css").write_text("@page { size: A5 }", encoding="utf-8")
    (root / "pixel.png").write_bytes(PIXEL)
    (root / "base.css").write_text("", encoding="utf-8")
    (tmp_path / "secret.css").write_text("@page { size: A3 }", encoding="utf-8")
    return root


def _page_size(pdf: bytes) -> tuple[int, int]:
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


A5, A4 = (420, 595), (595, 842)


@pytest.mark.parametrize("href", ["css/print.css", "/static/css/print.css",
                                  "/static/css/print.0123456789ab.css"])
def test_the_pdf_uses_our_static_stylesheets_and_images(static_root, href):
    html = (f'<html><head><link rel="stylesheet" href="{href}"></head>'
            '<body><p>x</p><img src="pixel.png" width="20" height="20"></body></html>')
    pdf = render_pdf(html, stylesheet=static_root / "base.css", static_root=static_root)
    assert _page_size(pdf) == A5
    assert len(PdfReader(io.BytesIO(pdf)).pages[0].images) == 1


@pytest.mark.parametrize("href", ["{net}/print.css", "../secret.css", "/etc/hostname",
                                  "file:///etc/hostname", "/static/../secret.css"])
def test_the_pdf_never_fetches_the_network_or_other_files(static_root, network_server, href):
    html = (f'<html><head><link rel="stylesheet" href="{href.format(net=network_server)}">'
            f'</head><body><p>x</p><img src="{network_server}/x.png"></body></html>')
    pdf = render_pdf(html, stylesheet=static_root / "base.css", static_root=static_root)
    assert _page_size(pdf) == A4
    assert _CountingHandler.hits == []
    assert not PdfReader(io.BytesIO(pdf)).pages[0].images


def test_the_summary_pdf_still_renders_with_the_real_static_folder(full_app):
    location = _saved_location(full_app)
    client = full_app.test_client()
    response = client.post(location + "/pdf", data={"csrf_token": _token(client)})
    assert response.status_code == 200 and response.data.startswith(b"%PDF")


