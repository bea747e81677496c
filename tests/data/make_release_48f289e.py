"""Build release_48f289e.sql: a database as the previous release (commit 48f289e) left it.

Runs with that release's code, not today's (it uses the release's own app, seed and
questionnaire, so the schema is exactly what its `create_all` made):

    rm -rf /tmp/rel1 && mkdir /tmp/rel1 && git archive 48f289e | tar -x -C /tmp/rel1
    cd /tmp/rel1 && PYTHONPATH=/tmp/rel1 /path/to/.venv/bin/python \\
        /path/to/tests/data/make_release_48f289e.py /path/to/tests/data/release_48f289e.sql

It seeds that release's seed_data/ cut down to a few programmes, saves three results through
the release's questionnaire (POST /orientatie/bewaar, one with a shortlist) and writes the
SQL dump plus the codes (release_48f289e_codes.json) next to it. Not imported by the tests.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import tempfile
from pathlib import Path

from kiesmbo import create_app
from kiesmbo.questionnaire import Interest
from tests.conftest import small_seed
from tests.views.test_orientation import _complete, _post

CREBO_ON_SHORTLIST = "25655"


def main(out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        database = Path(tmp) / "old.db"
        app = create_app({"TESTING": True, "DATABASE_URL": f"sqlite:///{database}"})
        seed = small_seed.__wrapped__(Path(tmp))  # the release's own fixture, called directly
        result = app.test_cli_runner().invoke(args=["seed", "--path", str(seed)])
        assert result.exit_code == 0, result.output
        codes = {}
        for interest in (Interest.SOCIAL, Interest.CONVENTIONAL, Interest.REALISTIC):
            client = app.test_client()
            if interest == Interest.REALISTIC:
                _post(client, f"/lijstje/{CREBO_ON_SHORTLIST}/toevoegen", {})
            _complete(client, interest)
            response = _post(client, "/orientatie/bewaar", {})
            assert response.status_code == 303, response.status_code
            codes[interest.value] = response.headers["Location"].rsplit("/", 1)[1]
        app.extensions["kiesmbo.engine"].dispose()
        with sqlite3.connect(database) as connection:
            dump = "\n".join(connection.iterdump())
    header = ("-- A kiesmbo database made by the release at commit 48f289e (create_all, seed\n"
              "-- of a few programmes, three saved results); built by make_release_48f289e.py.\n")
    out.write_text(header + dump + "\n", encoding="utf-8")
    out.with_name(out.stem + "_codes.json").write_text(
        json.dumps(codes, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve())
