"""Static files through WhiteNoise, with content-hashed names, cached for good.

`asset_url("css/site.css")` gives `/static/css/site.<hash>.css`; WhiteNoise serves that name
from the real file, marked immutable for a year, so a changed file simply gets a new URL.
"""

from __future__ import annotations

import gzip
import hashlib
from pathlib import Path, PurePosixPath

from flask import Flask
from whitenoise import WhiteNoise

PREFIX = "/static/"


def _hashed_name(relative: str, content: bytes) -> str:
    path = PurePosixPath(relative)
    digest = hashlib.sha256(content).hexdigest()[:12]
    return str(path.with_name(f"{path.stem}.{digest}{path.suffix}"))


COMPRESSIBLE = {".css", ".js", ".svg"}


def _refresh_gzip_copies(root: Path) -> None:
    """Write name.gz next to each text asset when missing or older than the asset.

    WhiteNoise serves these to browsers that accept gzip; a stale copy would serve old
    content under a new hash, so they are checked at every start. A read-only install just
    serves the files uncompressed.
    """
    for path in root.rglob("*"):
        if path.suffix not in COMPRESSIBLE or not path.is_file():
            continue
        copy = path.with_name(path.name + ".gz")
        try:
            if not copy.exists() or copy.stat().st_mtime < path.stat().st_mtime:
                copy.write_bytes(gzip.compress(path.read_bytes(), compresslevel=9, mtime=0))
        except OSError:
            pass  # read-only: WhiteNoise serves the uncompressed file


def init_app(app: Flask) -> None:
    root = Path(app.root_path) / "static"
    _refresh_gzip_copies(root)
    hashed = {
        path.relative_to(root).as_posix(): _hashed_name(path.relative_to(root).as_posix(),
                                                        path.read_bytes())
        for path in root.rglob("*") if path.is_file() and path.suffix != ".gz"
    }
    immutable_urls = {PREFIX + name for name in hashed.values()}
    static = WhiteNoise(app.wsgi_app, root=root, prefix=PREFIX, max_age=60,
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
