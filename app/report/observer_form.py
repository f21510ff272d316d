"""The printable observer form in sv/nl/en: for someone without the app (the calibration issue).

The same competencies and level descriptions as the questionnaire, with tick boxes; the
answers are typed in later under "Observer ratings…". Rendered like the plan (jinja2 with
autoescape, WeasyPrint behind the locked-down fetcher).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.content import Content
from app.domain.questionnaire import LikertQuestion
from app.domain.text import Language
from app.i18n import translator
from app.report.calibration_view import OBSERVER_ROLES
from app.report.glyphs import printable
from app.report.render import pdf_bytes
from app.report.templates import environment, translations
from app.storage.atomic import write_atomic

FORM_TEMPLATE = "observer_form.html.j2"


@dataclass(frozen=True)
class FormItem:
    name: str
    levels: list[str]


def observer_form_html(content: Content, lang: Language, person: str = "") -> str:
    _ = translator(lang)
    items = [
        FormItem((q.short or q.prompt).get(lang), [level.get(lang) for level in q.levels])
        for q in content.questionnaire.questions()
        if isinstance(q, LikertQuestion) and q.section_id == "competency"
    ]
    return (
        environment()
        .get_template(FORM_TEMPLATE)
        .render(
            **translations(lang),
            lang=lang,
            person=printable(person.strip()),
            roles=[_(OBSERVER_ROLES[r]) for r in ("counsellor", "colleague", "manager")],
            competencies=items,
        )
    )


def render_observer_form(content: Content, out: Path, lang: Language, person: str = "") -> None:
    """Write the blank form (with the person's name, when given) to `out`, atomically."""
    write_atomic(out, pdf_bytes(observer_form_html(content, lang, person)), backup=False)
