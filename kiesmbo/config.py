"""Configuration: defaults, then the environment. The only module that reads os.environ.

`KIESMBO_ENV` is parsed strictly: a typo such as `Production` must not quietly run the
development settings on a public server, so an unknown value refuses to start.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from kiesmbo.forms import parse_whole_number

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SEED_DIRECTORY = PROJECT_ROOT / "seed_data"
ENVIRONMENTS = ("development", "production", "test")
MIN_SECRET_KEY_BYTES = 32
# Only for tests: public on purpose, never used outside KIESMBO_ENV=test or TESTING.
TEST_SECRET_KEY = "test-only-public-key-never-use-in-production"
DEV_SECRET_FILE = PROJECT_ROOT / "instance" / "secret_key"


class ConfigError(RuntimeError):
    """The environment asks for something the app cannot run with; the message says what."""


class Config:
    """Defaults for every environment."""

    KIESMBO_ENV = "development"
    # An SQLite file under instance/ keeps the embedded default free of any server.
    DATABASE_URL = f"sqlite:///{PROJECT_ROOT / 'instance' / 'kiesmbo.db'}"
    SEED_DIRECTORY = str(SEED_DIRECTORY)
    BABEL_DEFAULT_LOCALE = "nl"
    BABEL_TRANSLATION_DIRECTORIES = "translations"
    LANGUAGES = ("nl", "en", "tr", "ar", "pl", "uk")
    PROGRAMMES_PER_PAGE = 50
    # Rendered public pages kept per worker (0 switches the page cache off).
    # Enough for every programme page in every language, their htmx variants and a long
    # tail of searches (about 6 KB each, gzipped); the byte budget bounds the memory.
    PAGE_CACHE_ENTRIES = 10000
    PAGE_CACHE_MB = 64
    # Keep every programme page's database reads (schools, occupations, routes) per worker
    # for the current catalogue version; False reads the database on each request.
    PROGRAMME_DATA_CACHE = True
    # Keep rendered programme cards per catalogue version and language (kiesmbo/fragments.py).
    FRAGMENT_CACHE = True
    # Rendered PDF summaries kept per worker (by code, language, name and day).
    PDF_CACHE_ENTRIES = 64
    # How often a worker asks the database whether seed or import changed the catalogue. The
    # question is one primary-key read; a rebuild takes about 1 s on a busy machine, so 0.25 s
    # keeps a change visible on every app server within 2 s (tests/test_multi_instance.py).
    CATALOGUE_RECHECK_SECONDS = 0.25
    # After a seed, workers answer from the old catalogue while a thread builds the new one.
    CATALOGUE_REBUILD_IN_BACKGROUND = True
    # Official figure files are small (a few thousand rows); refuse anything far larger.
    IMPORT_MAX_BYTES = 20 * 1024 * 1024  # 20 MiB
    IMPORT_MAX_ROWS = 200_000
    # The largest form (the questionnaire's last step) is well under 4 KiB; Werkzeug refuses
    # a larger body with 413 before parsing it.
    MAX_CONTENT_LENGTH = 64 * 1024
    # Rate limits per client address (behind a proxy: see PROXY_HOPS). A school's pupils may
    # share one address, so the limits leave room for a class.
    SAVE_RESULT_LIMIT = "10 per hour"
    PDF_LIMIT = "60 per hour"
    # Every request that opens, shows or deletes a saved result by its code...
    CODE_LOOKUP_LIMIT = "120 per hour"
    # ...and, counted separately, the ones whose code was wrong: guessing is throttled hard.
    WRONG_CODE_LIMIT = "30 per hour"
    # memory:// counts per worker; production uses a shared store such as redis://host:6379.
    RATELIMIT_STORAGE_URI = "memory://"
    RATELIMIT_HEADERS_ENABLED = True
    # A broken limiter store must not turn every limited page into a 500: count in this
    # worker's memory until the store answers again.
    RATELIMIT_SWALLOW_ERRORS = True
    RATELIMIT_IN_MEMORY_FALLBACK_ENABLED = True
    # How many reverse proxies in front of the app set X-Forwarded-For/-Proto (0: none, the
    # headers are ignored, so nobody can fake their address).
    PROXY_HOPS = 0
    # Strict-Transport-Security max-age in seconds (0: no header). Production: one year.
    HSTS_SECONDS = 0
    # The CSRF token lives as long as the session: a slow questionnaire must not fail.
    WTF_CSRF_TIME_LIMIT = None
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_SECURE = False


class ProductionConfig(Config):
    """Production: secure cookies, HSTS, a real secret key."""

    KIESMBO_ENV = "production"
    SESSION_COOKIE_SECURE = True
    HSTS_SECONDS = 365 * 24 * 3600


def _environment() -> str:
    """The value of KIESMBO_ENV (unset or empty: development).

    Raises:
        ConfigError: any other value than the allowed ones (case matters).
    """
    value = os.environ.get("KIESMBO_ENV", "") or "development"
    if value not in ENVIRONMENTS:
        raise ConfigError(f"KIESMBO_ENV={value!r} is not known; use one of "
                          f"{', '.join(ENVIRONMENTS)} (lower case)")
    return value


def _env_whole_number(name: str, default: int, *, high: int) -> int:
    """Read a whole-number variable; unset or empty gives the default.

    Raises:
        ConfigError: the value is not a whole number from 0 to `high`.
    """
    raw = os.environ.get(name, "")
    if not raw:
        return default
    value = parse_whole_number(raw, 0, high)
    if value is None:
        raise ConfigError(f"{name}={raw!r} must be a whole number from 0 to {high}")
    return value


def _development_secret_key() -> str:
    """A random key kept in instance/secret_key, created on first use.

    Every worker of one checkout reads the same file, so sessions survive restarts and work
    across workers, and the key is never a value published in the source.
    """
    try:
        return DEV_SECRET_FILE.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        pass
    DEV_SECRET_FILE.parent.mkdir(parents=True, exist_ok=True)
    temporary = DEV_SECRET_FILE.with_name(f".secret_key.{os.getpid()}")
    temporary.write_text(secrets.token_urlsafe(48), encoding="ascii")
    temporary.chmod(0o600)
    try:
        os.link(temporary, DEV_SECRET_FILE)  # atomic; fails if another worker was first
    except FileExistsError:
        pass
    finally:
        temporary.unlink()
    return DEV_SECRET_FILE.read_text(encoding="ascii").strip()


def load_config(overrides: dict | None = None) -> dict:
    """Return the configuration mapping: defaults, then environment, then overrides.

    Raises:
        ConfigError: KIESMBO_ENV is unknown, a number variable is not a number, or
            production has no secret key of at least MIN_SECRET_KEY_BYTES bytes.
    """
    overrides = overrides or {}
    environment = _environment()
    base = ProductionConfig if environment == "production" else Config
    config = {key: getattr(base, key) for key in dir(base) if key.isupper()}
    config["KIESMBO_ENV"] = environment
    if os.environ.get("DATABASE_URL"):
        config["DATABASE_URL"] = os.environ["DATABASE_URL"]
    if os.environ.get("RATELIMIT_STORAGE_URI"):
        config["RATELIMIT_STORAGE_URI"] = os.environ["RATELIMIT_STORAGE_URI"]
    config["PAGE_CACHE_ENTRIES"] = _env_whole_number(
        "KIESMBO_PAGE_CACHE_ENTRIES", config["PAGE_CACHE_ENTRIES"], high=1_000_000)
    config["PAGE_CACHE_MB"] = _env_whole_number(
        "KIESMBO_PAGE_CACHE_MB", config["PAGE_CACHE_MB"], high=100_000)
    config["PROXY_HOPS"] = _env_whole_number("KIESMBO_PROXY_HOPS", config["PROXY_HOPS"],
                                             high=10)
    secret = os.environ.get("KIESMBO_SECRET_KEY", "")
    if environment == "production":
        if len(secret.encode()) < MIN_SECRET_KEY_BYTES:
            raise ConfigError(
                f"KIESMBO_SECRET_KEY must be set in production, at least "
                f"{MIN_SECRET_KEY_BYTES} bytes long (for example: python -c "
                f"'import secrets; print(secrets.token_urlsafe(48))')")
        config["SECRET_KEY"] = secret
    elif secret:
        config["SECRET_KEY"] = secret
    elif environment == "test" or overrides.get("TESTING"):
        config["SECRET_KEY"] = TEST_SECRET_KEY
    else:
        config["SECRET_KEY"] = _development_secret_key()
    config.update(overrides)
    if config.get("TESTING") and "CATALOGUE_RECHECK_SECONDS" not in overrides:
        # Tests seed and read in one process: see every change at once.
        config["CATALOGUE_RECHECK_SECONDS"] = 0.0
    if config.get("TESTING") and "CATALOGUE_REBUILD_IN_BACKGROUND" not in overrides:
        config["CATALOGUE_REBUILD_IN_BACKGROUND"] = False
    return config
