"""The catalogue from official sources first: status, fields, schools, offerings, counts.

Inputs (seed_data/raw/, see SOURCES.md): the Koppeltabel (Opleiding_dimensie.csv, 2023-24),
the 2015 kwalificatie regulation (regulation/kwalificaties_2015_hks.csv), DUO's students per
instelling x crebo x leerweg 2015-2019 (duo/mbo_inscriptions_2019.csv), DUO's school
addresses and indicators (duo/), and our curation (curation/): the code status table, the
curated programme table, institutions and their history.

Rule for every field: the official value where a source has one, then the value of the
programme's predecessor(s) in that source ("derived"), then our curated value ("curated");
the basis is written per row so the site and the tests can tell them apart.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

SEED = Path(__file__).resolve().parents[1]
RAW = SEED / "raw"
CURATION = SEED / "curation"
sys.path.insert(0, str(SEED.parent))  # the project root, for kiesmbo.duo (no Flask import)

from kiesmbo import duo  # noqa: E402

ENTREE_CODE = "79999"
# The 2015 regulation and DUO name one domain twice: once "(EZ)" under the ministry of
# agriculture (code 79150), once without; the Koppeltabel and the site use 79160 only.
DOMAIN_ALIASES = {"79150": "79160"}
DUO_DOMAIN_CODES = {
    "Bouw en infra": "79000", "Afbouw, hout en onderhoud": "79010",
    "Techniek en procesindustrie": "79020", "Ambacht, laboratorium en gezondheidstechniek": "79030",
    "Media en vormgeving": "79040", "Informatie en communicatietechnologie": "79050",
    "Mobiliteit en voertuigen": "79060", "Transport, scheepvaart en logistiek": "79070",
    "Handel en ondernemerschap": "79080", "Economie en administratie": "79090",
    "Veiligheid en sport": "79100", "Uiterlijke verzorging": "79110",
    "Horeca en bakkerij": "79120", "Toerisme en recreatie": "79130", "Zorg en welzijn": "79140",
    "Voedsel, natuur en leefomgeving (EZ)": "79160", "Voedsel, natuur en leefomgeving": "79160",
}
DUO_FILE = RAW / "duo" / "mbo_inscriptions_2019.csv"
DUO_YEAR = 2019
REGULATION = "regeling 2015"
DUO_LABEL = f"DUO {DUO_YEAR}"


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@dataclass(frozen=True)
class Sources:
    """Everything official, read once."""

    regulation: dict[str, dict[str, str]]
    enrolments: duo.EnrolmentFile
    duo_fields: dict[str, dict[str, str]]
    statuses: dict[str, dict[str, str]]

    @property
    def current(self) -> list[str]:
        return sorted(c for c, s in self.statuses.items() if s["status"] == "current")

    def successors(self) -> dict[str, list[str]]:
        return {c: [t for t in s["successors"].split(";") if t]
                for c, s in self.statuses.items() if s["status"] != "current"}

    def predecessors(self) -> dict[str, list[str]]:
        result: dict[str, list[str]] = defaultdict(list)
        for old, news in self.successors().items():
            for new in news:
                result[new].append(old)
        return {k: sorted(v) for k, v in result.items()}


def read_sources(statuses: list[dict[str, str]]) -> Sources:
    path = RAW / "regulation" / "kwalificaties_2015_hks.csv"
    regulation = {r["crebo"]: r for r in read_csv(path)}
    enrolments = duo.parse(DUO_FILE.read_bytes(), DUO_FILE.name)
    return Sources(regulation=regulation, enrolments=enrolments,
                   duo_fields=duo.official_fields(enrolments),
                   statuses={s["crebo"]: s for s in statuses})


# --- Official fields ---------------------------------------------------------------------


def _official(sources: Sources, crebo: str) -> dict[str, tuple[str, str]]:
    """Level, domain, sector of one code from the regulation and DUO: field -> (value, basis)."""
    found: dict[str, tuple[str, str]] = {}
    reg = sources.regulation.get(crebo)
    seen = sources.duo_fields.get(crebo)
    if reg:
        found["level"] = (reg["niveau"], REGULATION)
        code = DOMAIN_ALIASES.get(reg["opleidingsdomein_code"], reg["opleidingsdomein_code"])
        if reg["soort_opleiding"] == "entreeopleiding":
            code = ENTREE_CODE
        if code:
            found["domain"] = (code, REGULATION)
        found["dossier"] = (reg["dossier_crebo"], REGULATION)
        found["dossier_name"] = (reg["kwalificatiedossier"], REGULATION)
    if seen:
        if "level" not in found and seen["level"]:
            found["level"] = (seen["level"], DUO_LABEL)
        if "domain" not in found:
            code = DUO_DOMAIN_CODES.get(seen["domain"])
            if code is None and seen["level"] == "1":
                code = ENTREE_CODE
            if code:
                found["domain"] = (code, DUO_LABEL)
        if seen["sector"]:
            found["sector"] = (seen["sector"], DUO_LABEL)
    return found


def official_fields(sources: Sources, crebo: str) -> dict[str, tuple[str, str]]:
    """Official fields of a code, else of its predecessors when they agree ("derived")."""
    found = _official(sources, crebo)
    old_codes = sources.predecessors().get(crebo, [])
    for name in ("level", "domain", "sector"):
        if name in found:
            continue
        values = {_official(sources, old).get(name, ("", ""))[0] for old in old_codes} - {""}
        if len(values) == 1 and name != "level":
            # A recoded programme keeps its domain and sector; its level may change with the
            # revision, so level is never carried over from a predecessor.
            found[name] = (values.pop(), "afgeleid: voorganger " + ", ".join(old_codes))
    return found


# --- Status and retired codes ---------------------------------------------------------------


def build_retired(sources: Sources, koppel: dict[str, dict[str, str]],
                  programmes: list[dict]) -> list[dict]:
    """One row per expired code: its successors, or the nearest current programmes."""
    by_dossier: dict[str, list[dict]] = defaultdict(list)
    by_domain_level: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for p in programmes:
        by_dossier[p["dossier_code"]].append(p)
        by_domain_level[(p["domain"], p["level"])].append(p)
    current = {p["crebo"]: p for p in programmes}
    rows = []
    for crebo, status in sorted(sources.statuses.items()):
        if status["status"] == "current":
            continue
        successors = [s for s in status["successors"].split(";") if s in current]
        alternatives: list[str] = []
        if not successors:
            info = _official(sources, crebo)
            dossier = koppel.get(crebo, {}).get("dossier_code", "")
            near = by_dossier.get(dossier, [])
            if not near and "domain" in info and "level" in info:
                near = by_domain_level.get((info["domain"][0], info["level"][0]), [])
            alternatives = [p["crebo"] for p in near[:4]]
        rows.append({"crebo": crebo, "name": koppel.get(crebo, status)["name"],
                     "successors": ";".join(successors), "alternatives": ";".join(alternatives),
                     "reason": status["basis"]})
    return rows


# --- Institutions -------------------------------------------------------------------------


def institution_history() -> dict[str, dict[str, str]]:
    return {r["brin"]: r for r in read_csv(CURATION / "institution_history.csv")}


def brin_successors() -> dict[str, str]:
    return {b: r["successor"] for b, r in institution_history().items() if r["successor"]}


def build_institutions(sources: Sources, postcodes: dict[str, dict]) -> list[dict]:
    """Every school DUO counted students at in the last year, merged ones under their successor.

    Name and kind follow our curation (today's names); address is DUO's main address
    (indicator file 2020); coordinates are its PC4 centroid.
    """
    last = sources.enrolments.last_year
    students: Counter[str] = Counter()
    for row in sources.enrolments.rows:
        students[row.brin] += row.students.get(last, 0)
    history = institution_history()
    curated = {r["brin"]: r for r in read_csv(CURATION / "institutions.csv")}
    addresses = {r["brin"]: r for r in read_csv(RAW / "duo" / "mbo_instellingen_hoofdadres.csv")}
    places = {r["place"]: r["municipality_code"]
              for r in read_csv(CURATION / "place_municipality.csv")}
    rows = []
    for brin in sorted(students):
        if students[brin] == 0 or brin in history:
            continue  # closed, merged (counted under the successor) or not an mbo school
        school, address = curated[brin], addresses[brin]
        pc4 = address["postcode"][:4]
        centroid = postcodes[pc4]
        rows.append({
            "brin": brin, "name": school["name"], "short_name": school["short_name"],
            "kind": school["kind"],
            "street": f"{address['straat']} {address['huisnr']}".strip(),
            "postcode": f"{pc4} {address['postcode'][4:]}".strip(),
            "city": address["plaats"].title().replace("'S-", "'s-").replace(" Gld", "")
            .replace(" Ov", ""),
            "municipality_code": places.get(address["plaats"], school["municipality_code"]),
            "latitude": centroid["latitude"], "longitude": centroid["longitude"],
            "address_basis": f"DUO mbo indicatoren per instelling 2020 ({address['source_file']}); "
                             f"coordinates: PC4 {pc4} centroid",
            "comparison_group": address["vergelijkingsgroep"],
            "former_brins": ";".join(sorted(b for b, r in history.items()
                                            if r["successor"] == brin)),
        })
    return rows


def build_indicators(institutions: list[dict]) -> list[dict]:
    """DUO's jaarresultaat and diplomaresultaat per school, newest school year, with the
    comparison group's value."""
    known = {i["brin"] for i in institutions}
    tidy = read_csv(RAW / "duo" / "mbo_indicatoren_per_instelling_tidy.csv")
    values: dict[tuple[str, str, str], dict[str, str]] = defaultdict(dict)
    for r in tidy:
        if r["brin"] in known and r["indicator"] in ("jaarresultaat", "diplomaresultaat") \
                and r["waarde"]:
            values[(r["brin"], r["indicator"], r["schooljaar"])][r["waarde_van"]] = r["waarde"]
    newest: dict[tuple[str, str], str] = {}
    for brin, indicator, year in values:
        if float(values[(brin, indicator, year)].get("instelling", "0")) <= 0:
            continue  # a closing school's empty last year, not a result
        key = (brin, indicator)
        if year > newest.get(key, ""):
            newest[key] = year
    rows = []
    for (brin, indicator), year in sorted(newest.items()):
        pair = values[(brin, indicator, year)]
        rows.append({"brin": brin, "indicator": indicator,
                     "school_year": year.replace(" ", ""),
                     "value": f"{float(pair['instelling']) * 100:.1f}",
                     "comparison_value": f"{float(pair['vergelijkingsgroep']) * 100:.1f}"
                     if pair.get("vergelijkingsgroep") else "",
                     "source": "DUO, mbo indicatoren per instelling"})
    return rows


# --- Offerings and measured counts --------------------------------------------------------


def duo_evidence(sources: Sources) -> tuple[dict[str, duo.ProgrammeCounts],
                                              list[duo.OfferingEvidence]]:
    return duo.carry_over(sources.enrolments, current=sources.current,
                          successors=sources.successors(), brin_successor=brin_successors())


def build_offerings(programmes: list[dict], evidence: list[duo.OfferingEvidence],
                    institutions: list[dict], rule_based: list[dict]) -> list[dict]:
    """DUO's (school, programme, leerweg) triples; the rule only where DUO has no trace."""
    known = {i["brin"] for i in institutions}
    leerwegen = {p["crebo"]: set(p["leerwegen"].split(";")) for p in programmes}
    with_duo = {e.crebo for e in evidence}
    rows = []
    for e in evidence:
        if e.brin not in known or e.leerweg not in leerwegen[e.crebo]:
            continue  # not a school we list, or a predecessor's leerweg the code lost
        own = e.via == e.crebo
        rows.append({"brin": e.brin, "crebo": e.crebo, "leerweg": e.leerweg,
                     "students": str(e.students), "evidence": "duo" if own else "predecessor",
                     "via": "" if own else e.via})
    for r in rule_based:
        if r["crebo"] not in with_duo and r["brin"] in known:
            rows.append({"brin": r["brin"], "crebo": r["crebo"], "leerweg": r["leerweg"],
                         "students": "", "evidence": "rule", "via": ""})
    return sorted(rows, key=lambda r: (r["crebo"], r["brin"], r["leerweg"]))


def build_enrolments(counts: dict[str, duo.ProgrammeCounts], years: tuple[int, ...],
                     last_year: int) -> list[dict]:
    rows = []
    for crebo, facts in sorted(counts.items()):
        for year in years:
            rows.append({"crebo": crebo, "year": str(year),
                         "students": str(facts.students.get(year, 0)),
                         "bbl_students": str(facts.bbl.get(year, 0)),
                         "schools": str(len(facts.schools)) if year == last_year else "",
                         "basis": facts.basis(crebo)})
    return rows


def taught_leerwegen(evidence: list[duo.OfferingEvidence]) -> dict[str, set[str]]:
    """The leerwegen DUO counted students in, per current programme: its own code's where
    it has students of its own, else its predecessors'."""
    own: dict[str, set[str]] = defaultdict(set)
    inherited: dict[str, set[str]] = defaultdict(set)
    for e in evidence:
        (own if e.via == e.crebo else inherited)[e.crebo].add(e.leerweg)
    return {crebo: own.get(crebo) or inherited[crebo] for crebo in {*own, *inherited}}
