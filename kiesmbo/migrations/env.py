"""Alembic environment: the kiesmbo models' metadata on the app's DATABASE_URL.

`kiesmbo.db.upgrade_schema` passes its own connection (config.attributes["connection"]),
already inside the transaction that holds the migration lock; the alembic command line
connects to DATABASE_URL from kiesmbo.config.
"""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

from kiesmbo import models  # noqa: F401  (fills SQLModel.metadata)

target_metadata = SQLModel.metadata


def _configure(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things: batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    from kiesmbo.config import load_config
    from kiesmbo.db import make_engine

    engine = make_engine(load_config()["DATABASE_URL"])
    try:
        with engine.connect() as connection:
            _configure(connection)
            with context.begin_transaction():
                context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline (--sql) migrations are not supported; run against a database")
run_migrations_online()
