"""Every 4xx answer to an htmx request is a message fragment, never a whole document.

Each case reaches one of the app's error handlers (or a page view's own 4xx) the way a
visitor can; the same request without HX-Request gets the full error page.
"""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient

from kiesmbo.journey import VERSION
from kiesmbo.shortlist import MAX_SHORTLIST
from tests.conftest import endpoint_url
from tests.pages import check_page

HTMX = {"HX-Request": "true"}
A_PROGRAMME = "25725"


def _full_shortlist(app: Flask, client: FlaskClient) -> tuple[str, str, dict]:
    with app.app_context():
        from kiesmbo.db import get_snapshot

        crebos = [p.crebo for p in get_snapshot().programmes]
    with client.session_transaction() as session:
        session["shortlist"] = crebos[:MAX_SHORTLIST]
    return "post", endpoint_url(app, "compare.add", crebo=crebos[MAX_SHORTLIST]), {}


def _old_session(app: Flask, client: FlaskClient) -> tuple[str, str, dict]:
    with client.session_transaction() as session:
        session["orientation"] = {"v": "old" + VERSION, "answers": {}, "choices": None}
    return "get", endpoint_url(app, "orientation.result"), {}


def _request(method: str, endpoint: str, data: dict | None = None, **values):
    def build(app: Flask, _client: FlaskClient) -> tuple[str, str, dict]:
        return method, endpoint_url(app, endpoint, **values), data or {}
    return build


# (status, what the message says, how to get there)
CASES = {
    "unknown-page": (404, "We cannot find", lambda app, c: ("get", "/bestaat-niet", {})),
    "unknown-crebo": (404, "There is no programme", _request("post", "compare.add",
                                                            crebo="99999")),
    "bad-weight": (400, "job chances", _request("get", "programmes.also", crebo=A_PROGRAMME,
                                                weight="everything")),
    "too-many-crebos": (400, "at most 4", _request("get", "compare.index",
                                                   crebo=["1"] * 51)),
    "missing-csrf": (400, "form has expired", _request("post", "orientation.answer", step=1)),
    "wrong-method": (405, "Check the address", _request("get", "compare.add",
                                                        crebo=A_PROGRAMME)),
    "outdated-state": (410, "older version", _old_session),
    "too-large": (413, "too large", _request("post", "orientation.restart",
                                             data={"x": "y" * 200_000})),
    "shortlist-full": (422, "list is full", _full_shortlist),
    "unknown-code": (404, "90 days", _request("get", "results.saved",
                                              code="ABCD-EFGH-JKMN-PQRS")),
}


@pytest.mark.parametrize("case", CASES)
def test_an_error_for_htmx_is_a_message_for_the_page(full_app, case):
    status, says, reach = CASES[case]
    client = full_app.test_client()
    client.get(endpoint_url(full_app, "pages.home"), headers={"Accept-Language": "en"})
    method, url, data = reach(full_app, client)
    response = getattr(client, method)(url + ("&" if "?" in url else "?") + "lang=en",
                                       data=data, headers=HTMX)
    html = response.get_data(as_text=True)
    assert response.status_code == status, html[:300]
    assert "<html" not in html and "<!doctype" not in html.lower()
    assert response.headers["HX-Retarget"] == "#messages"
    assert response.headers["HX-Reswap"] == "innerHTML"
    assert 'role="alert"' in html and says in html


@pytest.mark.parametrize("case", CASES)
def test_the_same_error_without_htmx_is_a_whole_page(full_app, case):
    status, _says, reach = CASES[case]
    client = full_app.test_client()
    method, url, data = reach(full_app, client)
    response = getattr(client, method)(url, data=data)
    assert response.status_code == status
    assert "HX-Retarget" not in response.headers
    check_page(response.get_data(as_text=True))


def test_boosted_navigation_to_a_missing_page_gets_the_page(full_client):
    response = full_client.get("/bestaat-niet", headers={**HTMX, "HX-Boosted": "true"})
    assert response.status_code == 404
    check_page(response.get_data(as_text=True))


def test_a_rate_limited_htmx_request_gets_a_message(make_app):
    app = make_app({"WRONG_CODE_LIMIT": "1 per hour"})
    client = app.test_client()
    url = endpoint_url(app, "results.saved", code="ABCD-EFGH-JKMN-PQRS")
    address = {"REMOTE_ADDR": "203.0.113.77"}
    assert client.get(url, headers=HTMX, environ_base=address).status_code == 404
    response = client.get(url, headers=HTMX, environ_base=address)
    assert response.status_code == 429
    assert "<html" not in response.get_data(as_text=True)
    assert response.headers["HX-Retarget"] == "#messages"


def _retired_without_one_successor(app: Flask) -> str:
    with app.app_context():
        from kiesmbo.db import get_snapshot

        snapshot = get_snapshot()
        return next(c for c, r in snapshot.retired.items()
                    if len(r.successor_codes) != 1 and c not in snapshot.by_crebo)


@pytest.mark.parametrize("page", ["mistyped-code", "retired-programme"])
def test_a_page_views_4xx_for_htmx_loads_as_a_page(full_app, full_client, page):
    if page == "mistyped-code":
        url, status = endpoint_url(full_app, "results.lookup", code="abc"), 422
    else:
        crebo = _retired_without_one_successor(full_app)
        url, status = endpoint_url(full_app, "programmes.detail", crebo=crebo), 410
    response = full_client.get(url, headers=HTMX)
    assert response.status_code == status
    assert response.get_data() == b""
    assert response.headers["HX-Redirect"] == url
    assert full_client.get(url).status_code == status


@pytest.mark.parametrize(("endpoint", "values"), [
    ("programmes.index", {"level": "9"}),
    ("compare.index", {"crebo": ["99999", A_PROGRAMME]}),
])
def test_a_form_422_for_htmx_is_the_form_fragment(full_app, full_client, endpoint, values):
    response = full_client.get(endpoint_url(full_app, endpoint, **values), headers=HTMX)
    assert response.status_code == 422
    assert "<html" not in response.get_data(as_text=True)
    assert "HX-Retarget" not in response.headers
