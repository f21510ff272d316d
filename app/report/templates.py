"""The template folder and the jinja2 environment that fills it (autoescape always on)."""

from __future__ import annotations

from contextlib import suppress
from functools import lru_cache

import jinja2
from platformdirs import user_cache_path

from app import paths
from app.i18n import translator
from app.languages import Language
from app.report.pdf import TEMPLATE_DIR

__all__ = ["FONTS_DIR", "MAIN_TEMPLATE", "TEMPLATE_DIR", "environment", "translations"]

FONTS_DIR = paths.RESOURCES / "fonts"
MAIN_TEMPLATE = "plan.html.j2"


class _CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """The templates, compiled, kept between runs in the user's cache folder: compiling the plan
    costs each report tens of milliseconds. jinja2 checks every entry against its template's
    source and the Python version; a cache that cannot be read or written is not used."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with suppress(OSError, ValueError, EOFError):
            super().load_bytecode(bucket)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with suppress(OSError):
            super().dump_bytecode(bucket)


def _compiled_templates() -> jinja2.BytecodeCache | None:
    folder = user_cache_path("smm-career", appauthor=False) / "templates"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return None
    return _CompiledTemplates(str(folder))


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """Loads only from the template folder; `autoescape=True` (not select_autoescape, which
    would skip `.j2` names) so every value from an answer file is HTML-escaped. The i18n extension
    gives the templates `_()`; the sentences come per render from `translations(lang)`."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        bytecode_cache=_compiled_templates(),
        extensions=["jinja2.ext.i18n"],
    )


def translations(lang: Language) -> dict[str, object]:
    """What a template's `_()`, `ngettext()` and `pgettext()` call for one render, in `lang`
    (render context, not environment globals: several languages render in one process)."""
    tr = translator(lang)
    return {"gettext": tr.gettext, "ngettext": tr.ngettext, "pgettext": tr.pgettext}
