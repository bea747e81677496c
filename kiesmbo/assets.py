"""Cache-busting static URLs: each file's URL carries a hash of its content.

WhiteNoise serves the files with a one-year cache lifetime; a changed file gets a new URL.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from flask import Flask, url_for


def _hash_static_files(root: Path) -> dict[str, str]:
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()[:12]
        for path in root.rglob("*")
        if path.is_file()
    }


def init_app(app: Flask) -> None:
    hashes = _hash_static_files(Path(app.root_path) / "static")

    def asset_url(filename: str) -> str:
        """Return the URL of a static file with its content hash.

        Raises:
            KeyError: the file does not exist (a template bug, caught by the page tests).
        """
        return url_for("static", filename=filename, v=hashes[filename])

    app.jinja_env.globals["asset_url"] = asset_url
