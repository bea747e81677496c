"""`import-duo-enrolments`: DUO's own file as published, and broken copies of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import Session, select

from kiesmbo.config import SEED_DIRECTORY
from kiesmbo.models import Enrolment, Offering, OfferingEvidence, Programme

REAL = SEED_DIRECTORY / "raw" / "duo" / "mbo_inscriptions_2019.csv"
HEADER, *LINES = REAL.read_text("utf-8").splitlines()


def _write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "duo.csv"
    path.write_bytes(text.encode(encoding))
    return path


def _offerings(session: Session) -> set[tuple]:
    session.expire_all()
    return {(o.institution_id, o.programme_id, o.leerweg, o.evidence, o.students, o.via)
            for o in session.exec(select(Offering))}


@pytest.fixture
def seeded(runner, session) -> Session:
    """The whole seed_data/ (the import maps codes through the retired table)."""
    result = runner.invoke(args=["seed"])
    assert result.exit_code == 0, result.output
    return session


def test_the_real_file_matches_what_the_seed_built(seeded, runner):
    before = _offerings(seeded)
    result = runner.invoke(args=["import-duo-enrolments", str(REAL)])
    assert result.exit_code == 0, result.output
    assert "DUO peiljaar 2019" in result.output
    assert "created      0  updated      0" in result.output  # same mapping as the build
    assert "24ZW BBO de Schalm" in result.output  # reported, not guessed
    assert _offerings(seeded) == before


def test_the_real_file_in_latin1_as_duo_serves_it(seeded, runner, tmp_path):
    path = _write(tmp_path, REAL.read_text("utf-8"), "latin-1")
    result = runner.invoke(args=["import-duo-enrolments", str(path)])
    assert result.exit_code == 0, result.output
    assert "created      0  updated      0" in result.output  # same names, same mapping


def test_a_smaller_file_replaces_the_duo_offerings_and_counts(seeded, runner, tmp_path):
    # Keep only ROC van Amsterdam (25PZ): every other school's DUO offerings must go.
    lines = [line for line in LINES if line.startswith("25PZ;")]
    result = runner.invoke(args=["import-duo-enrolments",
                                 str(_write(tmp_path, "\n".join([HEADER, *lines])))])
    assert result.exit_code == 0, result.output
    seeded.expire_all()
    counted = [o for o in seeded.exec(select(Offering))
               if o.evidence != OfferingEvidence.RULE]
    schools = {o.institution_id for o in counted}
    assert len(schools) == 1 and counted
    software = seeded.exec(select(Programme).where(Programme.crebo == "25604")).one()
    rows = seeded.exec(select(Enrolment).where(Enrolment.programme_id == software.id)).all()
    by_year = {e.year: e for e in rows}
    # 25PZ taught 25187 (bol, 546 students in 2019, PROVENANCE.md) and 25188; they count
    # for their successor Software developer.
    assert by_year[2019].students >= 546 and by_year[2019].schools == 1
    assert by_year[2019].basis.startswith("voorganger 25187")


BROKEN = [
    (lambda h, lines: h.replace(";", ","), "duo.csv:1: wrong delimiter"),
    (lambda h, lines: h.replace("BRIN NUMMER;", "BRIN;"), "duo.csv:1: missing column(s): "
                                                         "BRIN NUMMER"),
    (lambda h, lines: ";".join(c for c in h.split(";") if not c.startswith("TOTAAL")),
     "no TOTAAL<year> columns"),
    (lambda h, lines: h + "\n" + lines[0].replace("00GT;", "0GT;", 1),
     "duo.csv:2: BRIN NUMMER"),
    (lambda h, lines: h + "\n" + lines[0].replace(";BBL;", ";BOLX;", 1), "duo.csv:2: TYPE MBO"),
    (lambda h, lines: h + "\n" + lines[0] + "\n" + lines[1].rsplit(";", 3)[0],
     "duo.csv:3: expected 28 values"),
    (lambda h, lines: h + "\n" + lines[1].replace(";17;0;17", ";1x;0;17"), "duo.csv:2: MAN2019"),
    (lambda h, lines: h + "\n" + lines[1][:-2] + "²", "duo.csv:2: TOTAAL2019"),
    (lambda h, lines: h + "\n" + lines[1].replace(";25250;", ";2525;", 1),
     "duo.csv:2: KWALIFICATIE CODE"),
    (lambda h, lines: h + "\n" + lines[0].replace("Albeda", "A" * 1000, 1),
     "duo.csv:2: a field is longer"),
    (lambda h, lines: h + "\n" + lines[0].replace("Albeda", "Al\x00beda", 1), "NUL byte"),
    (lambda h, lines: h, "duo.csv:2: the file has a header but no rows"),
    (lambda h, lines: "", "duo.csv:1: the file is empty"),
]


@pytest.mark.parametrize(("breaker", "message"), BROKEN)
def test_a_broken_copy_is_refused_with_file_and_line_and_nothing_changes(
        seeded_runner, session, tmp_path, breaker, message):
    before = _offerings(session)
    assert before
    path = _write(tmp_path, breaker(HEADER, LINES[:5]))
    result = seeded_runner.invoke(args=["import-duo-enrolments", str(path)])
    assert result.exit_code == 1
    assert message in result.output and "nothing was written" in result.output
    assert "Traceback" not in result.output
    assert _offerings(session) == before


def test_an_empty_catalogue_is_refused(runner, tmp_path):
    result = runner.invoke(args=["import-duo-enrolments", str(REAL)])
    assert result.exit_code == 1 and "run `flask --app kiesmbo seed` first" in result.output
