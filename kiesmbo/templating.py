"""Templates compiled once per language, with every constant translation folded in.

A programme page asks for about 90 translations of a literal msgid (`{{ _("Menu") }}`):
each is a Jinja context call and a lookup, about 2 microseconds, the same answer every time
for a language. Each language gets an overlay of the app's Jinja environment (shared
globals, filters and loader; its own template cache) whose templates are compiled with
those calls replaced by their translation, exactly as `formatting.template_gettext` gives
it: Markup when the template autoescapes, with `% {}` applied. Calls with variables,
ngettext and everything else stay calls.

Every view renders through `render` (via kiesmbo.htmx); the 500 page keeps Flask's own
render_template on the app's environment, which gives the same text with runtime lookups,
so a failure here can never take the error page down with it.
"""

from __future__ import annotations

import itertools
import threading
from collections import ChainMap
from collections.abc import Callable, Iterator
from types import FunctionType
from typing import Any

from flask import Flask, current_app
from flask.signals import before_render_template, template_rendered
from jinja2 import Environment, Template
from jinja2.environment import TemplateModule
from jinja2.ext import Extension
from jinja2.lexer import Token, TokenStream
from jinja2.runtime import Context
from jinja2.utils import _PassArg
from markupsafe import Markup

from kiesmbo.formatting import request_locale, request_translations

# The template names a literal translation goes by (formatting.init_app installs both).
_GETTEXT_NAMES = frozenset({"_", "gettext"})
_EXTENSION_KEY = "kiesmbo.localized_environments"
# Each overlay keeps its own compiled templates; the app has about 80.
_TEMPLATE_CACHE_SIZE = 400


class ConstantGettext(Extension):
    """Folds `_("literal")` and `gettext("literal")` into the translation of the
    environment's language (`environment.kiesmbo_translations`), as a Markup constant in
    autoescaped templates (`"..."|safe`, which Jinja's optimizer turns into a constant) and
    as a plain string elsewhere, as template_gettext would return it."""

    def filter_stream(self, stream: TokenStream) -> Iterator[Token]:
        translations = getattr(self.environment, "kiesmbo_translations", None)
        tokens = list(stream)
        # An {% autoescape %} block would change escaping inside the template; such a
        # template keeps its calls (none of ours has one).
        if translations is None or any(
                token.type == "name" and token.value == "autoescape"
                and previous.type == "block_begin"
                for previous, token in itertools.pairwise(tokens)):
            yield from tokens
            return
        autoescape = self.environment.autoescape
        if callable(autoescape):
            autoescape = autoescape(stream.name)
        index = 0
        while index < len(tokens):
            token = tokens[index]
            folded = self._fold(tokens, index, translations, bool(autoescape))
            if folded is None:
                yield token
                index += 1
            else:
                yield from folded
                index += 4

    @staticmethod
    def _fold(tokens: list[Token], index: int, translations, autoescape: bool
              ) -> list[Token] | None:
        """The tokens that replace `_ ( "msgid" )` starting at index, or None when the
        call there is not one with a single literal argument."""
        window = tokens[index:index + 4]
        if (len(window) < 4 or window[0].type != "name" or window[0].value not in _GETTEXT_NAMES
                or [t.type for t in window[1:]] != ["lparen", "string", "rparen"]
                or (index and tokens[index - 1].type == "dot")):  # an attribute, not the global
            return None
        message = translations.ugettext(window[2].value)
        try:  # as template_gettext does; a message that fails this stays a call
            text = str((Markup(message) if autoescape else message) % {})
        except (KeyError, ValueError, TypeError):
            return None
        lineno = window[0].lineno
        if not autoescape:
            return [Token(lineno, "lparen", "("), Token(lineno, "string", text),
                    Token(lineno, "rparen", ")")]
        return [Token(lineno, "lparen", "("), Token(lineno, "string", text),
                Token(lineno, "pipe", "|"), Token(lineno, "name", "safe"),
                Token(lineno, "rparen", ")")]


class ImportingTemplate(Template):
    """Jinja's Template with a cheaper check on `{% from ... import ... %}`.

    Each import asks whether the importing render has globals the imported template lacks
    (then the template is rendered again as a module with them). Jinja works that out as a
    set minus a ChainMap's keys, one Python-level membership test per global: about 23
    microseconds per import, two or three per page. The same answer comes from one C-level
    set difference over the ChainMap's dictionaries.
    """

    def _get_default_module(self, ctx: Context | None = None) -> TemplateModule:
        module = self._module
        if (ctx is not None and module is not None and isinstance(self.globals, ChainMap)
                and not ctx.globals_keys.difference(*self.globals.maps)):
            return module
        return super()._get_default_module(ctx)


class FastCallContext(Context):
    """Jinja's Context with a shorter path for calling plain functions from templates.

    Every call in a template (`url_for(...)`, `_("...", n=...)`, the fragment globals: about
    80 on a programme page) goes through Context.call, which asks the callable and its
    `__call__` for `jinja_pass_arg` with two hasattr calls that raise and catch an
    AttributeError each: about 1 us a call. A plain function keeps that marker in its
    `__dict__`, where one dictionary read finds it. Everything else (macros, methods,
    callable objects, calls inside loops or blocks that pass their variables) goes through
    Jinja's own call unchanged.
    """

    def call(__self, __obj: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        if type(__obj) is not FunctionType or kwargs.get("_loop_vars") or kwargs.get(
                "_block_vars"):
            return super().call(__obj, *args, **kwargs)
        pass_arg = __obj.__dict__.get("jinja_pass_arg")
        if pass_arg is _PassArg.context:
            args = (__self, *args)
        elif pass_arg is _PassArg.eval_context:
            args = (__self.eval_ctx, *args)
        elif pass_arg is _PassArg.environment:
            args = (__self.environment, *args)
        elif pass_arg is not None:
            return super().call(__obj, *args, **kwargs)
        kwargs.pop("_block_vars", None)
        kwargs.pop("_loop_vars", None)
        try:
            return __obj(*args, **kwargs)
        except StopIteration:  # as Jinja answers it
            return __self.environment.undefined(
                "value was undefined because a callable raised a StopIteration exception")


class LocalizedEnvironments:
    """One worker's overlays of the app's environment, one per language."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.by_locale: dict[str, Environment] = {}


def localized_environment() -> Environment:
    """The Jinja environment of this request's language (made on first use)."""
    app = current_app
    environments: LocalizedEnvironments = app.extensions[_EXTENSION_KEY]
    locale = request_locale()
    environment = environments.by_locale.get(locale)
    if environment is None:
        with environments.lock:
            environment = environments.by_locale.get(locale)
            if environment is None:
                environment = app.jinja_env.overlay(cache_size=_TEMPLATE_CACHE_SIZE,
                                                    extensions=[ConstantGettext])
                # Read by ConstantGettext when it compiles a template of this language.
                environment.kiesmbo_translations = request_translations()
                environments.by_locale[locale] = environment
    return environment


def get_template(name: str) -> Template:
    """A template of this request's language."""
    return localized_environment().get_or_select_template(name)


def render(name: str, **context) -> str:
    """Flask's render_template, with the template of this request's language: the same
    context processors and signals (flask.templating._render)."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    template = get_template(name)
    app.update_template_context(context)
    before_render_template.send(app, _async_wrapper=app.ensure_sync, template=template,
                                context=context)
    rendered = template.render(context)
    template_rendered.send(app, _async_wrapper=app.ensure_sync, template=template,
                           context=context)
    return rendered


def init_app(app: Flask) -> None:
    app.jinja_env.template_class = ImportingTemplate
    app.jinja_env.context_class = FastCallContext
    app.extensions[_EXTENSION_KEY] = LocalizedEnvironments()
