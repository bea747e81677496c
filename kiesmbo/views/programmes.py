"""Programme list (the full search and detail pages come next)."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, render_template, request
from flask_babel import gettext as _

from kiesmbo.db import get_session
from kiesmbo.queries import list_programmes

bp = Blueprint("programmes", __name__)


def _page_number() -> int:
    """Read ?page= as a positive whole number.

    Raises:
        HTTPException: 400 when page is not a whole number of at least 1.
    """
    raw = request.args.get("page", "1")
    # Six digits is far beyond the last page; longer input is refused before int().
    if not raw.isdigit() or len(raw) > 6 or int(raw) < 1:
        abort(400, description=_("The page number must be a whole number of 1 or more."))
    return int(raw)


@bp.get("/opleidingen")
def index() -> str:
    per_page = current_app.config["PROGRAMMES_PER_PAGE"]
    page = list_programmes(session=get_session(), page=_page_number(), per_page=per_page)
    if page.number > page.page_count:
        abort(404, description=_("This page does not exist. The list has %(count)d pages.",
                                 count=page.page_count))
    return render_template("programmes/list.html", page=page)
