"""One place that turns Qt's LanguageChange into `retranslate()`.

`set_language` installs the catalogues and sends LanguageChange to every window; a widget
that shows text mixes this in before its Qt class (`class Page(Retranslating, QWizardPage)`)
and relabels itself in `retranslate()`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    _Base = QWidget
else:
    _Base = object  # a plain mixin at run time; the Qt class comes after it


class Retranslating(_Base):
    def retranslate(self) -> None:
        """Set every text again in the current UI language."""
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
