"""Offline evaluation of the served recommender: the counsellor set first, built-in metrics second.

Run: python -m kiesmbo.recommend.evaluate [--seed-dir seed_data]

Both measure the model the site serves: the seed files are loaded into a throwaway SQLite
database, read back as the site's catalogue snapshot, and turned into features by
`kiesmbo.recommendations.to_features` and fitted by `build_recommender` (one feature path).

1. The counsellor set (`kiesmbo.recommend.counsellor`), written independently of the model:
   - precision: share of the suggestions next to a case programme (the four the page
     shows) that the counsellor called acceptable;
   - nonsense: share the counsellor called nonsense;
   - personas: the questionnaire result for twelve students against what a counsellor
     expects (gate for flat profiles, a fitting field, acceptable suggestions, no nonsense).
2. Built-in metrics over the whole catalogue, secondary because their truth ("same
   kwalificatiedossier, a progression, or the same domain one level around") rewards the
   features the model itself uses: precision@k, job-chance and salary uplift, shortage
   share, coverage and diversity.
"""

from __future__ import annotations

import argparse
import csv
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from statistics import fmean
from typing import TYPE_CHECKING

from kiesmbo.recommend.counsellor import CASES, PERSONAS, Case, Persona
from kiesmbo.recommend.model import Recommender
from kiesmbo.recommend.types import OpportunityWeight, ProgrammeFeatures

if TYPE_CHECKING:
    from kiesmbo.catalogue import Snapshot

DEFAULT_SEED_DIR = Path(__file__).resolve().parents[2] / "seed_data"
SHOWN = 4  # suggestions next to a programme page (kiesmbo.recommendations.SIMILAR_COUNT)


def site_snapshot(seed_dir: Path = DEFAULT_SEED_DIR) -> Snapshot:
    """The catalogue snapshot the site would serve after `flask seed` of these files."""
    # Imported here: the recommender package itself stays free of SQLModel and Flask.
    from sqlmodel import Session

    from kiesmbo.catalogue import build_snapshot
    from kiesmbo.db import create_tables, make_engine
    from kiesmbo.seed import load_seed_data

    engine = make_engine("sqlite://")
    create_tables(engine)
    with Session(engine) as session:
        load_seed_data(session=session, directory=seed_dir)
        snapshot = build_snapshot(session)
    engine.dispose()
    return snapshot


def site_model(snapshot: Snapshot) -> Recommender:
    """The recommender exactly as the site fits it for this snapshot."""
    from kiesmbo.recommendations import build_recommender

    model = build_recommender(snapshot)
    if model is None:
        raise ValueError("the catalogue is empty")
    return model


# --- 1. The counsellor set --------------------------------------------------------------


@dataclass(frozen=True)
class CaseResult:
    case: Case
    suggested: tuple[tuple[str, str], ...]  # (name, judgement)

    @property
    def precision(self) -> float:
        return fmean(j == "acceptable" for _, j in self.suggested) if self.suggested else 0.0

    @property
    def nonsense(self) -> int:
        return sum(j == "nonsense" for _, j in self.suggested)


@dataclass(frozen=True)
class CounsellorScore:
    precision: float  # mean over cases
    nonsense: float  # share of all suggestions
    results: tuple[CaseResult, ...]


def judge_cases(model: Recommender, weight: OpportunityWeight,
                cases: Sequence[Case] = CASES, k: int = SHOWN) -> CounsellorScore:
    """Every case's suggestions at one weight, judged by the counsellor's lists."""
    by_crebo = {p.crebo: p for p in model.programmes_}
    results = []
    for case in cases:
        suggestions = model.similar_to(case.crebo, weight=weight, k=k)
        results.append(CaseResult(case, tuple(
            (by_crebo[s.crebo].name, case.judge(by_crebo[s.crebo].name,
                                                 by_crebo[s.crebo].domain))
            for s in suggestions)))
    shown = [j for r in results for _, j in r.suggested]
    return CounsellorScore(
        precision=fmean(r.precision for r in results),
        nonsense=(sum(j == "nonsense" for j in shown) / len(shown)) if shown else 0.0,
        results=tuple(results))


@dataclass(frozen=True)
class PersonaResult:
    persona: Persona
    gated: bool  # the page shows no ranked list
    fields: tuple[str, ...]
    suggested: tuple[tuple[str, int, str], ...]  # (name, level, judgement)

    @property
    def precision(self) -> float:
        if not self.suggested:
            return 0.0
        return fmean(j == "acceptable" for _, _, j in self.suggested)

    @property
    def nonsense(self) -> int:
        return sum(j == "nonsense" for _, _, j in self.suggested)

    @property
    def meets_expectation(self) -> bool:
        p = self.persona
        if p.expect_gate:
            return self.gated
        levels = {level for _, level, _ in self.suggested}
        return (not self.gated and bool(set(p.fields) & set(self.fields))
                and self.nonsense == 0 and self.precision >= 0.8
                and set(p.expect_levels) <= levels)


def persona_answers(persona: Persona) -> dict[str, int]:
    """The persona's answers keyed by item id, as the questionnaire form would send them."""
    from kiesmbo.questionnaire import ITEMS

    seen: dict[str, int] = {}
    answers = {}
    for item in ITEMS:
        position = seen.get(item.interest, 0)
        seen[item.interest] = position + 1
        answers[item.id] = persona.answers[item.interest][position]
    return answers


def judge_personas(snapshot: Snapshot, model: Recommender, weight: OpportunityWeight,
                   personas: Sequence[Persona] = PERSONAS) -> list[PersonaResult]:
    """Each persona's result page content (as kiesmbo.orientation builds it), judged."""
    from kiesmbo.orientation import Preferences, build_result
    from kiesmbo.questionnaire import LearningPreference, School, score_answers

    results = []
    for persona in personas:
        scored = score_answers(persona_answers(persona))
        result = build_result(snapshot, scored, Preferences(
            school=School(persona.school), learning=LearningPreference(persona.learning)),
            model, weight)
        results.append(PersonaResult(
            persona, gated=not result.shows_ranking,
            fields=tuple(d.name for d in result.domains),
            suggested=tuple((s.programme.name, s.programme.level,
                             persona.judge(s.programme.name, s.programme.domain.code))
                            for s in result.suggestions)))
    return results


# --- 2. Built-in metrics (secondary) ------------------------------------------------------


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def builtin_truth(seed_dir: Path = DEFAULT_SEED_DIR) -> Callable[[ProgrammeFeatures,
                                                                   ProgrammeFeatures], bool]:
    """The built-in relevance rule: same dossier, a documented progression, or the same
    domain at most one level away. Read from the seed files: it is truth, not a feature."""
    dossier = {row["crebo"]: row["dossier_code"] for row in _read(seed_dir / "programmes.csv")}
    pairs = {(row["from_crebo"], row["to_crebo"])
             for row in _read(seed_dir / "progressions.csv") if row["to_crebo"]}
    pairs |= {(b, a) for a, b in pairs}

    def relevant(a: ProgrammeFeatures, b: ProgrammeFeatures) -> bool:
        same_dossier = bool(dossier.get(a.crebo)) and dossier.get(a.crebo) == dossier.get(b.crebo)
        return (same_dossier or (a.crebo, b.crebo) in pairs
                or (a.domain == b.domain and abs(a.level - b.level) <= 1))

    return relevant


@dataclass(frozen=True)
class Metrics:
    precision_at_k: float
    job_chance_uplift: float  # steps
    salary_uplift: float  # euros a month
    shortage_share: float
    coverage: float
    diversity: float
    lists: int  # programmes that got at least one suggestion


def evaluate(model: Recommender, relevant: Callable[[ProgrammeFeatures, ProgrammeFeatures],
                                                    bool],
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
        precisions.append(fmean(relevant(source, t) for t in targets))
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
    parser = argparse.ArgumentParser(description="Evaluate the served recommender.")
    parser.add_argument("--seed-dir", type=Path, default=DEFAULT_SEED_DIR)
    parser.add_argument("--cases", action="store_true", help="print every case's list")
    args = parser.parse_args()
    snapshot = site_snapshot(args.seed_dir)
    model = site_model(snapshot)
    print(f"catalogue: {len(model.programmes_)} programmes; counsellor set: {len(CASES)} "
          f"cases, {len(PERSONAS)} personas\n")
    print(f"{'weight':8} {'precision':>9} {'nonsense':>9} {'personas ok':>12}")
    for weight in OpportunityWeight:
        score = judge_cases(model, weight)
        personas = judge_personas(snapshot, model, weight)
        ok = sum(p.meets_expectation for p in personas)
        print(f"{weight.value:8} {score.precision:9.3f} {score.nonsense:9.1%} "
              f"{ok:>7d} / {len(personas)}")
        if args.cases:
            for r in score.results:
                if r.precision < 1:
                    print(f"   {r.case.name}: " + "; ".join(f"{n} [{j}]" for n, j in r.suggested))
            for p in personas:
                print(f"   {'ok ' if p.meets_expectation else 'NO '}{p.persona.name}: "
                      f"gate={p.gated} fields={list(p.fields)} "
                      + "; ".join(f"{n} ({lv}) [{j}]" for n, lv, j in p.suggested))
    relevant = builtin_truth(args.seed_dir)
    print(f"\nbuilt-in (secondary)\n{'weight':8} {'prec@k':>7} {'job +':>7} {'salary +':>9} "
          f"{'shortage':>9} {'coverage':>9} {'diversity':>10} {'lists':>6}")
    for weight in OpportunityWeight:
        m = evaluate(model, relevant, weight)
        print(f"{weight.value:8} {m.precision_at_k:7.3f} {m.job_chance_uplift:+7.2f} "
              f"{m.salary_uplift:+9.0f} {m.shortage_share:9.1%} {m.coverage:9.1%} "
              f"{m.diversity:10.3f} {m.lists:6d}")


if __name__ == "__main__":
    main()
