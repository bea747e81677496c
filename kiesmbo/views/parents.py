"""Pages for parents: plain explanations, myths and facts, how to talk about choices."""

from __future__ import annotations

from flask import Blueprint, Response, url_for

from kiesmbo.db import get_session, get_snapshot
from kiesmbo.htmx import render_page
from kiesmbo.page_cache import cached_page
from kiesmbo.queries import get_reference_figures, pick_example_comparison

bp = Blueprint("parents", __name__)


@bp.get("/ouders")
@cached_page
def index() -> Response:
    snapshot = get_snapshot()
    picks = pick_example_comparison(snapshot=snapshot)
    return render_page(
        "parents/index.html", figures=get_reference_figures(session=get_session()),
        shortage_areas=snapshot.shortage_areas,
        example_url=url_for("compare.index", crebo=[p.crebo for p in picks]) if picks else None)
