"""Unbound extensions, importable without an app."""

from flask_babel import Babel
from flask_htmx import HTMX
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_wtf.csrf import CSRFProtect

babel = Babel()
htmx = HTMX()
csrf = CSRFProtect()
# Keyed on the client address (the real one behind a proxy: ProxyFix, see PROXY_HOPS). Counts
# live where RATELIMIT_STORAGE_URI says (memory:// per worker, redis:// shared by all app
# servers); the address is kept there only as long as its window lasts.
limiter = Limiter(key_func=get_remote_address, default_limits=[])
