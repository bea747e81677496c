"""Our own stop words: words in programme texts that say nothing about the work.

The `stop-words` package covers Dutch function words ("de", "het", "en"). Programme texts
add their own filler: the way they address the student ("jou", "wilt", "kunt"), generic
verbs ("geeft", "stelt", "zet", "controleert"), words every role has ("medewerker",
"collega", "team") and the words of level and role titles that do not say what the work
is ("allround", "eerste", "vakbekwaam", "gezel", "specialist", "assistent"). Left in, they
make programmes look alike and give empty "same words" reasons. Curated by reading the
words the recommender shared most often across the whole catalogue (2026).
"""

from __future__ import annotations

from collections.abc import Iterable

# One block of words reads and reviews better than a list of 80 literals.
_WORDS = """
    allround assistent eerste entree entreeopleiding gezel junior medewerker medewerkers
    specialist vakbekwaam zelfstandig opleiding domein
    jou jouw je jij wilt kunt hebt weet vindt kiest help geef maak leer let
    geeft helpt stelt zet zorgt voert brengt stuurt regelt verdeelt zoekt lost overlegt
    controleert verbetert verbeteringen vervangt
    zoals volgens samen vaak heel weer net klaar nieuwe oude eigen grote eenvoudige
    lastige mooi vlak delen maken doen doet werkt werken werk kun kleine leert leren
    mensen collega collega's collegas team bedrijf bedrijven problemen vragen contact
"""
OWN_STOP_WORDS = frozenset(_WORDS.split())


def stop_words(package_words: Iterable[str]) -> list[str]:
    """The package's Dutch stop words and ours, sorted, for the TF-IDF vectoriser."""
    return sorted(set(package_words) | OWN_STOP_WORDS)
