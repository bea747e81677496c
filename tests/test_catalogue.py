"""The full catalogue against the official sources it is built from.

The checks read the raw official files with the csv module themselves (not with the build's
or the app's parsers), so a mistake in the build cannot hide in its own test.
"""

from __future__ import annotations

import csv
import importlib.util
import sys
from collections import defaultdict
from collections.abc import Iterator

import pytest
from sqlmodel import Session, select

from kiesmbo.config import SEED_DIRECTORY
from kiesmbo.db import make_engine, upgrade_schema
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
    RetiredProgramme,
    Sector,
)
from kiesmbo.seed import load_seed_data
from tests.conftest import BACKENDS, POSTGRES_URL, _fresh_postgres_database

RAW = SEED_DIRECTORY / "raw"
sys.path.insert(0, str(SEED_DIRECTORY / "build"))
import curation_rules  # noqa: E402  (a build script module, not a package)


def _read(name: str) -> list[dict[str, str]]:
    with (SEED_DIRECTORY / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _duo_rows() -> list[dict[str, str]]:
    """DUO's enrolment file, read plainly (rows of empty separators dropped)."""
    with (RAW / "duo" / "mbo_inscriptions_2019.csv").open(encoding="utf-8", newline="") as f:
        return [r for r in csv.DictReader(f, delimiter=";") if r["BRIN NUMMER"]]


def _students(row: dict[str, str], year: int = 2019) -> int:
    value = (row[f"TOTAAL{year}"] or "").strip()
    return int(value) if value else 0


PROGRAMMES = _read("programmes.csv")
BY_CREBO = {row["crebo"]: row for row in PROGRAMMES}
DOMAIN_NAMES = {row["code"]: row["name"] for row in _read("domains.csv")}
STATUS = {row["crebo"]: row for row in _read("code_status.csv")}
REGULATION = {row["crebo"]: row for row in _read("raw/regulation/kwalificaties_2015_hks.csv")}
DUO = _duo_rows()
HISTORY = {row["brin"]: row for row in _read("curation/institution_history.csv")}


def test_committed_seed_files_are_what_the_build_script_makes():
    spec = importlib.util.spec_from_file_location(
        "build_seed", SEED_DIRECTORY / "build" / "build_seed.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.build(check=True) == []


# --- Only current programmes; expired codes lead on ---------------------------------------


def test_only_current_kwalificaties_are_programmes():
    current = {c for c, s in STATUS.items() if s["status"] == "current"}
    assert set(BY_CREBO) == current
    assert len(PROGRAMMES) == len(BY_CREBO) > 400
    for crebo in ("25187", "25188", "25138"):  # replaced in the 2018-2020 revisions
        assert crebo not in BY_CREBO


def test_every_expired_code_leads_to_a_current_programme():
    retired = _read("retired_programmes.csv")
    assert {r["crebo"] for r in retired} == {c for c, s in STATUS.items()
                                              if s["status"] == "expired"}
    for row in retired:
        targets = [c for c in (row["successors"] or row["alternatives"]).split(";") if c]
        assert targets and all(t in BY_CREBO for t in targets), row
    software = next(r for r in retired if r["crebo"] == "25187")
    assert software["successors"] == "25604"


def test_old_names_stay_findable_on_their_successor():
    assert "Applicatie- en mediaontwikkelaar" in BY_CREBO["25604"]["former_names"].split(";")


# --- Official fields first ----------------------------------------------------------------

EZ_ALIAS = {"79150": "79160"}


def test_official_level_and_domain_are_used_where_the_regulation_has_the_code():
    checked = 0
    for crebo, reg in REGULATION.items():
        row = BY_CREBO.get(crebo)
        if row is None:
            continue
        checked += 1
        assert row["level"] == reg["niveau"], crebo
        domain = "79999" if reg["soort_opleiding"] == "entreeopleiding" else EZ_ALIAS.get(
            reg["opleidingsdomein_code"], reg["opleidingsdomein_code"])
        assert row["domain"] == domain, crebo
        assert row["level_basis"] == row["domain_basis"] == "regeling 2015"
    assert checked > 100


SECTOR_UNITS = {"techniek en gebouwde omgeving": "TGO", "zorg, welzijn en sport": "ZWS",
                "mobiliteit, transport, logistiek, maritiem": "MTLM", "handel": "HAN",
                "creatieve industrie en ICT": "ICI",
                "zakelijke dienstverlening en veiligheid": "ZDV",
                "voedsel, groen en gastvrijheid": "VGG", "specialistisch vakmanschap": "SV"}


def test_official_sector_level_and_leerwegen_are_used_where_duo_has_the_code():
    taught: dict[str, set[str]] = defaultdict(set)
    for r in DUO:
        crebo = r["KWALIFICATIE CODE"]
        if crebo not in BY_CREBO:
            continue
        row = BY_CREBO[crebo]
        unit = r["SECTORUNIT SBB"].removeprefix("Sectorunit ")
        if unit in SECTOR_UNITS:
            assert row["sector"] == SECTOR_UNITS[unit], crebo
        assert row["level"] == r["KWALIFICATIENIVEAU"], crebo
        if _students(r) and r["BRIN NUMMER"] not in ("24ZV", "24ZW"):
            taught[crebo].add("bbl" if r["TYPE MBO"] == "BBL" else "bol")
    assert len(taught) > 100
    for crebo, ways in taught.items():
        assert set(BY_CREBO[crebo]["leerwegen"].split(";")) == ways, crebo


def test_curated_values_agree_with_the_official_ones_where_both_exist():
    """The curated table may only fill gaps: where an official value exists, it is the same."""
    curated = {r["crebo"]: r for r in _read("curation/programmes.csv")}
    for crebo, row in BY_CREBO.items():
        for column in ("level", "sector", "leerwegen"):
            basis = row[f"{column}_basis"]
            if basis in ("regeling 2015", "DUO 2019"):
                assert curated[crebo][column] == row[column], (crebo, column)


def test_every_programme_row_follows_the_curation_rules():
    assert curation_rules.table_problems(PROGRAMMES, DOMAIN_NAMES) == []


GOOD_ROW = {"crebo": "25000", "name": "Kok", "level": "2", "level_basis": "curated",
            "domain": "79000", "duration_years": "2", "leerwegen": "bol;bbl",
            "description": "x" * 200, "what_you_do": "Je kookt;Je snijdt;Je proeft",
            "where_you_work": "In een restaurant.", "onet_codes": "35-2014.00",
            "synonyms": "kok;chef", "widely_offered": "yes"}


@pytest.mark.parametrize(("change", "domain", "says"), [
    ({"duration_years": "4"}, "Horeca", "does not fit level 2"),
    ({"level": "1", "duration_years": "1"}, "Horeca", "Entree"),
    ({}, "Entree", "Entree"),
    ({"name": "Gezel kok"}, "Horeca", "level 3"),
    ({"leerwegen": "bol;bbl;derde"}, "Horeca", "leerwegen"),
    ({"description": "te kort"}, "Horeca", "description"),
    ({"what_you_do": "Je kookt;Snijden;Je proeft"}, "Horeca", "what_you_do"),
    ({"where_you_work": " "}, "Horeca", "where_you_work"),
    ({"onet_codes": "1;2;3;4"}, "Horeca", "onet_codes"),
    ({"synonyms": "Kok"}, "Horeca", "synonyms"),
    ({"widely_offered": "ja"}, "Horeca", "widely_offered"),
])
def test_each_curation_rule_names_the_row_that_breaks_it(change, domain, says):
    assert curation_rules.row_problems(GOOD_ROW, "Horeca") == []
    problems = curation_rules.table_problems([{**GOOD_ROW, **change}], {"79000": domain})
    assert problems and all(p.startswith("25000: ") for p in problems)
    assert any(says in p for p in problems), problems


# --- Schools and offerings from DUO -------------------------------------------------------


def test_every_operating_duo_school_is_listed_with_its_real_address():
    students: dict[str, int] = defaultdict(int)
    for r in DUO:
        students[r["BRIN NUMMER"]] += _students(r)
    operating = {b for b, n in students.items() if n and b not in HISTORY}
    listed = {r["brin"]: r for r in _read("institutions.csv")}
    assert set(listed) == operating
    for needed in ("25PT", "25LR", "12VI"):  # Horizon College, ROC van Flevoland, Nordwin
        assert needed in listed
    with (RAW / "duo" / "mbo_instellingen_hoofdadres.csv").open(encoding="utf-8") as f:
        addresses = {r["brin"]: r for r in csv.DictReader(f)}
    for brin, school in listed.items():
        address = addresses[brin]
        assert school["street"] == f"{address['straat']} {address['huisnr']}"
        assert school["postcode"].replace(" ", "") == address["postcode"]


def test_offerings_match_duo_for_programmes_taught_under_their_own_code():
    """Recall and precision against DUO's (BRIN, crebo) pairs with students in 2019."""
    successor = {b: r["successor"] for b, r in HISTORY.items() if r["successor"]}
    listed = {r["brin"] for r in _read("institutions.csv")}
    real = {(successor.get(r["BRIN NUMMER"], r["BRIN NUMMER"]), r["KWALIFICATIE CODE"])
            for r in DUO if _students(r) and r["KWALIFICATIE CODE"] in BY_CREBO}
    real = {(b, c) for b, c in real if b in listed}
    seen_codes = {c for _, c in real}
    shown = {(r["brin"], r["crebo"]) for r in _read("offerings.csv") if r["crebo"] in seen_codes}
    recall = len(real & shown) / len(real)
    precision = len(real & shown) / len(shown)
    assert recall >= 0.95 and precision >= 0.90, (recall, precision)


def test_vakscholen_teach_their_own_programmes():
    offerings = {(r["brin"], r["crebo"]) for r in _read("offerings.csv")}
    instrumentmaker = next(c for c, r in BY_CREBO.items() if r["name"] == "Researchinstrumentmaker")
    assert ("02OV", instrumentmaker) in offerings  # Leidse Instrumentmakers School


def test_rule_based_offerings_only_where_duo_has_no_trace():
    rows = _read("offerings.csv")
    confirmed = {r["crebo"] for r in rows if r["evidence"] in ("duo", "predecessor")}
    for r in rows:
        if r["evidence"] == "rule":
            assert r["crebo"] not in confirmed, r
            assert not r["students"]


# --- Honest estimates -------------------------------------------------------------------


def test_every_estimate_says_what_it_is_an_estimate_for_with_a_range():
    figures = _read("figures.csv")
    assert figures
    for f in figures:
        assert f["kind"] == "estimate"
        assert f["method_note"].startswith("Schatting voor opleidingen in "), f
        assert "geen cijfer van deze opleiding zelf" in f["method_note"] \
            or f["indicator"] == "job_chance"
        assert float(f["low"]) <= float(f["value"]) <= float(f["high"]), f
        # No published figure anchors kans op stage or leerbaan: they are not estimated.
        assert f["indicator"] not in ("internship_chance", "apprenticeship_chance")
        # ROA's figure is work within three months, not work of 12+ hours (CBS).
        assert f["indicator"] != "work_12h"


def test_performing_arts_are_not_estimated_like_nursing():
    """Artiesten sit in the opleidingsdomein Zorg en welzijn; their estimate uses the
    creative industry's adjustments instead (seed_data/estimate_model.json)."""
    acteur = next(c for c, r in BY_CREBO.items() if r["name"] == "Acteur")
    note = next(f["method_note"] for f in _read("figures.csv")
                if f["crebo"] == acteur and f["indicator"] == "work_3m")
    assert "Media en vormgeving" in note and "Zorg en welzijn" not in note


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
    engine = make_engine(url)
    upgrade_schema(engine)
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
    assert report.tables["programme"].unchanged == len(PROGRAMMES)


def test_reference_tables_are_complete(catalogue):
    def count(model) -> int:
        return len(catalogue.exec(select(model)).all())

    assert count(Domain) == 17
    assert count(Region) == 35
    assert count(Municipality) == 342
    assert count(Postcode) > 4000
    assert count(Sector) == 8
    assert count(Offering) > 1000
    assert count(RetiredProgramme) > 100


def test_every_programme_has_a_full_set_of_figures(catalogue):
    current = _current(catalogue)
    for programme in catalogue.exec(select(Programme)):
        expected = {("job_chance", None), ("work_3m", None), ("start_salary", None),
                    ("permanent_contract", None)}
        expected |= {("economic_independence", leerweg) for leerweg in programme.leerwegen}
        for indicator, leerweg in expected:
            figure = current.get((programme.id, indicator, leerweg))
            assert figure is not None, (programme.crebo, indicator, leerweg)
            assert figure.source and figure.year >= 2020 and figure.kind in FigureKind
            assert figure.unit == INDICATORS[indicator].unit
            assert figure.low is not None and figure.high is not None
        assert programme.description and programme.tasks and programme.where_you_work
        assert all(1 <= score <= 7 for score in programme.riasec)


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
