"""Read the 2023-24 crebo list (the Koppeltabel) as the tree it is.

The crebo list (seed_data/raw/Opleiding_dimensie.csv) is ordered as a tree: an
opleidingsdomein row (79xxx) is followed by its kwalificatiedossiers (22xxx/23xxx, old and
new codes of one lineage together), each followed by runs of kwalificatie codes (25xxx and
older codes). We read that order to learn the domain and the dossier each 25xxx code sits
under. Which codes are current is decided elsewhere (lineage.py): the list holds expired
predecessors next to their successors.

Run from the project root: python seed_data/build/extract_programmes.py > out.csv
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

RAW = Path(__file__).resolve().parents[1] / "raw" / "Opleiding_dimensie.csv"
# The list names the Entree section after its old name "AKA" (arbeidsmarktgekwalificeerd assistent).
DOMAIN_RENAMES = {"AKA": "Entree"}


def koppeltabel(path: Path = RAW) -> dict[str, dict[str, str]]:
    """Every 25xxx code: its name, and the domain and dossier it sits under (first place)."""
    domain = dossier_code = dossier_name = ""
    codes: dict[str, dict[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            code, name = row["Opleidingcode"].strip(), row["Opleidingsnaam"].strip()
            if code.startswith("79"):
                domain = DOMAIN_RENAMES.get(name, name)
            elif code.startswith("23"):
                dossier_code, dossier_name = code, name
            elif code.startswith("25") and code not in codes:
                codes[code] = {"crebo": code, "name": name, "domain": domain,
                               "dossier_code": dossier_code, "dossier_name": dossier_name}
    return codes


if __name__ == "__main__":
    rows = sorted(koppeltabel().values(), key=lambda r: r["crebo"])
    writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
