"""Response headers every answer carries, the per-request id, and no-store for pages with a
result code in them."""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from typing import TypeVar

from flask import Flask, Response, current_app, g, has_request_context, request
from werkzeug.datastructures import Headers

from kiesmbo.extensions import limiter

# No inline script or style anywhere, so the policy can forbid both.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
# The site needs none of these browser features; a script that sneaks in cannot ask for them.
PERMISSIONS_POLICY = ("accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
                      "magnetometer=(), microphone=(), payment=(), usb=()")
REQUEST_ID_HEADER = "X-Request-ID"
# A proxy's request id is kept when it is short and plain (it ends up in logs and pages).
_SANE_REQUEST_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,63}")

V = TypeVar("V", bound=Callable)


def request_id() -> str:
    """This request's id: the proxy's X-Request-ID when sane, else a new random one."""
    if not has_request_context():
        return "-"
    if "request_id" not in g:
        offered = request.headers.get(REQUEST_ID_HEADER, "")
        g.request_id = (offered if _SANE_REQUEST_ID.fullmatch(offered)
                        else secrets.token_hex(8))
    return g.request_id


def no_store(view: V) -> V:
    """Mark a view whose answers hold a result code: no cache may keep them."""
    view.no_store = True  # type: ignore[attr-defined]
    return view


# Opening a saved result by its code: every request counts, and wrong codes count again
# (only when the answer is 404), so guessing codes is throttled long before it could work.
# Shared scopes: every view that opens a result by its code shares the same counts.
_code_lookup_limit = limiter.shared_limit(lambda: current_app.config["CODE_LOOKUP_LIMIT"],
                                          scope="code-lookup")
_wrong_code_limit = limiter.shared_limit(lambda: current_app.config["WRONG_CODE_LIMIT"],
                                         scope="wrong-code",
                                         deduct_when=lambda response: response.status_code == 404)


def by_code(view: V) -> V:
    """What every view of one saved result has: no caching, and both code limits."""
    return no_store(_code_lookup_limit(_wrong_code_limit(view)))


# Set on every response unless a view set its own (lower-case names to compare with).
_DEFAULT_HEADERS = (
    ("content-security-policy", "Content-Security-Policy", CONTENT_SECURITY_POLICY),
    ("x-content-type-options", "X-Content-Type-Options", "nosniff"),
    ("referrer-policy", "Referrer-Policy", "strict-origin-when-cross-origin"),
    ("x-frame-options", "X-Frame-Options", "DENY"),
    ("permissions-policy", "Permissions-Policy", PERMISSIONS_POLICY),
    ("cross-origin-opener-policy", "Cross-Origin-Opener-Policy", "same-origin"),
)


def apply_security_headers(response: Response) -> Response:
    """Set the headers every response carries (also called by the 500 handler directly).

    The names already there are read once: each `setdefault` or set on werkzeug's Headers
    scans every header, which on a page with a dozen headers came to some 200 string
    comparisons per response.
    """
    headers = response.headers
    present = {key.lower() for key, _ in headers.items()}
    missing = [(name, value) for key, name, value in _DEFAULT_HEADERS if key not in present]
    hsts = current_app.config.get("HSTS_SECONDS", 0)
    if hsts and "strict-transport-security" not in present:
        missing.append(("Strict-Transport-Security", f"max-age={hsts}"))
    headers.extend(missing)
    if has_request_context():
        _replace(headers, present, REQUEST_ID_HEADER, request_id())
        view = current_app.view_functions.get(request.endpoint or "")
        if getattr(view, "no_store", False):
            _replace(headers, present, "Cache-Control", "no-store")
    return response


def _replace(headers: Headers, present: set[str], name: str, value: str) -> None:
    """headers[name] = value, without the scan when the header is not there yet."""
    if name.lower() in present:
        headers[name] = value
    else:
        headers.add(name, value)


def init_app(app: Flask) -> None:
    app.after_request(apply_security_headers)
