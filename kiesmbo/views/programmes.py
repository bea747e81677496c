"""Programme search and the programme page."""

from __future__ import annotations

from flask import Blueprint, Response, abort, current_app, redirect, request, url_for
from flask_babel import gettext as _

from kiesmbo.db import get_programme_page, get_snapshot
from kiesmbo.forms import DISTANCES_KM, SEARCH_PARAMS, parse_search
from kiesmbo.htmx import render_page, render_page_or_partial
from kiesmbo.i18n import keep_in_links
from kiesmbo.page_cache import cached_page
from kiesmbo.queries import list_same_domain, sort_school_offers
from kiesmbo.recommendations import similar_programmes, weight_or_400
from kiesmbo.search import SORTS, search
from kiesmbo.shortlist import programme_or_404

bp = Blueprint("programmes", __name__)


def _filter_args(filters) -> dict[str, object]:
    """The query parameters that reproduce these filters (for links and pagination)."""
    args = {"q": filters.query, "domain": filters.domain, "level": filters.level,
            "leerweg": filters.leerweg, "shortage": "1" if filters.shortage_only else None,
            "place": filters.place_text, "distance": filters.distance_km
            if filters.place_text else None, "sort": filters.sort_choice}
    return {k: v for k, v in args.items() if v not in (None, "")}


@bp.get("/opleidingen")
@cached_page(params=SEARCH_PARAMS)
def index() -> Response:
    """Search and filter programmes; htmx gets only the results fragment."""
    snapshot = get_snapshot()
    filters, errors = parse_search(request.args, snapshot)
    per_page = current_app.config["PROGRAMMES_PER_PAGE"]
    result = None if errors else search(snapshot, filters, per_page=per_page)
    keep_in_links({**_filter_args(filters), "page": filters.page if filters.page > 1 else None})
    if result is not None and filters.page > result.page_count:
        abort(404, description=_("This page does not exist. The list has %(count)d pages.",
                                 count=result.page_count))
    return render_page_or_partial(
        "programmes/list.html", "programmes/_results.html",
        status=422 if errors else 200, filters=filters, errors=errors, result=result,
        args=_filter_args(filters), snapshot=snapshot, sorts=SORTS, distances=DISTANCES_KM)


@bp.get("/opleidingen/<crebo>")
@bp.get("/opleidingen/<crebo>/<slug>")
@cached_page(params=("place",))
def detail(crebo: str, slug: str | None = None) -> Response:
    """Show one programme; a wrong or missing slug redirects to the canonical URL.

    Raises:
        HTTPException: 404 for an unknown crebo (the page offers a search box).
    """
    snapshot = get_snapshot()
    if crebo in snapshot.retired and crebo not in snapshot.by_crebo:
        return _retired(snapshot, snapshot.retired[crebo])
    summary = programme_or_404(crebo)
    page = get_programme_page(crebo)
    if page is None:  # the catalogue changed since the snapshot was read
        abort(404)
    programme = page.programme
    place_text = request.args.get("place", "").strip()[:60]
    if slug != programme.slug:
        # Only the parameter this page reads is carried over: raw arguments could collide
        # with url_for's own keywords (crebo, slug, _external, ...).
        target = url_for("programmes.detail", crebo=crebo, slug=programme.slug,
                         place=place_text or None)
        return redirect(target, code=301)
    keep_in_links({"place": place_text})
    place = snapshot.places.resolve(place_text) if place_text else None
    return render_page(
        "programmes/detail.html", programme=programme, summary=summary, place=place,
        place_text=place_text, schools=sort_school_offers(page.schools, place),
        occupations=list(page.occupations), routes=page.routes,
        same_domain=list_same_domain(snapshot=snapshot, programme=summary),
        mbo_average=page.mbo_average)


def _retired(snapshot, retired) -> Response:
    """An expired code: one successor gets a permanent redirect; otherwise a page that says
    plainly that the programme no longer starts, with its successors or nearest programmes."""
    successors = [snapshot.by_crebo[c] for c in retired.successor_codes if c in snapshot.by_crebo]
    if len(successors) == 1:
        target = successors[0]
        return redirect(url_for("programmes.detail", crebo=target.crebo, slug=target.slug),
                        code=301)
    alternatives = [snapshot.by_crebo[c] for c in retired.alternative_codes
                    if c in snapshot.by_crebo]
    return render_page("programmes/retired.html", status=410, retired=retired,
                       successors=successors, alternatives=alternatives)


@bp.get("/opleidingen/<crebo>/ook-interessant")
@cached_page(params=("weight",))
def also(crebo: str) -> Response:
    """Suggestions next to a programme ("Ook interessant"): a fragment for the lazy block on
    the programme page, or a page of its own without JavaScript.

    Raises:
        HTTPException: 404 for an unknown crebo, 400 for an unknown weight.
    """
    summary = programme_or_404(crebo)
    weight = weight_or_400(request.args.get("weight"))
    keep_in_links({"weight": request.args.get("weight")})
    return render_page_or_partial("programmes/also.html", "programmes/_also.html",
                                  summary=summary, weight=weight.value,
                                  suggestions=similar_programmes(summary, weight))
