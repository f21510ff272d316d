"""One PDF per answer file in a folder, rendered in a pool of worker processes.

Workers are started with the "spawn" method on every platform: they import WeasyPrint
themselves, and the parent never does (nothing is forked from a process holding Pango).
One bad file never stops a batch: every failure comes back as a refusal with its reasons.
A worker that dies (killed, out of memory) breaks the pool; the files it had not finished
are then tried again one by one, each in a fresh worker, so only the file that kills its
worker is refused.

What is planned is decided before any PDF is made (`plan`): every entry named `*.json`
is either rendered or refused with a reason (a pipe, a device, a broken link or a folder
is never skipped silently), an existing PDF is kept unless `overwrite`, and two answer
files that would write the same PDF (names differing only in case) are both refused.

Stopping a batch stops its workers, and nothing is written after it has stopped: SIGTERM (as
`timeout` and `kill` send) ends the parent as SystemExit(143) and Ctrl-C as KeyboardInterrupt;
either way the workers are killed and waited for, and the half-written temporary copies of the
planned PDFs are removed. Workers ignore Ctrl-C (their parent decides) and die with their parent
even when it is killed outright (SIGKILL): on Linux the kernel kills them (`PR_SET_PDEATHSIG`),
and on every platform a thread in each worker waits for the parent to be gone (`_watch_parent`).
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import multiprocessing.connection
import os
import signal
import stat
import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from app.domain.os_reasons import reason_text
from app.domain.problems import Problem, shown, shown_path
from app.domain.text import Language
from app.report.output import message, out_problem
from app.storage.atomic import leftovers

_PR_SET_PDEATHSIG = 1


@dataclass(frozen=True)
class BatchItem:
    source: Path
    out: Path
    problems: list[str] = field(default_factory=list)
    """Empty when the PDF was written."""

    @property
    def ok(self) -> bool:
        return not self.problems


def plan(
    folder: Path, out_dir: Path, lang: Language, *, overwrite: bool = False
) -> tuple[list[tuple[Path, Path]], list[BatchItem]]:
    """(answer file, PDF) pairs to render and the entries refused up front, both sorted by
    name: every entry directly inside `folder` whose name ends in `.json` (any case)."""
    entries = sorted(p for p in folder.iterdir() if p.name.lower().endswith(".json"))
    claimed: dict[str, list[Path]] = {}
    for src in entries:
        claimed.setdefault(f"{src.name[:-5]}.pdf".casefold(), []).append(src)
    pairs: list[tuple[Path, Path]] = []
    refused: list[BatchItem] = []
    for src in entries:
        out = out_dir / f"{src.name[:-5]}.pdf"
        others = [o for o in claimed[out.name.casefold()] if o != src]
        problem: str | None
        if others:
            problem = message(
                "same_output",
                lang,
                path=shown_path(src),
                other=shown_path(others[0].name),
                out=shown_path(out),
            )
        else:
            problem = _source_problem(src, lang) or _existing_output(out, lang, overwrite)
        if problem:
            refused.append(BatchItem(src, out, [problem]))
        else:
            pairs.append((src, out))
    return pairs, refused


def _source_problem(src: Path, lang: Language) -> str | None:
    try:
        mode = os.stat(src).st_mode
    except FileNotFoundError:  # listed a moment ago: a broken link
        return message("not_a_file", lang, path=shown_path(src))
    except OSError as exc:
        return message("unreadable", lang, path=shown_path(src), detail=reason_text(exc, lang))
    return None if stat.S_ISREG(mode) else message("not_a_file", lang, path=shown_path(src))


def _existing_output(out: Path, lang: Language, overwrite: bool) -> str | None:
    if not os.path.lexists(out):
        return None
    if problem := out_problem(out, lang):
        return problem
    return None if overwrite else message("exists", lang, path=shown_path(out))


def check_worker(lang: Language) -> str | None:
    """Run in a worker: can it make PDFs? (None, or the install hint.)

    It also loads the questionnaire, so each worker pays its start-up cost once, up front.
    """
    from app import content
    from app.report.pango import pdf_engine_problem

    problem = pdf_engine_problem(lang)
    if problem is None:
        with contextlib.suppress(content.ContentError):  # reported per file by render_one
            content.shipped()
    return problem


def render_one(source: str, out: str, lang: Language) -> list[str]:
    """Run in a worker: one answer file to one PDF; returns the problems (empty on success)."""
    from app import content
    from app.analysis import UnknownProfileError
    from app.report.render import render_pdf
    from app.storage.answer_files import AnswerFileError, read_answer_file

    try:
        shipped = content.shipped()
        answer_file = read_answer_file(Path(source), shipped)
        problem = out_problem(Path(out), lang)
        if problem:
            return [problem]
        render_pdf(answer_file, shipped, Path(out))
    except AnswerFileError as err:
        return err.lines(lang)
    except content.ContentError as err:
        return [str(p) for p in err.problems]
    except UnknownProfileError as err:
        params: dict[str, object] = {"value": err.profile_id, "allowed": ", ".join(err.known)}
        return [Problem("unknown_profile", "", params).render(source, lang)]
    except OSError as err:
        return [f"{shown_path(out)}: {reason_text(err, lang)}"]
    except Exception as err:  # one broken file must never stop the batch
        return [f"{shown_path(source)}: {type(err).__name__}: {shown(err)}"]
    return []


Renderer = Callable[[str, str, Language], list[str]]


KERNEL_DEATH_SIGNAL = sys.platform.startswith("linux")
"""Whether workers ask the kernel to kill them with their parent (Linux only); the parent's
value is handed to its workers, so a test can leave them the portable watch alone."""


def _start_worker(parent: int, death_signal: bool = KERNEL_DEATH_SIGNAL) -> None:
    """Run first in each worker: die with the parent, and leave Ctrl-C to it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if death_signal:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    _watch_parent()
    if os.getppid() != parent:  # the parent died before the lines above took effect
        os._exit(1)


def _watch_parent() -> None:
    """Every platform: a thread that ends the worker as soon as its parent has gone, killed
    or not. It waits on the parent's sentinel (the pipe, or on Windows the process handle, that
    "spawn" gives every child), so it costs nothing while the parent lives."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def wait_and_exit() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=wait_and_exit, name="parent-watch", daemon=True).start()


def _terminated(signum: int, _frame: object) -> None:
    raise SystemExit(128 + signum)


def _kill_workers() -> None:
    for worker in multiprocessing.active_children():
        worker.kill()
        worker.join()


@contextlib.contextmanager
def _stopped_cleanly(pairs: list[tuple[Path, Path]]) -> Iterator[None]:
    """Turn SIGTERM into SystemExit; when the batch is stopped, kill the workers, wait for them,
    and remove the planned PDFs' half-written temporary copies."""
    main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _terminated) if main else None
    try:
        yield
    except BaseException:
        _kill_workers()
        planned = {(out.parent, out.name) for _, out in pairs}
        for folder in {folder for folder, _ in planned}:
            for temp in leftovers(folder):  # `.NAME.pdf.RANDOM.tmp`, RANDOM without dots
                if (folder, temp.name[1:].rsplit(".", 2)[0]) in planned:
                    with contextlib.suppress(OSError):
                        temp.unlink()
        raise
    finally:
        if main:
            signal.signal(signal.SIGTERM, previous)


def run_batch(
    pairs: list[tuple[Path, Path]],
    jobs: int,
    lang: Language,
    on_item: Callable[[int, BatchItem], None] | None = None,
    render: Renderer = render_one,
) -> tuple[str | None, list[BatchItem]]:
    """Render every pair; returns (Pango problem or None, results in completion order).

    `render` runs in the workers (a module-level function, so "spawn" can find it)."""
    results: list[BatchItem] = []

    def report(item: BatchItem) -> None:
        results.append(item)
        if on_item:
            on_item(len(results), item)

    with _stopped_cleanly(pairs):
        missing_pango, unfinished = _render(pairs, max(1, min(jobs, len(pairs))), lang, report, render)
        if missing_pango:
            return missing_pango, []
        for src, out in unfinished:  # a worker died: the rest again, one fresh worker each
            _, again = _render([(src, out)], 1, lang, report, render)
            if again:
                report(BatchItem(src, out, [message("worker_died", lang, path=shown_path(src))]))
    return None, results


def _render(
    pairs: list[tuple[Path, Path]],
    workers: int,
    lang: Language,
    report: Callable[[BatchItem], None],
    render: Renderer,
) -> tuple[str | None, list[tuple[Path, Path]]]:
    """Render in one pool; returns (Pango problem, pairs left unfinished by a broken pool)."""
    context = multiprocessing.get_context("spawn")
    unfinished: list[tuple[Path, Path]] = []
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_start_worker,
        initargs=(os.getpid(), KERNEL_DEATH_SIGNAL),
    )
    with pool:
        try:
            # One check per worker, submitted together: the pool then starts every worker at
            # once and they import WeasyPrint side by side instead of one after the other.
            checks = [pool.submit(check_worker, lang) for _ in range(workers)]
            try:
                missing_pango = next((m for m in (c.result() for c in checks) if m), None)
            except BrokenProcessPool:
                return None, list(pairs)
            if missing_pango:
                return missing_pango, []
            futures: dict[Future[list[str]], tuple[Path, Path]] = {
                pool.submit(render, str(src), str(out), lang): (src, out) for src, out in pairs
            }
            for future in as_completed(futures):
                src, out = futures[future]
                try:
                    report(BatchItem(src, out, future.result()))
                except BrokenProcessPool:
                    unfinished.append((src, out))
        except BaseException:  # stopped (SIGTERM, Ctrl-C): no worker may go on writing
            pool.shutdown(wait=False, cancel_futures=True)
            _kill_workers()
            raise
    return None, sorted(unfinished)
