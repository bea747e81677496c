"""Database engine, the per-request session and table creation."""

from __future__ import annotations

from pathlib import Path

from flask import Flask, current_app, g
from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session, SQLModel, create_engine

# Import every model so SQLModel.metadata knows all tables before create_all.
from kiesmbo import models  # noqa: F401
from kiesmbo.catalogue import Snapshot, SnapshotCache


def make_engine(url: str) -> Engine:
    """Create an engine; for SQLite also create the folder and switch foreign keys on."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _enable_foreign_keys(dbapi_connection, _record) -> None:  # pragma: no cover
            # SQLite leaves foreign key checks off unless every connection asks for them.
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


def create_tables(engine: Engine) -> None:
    """Create missing tables (idempotent)."""
    SQLModel.metadata.create_all(engine)


def get_engine() -> Engine:
    return current_app.extensions["kiesmbo.engine"]


def get_session() -> Session:
    """Return this request's session, opened on first use and closed at teardown."""
    if "db_session" not in g:
        g.db_session = Session(get_engine())
    return g.db_session


def get_snapshot() -> Snapshot:
    """Return this worker's catalogue snapshot, rebuilt when the catalogue changed."""
    cache: SnapshotCache = current_app.extensions["kiesmbo.snapshot"]
    return cache.get(get_session())


def _close_session(_exc: BaseException | None) -> None:
    session = g.pop("db_session", None)
    if session is not None:
        session.close()


def init_app(app: Flask) -> None:
    engine = make_engine(app.config["DATABASE_URL"])
    app.extensions["kiesmbo.engine"] = engine
    app.extensions["kiesmbo.snapshot"] = SnapshotCache(
        recheck_seconds=app.config["CATALOGUE_RECHECK_SECONDS"])
    create_tables(engine)
    app.teardown_appcontext(_close_session)
