"""The source articles, readable in the UI language: what each is about, who published it,
its own title and language, and a summary. Opened with the wizard's “Sources…” button."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.sources import SourceArticle
from app.gui.i18n import current_language
from app.gui.retranslate import Retranslating
from app.languages import LOCALES, Language


def language_name(code: Language, ui: Language) -> str:
    """“svenska”, “Zweeds”, “Swedish”: a language named as the UI language names it."""
    from babel import Locale

    return str(Locale.parse(LOCALES[ui]).languages.get(code, code))


def source_title(article: SourceArticle) -> str:
    """The short title in the UI language (the article's own title when it has none)."""
    return article.short_title.get(current_language()) if article.short_title else article.title


class SourcesDialog(Retranslating, QDialog):
    def __init__(self, articles: list[SourceArticle], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sources_dialog")
        self.articles = articles
        self.list = QListWidget()
        self.list.setObjectName("sources_list")
        self.list.setWordWrap(True)  # whole titles, never a sideways scroll
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(lambda _row: self._show_current())
        self.list_label = QLabel()
        self.list_label.setBuddy(self.list)
        self.detail = QLabel()
        self.detail.setObjectName("source_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        left = QVBoxLayout()
        left.addWidget(self.list_label)
        left.addWidget(self.list)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addWidget(self.detail, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(720, 420)

    def select(self, short: str) -> None:
        """Show the article with this shorthand (S0 … S4) first."""
        for row, article in enumerate(self.articles):
            if article.short == short:
                self.list.setCurrentRow(row)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sources"))
        self.list_label.setText(self.tr("The questions and the plan rest on these articles:"))
        row = max(self.list.currentRow(), 0)
        self.list.clear()
        for article in self.articles:
            text = f"{article.short}  {source_title(article)}"
            item = QListWidgetItem(text)
            item.setToolTip(text)
            self.list.addItem(item)
        self.list.setCurrentRow(min(row, len(self.articles) - 1))
        self._show_current()

    def _show_current(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.articles):
            self.detail.clear()
            return
        article = self.articles[row]
        lang = current_language()
        lines = [f"<h3>{html.escape(article.short)}: {html.escape(source_title(article))}</h3>"]
        lines.append(
            html.escape(
                self.tr("Its own title: “{title}” (in {language})").format(
                    title=article.title, language=language_name(article.language, lang)
                )
            )
        )
        if article.publisher is not None:
            lines.append(html.escape(self.tr("Published by: {who}").format(who=article.publisher.get(lang))))
        else:
            lines.append(html.escape(self.tr("The article does not say who published it.")))
        lines.append(f"<p>{html.escape(article.summary.get(lang))}</p>")
        self.detail.setText("<br>".join(lines[:-1]) + lines[-1])
        self.detail.setAccessibleName(f"{article.short}: {source_title(article)}")
