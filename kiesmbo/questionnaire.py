"""The orientation questionnaire: its questions, and scoring answers into a profile.

Pure Python (no Flask). Question texts are English msgids marked with `N_` for Babel
extraction; templates translate them with `_()` when they render.

Scoring, documented:
- Each interest item is answered 1 (really not for me) to 5 (really for me).
- A type's score is the mean of its items mapped to 0-100: (answer - 1) / 4 * 100.
- The three-letter code is the three highest types; ties keep the RIASEC order.
- Differentiation is the highest score minus the lowest.
- A profile is *flat* when differentiation is below FLAT_BELOW points: no type stands out.
- A profile is *contradictory* when, in at least CONTRADICTORY_TYPES types, the same person
  answered one item of that type 4-5 and another 1-2: the answers do not agree with each other.
- Congruence with a programme is the correlation between the student's six scores and the
  programme's six O*NET interest scores, mapped to 0-100 ((r + 1) / 2 * 100): it compares
  the shape of the two profiles, as interest inventories usually do.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum


def N_(text: str) -> str:
    """Mark a string for translation without translating it here."""
    return text


class Interest(StrEnum):
    """The six RIASEC types, named as we explain them to students."""

    REALISTIC = "realistic"  # doen
    INVESTIGATIVE = "investigative"  # onderzoeken
    ARTISTIC = "artistic"  # creatief
    SOCIAL = "social"  # helpen/sociaal
    ENTERPRISING = "enterprising"  # ondernemen
    CONVENTIONAL = "conventional"  # organiseren


INTERESTS: tuple[Interest, ...] = tuple(Interest)
INTEREST_LETTERS = {
    Interest.REALISTIC: "R", Interest.INVESTIGATIVE: "I", Interest.ARTISTIC: "A",
    Interest.SOCIAL: "S", Interest.ENTERPRISING: "E", Interest.CONVENTIONAL: "C",
}
INTEREST_NAMES = {
    Interest.REALISTIC: N_("Doing"),
    Interest.INVESTIGATIVE: N_("Investigating"),
    Interest.ARTISTIC: N_("Creating"),
    Interest.SOCIAL: N_("Helping"),
    Interest.ENTERPRISING: N_("Enterprising"),
    Interest.CONVENTIONAL: N_("Organising"),
}
INTEREST_DESCRIPTIONS = {
    Interest.REALISTIC: N_("working with your hands, tools, machines or nature"),
    Interest.INVESTIGATIVE: N_("finding out how things work and solving puzzles"),
    Interest.ARTISTIC: N_("designing, making and coming up with new things"),
    Interest.SOCIAL: N_("helping, caring for and teaching people"),
    Interest.ENTERPRISING: N_("persuading, selling and taking the lead"),
    Interest.CONVENTIONAL: N_("planning, arranging and working precisely"),
}

ANSWER_MIN, ANSWER_MAX = 1, 5
ANSWER_LABELS = {
    1: N_("Really not for me"),
    2: N_("Not really"),
    3: N_("In between"),
    4: N_("Quite nice"),
    5: N_("Really for me"),
}
FLAT_BELOW = 15.0  # points of differentiation
CONTRADICTORY_TYPES = 3


@dataclass(frozen=True)
class Item:
    """One activity statement: 'How much would you like to ...'."""

    id: str
    interest: Interest
    text: str


def _items(interest: Interest, prefix: str, texts: Sequence[str]) -> list[Item]:
    return [Item(f"{prefix}{n}", interest, text) for n, text in enumerate(texts, start=1)]


ITEMS: tuple[Item, ...] = tuple(
    _items(Interest.REALISTIC, "r", [
        N_("Repair a bicycle or a moped"),
        N_("Build a shed or a wall"),
        N_("Work outside in all weathers"),
        N_("Lay electric cables in a house"),
        N_("Operate a big machine or a truck"),
        N_("Take care of plants or animals"),
    ])
    + _items(Interest.INVESTIGATIVE, "i", [
        N_("Find out why a machine is not working"),
        N_("Do tests in a laboratory"),
        N_("Measure things and compare the results"),
        N_("Learn how the human body works"),
        N_("Solve a difficult puzzle or a computer problem"),
        N_("Read about new technology and try it out"),
    ])
    + _items(Interest.ARTISTIC, "a", [
        N_("Design a poster, a logo or a website"),
        N_("Make a video or take photos"),
        N_("Decorate a room or a shop window"),
        N_("Come up with a new recipe"),
        N_("Make music, dance or act"),
        N_("Style someone's hair or make-up"),
    ])
    + _items(Interest.SOCIAL, "s", [
        N_("Care for someone who is ill or old"),
        N_("Help children with their homework"),
        N_("Listen to someone who has a problem"),
        N_("Explain something to a group"),
        N_("Coach a sports team"),
        N_("Support people with a disability in daily life"),
    ])
    + _items(Interest.ENTERPRISING, "e", [
        N_("Sell something to a customer"),
        N_("Start your own small business"),
        N_("Lead a team and divide the work"),
        N_("Organise an event or a party"),
        N_("Convince others of your idea"),
        N_("Negotiate a good price"),
    ])
    + _items(Interest.CONVENTIONAL, "c", [
        N_("Plan a work schedule"),
        N_("Keep the accounts of a club"),
        N_("Sort and file documents"),
        N_("Check whether an order is complete"),
        N_("Enter data in a computer system"),
        N_("Keep a stock list up to date"),
    ])
)
ITEMS_BY_ID = {item.id: item for item in ITEMS}


def interest_pages(per_page: int = 6) -> list[list[Item]]:
    """Split the items into screens with one item of each type per screen."""
    by_type = [[i for i in ITEMS if i.interest == t] for t in INTERESTS]
    rounds = [list(items) for items in zip(*by_type, strict=True)]
    flat = [item for round_ in rounds for item in round_]
    return [flat[i:i + per_page] for i in range(0, len(flat), per_page)]


def question_set_version() -> str:
    """A fingerprint of the items, so answers to an older question set are not mixed in."""
    text = "|".join(f"{item.id}:{item.interest}" for item in ITEMS)
    return hashlib.sha256(text.encode()).hexdigest()[:12]


# --- Where the student stands, and how they like to learn ---------------------------------


class School(StrEnum):
    """The student's current or last school."""

    VMBO_BASIS = "vmbo_basis"
    VMBO_KADER = "vmbo_kader"
    VMBO_GT = "vmbo_gt"
    HAVO = "havo"
    NONE = "none"
    ADULT_WITH_DIPLOMA = "adult_diploma"
    ADULT_WITHOUT_DIPLOMA = "adult_no_diploma"


SCHOOL_LABELS = {
    School.VMBO_BASIS: N_("vmbo basis"),
    School.VMBO_KADER: N_("vmbo kader"),
    School.VMBO_GT: N_("vmbo gemengd or theoretisch (mavo)"),
    School.HAVO: N_("havo"),
    School.NONE: N_("No diploma yet, and not at school now"),
    School.ADULT_WITH_DIPLOMA: N_("Working adult with a diploma (mbo 2 or higher, or havo)"),
    School.ADULT_WITHOUT_DIPLOMA: N_("Working adult without a diploma"),
}

# The documented rule: the mbo levels a student usually starts at from this school. A vmbo
# basis diploma admits to level 2; kader, gemengd and theoretisch to levels 2-4, and most
# start at 3 or 4; havo students go to level 4; without a diploma Entree (1) or level 2 (for
# adults, via bbl). Students can always choose to see the other levels too.
REALISTIC_LEVELS: dict[School, tuple[int, ...]] = {
    School.VMBO_BASIS: (2,),
    School.VMBO_KADER: (3, 4),
    School.VMBO_GT: (3, 4),
    School.HAVO: (4,),
    School.NONE: (1, 2),
    School.ADULT_WITH_DIPLOMA: (2, 3, 4),
    School.ADULT_WITHOUT_DIPLOMA: (1, 2),
}


class LearningPreference(StrEnum):
    BOL = "bol"
    BBL = "bbl"
    EITHER = "either"


LEARNING_LABELS = {
    LearningPreference.BOL: N_("Mostly at school, with internships (bol)"),
    LearningPreference.BBL: N_("Working with a contract and about one day of school (bbl)"),
    LearningPreference.EITHER: N_("No preference yet"),
}


# --- Scoring ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class InterestProfile:
    """Scores 0-100 per type, with what they say and how sure we can be."""

    scores: Mapping[Interest, float]

    @property
    def ordered(self) -> list[Interest]:
        """Types from highest to lowest score; ties keep the RIASEC order."""
        return sorted(INTERESTS, key=lambda t: (-self.scores[t], INTERESTS.index(t)))

    @property
    def code(self) -> str:
        return "".join(INTEREST_LETTERS[t] for t in self.ordered[:3])

    @property
    def top(self) -> list[Interest]:
        return self.ordered[:3]

    @property
    def differentiation(self) -> float:
        return max(self.scores.values()) - min(self.scores.values())

    @property
    def is_flat(self) -> bool:
        return self.differentiation < FLAT_BELOW

    def vector(self) -> tuple[float, ...]:
        return tuple(self.scores[t] for t in INTERESTS)


@dataclass(frozen=True)
class ScoredAnswers:
    profile: InterestProfile
    is_contradictory: bool


class AnswerError(ValueError):
    """Answers that cannot be scored; `problems` maps item id to what is wrong."""

    def __init__(self, problems: Mapping[str, str]) -> None:
        super().__init__(", ".join(f"{k}: {v}" for k, v in problems.items()))
        self.problems = dict(problems)


def check_answers(answers: Mapping[str, int], item_ids: Sequence[str]) -> dict[str, str]:
    """Return item id -> problem ('missing', 'out_of_range') for these items."""
    problems = {}
    for item_id in item_ids:
        value = answers.get(item_id)
        if value is None:
            problems[item_id] = "missing"
        elif not isinstance(value, int) or not ANSWER_MIN <= value <= ANSWER_MAX:
            problems[item_id] = "out_of_range"
    return problems


def score_answers(answers: Mapping[str, int]) -> ScoredAnswers:
    """Score a complete set of interest answers.

    Raises:
        AnswerError: an item is missing, unknown or out of range.
    """
    problems = check_answers(answers, [item.id for item in ITEMS])
    problems.update({key: "unknown" for key in answers if key not in ITEMS_BY_ID})
    if problems:
        raise AnswerError(problems)
    scores: dict[Interest, float] = {}
    torn = 0
    for interest in INTERESTS:
        values = [answers[item.id] for item in ITEMS if item.interest == interest]
        scores[interest] = sum((v - ANSWER_MIN) / (ANSWER_MAX - ANSWER_MIN) * 100
                               for v in values) / len(values)
        if max(values) >= 4 and min(values) <= 2:
            torn += 1
    return ScoredAnswers(InterestProfile(scores), is_contradictory=torn >= CONTRADICTORY_TYPES)


def onet_to_percent(score: float) -> float:
    """Map an O*NET interest score (1-7) to 0-100."""
    return (score - 1) / 6 * 100


def congruence(student: Sequence[float], programme: Sequence[float]) -> float:
    """Shape similarity of two six-number profiles on 0-100 (50 = unrelated).

    Returns 50 when either profile is flat (no shape to compare).
    """
    n = len(student)
    mean_s, mean_p = sum(student) / n, sum(programme) / n
    ds = [s - mean_s for s in student]
    dp = [p - mean_p for p in programme]
    norm = math.sqrt(sum(d * d for d in ds) * sum(d * d for d in dp))
    if norm == 0:
        return 50.0
    r = sum(a * b for a, b in zip(ds, dp, strict=True)) / norm
    return (r + 1) / 2 * 100
