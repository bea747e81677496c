"""Schema migrations: head equals the models, old databases upgrade with their data, and
readers never see a half-written catalogue while a seed runs."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from bs4 import BeautifulSoup
from sqlalchemy import func, inspect, text
from sqlmodel import Session, SQLModel, select

from kiesmbo import create_app
from kiesmbo.db import (
    MIGRATIONS,
    SchemaError,
    _schema_of,
    alembic_config,
    current_revision,
    make_engine,
    upgrade_schema,
)
from kiesmbo.models import Figure, Programme
from kiesmbo.seed import load_seed_data, one_transaction

DATA = Path(__file__).parent / "data"
RELEASE_DUMP = DATA / "release_48f289e.sql"  # see make_release_48f289e.py
RELEASE_CODES = json.loads((DATA / "release_48f289e_codes.json").read_text(encoding="utf-8"))


def _head() -> str:
    with make_engine("sqlite://").connect() as connection:
        return ScriptDirectory.from_config(alembic_config(connection)).get_current_head()


def _schema_diff(engine) -> list:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return compare_metadata(context, SQLModel.metadata)


def _rows(engine, table: str) -> list[tuple]:
    with engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(f"SELECT * FROM {table} "
                                                              "ORDER BY 1"))]


def test_migrations_live_in_the_package_in_one_line_from_the_baseline():
    assert (MIGRATIONS / "env.py").is_file()
    with make_engine("sqlite://").connect() as connection:
        script = ScriptDirectory.from_config(alembic_config(connection))
        assert len(script.get_heads()) == 1  # no branches left unmerged
        chain = [revision.revision for revision in script.walk_revisions()]
    assert chain[-1] == "0001" and len(chain) >= 2


def test_head_is_the_models(database_url):
    """`alembic revision --autogenerate` on a migrated database finds nothing to do."""
    engine = make_engine(database_url)
    upgrade_schema(engine)
    assert current_revision(engine) == _head()
    assert _schema_diff(engine) == []
    engine.dispose()


def test_upgrade_twice_changes_nothing(database_url):
    engine = make_engine(database_url)
    upgrade_schema(engine)
    upgrade_schema(engine)
    assert current_revision(engine) == _head()
    engine.dispose()


def test_app_servers_upgrading_at_once_migrate_one_after_the_other(database_url):
    """Two app servers that start together on an empty database: one migrates, the other
    waits for its lock and then finds nothing to do."""
    engines = [make_engine(database_url) for _ in range(2)]
    errors: list[BaseException] = []

    def upgrade(engine) -> None:
        try:
            upgrade_schema(engine)
        except BaseException as error:  # reported by the main thread
            errors.append(error)

    threads = [threading.Thread(target=upgrade, args=(engine,)) for engine in engines]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    assert current_revision(engines[0]) == _head()
    for engine in engines:
        engine.dispose()


def test_create_all_database_of_main_is_stamped_and_keeps_its_rows(database_url):
    """A database that create_all made at 2dc7bf0 (before migrations) is stamped at 0002."""
    engine = make_engine(database_url)
    SQLModel.metadata.create_all(engine)
    with engine.begin() as connection:
        # Tables added after 2dc7bf0 (search terms, ...) were not there yet.
        for table in set(inspect(connection).get_table_names()) - set(_schema_of("0002")):
            connection.execute(text(f"DROP TABLE {table}"))
        connection.execute(text("INSERT INTO savedresult (code_hash, answers, created_at) "
                                "VALUES ('h', '{}', '2026-01-01 00:00:00')"))
    upgrade_schema(engine)
    assert current_revision(engine) == _head()
    assert [row[1] for row in _rows(engine, "savedresult")] == ["h"]
    assert _schema_diff(engine) == []
    engine.dispose()


def test_database_at_0001_keeps_its_rows_and_gets_defaults(database_url):
    """Rows of every changed table survive 0002; new NOT NULL columns get their defaults."""
    engine = make_engine(database_url)
    upgrade_schema(engine, "0001")
    with engine.begin() as connection:
        for sql in (
            "INSERT INTO domain (id, code, name, slug) VALUES (1, '79010', 'Zorg', 'zorg')",
            "INSERT INTO sector (id, code, name, is_shortage_sector, source, year) "
            "VALUES (1, 'ZWS', 'Zorg', true, 'SBB', 2024)",
            "INSERT INTO programme (id, crebo, name, slug, level, duration_years, has_bol, "
            "has_bbl, description, what_you_do, where_you_work, synonyms, is_widely_offered, "
            "realistic, investigative, artistic, social, enterprising, conventional, "
            "domain_id, sector_id) VALUES (1, '25498', 'Verzorgende', 'verzorgende', 3, 3, "
            "true, true, 'd', 'w', 'z', '', false, 1, 2, 3, 4, 5, 6, 1, 1)",
            "INSERT INTO region (id, name, slug) VALUES (1, 'Utrecht', 'utrecht')",
            "INSERT INTO municipality (id, code, name, latitude, longitude, centroid_basis, "
            "region_id) VALUES (1, 'GM0344', 'Utrecht', 52.1, 5.1, 'cbs', 1)",
            "INSERT INTO institution (id, brin, name, short_name, kind, city, latitude, "
            "longitude, municipality_id) VALUES (1, '25PJ', 'ROC', 'ROC', 'roc', 'Utrecht', "
            "52.1, 5.1, 1)",
            "INSERT INTO offering (id, leerweg, city, latitude, longitude, start_months, "
            "basis, institution_id, programme_id) VALUES (1, 'BOL', 'Utrecht', 52.1, 5.1, "
            "'9', 'regel', 1, 1)",
            "INSERT INTO figure (id, indicator, leerweg, value, unit, year, source, kind, "
            "method_note, programme_id, is_current) VALUES (1, 'work_3m', 'BOL', 80, "
            "'percent', 2024, 'ROA', 'ESTIMATE', '', 1, true)",
            "INSERT INTO savedresult (id, code_hash, answers, created_at) "
            "VALUES (1, 'h', '{\"a\": 1}', '2026-01-01 00:00:00')",
        ):
            connection.execute(text(sql))
    saved = _rows(engine, "savedresult")
    upgrade_schema(engine)
    assert current_revision(engine) == _head()
    assert _rows(engine, "savedresult") == saved
    with Session(engine) as session:
        programme = session.exec(select(Programme)).one()
        assert (programme.crebo, programme.level_basis, programme.former_names) == (
            "25498", "curated", "")
        figure = session.exec(select(Figure)).one()
        assert (figure.value, figure.low, figure.high) == (80, None, None)
    with engine.connect() as connection:
        offering = connection.execute(text("SELECT evidence, via FROM offering")).one()
        assert tuple(offering) == ("RULE", "")
        assert "basis" not in {c["name"] for c in inspect(connection).get_columns("offering")}
    assert _schema_diff(engine) == []
    engine.dispose()


def test_tables_of_no_known_version_are_refused(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'odd.db'}")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE programme (id INTEGER PRIMARY KEY, crebo TEXT)"))
    with pytest.raises(SchemaError, match="match no known version"):
        upgrade_schema(engine)
    assert current_revision(engine) is None
    assert set(inspect(engine).get_table_names()) == {"programme"}
    engine.dispose()


def test_db_upgrade_command_creates_and_reports(tmp_path):
    app = create_app({"TESTING": True, "DATABASE_URL": f"sqlite:///{tmp_path / 'new.db'}"})
    result = app.test_cli_runner().invoke(args=["db-upgrade"])
    assert result.exit_code == 0 and "up to date" in result.output
    engine = app.extensions["kiesmbo.engine"]
    assert current_revision(engine) == _head()
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM alembic_version"))
        connection.execute(text("DROP TABLE enrolment"))
    failed = app.test_cli_runner().invoke(args=["seed"])
    assert failed.exit_code == 1 and "match no known version" in failed.output
    engine.dispose()


def test_database_of_the_previous_release_upgrades_and_serves_its_saved_results(
        tmp_path, small_seed):
    """The database the release at 48f289e made (tests/data, with three saved results)
    upgrades in place; the site then opens every saved result by its code."""
    path = tmp_path / "release.db"
    with sqlite3.connect(path) as connection:
        connection.executescript(RELEASE_DUMP.read_text(encoding="utf-8"))
        # Saved results expire after 90 days: make them recent, as on a live site.
        connection.execute("UPDATE savedresult SET created_at = ?",
                           (dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(" "),))
    app = create_app({"TESTING": True, "DATABASE_URL": f"sqlite:///{path}"})
    engine = app.extensions["kiesmbo.engine"]
    saved = _rows(engine, "savedresult")
    programmes = _rows(engine, "programme")
    assert len(saved) == 3 and current_revision(engine) is None

    result = app.test_cli_runner().invoke(args=["db-upgrade"])
    assert result.exit_code == 0, result.output
    assert current_revision(engine) == _head()
    assert _rows(engine, "savedresult") == saved
    assert [row[:2] for row in _rows(engine, "programme")] == [row[:2] for row in programmes]
    assert _schema_diff(engine) == []

    result = app.test_cli_runner().invoke(args=["seed", "--path", str(small_seed)])
    assert result.exit_code == 0, result.output
    assert _rows(engine, "savedresult") == saved
    client = app.test_client()
    # This release rewrote the questionnaire's items, so old answers cannot be scored: the
    # page says so (410) with a restart, and keeps the code and the saved list.
    for code in RELEASE_CODES.values():
        response = client.get(f"/uitslag/{code}")
        assert response.status_code == 410
        soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
        assert "oudere versie" in soup.h1.get_text() and code in soup.main.get_text()
    shortlisted = BeautifulSoup(client.get(f"/uitslag/{RELEASE_CODES['realistic']}")
                                .get_data(as_text=True), "html.parser")
    assert [li.strong.get_text() for li in shortlisted.select(".saved-list li")] == [
        "Mbo-Verpleegkundige"]  # crebo 25655, put on the list in the old release
    engine.dispose()


def test_readers_see_the_old_or_the_new_catalogue_during_a_seed_reset(tmp_path, small_seed):
    """While `seed --reset` deletes and reloads everything on a file SQLite database,
    concurrent readers never fail, never wait long and never see a half-written state."""
    url = f"sqlite:///{tmp_path / 'busy.db'}"
    engine = make_engine(url)
    upgrade_schema(engine)
    with Session(engine) as session:
        load_seed_data(session=session, directory=small_seed)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"

    def counts() -> tuple[int, int]:
        with Session(engine) as session:
            return (session.exec(select(func.count()).select_from(Programme)).one(),
                    session.exec(select(func.count()).select_from(Figure)).one())

    before = counts()
    assert before[0] == 10 and before[1] > 0
    errors: list[BaseException] = []

    def reseed() -> None:
        writer = make_engine(url)
        try:
            for _ in range(2):
                with Session(writer) as session:
                    load_seed_data(session=session, directory=small_seed, reset=True)
        except BaseException as error:  # reported by the main thread
            errors.append(error)
        finally:
            writer.dispose()

    thread = threading.Thread(target=reseed)
    seen, slowest = [], 0.0
    thread.start()
    while thread.is_alive():
        start = time.perf_counter()
        seen.append(counts())
        slowest = max(slowest, time.perf_counter() - start)
    thread.join()
    assert not errors, errors
    assert len(seen) > 5, "the seed ended before the readers could read"
    assert set(seen) == {before}, f"half-written states seen: {set(seen) - {before}}"
    assert slowest < 2.0, f"a reader waited {slowest:.2f} s for the writer"
    engine.dispose()


def test_seed_and_import_take_the_write_lock_up_front(tmp_path):
    """one_transaction starts with BEGIN IMMEDIATE on SQLite: another writer is held off
    from the start, while a reader still reads."""
    path = tmp_path / "lock.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade_schema(engine)
    with Session(engine) as session, one_transaction(session, dry_run=True):
        other = sqlite3.connect(path, timeout=0, isolation_level=None)
        assert other.execute("SELECT count(*) FROM programme").fetchone() == (0,)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()
    engine.dispose()
