"""Database engine, the per-request session and the schema (Alembic migrations)."""

from __future__ import annotations

import functools
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from flask import Flask, current_app, g, has_request_context
from sqlalchemy import event, inspect, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlmodel import Session, create_engine

# Import every model so SQLModel.metadata knows all tables (Alembic compares against it).
from kiesmbo import models  # noqa: F401
from kiesmbo.catalogue import Snapshot, SnapshotCache
from kiesmbo.queries import ProgrammePage, ProgrammePageCache
from kiesmbo.seed import WRITE_LOCK

MIGRATIONS = Path(__file__).parent / "migrations"
# How long a writer waits for SQLite's write lock before it gives up (readers never wait:
# in WAL mode they keep reading the last committed state). A full `seed --reset` holds the
# lock about 4-5 s on a busy 2-core machine, so a result saved meanwhile waits, not fails.
SQLITE_BUSY_TIMEOUT_MS = 10_000
# Any fixed number: PostgreSQL advisory lock that lets one app server migrate at a time.
_PG_MIGRATION_LOCK = 720_011_061
# Revisions that a database without alembic_version can be at: those made by
# `SQLModel.metadata.create_all` before migrations existed (newest first).
_CREATE_ALL_REVISIONS = ("0002", "0001")


class SchemaError(RuntimeError):
    """The database holds kiesmbo tables that fit no known schema version."""


def make_engine(url: str) -> Engine:
    """Create an engine; SQLite gets foreign keys, WAL, a busy timeout and BEGIN IMMEDIATE
    for write runs (seed, import, migrations)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    in_file = bool(parsed.database) and parsed.database != ":memory:"
    if in_file:
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"check_same_thread": False,
                                              "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # pragma: no cover
        cursor = dbapi_connection.cursor()
        # SQLite leaves foreign key checks off unless every connection asks for them.
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        if in_file:
            # WAL: readers see the last commit while a seed or import writes.
            _use_wal(cursor)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:  # pragma: no cover
        # Other transactions keep pysqlite's own handling: reads run outside a transaction
        # and a transaction starts at the first write, on a fresh snapshot. (A read
        # transaction that later writes would fail at once if a seed committed in between.)
        if connection.get_execution_options().get(WRITE_LOCK):
            connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _use_wal(cursor: sqlite3.Cursor) -> None:
    """Switch the database file to WAL (it stays so). Switching needs a moment's exclusive
    lock and SQLite answers "database is locked" at once, without its busy timeout, when
    another connection holds one: two app servers starting together on a new file. So ask
    first (a file in WAL already needs no switch) and try again within the busy timeout."""
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            if cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


# --- Schema ---------------------------------------------------------------------------------


def alembic_config(connection: Connection) -> Config:
    """Alembic settings for kiesmbo/migrations, run on `connection` (see env.py)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def _columns_by_table(connection: Connection) -> dict[str, frozenset[str]]:
    inspector = inspect(connection)
    return {table: frozenset(column["name"] for column in inspector.get_columns(table))
            for table in inspector.get_table_names() if table != "alembic_version"}


@functools.cache
def _schema_of(revision: str) -> dict[str, frozenset[str]]:
    """The tables and columns the migrations make up to `revision` (built in memory)."""
    engine = make_engine("sqlite://")
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), revision)
            return _columns_by_table(connection)
    finally:
        engine.dispose()


def _unversioned_revision(connection: Connection) -> str | None:
    """Which revision a database without alembic_version is at (None: no kiesmbo tables).

    Raises:
        SchemaError: it has kiesmbo tables, but they fit none of the create_all releases.
    """
    known = set().union(*(_schema_of(rev) for rev in _CREATE_ALL_REVISIONS))
    found = {t: cols for t, cols in _columns_by_table(connection).items() if t in known}
    if not found:
        return None
    for revision in _CREATE_ALL_REVISIONS:
        if found == _schema_of(revision):
            return revision
    expected = _schema_of(_CREATE_ALL_REVISIONS[0])
    missing = sorted(set(expected) - set(found)) or sorted(
        f"{t}.{c}" for t in found for c in expected.get(t, frozenset()) - found[t])
    raise SchemaError("the database has kiesmbo tables that match no known version "
                      f"(missing: {', '.join(missing[:8]) or 'none'}); back it up and "
                      "migrate it by hand, or start from an empty database")


def _outside_transaction(connection: Connection, sql: str) -> None:
    """Run a statement on the DBAPI connection, past SQLAlchemy's autobegin (SQLite PRAGMAs
    that do nothing inside a transaction)."""
    connection.connection.driver_connection.execute(sql)


@contextmanager
def _migration_connection(engine: Engine) -> Iterator[Connection]:
    """One connection, one transaction, holding the lock that lets one process migrate."""
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            # Batch migrations copy and drop tables, which the foreign key checks would
            # refuse; they are checked once at the end instead. Only outside a transaction.
            _outside_transaction(connection, "PRAGMA foreign_keys=OFF")
        try:
            connection = connection.execution_options(**{WRITE_LOCK: True})
            with connection.begin():
                if not sqlite:
                    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                                       {"key": _PG_MIGRATION_LOCK})
                yield connection
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise SchemaError(f"foreign keys broken after migrating: {broken[:5]}")
        finally:
            if sqlite:
                _outside_transaction(connection, "PRAGMA foreign_keys=ON")


def current_revision(engine: Engine) -> str | None:
    """The revision in alembic_version (None: not under migrations yet)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade_schema(engine: Engine, revision: str = "head") -> None:
    """Bring the database to `revision`: create it when empty, migrate it when older.

    A database made by `create_all` before migrations existed (no version in
    alembic_version) is first stamped with the revision its tables match, so its data
    stays. Safe to run from several processes at once: they migrate one after the other.

    Raises:
        SchemaError: the tables fit no known version (nothing is changed).
    """
    with _migration_connection(engine) as connection:
        config = alembic_config(connection)
        if not MigrationContext.configure(connection).get_current_heads():
            # No version yet (or an emptied alembic_version): look at the tables.
            found = _unversioned_revision(connection)
            if found is not None:
                command.stamp(config, found)
        command.upgrade(config, revision)


# --- Sessions -------------------------------------------------------------------------------


def get_engine() -> Engine:
    return current_app.extensions["kiesmbo.engine"]


def get_session() -> Session:
    """Return this request's session, opened on first use and closed at teardown."""
    if "db_session" not in g:
        g.db_session = Session(get_engine())
    return g.db_session


def get_snapshot() -> Snapshot:
    """Return this worker's catalogue snapshot, rebuilt when the catalogue changed.

    Within one request the same snapshot is returned every time: a page is built from one
    catalogue version, and the version is asked for once per request, not once per call.
    """
    if has_request_context():
        snapshot = g.get("catalogue_snapshot")
        if snapshot is None:
            cache: SnapshotCache = current_app.extensions["kiesmbo.snapshot"]
            snapshot = g.catalogue_snapshot = cache.get(get_session)
        return snapshot
    cache = current_app.extensions["kiesmbo.snapshot"]
    return cache.get(get_session)


def get_programme_page(crebo: str) -> ProgrammePage | None:
    """The programme page's database reads for this catalogue version (cached per worker)."""
    cache: ProgrammePageCache = current_app.extensions["kiesmbo.programme_pages"]
    return cache.get(open_session=get_session, snapshot=get_snapshot(), crebo=crebo)


def _close_session(_exc: BaseException | None) -> None:
    session = g.pop("db_session", None)
    if session is not None:
        session.close()


def init_app(app: Flask) -> None:
    """Attach the engine and the snapshot cache; the schema is `flask db-upgrade`'s job."""
    engine = make_engine(app.config["DATABASE_URL"])
    app.extensions["kiesmbo.engine"] = engine
    app.extensions["kiesmbo.snapshot"] = SnapshotCache(
        recheck_seconds=app.config["CATALOGUE_RECHECK_SECONDS"],
        background=app.config["CATALOGUE_REBUILD_IN_BACKGROUND"])
    app.extensions["kiesmbo.programme_pages"] = ProgrammePageCache(
        app.config["PROGRAMME_DATA_CACHE"])
    app.teardown_appcontext(_close_session)
