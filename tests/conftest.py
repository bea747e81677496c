"""Fixtures: app, client and runner on a fresh database, and seed directories.

Data tests run on SQLite, and also on PostgreSQL when KIESMBO_TEST_POSTGRES_URL is set
(CI starts a throwaway server); see the `database_url` fixture. The per-test database gets
its tables by `create_all` and is stamped at the newest migration, which is 4x faster than
running the migrations; tests/test_migrations.py proves both give the same schema.
"""

from __future__ import annotations

import csv
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from flask import Flask, url_for
from flask.testing import FlaskClient, FlaskCliRunner
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session, SQLModel

from kiesmbo import create_app
from kiesmbo.config import SEED_DIRECTORY
from kiesmbo.db import alembic_config, get_engine

TRANSLATIONS = Path(__file__).parent.parent / "kiesmbo" / "translations"
POSTGRES_URL = os.environ.get("KIESMBO_TEST_POSTGRES_URL", "")
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
# A small, real slice of the catalogue for fast tests: a zorg route, techniek, economie.
SMALL_CREBOS = {"25498", "25656", "25696", "25655", "25604", "25605", "25725", "25723",
                "25741", "25736"}


def uncompiled_catalogues(directory: Path = TRANSLATIONS) -> list[str]:
    """Languages whose messages.mo is missing or older than their messages.po."""
    return [po.parent.parent.name for po in sorted(directory.glob("*/LC_MESSAGES/messages.po"))
            if not po.with_suffix(".mo").exists()
            or po.with_suffix(".mo").stat().st_mtime < po.stat().st_mtime]


def pytest_sessionstart(session: pytest.Session) -> None:
    # Without compiled catalogues every page is English and hundreds of tests fail on
    # headings; say why once instead.
    stale = uncompiled_catalogues()
    if stale:
        pytest.exit(f"translations not compiled ({', '.join(stale)}): run `make translations`",
                    returncode=2)


def _fresh_postgres_database(name: str) -> str:
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL of an empty database on each backend (PostgreSQL only when configured)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.db'}"
    if not POSTGRES_URL:
        pytest.skip("KIESMBO_TEST_POSTGRES_URL is not set")
    return _fresh_postgres_database("kiesmbo_test")


def create_schema(engine: Engine) -> None:
    """Tests only: the models' tables, stamped as the newest migration (head == models is
    tests/test_migrations.py's job)."""
    SQLModel.metadata.create_all(engine)
    with engine.begin() as connection:
        command.stamp(alembic_config(connection), "head")


@pytest.fixture
def app(database_url: str) -> Iterator[Flask]:
    app = create_app({"TESTING": True, "DATABASE_URL": database_url})
    create_schema(get_engine_of(app))
    yield app
    get_engine_of(app).dispose()


def get_engine_of(app: Flask):
    with app.app_context():
        return get_engine()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def runner(app: Flask) -> FlaskCliRunner:
    return app.test_cli_runner()


@pytest.fixture
def session(app: Flask) -> Iterator[Session]:
    with Session(get_engine_of(app)) as session:
        yield session


def _filter_csv(source: Path, target: Path, keep) -> None:
    with source.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = [row for row in reader if keep(row)]
        columns = reader.fieldnames
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture
def small_seed(tmp_path: Path) -> Path:
    """A copy of seed_data/ cut down to a few programmes (and what they refer to)."""
    directory = tmp_path / "seed"
    directory.mkdir()
    for name in ("data_sources.csv", "reference_figures.csv", "domains.csv", "sectors.csv",
                 "shortage_areas.csv", "regions.csv", "municipalities.csv", "institutions.csv"):
        shutil.copy(SEED_DIRECTORY / name, directory / name)
    _filter_csv(SEED_DIRECTORY / "programmes.csv", directory / "programmes.csv",
                lambda row: row["crebo"] in SMALL_CREBOS)
    codes = set()
    with (directory / "programmes.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            codes.update(row["onet_codes"].split(";"))
    _filter_csv(SEED_DIRECTORY / "occupations.csv", directory / "occupations.csv",
                lambda row: row["onet_code"] in codes)
    _filter_csv(SEED_DIRECTORY / "postcodes.csv", directory / "postcodes.csv",
                lambda row: row["pc4"].startswith("10"))
    for name in ("offerings.csv", "figures.csv", "programme_occupations.csv",
                 "programme_enrolments.csv"):
        _filter_csv(SEED_DIRECTORY / name, directory / name,
                    lambda row: row["crebo"] in SMALL_CREBOS)
    shutil.copy(SEED_DIRECTORY / "institution_indicators.csv",
                directory / "institution_indicators.csv")
    _filter_csv(SEED_DIRECTORY / "retired_programmes.csv", directory / "retired_programmes.csv",
                lambda row: row["successors"] and set(row["successors"].split(";"))
                <= SMALL_CREBOS)
    _filter_csv(SEED_DIRECTORY / "progressions.csv", directory / "progressions.csv",
                lambda row: row["from_crebo"] in SMALL_CREBOS
                and (not row["to_crebo"] or row["to_crebo"] in SMALL_CREBOS))
    with (SEED_DIRECTORY / "search_terms.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        terms = [{**row, "crebos": ";".join(c for c in row["crebos"].split(";")
                                             if c in SMALL_CREBOS)} for row in reader]
        columns = reader.fieldnames
    with (directory / "search_terms.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(row for row in terms if row["crebos"])
    return directory


@pytest.fixture
def seeded_runner(runner: FlaskCliRunner, small_seed: Path) -> FlaskCliRunner:
    result = runner.invoke(args=["seed", "--path", str(small_seed)])
    assert result.exit_code == 0, result.output
    return runner


@pytest.fixture(scope="session")
def full_app(tmp_path_factory) -> Iterator[Flask]:
    """An app on SQLite with the whole seed_data/ loaded, shared by read-only view tests."""
    url = f"sqlite:///{tmp_path_factory.mktemp('full') / 'full.db'}"
    app = create_app({"TESTING": True, "DATABASE_URL": url})
    result = app.test_cli_runner().invoke(args=["seed"])
    assert result.exit_code == 0, result.output
    yield app
    get_engine_of(app).dispose()


@pytest.fixture
def full_client(full_app: Flask) -> FlaskClient:
    return full_app.test_client()


@pytest.fixture
def make_app(full_app, tmp_path):
    """Build another app on the full catalogue's database with extra config."""
    made = []

    def build(overrides: dict | None = None):
        app = create_app({"TESTING": True, "DATABASE_URL": full_app.config["DATABASE_URL"],
                          **(overrides or {})})
        made.append(app)
        return app

    yield build
    for app in made:
        get_engine_of(app).dispose()
    # The limiter is one object shared by every app in this process: give the others a
    # fresh in-memory store again (a test may have pointed it at Redis).
    reset = create_app({"TESTING": True, "DATABASE_URL": f"sqlite:///{tmp_path / 'r.db'}"})
    get_engine_of(reset).dispose()


def endpoint_url(app: Flask, endpoint: str, **values) -> str:
    """The path of an endpoint, as the app builds it (tests ask by endpoint, not by path)."""
    with app.test_request_context():
        return url_for(endpoint, **values)
