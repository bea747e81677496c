"""The orientation questionnaire: its questions, and scoring answers into a profile.

Pure Python (no Flask). Question texts are English msgids marked with `N_` for Babel
extraction; templates translate them with `_()` when they render.

Scoring, documented:
- Each interest item is answered 1 (really not for me) to 5 (really for me), or "I don't
  know".
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
- "I don't know" (DONT_KNOW) is not the midpoint: it is left out of the type's mean. A type
  with fewer than MIN_KNOWN real answers makes the whole profile *flat* (too unsure), and
  the one-answer-step margin grows when a type has fewer answers.
- A profile is *contradictory* when, in at least CONTRADICTORY_TYPES types, the same person
  answered one item 1 ("really not for me") and another 5 ("really for me"). Items within
  a type cover different topics on purpose, so 4 against 2 is normal for a coherent pupil
  (likes caring, not coaching sport); both extremes in three types is not.
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
DONT_KNOW = 0  # "weet ik niet": left out of the scores, not a midpoint
LOWEST_CHOICE = DONT_KNOW  # the lowest value a form may send
ANSWER_LABELS = {
    1: N_("Really not for me"),
    2: N_("Not really"),
    3: N_("In between"),
    4: N_("Quite nice"),
    5: N_("Really for me"),
    DONT_KNOW: N_("I don't know"),
}
MIN_KNOWN = 3  # answers (not "don't know") a type needs before its score says anything
ITEMS_PER_TYPE = 6
# One answer step on one item, in points of that type's 0-100 score.
ANSWER_STEP_POINTS = 100 / (ANSWER_MAX - ANSWER_MIN) / ITEMS_PER_TYPE
FLAT_BELOW = 12.5  # points of lead (three answer steps): below this nothing stands out
GATE_BELOW = FLAT_BELOW + ANSWER_STEP_POINTS  # with a margin of one answer step
FULL_CONFIDENCE_LEAD = 30.0  # points of lead from which fit figures are not tempered
CONTRADICTORY_TYPES = 3  # types with both a 1 and a 5


@dataclass(frozen=True)
class Item:
    """One activity statement: 'How much would you like to ...'."""

    id: str
    interest: Interest
    text: str
    topic: str = ""  # what the activity is about, for the balance rules
    why: str = ""  # why it measures this type (documentation, not shown)


# Each item: one activity, on the type it is meant for, with the reason (revised 2026).
# Rules (tested in tests/test_questionnaire.py): six items per type, one activity each
# (no "or", no lists), each with its own topic, no topic shared between two types, and no
# items that lean on gender stereotypes (hair and make-up, dancing).
ITEMS: tuple[Item, ...] = (
    Item("r1", Interest.REALISTIC, N_("Repair a bicycle"), "repair",
         "Hands-on repair of a machine you can see working: the core of R."),
    Item("r2", Interest.REALISTIC, N_("Build a wooden shed"), "building",
         "Building with materials and tools (bouw, hout)."),
    Item("r3", Interest.REALISTIC, N_("Plant trees in a park"), "plants",
         "Physical outdoor work with plants (groen); replaces 'work outside in all "
         "weathers', which was a working condition, not an activity."),
    Item("r4", Interest.REALISTIC, N_("Lay electric cables in a house"), "installation",
         "Installation work (elektrotechniek, installatie)."),
    Item("r5", Interest.REALISTIC, N_("Drive a digger"), "machines",
         "Operating heavy machinery (grondverzet, transport); one machine, not 'or a "
         "truck'."),
    Item("r6", Interest.REALISTIC, N_("Look after animals on a farm"), "animals",
         "Physical care of animals; split from 'plants or animals', which also read as care."),
    Item("i1", Interest.INVESTIGATIVE, N_("Find out why a plant is getting sick"), "biology",
         "Finding causes by investigation; about nature, so I is not only about machines "
         "(the old 'why a machine is not working' leaned R)."),
    Item("i2", Interest.INVESTIGATIVE, N_("Do tests in a laboratory"), "laboratory",
         "Laboratory work (laborant, analist)."),
    Item("i3", Interest.INVESTIGATIVE, N_("Do an experiment to test an idea"), "experiment",
         "The scientific method; replaces 'measure and compare results', which leaned C."),
    Item("i4", Interest.INVESTIGATIVE, N_("Learn how the human body works"), "body",
         "Understanding the body (gezondheidstechniek, analist, care sciences)."),
    Item("i5", Interest.INVESTIGATIVE, N_("Solve a difficult puzzle"), "logic",
         "Reasoning for its own sake; the 'or a computer problem' part is gone."),
    Item("i6", Interest.INVESTIGATIVE, N_("Look up facts to answer a difficult question"),
         "research", "Research and reading; replaces 'read about new technology and try "
         "it out', which was two activities and leaned R."),
    Item("a1", Interest.ARTISTIC, N_("Design a logo"), "graphic design",
         "Graphic design (mediavormgeving, sign)."),
    Item("a2", Interest.ARTISTIC, N_("Make a short film"), "film",
         "Making audiovisual media (AV, mediamaker)."),
    Item("a3", Interest.ARTISTIC, N_("Decorate a shop window"), "spatial design",
         "Spatial design (productpresentatie, ruimtelijk vormgever)."),
    Item("a4", Interest.ARTISTIC, N_("Come up with a new recipe"), "food",
         "Creating with food (kok, bakker, patissier)."),
    Item("a5", Interest.ARTISTIC, N_("Play music in a band"), "music",
         "Performing music; 'dance or act' split off."),
    Item("a6", Interest.ARTISTIC, N_("Act in a play"), "theatre",
         "Performing on stage; replaces 'style someone's hair or make-up', a gendered item "
         "and two activities."),
    Item("s1", Interest.SOCIAL, N_("Care for someone who is ill"), "care",
         "Personal care (verzorgende, verpleegkundige)."),
    Item("s2", Interest.SOCIAL, N_("Help a child with homework"), "teaching",
         "Helping someone learn (onderwijsassistent, kinderopvang)."),
    Item("s3", Interest.SOCIAL, N_("Listen to someone who has a problem"), "support",
         "Emotional support (sociaal werk)."),
    Item("s4", Interest.SOCIAL, N_("Welcome a new classmate"),
         "welcome", "Making others feel at home; replaces 'explain something to a group', "
         "which overlapped with leading (E)."),
    Item("s5", Interest.SOCIAL, N_("Teach children to swim"), "sport",
         "Helping through sport and movement; replaces 'coach a sports team', which "
         "overlapped with leading (E)."),
    Item("s6", Interest.SOCIAL, N_("Support people with a disability in daily life"),
         "disability", "Support in daily life (begeleider, maatschappelijke zorg)."),
    Item("e1", Interest.ENTERPRISING, N_("Sell something to a customer"), "sales",
         "Selling (retail, commercieel)."),
    Item("e2", Interest.ENTERPRISING, N_("Start your own small business"), "business",
         "Entrepreneurship (ondernemer)."),
    Item("e3", Interest.ENTERPRISING, N_("Lead a team"), "leading",
         "Leading others; 'and divide the work' (planning, C) is gone."),
    Item("e4", Interest.ENTERPRISING, N_("Organise a festival"), "events",
         "Taking the initiative for an event (evenementen, leisure); one event, not 'an "
         "event or a party'."),
    Item("e5", Interest.ENTERPRISING, N_("Convince others of your idea"), "persuading",
         "Persuading (marketing, accountmanager)."),
    Item("e6", Interest.ENTERPRISING, N_("Negotiate a good price"), "negotiating",
         "Negotiating (inkoop, handel)."),
    Item("c1", Interest.CONVENTIONAL, N_("Make a work schedule"), "planning",
         "Planning to rules (planner, office support)."),
    Item("c2", Interest.CONVENTIONAL, N_("Keep the accounts of a club"), "finance",
         "Bookkeeping (administratie)."),
    Item("c3", Interest.CONVENTIONAL, N_("File documents in the right order"), "filing",
         "Ordering information; 'sort and file' was two activities."),
    Item("c4", Interest.CONVENTIONAL, N_("Check whether an order is complete"), "checking",
         "Precise checking (logistiek, kwaliteit)."),
    Item("c5", Interest.CONVENTIONAL, N_("Enter data in a computer system"), "data",
         "Data entry (administratie, business services)."),
    Item("c6", Interest.CONVENTIONAL, N_("Keep a stock list up to date"), "stock",
         "Keeping records of goods (magazijn, retail)."),
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
    text = "|".join(f"{item.id}:{item.interest}:{item.text}" for item in ITEMS)
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
    # Scores of complete answer sets differ by a whole answer step or not at all; with
    # "don't know" answers they can differ by less, but not by under a tenth of a point.
    return abs(a - b) < 0.1


@dataclass(frozen=True)
class InterestProfile:
    """Scores 0-100 per type, with what they say and how sure we can be."""

    scores: Mapping[Interest, float]
    # Answers per type that were not "don't know"; None: every item answered.
    known: Mapping[Interest, int] | None = None

    @property
    def answer_step(self) -> float:
        """The most one answer step on one item can move a type's score (fewer known
        answers per type: a bigger step)."""
        fewest = min(self.known.values()) if self.known else ITEMS_PER_TYPE
        return 100 / (ANSWER_MAX - ANSWER_MIN) / max(1, fewest)

    @property
    def too_unsure(self) -> bool:
        """A type has too few answers (too many "don't know") to say anything."""
        return bool(self.known) and min(self.known.values()) < MIN_KNOWN

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
        """No type stands out, or one answer step would make it so (see GATE_BELOW), or
        too many answers were "don't know"."""
        return self.too_unsure or self.lead < FLAT_BELOW + self.answer_step

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
        elif not isinstance(value, int) or not (
                ANSWER_MIN <= value <= ANSWER_MAX or value == DONT_KNOW):
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
    known: dict[Interest, int] = {}
    torn = 0
    for interest in INTERESTS:
        values = [answers[item.id] for item in ITEMS
                  if item.interest == interest and answers[item.id] != DONT_KNOW]
        known[interest] = len(values)
        # A type with no answers at all sits at the middle: it neither leads nor trails.
        scores[interest] = (sum((v - ANSWER_MIN) / (ANSWER_MAX - ANSWER_MIN) * 100
                                for v in values) / len(values)) if values else 50.0
        if ANSWER_MIN in values and ANSWER_MAX in values:
            torn += 1
    return ScoredAnswers(InterestProfile(scores, known),
                         is_contradictory=torn >= CONTRADICTORY_TYPES)
