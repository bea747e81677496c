"""Error pages with the right status code (a message fragment for htmx), and the 500 page.

A 500 means some code path failed, so its page depends on as little as possible: a small
self-contained template (no layout, no language switcher, no database), and if even that
fails, a fixed Dutch page. Every 500 is logged with its traceback and the request id, which
the page shows so a visitor can quote it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from flask import Flask, Response, current_app, render_template
from flask_babel import gettext as _
from flask_limiter.errors import RateLimitExceeded
from flask_wtf.csrf import CSRFError
from markupsafe import escape
from werkzeug.exceptions import HTTPException, InternalServerError

from kiesmbo.htmx import render_error
from kiesmbo.security import apply_security_headers, request_id

OWN_TEMPLATES = {400, 404, 410, 413, 422, 429}

STATIC_500 = """<!doctype html>
<html lang="nl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Er ging iets mis · kiesmbo</title></head>
<body><main><h1>Er ging iets mis</h1>
<p>Probeer het later opnieuw.</p>
<p>Foutcode: <code>{request_id}</code></p>
<p><a href="/">Naar de startpagina</a></p></main></body></html>
"""


class OutdatedResult(HTTPException):
    """Stored answers (a session or a saved result) that no longer fit this version.

    A saved result keeps what still means something: its code and the programmes on its
    list, which the 410 page shows (the answers themselves cannot be scored any more).
    """

    code = 410
    description = "stored answers from an older version"

    def __init__(self, shortlist: Sequence[Any] = (), saved_code: str | None = None) -> None:
        super().__init__()
        self.shortlist, self.saved_code = list(shortlist), saved_code


def _message(error: HTTPException) -> str | None:
    """The text to show besides the page's own heading: only messages the app wrote.

    Werkzeug's and the extensions' descriptions are English technical text.
    """
    if isinstance(error, CSRFError):
        return _("The form has expired or did not come from this site. Go back, reload the "
                 "page and try again.")
    if isinstance(error, RateLimitExceeded | OutdatedResult):
        return None
    return error.description if error.description != type(error).description else None


def server_error_page(code: int = 500) -> Response:
    """The self-contained error page for `code` (5xx), with the security headers.

    Renders errors/500.html; if that fails too, a fixed page: this function never raises
    for a template problem.
    """
    rid = request_id()
    try:
        html = render_template("errors/500.html", code=code, request_id=rid)
    except Exception:
        current_app.logger.exception("the 500 page failed too (request id %s)", rid)
        html = STATIC_500.format(request_id=escape(rid))
    response = Response(html, status=code, mimetype="text/html")
    response.headers["Cache-Control"] = "no-store"
    return apply_security_headers(response)


def _render_http_error(error: HTTPException) -> Response:
    code = error.code or 500
    if code >= 500:
        return _render_server_error(error)
    template = f"errors/{code}.html" if code in OWN_TEMPLATES else "errors/400.html"
    try:
        return render_error(template, status=code, code=code, message=_message(error),
                            saved_shortlist=getattr(error, "shortlist", []),
                            saved_code=getattr(error, "saved_code", None))
    except Exception:
        # The page itself failed (for example in the layout): log it, answer minimal.
        current_app.logger.exception("error page %s failed (request id %s)", code,
                                     request_id())
        return server_error_page(code)


def _render_server_error(error: HTTPException) -> Response:
    original = getattr(error, "original_exception", None)
    if original is None:
        # An explicit abort(5xx); unhandled exceptions were logged by log_exception.
        current_app.logger.error("HTTP %s: %s (request id %s)", error.code, error.description,
                                 request_id())
    return server_error_page(error.code or 500)


def init_app(app: Flask) -> None:
    # Unhandled exceptions reach Flask.handle_exception, which logs them (see
    # KiesmboFlask.log_exception) and then calls the InternalServerError handler. A handler
    # for Exception would run before that and swallow the traceback.
    app.register_error_handler(HTTPException, _render_http_error)
    app.register_error_handler(InternalServerError, _render_server_error)
