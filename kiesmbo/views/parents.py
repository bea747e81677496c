"""Pages for parents: plain explanations, myths and facts, how to talk about choices."""

from __future__ import annotations

from collections import Counter

from flask import Blueprint, Response, render_template, url_for

from kiesmbo.db import get_session, get_snapshot
from kiesmbo.page_cache import cached_page
from kiesmbo.queries import get_reference_figures

bp = Blueprint("parents", __name__)

# Fields whose programmes a parent may weigh against each other: administration (often a
# parent's first thought), technology and care (where the jobs are).
EXAMPLE_DOMAINS = ("Economie en administratie", "Techniek en procesindustrie", "Zorg en welzijn")


def _example_comparison_url() -> str | None:
    """A comparison of the most widely offered level-3/4 programme in each example field."""
    snapshot = get_snapshot()
    schools = Counter(int(i) for i in snapshot.offering_programme)
    picks = []
    for domain in EXAMPLE_DOMAINS:
        candidates = [(schools[i], p.crebo, p) for i, p in enumerate(snapshot.programmes)
                      if p.domain.name == domain and p.level >= 3]
        if candidates:
            picks.append(max(candidates, key=lambda c: (c[0], c[1]))[2])
    if len(picks) < 2:
        return None
    return url_for("compare.index", crebo=[p.crebo for p in picks])


@bp.get("/ouders")
@cached_page
def index() -> Response | str:
    snapshot = get_snapshot()
    return render_template("parents/index.html", figures=get_reference_figures(
        session=get_session()), shortage_areas=snapshot.shortage_areas,
        example_url=_example_comparison_url())
