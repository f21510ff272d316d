"""The passphrase prompt in front of counsellor mode: on entering, after an idle lock, and to
change the passphrase. The first use chooses it twice, with the plain warning that a lost
passphrase means lost records."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.retranslate import Retranslating

MAX_PASSPHRASE = 1024


def _secret(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(MAX_PASSPHRASE)
    return field


class PassphrasePage(Retranslating, QWidget):
    """Enter the passphrase, or (first use) choose it twice."""

    unlockRequested = Signal(str)
    backRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("passphrase_page")
        self.creating = False
        self.heading = QLabel()
        self.heading.setObjectName("passphrase_heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName("passphrase_warning")
        self.warning.setWordWrap(True)
        self.passphrase = _secret("passphrase")
        self.repeat = _secret("passphrase_repeat")
        self.passphrase_label = QLabel()
        self.passphrase_label.setBuddy(self.passphrase)
        self.repeat_label = QLabel()
        self.repeat_label.setBuddy(self.repeat)
        self.error = QLabel()
        self.error.setObjectName("passphrase_error")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.unlock = QPushButton()
        self.unlock.setObjectName("unlock")
        self.unlock.setDefault(True)
        self.unlock.clicked.connect(self._submit)
        self.back = QPushButton()
        self.back.setObjectName("passphrase_back")
        self.back.clicked.connect(self.backRequested.emit)
        for field in (self.passphrase, self.repeat):
            field.textChanged.connect(self._check)
            field.returnPressed.connect(self.unlock.click)

        form = QFormLayout()
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow(self.repeat_label, self.repeat)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch()
        buttons.addWidget(self.unlock)
        box = QWidget()
        box.setMaximumWidth(560)
        inner = QVBoxLayout(box)
        inner.addWidget(self.heading)
        inner.addWidget(self.warning)
        inner.addLayout(form)
        inner.addWidget(self.error)
        inner.addLayout(buttons)
        row = QHBoxLayout()  # centred; not by alignment, which would cut the wrapped warning short
        row.addStretch()
        row.addWidget(box, 3)
        row.addStretch()
        outer = QVBoxLayout(self)
        outer.addStretch()
        outer.addLayout(row)
        outer.addStretch(2)
        self.setTabOrder(self.passphrase, self.repeat)
        self.setTabOrder(self.repeat, self.unlock)
        self.setTabOrder(self.unlock, self.back)
        self.ask(creating=False)

    def ask(self, *, creating: bool, error: str = "") -> None:
        """Empty fields, the right wording for entering or choosing, and focus on the first."""
        self.creating = creating
        self.passphrase.clear()
        self.repeat.clear()
        self.repeat.setVisible(creating)
        self.repeat_label.setVisible(creating)
        self.warning.setVisible(creating)
        self.retranslate()
        self.error.setText(error)
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        if self.creating:
            self.heading.setText(self.tr("Choose a passphrase for your client records"))
            self.passphrase_label.setText(self.tr("&Passphrase:"))
            self.unlock.setText(self.tr("&Set passphrase"))
            self.passphrase.setPlaceholderText(self.tr("at least 8 characters"))
        else:
            self.passphrase.setPlaceholderText("")
            self.heading.setText(self.tr("Counsellor mode is locked"))
            self.passphrase_label.setText(self.tr("&Passphrase:"))
            self.unlock.setText(self.tr("&Unlock"))
        self.warning.setText(
            self.tr(
                "Your client records are encrypted with this passphrase. If you lose it, the records "
                "are lost: nobody can open them, not even with help. Write it down somewhere safe, and "
                "make a backup of the records now and then (“Back up records…” in counsellor mode)."
            )
        )
        self.repeat_label.setText(self.tr("&Repeat it:"))
        self.back.setText(self.tr("← Start page"))
        self._check()

    def _check(self) -> None:
        text = self.passphrase.text()
        ok = bool(text) and (not self.creating or text == self.repeat.text())
        self.unlock.setEnabled(ok)
        if self.creating and self.repeat.text() and text != self.repeat.text():
            self.error.setText(self.tr("The two passphrases are not the same."))
        elif self.creating:
            self.error.clear()

    def _submit(self) -> None:
        if self.unlock.isEnabled():
            self.unlockRequested.emit(self.passphrase.text())

    def show_error(self, text: str) -> None:
        self.passphrase.clear()
        self.repeat.clear()
        self.error.setText(text)
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)


class ChangePassphraseDialog(QDialog):
    """A new passphrase, typed twice, with the same warning as on first use."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("change_passphrase_dialog")
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setMinimumWidth(460)
        warning = QLabel(
            self.tr(
                "If you lose the new passphrase, the records are lost. Write it down somewhere safe, "
                "and make a backup of the records (“Back up records…” in counsellor mode)."
            )
        )
        warning.setWordWrap(True)
        self.new = _secret("new_passphrase")
        self.repeat = _secret("new_passphrase_repeat")
        form = QFormLayout(self)
        form.addRow(warning)
        form.addRow(self.tr("New passphrase:"), self.new)
        form.addRow(self.tr("Repeat it:"), self.repeat)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        for field in (self.new, self.repeat):
            field.textChanged.connect(
                lambda _t: self.ok.setEnabled(bool(self.new.text()) and self.new.text() == self.repeat.text())
            )
        form.addRow(buttons)
