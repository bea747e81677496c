"""The seed command: happy path, idempotency, dry run, reset, and bad input."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func
from sqlmodel import Session, select

from kiesmbo.models import Figure, Offering, Programme, Progression


def _counts(session: Session) -> dict[str, int]:
    return {model.__name__: session.exec(select(func.count()).select_from(model)).one()
            for model in (Programme, Figure, Offering, Progression)}


def _edit(path: Path, line: int, column: str, value: str) -> None:
    """Set one value on a data line (line 2 is the first data row)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
        columns = list(rows[0])
    rows[line - 2][column] = value
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def test_seed_loads_every_table(seeded_runner, session):
    counts = _counts(session)
    assert counts["Programme"] == 10
    assert counts["Figure"] > 10 * 5
    assert counts["Offering"] > 0
    programme = session.exec(select(Programme).where(Programme.crebo == "25656")).one()
    assert programme.name == "Verzorgende-IG"
    assert programme.slug == "verzorgende-ig"
    assert min(programme.riasec) >= 1 and max(programme.riasec) <= 7


def test_rerun_changes_nothing(seeded_runner, small_seed, session):
    before = _counts(session)
    result = seeded_runner.invoke(args=["seed", "--path", str(small_seed)])
    assert result.exit_code == 0
    for line in result.output.splitlines():
        assert "created      0  updated      0" in line, line
    assert _counts(session) == before


def test_changed_row_is_updated_in_place(seeded_runner, small_seed, session):
    _edit(small_seed / "programmes.csv", 2, "where_you_work", "In een ziekenhuis of thuiszorg.")
    result = seeded_runner.invoke(args=["seed", "--path", str(small_seed)])
    assert result.exit_code == 0
    assert "programme                created      0  updated      1" in result.output


def test_dry_run_writes_nothing(runner, small_seed, session):
    result = runner.invoke(args=["seed", "--path", str(small_seed), "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "dry run" in result.output
    assert _counts(session)["Programme"] == 0


def test_reset_removes_rows_that_left_the_seed(seeded_runner, small_seed, session):
    with (small_seed / "programmes.csv").open(encoding="utf-8") as handle:
        crebo = list(csv.DictReader(handle))[-1]["crebo"]
    for name, column in (("programmes.csv", "crebo"), ("figures.csv", "crebo"),
                         ("offerings.csv", "crebo"), ("progressions.csv", "from_crebo"),
                         ("programme_occupations.csv", "crebo"),
                         ("programme_enrolments.csv", "crebo"),
                         ("retired_programmes.csv", "successors")):
        path = small_seed / name
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            rows = [r for r in reader if crebo not in (r[column], r.get("to_crebo"))]
            columns = reader.fieldnames
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
    # The curated search terms may point to it as well.
    terms = small_seed / "search_terms.csv"
    with terms.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = [{**r, "crebos": ";".join(c for c in r["crebos"].split(";") if c != crebo)}
                for r in reader]
        columns = reader.fieldnames
    with terms.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(r for r in rows if r["crebos"])
    result = seeded_runner.invoke(args=["seed", "--path", str(small_seed), "--reset"])
    assert result.exit_code == 0, result.output
    assert _counts(session)["Programme"] == 9


BAD_SEEDS = [
    ("programmes.csv", 2, "level", "9", "programmes.csv:2: level"),
    ("programmes.csv", 3, "crebo", "12345", "programmes.csv:3: crebo"),
    ("programmes.csv", 3, "domain", "79555", "programmes.csv:3: unknown domain '79555'"),
    ("programmes.csv", 2, "leerwegen", "bol;xyz", "programmes.csv:2: leerwegen"),
    ("programmes.csv", 2, "onet_codes", "99-9999.99", "unknown O*NET code"),
    ("programmes.csv", 2, "description", "Te kort.", "programmes.csv:2: description"),
    ("figures.csv", 2, "value", "abc", "figures.csv:2: value: 'abc' is not a number"),
    ("figures.csv", 2, "value", "1,5", "use a dot as decimal separator"),
    ("figures.csv", 3, "crebo", "25999", "figures.csv:3: unknown crebo '25999'"),
    ("figures.csv", 2, "region", "Atlantis", "unknown arbeidsmarktregio 'Atlantis'"),
    ("figures.csv", 2, "unit", "dollar", "figures.csv:2: unit"),
    ("offerings.csv", 2, "brin", "99ZZ", "offerings.csv:2: unknown BRIN '99ZZ'"),
    ("municipalities.csv", 5, "region", "Nergens", "municipalities.csv:5: unknown"),
    ("progressions.csv", 2, "basis", "", "progressions.csv:2: basis"),
    ("progressions.csv", 2, "from_crebo", "25999", "progressions.csv:2: unknown crebo"),
    ("search_terms.csv", 2, "crebos", "25656;25999", "search_terms.csv:2: unknown crebo"),
    ("search_terms.csv", 3, "phrases", "zorg;helpen", "search_terms.csv:3: phrase already used"),
]


@pytest.mark.parametrize(("file", "line", "column", "value", "message"), BAD_SEEDS)
def test_bad_row_aborts_with_location_and_leaves_database_unchanged(
    seeded_runner, small_seed, session, file, line, column, value, message
):
    before = _counts(session)
    _edit(small_seed / file, line, column, value)
    _edit(small_seed / "programmes.csv", 2, "where_you_work", "Dit mag niet landen.")
    result = seeded_runner.invoke(args=["seed", "--path", str(small_seed)])
    assert result.exit_code == 1
    assert message in result.output
    assert "nothing was written" in result.output
    session.expire_all()
    assert _counts(session) == before
    assert "Dit mag niet landen." not in {p.where_you_work for p in session.exec(select(Programme))}


def test_duplicate_key_is_rejected(runner, small_seed, session):
    path = small_seed / "programmes.csv"
    lines = path.read_text("utf-8").splitlines()
    path.write_text("\n".join([*lines, lines[1]]) + "\n", encoding="utf-8")
    result = runner.invoke(args=["seed", "--path", str(small_seed)])
    assert result.exit_code == 1
    assert "duplicate key ('" in result.output and "(first on line 2)" in result.output
    assert _counts(session)["Programme"] == 0


@pytest.mark.parametrize(("content", "message"), [
    (b"", "the file is empty"),
    (b"code;name\n79000;Bouw\n", "wrong delimiter"),
    (b"code\n79000\n", "missing column(s): name"),
    (b"code,name,colour\n79000,Bouw,blue\n", "unknown column(s): colour"),
    (b"code,name\n79000,Bouw,extra\n", "expected 2 values, found 3"),
    ("code,name\n79000,Büuw\n".encode("latin-1"), "not UTF-8"),
])
def test_broken_file_is_rejected(runner, small_seed, session, content, message):
    (small_seed / "domains.csv").write_bytes(content)
    result = runner.invoke(args=["seed", "--path", str(small_seed)])
    assert result.exit_code == 1
    assert "domains.csv:" in result.output and message in result.output
    assert _counts(session)["Programme"] == 0


def test_missing_file_is_reported(runner, small_seed):
    (small_seed / "regions.csv").unlink()
    result = runner.invoke(args=["seed", "--path", str(small_seed)])
    assert result.exit_code == 1
    assert "regions.csv:0: file not found" in result.output
