"""The template folder and the jinja2 environment that fills it (autoescape always on)."""

from __future__ import annotations

from functools import lru_cache

import jinja2

from app import paths

TEMPLATE_DIR = paths.REPORT_TEMPLATES / "development_plan"
FONTS_DIR = paths.RESOURCES / "fonts"
MAIN_TEMPLATE = "plan.html.j2"


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """Loads only from the template folder; `autoescape=True` (not select_autoescape, which
    would skip `.j2` names) so every value from an answer file is HTML-escaped."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
