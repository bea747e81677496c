"""Similarity: experienced-worker programmes only when asked; leerweg is a mild feature."""

from __future__ import annotations

import random

from kiesmbo.recommend import OpportunityWeight, ProgrammeFeatures, Recommender, StudentProfile


def test_experienced_worker_programmes_only_when_asked(model):
    flagged = {p.crebo for p in model.programmes_ if p.for_experienced}
    assert len(flagged) >= 10
    rnd = random.Random(2)
    asked_and_shown = 0
    for _ in range(150):
        scores = tuple(rnd.uniform(0, 100) for _ in range(6))
        plain = model.for_profile(StudentProfile(scores=scores), k=10)
        assert not {r.crebo for r in plain} & flagged
        asked = model.for_profile(StudentProfile(scores=scores, include_experienced=True), k=10)
        for r in asked:
            assert (r.crebo in flagged) == ("for_experienced_workers" in r.reasons)
        asked_and_shown += any(r.crebo in flagged for r in asked)
    assert asked_and_shown > 0
    for p in model.programmes_:
        if p.crebo not in flagged:
            for weight in OpportunityWeight:
                assert not {r.crebo for r in model.similar_to(p.crebo, weight=weight)} & flagged


def _programme(crebo: str, text: str, bol: bool, bbl: bool) -> ProgrammeFeatures:
    return ProgrammeFeatures(crebo=crebo, name=crebo, text=text, riasec=(6, 2, 2, 3, 2, 3),
                             domain="79070", sector="TGO", level=2, has_bol=bol, has_bbl=bbl)


def test_leerweg_is_a_mild_feature_not_a_wall():
    """Same work, other leerweg beats other work, same leerweg."""
    model = Recommender(similarity_floor=0.0).fit([
        _programme("25001", "bus rijden passagiers dienstregeling chauffeur", True, False),
        _programme("25002", "bus rijden passagiers dienstregeling chauffeur taxi", False, True),
        _programme("25003", "schip varen lading haven matroos", True, False),
        _programme("25004", "vrachtwagen laden lossen magazijn", True, False),
    ])
    assert model.similar_to("25001", k=1)[0].crebo == "25002"
