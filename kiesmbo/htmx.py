"""One decision point for htmx: the whole page, or only the fragment htmx asked for."""

from __future__ import annotations

from flask import Flask, Response, make_response, render_template

from kiesmbo.extensions import htmx


def wants_fragment() -> bool:
    """True for htmx requests that are neither boosted navigation nor history restores."""
    return bool(htmx) and not htmx.boosted and not htmx.history_restore_request


def render_page_or_partial(page: str, fragment: str, *, status: int = 200, **context) -> Response:
    """Render the fragment for htmx requests, otherwise the full page (which includes it)."""
    template = fragment if wants_fragment() else page
    return make_response(render_template(template, **context), status)


def _vary_on_htmx(response: Response) -> Response:
    # Every HTML body may depend on HX-Request, so caches must keep the two apart.
    if response.mimetype == "text/html":
        response.vary.add("HX-Request")
    return response


def init_app(app: Flask) -> None:
    app.after_request(_vary_on_htmx)
