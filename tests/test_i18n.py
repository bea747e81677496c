"""Translations: the Dutch catalogue is complete and matches the code."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "kiesmbo" / "translations" / "nl" / "LC_MESSAGES" / "messages.po"


def _ids(catalog) -> set[str]:
    return {m.id if isinstance(m.id, str) else m.id[0] for m in catalog if m.id}


def test_dutch_catalogue_is_complete_and_not_fuzzy():
    with CATALOGUE.open("rb") as handle:
        catalog = read_po(handle)
    untranslated = [m.id for m in catalog if m.id and (
        not m.string or (not isinstance(m.string, str) and not all(m.string)))]
    fuzzy = [m.id for m in catalog if m.id and m.fuzzy]
    assert untranslated == [] and fuzzy == []


def test_every_message_in_the_code_is_in_the_dutch_catalogue(tmp_path):
    pot = tmp_path / "messages.pot"
    command = [sys.executable, "-m", "babel.messages.frontend", "extract", "-F",
               str(ROOT / "babel.cfg"), "-k", "_l", "-k", "N_", "-o", str(pot),
               str(ROOT / "kiesmbo")]
    subprocess.run(command, check=True, capture_output=True)
    with pot.open("rb") as handle:
        extracted = _ids(read_po(handle))
    with CATALOGUE.open("rb") as handle:
        translated = _ids(read_po(handle))
    assert extracted - translated == set()
