"""One decision point for htmx: the whole page, or only the fragment htmx asked for."""

from __future__ import annotations

import json

from flask import Flask, Response, make_response, redirect, render_template

from kiesmbo.extensions import htmx


def wants_fragment() -> bool:
    """True for htmx requests that are neither boosted navigation nor history restores."""
    return bool(htmx) and not htmx.boosted and not htmx.history_restore_request


def render_page_or_partial(page: str, fragment: str, *, status: int = 200, **context) -> Response:
    """Render the fragment for htmx requests, otherwise the full page (which includes it)."""
    template = fragment if wants_fragment() else page
    is_fragment = template == fragment and fragment != page
    return make_response(render_template(template, is_fragment=is_fragment, **context), status)


def redirect_after_post(url: str, *, target: str | None = None,
                        swap: str = "outerHTML") -> Response:
    """Answer a successful POST: 303 for browsers; for htmx, load `url` into `target`
    (HX-Location, pushes the URL) or, without a target, navigate to it (HX-Redirect)."""
    if not wants_fragment():
        return redirect(url, code=303)
    response = make_response("", 200)
    if target:
        response.headers["HX-Location"] = json.dumps({"path": url, "target": target,
                                                      "swap": swap})
    else:
        response.headers["HX-Redirect"] = url
    return response


def _vary_on_htmx(response: Response) -> Response:
    # Every HTML body may depend on HX-Request, so caches must keep the two apart.
    if response.mimetype == "text/html":
        response.vary.add("HX-Request")
    return response


def init_app(app: Flask) -> None:
    app.after_request(_vary_on_htmx)
