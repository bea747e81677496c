"""import-figures: measured figures replace estimates; bad files change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from kiesmbo.models import Figure, FigureKind, Programme

HEADER = "crebo,leerweg,region,indicator,value,unit,year,source\n"
GOOD = (HEADER
        + "25655,,,start_salary,2410,eur_month,2025,SEO Studie en werk mbo 2025\n"
        + "25655,bbl,,economic_independence,91,percent,2025,CBS maatwerk 2025\n"
        + "25655,bol,Groningen,internship_chance,4,step,2025,SBB kans op stage 2025\n")


def _figures(session, indicator: str, leerweg=None) -> list[Figure]:
    programme = session.exec(select(Programme).where(Programme.crebo == "25655")).one()
    session.expire_all()
    statement = select(Figure).where(Figure.programme_id == programme.id,
                                     Figure.indicator == indicator, Figure.region_id.is_(None))
    return [f for f in session.exec(statement) if f.leerweg == leerweg]


def _write(tmp_path: Path, content: str | bytes) -> str:
    path = tmp_path / "figures.csv"
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return str(path)


def test_measured_figure_replaces_estimate_and_keeps_history(seeded_runner, session, tmp_path):
    result = seeded_runner.invoke(args=["import-figures", _write(tmp_path, GOOD)])
    assert result.exit_code == 0, result.output
    figures = _figures(session, "start_salary")
    assert {(f.kind, f.is_current) for f in figures} == {
        (FigureKind.ESTIMATE, False), (FigureKind.MEASURED, True)}
    measured = next(f for f in figures if f.kind == FigureKind.MEASURED)
    assert (measured.value, measured.year, measured.source) == (
        2410, 2025, "SEO Studie en werk mbo 2025")
    bbl = _figures(session, "economic_independence", "bbl")
    assert [f.value for f in bbl if f.is_current] == [91]
    # The bol estimate is untouched: a measured bbl figure replaces only the bbl estimate.
    assert [f.kind for f in _figures(session, "economic_independence", "bol")] == [
        FigureKind.ESTIMATE]


def test_import_is_idempotent(seeded_runner, session, tmp_path):
    path = _write(tmp_path, GOOD)
    assert seeded_runner.invoke(args=["import-figures", path]).exit_code == 0
    again = seeded_runner.invoke(args=["import-figures", path])
    assert again.exit_code == 0
    assert "created      0  updated      0  unchanged      3" in again.output.splitlines()[0]
    assert len(_figures(session, "start_salary")) == 2


def test_reseeding_keeps_the_measured_figure_current(seeded_runner, small_seed, session,
                                                     tmp_path):
    seeded_runner.invoke(args=["import-figures", _write(tmp_path, GOOD)])
    assert seeded_runner.invoke(args=["seed", "--path", str(small_seed)]).exit_code == 0
    current = [f for f in _figures(session, "start_salary") if f.is_current]
    assert [f.kind for f in current] == [FigureKind.MEASURED]


def test_dry_run_import_writes_nothing(seeded_runner, session, tmp_path):
    result = seeded_runner.invoke(args=["import-figures", "--dry-run", _write(tmp_path, GOOD)])
    assert result.exit_code == 0
    assert len(_figures(session, "start_salary")) == 1


BAD_FILES = [
    ("", "the file is empty"),
    (HEADER, "the file has a header but no figures"),
    (HEADER.replace(",", ";") + "25655;;;start_salary;2410;eur_month;2025;SEO\n",
     "wrong delimiter"),
    ("crebo,leerweg,region,indicator,value,unit,year\n25655,,,start_salary,2410,eur_month,2025\n",
     "missing column(s): source"),
    (HEADER.strip() + ",note\n25655,,,start_salary,2410,eur_month,2025,SEO,x\n",
     "unknown column(s): note"),
    (HEADER + "25999,,,start_salary,2410,eur_month,2025,SEO\n", ":2: unknown crebo '25999'"),
    (HEADER + "25655,,Atlantis,start_salary,2410,eur_month,2025,SEO\n",
     "unknown arbeidsmarktregio 'Atlantis'"),
    (HEADER + "25655,,,start_salary,veel,eur_month,2025,SEO\n", "'veel' is not a number"),
    (HEADER + "25655,,,start_salary,2410,eur_month,2025,SEO\n"
     + "25655,,,permanent_contract,140,percent,2025,SEO\n", ":3: value 140 for permanent"),
    (HEADER + "25655,,,start_salary,nan,eur_month,2025,SEO\n", "not a finite number"),
    (HEADER + "25655,,,job_chance,3.5,step,2025,SBB\n", "must be a whole number"),
    (HEADER + "25655,,,salary,2410,eur_month,2025,SEO\n", "unknown indicator 'salary'"),
    (HEADER + "25655,,,start_salary,2410,euro,2025,SEO\n", "unit for start_salary must be"),
    (HEADER + "25655,xbl,,start_salary,2410,eur_month,2025,SEO\n", "leerweg: expected bol"),
    (HEADER + "25655,bbl,,internship_chance,3,step,2025,SBB\n", "only for leerweg bol"),
    (HEADER + "25655,,,economic_independence,80,percent,2025,CBS\n", "needs a leerweg"),
    (HEADER + "25655,,,start_salary,2410,eur_month,1850,SEO\n", "year"),
    (HEADER + "25655,,,start_salary,2410,eur_month,2025,\n", "every figure needs its source"),
    (HEADER + "25655,,,start_salary,2410,eur_month,2025,SEO\n"
     + "25655,,,start_salary,2500,eur_month,2025,SEO\n", ":3: duplicate key"),
    ("crebo,leerweg,region,indicator,value,unit,year,source\n25655,,,start_salary,2410\n",
     "expected 8 values, found 5"),
]


@pytest.mark.parametrize(("content", "message"), BAD_FILES)
def test_bad_import_is_rejected_and_changes_nothing(seeded_runner, session, tmp_path,
                                                    content, message):
    # A good row first, so a half-written import would show.
    if content.startswith(HEADER) and content != HEADER:
        content = HEADER + "25655,bol,,economic_independence,61,percent,2025,CBS\n" + content[
            len(HEADER):]
        message = message.replace(":2:", ":3:").replace(":3: value", ":4: value").replace(
            ":3: duplicate", ":4: duplicate")
    result = seeded_runner.invoke(args=["import-figures", _write(tmp_path, content)])
    assert result.exit_code == 1, result.output
    assert message in result.output
    assert "nothing was written" in result.output
    assert all(f.kind == FigureKind.ESTIMATE
               for f in _figures(session, "economic_independence", "bol"))


def test_non_utf8_file_is_rejected(seeded_runner, tmp_path):
    content = (HEADER + "25655,,,start_salary,2410,eur_month,2025,Bron ë\n").encode("cp1252")
    result = seeded_runner.invoke(args=["import-figures", _write(tmp_path, content)])
    assert result.exit_code == 1
    assert "figures.csv:2: the file is not UTF-8 encoded" in result.output


def test_utf8_bom_is_accepted(seeded_runner, tmp_path):
    content = "\ufeff" + HEADER + "25655,,,start_salary,2410,eur_month,2025,Bron ë\n"
    result = seeded_runner.invoke(args=["import-figures", _write(tmp_path, content)])
    assert result.exit_code == 0, result.output


def test_huge_file_is_refused_before_reading(seeded_runner, app, tmp_path):
    app.config["IMPORT_MAX_BYTES"] = 1024
    content = HEADER + "25655,,,start_salary,2410,eur_month,2025,SEO\n" * 100
    result = seeded_runner.invoke(args=["import-figures", _write(tmp_path, content)])
    assert result.exit_code == 1
    assert "larger than" in result.output


def test_too_many_rows_are_refused(seeded_runner, app, session, tmp_path):
    app.config["IMPORT_MAX_ROWS"] = 2
    rows = "".join(f"25655,,,start_salary,{2000 + i},eur_month,{2020 + i},SEO\n" for i in range(3))
    result = seeded_runner.invoke(args=["import-figures", _write(tmp_path, HEADER + rows)])
    assert result.exit_code == 1
    assert "too many rows (at most 2)" in result.output
    assert len(_figures(session, "start_salary")) == 1


def test_missing_file_is_reported(seeded_runner, tmp_path):
    result = seeded_runner.invoke(args=["import-figures", str(tmp_path / "nope.csv")])
    assert result.exit_code == 1
    assert "file not found" in result.output
