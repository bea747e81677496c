"""Who can start a programme: the vooropleiding rules per level and each programme's extra
and legal requirements, as plain answers (pure; the rules are in seed_data/guide/)."""

from __future__ import annotations

from dataclasses import dataclass

from kiesmbo.guide_data import VOOROPLEIDINGEN, AdmissionRule, Guide
from kiesmbo.questionnaire import N_, School

VOOROPLEIDING_LABELS = {
    "vmbo_basis": N_("vmbo basis"),
    "vmbo_kader": N_("vmbo kader"),
    "vmbo_gl": N_("vmbo gemengd (gl)"),
    "vmbo_tl": N_("vmbo theoretisch (tl, mavo)"),
    "havo": N_("havo (diploma, or moving up from havo 3 to 4)"),
    "mbo2": N_("an mbo diploma at level 2 or higher"),
    "none": N_("no diploma (16 or older)"),
}
REQUIREMENT_LABELS = {
    "audition": N_("An audition: you show what you can do before you are admitted."),
    "vog": N_("A VOG (certificate of good conduct) for your internship."),
    "medical": N_("A medical check (health declaration) for the driving licence."),
    "physical": N_("A sport or fitness test."),
}
# The questionnaire's school, as a vooropleiding: gemengd and theoretisch share one choice
# there (their rules are the same), adults with a diploma count as mbo level 2 or higher.
FROM_QUESTIONNAIRE = {
    School.VMBO_BASIS: "vmbo_basis", School.VMBO_KADER: "vmbo_kader",
    School.VMBO_GT: "vmbo_tl", School.HAVO: "havo", School.NONE: "none",
    School.ADULT_WITH_DIPLOMA: "mbo2", School.ADULT_WITHOUT_DIPLOMA: "none",
}


@dataclass(frozen=True)
class Answer:
    """Can a pupil with this vooropleiding start at this level, and if not, what first."""

    rule: AdmissionRule

    @property
    def vooropleiding(self) -> str:
        return self.rule.vooropleiding

    @property
    def allowed(self) -> bool:
        return self.rule.allowed

    @property
    def first_levels(self) -> tuple[int, ...]:
        return self.rule.first_levels

    @property
    def already_beyond(self) -> bool:
        """Not allowed because the pupil may start higher (Entree is only for those who do
        not meet the level-2 requirements)."""
        return not self.allowed and not self.first_levels


@dataclass(frozen=True)
class LegalNote:
    ministry: str
    regulation_names: tuple[str, ...]
    source: str
    year: int


def answer(guide: Guide, level: int, vooropleiding: str) -> Answer:
    """The answer for one vooropleiding (KeyError for an unknown one)."""
    return Answer(guide.admission[level, vooropleiding])


def answers_for_level(guide: Guide, level: int) -> tuple[Answer, ...]:
    """One answer for every vooropleiding, in the order pupils know them (worked out once
    per guide and level: every programme page asks)."""
    key = (id(guide), level)
    found = _ANSWERS.get(key)
    if found is None or found[0] is not guide:
        found = _ANSWERS[key] = (guide, tuple(answer(guide, level, v) for v in VOOROPLEIDINGEN))
    return found[1]


# (id(guide), level) -> (guide, answers); the guide is kept so that its id stays its own.
_ANSWERS: dict[tuple[int, int], tuple[Guide, tuple[Answer, ...]]] = {}


def legal_notes(guide: Guide, crebo: str) -> list[LegalNote]:
    """The legal job requirements for this programme, one note per ministry."""
    by_ministry: dict[str, list] = {}
    for row in guide.legal.get(crebo, ()):
        by_ministry.setdefault(row.ministry, []).append(row)
    return [LegalNote(ministry, tuple(sorted({r.regulation_name for r in rows})),
                      rows[0].source, rows[0].year) for ministry, rows in by_ministry.items()]


def vooropleiding_from_school(value: str | None) -> str | None:
    """A questionnaire school value (or a vooropleiding code) as a vooropleiding."""
    if value in VOOROPLEIDINGEN:
        return value
    try:
        return FROM_QUESTIONNAIRE[School(value)]
    except ValueError:
        return None
