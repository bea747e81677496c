"""Extract the current kwalificaties (25xxx) from the 2023-24 crebo list.

The crebo list (seed_data/raw/Opleiding_dimensie.csv) is ordered as a tree: an
opleidingsdomein row (79xxx) is followed by its kwalificatiedossiers (23xxx), each
followed by its kwalificaties (25xxx) and older codes. We read that order to learn the
domain and the dossier of every kwalificatie, and keep the newest (highest) code when
one name occurs under several codes.

Run from the project root: python seed_data/build/extract_programmes.py > out.csv
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

RAW = Path(__file__).resolve().parents[1] / "raw" / "Opleiding_dimensie.csv"
# The list names the Entree section after its old name "AKA" (arbeidsmarktgekwalificeerd assistent).
DOMAIN_RENAMES = {"AKA": "Entree"}


def extract(path: Path = RAW) -> list[dict[str, str]]:
    """Return one dict per current kwalificatie: crebo, name, domain, dossier code and name."""
    domain = dossier_code = dossier_name = ""
    newest: dict[str, dict[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            code, name = row["Opleidingcode"].strip(), row["Opleidingsnaam"].strip()
            if code.startswith("79"):
                domain = DOMAIN_RENAMES.get(name, name)
            elif code.startswith("23"):
                dossier_code, dossier_name = code, name
            elif code.startswith("25"):
                key = name.casefold()
                if key not in newest or int(code) > int(newest[key]["crebo"]):
                    newest[key] = {
                        "crebo": code,
                        "name": name,
                        "domain": domain,
                        "dossier_code": dossier_code,
                        "dossier_name": dossier_name,
                    }
    return sorted(newest.values(), key=lambda r: r["crebo"])


if __name__ == "__main__":
    rows = extract()
    writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
