"""The remembered url_for gives what Flask's url_for gives, for every input it depends on."""

from __future__ import annotations

import flask
import pytest
from flask import Flask
from werkzeug.routing import BuildError

from kiesmbo import create_app, urls

CASES = [
    ("pages.home", {}),
    ("pages.home", {"lang": "ar"}),
    ("programmes.detail", {"crebo": "25655", "slug": "mbo-verpleegkundige"}),
    ("programmes.detail", {"crebo": "25655", "slug": "mbo-verpleegkundige", "lang": "tr"}),
    ("programmes.detail", {"crebo": "25655", "slug": "x", "_anchor": "scholen"}),
    # The query string keeps the order of the arguments ...
    ("programmes.index", {"q": "zorg", "level": 2}),
    ("programmes.index", {"level": 2, "q": "zorg"}),
    # ... and their type: True and 1 are equal keys to a dict, not to url_for.
    ("programmes.index", {"shortage": True}),
    ("programmes.index", {"shortage": 1}),
    ("programmes.index", {"q": "a b&c=d"}),
    ("orientation.step", {"step": 3}),
    ("compare.index", {"c": ("25655", "25498")}),
    ("static", {"filename": "app.css"}),
]


@pytest.fixture
def url_app() -> Flask:
    return create_app({"TESTING": True, "DATABASE_URL": "sqlite://"})


def test_remembered_urls_equal_flasks_twice_over(url_app: Flask) -> None:
    for script_root in ("", "/kiesmbo"):
        with url_app.test_request_context("/", base_url=f"http://localhost{script_root}/"):
            expected = [flask.url_for(endpoint, **values) for endpoint, values in CASES]
            for _ in range(2):  # the second round comes from the memo
                assert [urls.url_for(e, **v) for e, v in CASES] == expected
            assert all(url.startswith(script_root + "/") for url in expected)
            assert len({urls.url_for("programmes.index", shortage=v) for v in (True, 1)}) == 2


def test_a_relative_endpoint_is_resolved_per_blueprint(url_app: Flask) -> None:
    with url_app.test_request_context("/opleidingen"):
        assert flask.request.blueprint == "programmes"
        assert urls.url_for(".index") == "/opleidingen"
    with url_app.test_request_context("/vergelijk"):
        assert flask.request.blueprint == "compare"
        assert urls.url_for(".index") == "/vergelijk"


def test_external_urls_follow_the_host(url_app: Flask) -> None:
    for host in ("a.example", "b.example"):
        with url_app.test_request_context("/", base_url=f"https://{host}"):
            assert urls.url_for("pages.home", _external=True) == f"https://{host}/"


def test_errors_are_raised_every_time_and_never_remembered(url_app: Flask) -> None:
    with url_app.test_request_context("/"):
        for _ in range(2):
            with pytest.raises(BuildError):
                urls.url_for("programmes.detail")
        assert urls.url_for("programmes.index", q=["a", "b"]) == "/opleidingen?q=a&q=b"


def test_templates_use_the_remembered_url_for(url_app: Flask) -> None:
    assert url_app.jinja_env.globals["url_for"] is urls.url_for
    with url_app.test_request_context("/"):
        urls.url_for("pages.explain")
        memo = url_app.extensions["kiesmbo.url_memo"]
        assert any(key[2] == "pages.explain" for key in memo)


def test_the_memo_is_bounded(url_app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(urls, "_MEMO_ENTRIES", 10)
    with url_app.test_request_context("/"):
        for number in range(25):
            assert urls.url_for("orientation.step", step=number) == f"/orientatie/stap/{number}"
        assert len(url_app.extensions["kiesmbo.url_memo"]) <= 10


def test_url_defaults_turn_the_memo_off(url_app: Flask) -> None:
    """A url_defaults function adds inputs the memo's key does not hold: url_for then asks
    Flask every time."""
    state = {"ref": "a"}

    @url_app.url_defaults
    def add_ref(endpoint: str, values: dict) -> None:
        values.setdefault("ref", state["ref"])

    for ref in ("a", "b"):
        state["ref"] = ref
        with url_app.test_request_context("/"):
            assert urls.url_for("pages.explain") == f"/uitleg?ref={ref}"
