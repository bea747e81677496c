"""Small text helpers: accent folding and URL slugs."""

from __future__ import annotations

import re
import unicodedata


def fold(text: str) -> str:
    """Lower-case and strip accents, so 'Oriëntatie' and 'orientatie' compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def slugify(text: str) -> str:
    """Return a URL slug: folded, runs of other characters replaced by one hyphen."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
