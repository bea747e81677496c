"""Unbound extensions, importable without an app."""

from flask_babel import Babel
from flask_htmx import HTMX

babel = Babel()
htmx = HTMX()
