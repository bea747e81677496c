"""Command-line commands: db-upgrade, seed, import-figures and import-duo-enrolments."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

import click
from flask import Flask, current_app
from flask.cli import with_appcontext

from kiesmbo.csvfiles import DataFileError, read_bytes
from kiesmbo.db import SchemaError, get_engine, get_session, upgrade_schema
from kiesmbo.enrolment_import import import_duo_enrolments
from kiesmbo.seed import SeedReport, import_figures, load_seed_data


def _stop(error: DataFileError) -> NoReturn:
    click.echo(f"error: {error}", err=True)
    click.echo("nothing was written", err=True)
    sys.exit(1)


def _check_import_file(file: Path) -> None:
    """Raises:
        DataFileError: the file is missing or larger than IMPORT_MAX_BYTES.
    """
    limit = current_app.config["IMPORT_MAX_BYTES"]
    if not file.is_file():
        raise DataFileError(file.name, 0, "file not found")
    if file.stat().st_size > limit:
        raise DataFileError(file.name, 0, f"the file is larger than {limit // 2**20} MiB")


def _print_report(report: SeedReport, dry_run: bool) -> None:
    for table, counts in report.tables.items():
        click.echo(f"{table:24} created {counts.created:6}  updated {counts.updated:6}  "
                   f"unchanged {counts.unchanged:6}  deleted {counts.deleted:6}")
    if dry_run:
        click.echo("dry run: nothing was written")


def _upgrade_schema() -> None:
    """Migrate the database to the current schema, or stop with a message (exit 1)."""
    try:
        upgrade_schema(get_engine())
    except SchemaError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(1)


@click.command("db-upgrade", short_help="Create or migrate the database schema (Alembic).")
@with_appcontext
def db_upgrade_command() -> None:
    """Bring the database to the newest schema; keeps every row (seed and imports do this
    too)."""
    _upgrade_schema()
    click.echo("database schema is up to date")


@click.command("seed", short_help="Load seed_data/ into the database (idempotent).")
@click.option("--path", "directory", type=click.Path(file_okay=False, path_type=Path),
              default=None, help="Folder with the seed files (default: seed_data).")
@click.option("--dry-run", is_flag=True, help="Validate and count, then roll back.")
@click.option("--reset", is_flag=True, help="Delete all data first (same transaction).")
@with_appcontext
def seed_command(directory: Path | None, dry_run: bool, reset: bool) -> None:
    """Validate every seed file and upsert it in one transaction."""
    directory = directory or Path(current_app.config["SEED_DIRECTORY"])
    _upgrade_schema()
    try:
        report = load_seed_data(session=get_session(), directory=directory, dry_run=dry_run,
                                reset=reset)
    except DataFileError as error:
        _stop(error)
    _print_report(report, dry_run)


@click.command("import-figures", short_help="Import measured labour-market figures (CSV).")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Validate and count, then roll back.")
@with_appcontext
def import_figures_command(file: Path, dry_run: bool) -> None:
    """Import official figures; they replace estimates, which stay as history."""
    _upgrade_schema()
    try:
        _check_import_file(file)
        report = import_figures(session=get_session(), data=read_bytes(file), name=file.name,
                                max_rows=current_app.config["IMPORT_MAX_ROWS"], dry_run=dry_run)
    except DataFileError as error:
        _stop(error)
    _print_report(report, dry_run)


@click.command("import-duo-enrolments",
               short_help="Import DUO's students per instelling x crebo x leerweg (CSV).")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Validate and count, then roll back.")
@with_appcontext
def import_duo_enrolments_command(file: Path, dry_run: bool) -> None:
    """Replace the offerings and student counts that came from DUO with this file's."""
    _upgrade_schema()
    try:
        _check_import_file(file)
        report = import_duo_enrolments(session=get_session(), data=file.read_bytes(),
                                       name=file.name, dry_run=dry_run)
    except DataFileError as error:
        _stop(error)
    click.echo(f"DUO peiljaar {report.year}")
    _print_report(report, dry_run)
    if report.unknown_schools:
        click.echo(f"skipped {len(report.unknown_schools)} school(s) we do not list: " + ", ".join(
            f"{brin} {name}" for brin, name in sorted(report.unknown_schools.items())))
    if report.unknown_codes:
        click.echo(f"skipped {len(report.unknown_codes)} crebo code(s) we do not know: "
                   + ", ".join(sorted(report.unknown_codes)))


def init_app(app: Flask) -> None:
    app.cli.add_command(db_upgrade_command)
    app.cli.add_command(seed_command)
    app.cli.add_command(import_figures_command)
    app.cli.add_command(import_duo_enrolments_command)
