"""Every page in every language: no English UI text on Dutch pages, and no Dutch UI text on
pages in other languages except inside content marked lang="nl" (Dutch-only data)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from bs4 import BeautifulSoup

TRANSLATIONS = Path(__file__).resolve().parent.parent / "kiesmbo" / "translations"
LANGUAGES = ("nl", "en", "tr", "ar", "pl", "uk")
PAGES = ["/", "/opleidingen", "/opleidingen?q=zorg", "/opleidingen?q=kinderarts",
         "/opleidingen/25655/mbo-verpleegkundige", "/opleidingen/25180/kok",
         "/opleidingen/25655/also", "/vergelijk?crebo=25655&crebo=25656", "/lijstje",
         "/ouders", "/bronnen", "/uitleg", "/orientatie", "/orientatie/stap/1", "/uitslag"]
# Words that are the same in both languages, or names: not a sign of a missing translation.
MIN_LENGTH = 14


def _fragments(text: str) -> list[str]:
    """The literal pieces of a message between its placeholders, long enough to be telling."""
    pieces = re.split(r"%\([a-z_]+\)[sd]|%[sd]|<[^>]+>", text)
    return [p.strip(" .,:;()") for p in pieces if len(p.strip(" .,:;()")) >= MIN_LENGTH]


@cache
def _catalogue(lang: str) -> dict[str, str]:
    with (TRANSLATIONS / lang / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        catalogue = read_po(handle, locale=lang)
    messages = {}
    for message in catalogue:
        if not message.id:
            continue
        msgid = message.id if isinstance(message.id, str) else message.id[0]
        string = message.string if isinstance(message.string, str) else message.string[0]
        messages[msgid] = string or msgid
    return messages


@cache
def _foreign_fragments(lang: str) -> frozenset[str]:
    """UI text that must not show on a page in `lang`: English msgids on Dutch pages, the
    Dutch translations on pages in any other language."""
    own = _catalogue("nl") if lang == "nl" else (None if lang == "en" else _catalogue(lang))
    dutch = _catalogue("nl")
    found = set()
    for msgid, nl in dutch.items():
        foreign = msgid if lang == "nl" else nl
        mine = nl if lang == "nl" else (msgid if own is None else own[msgid])
        if foreign == mine:
            continue
        mine_parts = set(_fragments(mine))
        found.update(p for p in _fragments(foreign) if p not in mine_parts and p not in mine)
    return frozenset(found)


def _visible_text(html: str) -> str:
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "meta", "title"]):
        tag.decompose()
    # Content that exists only in Dutch is marked as such; it is allowed.
    for tag in soup.select('[lang="nl"]'):
        if tag.name != "html":
            tag.decompose()
    return " ".join(soup.get_text(" ").split())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_untranslated_ui_text(full_app, lang):
    client = full_app.test_client()
    problems = []
    for path in PAGES:
        separator = "&" if "?" in path else "?"
        response = client.get(f"{path}{separator}lang={lang}", follow_redirects=True)
        assert response.status_code == 200, (path, response.status_code)
        text = _visible_text(response.get_data(as_text=True))
        problems += [(path, fragment) for fragment in _foreign_fragments(lang)
                     if fragment in text]
    assert not problems, problems[:20]


def test_the_scan_would_see_english_on_a_dutch_page():
    # The check itself: an English msgid is in the set of what may not show on nl pages.
    assert "Download as PDF" in _foreign_fragments("nl")
    assert "Download als pdf" in _foreign_fragments("ar")
