"""Build the seed files in seed_data/ from the raw files and our curation.

Inputs:  seed_data/raw/ (real public files, see SOURCES.md), seed_data/curation/ (our
         curated programme rows, institutions and municipality mergers) and
         seed_data/estimate_model.json (parameters of the estimate model).
Outputs: domains.csv, regions.csv, municipalities.csv, postcodes.csv, occupations.csv,
         programmes.csv, institutions.csv, offerings.csv, progressions.csv, figures.csv.

The app never runs this: it loads the outputs with `flask --app kiesmbo seed`. The tests
run `build(check=True)` to prove the committed outputs are what this script makes.
Run from anywhere: python seed_data/build/build_seed.py [--check]
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import curation_rules
import esco
import lineage
import official
from extract_programmes import koppeltabel

SEED = Path(__file__).resolve().parents[1]
RAW = SEED / "raw"
CURATION = SEED / "curation"
RIASEC = ("realistic", "investigative", "artistic", "social", "enterprising", "conventional")
ENTREE_CODE = official.ENTREE_CODE
# The crebo list repeats one domain as an old EL&I variant without current kwalificaties.
SKIPPED_DOMAIN_CODES = {"79150"}


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def to_csv(rows: list[dict], columns: list[str]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


# --- Structure and geography --------------------------------------------------------------


def build_domains() -> list[dict]:
    rows = []
    for row in read_csv(RAW / "Opleiding_dimensie.csv"):
        code, name = row["Opleidingcode"], row["Opleidingsnaam"]
        if code.startswith("79") and code not in SKIPPED_DOMAIN_CODES:
            rows.append({"code": code, "name": "Entree" if code == ENTREE_CODE else name})
    return sorted(rows, key=lambda r: r["name"])


def build_geography() -> tuple[list[dict], list[dict], list[dict]]:
    """Return regions, municipalities (2026 codes) and deduplicated PC4 centroids."""
    mapping = json.loads((RAW / "arbeidsmarktregio_gemeente.json").read_text("utf-8"))["gemeenten"]
    centroids = {r["code"]: r for r in read_csv(RAW / "nl_gemeente_centroids.csv")}
    mergers = {r["code"]: r for r in read_csv(CURATION / "municipality_mergers.csv")}
    municipalities = []
    for number, region in sorted(mapping.items()):
        code = f"GM{number}"
        if code in centroids:
            c = centroids[code]
            name, lat, lon = c["areaname"], float(c["lat"]), float(c["lon"])
            basis = "spatialrisk nl_gemeente centroid (about 2021)"
        else:
            merger = mergers[code]
            parts = [centroids[p] for p in merger["predecessors"].split(";")]
            name = merger["name"]
            lat = sum(float(p["lat"]) for p in parts) / len(parts)
            lon = sum(float(p["lon"]) for p in parts) / len(parts)
            basis = "curated: mean of the centroids of " + ", ".join(p["areaname"] for p in parts)
        municipalities.append({"code": code, "name": name, "region": region,
                               "latitude": f"{lat:.6f}", "longitude": f"{lon:.6f}",
                               "centroid_basis": basis})
    regions = [{"name": name} for name in sorted(set(mapping.values()))]
    parts_by_pc4: dict[str, list[dict]] = defaultdict(list)
    for row in read_csv(RAW / "nl_postcode4_centroids.csv"):
        parts_by_pc4[row["pc4"]].append(row)
    postcodes = []
    for pc4, parts in sorted(parts_by_pc4.items()):
        # Several polygon parts of one PC4: take the mean of their centroids.
        lat = sum(float(p["lat"]) for p in parts) / len(parts)
        lon = sum(float(p["lon"]) for p in parts) / len(parts)
        postcodes.append({"pc4": pc4, "city": parts[0]["city"],
                          "latitude": f"{lat:.6f}", "longitude": f"{lon:.6f}"})
    return regions, municipalities, postcodes


def build_occupations() -> list[dict]:
    titles = {}
    with (RAW / "Occupation_Data.txt").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            titles[row["O*NET-SOC Code"]] = row["Title"]
    scores: dict[str, dict[str, str]] = defaultdict(dict)
    with (RAW / "Interests.txt").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["Scale ID"] == "OI":
                scores[row["O*NET-SOC Code"]][row["Element Name"].lower()] = row["Data Value"]
    return [{"onet_code": code, "title": titles[code], **values}
            for code, values in sorted(scores.items()) if len(values) == 6]


# --- Programmes, institutions, offerings, progressions ------------------------------------


def load_statuses() -> list[dict[str, str]]:
    """The status of every 25xxx code of the Koppeltabel (lineage.py, with curation)."""
    return lineage.decide()


def build_programmes(domains: list[dict], sources: official.Sources,
                     koppel: dict[str, dict[str, str]],
                     taught: dict[str, set[str]], own_taught: set[str]) -> list[dict]:
    """Every current kwalificatie: official fields first, then derived, then curated."""
    domain_codes = {d["name"]: d["code"] for d in domains}
    domain_names = {d["code"]: d["name"] for d in domains}
    curated = {r["crebo"]: r for r in read_csv(CURATION / "programmes.csv")}
    predecessors = sources.predecessors()
    rows = []
    for crebo in sources.current:
        base, extra = koppel[crebo], curated[crebo]
        found = official.official_fields(sources, crebo)
        level, level_basis = found.get("level", (extra["level"], "curated"))
        if "domain" in found:
            domain, domain_basis = found["domain"]
        elif extra["domain"]:
            domain, domain_basis = extra["domain"], "curated"
        else:
            domain, domain_basis = domain_codes[base["domain"]], "Koppeltabel 2023-24 (volgorde)"
        sector, sector_basis = found.get("sector", (extra["sector"], "curated"))
        leerwegen = taught.get(crebo)
        if leerwegen:
            leerwegen_text = ";".join(w for w in ("bol", "bbl") if w in leerwegen)
            leerwegen_basis = (official.DUO_LABEL if crebo in own_taught
                               else "afgeleid: voorganger in " + official.DUO_LABEL)
        else:
            leerwegen_text, leerwegen_basis = extra["leerwegen"], "curated"
        former = [koppel[old]["name"] for old in predecessors.get(crebo, [])
                  if old in koppel and koppel[old]["name"].casefold() != base["name"].casefold()]
        rows.append({
            # The list writes a few names in lower case ("verzorgende-IG"); show them as titles.
            "crebo": crebo, "name": base["name"][0].upper() + base["name"][1:],
            "level": level, "level_basis": level_basis,
            "domain": domain, "domain_basis": domain_basis,
            "sector": sector, "sector_basis": sector_basis,
            "shortage_area": extra["shortage_area"], "dossier_code": base["dossier_code"],
            "dossier_name": base["dossier_name"], "duration_years": extra["duration_years"],
            "leerwegen": leerwegen_text, "leerwegen_basis": leerwegen_basis,
            "description": extra["description"],
            "what_you_do": extra["what_you_do"], "where_you_work": extra["where_you_work"],
            "synonyms": extra["synonyms"],
            "former_names": ";".join(dict.fromkeys(former)),
            "onet_codes": extra["onet_codes"], "widely_offered": extra["widely_offered"],
            # Kept for the progressions build only; not a column of programmes.csv.
            "_next": extra["next_crebos"], "_hbo": extra["hbo_next"],
            "_domain_name": domain_names[domain],
        })
    return rows


def rule_based_offerings(programmes: list[dict]) -> list[dict]:
    """The old indicative rule, kept only for programmes DUO has no trace of.

    Every school offers the widely offered programmes of the domains it is known for; a
    specialist school (aoc, vakschool) with a curated main domain offers every programme of
    that domain. Shown as "niet bevestigd".
    """
    by_domain: dict[str, list[dict]] = defaultdict(list)
    for programme in programmes:
        by_domain[programme["_domain_name"]].append(programme)
    rows = []
    for school in read_csv(CURATION / "institutions.csv"):
        domains = [d for d in school["specialisms"].split(";") if d]
        for domain in domains:
            everything = domain == school["main_domain"]
            for programme in by_domain[domain]:
                if not everything and programme["widely_offered"] != "yes":
                    continue
                for leerweg in programme["leerwegen"].split(";"):
                    rows.append({"brin": school["brin"], "crebo": programme["crebo"],
                                 "leerweg": leerweg})
    return rows


def build_progressions(programmes: list[dict], successors: dict[str, list[str]]) -> list[dict]:
    """Curated next steps; a next step that expired points at its successor(s)."""
    current = {p["crebo"] for p in programmes}
    rows, seen = [], set()
    for programme in programmes:
        for target in filter(None, programme["_next"].split(";")):
            for new in ([target] if target in current else successors.get(target, [])):
                if new in current and new != programme["crebo"] and \
                        (programme["crebo"], new) not in seen:
                    seen.add((programme["crebo"], new))
                    rows.append({"from_crebo": programme["crebo"], "to_crebo": new,
                                 "to_hbo": "", "basis": "curated: usual next step in the same "
                                                        "field"})
        for study in filter(None, programme["_hbo"].split(";")):
            rows.append({"from_crebo": programme["crebo"], "to_crebo": "", "to_hbo": study,
                         "basis": "curated: common hbo follow-up study"})
    return rows


# --- The estimate model --------------------------------------------------------------------


def _centre(values: dict[str, float], anchor: float, low: float, high: float,
            multiplicative: bool = False) -> dict[str, float]:
    """Shift (or scale) values so their unweighted mean is the anchor, within limits."""
    result = dict(values)
    for _ in range(20):  # clipping moves the mean a little; a few rounds settle it
        mean = sum(result.values()) / len(result)
        if abs(mean - anchor) < 1e-6:
            break
        if multiplicative:
            result = {k: min(high, max(low, v * anchor / mean)) for k, v in result.items()}
        else:
            result = {k: min(high, max(low, v + anchor - mean)) for k, v in result.items()}
    return result


def build_figures(programmes: list[dict], model: dict, domains: list[dict]) -> list[dict]:
    """Estimate figures per programme from the national anchors (see SOURCES.md).

    Each estimate is a value for a cell (domain x level x shortage area), not for one
    programme: the method note says which cell, and `low`/`high` give the range the model's
    stated uncertainty allows. Kans op stage and leerbaan are not estimated: no source here
    publishes a figure to anchor them.
    """
    anchors, limits, spread = model["anchors"], model["limits"], model["uncertainty"]
    by_dossier = model["estimate_domain_by_dossier"]
    codes = {d["name"]: d["code"] for d in domains}
    for p in programmes:
        p["_estimate_domain"] = by_dossier.get(p["dossier_code"], p["_domain_name"])
        p["estimate_domain"] = codes[p["_estimate_domain"]]
    pct_low, pct_high = limits["percent"]

    def adjust(programme: dict, column: str) -> float:
        domain = model["domains"][programme["_estimate_domain"]][column]
        level = model["levels"][programme["level"]][column]
        shortage = model["shortage_area"][column] if programme["shortage_area"] else 0
        return domain + level + shortage

    def additive(column: str, anchor_key: str, subset: list[dict]) -> dict[str, float]:
        anchor = anchors[anchor_key]["value"]
        raw = {p["crebo"]: anchor + adjust(p, column) for p in subset}
        return {c: round(v) for c, v in _centre(raw, anchor, pct_low, pct_high).items()}

    def cell(p: dict) -> str:
        level = "Entree" if p["level"] == "1" else f"niveau {p['level']}"
        area = ", in een tekortsector" if p["shortage_area"] else ""
        return f"opleidingen in {p['_estimate_domain']} op {level}{area}"

    def note(p: dict, anchor_key: str) -> str:
        anchor = anchors[anchor_key]
        return (f"Schatting voor {cell(p)}; geen cijfer van deze opleiding zelf. Start: "
                f"{anchor['source']} ({anchor['value']}); aangepast voor domein, niveau en "
                f"tekortsector, daarna gecentreerd op het landelijke cijfer.")

    work = additive("work_pts", "work_3m", programmes)
    permanent = additive("permanent_pts", "permanent_contract", programmes)
    independence = {
        leerweg: additive("independence_pts", f"economic_independence_{leerweg}",
                          [p for p in programmes if leerweg in p["leerwegen"].split(";")])
        for leerweg in ("bol", "bbl")
    }
    salary_anchor = anchors["start_salary"]["value"]
    salary_raw = {p["crebo"]: salary_anchor * (1 + adjust(p, "salary_pct") / 100)
                  for p in programmes}
    salary = _centre(salary_raw, salary_anchor, *limits["start_salary"], multiplicative=True)
    steps = model["job_chance_steps"]["bounds"]
    rows: list[dict] = []

    def step_of(pct: float) -> int:
        return 1 + sum(pct >= bound for bound in steps)

    def add(p: dict, indicator: str, anchor_key: str, value: float, low: float, high: float,
            unit: str, text: str, leerweg: str = "") -> None:
        anchor = anchors[anchor_key]
        rows.append({"crebo": p["crebo"], "leerweg": leerweg, "region": "",
                     "indicator": indicator, "value": f"{value:g}", "low": f"{low:g}",
                     "high": f"{high:g}", "unit": unit, "year": anchor["year"],
                     "source": anchor["estimate_source"], "kind": "estimate",
                     "method_note": text})

    def pct_range(value: float, key: str) -> tuple[float, float]:
        return max(0, value - spread[key]), min(100, value + spread[key])

    for p in programmes:
        crebo = p["crebo"]
        low, high = pct_range(work[crebo], "work_3m")
        add(p, "work_3m", "work_3m", work[crebo], low, high, "percent", note(p, "work_3m"))
        add(p, "job_chance", "work_3m", step_of(work[crebo]), step_of(low), step_of(high),
            "step", f"Schatting voor {cell(p)}, afgeleid van het geschatte aandeel met werk "
                    f"binnen drie maanden ({work[crebo]}%, tussen {low:g}% en {high:g}%); "
                    f"grenzen voor de vijf stappen: {', '.join(map(str, steps))}.")
        value = round(salary[crebo] / 10) * 10
        margin = spread["start_salary_pct"] / 100
        add(p, "start_salary", "start_salary", value, round(value * (1 - margin) / 10) * 10,
            round(value * (1 + margin) / 10) * 10, "eur_month", note(p, "start_salary"))
        low, high = pct_range(permanent[crebo], "permanent_contract")
        add(p, "permanent_contract", "permanent_contract", permanent[crebo], low, high,
            "percent", note(p, "permanent_contract"))
        for leerweg in p["leerwegen"].split(";"):
            key = f"economic_independence_{leerweg}"
            value = independence[leerweg][crebo]
            low, high = pct_range(value, "economic_independence")
            add(p, "economic_independence", key, value, low, high, "percent", note(p, key),
                leerweg)
    return rows


# --- Putting it together ---------------------------------------------------------------------

PROGRAMME_COLUMNS = ["crebo", "name", "level", "level_basis", "domain", "domain_basis",
                     "sector", "sector_basis", "shortage_area", "dossier_code", "dossier_name",
                     "duration_years", "leerwegen", "leerwegen_basis", "description",
                     "what_you_do", "where_you_work", "synonyms", "former_names", "onet_codes",
                     "onet_basis", "widely_offered", "estimate_domain"]
FIGURE_COLUMNS = ["crebo", "leerweg", "region", "indicator", "value", "low", "high", "unit",
                  "year", "source", "kind", "method_note"]


def apply_esco(programmes: list[dict]) -> list[dict]:
    """Link ESCO occupations (the site's "Beroepen"), and say which curated O*NET codes a
    confident ESCO -> O*NET match confirms.

    We do not replace curated O*NET codes with ESCO-derived ones: reviewing the 20 largest
    changes a replacement would make, the curated profile was better in 15 and equal in 5
    (curation/ESCO.md, section 3).
    """
    links = esco.link_programmes(programmes)
    through = esco.onet_from_esco(links)
    for p in programmes:
        derived = {code for code, _basis in through.get(p["crebo"], [])}
        confirmed = derived & set(p["onet_codes"].split(";"))
        p["onet_basis"] = ("curated; bevestigd door ESCO -> O*NET (Nesta 2020)" if confirmed
                           else "curated")
    return links


def build(check: bool = False) -> list[str]:
    """Write (or, with check, compare) every output; return the names that differ."""
    domains = build_domains()
    regions, municipalities, postcodes = build_geography()
    koppel = koppeltabel()
    statuses = load_statuses()
    sources = official.read_sources(statuses)
    counts, evidence = official.duo_evidence(sources)
    own_taught = {e.crebo for e in evidence if e.via == e.crebo}
    programmes = build_programmes(domains, sources, koppel, official.taught_leerwegen(evidence),
                                  own_taught)
    broken = curation_rules.table_problems(programmes, {d["code"]: d["name"] for d in domains})
    if broken:
        raise SystemExit("curation/programmes.csv breaks its rules (SPEC.md):\n"
                         + "\n".join(broken))
    links = apply_esco(programmes)
    institutions = official.build_institutions(sources, {p["pc4"]: p for p in postcodes})
    model = json.loads((SEED / "estimate_model.json").read_text("utf-8"))
    # Also sets each programme's estimate domain, a column of programmes.csv.
    figures = build_figures(programmes, model, domains)
    enrolments = sources.enrolments
    outputs = {
        "domains.csv": to_csv(domains, ["code", "name"]),
        "regions.csv": to_csv(regions, ["name"]),
        "municipalities.csv": to_csv(municipalities, ["code", "name", "region", "latitude",
                                                      "longitude", "centroid_basis"]),
        "postcodes.csv": to_csv(postcodes, ["pc4", "city", "latitude", "longitude"]),
        "occupations.csv": to_csv(build_occupations(), ["onet_code", "title", *RIASEC]),
        "code_status.csv": to_csv(statuses, STATUS_COLUMNS),
        "programmes.csv": to_csv([{k: p[k] for k in PROGRAMME_COLUMNS} for p in programmes],
                                 PROGRAMME_COLUMNS),
        "retired_programmes.csv": to_csv(
            official.build_retired(sources, koppel, programmes),
            ["crebo", "name", "successors", "alternatives", "reason"]),
        "programme_occupations.csv": to_csv(links, ESCO_COLUMNS),
        "institutions.csv": to_csv(institutions, INSTITUTION_COLUMNS),
        "institution_indicators.csv": to_csv(
            official.build_indicators(institutions),
            ["brin", "indicator", "school_year", "value", "comparison_value", "source"]),
        "offerings.csv": to_csv(
            official.build_offerings(programmes, evidence, institutions,
                                     rule_based_offerings(programmes)),
            ["brin", "crebo", "leerweg", "students", "evidence", "via"]),
        "programme_enrolments.csv": to_csv(
            official.build_enrolments(counts, enrolments.years, enrolments.last_year),
            ["crebo", "year", "students", "bbl_students", "schools", "basis"]),
        "progressions.csv": to_csv(build_progressions(programmes, sources.successors()),
                                   ["from_crebo", "to_crebo", "to_hbo", "basis"]),
        "figures.csv": to_csv(figures, FIGURE_COLUMNS),
    }
    differing = []
    for name, text in outputs.items():
        path = SEED / name
        if check:
            if not path.exists() or path.read_text("utf-8") != text:
                differing.append(name)
        else:
            path.write_text(text, encoding="utf-8")
    return differing


STATUS_COLUMNS = ["crebo", "name", "status", "successors", "basis", "in_regulation_2015",
                  "duo_students_2019", "lineage_run"]
ESCO_COLUMNS = ["crebo", "esco_uri", "label", "isco_group", "basis", "rank"]
INSTITUTION_COLUMNS = ["brin", "name", "short_name", "kind", "street", "postcode", "city",
                       "municipality_code", "latitude", "longitude", "address_basis",
                       "comparison_group", "former_brins"]


if __name__ == "__main__":
    stale = build(check="--check" in sys.argv)
    if stale:
        print("out of date: " + ", ".join(stale))
        sys.exit(1)
    print("checked" if "--check" in sys.argv else "written")
