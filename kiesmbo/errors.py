"""Error pages with the right status code (a fragment for htmx requests)."""

from __future__ import annotations

from flask import Flask
from werkzeug.exceptions import HTTPException, InternalServerError

from kiesmbo.htmx import render_page_or_partial


def _render_http_error(error: HTTPException):
    code = error.code or 500
    template = f"errors/{code}.html" if code in (400, 404, 422, 429) else "errors/generic.html"
    # Werkzeug's default descriptions are English technical text; show only our own.
    message = error.description if error.description != type(error).description else None
    return render_page_or_partial(template, template, status=code, code=code, message=message)


def _render_unexpected(error: Exception):
    return _render_http_error(InternalServerError(original_exception=error))


def init_app(app: Flask) -> None:
    app.register_error_handler(HTTPException, _render_http_error)
    if not app.testing:
        app.register_error_handler(Exception, _render_unexpected)
