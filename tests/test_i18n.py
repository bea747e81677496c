"""Translations: every shipped catalogue is complete, not fuzzy, and up to date."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from kiesmbo.config import Config

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "kiesmbo" / "translations"
CATALOGUES = sorted(TRANSLATIONS.glob("*/LC_MESSAGES/messages.po"))
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]")


def _ids(catalog) -> set[str]:
    return {m.id if isinstance(m.id, str) else m.id[0] for m in catalog if m.id}


def _read(path: Path):
    with path.open("rb") as handle:
        return read_po(handle)


def test_every_configured_language_has_a_catalogue_and_every_catalogue_is_configured():
    shipped = {path.parts[-3] for path in CATALOGUES}
    assert shipped == set(Config.LANGUAGES) - {"en"}  # English is the msgid language


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.parts[-3])
def test_catalogue_is_complete_and_not_fuzzy(path):
    catalog = _read(path)
    untranslated = [m.id for m in catalog if m.id and (
        not m.string or (not isinstance(m.string, str) and not all(m.string)))]
    fuzzy = [m.id for m in catalog if m.id and m.fuzzy]
    assert untranslated == [] and fuzzy == []


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.parts[-3])
def test_placeholders_survive_translation(path):
    for message in _read(path):
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        wanted = set().union(*(PLACEHOLDER.findall(i) for i in ids))
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for string in strings:
            found = set(PLACEHOLDER.findall(string))
            # A plural form may leave out the number (e.g. "one year"), never add names.
            assert found <= wanted and wanted - found <= {"%(num)d"}, (message.id, string)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> set[str]:
    pot = tmp_path_factory.mktemp("pot") / "messages.pot"
    command = [sys.executable, "-m", "babel.messages.frontend", "extract", "-F",
               str(ROOT / "babel.cfg"), "-k", "_l", "-k", "N_", "-o", str(pot),
               str(ROOT / "kiesmbo")]
    subprocess.run(command, check=True, capture_output=True)
    return _ids(_read(pot))


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.parts[-3])
def test_catalogue_is_up_to_date_with_the_code(path, extracted):
    translated = _ids(_read(path))
    assert extracted - translated == set(), "run `make i18n` and translate the new messages"
    assert translated - extracted == set(), "the catalogue has messages the code no longer uses"


def test_uncompiled_catalogues_are_named(tmp_path):
    from tests.conftest import uncompiled_catalogues

    for language in ("en", "pl", "tr"):
        folder = tmp_path / language / "LC_MESSAGES"
        folder.mkdir(parents=True)
        (folder / "messages.po").write_text("", encoding="utf-8")
    (tmp_path / "en" / "LC_MESSAGES" / "messages.mo").write_bytes(b"")
    old = (tmp_path / "pl" / "LC_MESSAGES" / "messages.po").stat().st_mtime - 60
    mo = tmp_path / "pl" / "LC_MESSAGES" / "messages.mo"
    mo.write_bytes(b"")
    os.utime(mo, (old, old))  # compiled before the last edit
    assert uncompiled_catalogues(tmp_path) == ["pl", "tr"]
    assert uncompiled_catalogues() == []  # this checkout, as the session start checked
