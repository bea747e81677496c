"""The key Dutch words of mbo that parents meet, with a translatable name and explanation;
the Dutch term itself is shown next to the translation (it is what schools will say)."""

from __future__ import annotations

from dataclasses import dataclass

from kiesmbo.questionnaire import N_


@dataclass(frozen=True)
class Term:
    dutch: str  # shown as is, in every language
    name: str  # msgid
    explanation: str  # msgid


PARENT_TERMS = (
    Term("bol", N_("school-based route"),
         N_("Mostly at school, with internships at companies.")),
    Term("bbl", N_("work-based route"),
         N_("Your child works at a company with a contract and earns a wage, and goes to "
            "school about one day a week.")),
    Term("niveau", N_("level"),
         N_("Mbo has four levels: Entree (1), 2, 3 and 4. A higher level takes longer and "
            "leads to more complex work. Level 4 gives access to hbo.")),
    Term("kans op werk", N_("job chance"),
         N_("How easily people with this diploma find work, from national figures.")),
    Term("lesgeld", N_("tuition fee"),
         N_("From 18, a bol student pays lesgeld each school year; bbl students pay a lower "
            "cursusgeld. Under 18 there is no fee.")),
)
