"""Error pages with the right status code."""

from __future__ import annotations

from flask import Flask, render_template
from werkzeug.exceptions import HTTPException, InternalServerError


def _render_http_error(error: HTTPException) -> tuple[str, int]:
    code = error.code or 500
    template = f"errors/{code}.html" if code in (400, 404, 422) else "errors/generic.html"
    return render_template(template, error=error, code=code), code


def _render_unexpected(error: Exception) -> tuple[str, int]:
    return _render_http_error(InternalServerError(original_exception=error))


def init_app(app: Flask) -> None:
    app.register_error_handler(HTTPException, _render_http_error)
    if not app.testing:
        app.register_error_handler(Exception, _render_unexpected)
