"""Cold start to the first page, and memory, as ratios against a bare QWizard of comparable size.

Each measurement is a fresh Python process (interpreter start, imports, widgets, first paint);
"smm-career (entry point)" goes through the real command-line entry up to its first paint
(the questionnaire loads right after it); "content loaded" waits until Start is enabled;
the parent clocks from spawning the process to the child's "shown" line. The baseline is a
plain QWizard with as many pages as ours and a label and a line edit per question. Runs
alternate between the two so machine load hits both alike; medians are compared.

    .venv/bin/python benchmarks/bench_startup.py [--runs 7]

Goal (issue 5): both ratios ≤ 1.5.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_REPORT = """
from PySide6.QtCore import QEvent, QObject

_done = []

def _report():
    if _done:
        return
    _done.append(True)
    with open("/proc/self/status") as status:
        rss = next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
    print("shown", rss, "weasyprint" in sys.modules, flush=True)

class _FirstPaint(QObject):
    \"\"\"Reports when a visible top-level window first paints: what the user sees.\"\"\"

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj.isWidgetType() and obj.window().isVisible():
            _report()
        return False

_first_paint = _FirstPaint()
app.installEventFilter(_first_paint)
"""

BASELINE = (
    """
import sys
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWizard, QWizardPage
app = QApplication(sys.argv)
"""
    + _REPORT
    + """
wizard = QWizard()
for section in range({pages}):
    page = QWizardPage()
    page.setTitle("Section %d" % section)
    layout = QVBoxLayout(page)
    for question in range({per_page}):
        layout.addWidget(QLabel("Question %d" % question))
        layout.addWidget(QLineEdit())
    wizard.addPage(page)
wizard.resize(900, 720)
wizard.show()
app.exec()
"""
)

APP_START = (
    """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
"""
    + _REPORT
    + """
from app.content import shipped
from app.gui.main import MainWindow
window = MainWindow(shipped(), Path({data!r}))
window.show()
{then}
app.exec()
"""
)

ENTRY_POINT = (
    """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
"""
    + _REPORT
    + """
from app.cli import main
main(["--data-dir", {data!r}])
"""
)

ENTRY_POINT_READY = (
    """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
"""
    + _REPORT
    + """
app.removeEventFilter(_first_paint)

def _when_ready():
    from app.gui.main import MainWindow
    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
    if windows and windows[0].start_page.content is not None:
        _report()
    else:
        QTimer.singleShot(2, _when_ready)
QTimer.singleShot(0, _when_ready)  # reports once the questionnaire has loaded (Start is enabled)
from app.cli import main
main(["--data-dir", {data!r}])
"""
)

OPEN_WIZARD = """
from app.domain.answers import AnswerFile
window.open_wizard(AnswerFile(), lambda answer_file: None)
"""


def run_once(code: str) -> tuple[float, int, bool]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        PYTHONPATH=str(ROOT),
        PYTHONDONTWRITEBYTECODE="1",
    )
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert child.stdout is not None
    line = ""
    for line in child.stdout:
        if line.startswith("shown"):
            break
    elapsed = time.perf_counter() - start
    child.kill()
    child.wait()
    _, rss, weasy = line.split()
    return elapsed, int(rss), weasy == "True"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    from app.content import shipped

    questionnaire = shipped().questionnaire
    pages = len(questionnaire.sections) + 1
    per_page = max(len(s.questions) for s in questionnaire.sections)
    data = tempfile.mkdtemp(prefix="smm-bench-")
    programs = {
        "bare QWizard": BASELINE.format(pages=pages, per_page=per_page),
        "smm-career (entry point)": ENTRY_POINT.format(data=data),
        "smm-career, content loaded": ENTRY_POINT_READY.format(data=data),
        "app: start page": APP_START.format(data=data, then=""),
        "app: first question page": APP_START.format(data=data, then=OPEN_WIZARD),
    }
    results: dict[str, list[tuple[float, int, bool]]] = {name: [] for name in programs}
    run_once(programs["bare QWizard"])  # warm the OS file cache once, for both sides alike
    for _ in range(args.runs):
        for name, code in programs.items():
            results[name].append(run_once(code))

    base_time = statistics.median(r[0] for r in results["bare QWizard"])
    base_rss = statistics.median(r[1] for r in results["bare QWizard"])
    print(
        f"baseline: bare QWizard, {pages} pages × {per_page} label+line-edit pairs; "
        f"median of {args.runs} fresh processes each"
    )
    print(f"{'':28}{'start (s)':>10}{'× base':>8}{'RSS (MiB)':>11}{'× base':>8}  weasyprint loaded")
    for name, runs in results.items():
        t = statistics.median(r[0] for r in runs)
        rss = statistics.median(r[1] for r in runs)
        weasy = any(r[2] for r in runs)
        print(f"{name:28}{t:10.3f}{t / base_time:8.2f}{rss / 1024:11.1f}{rss / base_rss:8.2f}  {weasy}")


if __name__ == "__main__":
    main()
