"""Configuration: defaults, then the environment. The only module that reads os.environ."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SEED_DIRECTORY = PROJECT_ROOT / "seed_data"


class Config:
    """Defaults for every environment."""

    SECRET_KEY = "dev-only-not-secret"
    # An SQLite file under instance/ keeps the embedded default free of any server.
    DATABASE_URL = f"sqlite:///{PROJECT_ROOT / 'instance' / 'kiesmbo.db'}"
    SEED_DIRECTORY = str(SEED_DIRECTORY)
    BABEL_DEFAULT_LOCALE = "nl"
    BABEL_TRANSLATION_DIRECTORIES = "translations"
    LANGUAGES = ("nl", "en", "tr", "ar", "pl", "uk")
    PROGRAMMES_PER_PAGE = 50
    # Rendered public pages kept per worker (0 switches the page cache off).
    PAGE_CACHE_ENTRIES = 2000
    # How often a worker asks the database whether seed or import changed the catalogue.
    CATALOGUE_RECHECK_SECONDS = 1.0
    # Official figure files are small (a few thousand rows); refuse anything far larger.
    IMPORT_MAX_BYTES = 20 * 1024 * 1024  # 20 MiB
    IMPORT_MAX_ROWS = 200_000
    # Creating result codes: per client address, counted in memory only.
    SAVE_RESULT_LIMIT = "10 per hour"
    RATELIMIT_STORAGE_URI = "memory://"
    RATELIMIT_HEADERS_ENABLED = True
    # The CSRF token lives as long as the session: a slow questionnaire must not fail.
    WTF_CSRF_TIME_LIMIT = None
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"


class ProductionConfig(Config):
    """Production: secure cookies."""

    SESSION_COOKIE_SECURE = True


def load_config(overrides: dict | None = None) -> dict:
    """Return the configuration mapping: defaults, then environment, then overrides."""
    base = ProductionConfig if os.environ.get("KIESMBO_ENV") == "production" else Config
    config = {key: getattr(base, key) for key in dir(base) if key.isupper()}
    if os.environ.get("DATABASE_URL"):
        config["DATABASE_URL"] = os.environ["DATABASE_URL"]
    if os.environ.get("KIESMBO_PAGE_CACHE_ENTRIES", "").isdigit():
        config["PAGE_CACHE_ENTRIES"] = int(os.environ["KIESMBO_PAGE_CACHE_ENTRIES"])
    if os.environ.get("KIESMBO_SECRET_KEY"):
        config["SECRET_KEY"] = os.environ["KIESMBO_SECRET_KEY"]
    if base is ProductionConfig and config["SECRET_KEY"] == Config.SECRET_KEY:
        raise RuntimeError("KIESMBO_SECRET_KEY must be set in production")
    config.update(overrides or {})
    if config.get("TESTING") and "CATALOGUE_RECHECK_SECONDS" not in (overrides or {}):
        # Tests seed and read in one process: see every change at once.
        config["CATALOGUE_RECHECK_SECONDS"] = 0.0
    return config
