"""Saved results: open one by its code, the counsellor view, its PDF and QR code, delete."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from flask import Blueprint, Response, current_app, redirect, request, url_for
from flask_babel import get_locale
from flask_babel import gettext as _

from kiesmbo import journey
from kiesmbo.db import get_session, get_snapshot
from kiesmbo.extensions import limiter
from kiesmbo.htmx import render_page
from kiesmbo.i18n import is_rtl, keep_in_links
from kiesmbo.pdf import render_pdf
from kiesmbo.qr import qr_data_url, qr_svg
from kiesmbo.queries import list_data_sources
from kiesmbo.recommendations import get_recommender, weight_or_400
from kiesmbo.saved_results import delete_result, format_code, normalise_code
from kiesmbo.security import by_code, no_store
from kiesmbo.shortlist import MAX_COMPARE, compare_columns

bp = Blueprint("results", __name__)

@bp.get("/uitslag")
@no_store
def lookup() -> Response:
    """Open a saved result by typing its code."""
    typed = request.args.get("code", "")[:40]
    code = normalise_code(typed) if typed else None
    if code is not None:
        return redirect(url_for("results.saved", code=format_code(code)))
    if typed:
        message = _("This is not a valid code. A code has 16 letters and digits, like "
                    "ABCD-EFGH-JKMN-PQRS.")
    else:
        message = _("The result has been deleted.") if request.args.get("verwijderd") else ""
    return render_page("orientation/lookup.html", status=422 if typed else 200,
                       message=message, typed=typed)


def _saved_context(code: str, state: dict[str, Any], saved_at: Any) -> dict[str, Any]:
    """What the counsellor view and the PDF show: result, shortlist and comparison."""
    context: dict[str, Any] = {"result": None}
    if journey.is_complete(state):
        result = journey.result_of(get_snapshot(), state, get_recommender(),
                                   weight_or_400(request.args.get("weight")))
        context = journey.result_context(result, state)
    by_crebo = get_snapshot().by_crebo
    shortlist = [by_crebo[c] for c in state.get("shortlist", []) if c in by_crebo]
    return {**context, "code": format_code(code), "saved_at": saved_at,
            "shortlist": shortlist, "columns": compare_columns(shortlist[:MAX_COMPARE]),
            "problems": [], "place": None, "too_few": False, "url_without": {}}


@bp.get("/uitslag/<code>")
@by_code
def saved(code: str) -> Response:
    """The counsellor view: result, shortlist and comparison on one print-friendly page."""
    context = _saved_context(*journey.saved_state_or_404(code))
    keep_in_links({"weight": request.args.get("weight")})
    return render_page("orientation/saved.html", **context)


NEXT_STEP_KEYS = ("open_days", "taster", "parents", "other")


@bp.post("/uitslag/<code>/pdf")
@by_code
@limiter.limit(lambda: current_app.config["PDF_LIMIT"])
def pdf(code: str) -> Response:
    """The guidance summary as an A4 PDF (POST with the CSRF token: it costs real CPU time).

    A first name typed on the page is printed on it and stored nowhere but in this worker's
    memory, in the cache of recent summaries.
    """
    code, state, saved_at = journey.saved_state_or_404(code)
    first_name = request.form.get("first_name", "").strip()[:40]
    # The next steps typed during the conversation: printed, never stored.
    next_steps = {key: request.form.get(f"step_{key}", "").strip()[:300]
                  for key in NEXT_STEP_KEYS}
    today = dt.date.today()
    cache = current_app.extensions["kiesmbo.pdf_cache"]
    # The PDF prints an absolute link (and its QR) built from the request's host: the host
    # is part of the key, so one request with a forged Host header cannot reach others.
    key = (code, str(get_locale()), first_name, tuple(next_steps.values()),
           weight_or_400(request.args.get("weight")), today, get_snapshot().version,
           request.host)
    document = cache.get(key)
    if document is None:
        link = url_for("results.saved", code=format_code(code), _external=True)
        html = render_page("orientation/summary_pdf.html",
                           **_saved_context(code, state, saved_at), first_name=first_name,
                           today=today, sources=list_data_sources(session=get_session()),
                           is_rtl=is_rtl(), link=link, qr=qr_data_url(link),
                           next_steps=next_steps).get_data(as_text=True)
        static = Path(current_app.root_path) / "static"
        document = render_pdf(html, stylesheet=static / "css" / "summary.css",
                              static_root=static)
        cache.put(key, document)
    return Response(document, mimetype="application/pdf", headers={
        "Content-Disposition": f'attachment; filename="kiesmbo-{format_code(code)}.pdf"'})


@bp.get("/uitslag/<code>/qr.svg")
@by_code
def qr(code: str) -> Response:
    code, _state, _saved_at = journey.saved_state_or_404(code)
    url = url_for("results.saved", code=format_code(code), _external=True)
    return Response(qr_svg(url), mimetype="image/svg+xml")


@bp.post("/uitslag/<code>/verwijder")
@by_code
def delete(code: str) -> Response:
    code, _state, _saved_at = journey.saved_state_or_404(code)
    delete_result(session=get_session(), code=code)
    return redirect(url_for("results.lookup", verwijderd=1), code=303)
