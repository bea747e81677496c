"""Static files: gzipped copies are made at build time, and a stale copy is never served."""

from __future__ import annotations

import gzip
import os
import shutil
from pathlib import Path

import pytest
from flask import Flask

from kiesmbo import assets

PACKAGE_STATIC = Path(assets.__file__).parent / "static"


@pytest.fixture
def static_root(tmp_path: Path) -> Path:
    root = tmp_path / "static"
    shutil.copytree(PACKAGE_STATIC, root, ignore=shutil.ignore_patterns("*.gz"))
    return root


def _app_on(root: Path) -> Flask:
    app = Flask("static_test", root_path=str(root.parent))
    assets.init_app(app)
    return app


def test_the_build_step_writes_a_fresh_copy_of_each_text_asset(static_root):
    written = assets.compress_assets(static_root)
    texts = [p for p in static_root.rglob("*") if p.suffix in assets.COMPRESSIBLE]
    assert written == len(texts) > 0
    css = static_root / "css" / "site.css"
    assert gzip.decompress((static_root / "css" / "site.css.gz").read_bytes()) == css.read_bytes()
    assert assets.compress_assets(static_root) == 0  # nothing is stale any more


def test_starting_the_app_writes_nothing(static_root):
    before = sorted(p.name for p in static_root.rglob("*"))
    _app_on(static_root)
    assert sorted(p.name for p in static_root.rglob("*")) == before
    assert not list(static_root.rglob("*.gz"))


def test_a_fresh_copy_is_served_gzipped_and_a_stale_one_not(static_root):
    assets.compress_assets(static_root)
    css, js = static_root / "css" / "site.css", static_root / "js" / "site.js"
    old = js.stat().st_mtime - 60
    os.utime(js.with_name("site.js.gz"), (old, old))  # js changed after the last build
    app = _app_on(static_root)
    client = app.test_client()
    with app.test_request_context():
        asset_url = app.jinja_env.globals["asset_url"]
        css_url, js_url = asset_url("css/site.css"), asset_url("js/site.js")
    with client.get(css_url, headers={"Accept-Encoding": "gzip"}) as zipped:
        assert zipped.headers.get("Content-Encoding") == "gzip"
        assert gzip.decompress(zipped.data) == css.read_bytes()
    with client.get(js_url, headers={"Accept-Encoding": "gzip"}) as plain:
        assert "Content-Encoding" not in plain.headers
        assert plain.data == js.read_bytes()
