"""Screenshots of every page in every language, to look at (not a test).

QT_QPA_PLATFORM=offscreen .venv/bin/python tests/gui/take_screenshots.py /tmp/shots
QT_SCALE_FACTOR=2 QT_QPA_PLATFORM=offscreen .venv/bin/python tests/gui/take_screenshots.py /tmp/shots2x
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from app.content import shipped
from app.domain.answers import AnswerFile
from app.domain.text import LANGUAGES
from app.gui.i18n import set_language
from app.gui.main import MainWindow
from app.storage.answer_files import read_answer_file
from app.storage.autosave import file_saver

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "sv_career_changer_customer_service.json"


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    content = shipped()
    data = Path(tempfile.mkdtemp())
    for lang in LANGUAGES:
        set_language(lang)
        window = MainWindow(content, data)
        window.resize(900, 720)
        window.show()
        app.processEvents()
        window.grab().save(str(out / f"{lang}_0_start.png"))
        answer_file = read_answer_file(EXAMPLE, content)
        answer_file.language = lang
        wizard = window.open_wizard(answer_file, file_saver(data / "autosave" / f"{lang}.json"))
        wizard.restart()  # a finished file opens on its results; walk every page from the first
        for number in range(1, len(wizard.section_pages) + 1):
            app.processEvents()
            page = wizard.section_pages[number - 1]
            name = f"{lang}_{number:02d}_{page.key}"
            window.grab().save(str(out / f"{name}.png"))
            body = page.scroll_area.widget()
            assert body is not None
            body.grab().save(str(out / f"{name}_full.png"))
            wizard.next()
        app.processEvents()
        window.grab().save(str(out / f"{lang}_99_results.png"))
        body = wizard.results_page.scroll_area.widget()
        assert body is not None
        body.grab().save(str(out / f"{lang}_99_results_full.png"))
        window.close_wizard()
        # the states that need attention: a broken autosave, a missing and a conflicting answer
        (data / "autosave" / "broken.json").write_text("{", "utf-8")
        window.start_page.refresh()
        window.start_page.show_saved_button.setChecked(True)
        saved = window.start_page.saved
        saved.setCurrentRow(next(i for i in range(saved.count()) if "broken.json" in saved.item(i).text()))
        app.processEvents()
        window.grab().save(str(out / f"{lang}_0_start_broken.png"))
        (data / "autosave" / "broken.json").unlink()
        wizard = window.open_wizard(AnswerFile(language=lang), lambda answer_file: None)
        wizard.next()
        page = wizard.section_pages[1]
        page.blocks["experience.online_marketing_years"].input.set_value(5)
        page.blocks["experience.online_marketing_years"].input.changed.emit()
        wizard.next()
        app.processEvents()
        window.grab().save(str(out / f"{lang}_02_experience_errors.png"))
        window.close_wizard()
        window.close()
    app.quit()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots"))
