"""The app factory, configuration, health check, programme list and error pages."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from kiesmbo import create_app
from kiesmbo.config import load_config
from tests.pages import get_page


def test_factory_applies_overrides(tmp_path):
    app = create_app({"TESTING": True, "DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}"})
    assert app.testing
    assert app.config["DATABASE_URL"].endswith("x.db")


def test_database_url_comes_from_environment(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgresql+psycopg://u@127.0.0.1:1/db")
    assert load_config()["DATABASE_URL"] == "postgresql+psycopg://u@127.0.0.1:1/db"


def test_default_database_is_sqlite_under_instance(monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    url = load_config()["DATABASE_URL"]
    assert url.startswith("sqlite:///") and "/instance/" in url


def test_production_needs_a_secret_key_and_secure_cookies(monkeypatch):
    monkeypatch.setenv("KIESMBO_ENV", "production")
    monkeypatch.delenv("KIESMBO_SECRET_KEY", raising=False)
    with pytest.raises(RuntimeError):
        load_config()
    monkeypatch.setenv("KIESMBO_SECRET_KEY", "s3cret-for-test-" + "x" * 32)
    config = load_config()
    assert config["SESSION_COOKIE_SECURE"] is True
    assert config["SESSION_COOKIE_HTTPONLY"] is True


def test_wsgi_module_builds_the_app(tmp_path):
    code = "import wsgi; print(wsgi.app.name)"
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'w.db'}", "PATH": ""}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "kiesmbo"


def test_health_reports_empty_database_as_unavailable(client):
    response = client.get("/health")
    assert response.status_code == 503
    assert b"empty: 0 programmes" in response.data


def test_health_reports_seeded_database(client, seeded_runner):
    response = client.get("/health")
    assert response.status_code == 200
    assert response.data.startswith(b"ok: 10 programmes")


def test_unknown_url_gets_the_404_page(client):
    soup = get_page(client, "/bestaat-niet", status=404)
    assert "We kunnen deze pagina niet vinden" in soup.h1.get_text()


def test_security_headers(client):
    response = client.get("/health")
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "'unsafe-inline'" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_static_files_have_hashed_urls_and_long_cache(client, seeded_runner):
    soup = get_page(client, "/bronnen")
    script = soup.find("script")["src"]
    assert re.fullmatch(r"/static/vendor/htmx\.min\.[0-9a-f]{12}\.js", script), script
    response = client.get(script)
    response.close()  # WhiteNoise streams the file; close it like a server would
    assert response.status_code == 200
    assert "max-age=315360000" in response.headers["Cache-Control"]
    assert "immutable" in response.headers["Cache-Control"]
    assert client.get("/static/vendor/htmx.min.0000000000ab.js").status_code == 404
