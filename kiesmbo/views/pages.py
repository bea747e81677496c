"""Service pages: health check."""

from __future__ import annotations

from flask import Blueprint, Response
from sqlalchemy.exc import SQLAlchemyError

from kiesmbo.db import get_session
from kiesmbo.queries import count_programmes

bp = Blueprint("pages", __name__)


@bp.get("/health")
def health() -> Response:
    """Report whether the database answers and holds programmes (plain text for monitors)."""
    try:
        count = count_programmes(session=get_session())
    except SQLAlchemyError:
        return Response("database unavailable\n", status=503, mimetype="text/plain")
    status = 200 if count else 503
    return Response(f"{'ok' if count else 'empty'}: {count} programmes\n", status=status,
                    mimetype="text/plain")
