"""Small text helpers: accent folding, normalising for search, and URL slugs."""

from __future__ import annotations

import re
import unicodedata


def fold(text: str) -> str:
    """Lower-case and strip accents, so 'Oriëntatie' and 'orientatie' compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalise(text: str) -> str:
    """Fold, and turn every run of other characters into one space: 'Verzorgende-IG' ->
    'verzorgende ig'."""
    return " ".join(re.findall(r"[a-z0-9]+", fold(text)))


def compact(text: str) -> str:
    """Fold and drop everything but letters and digits: 'Software developer' ->
    'softwaredeveloper'."""
    return "".join(re.findall(r"[a-z0-9]+", fold(text)))


def slugify(text: str) -> str:
    """Return a URL slug: folded, runs of other characters replaced by one hyphen."""
    return "-".join(re.findall(r"[a-z0-9]+", fold(text)))
