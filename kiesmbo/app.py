"""The Flask application factory: config, extensions, blueprints, errors, CLI, static files."""

from __future__ import annotations

from flask import Flask, Response
from flask_babel import get_locale

from kiesmbo import assets, cli, db, errors, filters, i18n
from kiesmbo import htmx as htmx_responses
from kiesmbo.config import load_config
from kiesmbo.extensions import babel, csrf, htmx, limiter
from kiesmbo.i18n import select_locale

# No inline script or style anywhere, so the policy can forbid both.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)


def _security_headers(response: Response) -> Response:
    response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
    response.headers.setdefault("X-Frame-Options", "DENY")
    return response


def create_app(overrides: dict | None = None) -> Flask:
    """Build the app: config, database, extensions, blueprints, errors, CLI, static files."""
    app = Flask("kiesmbo", instance_relative_config=True)
    app.config.from_mapping(load_config(overrides))

    db.init_app(app)
    babel.init_app(app, locale_selector=select_locale)
    htmx.init_app(app)
    csrf.init_app(app)
    limiter.init_app(app)
    filters.init_app(app)
    htmx_responses.init_app(app)
    i18n.init_app(app)

    from kiesmbo.page_cache import PageCache
    from kiesmbo.views import compare, orientation, pages, parents, programmes

    app.extensions["kiesmbo.page_cache"] = PageCache(app.config["PAGE_CACHE_ENTRIES"])

    app.register_blueprint(pages.bp)
    app.register_blueprint(programmes.bp)
    app.register_blueprint(orientation.bp)
    app.register_blueprint(compare.bp)
    app.register_blueprint(parents.bp)

    errors.init_app(app)
    cli.init_app(app)
    # Last: WhiteNoise wraps the finished WSGI app and serves static files before Flask.
    assets.init_app(app)
    app.after_request(_security_headers)
    app.context_processor(lambda: {"current_locale": str(get_locale())})
    return app


def warm_up(app: Flask) -> None:
    """Build the catalogue snapshot now, so the first visitor does not wait for it."""
    from sqlalchemy.exc import SQLAlchemyError

    from kiesmbo.recommendations import get_recommender

    with app.app_context():
        try:
            get_recommender()  # builds the snapshot and fits the model
        except SQLAlchemyError:  # an empty or unreachable database: build on first request
            app.logger.warning("catalogue snapshot not built at start-up")
