"""The full catalogue: completeness, curation rules, and the published aggregates."""

from __future__ import annotations

import csv
import importlib.util
import statistics
from collections import defaultdict
from collections.abc import Iterator

import pytest
from sqlmodel import Session, create_engine, select

from kiesmbo import create_app
from kiesmbo.config import SEED_DIRECTORY
from kiesmbo.indicators import INDICATORS
from kiesmbo.models import (
    Domain,
    Figure,
    FigureKind,
    Municipality,
    Offering,
    Postcode,
    Programme,
    Progression,
    Region,
    Sector,
)
from kiesmbo.seed import load_seed_data
from tests.conftest import BACKENDS, POSTGRES_URL, _fresh_postgres_database


def _read(name: str) -> list[dict[str, str]]:
    with (SEED_DIRECTORY / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_committed_seed_files_are_what_the_build_script_makes():
    spec = importlib.util.spec_from_file_location(
        "build_seed", SEED_DIRECTORY / "build" / "build_seed.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.build(check=True) == []


# --- Rules the curated levels and durations follow (stated in seed_data/SOURCES.md) --------

PROGRAMMES = _read("programmes.csv")
DOMAIN_NAMES = {row["code"]: row["name"] for row in _read("domains.csv")}
DURATIONS = {1: {1}, 2: {1, 2}, 3: {2, 3}, 4: {2, 3, 4}}


def test_catalogue_has_every_current_kwalificatie_once():
    crebos = [row["crebo"] for row in PROGRAMMES]
    assert len(crebos) == len(set(crebos)) >= 600
    names = [row["name"].casefold() for row in PROGRAMMES]
    assert len(names) == len(set(names))
    assert all(c.startswith("25") for c in crebos)


@pytest.mark.parametrize("row", PROGRAMMES, ids=lambda row: row["crebo"])
def test_level_and_duration_rules(row):
    level, duration = int(row["level"]), int(row["duration_years"])
    first = row["name"].split()[0].casefold()
    assert (level == 1) == (DOMAIN_NAMES[row["domain"]] == "Entree")
    if first in {"gezel", "eerste"}:
        assert level == 3
    if first == "allround":
        assert level >= 3
    if first in {"middenkaderfunctionaris", "manager", "technicus"}:
        assert level == 4
    assert duration in DURATIONS[level]
    assert row["leerwegen"] in {"bol;bbl", "bol", "bbl"}
    assert 150 <= len(row["description"]) <= 450
    assert 1 <= len(row["onet_codes"].split(";")) <= 3


def test_domains_are_the_sixteen_plus_entree():
    names = set(DOMAIN_NAMES.values())
    assert len(names) == 17 and "Entree" in names and "Zorg en welzijn" in names


def test_postcodes_are_unique():
    pc4s = [row["pc4"] for row in _read("postcodes.csv")]
    assert len(pc4s) == len(set(pc4s)) > 4000


# --- The seeded catalogue, on each backend --------------------------------------------------


@pytest.fixture(scope="module", params=BACKENDS)
def catalogue(request, tmp_path_factory) -> Iterator[Session]:
    """The whole seed_data/ loaded once per backend for this module."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('catalogue') / 'full.db'}"
    elif POSTGRES_URL:
        url = _fresh_postgres_database("kiesmbo_catalogue")
    else:
        pytest.skip("KIESMBO_TEST_POSTGRES_URL is not set")
    app = create_app({"TESTING": True, "DATABASE_URL": url})  # creates the tables
    app.extensions["kiesmbo.engine"].dispose()
    engine = create_engine(url)
    with Session(engine) as session:
        report = load_seed_data(session=session, directory=SEED_DIRECTORY)
        assert report.changed > 0
        yield session
    engine.dispose()


def _current(session: Session) -> dict[tuple[int, str, str | None], Figure]:
    figures = session.exec(select(Figure).where(Figure.is_current, Figure.region_id.is_(None)))
    return {(f.programme_id, f.indicator, f.leerweg): f for f in figures}


def test_seed_twice_changes_nothing(catalogue):
    report = load_seed_data(session=catalogue, directory=SEED_DIRECTORY)
    assert report.changed == 0
    assert report.tables["programme"].unchanged >= 600


def test_reference_tables_are_complete(catalogue):
    def count(model) -> int:
        return len(catalogue.exec(select(model)).all())

    assert count(Domain) == 17
    assert count(Region) == 35
    assert count(Municipality) == 342
    assert count(Postcode) > 4000
    assert count(Sector) == 8
    assert count(Offering) > 1000


def test_every_programme_has_a_full_set_of_figures(catalogue):
    current = _current(catalogue)
    for programme in catalogue.exec(select(Programme)):
        expected = {("job_chance", None), ("work_12h", None), ("start_salary", None),
                    ("permanent_contract", None)}
        for leerweg in programme.leerwegen:
            expected.add(("economic_independence", leerweg))
            indicator = "internship_chance" if leerweg == "bol" else "apprenticeship_chance"
            expected.add((indicator, leerweg))
        for indicator, leerweg in expected:
            figure = current.get((programme.id, indicator, leerweg))
            assert figure is not None, (programme.crebo, indicator, leerweg)
            assert figure.source and figure.year >= 2020 and figure.kind in FigureKind
            assert figure.unit == INDICATORS[indicator].unit
            if figure.kind == FigureKind.ESTIMATE:
                assert figure.method_note.startswith("Schatting")
        assert programme.description and programme.tasks and programme.where_you_work
        assert all(1 <= score <= 7 for score in programme.riasec)


def _means(catalogue: Session, indicator: str, leerweg: str | None = None,
           group=lambda p: "all") -> dict[str, float]:
    current = _current(catalogue)
    values = defaultdict(list)
    for programme in catalogue.exec(select(Programme)):
        figure = current.get((programme.id, indicator, leerweg))
        if figure is not None:
            values[group(programme)].append(figure.value)
    return {key: statistics.fmean(v) for key, v in values.items()}


def test_mean_start_salary_reproduces_seo_2023(catalogue):
    mean = _means(catalogue, "start_salary")["all"]
    assert abs(mean - 1877) / 1877 < 0.05, mean


@pytest.mark.parametrize(("leerweg", "published"), [("bol", 54), ("bbl", 88)])
def test_mean_economic_independence_reproduces_kamerstuk(catalogue, leerweg, published):
    mean = _means(catalogue, "economic_independence", leerweg)["all"]
    assert abs(mean - published) <= 3, mean


def test_mean_permanent_contract_reproduces_seo_2023(catalogue):
    assert abs(_means(catalogue, "permanent_contract")["all"] - 35) <= 3


@pytest.mark.parametrize("indicator", ["start_salary", "work_12h", "permanent_contract"])
def test_shortage_sectors_beat_economisch_administratief(catalogue, indicator):
    econ = catalogue.exec(select(Domain).where(Domain.name == "Economie en administratie")).one()

    def group(programme: Programme) -> str:
        if programme.is_in_shortage_area:
            return "shortage"
        return "econ" if programme.domain_id == econ.id else "other"

    means = _means(catalogue, indicator, group=group)
    assert means["shortage"] > means["econ"], means


def test_zorg_route_from_helpende_to_verpleegkundige(catalogue):
    by_crebo = {p.crebo: p for p in catalogue.exec(select(Programme))}
    routes = {(r.from_programme_id, r.to_programme_id)
              for r in catalogue.exec(select(Progression))}
    helpende, vig, pm, mbo_vp = (by_crebo[c] for c in ("25498", "25656", "25696", "25655"))
    assert (helpende.id, vig.id) in routes
    assert (helpende.id, pm.id) in routes
    assert (vig.id, mbo_vp.id) in routes


def test_most_programmes_have_a_next_step(catalogue):
    starts = {r.from_programme_id for r in catalogue.exec(select(Progression))}
    programmes = catalogue.exec(select(Programme)).all()
    below_four = [p for p in programmes if p.level < 4]
    with_step = [p for p in below_four if p.id in starts]
    assert len(with_step) / len(below_four) > 0.6
