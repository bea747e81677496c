"""The page cache keys a page on the query arguments its view reads, and stays in its budget."""

from __future__ import annotations

import pytest

from kiesmbo import create_app
from kiesmbo.page_cache import PageCache, _Entry
from tests.conftest import get_engine_of

SEARCH = "/opleidingen?q=zorg&level=3"
ALSO = "/opleidingen/25655/ook-interessant"
DETAIL = "/opleidingen/25655/mbo-verpleegkundige"


@pytest.fixture
def client(full_app):
    """A client of a new app (an empty page cache of its own) on the full catalogue."""
    app = create_app({"TESTING": True, "DATABASE_URL": full_app.config["DATABASE_URL"]})
    yield app.test_client()
    get_engine_of(app).dispose()


def _cache(app) -> PageCache:
    return app.extensions["kiesmbo.page_cache"]


@pytest.mark.parametrize("path", [SEARCH, DETAIL, f"{ALSO}?weight=some",
                                  "/", "/bronnen", "/uitleg", "/ouders"])
def test_unknown_arguments_neither_change_the_page_nor_add_entries(client, path):
    cache = _cache(client.application)
    plain = client.get(path)
    assert plain.status_code == 200
    stored = len(cache)
    joiner = "&" if "?" in path else "?"
    for junk in ("x=1", "utm_source=school&x=2", "fbclid=abc", "_=1733"):
        busted = client.get(f"{path}{joiner}{junk}")
        assert busted.status_code == 200
        assert busted.get_data() == plain.get_data()
    assert len(cache) == stored


def test_arguments_the_view_reads_keep_their_own_entries(client):
    zorg = client.get("/opleidingen?q=zorg").get_data(as_text=True)
    kok = client.get("/opleidingen?q=kok").get_data(as_text=True)
    level = client.get("/opleidingen?q=zorg&level=2").get_data(as_text=True)
    assert len({zorg, kok, level}) == 3
    near = client.get(f"{DETAIL}?place=Utrecht").get_data(as_text=True)
    assert near != client.get(DETAIL).get_data(as_text=True)
    strong = client.get(f"{ALSO}?weight=strong").get_data(as_text=True)
    assert strong != client.get(f"{ALSO}?weight=none").get_data(as_text=True)


def test_the_order_of_arguments_does_not_matter(client):
    cache = _cache(client.application)
    first = client.get("/opleidingen?q=zorg&level=3&sort=name")
    stored = len(cache)
    second = client.get("/opleidingen?sort=name&level=3&q=zorg")
    assert second.get_data() == first.get_data()
    assert len(cache) == stored


def test_the_language_still_selects_its_own_page(client):
    dutch = client.get("/opleidingen?q=zorg", headers={"Accept-Language": "nl"})
    english = client.get("/opleidingen?q=zorg&lang=en")
    assert dutch.get_data() != english.get_data()
    assert 'lang="en"' in english.get_data(as_text=True)


def _entry(size: int) -> _Entry:
    return _Entry(200, "text/html; charset=utf-8", b"x" * size)


def test_the_cache_is_bounded_in_bytes():
    cache = PageCache(max_entries=100, max_bytes=1000)
    for number in range(5):
        cache.put((number,), _entry(300))
    assert cache.bytes <= 1000
    assert len(cache) == 3
    assert cache.get((0,)) is None and cache.get((1,)) is None
    assert cache.get((4,)) is not None


def test_the_least_recently_used_page_goes_first_and_replacing_counts_once():
    cache = PageCache(max_entries=100, max_bytes=1000)
    cache.put(("a",), _entry(400))
    cache.put(("b",), _entry(400))
    cache.get(("a",))
    cache.put(("b",), _entry(400))  # replacing an entry does not count its old size
    assert cache.bytes == 800
    cache.put(("c",), _entry(400))
    assert cache.get(("a",)) is None
    assert cache.get(("b",)) is not None and cache.get(("c",)) is not None


def test_a_page_larger_than_the_whole_budget_is_not_stored():
    cache = PageCache(max_entries=100, max_bytes=1000)
    cache.put(("small",), _entry(100))
    cache.put(("huge",), _entry(5000))
    assert cache.get(("huge",)) is None
    assert cache.get(("small",)) is not None
