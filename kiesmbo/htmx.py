"""One decision point for htmx: the whole page, or only the fragment htmx asked for.

Every view answers through these helpers, so whether a request gets a page, a fragment, a
redirect or an error message is decided here and nowhere else.
"""

from __future__ import annotations

import json

from flask import Flask, Response, make_response, redirect, request

from kiesmbo.extensions import htmx
from kiesmbo.templating import render as render_template

# The page-level area in layout.html where htmx puts error messages (see render_error).
MESSAGES_TARGET = "#messages"


def wants_fragment() -> bool:
    """True for htmx requests that are neither boosted navigation nor history restores."""
    return bool(htmx) and not htmx.boosted and not htmx.history_restore_request


def render_page(page: str, *, status: int = 200, **context) -> Response:
    """Render a template that has no fragment of its own (a page, or a fragment-only view).

    A page's 4xx (a retired programme, a mistyped code) asked for by htmx outside navigation
    has no fragment to give: htmx is told to load it as a page (HX-Redirect), so no element
    ever gets a whole document swapped in.
    """
    if status >= 400 and wants_fragment():
        response = make_response("", status)
        response.headers["HX-Redirect"] = request.full_path.rstrip("?")
        return response
    return make_response(render_template(page, is_fragment=False, **context), status)


def render_page_or_partial(page: str, fragment: str, *, status: int = 200, **context) -> Response:
    """Render the fragment for htmx requests, otherwise the full page (which includes it)."""
    if wants_fragment():
        return make_response(render_template(fragment, is_fragment=True, **context), status)
    return render_page(page, status=status, **context)


def render_error(template: str, *, status: int, **context) -> Response:
    """An error page; for htmx, the same template as a message (`is_fragment`) that htmx
    puts into the page's message area instead of the element that asked."""
    if not wants_fragment():
        return render_page(template, status=status, **context)
    response = make_response(render_template(template, is_fragment=True, **context), status)
    response.headers["HX-Retarget"] = MESSAGES_TARGET
    response.headers["HX-Reswap"] = "innerHTML"
    return response


def fragment_or_redirect(fragment: str, url: str, **context) -> Response:
    """Answer a successful POST with a fragment for htmx, and a 303 to `url` otherwise."""
    if wants_fragment():
        return make_response(render_template(fragment, is_fragment=True, **context), 200)
    return redirect(url, code=303)


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
    if response.mimetype == "text/html" and "HX-Request" not in response.headers.get("Vary", ""):
        response.vary.add("HX-Request")
    return response


def init_app(app: Flask) -> None:
    app.after_request(_vary_on_htmx)
