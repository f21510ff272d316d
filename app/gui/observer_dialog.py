"""The observer form: someone who knows the person's work rates the same competencies.

A counsellor after the session, a colleague or a manager types their ratings in beside the
person's own (DOMAIN.md's `observer` block). Nothing is computed here: the analysis compares
the two and flags differences of two levels or more.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.content import Content
from app.domain.answers import AnswerFile, Observer, ObserverRole
from app.domain.questionnaire import LikertQuestion
from app.gui.i18n import current_language
from app.gui.labels import question_label
from app.gui.plain_line import plain_line

ROLES: tuple[ObserverRole, ...] = ("counsellor", "colleague", "manager")


class ObserverDialog(QDialog):
    def __init__(
        self,
        content: Content,
        answer_file: AnswerFile,
        default_role: ObserverRole = "colleague",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("observer_dialog")
        self.setWindowTitle(self.tr("Observer ratings"))
        lang = current_language()
        earlier = answer_file.observer
        intro = QLabel(
            self.tr(
                "Someone who knows this person's work – a counsellor after the session, a colleague or a manager – rates the same competencies from 1 to 5. A difference of two levels or more is shown in the results as something to talk about."
            )
        )
        intro.setWordWrap(True)
        self.role = QComboBox()
        self.role.setObjectName("observer_role")
        names = {
            "counsellor": self.tr("Counsellor"),
            "colleague": self.tr("Colleague"),
            "manager": self.tr("Manager"),
        }
        for role in ROLES:
            self.role.addItem(names[role], role)
        self.role.setCurrentIndex(ROLES.index(earlier.role if earlier else default_role))
        self.name = plain_line(QLineEdit(earlier.name if earlier else ""))
        self.name.setObjectName("observer_name")
        self.name.setMaxLength(200)
        form = QFormLayout()
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("&Name (optional)"), self.name)

        grid = QGridLayout()
        for column, heading in enumerate((self.tr("Competency"), self.tr("Own rating"), self.tr("Observer"))):
            label = QLabel(f"<b>{heading}</b>")
            grid.addWidget(label, 0, column)
        given = earlier.ratings if earlier else {}
        self.ratings: dict[str, QComboBox] = {}
        questions = [q for q in content.questionnaire.questions() if isinstance(q, LikertQuestion)]
        for row, question in enumerate((q for q in questions if q.section_id == "competency"), start=1):
            name = question_label(question, lang)
            own = answer_file.answers.get(question.id)
            box = QComboBox()
            box.setObjectName(f"observer:{question.id}")
            box.addItem(self.tr("not rated"), None)
            for level, text in enumerate(question.levels, start=1):
                box.addItem(str(level), level)
                box.setItemData(
                    level, text.get(lang), Qt.ItemDataRole.ToolTipRole
                )  # what the level looks like
            box.setCurrentIndex(given.get(question.id, 0))
            box.setAccessibleName(self.tr("Observer's rating: {name}").format(name=name))
            label = QLabel(name)
            label.setBuddy(box)
            grid.addWidget(label, row, 0)
            grid.addWidget(QLabel("–" if own is None else str(own)), row, 1)
            grid.addWidget(box, row, 2)
            self.ratings[question.id] = box
        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(520, 620)

    def set_rating(self, question_id: str, level: int | None) -> None:
        box = self.ratings[question_id]
        box.setCurrentIndex(box.findData(level) if level is not None else 0)

    def observer(self) -> Observer | None:
        """What was entered; None when no competency was rated (the block is then removed)."""
        ratings = {qid: int(box.currentData()) for qid, box in self.ratings.items() if box.currentData()}
        if not ratings:
            return None
        return Observer(role=self.role.currentData(), name=self.name.text().strip(), ratings=ratings)
