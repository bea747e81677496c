"""An in-process cache of rendered public pages (search, programme pages, home, sources).

These pages depend only on the URL, the language, the htmx variant and the catalogue, so
each worker keeps recently rendered ones and serves them again without rendering, gzipped
when the client accepts it. The key holds the catalogue version, so seed and import make
every cached page stale at once. Pages with per-visitor content (the questionnaire, saved
results, forms with CSRF tokens) are never cached.

Cached pages are served to everybody, so they must not hold anything taken from one request
beyond its path: in particular no absolute URL built from the Host header (a request with
`Host: evil.example` would otherwise hand that host to later visitors). Cached views build
relative URLs only; as a safeguard, a page whose body names the request's host is not stored.
"""

from __future__ import annotations

import functools
import gzip
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from flask import Response, current_app, request

from kiesmbo.db import get_snapshot
from kiesmbo.deadlines import today_amsterdam
from kiesmbo.formatting import request_locale
from kiesmbo.htmx import wants_fragment

GZIP_LEVEL = 6
# Whether this worker's cache answered ("hit") or the page was rendered ("miss"), as caching
# proxies say it: for operators, and for the benchmark's warm pass (benchmarks/http.py).
STATUS_HEADER = "X-Page-Cache"
V = TypeVar("V")


@dataclass(frozen=True)
class _Entry:
    status: int
    content_type: str  # the whole Content-Type header ("text/html; charset=utf-8")
    # Only the gzipped body is kept (about a fifth of the page): nearly every client accepts
    # gzip, and the few that do not get it unpacked, which costs far less than a render.
    gzipped: bytes


class LruCache(Generic[V]):
    """A small thread-safe LRU map (rendered pages here, PDF summaries in the views).

    Bounded in entries and, when `size` is given, in bytes: `size(value)` is a value's cost
    and the least recently used values go until the total is at most `max_bytes`.
    """

    def __init__(self, max_entries: int, *, max_bytes: int = 0,
                 size: Callable[[V], int] | None = None) -> None:
        self._entries: OrderedDict[tuple, V] = OrderedDict()
        self._lock = threading.Lock()
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._size = size
        self.bytes = 0

    def __len__(self) -> int:
        return len(self._entries)

    def _cost(self, value: V) -> int:
        return self._size(value) if self._size is not None else 0

    def get(self, key: tuple) -> V | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
            return entry

    def put(self, key: tuple, entry: V) -> None:
        cost = self._cost(entry)
        if self.max_entries <= 0 or (self._size is not None and cost > self.max_bytes):
            return
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self.bytes -= self._cost(old)
            self._entries[key] = entry
            self.bytes += cost
            while len(self._entries) > self.max_entries or (
                    self._size is not None and self.bytes > self.max_bytes):
                _, dropped = self._entries.popitem(last=False)
                self.bytes -= self._cost(dropped)


class PageCache(LruCache[_Entry]):
    """The rendered-page cache: at most `max_entries` pages and `max_bytes` bytes
    (gzipped bodies)."""

    def __init__(self, max_entries: int, max_bytes: int) -> None:
        super().__init__(max_entries, max_bytes=max_bytes,
                         size=lambda entry: len(entry.gzipped))


def _names_request_host(body: bytes) -> bool:
    """Whether the page holds an absolute URL to the host this request named."""
    host = request.host.encode("utf-8", "replace")
    return bool(host) and re.search(rb"//" + re.escape(host) + rb"(?=[/\"'?#<\s]|$)",
                                    body) is not None


def _accepts_gzip() -> bool:
    return "gzip" in request.headers.get("Accept-Encoding", "")


def _respond(entry: _Entry, status: str) -> Response:
    """The answer for a stored page; `status` is the X-Page-Cache value (hit or miss)."""
    # The headers go in as one list: each header set afterwards would scan the others.
    # Vary is text: the Vary set is parsed and written out again on every add (htmx.py
    # adds HX-Request to the same header).
    headers = [("Content-Type", entry.content_type), ("Vary", "Accept-Encoding, HX-Request"),
               (STATUS_HEADER, status)]
    if _accepts_gzip():
        headers.append(("Content-Encoding", "gzip"))
        return Response(entry.gzipped, status=entry.status, headers=headers)
    return Response(gzip.decompress(entry.gzipped), status=entry.status, headers=headers)


def _query_key(params: tuple[str, ...]) -> tuple:
    """The query arguments the view reads, in a fixed order; every other argument is left
    out, so `?x=random` or a tracking parameter does not make a new cache entry (the view
    never sees a difference: it builds its links from the parsed values, not from raw args).
    The language is not part of it: the locale is a key of its own."""
    return tuple((name, tuple(request.args.getlist(name))) for name in params
                 if name in request.args)


def cached_page(view: Callable[..., Response | str] | None = None, *,
                params: tuple[str, ...] = ()) -> Callable:
    """Serve a GET view from the page cache; only 200 HTML answers are stored.

    `params` names the query arguments the view reads (`@cached_page(params=(...))`); a
    bare `@cached_page` is for views that read none.
    """
    if view is None:
        return functools.partial(cached_page, params=params)

    @functools.wraps(view)
    def wrapper(*args, **kwargs) -> Response:
        cache: PageCache = current_app.extensions["kiesmbo.page_cache"]
        if cache.max_entries <= 0:  # caching is off: nothing to store, so nothing to gzip
            return current_app.make_response(view(*args, **kwargs))
        # Keyed by the Dutch date: the home page changes weekly, and the 1 April line on
        # programme pages and /uitleg daily (in Europe/Amsterdam, whatever the server's zone).
        key = (get_snapshot().version, request_locale(), request.path,
               _query_key(params), wants_fragment(), today_amsterdam())
        entry = cache.get(key)
        if entry is None:
            response = current_app.make_response(view(*args, **kwargs))
            if response.status_code != 200 or response.mimetype != "text/html":
                return response
            body = response.get_data()
            if _names_request_host(body):
                current_app.logger.warning("page not cached: it holds an absolute URL to the "
                                           "request's host (%s)", request.path)
                return response
            entry = _Entry(response.status_code, response.content_type,
                           gzip.compress(body, compresslevel=GZIP_LEVEL, mtime=0))
            cache.put(key, entry)
            if not _accepts_gzip():  # the page just rendered: no need to unpack the copy
                response.vary.add("Accept-Encoding")
                response.headers[STATUS_HEADER] = "miss"
                return response
            return _respond(entry, "miss")
        return _respond(entry, "hit")

    return wrapper
