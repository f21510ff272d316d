"""The one background-job helper: work off the GUI thread, the answer back on it."""

from __future__ import annotations

import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.gui.background import BackgroundJob, Failure, FailureKind, pdf_job


def test_the_result_arrives_on_the_gui_thread_and_the_work_ran_elsewhere(qtbot: QtBot) -> None:
    ran_on: list[threading.Thread] = []
    answered_on: list[threading.Thread] = []

    def work() -> int:
        ran_on.append(threading.current_thread())
        return 42

    job = BackgroundJob(work)
    job.done.connect(lambda _result: answered_on.append(threading.current_thread()))
    with qtbot.waitSignal(job.done, timeout=10_000) as done:
        job.start()
    assert done.args == [42]
    assert ran_on != [threading.main_thread()] and answered_on == [threading.main_thread()]


def test_an_unexpected_error_becomes_a_message_not_a_traceback(qtbot: QtBot) -> None:
    def work() -> None:
        raise ValueError("bad value")

    job = BackgroundJob(work)
    with qtbot.waitSignal(job.failed, timeout=10_000) as failed:
        job.start()
    assert failed.args == [Failure(FailureKind.ERROR, "ValueError: bad value")]


def test_a_pdf_job_refuses_a_folder_before_rendering(qtbot: QtBot, tmp_path: Path) -> None:
    rendered: list[Path] = []
    job = pdf_job(tmp_path, "en", rendered.append)
    with qtbot.waitSignal(job.failed, timeout=10_000) as failed:
        job.start()
    [failure] = failed.args
    assert failure.kind is FailureKind.REFUSED and "is a folder" in failure.text
    assert rendered == []
