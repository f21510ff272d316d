"""One input widget per question kind, each reading and writing a plain answer value.

`value()` returns what goes into the answer file (None = unanswered); `set_value()` shows a
stored answer; `retranslate()` relabels from the data in the current language. Widgets never
keep an answer of their own: the page writes every change through to the AnswerFile.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.questionnaire import (
    LikertQuestion,
    MultiChoiceQuestion,
    NumberQuestion,
    Option,
    Question,
    RankQuestion,
    SingleChoiceQuestion,
    TextQuestion,
)
from app.gui.i18n import current_language
from app.gui.plain_line import plain_line
from app.languages import LOCALES


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class QuestionInput(QWidget):
    """Base for the inputs; `changed` fires on every user edit."""

    changed = Signal()

    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        self._loading = False

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            self._show(value)
        finally:
            self._loading = False

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Relabel content texts (options, units) in the current language."""

    def focus_widget(self) -> QWidget:
        """The control that takes focus when the question needs attention."""
        return self

    def set_accessible(self, name: str) -> None:
        self.setAccessibleName(name)

    def _emit(self) -> None:
        if not self._loading:
            self.changed.emit()


class TextInput(QuestionInput):
    def __init__(self, question: TextQuestion, parent: QWidget | None = None):
        super().__init__(question, parent)
        self.edit = plain_line(QLineEdit())
        self.edit.setMaxLength(question.max_length)
        self.edit.textChanged.connect(self._emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)

    def value(self) -> str | None:
        text = self.edit.text().strip()
        return text or None

    def _show(self, value: Any) -> None:
        self.edit.setText(value if isinstance(value, str) else "")

    def focus_widget(self) -> QWidget:
        return self.edit

    def set_accessible(self, name: str) -> None:
        self.edit.setAccessibleName(name)


_NUMBER = re.compile(r"^\d*(?:[.,]\d*)?$")


def ui_locale() -> QLocale:
    """The chosen language's number format (never the system's: the two may differ)."""
    return QLocale(LOCALES[current_language()])


def format_number(number: float, decimals: int = 1) -> str:
    """A number as the chosen language writes it: 2,5 in Swedish and Dutch, 2.5 in English."""
    if float(number).is_integer():
        return ui_locale().toString(int(number))
    return ui_locale().toString(float(number), "f", decimals).rstrip("0")


class DecimalSpinBox(QDoubleSpinBox):
    """Takes a decimal comma or a decimal point in every language, whatever the system locale.

    Qt's own spin box reads "2,5" as 25 under a locale whose group separator is a comma. Here
    there are no group separators at all (answers stay below 100), so "2,5" and "2.5" are
    both two and a half, and a value is shown in the chosen language's format.
    """

    def _number_text(self, text: str) -> str:
        text = text.strip()
        if self.suffix().strip() and text.endswith(self.suffix().strip()):
            text = text[: -len(self.suffix().strip())]
        text = text.strip().replace("\u00a0", "")
        special = self.specialValueText()
        if special and text.startswith(special) and text != special:  # typed over the "—"
            text = text[len(special) :]
        return text.strip()

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Typing replaces the value whatever brought focus here (Qt selects it on Tab only):
        an unanswered field is emptied, so "12" never becomes "—12"."""
        super().focusInEvent(event)
        if self.value() <= self.minimum():
            self.lineEdit().clear()
        elif event.reason() != Qt.FocusReason.MouseFocusReason:
            self.selectAll()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        body = self._number_text(text)
        if body in ("", self.specialValueText()):  # cleared: not answered
            return QValidator.State.Acceptable, text, pos
        if not _NUMBER.match(body) or body in (".", ","):
            return (
                (QValidator.State.Intermediate if body in (".", ",") else QValidator.State.Invalid),
                text,
                pos,
            )
        whole, _, fraction = body.replace(",", ".").partition(".")
        if len(fraction) > self.decimals():
            return QValidator.State.Invalid, text, pos
        value = float(f"{whole or 0}.{fraction or 0}")
        if value > self.maximum():
            return QValidator.State.Invalid, text, pos
        if value < self.minimum():
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos

    def valueFromText(self, text: str) -> float:
        body = self._number_text(text)
        if body in ("", self.specialValueText()) or not _NUMBER.match(body):
            return self.minimum()
        try:
            return float(body.replace(",", "."))
        except ValueError:
            return self.minimum()

    def textFromValue(self, value: float) -> str:
        return format_number(round(value, self.decimals()), self.decimals())


class NumberInput(QuestionInput):
    """A spin box; one step below the minimum reads "—" and means "not answered"."""

    def __init__(self, question: NumberQuestion, parent: QWidget | None = None):
        super().__init__(question, parent)
        self.spin = DecimalSpinBox()
        self.spin.setDecimals(question.decimals)
        self.spin.setSingleStep(question.step)
        self._none = question.min - question.step
        self.spin.setRange(self._none, question.max)
        self.spin.setSpecialValueText("—")
        self.spin.setValue(self._none)
        self.spin.valueChanged.connect(self._emit)
        self.spin.editingFinished.connect(self._redraw)
        self.range_label = _hint("")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.spin)
        layout.addWidget(self.range_label, 1)
        self.retranslate()

    def value(self) -> int | float | None:
        number = self.spin.value()
        if number < self.question.min:  # type: ignore[union-attr]
            return None
        number = round(number, self.spin.decimals())
        return int(number) if self.spin.decimals() == 0 or number.is_integer() else number

    def _show(self, value: Any) -> None:
        is_number = isinstance(value, int | float) and not isinstance(value, bool)
        self.spin.setValue(float(value) if is_number else self._none)

    def retranslate(self) -> None:
        q = self.question
        assert isinstance(q, NumberQuestion)
        lang = current_language()
        unit = q.unit.get(lang) if q.unit else ""
        self.spin.setLocale(ui_locale())
        self.spin.setSuffix(f" {unit}" if unit else "")
        self._redraw()
        low, high = format_number(q.min, q.decimals), format_number(q.max, q.decimals)
        text = self.tr("{low}–{high} {unit}").format(low=low, high=high, unit=unit).strip()
        if q.decimals:
            text += " " + self.tr("(a decimal comma or point both work)")
        self.range_label.setText(text)

    def _redraw(self) -> None:
        """Show what was typed ("0.5") in the language's own format ("0,5") once it is read."""
        value = self.spin.value()
        if value > self._none:
            self.spin.lineEdit().setText(
                self.spin.prefix() + self.spin.textFromValue(value) + self.spin.suffix()
            )
        elif not self.spin.hasFocus():
            self.spin.lineEdit().setText(self.spin.specialValueText())

    def focus_widget(self) -> QWidget:
        return self.spin

    def set_accessible(self, name: str) -> None:
        self.spin.setAccessibleName(name)


class _ButtonsInput(QuestionInput):
    """An answer given with a row of buttons: focus goes to the chosen one, each carries the prompt.

    Tab into a question whose answer is chosen lands on that choice (Qt would land on the
    first button, where Space silently changes the answer); arrow keys move between buttons
    (and choose, for radio buttons), never out of the question.
    """

    buttons: Sequence[QAbstractButton]

    def _watch_keys(self) -> None:
        for button in self.buttons:
            button.installEventFilter(self)

    def focus_widget(self) -> QWidget:
        checked = [b for b in self.buttons if b.isChecked()]
        return checked[0] if checked else self.buttons[0]

    def set_accessible(self, name: str) -> None:
        self.setAccessibleName(name)
        for button in self.buttons:
            button.setAccessibleDescription(name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in self.buttons and isinstance(watched, QAbstractButton):
            if event.type() == QEvent.Type.FocusIn and isinstance(event, QFocusEvent):
                target = self.focus_widget()
                tabbed = event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
                if tabbed and self._exclusive() and target is not watched:
                    target.setFocus(event.reason())
                    return True
            if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_Left: -1}
                delta = step.get(Qt.Key(event.key()))
                if delta is not None and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                    index = list(self.buttons).index(watched) + delta
                    if 0 <= index < len(self.buttons):
                        target = self.buttons[index]
                        if self._exclusive():  # as radio buttons do: the arrow also chooses
                            target.click()
                        # A keyboard reason, so the style draws the focus frame on the new button.
                        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
                    return True
        return super().eventFilter(watched, event)

    def _exclusive(self) -> bool:
        return True


class _OptionsInput(_ButtonsInput):
    """Radio buttons or check boxes, one per option, with the option's help below it.

    Check boxes are not put in a QButtonGroup: Qt makes a group one Tab stop, so only the
    first box could be reached by keyboard. Each box is its own Tab stop; arrows move too.
    With `shuffle`, the options are shown in that random order (scenarios: no response is
    favoured by coming first); the value saved is always the option's id.
    """

    def __init__(
        self,
        question: SingleChoiceQuestion | MultiChoiceQuestion,
        exclusive: bool,
        parent: QWidget | None = None,
        shuffle: random.Random | None = None,
    ):
        super().__init__(question, parent)
        self.options: list[Option] = list(question.options)
        if shuffle is not None:
            shuffle.shuffle(self.options)
        self.exclusive = exclusive
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton | QCheckBox] = []
        self.helps: list[QLabel | None] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for i, option in enumerate(self.options):
            button: QRadioButton | QCheckBox = QRadioButton() if exclusive else QCheckBox()
            button.setObjectName(f"{question.id}:{option.value}")
            if exclusive:
                self.group.addButton(button, i)
            else:
                button.toggled.connect(lambda *_: self._emit())
            layout.addWidget(button)
            self.buttons.append(button)
            help_label = None
            if option.help is not None:
                help_label = _hint("")
                help_label.setContentsMargins(24, 0, 0, 4)
                layout.addWidget(help_label)
            self.helps.append(help_label)
        self.group.buttonToggled.connect(lambda *_: self._emit())
        self._watch_keys()
        self.retranslate()

    def _exclusive(self) -> bool:
        return self.exclusive

    def retranslate(self) -> None:
        lang = current_language()
        for option, button, help_label in zip(self.options, self.buttons, self.helps, strict=True):
            button.setText(option.label.get(lang))
            if help_label is not None and option.help is not None:
                help_label.setText(option.help.get(lang))
                button.setAccessibleDescription(option.help.get(lang))


class SingleChoiceInput(_OptionsInput):
    def __init__(
        self,
        question: SingleChoiceQuestion,
        parent: QWidget | None = None,
        shuffle: random.Random | None = None,
    ):
        super().__init__(question, True, parent, shuffle)

    def value(self) -> str | None:
        index = self.group.checkedId()
        return self.options[index].value if index >= 0 else None

    def _show(self, value: Any) -> None:
        self.group.setExclusive(False)
        for option, button in zip(self.options, self.buttons, strict=True):
            button.setChecked(option.value == value)
        self.group.setExclusive(True)


class MultiChoiceInput(_OptionsInput):
    def __init__(self, question: MultiChoiceQuestion, parent: QWidget | None = None):
        super().__init__(question, False, parent)

    def value(self) -> list[str] | None:
        chosen = [o.value for o, b in zip(self.options, self.buttons, strict=True) if b.isChecked()]
        return chosen or None

    def _show(self, value: Any) -> None:
        chosen = set(value) if isinstance(value, list) else set()
        for option, button in zip(self.options, self.buttons, strict=True):
            button.setChecked(option.value in chosen)


class _LevelLabel(QLabel):
    """A level's descriptor under its radio button; clicking it picks the level."""

    def __init__(self, button: QRadioButton):
        super().__init__()
        self.button = button
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.button.click()
        event.accept()


class LikertInput(_ButtonsInput):
    """Five levels side by side, each with what that level looks like at work."""

    def __init__(self, question: LikertQuestion, parent: QWidget | None = None):
        super().__init__(question, parent)
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        self.labels: list[_LevelLabel] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        for level in range(1, 6):
            button = QRadioButton(str(level))
            button.setObjectName(f"{question.id}:{level}")
            self.group.addButton(button, level)
            label = _LevelLabel(button)
            grid.addWidget(button, 0, level - 1, Qt.AlignmentFlag.AlignHCenter)
            grid.addWidget(label, 1, level - 1)
            grid.setColumnStretch(level - 1, 1)
            self.buttons.append(button)
            self.labels.append(label)
        self.group.idToggled.connect(lambda *_: self._emit())
        self.group.idToggled.connect(lambda *_: self._mark_chosen())
        self._watch_keys()
        self.retranslate()

    def _mark_chosen(self) -> None:
        """The chosen level's description in bold, so the choice reads at a glance."""
        for button, label in zip(self.buttons, self.labels, strict=True):
            font = label.font()
            font.setBold(button.isChecked())
            label.setFont(font)

    def value(self) -> int | None:
        level = self.group.checkedId()
        return level if level > 0 else None

    def _show(self, value: Any) -> None:
        self.group.setExclusive(False)
        for level, button in enumerate(self.buttons, start=1):
            button.setChecked(value == level)
        self.group.setExclusive(True)

    def retranslate(self) -> None:
        q = self.question
        assert isinstance(q, LikertQuestion)
        lang = current_language()
        for level, (button, label, text) in enumerate(
            zip(self.buttons, self.labels, q.levels, strict=True), 1
        ):
            label.setText(text.get(lang))
            button.setAccessibleName(f"{level}: {text.get(lang)}")


class _RankList(QListWidget):
    """One of the ranking's two lists; `moved` asks to move the current item across.

    The list to choose from moves it on Return (and stays on the page: Return would also press
    Next). The ranked list moves an item back only on Delete or Backspace: Return there means
    Next, as everywhere else, and never undoes a choice by surprise. A double click moves an
    item either way."""

    moved = Signal()

    def __init__(self, *, return_moves: bool):
        super().__init__()
        self.return_moves = return_moves
        self.itemDoubleClicked.connect(lambda _item: self.moved.emit())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = (
            (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if self.return_moves
            else (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        )
        if event.key() in keys and self.currentItem() is not None:
            self.moved.emit()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # to the wizard: Next
            return
        super().keyPressEvent(event)


class RankInput(QuestionInput):
    """Pick exactly N options and put them in order: a list to choose from and a ranked list.

    The options are offered in a random order (`shuffle`), so that no order hints at the
    experts' choice; what the experts chose (`after_answer`) appears only once N are ranked.
    """

    def __init__(
        self, question: RankQuestion, parent: QWidget | None = None, shuffle: random.Random | None = None
    ):
        super().__init__(question, parent)
        offered = list(question.options)
        if shuffle is not None:
            shuffle.shuffle(offered)
        self.options = {o.value: o for o in offered}
        self.rank_question = question
        self.reveal = _hint("")
        self.reveal.setObjectName(f"{question.id}:after_answer")
        self.reveal.setFrameShape(QFrame.Shape.StyledPanel)
        self.reveal.setMargin(6)
        self.choose = question.choose
        self.available = _RankList(return_moves=True)
        self.chosen = _RankList(return_moves=False)
        for lst in (self.available, self.chosen):
            lst.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            lst.setFixedHeight(
                (lst.fontMetrics().height() + 6) * len(self.options) + 2 * lst.frameWidth() + 4
            )
            lst.setSpacing(1)
        self.available_label = QLabel()
        self.available_label.setBuddy(self.available)
        self.chosen_label = QLabel()
        self.chosen_label.setBuddy(self.chosen)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        self.add_button.clicked.connect(self.add_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.available.moved.connect(self.add_selected)
        self.chosen.moved.connect(self.remove_selected)
        self.available.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.chosen.currentRowChanged.connect(lambda _row: self._update_buttons())

        left = QVBoxLayout()
        left.addWidget(self.available_label)
        left.addWidget(self.available)
        middle = QVBoxLayout()
        middle.addStretch()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            middle.addWidget(button)
        middle.addStretch()
        right = QVBoxLayout()
        right.addWidget(self.chosen_label)
        right.addWidget(self.chosen)
        lists = QHBoxLayout()
        lists.addLayout(left, 1)
        lists.addLayout(middle)
        lists.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(lists)
        layout.addWidget(self.reveal)
        self._order: list[str] = []
        self.retranslate()

    # -- the order is the state; the two lists are drawn from it
    def value(self) -> list[str] | None:
        return list(self._order) or None

    def _show(self, value: Any) -> None:
        order = [v for v in value if v in self.options] if isinstance(value, list) else []
        self._order = list(dict.fromkeys(order))
        self._redraw()

    def add_selected(self) -> None:
        item = self.available.currentItem()
        if item is None or len(self._order) >= self.choose:
            return
        self._order.append(item.data(Qt.ItemDataRole.UserRole))
        self._redraw(chosen_row=len(self._order) - 1)
        self._emit()

    def remove_selected(self) -> None:
        row = self.chosen.currentRow()
        if row < 0:
            return
        del self._order[row]
        self._redraw(chosen_row=min(row, len(self._order) - 1))
        self._emit()

    def move_selected(self, delta: int) -> None:
        row = self.chosen.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < len(self._order):
            return
        self._order[row], self._order[target] = self._order[target], self._order[row]
        self._redraw(chosen_row=target)
        self._emit()

    def _redraw(self, chosen_row: int = -1) -> None:
        lang = current_language()
        available_row = max(self.available.currentRow(), 0)
        self.available.clear()
        self.chosen.clear()
        for value, option in self.options.items():
            if value not in self._order:
                item = QListWidgetItem(option.label.get(lang))
                item.setData(Qt.ItemDataRole.UserRole, value)
                self.available.addItem(item)
        for i, value in enumerate(self._order, start=1):
            item = QListWidgetItem(f"{i}. {self.options[value].label.get(lang)}")
            item.setData(Qt.ItemDataRole.UserRole, value)
            self.chosen.addItem(item)
        if self.available.count():
            self.available.setCurrentRow(min(available_row, self.available.count() - 1))
        if chosen_row >= 0:
            self.chosen.setCurrentRow(chosen_row)
        self._update_buttons()
        self._update_reveal()

    def _update_reveal(self) -> None:
        """The experts' view, only after the person has given their own complete ranking."""
        q, lang = self.rank_question, current_language()
        done = q.after_answer is not None and len(self._order) >= self.choose
        if done and q.after_answer is not None:
            names = {o.value: o.label.get(lang) for o in q.options}
            expert = ", ".join(f"{i}. {names[v]}" for i, v in enumerate(q.expert_order, start=1))
            less = ", ".join(names[v] for v in q.expert_less_important)
            self.reveal.setText(q.after_answer.get(lang).format(expert=expert, less=less))
        self.reveal.setVisible(done)

    def _update_buttons(self) -> None:
        row = self.chosen.currentRow()
        full = len(self._order) >= self.choose
        self.add_button.setEnabled(not full and self.available.currentItem() is not None)
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(self._order) - 1)

    def retranslate(self) -> None:
        self.available_label.setText(self.tr("&Options"))
        self.chosen_label.setText(self.tr("Your order (choose {n})").format(n=self.choose))
        self.add_button.setText(self.tr("&Add →"))
        self.remove_button.setText(self.tr("← &Remove"))
        self.up_button.setText(self.tr("Move &up"))
        self.down_button.setText(self.tr("Move &down"))
        self.available.setAccessibleName(self.tr("Options"))
        self.chosen.setAccessibleName(self.tr("Your order"))
        self._redraw(chosen_row=self.chosen.currentRow())

    def focus_widget(self) -> QWidget:
        return self.available if len(self._order) < self.choose else self.chosen

    def set_accessible(self, name: str) -> None:
        self.setAccessibleName(name)
        self.available.setAccessibleDescription(name)
        self.chosen.setAccessibleDescription(name)


def make_input(question: Question, rng: random.Random | None = None) -> QuestionInput:
    """The input for `question`; scenario responses and rank options are shuffled with `rng`
    (a fresh random order when None)."""
    rng = rng or random.Random()
    if isinstance(question, SingleChoiceQuestion) and question.key is not None:
        return SingleChoiceInput(question, shuffle=rng)
    if isinstance(question, TextQuestion):
        return TextInput(question)
    if isinstance(question, NumberQuestion):
        return NumberInput(question)
    if isinstance(question, SingleChoiceQuestion):
        return SingleChoiceInput(question)
    if isinstance(question, MultiChoiceQuestion):
        return MultiChoiceInput(question)
    if isinstance(question, LikertQuestion):
        return LikertInput(question)
    return RankInput(question, shuffle=rng)
