"""Offline evaluation of `similar_to` over the whole catalogue, at the three weights.

Run: python -m kiesmbo.recommend.evaluate [--seed-dir seed_data] [--k 5]

Ground truth we can defend for "similar to programme A": a programme B is relevant when
it is in the same kwalificatiedossier, when a documented progression links A and B (either
way), or when it is in the same domain at a level at most one step away. Metrics:

- precision@k: share of the top k that is relevant, averaged over programmes with suggestions;
- job-chance and salary uplift: mean difference top-k minus the source programme;
- shortage share: share of all suggestions in a shortage area;
- coverage: share of the catalogue suggested at least once;
- diversity: mean pairwise (1 - cosine similarity) within a list.

Reads the seed files directly (the same CSVs the app loads), so it needs no database.
"""

from __future__ import annotations

import argparse
import csv
import itertools
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from statistics import fmean

import numpy as np

from kiesmbo.recommend.model import Recommender
from kiesmbo.recommend.types import RIASEC, OpportunityWeight, ProgrammeFeatures

DEFAULT_SEED_DIR = Path(__file__).resolve().parents[2] / "seed_data"


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def load_catalogue(seed_dir: Path) -> tuple[list[ProgrammeFeatures], set[tuple[str, str]]]:
    """Programmes as features, and the progression pairs, from the seed files."""
    occupations = {row["onet_code"]: tuple(float(row[t]) for t in RIASEC)
                   for row in _read(seed_dir / "occupations.csv")}
    figures: dict[str, dict[tuple[str, str], float]] = defaultdict(dict)
    for row in _read(seed_dir / "figures.csv"):
        if not row["region"]:
            figures[row["crebo"]][(row["indicator"], row["leerweg"])] = float(row["value"])
    programmes = []
    for row in _read(seed_dir / "programmes.csv"):
        linked = [occupations[code] for code in row["onet_codes"].split(";") if code]
        riasec = tuple(float(np.mean([o[i] for o in linked])) for i in range(6))
        f = figures[row["crebo"]]
        leerwegen = row["leerwegen"].split(";")
        programmes.append(ProgrammeFeatures(
            crebo=row["crebo"], name=row["name"],
            text=" ".join([row["name"], row["description"], row["what_you_do"],
                           row["synonyms"].replace(";", " ")]),
            riasec=riasec, domain=row["domain"], sector=row["sector"], level=int(row["level"]),
            has_bol="bol" in leerwegen, has_bbl="bbl" in leerwegen,
            dossier=row["dossier_code"], shortage_area=row["shortage_area"],
            job_chance=f.get(("job_chance", "")),
            work_pct=f.get(("work_12h", ""), f.get(("work_3m", ""))),
            start_salary=f.get(("start_salary", "")),
            internship_chance=f.get(("internship_chance", "bol")),
            apprenticeship_chance=f.get(("apprenticeship_chance", "bbl"))))
    pairs = {(row["from_crebo"], row["to_crebo"])
             for row in _read(seed_dir / "progressions.csv") if row["to_crebo"]}
    return programmes, pairs | {(b, a) for a, b in pairs}


def is_relevant(a: ProgrammeFeatures, b: ProgrammeFeatures,
                progressions: set[tuple[str, str]]) -> bool:
    return ((a.dossier and a.dossier == b.dossier) or (a.crebo, b.crebo) in progressions
            or (a.domain == b.domain and abs(a.level - b.level) <= 1))


@dataclass(frozen=True)
class Metrics:
    precision_at_k: float
    job_chance_uplift: float  # steps
    salary_uplift: float  # euros a month
    shortage_share: float
    coverage: float
    diversity: float
    lists: int  # programmes that got at least one suggestion


def evaluate(model: Recommender, progressions: set[tuple[str, str]],
             weight: OpportunityWeight, k: int = 5) -> Metrics:
    """Run similar_to for every programme and measure the lists."""
    by_crebo = {p.crebo: p for p in model.programmes_}
    precisions, job_uplifts, salary_uplifts, diversities = [], [], [], []
    suggested: set[str] = set()
    shortage = total = 0
    for source in model.programmes_:
        suggestions = model.similar_to(source.crebo, weight=weight, k=k)
        if not suggestions:
            continue
        targets = [by_crebo[s.crebo] for s in suggestions]
        precisions.append(fmean(is_relevant(source, t, progressions) for t in targets))
        if source.job_chance is not None:
            job_uplifts.append(fmean(t.job_chance - source.job_chance for t in targets
                                     if t.job_chance is not None))
        if source.start_salary is not None:
            salary_uplifts.append(fmean(t.start_salary - source.start_salary for t in targets
                                        if t.start_salary is not None))
        suggested.update(t.crebo for t in targets)
        shortage += sum(bool(t.shortage_area) for t in targets)
        total += len(targets)
        if len(targets) > 1:
            rows = model.matrix_[[model.index_[t.crebo] for t in targets]]
            similarity = (rows @ rows.T).toarray()
            diversities.append(fmean(1 - similarity[a, b] for a, b in
                                     itertools.combinations(range(len(targets)), 2)))
    return Metrics(
        precision_at_k=fmean(precisions) if precisions else 0.0,
        job_chance_uplift=fmean(job_uplifts) if job_uplifts else 0.0,
        salary_uplift=fmean(salary_uplifts) if salary_uplifts else 0.0,
        shortage_share=shortage / total if total else 0.0,
        coverage=len(suggested) / len(model.programmes_),
        diversity=fmean(diversities) if diversities else 0.0,
        lists=len(precisions))


def main() -> None:
    parser = argparse.ArgumentParser(description="Evaluate the recommender on the seed data.")
    parser.add_argument("--seed-dir", type=Path, default=DEFAULT_SEED_DIR)
    parser.add_argument("--k", type=int, default=5)
    args = parser.parse_args()
    try:  # Dutch stop words from the stop-words package, as the site uses them
        from stop_words import get_stop_words
        stop_words = get_stop_words("dutch")
    except ImportError:
        stop_words = None
    programmes, progressions = load_catalogue(args.seed_dir)
    model = Recommender(k=args.k, stop_words=stop_words).fit(programmes)
    print(f"catalogue: {len(programmes)} programmes, {len(progressions) // 2} progressions; "
          f"k = {args.k}\n")
    header = (f"{'weight':8} {'prec@k':>7} {'job +':>7} {'salary +':>9} {'shortage':>9} "
              f"{'coverage':>9} {'diversity':>10} {'lists':>6}")
    print(header)
    for weight in OpportunityWeight:
        m = evaluate(model, progressions, weight, args.k)
        print(f"{weight.value:8} {m.precision_at_k:7.3f} {m.job_chance_uplift:+7.2f} "
              f"{m.salary_uplift:+9.0f} {m.shortage_share:9.1%} {m.coverage:9.1%} "
              f"{m.diversity:10.3f} {m.lists:6d}")


if __name__ == "__main__":
    main()
