"""Translated names for the catalogue's Dutch labels (the 17 domains), keyed by code.

The seed keeps the official Dutch names (seed_data/domains.csv); these English msgids are
translated in every catalogue, Dutch included, so a page in Arabic does not show a Dutch
field name. A code missing here falls back to the seed's name.
"""

from __future__ import annotations

from typing import Any

from kiesmbo.formatting import translate


def N_(text: str) -> str:
    """Mark a string for translation without translating it here."""
    return text


DOMAIN_NAMES = {
    "79010": N_("Finishing, wood and maintenance"),
    "79030": N_("Crafts, laboratory and health technology"),
    "79000": N_("Construction and infrastructure"),
    "79090": N_("Business and administration"),
    "79999": N_("Entree (entry level)"),
    "79080": N_("Trade and entrepreneurship"),
    "79120": N_("Hospitality and bakery"),
    "79050": N_("Information and communication technology"),
    "79040": N_("Media and design"),
    "79060": N_("Mobility and vehicles"),
    "79020": N_("Engineering and process industry"),
    "79130": N_("Tourism and recreation"),
    "79070": N_("Transport, shipping and logistics"),
    "79110": N_("Personal care and beauty"),
    "79100": N_("Safety and sport"),
    "79160": N_("Food, nature and living environment"),
    "79140": N_("Care and welfare"),
}


def domain_name(domain: Any) -> str:
    """The domain's name in the page's language (a Domain, or anything with code and name)."""
    code = getattr(domain, "code", None)
    if code in DOMAIN_NAMES:
        return translate(DOMAIN_NAMES[code])
    return getattr(domain, "name", str(domain))
