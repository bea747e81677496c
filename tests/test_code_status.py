"""Invariants of the current/expired decision per kwalificatie code (issue 9, item 1).

The tests read the real raw files. The lineage runs are parsed here again, independently of
seed_data/build/lineage.py, so a bug in its run logic cannot hide itself.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "seed_data" / "build"
sys.path.insert(0, str(BUILD))

import lineage  # noqa: E402

# Written from knowledge of the 2018-2023 revisions, not from the output.
KNOWN_CURRENT = {
    "25604": "Software developer (ICT 2020)",
    "25605": "Allround medewerker IT systems and devices",
    "25606": "Expert IT systems and devices",
    "25655": "Mbo-Verpleegkundige (2020; not Verzorgende-IG)",
    "25656": "Verzorgende-IG (2020)",
    "25696": "Pedagogisch medewerker kinderopvang",
    "25698": "Onderwijsassistent",
    "25741": "Assistent dienstverlening (Entree)",
    "25180": "Kok (Keuken dossier not revised before 2024)",
    "25168": "Gastheer/-vrouw",
    "25690": "Beveiliger 2",
    "25779": "Persoonlijk begeleider maatschappelijke zorg",
    "25780": "Begeleider maatschappelijke zorg",
    "25498": "Helpende zorg en welzijn",
    "25668": "Basis technicus voertuigen en mobiele werktuigen",
    "25669": "Allround technicus voertuigen en mobiele werktuigen",
    "25912": "Trainer-coach/Instructeur (Sport en bewegen)",
    "25650": "Apothekersassistent",
    "25642": "Haarstylist dame",
    "25615": "Sociaal werker",
    # Siblings of one generation in one run: neither replaces the other.
    "25031": "(Ambulant) objectleider, 2015 sibling of 25032",
    "25032": "Glazenwasser",
    "25001": "Allround medewerker afvalbeheer, 2015 sibling of 25002",
    "25505": "Specialist restauratie timmerwerk, sibling of 25506",
    "25803": "Handhaver toezicht en veiligheid, BOA domein VI",
    # A 25xxx code that turned a 26xxx cross-over into a regular kwalificatie.
    "25840": "Allround keukenmonteur (cross-over 26022 came first)",
}
KNOWN_EXPIRED = {
    "25187": "25604",  # Applicatie- en mediaontwikkelaar -> Software developer
    "25188": "25604",  # Gamedeveloper -> Software developer
    "25189": "25606",  # ICT-beheerder -> Expert IT systems and devices
    "25480": "25655",  # Mbo-Verpleegkundige 2015 -> 2020 code
    "25491": "25656",  # Verzorgende-IG 2015 -> 2020 code
    "25485": "25698",  # Onderwijsassistent
    "25486": "25696",  # Pedagogisch medewerker kinderopvang, via 25603
    "25479": "25779",  # Thuisbegeleider merged into Persoonlijk begeleider mz
    "25407": "25690",  # Beveiliger -> Beveiliger 2
    "25414": "25912",  # Coordinator sportinstructie -> Trainer-coach
    "25242": "25668",  # Autotechnicus -> Basis technicus voertuigen
    "25244": "25669",  # Eerste autotechnicus -> Allround technicus voertuigen
    "25251": "25741",  # Entree 2015 -> Entree 2020
    "25399": "25642",  # Allround kapper -> Haarstylist dame (and heer)
    "25409": "25806",  # Handhaver toezicht en veiligheid -> BOA domains
    "25488": "25615",  # Sociaal-cultureel werker -> Sociaal werker
    "25836": "25918",  # two codes for Middenkaderfunctionaris smart building
}


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return lineage.decide()


@pytest.fixture(scope="module")
def by_code(rows: list[dict]) -> dict[str, dict]:
    return {row["crebo"]: row for row in rows}


def raw_runs() -> dict[str, list[str]]:
    """25xxx codes per ascending run of the raw list, keyed by the crebo of each member."""
    runs: list[list[str]] = []
    previous = None
    with (ROOT / "seed_data" / "raw" / "Opleiding_dimensie.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            code = row["Opleidingcode"].strip()
            if code[:2] in {"79", "22", "23"}:
                previous = None
                continue
            if previous is None or int(code) < previous:
                runs.append([])
            previous = int(code)
            if code.startswith("25"):
                runs[-1].append(code)
    return {code: run for run in runs for code in run}


def overrides() -> dict[str, dict[str, str]]:
    with (ROOT / "seed_data" / "curation" / "code_status.csv").open(encoding="utf-8") as fh:
        return {row["crebo"]: row for row in csv.DictReader(fh)}


def test_one_row_per_25xxx_code_of_the_list(rows: list[dict]) -> None:
    codes = set(raw_runs())
    assert [row["crebo"] for row in rows] == sorted(codes, key=int)
    assert all(row["status"] in {"current", "expired"} for row in rows)


def test_every_successor_is_current(by_code: dict[str, dict]) -> None:
    for row in by_code.values():
        successors = [s for s in row["successors"].split(";") if s]
        if row["status"] == "current":
            assert not successors, row
        for successor in successors:
            assert by_code[successor]["status"] == "current", (row["crebo"], successor)


def test_no_current_code_has_a_later_code_in_its_run_without_a_reason(
    by_code: dict[str, dict],
) -> None:
    curated = overrides()
    runs = raw_runs()
    for crebo, row in by_code.items():
        if row["status"] != "current":
            continue
        later = [c for c in runs[crebo] if int(c) > int(crebo)]
        if not later:
            continue
        if crebo in curated:
            assert curated[crebo]["status"] == "current" and curated[crebo]["reason"].strip()
            continue
        # Only a sibling of the same generation as the run's newest code may stay current.
        assert f"same generation as {max(later, key=int)}" in row["basis"], row


def test_every_override_has_a_reason_and_is_applied(by_code: dict[str, dict]) -> None:
    for crebo, row in overrides().items():
        assert row["reason"].strip(), crebo
        decided = by_code[crebo]
        assert decided["status"] == row["status"], crebo
        assert decided["basis"].startswith("curated: "), crebo


def test_applicatie_en_mediaontwikkelaar_is_replaced_by_software_developer(
    by_code: dict[str, dict],
) -> None:
    assert by_code["25187"]["status"] == "expired"
    assert by_code["25187"]["successors"] == "25604"
    assert by_code["25604"]["status"] == "current"


@pytest.mark.parametrize("crebo", sorted(KNOWN_CURRENT))
def test_known_current_codes(by_code: dict[str, dict], crebo: str) -> None:
    assert by_code[crebo]["status"] == "current", (crebo, KNOWN_CURRENT[crebo])


@pytest.mark.parametrize("crebo", sorted(KNOWN_EXPIRED))
def test_known_expired_codes(by_code: dict[str, dict], crebo: str) -> None:
    row = by_code[crebo]
    assert row["status"] == "expired", row
    assert KNOWN_EXPIRED[crebo] in row["successors"].split(";"), row


def test_evidence_columns_match_the_raw_files(by_code: dict[str, dict]) -> None:
    assert by_code["25187"]["in_regulation_2015"] == "yes"
    assert by_code["25604"]["in_regulation_2015"] == "no"
    assert by_code["25187"]["duo_students_2019"] == 8032
    assert by_code["25604"]["duo_students_2019"] == 0
    assert by_code["25187"]["lineage_run"] == by_code["25604"]["lineage_run"]


def test_written_table_matches_decide(rows: list[dict]) -> None:
    with (ROOT / "seed_data" / "code_status.csv").open(encoding="utf-8") as fh:
        written = list(csv.DictReader(fh))
    assert written == [{k: str(v) for k, v in row.items()} for row in rows], (
        "seed_data/code_status.csv is stale: run python seed_data/build/lineage.py"
    )


def test_current_codes_all_have_a_programme_row(rows: list[dict]) -> None:
    with (ROOT / "seed_data" / "programmes.csv").open(encoding="utf-8") as fh:
        programmes = {row["crebo"] for row in csv.DictReader(fh)}
    current = {row["crebo"] for row in rows if row["status"] == "current"}
    assert current - programmes == set()
    expired_with = sum(1 for r in rows if r["status"] == "expired" and r["successors"])
    expired_without = sum(1 for r in rows if r["status"] == "expired" and not r["successors"])
    print(
        f"\ncode status: {len(rows)} codes, {len(current)} current, "
        f"{expired_with} expired with successor, {expired_without} expired without; "
        f"{len(current & programmes)} of {len(programmes)} programmes.csv rows current"
    )


def test_a_successor_cycle_in_the_overrides_is_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "code_status.csv"
    bad.write_text(
        "crebo,status,successors,reason\n25604,expired,25187,test\n25187,expired,25604,test\n",
        encoding="utf-8",
    )
    with pytest.raises(lineage.LineageError, match="cycle"):
        lineage.decide(overrides_path=bad)


def test_an_override_without_reason_is_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "code_status.csv"
    bad.write_text("crebo,status,successors,reason\n25316,current,,\n", encoding="utf-8")
    with pytest.raises(lineage.LineageError, match="reason"):
        lineage.decide(overrides_path=bad)
