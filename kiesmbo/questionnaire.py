"""The orientation questionnaire: its questions, and scoring answers into a profile.

Pure Python (no Flask). Question texts are English msgids marked with `N_` for Babel
extraction; templates translate them with `_()` when they render.

Scoring, documented:
- Each interest item is answered 1 (really not for me) to 5 (really for me).
- A type's score is the mean of its items mapped to 0-100: (answer - 1) / 4 * 100.
- Types with the same score are a tie and are shown as one group ("S, R = I"), never in
  an arbitrary letter order; the code holds up to three types and never splits a tie.
- Differentiation is the highest score minus the lowest; the *lead* is the highest score
  minus the mean of all six: how far the strongest interest stands out.
- One answer step (say "Quite nice" instead of "In between") on one item moves that type's
  score by ANSWER_STEP_POINTS, and the lead by at most that much.
- A profile *points one way* when its lead is at least FLAT_BELOW plus one answer step.
  Otherwise it is *flat*: a profile one answer away from having no lead at all gets no
  ranked list and no "you like ..." reasons, so a single click cannot switch on confident
  advice. The fit figures of a profile that does point one way are tempered by
  `confidence` (the lead relative to FULL_CONFIDENCE_LEAD).
- The types a student *likes* are those among the three highest (ties included) that
  stand out from the student's own mean by at least FLAT_BELOW points.
- A profile is *contradictory* when, in at least CONTRADICTORY_TYPES types, the same person
  answered one item of that type 4-5 and another 1-2: the answers do not agree with each other.
- Fit with a programme is computed in one place, the recommender
  (`Recommender.profile_relevance`): the correlation of the student's six scores with the
  programme's O*NET interest scores, mapped to 0-100 and tempered by `confidence`.
"""

from __future__ import annotations

import hashlib
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
ITEMS_PER_TYPE = 6
# One answer step on one item, in points of that type's 0-100 score.
ANSWER_STEP_POINTS = 100 / (ANSWER_MAX - ANSWER_MIN) / ITEMS_PER_TYPE
FLAT_BELOW = 12.5  # points of lead (three answer steps): below this nothing stands out
GATE_BELOW = FLAT_BELOW + ANSWER_STEP_POINTS  # with a margin of one answer step
FULL_CONFIDENCE_LEAD = 30.0  # points of lead from which fit figures are not tempered
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


def _tied(a: float, b: float) -> bool:
    # Two scores of complete answer sets differ by a whole answer step or not at all.
    return abs(a - b) < ANSWER_STEP_POINTS / 3


@dataclass(frozen=True)
class InterestProfile:
    """Scores 0-100 per type, with what they say and how sure we can be."""

    scores: Mapping[Interest, float]

    @property
    def ordered(self) -> list[Interest]:
        """Types from highest to lowest score (within a tie, in RIASEC order: see `groups`)."""
        return sorted(INTERESTS, key=lambda t: (-self.scores[t], INTERESTS.index(t)))

    @property
    def groups(self) -> list[tuple[Interest, ...]]:
        """Types from highest to lowest score, tied types together in one group."""
        groups: list[tuple[Interest, ...]] = []
        for interest in self.ordered:
            if groups and _tied(self.scores[groups[-1][0]], self.scores[interest]):
                groups[-1] = (*groups[-1], interest)
            else:
                groups.append((interest,))
        return groups

    @property
    def top_groups(self) -> list[tuple[Interest, ...]]:
        """The groups of the (up to) three highest types. A tie is never split: a tied
        group that would go past third place is left out (unless it is the first)."""
        result: list[tuple[Interest, ...]] = []
        count = 0
        for group in self.groups:
            if count and count + len(group) > 3:
                break
            result.append(group)
            count += len(group)
            if count >= 3:
                break
        return result

    @property
    def code(self) -> str:
        """The highest types as letters; ties shown as ties: 'S, R = I'."""
        return ", ".join(" = ".join(INTEREST_LETTERS[t] for t in group)
                         for group in self.top_groups)

    @property
    def top(self) -> list[Interest]:
        return [t for group in self.top_groups for t in group]

    @property
    def differentiation(self) -> float:
        return max(self.scores.values()) - min(self.scores.values())

    @property
    def lead(self) -> float:
        """How far the strongest interest stands out: highest score minus the mean."""
        values = list(self.scores.values())
        return max(values) - sum(values) / len(values)

    @property
    def is_flat(self) -> bool:
        """No type stands out, or one answer step would make it so (see GATE_BELOW)."""
        return self.lead < GATE_BELOW

    @property
    def points_one_way(self) -> bool:
        return not self.is_flat

    @property
    def confidence(self) -> float:
        """0-1: how much the fit figures can say; 0 for a flat profile."""
        if self.is_flat:
            return 0.0
        return min(1.0, self.lead / FULL_CONFIDENCE_LEAD)

    @property
    def liked(self) -> tuple[Interest, ...]:
        """The types the answers say the student likes (see the module docstring)."""
        if self.is_flat:
            return ()
        mean = sum(self.scores.values()) / len(self.scores)
        return tuple(t for t in self.top if self.scores[t] - mean >= FLAT_BELOW)

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
