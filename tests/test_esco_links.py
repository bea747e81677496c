"""The programme -> ESCO occupation links (seed_data/build/esco.py, programme_occupations.csv).

The spot checks were written from knowledge of the programmes before the link output existed:
each names a regular expression that at least one linked Dutch label must match, and
optionally one that no linked label may match (e.g. a doktersassistent is not an "arts").
"""

from __future__ import annotations

import csv
import importlib.util
import re
import sys
from collections import defaultdict
from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[1] / "seed_data"
BUILD = SEED / "build"


def _load_esco():
    sys.path.insert(0, str(BUILD))
    spec = importlib.util.spec_from_file_location("esco", BUILD / "esco.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


esco = _load_esco()


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def programmes() -> list[dict[str, str]]:
    return _read(SEED / "programmes.csv")


@pytest.fixture(scope="module")
def links(programmes) -> list[dict]:
    return esco.link_programmes(programmes)


@pytest.fixture(scope="module")
def by_crebo(links) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = defaultdict(list)
    for link in links:
        grouped[link["crebo"]].append(link)
    return grouped


@pytest.fixture(scope="module")
def occupations() -> dict[str, dict[str, str]]:
    return {row["conceptUri"]: row for row in _read(SEED / "raw" / "esco" / "occupations_nl.csv")}


def test_every_link_names_a_real_esco_occupation(links, occupations):
    assert links
    for link in links:
        occupation = occupations.get(link["esco_uri"])
        assert occupation is not None, link
        assert link["label"] == occupation["preferredLabel"], link
        assert link["isco_group"] == occupation["iscoGroup"], link
        assert link["basis"] in esco.BASES, link


def test_curated_rows_name_real_programmes_and_occupations(programmes, occupations):
    crebos = {p["crebo"] for p in programmes}
    rows = _read(SEED / "curation" / "esco_links.csv")
    assert rows
    seen = set()
    for number, row in enumerate(rows, start=2):
        assert row["crebo"] in crebos, (number, row)
        assert row["esco_uri"] in occupations, (number, row)
        assert (row["crebo"], row["esco_uri"]) not in seen, (number, row)
        seen.add((row["crebo"], row["esco_uri"]))


def test_ranks_are_1_to_n_without_duplicates(by_crebo):
    for crebo, rows in by_crebo.items():
        assert 1 <= len(rows) <= esco.MAX_LINKS, crebo
        assert [r["rank"] for r in rows] == list(range(1, len(rows) + 1)), crebo
        assert len({r["esco_uri"] for r in rows}) == len(rows), crebo


def test_no_programme_shows_one_label_twice(by_crebo):
    for crebo, rows in by_crebo.items():
        labels = [r["label"] for r in rows]
        assert len(set(labels)) == len(labels), (crebo, labels)


def test_coverage_is_at_least_85_percent(programmes, by_crebo):
    covered = sum(1 for p in programmes if by_crebo.get(p["crebo"]))
    assert covered / len(programmes) >= 0.85, f"{covered} of {len(programmes)}"


def test_committed_csv_is_what_the_code_makes(links):
    committed = _read(SEED / "programme_occupations.csv")
    assert committed == [{k: str(v) for k, v in row.items()} for row in links]


def test_label_normalisation():
    norm = esco.normalise
    assert norm("Kapper") == norm("kapper")
    assert norm("Coördinator") == norm("coordinator")
    assert "kapper" in esco.label_forms("kapper/kapster")
    assert "kapster" in esco.label_forms("kapper/kapster")
    assert norm("Mbo-Verpleegkundige") == norm("mbo verpleegkundige")


# (crebo, programme name for the reader, must match one label, no label may match)
SPOT_CHECKS = [
    ("25006", "Glaszetter", r"glaszetter", None),
    ("25655", "Mbo-Verpleegkundige", r"verpleegkundige", r"specialist|manager|arts$"),
    ("25604", "Software developer", r"software|programmeur|applicatieontwikkelaar", None),
    ("25641", "Kapper", r"kapper", None),
    ("25695", "Doktersassistent", r"assistent", r"^(huis)?arts$|^arts "),
    ("25699", "Tandartsassistent", r"tandarts.*assist", r"^tandarts$"),
    ("25180", "Kok", r"\bkok\b", None),
    ("25829", "Timmerman", r"timmerman", None),
    ("25786", "Metselaar", r"metselaar", None),
    ("25038", "Stukadoor", r"stukadoor", None),
    ("25671", "Chauffeur wegvervoer", r"vrachtwagen|chauffeur", None),
    ("25231", "Fietstechnicus", r"fiets", None),
    ("25668", "Basis technicus voertuigen en mobiele werktuigen", r"auto|voertuig", None),
    ("25718", "Fotograaf", r"fotograaf", None),
    ("25651", "Acteur", r"acteur|actrice", None),
    ("25696", "Pedagogisch medewerker kinderopvang", r"kinder", r"leraar|leerkracht"),
    ("25650", "Apothekersassistent", r"apothe.*assist", r"^apotheker$"),
    ("25690", "Beveiliger 2", r"beveilig|bewak", None),
    ("25613", "Machinist railvervoer", r"trein|machinist", None),
    ("25047", "Audicien", r"audicien", None),
    ("25721", "Uitvoerend bakker", r"bakker", None),
    ("25621", "Medewerker hovenier", r"hovenier|tuin", None),
    ("25737", "Monteur elektrotechnische installaties", r"elektr", None),
    ("25656", "Verzorgende-IG", r"verzorg", r"^verpleegkundige"),
    ("25731", "Dierenartsassistent paraveterinair", r"dierenarts.*assist|paraveterin",
     r"^dierenarts$"),
    ("25698", "Onderwijsassistent", r"onderwijsassist|klassenassist", r"leraar|leerkracht"),
    ("25664", "Tandtechnicus kroon- en brugwerk", r"tandtechn", None),
    ("25894", "Medewerker productietechniek", r"metaal|bankwerk", None),
    ("25725", "Business Administration & Control Specialist", r"administr|boekhoud",
     r"^accountant$"),
]


@pytest.mark.parametrize(("crebo", "name", "wanted", "unwanted"), SPOT_CHECKS,
                         ids=[f"{c}-{n}" for c, n, _, _ in SPOT_CHECKS])
def test_spot_check(by_crebo, programmes, crebo, name, wanted, unwanted):
    assert any(p["crebo"] == crebo and p["name"] == name for p in programmes), (crebo, name)
    labels = [link["label"] for link in by_crebo.get(crebo, [])]
    assert any(re.search(wanted, label, re.I) for label in labels), (name, labels)
    if unwanted:
        assert not any(re.search(unwanted, label, re.I) for label in labels), (name, labels)


def test_onet_from_esco_uses_only_confident_crosswalk_links(links):
    derived = esco.onet_from_esco(links)
    crosswalk = esco.load_crosswalk()
    occupations = esco.load_occupations()
    assert derived
    for crebo, codes in derived.items():
        assert 1 <= len(codes) <= 3, crebo
        for code, basis in codes:
            assert re.fullmatch(r"\d\d-\d{4}\.\d\d", code), code
            assert basis, code
        uris = [link["esco_uri"] for link in links if link["crebo"] == crebo]
        reachable = set()
        for uri in uris:
            match = esco.confident_match(uri, crosswalk, occupations)
            if match:
                reachable.add(match[0])
        assert {code for code, _ in codes} <= reachable, crebo


def test_onet_codes_have_interest_scores(links):
    scored = esco.load_interest_profiles()
    for codes in esco.onet_from_esco(links).values():
        for code, _ in codes:
            assert code in scored, code


def test_reject_rows_are_honoured(by_crebo):
    rejects = [r for r in _read(SEED / "curation" / "esco_links.csv") if r["action"] == "reject"]
    assert rejects
    for row in rejects:
        linked = {link["esco_uri"] for link in by_crebo.get(row["crebo"], [])}
        assert row["esco_uri"] not in linked, row


def test_malformed_curation_row_is_refused(tmp_path):
    path = tmp_path / "esco_links.csv"
    path.write_text("crebo,esco_uri,action,note\n25006,http://data.europa.eu/esco/occupation/"
                    "c9f6c245-ac16-4bd0-a5fc-bfd9a3e8f7ee,maybe,glaszetter\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"esco_links\.csv:2: action"):
        esco.load_curation(path)


OCCUPATION = "http://data.europa.eu/esco/occupation/"


def test_confident_match_rules():
    # Own Nesta row, confidence 2.
    assert esco.confident_match(OCCUPATION + "099c6bb0-22d3-4c5d-8bf5-70910af381ef")[0] \
        == "39-5012.00"  # kapper -> Hairdressers
    # Confidence 1 is not confident: signmaker -> General Maintenance Workers.
    assert esco.confident_match(OCCUPATION + "a1b4eb5e-45d4-441b-a7e8-795ac5cf6fbf") is None
    # No own row: haarstylist would only inherit kapper's match.
    assert esco.confident_match(OCCUPATION + "82dea303-26e1-4bbc-a07c-cff3cac6b50e") is None
    # 2010 code carried to its one 2019 successor: buschauffeur 53-3021 -> 53-3052.
    code, basis = esco.confident_match(OCCUPATION + "00cee175-1376-43fb-9f02-ba3d7a910a58")
    assert code == "53-3052.00" and "53-3021.00 -> 2019 53-3052.00" in basis
    # 2010 code that split in 2019 is ambiguous: taxichauffeur 53-3041 -> 53-3053/53-3054.
    assert esco.confident_match(OCCUPATION + "6f7c1e84-8162-4c20-a575-b57ff624eef5") is None


def test_onet_needs_a_confident_main_occupation():
    def link(crebo, uri, rank):
        return {"crebo": crebo, "esco_uri": OCCUPATION + uri, "rank": rank}
    kapper = "099c6bb0-22d3-4c5d-8bf5-70910af381ef"
    signmaker = "a1b4eb5e-45d4-441b-a7e8-795ac5cf6fbf"
    derived = esco.onet_from_esco([link("1", signmaker, 1), link("1", kapper, 2),
                                   link("2", kapper, 1), link("2", signmaker, 2)])
    assert "1" not in derived
    assert [code for code, _ in derived["2"]] == ["39-5012.00"]
