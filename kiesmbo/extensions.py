"""Unbound extensions, importable without an app."""

from flask_babel import Babel
from flask_htmx import HTMX
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_wtf.csrf import CSRFProtect

babel = Babel()
htmx = HTMX()
csrf = CSRFProtect()
# Counts live in this process only; the address is never written anywhere.
limiter = Limiter(key_func=get_remote_address, default_limits=[])
