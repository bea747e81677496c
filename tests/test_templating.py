"""Per-language template environments: folding `_("literal")` into the template must give
exactly what the runtime call gives, in every language, escaped and not escaped."""

from __future__ import annotations

import json

import pytest
from babel.messages.mofile import read_mo
from flask import Flask
from flask.testing import FlaskClient
from jinja2 import DictLoader, Environment

from kiesmbo import templating
from kiesmbo.i18n import LANGUAGE_NAMES
from tests.conftest import TRANSLATIONS


def _literal_msgids() -> list[str]:
    """Every msgid of the Dutch catalogue that templates could pass as a bare literal (no
    plural forms), including ones with %% and quotes."""
    with (TRANSLATIONS / "nl" / "LC_MESSAGES" / "messages.mo").open("rb") as handle:
        catalogue = read_mo(handle)
    found = {message.id for message in catalogue
             if message.id and isinstance(message.id, str) and "%(" not in message.id}
    # Not in the catalogue (so they come back as is): markup, quotes and %% to escape.
    return sorted(found | {'A & B <b>', '100%% sure', "it's", 'say "hi" \\ there'})


def _calls(msgids: list[str]) -> str:
    # json.dumps writes string literals Jinja reads the same way (quotes, backslashes, \uXXXX).
    # |e shows whether a result is Markup (left alone) or text (escaped).
    return "\n".join(f"[{{{{ _({json.dumps(m)}) }}}}][{{{{ gettext({json.dumps(m)}) }}}}]"
                     f"[{{{{ _({json.dumps(m)})|e }}}}]" for m in msgids)


def _environments(app: Flask, sources: dict[str, str]) -> tuple[Environment, Environment]:
    """The app's environment with test templates, without and with the folding."""
    plain = app.jinja_env.overlay(loader=DictLoader(sources))
    folded = app.jinja_env.overlay(loader=DictLoader(sources),
                                   extensions=[templating.ConstantGettext])
    folded.kiesmbo_translations = templating.request_translations()
    return plain, folded


@pytest.fixture
def template_app() -> Flask:
    from kiesmbo import create_app
    return create_app({"TESTING": True, "DATABASE_URL": "sqlite://"})


def test_catalogue_has_the_hard_cases() -> None:
    msgids = _literal_msgids()
    assert len(msgids) > 400
    assert any("%%" in m for m in msgids) and any("'" in m for m in msgids)


@pytest.mark.parametrize("language", sorted(LANGUAGE_NAMES))
def test_folded_templates_render_what_the_runtime_call_renders(template_app: Flask,
                                                              language: str) -> None:
    source = _calls(_literal_msgids())
    with template_app.test_request_context(f"/?lang={language}"):
        plain, folded = _environments(template_app, {"all.html": source, "all.txt": source})
        for name in ("all.html", "all.txt"):  # .html autoescapes, .txt does not
            expected = plain.get_template(name).render()
            assert folded.get_template(name).render() == expected, name
        if language != "en":  # the folding really happened: the translation is in the code
            code = folded.compile(_calls(["Menu"]), name="menu.html", raw=True)
            assert "'_'" not in code and "'gettext'" not in code
            assert plain.get_template("all.html").render() != source


def test_calls_with_variables_and_attributes_stay_calls(template_app: Flask) -> None:
    sources = {"vars.html": '{{ _("Menu %(x)s", x="<b>") }}|{{ obj._("Menu") }}|'
                            '{{ _(word) }}|{{ _("Menu")|upper }}'}

    class Other:
        def _(self, text: str) -> str:
            return f"own:{text}"

    with template_app.test_request_context("/?lang=nl"):
        plain, folded = _environments(template_app, sources)
        rendered = folded.get_template("vars.html").render(obj=Other(), word="Menu")
        assert rendered == plain.get_template("vars.html").render(obj=Other(), word="Menu")
        assert "own:Menu" in rendered and "&lt;b&gt;" in rendered
        code = folded.compile(sources["vars.html"], name="vars.html", raw=True)
        assert code.count("'_'") >= 2  # the call with variables and _(word)


def test_each_language_gets_its_own_compiled_templates(template_app: Flask) -> None:
    with template_app.test_request_context("/?lang=nl"):
        dutch = templating.localized_environment()
        assert templating.localized_environment() is dutch
    with template_app.test_request_context("/?lang=en"):
        english = templating.localized_environment()
    assert english is not dutch
    assert english.cache is not dutch.cache is not template_app.jinja_env.cache
    assert english.globals is template_app.jinja_env.globals  # one set of globals


def test_a_literal_with_placeholders_stays_a_call_that_fails_as_before(
        template_app: Flask) -> None:
    sources = {"bad.html": '{{ _("Crebo %(crebo)s") }}'}
    with template_app.test_request_context("/?lang=nl"):
        for environment in _environments(template_app, sources):
            with pytest.raises(KeyError):
                environment.get_template("bad.html").render()


def test_pages_are_in_the_asked_language_after_another_language_compiled_them(
        client: FlaskClient) -> None:
    pages = {code: client.get(f"/uitleg?lang={code}") for code in ("en", "tr", "nl", "tr")}
    assert all(page.status_code == 200 for page in pages.values())
    turkish, english = pages["tr"].get_data(as_text=True), pages["en"].get_data(as_text=True)
    assert " Menü<span" in turkish and "Menü" not in english and " Menu<span" in english


def test_a_template_with_an_autoescape_block_keeps_its_calls(template_app: Flask) -> None:
    sources = {"block.html": '{% autoescape false %}{{ _("A & B <b>")|e }}{% endautoescape %}'}
    with template_app.test_request_context("/?lang=nl"):
        plain, folded = _environments(template_app, sources)
        assert folded.get_template("block.html").render() == "A &amp; B &lt;b&gt;"
        assert plain.get_template("block.html").render() == "A &amp; B &lt;b&gt;"


IMPORT_SOURCES = {
    "macros.html": "{% macro who() %}{{ name | default('nobody') }}{% endmacro %}",
    "page.html": "{% from 'macros.html' import who %}[{{ who() }}]",
}


@pytest.mark.parametrize("page_globals", [None, {"name": "Ada"}])
def test_imports_see_the_globals_jinja_gives_them(page_globals: dict | None) -> None:
    """`{% from %}` with the app's Template class imports what Jinja's own Template imports:
    the cached module, or a fresh one when the importing template has globals of its own."""
    def render(template_class: type) -> list[str]:
        environment = Environment(loader=DictLoader(IMPORT_SOURCES))
        environment.template_class = template_class
        environment.get_template("macros.html").module  # noqa: B018 (the cached module now exists)
        page = environment.get_template("page.html", globals=page_globals)
        return [page.render(), page.render()]

    from jinja2 import Template
    expected = ["[Ada]", "[Ada]"] if page_globals else ["[nobody]", "[nobody]"]
    assert render(Template) == expected
    assert render(templating.ImportingTemplate) == expected


def test_the_app_compiles_with_the_importing_template(template_app: Flask) -> None:
    with template_app.test_request_context("/"):
        assert isinstance(templating.get_template("layout.html"), templating.ImportingTemplate)


CALL_SOURCE = ("{% set x = 'outer' %}{{ plain(1, b=2) }}|{{ ctx_name() }}|{{ env_name() }}|"
               "{{ eval_auto() }}|{% for x in ['loop'] %}{% set y = x %}{{ ctx_x() }}"
               "{{ ctx_y() }}{% endfor %}|{{ ctx_x() }}|{% block b %}{% set y = 'block' %}"
               "{{ ctx_y() }}{% endblock %}|{{ stops() is undefined }}|{{ method() }}|"
               "{{ macro_call() }}")


def _render_calls(context_class: type | None) -> str:
    from jinja2 import pass_context, pass_environment, pass_eval_context

    environment = Environment(autoescape=True)
    if context_class:
        environment.context_class = context_class

    def stops() -> None:
        raise StopIteration

    class Thing:
        def name(self) -> str:
            return "method"

    environment.globals.update(
        plain=lambda a, b=0: a + b,
        ctx_name=pass_context(lambda context: context.name or "no name"),
        ctx_x=pass_context(lambda context: context.resolve("x")),
        ctx_y=pass_context(lambda context: context.resolve("y")),
        env_name=pass_environment(lambda env: type(env).__name__),
        eval_auto=pass_eval_context(lambda eval_ctx: eval_ctx.autoescape),
        stops=stops, method=Thing().name)
    return environment.from_string(
        "{% macro macro_call() %}macro{% endmacro %}" + CALL_SOURCE).render()


def test_fast_calls_give_what_jinja_gives() -> None:
    """Calls from templates through FastCallContext see what Jinja's Context gives them:
    the context (with loop and block variables), the eval context, the environment, or
    nothing; a StopIteration is undefined."""
    expected = _render_calls(None)
    assert expected.startswith("3|no name|Environment|True|")
    assert "|True|method|macro" in expected
    assert _render_calls(templating.FastCallContext) == expected
