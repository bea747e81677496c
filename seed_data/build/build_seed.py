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
from extract_programmes import extract

SEED = Path(__file__).resolve().parents[1]
RAW = SEED / "raw"
CURATION = SEED / "curation"
RIASEC = ("realistic", "investigative", "artistic", "social", "enterprising", "conventional")
ENTREE_CODE = "79999"
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


def build_programmes(domains: list[dict]) -> list[dict]:
    """Join the extracted crebo rows with the curated rows (curation/programmes_*.csv)."""
    domain_codes = {d["name"]: d["code"] for d in domains}
    curated = {}
    for part in sorted(CURATION.glob("programmes_*.csv")):
        for row in read_csv(part):
            curated[row["crebo"]] = row
    rows = []
    for base in extract():
        extra = curated[base["crebo"]]
        rows.append({
            # The list writes a few names in lower case ("verzorgende-IG"); show them as titles.
            "crebo": base["crebo"], "name": base["name"][0].upper() + base["name"][1:],
            "level": extra["level"],
            "domain": domain_codes[base["domain"]], "sector": extra["sector"],
            "shortage_area": extra["shortage_area"], "dossier_code": base["dossier_code"],
            "dossier_name": base["dossier_name"], "duration_years": extra["duration_years"],
            "leerwegen": extra["leerwegen"], "description": extra["description"],
            "what_you_do": extra["what_you_do"], "where_you_work": extra["where_you_work"],
            "synonyms": extra["synonyms"], "onet_codes": extra["onet_codes"],
            "widely_offered": extra["widely_offered"],
            # Kept for the progressions build only; not a column of programmes.csv.
            "_next": extra["next_crebos"], "_hbo": extra["hbo_next"],
            "_domain_name": base["domain"],
        })
    return rows


def build_institutions() -> list[dict]:
    return [{k: row[k] for k in ("brin", "name", "short_name", "kind", "city",
                                 "municipality_code")}
            for row in read_csv(CURATION / "institutions.csv")]


def build_offerings(programmes: list[dict]) -> list[dict]:
    """Indicative offerings, by a documented rule (see SOURCES.md, offerings.csv).

    Every school offers the widely offered programmes of the domains it is known for; a
    specialist school (aoc, vakschool) with a curated main domain offers every programme of
    that domain.
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
                basis = ("curated: specialist school, main domain" if everything
                         else "curated: widely offered programme in a domain of this school")
                for leerweg in programme["leerwegen"].split(";"):
                    rows.append({"brin": school["brin"], "crebo": programme["crebo"],
                                 "leerweg": leerweg, "city": school["city"],
                                 "municipality_code": school["municipality_code"],
                                 # Most mbo programmes start after the summer holiday.
                                 "start_months": "9", "basis": basis})
    return rows


def build_progressions(programmes: list[dict]) -> list[dict]:
    rows = []
    for programme in programmes:
        for target in filter(None, programme["_next"].split(";")):
            rows.append({"from_crebo": programme["crebo"], "to_crebo": target, "to_hbo": "",
                         "basis": "curated: usual next step in the same field"})
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


def build_figures(programmes: list[dict], model: dict) -> list[dict]:
    """Estimate every figure of every programme from the national anchors (see SOURCES.md)."""
    anchors, limits = model["anchors"], model["limits"]
    pct_low, pct_high = limits["percent"]

    def adjust(programme: dict, column: str) -> tuple[float, str]:
        domain = model["domains"][programme["_domain_name"]][column]
        level = model["levels"][programme["level"]][column]
        shortage = model["shortage_area"][column] if programme["shortage_area"] else 0
        note = f"domein {domain:+g}, niveau {level:+g}, tekortsector {shortage:+g}"
        return domain + level + shortage, note

    def additive(column: str, anchor_key: str, subset: list[dict]) -> dict[str, tuple]:
        anchor = anchors[anchor_key]["value"]
        raw, notes = {}, {}
        for p in subset:
            delta, notes[p["crebo"]] = adjust(p, column)
            raw[p["crebo"]] = anchor + delta
        centred = _centre(raw, anchor, pct_low, pct_high)
        return {crebo: (round(value), notes[crebo]) for crebo, value in centred.items()}

    def method(anchor_key: str, note: str, unit: str = "punten") -> str:
        anchor = anchors[anchor_key]
        return (f"Schatting. Start: {anchor['source']}: {anchor['value']}. Aangepast voor "
                f"{note} ({unit}), daarna gecentreerd op het landelijke gemiddelde.")

    work = additive("work_pts", "work_12h", programmes)
    permanent = additive("permanent_pts", "permanent_contract", programmes)
    independence = {
        leerweg: additive("independence_pts", f"economic_independence_{leerweg}",
                          [p for p in programmes if leerweg in p["leerwegen"].split(";")])
        for leerweg in ("bol", "bbl")
    }
    salary_anchor = anchors["start_salary"]["value"]
    salary_raw, salary_notes = {}, {}
    for p in programmes:
        delta, salary_notes[p["crebo"]] = adjust(p, "salary_pct")
        salary_raw[p["crebo"]] = salary_anchor * (1 + delta / 100)
    salary = _centre(salary_raw, salary_anchor, *limits["start_salary"], multiplicative=True)

    steps = model["job_chance_steps"]["bounds"]
    placement = model["placement_chance"]
    rows: list[dict] = []

    def add(p: dict, indicator: str, value: float, unit: str, note: str, leerweg: str = "") -> None:
        rows.append({"crebo": p["crebo"], "leerweg": leerweg, "region": "",
                     "indicator": indicator, "value": f"{value:g}", "unit": unit,
                     "year": model["year"], "source": model["source"], "kind": "estimate",
                     "method_note": note})

    for p in programmes:
        crebo = p["crebo"]
        work_pct, note = work[crebo]
        add(p, "work_12h", work_pct, "percent", method("work_12h", note))
        step = 1 + sum(work_pct >= bound for bound in steps)
        add(p, "job_chance", step, "step",
            f"Schatting. Afgeleid van het geschatte percentage met werk ({work_pct}%): "
            f"grenzen {', '.join(map(str, steps))}.")
        add(p, "start_salary", round(salary[crebo] / 10) * 10, "eur_month",
            method("start_salary", salary_notes[crebo], "procent"))
        value, note = permanent[crebo]
        add(p, "permanent_contract", value, "percent", method("permanent_contract", note))
        domain_steps = model["domains"][p["_domain_name"]]["placement_steps"]
        bonus = placement["shortage_bonus"] if p["shortage_area"] else 0
        for leerweg in p["leerwegen"].split(";"):
            value, note = independence[leerweg][crebo]
            add(p, "economic_independence", value, "percent",
                method(f"economic_independence_{leerweg}", note), leerweg)
            level_steps = placement["level_adjust"][p["level"]] if leerweg == "bbl" else 0
            chance = min(5, max(1, placement["base_step"] + domain_steps + bonus + level_steps))
            indicator = "internship_chance" if leerweg == "bol" else "apprenticeship_chance"
            add(p, indicator, chance, "step",
                f"Schatting. Stap {placement['base_step']}, aangepast voor domein "
                f"{domain_steps:+d}, tekortsector {bonus:+d}, niveau {level_steps:+d}.", leerweg)
    return rows


# --- Putting it together ---------------------------------------------------------------------

PROGRAMME_COLUMNS = ["crebo", "name", "level", "domain", "sector", "shortage_area",
                     "dossier_code", "dossier_name", "duration_years", "leerwegen",
                     "description", "what_you_do", "where_you_work", "synonyms", "onet_codes",
                     "widely_offered"]


def build(check: bool = False) -> list[str]:
    """Write (or, with check, compare) every output; return the names that differ."""
    domains = build_domains()
    regions, municipalities, postcodes = build_geography()
    programmes = build_programmes(domains)
    model = json.loads((SEED / "estimate_model.json").read_text("utf-8"))
    outputs = {
        "domains.csv": to_csv(domains, ["code", "name"]),
        "regions.csv": to_csv(regions, ["name"]),
        "municipalities.csv": to_csv(municipalities, ["code", "name", "region", "latitude",
                                                      "longitude", "centroid_basis"]),
        "postcodes.csv": to_csv(postcodes, ["pc4", "city", "latitude", "longitude"]),
        "occupations.csv": to_csv(build_occupations(), ["onet_code", "title", *RIASEC]),
        "programmes.csv": to_csv([{k: p[k] for k in PROGRAMME_COLUMNS} for p in programmes],
                                 PROGRAMME_COLUMNS),
        "institutions.csv": to_csv(build_institutions(), ["brin", "name", "short_name", "kind",
                                                          "city", "municipality_code"]),
        "offerings.csv": to_csv(build_offerings(programmes),
                                ["brin", "crebo", "leerweg", "city", "municipality_code",
                                 "start_months", "basis"]),
        "progressions.csv": to_csv(build_progressions(programmes),
                                   ["from_crebo", "to_crebo", "to_hbo", "basis"]),
        "figures.csv": to_csv(build_figures(programmes, model),
                              ["crebo", "leerweg", "region", "indicator", "value", "unit", "year",
                               "source", "kind", "method_note"]),
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


if __name__ == "__main__":
    stale = build(check="--check" in sys.argv)
    if stale:
        print("out of date: " + ", ".join(stale))
        sys.exit(1)
    print("checked" if "--check" in sys.argv else "written")
