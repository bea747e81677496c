"""Home, sources, explanations, and service endpoints."""

from __future__ import annotations

import datetime as dt

from flask import Blueprint, Response
from sqlalchemy.exc import SQLAlchemyError

from kiesmbo.db import get_session, get_snapshot
from kiesmbo.htmx import render_page
from kiesmbo.page_cache import cached_page
from kiesmbo.queries import count_programmes, list_data_sources, pick_spotlight

bp = Blueprint("pages", __name__)


@bp.get("/")
@cached_page
def home() -> Response:
    snapshot = get_snapshot()
    return render_page("pages/home.html", snapshot=snapshot,
                       spotlight=pick_spotlight(snapshot=snapshot, today=dt.date.today()))


@bp.get("/bronnen")
@cached_page
def sources() -> Response:
    return render_page("pages/sources.html", sources=list_data_sources(session=get_session()))


@bp.get("/uitleg")
@cached_page
def explain() -> Response:
    return render_page("pages/explain.html")


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


@bp.get("/ping")
def ping() -> Response:
    """The cheapest response of the app: the floor for the HTTP benchmark."""
    return Response("pong\n", mimetype="text/plain")
