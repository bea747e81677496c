"""Review aid: list candidate ESCO occupations per programme for curation/esco_links.csv.

Not part of the build. It ranks every ESCO occupation for a programme by how well its
labels and description share words with the programme's name, synonyms and dossier name
(rare words weigh more; Dutch compounds are found by substring, so "dakdekker" finds
"rietdekker"), and prints the best ones with their ISCO group and current links. A person
then picks 1-4 per programme by judgement; nothing here is written to the seed data.

Run: python seed_data/build/esco_candidates.py [CREBO ...] [--top N] | --grep REGEX
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from difflib import SequenceMatcher

import esco

# Words that say little about the job itself; the role word that follows carries it.
FILLER = {
    "en", "of", "de", "het", "van", "in", "met", "voor", "op", "aan", "bij", "alle",
    "allround", "eerste", "vakbekwaam", "zelfstandig", "werkend", "gespecialiseerd",
    "junior", "basis", "aankomend", "gevorderd", "meewerkend", "ondernemend", "vakkracht",
    "vakman", "vakexpert", "kleine", "schepen", "generieke", "domein", "i", "ii", "iv", "vi",
    "mbo", "groen", "medewerker", "specialist",
}


def _tokens(text: str) -> list[str]:
    return [t for t in esco.normalise(text).split() if len(t) >= 3 and t not in FILLER]


def _occupation_texts() -> dict[str, tuple[str, str, str]]:
    """uri -> (compact labels blob, normalised description, preferred label)."""
    texts = {}
    for uri, row in esco.load_occupations().items():
        labels = [row["preferredLabel"], *[a for a in row["altLabels"].split("\n") if a]]
        blob = " | ".join(esco.compact(label) for label in labels)
        texts[uri] = (blob, esco.normalise(row["description"]), row["preferredLabel"])
    return texts


def _idf(texts: dict[str, tuple[str, str, str]]) -> dict[str, float]:
    counts: Counter[str] = Counter()
    for blob, _, _ in texts.values():
        counts.update(set(esco.normalise(blob).split()))
    return {word: math.log(len(texts) / (1 + n)) for word, n in counts.items()}


def candidates(programme: dict[str, str], top: int = 12) -> list[tuple[float, str]]:
    texts = _TEXTS
    name_tokens = _tokens(programme["name"])
    synonym_tokens = [t for s in programme["synonyms"].split(";") for t in _tokens(s)]
    dossier_tokens = _tokens(programme.get("dossier_name", ""))
    queries = ([esco.compact(f) for f in esco.label_forms(programme["name"])]
               + [esco.compact(s) for s in programme["synonyms"].split(";") if s.strip()])
    weighted = ([(t, 3.0) for t in name_tokens] + [(t, 1.5) for t in synonym_tokens]
                + [(t, 0.7) for t in dossier_tokens])
    scores = []
    for uri, (blob, description, _) in texts.items():
        score = 0.0
        for token, weight in weighted:
            rarity = _IDF.get(token, 6.0)
            if token in blob:
                score += weight * rarity
            elif token in description:
                score += 0.25 * weight * rarity
        if score <= 0:
            continue
        labels = blob.split(" | ")
        best = max(SequenceMatcher(None, q, lab).ratio() for q in queries for lab in labels)
        scores.append((score + 10 * best, uri))
    scores.sort(reverse=True)
    return scores[:top]


_TEXTS = _occupation_texts()
_IDF = _idf(_TEXTS)


def grep(pattern: str) -> None:
    """Print every occupation with a label matching the regular expression."""
    import re

    for uri, row in sorted(esco.load_occupations().items(), key=lambda e: e[1]["code"]):
        labels = [row["preferredLabel"], *[a for a in row["altLabels"].split("\n") if a]]
        hits = [label for label in labels if re.search(pattern, label, re.I)]
        if hits:
            print(f"   {row['code']:<12} {row['preferredLabel']} ({', '.join(hits[:4])}) "
                  f"{uri.rsplit('/', 1)[1][:8]}")


def main(argv: list[str]) -> None:
    if "--grep" in argv:
        grep(argv[argv.index("--grep") + 1])
        return
    top = int(argv[argv.index("--top") + 1]) if "--top" in argv else 12
    programmes = esco.read_programmes()
    wanted = {a for a in argv if a.isdigit() and len(a) == 5}
    links = esco.link_programmes(programmes)
    linked: dict[str, list[str]] = {}
    for link in links:
        linked.setdefault(link["crebo"], []).append(f"{link['label']} [{link['basis']}]")
    occupations = esco.load_occupations()
    for programme in programmes:
        if wanted and programme["crebo"] not in wanted:
            continue
        print(f"## {programme['crebo']} {programme['name']} (niveau {programme['level']}) "
              f"syn: {programme['synonyms']}")
        if programme["crebo"] in linked:
            print("   linked: " + "; ".join(linked[programme["crebo"]]))
        for score, uri in candidates(programme, top):
            row = occupations[uri]
            alts = ", ".join(a for a in row["altLabels"].split("\n")[:3] if a)
            print(f"   {score:5.1f} {row['code']:<12} {row['preferredLabel']} "
                  f"({alts}) {uri.rsplit('/', 1)[1][:8]}")


if __name__ == "__main__":
    main(sys.argv[1:])
