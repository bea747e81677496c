"""Static files through WhiteNoise, with content-hashed names, cached for good.

`asset_url("css/site.css")` gives `/static/css/site.<hash>.css`; WhiteNoise serves that name
from the real file, marked immutable for a year, so a changed file simply gets a new URL.
Gzipped copies (name.gz) are made at build time (`make assets`, part of `make setup`:
`python -m kiesmbo.assets`), never by the app; a copy older than its file is not served.
"""

from __future__ import annotations

import gzip
import hashlib
import os
from pathlib import Path, PurePosixPath

from flask import Flask
from whitenoise import WhiteNoise

PREFIX = "/static/"
STATIC_ROOT = Path(__file__).parent / "static"


def _hashed_name(relative: str, content: bytes) -> str:
    path = PurePosixPath(relative)
    digest = hashlib.sha256(content).hexdigest()[:12]
    return str(path.with_name(f"{path.stem}.{digest}{path.suffix}"))


COMPRESSIBLE = {".css", ".js", ".svg"}


def compress_assets(root: Path = STATIC_ROOT) -> int:
    """Write name.gz next to each text asset that has none or an older one (a build step);
    return how many were written."""
    written = 0
    for path in sorted(root.rglob("*")):
        if path.suffix not in COMPRESSIBLE or not path.is_file() or not _is_stale(path):
            continue
        path.with_name(path.name + ".gz").write_bytes(
            gzip.compress(path.read_bytes(), compresslevel=9, mtime=0))
        written += 1
    return written


def _is_stale(path: Path | str) -> bool:
    """Whether path.gz is missing or older than path."""
    try:
        return os.stat(f"{path}.gz").st_mtime < os.stat(path).st_mtime
    except FileNotFoundError:
        return True


class _FreshCopiesOnly(WhiteNoise):
    """WhiteNoise that ignores a compressed copy older than its file: after an edit without
    `make assets`, the old content must not be served under the new content's hash."""

    def get_static_file(self, path, url, stat_cache=None):
        static_file = super().get_static_file(path, url, stat_cache)
        if _is_stale(path):
            static_file.alternatives = [alternative for alternative in static_file.alternatives
                                        if alternative[1] == path]
        return static_file


def init_app(app: Flask) -> None:
    root = Path(app.root_path) / "static"
    hashed = {
        path.relative_to(root).as_posix(): _hashed_name(path.relative_to(root).as_posix(),
                                                        path.read_bytes())
        for path in root.rglob("*") if path.is_file() and path.suffix != ".gz"
    }
    immutable_urls = {PREFIX + name for name in hashed.values()}
    static = _FreshCopiesOnly(app.wsgi_app, root=root, prefix=PREFIX, max_age=60,
                              autorefresh=app.debug,
                              immutable_file_test=lambda _path, url: url in immutable_urls)
    if not app.debug:
        for original, name in hashed.items():
            static.add_file_to_dictionary(PREFIX + name, str(root / original))
    app.wsgi_app = static  # type: ignore[method-assign]

    def asset_url(filename: str) -> str:
        """Return the URL of a static file with its content hash in the name.

        Raises:
            KeyError: the file does not exist (a template bug, caught by the page tests).
        """
        if app.debug:  # autorefresh serves files from disk by their real names
            return f"{PREFIX}{filename}?v={hashed[filename]}"
        return PREFIX + hashed[filename]

    app.jinja_env.globals["asset_url"] = asset_url


if __name__ == "__main__":
    print(f"{compress_assets()} compressed copies written in {STATIC_ROOT}")
