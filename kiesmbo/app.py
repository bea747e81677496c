"""The Flask application factory: config, extensions, blueprints, errors, CLI, static files."""

from __future__ import annotations

from flask import Flask, request
from werkzeug.middleware.proxy_fix import ProxyFix

from kiesmbo import assets, cli, db, errors, filters, fragments, i18n, security, templating, urls
from kiesmbo import htmx as htmx_responses
from kiesmbo.config import load_config
from kiesmbo.extensions import babel, csrf, htmx, limiter
from kiesmbo.formatting import request_locale
from kiesmbo.i18n import select_locale


class KiesmboFlask(Flask):
    """Flask with the request id in the log line of every unhandled exception."""

    def log_exception(self, exc_info) -> None:
        self.logger.error("Exception on %s %s (request id %s)", request.method, request.path,
                          security.request_id(), exc_info=exc_info)


def create_app(overrides: dict | None = None) -> Flask:
    """Build the app: config, database, extensions, blueprints, errors, CLI, static files.

    Raises:
        kiesmbo.config.ConfigError: the environment holds an unusable setting.
    """
    app = KiesmboFlask("kiesmbo", instance_relative_config=True)
    app.config.from_mapping(load_config(overrides))

    db.init_app(app)
    babel.init_app(app, locale_selector=select_locale)
    htmx.init_app(app)
    csrf.init_app(app)
    limiter.init_app(app)
    filters.init_app(app)
    fragments.init_app(app)
    templating.init_app(app)
    urls.init_app(app)
    htmx_responses.init_app(app)
    i18n.init_app(app)

    from kiesmbo.page_cache import LruCache, PageCache
    from kiesmbo.views import compare, guide, orientation, pages, parents, programmes, results

    app.extensions["kiesmbo.page_cache"] = PageCache(
        app.config["PAGE_CACHE_ENTRIES"], app.config["PAGE_CACHE_MB"] * 1024 * 1024)
    app.extensions["kiesmbo.pdf_cache"] = LruCache(app.config["PDF_CACHE_ENTRIES"])

    app.register_blueprint(pages.bp)
    app.register_blueprint(programmes.bp)
    app.register_blueprint(orientation.bp)
    app.register_blueprint(compare.bp)
    app.register_blueprint(parents.bp)
    app.register_blueprint(guide.bp)
    app.register_blueprint(results.bp)

    errors.init_app(app)
    cli.init_app(app)
    # WhiteNoise wraps the finished WSGI app and serves static files before Flask.
    assets.init_app(app)
    hops = app.config["PROXY_HOPS"]
    if hops:
        # Outermost: the real client address and scheme for the limiter, logs and cookies.
        # Only X-Forwarded-For and -Proto: the Host header is the proxy's to set.
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops,  # type: ignore[method-assign]
                                x_host=0, x_port=0, x_prefix=0)
    # Last registered, so it runs first: even if a later after_request fails, the headers
    # are on the response.
    security.init_app(app)
    app.context_processor(lambda: {"current_locale": request_locale()})
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
