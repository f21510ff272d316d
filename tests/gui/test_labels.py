"""One helper names competencies in the UI: the question's short name in the UI language."""

from __future__ import annotations

from app.content import Content
from app.gui.i18n import set_language
from app.gui.labels import competency_label


def test_a_competency_is_named_in_the_ui_language(shipped_content: Content) -> None:
    assert competency_label(shipped_content, "seo") == "SEO"
    set_language("sv")
    question = shipped_content.questionnaire.index()["competency.networking"]
    assert question.short is not None
    assert competency_label(shipped_content, "networking") == question.short.get("sv")
    assert competency_label(shipped_content, "networking", "nl") == question.short.get("nl")


def test_an_id_the_questionnaire_lacks_is_shown_as_it_is(shipped_content: Content) -> None:
    assert competency_label(shipped_content, "retired_skill") == "retired_skill"
