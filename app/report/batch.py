"""One PDF per answer file in a folder, rendered in a pool of worker processes.

Workers are started with the "spawn" method on every platform: they import WeasyPrint
themselves, and the parent never does (nothing is forked from a process holding Pango).
One bad file never stops a batch: every failure comes back as a refusal with its reasons.
"""

from __future__ import annotations

import contextlib
import multiprocessing
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from app.domain.text import Language
from app.report.output import out_problem


@dataclass(frozen=True)
class BatchItem:
    source: Path
    out: Path
    problems: list[str] = field(default_factory=list)
    """Empty when the PDF was written."""

    @property
    def ok(self) -> bool:
        return not self.problems


def planned_outputs(folder: Path, out_dir: Path) -> list[tuple[Path, Path]]:
    """(answer file, PDF) pairs, sorted by name: every `*.json` directly inside `folder`."""
    files = sorted(p for p in folder.glob("*.json") if p.is_file())
    return [(src, out_dir / f"{src.stem}.pdf") for src in files]


def check_worker(lang: Language) -> str | None:
    """Run in a worker: can it make PDFs? (None, or the install hint.)

    It also loads the questionnaire, so each worker pays its start-up cost once, up front.
    """
    from app import content
    from app.report.pango import weasyprint_available

    problem = weasyprint_available(lang)
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
        return [f"{source}: {err}"]
    except OSError as err:
        return [f"{out}: {err.strerror or err}"]
    except Exception as err:  # one broken file must never stop the batch
        return [f"{source}: {type(err).__name__}: {err}"]
    return []


def run_batch(
    pairs: list[tuple[Path, Path]],
    jobs: int,
    lang: Language,
    on_item: Callable[[int, BatchItem], None] | None = None,
) -> tuple[str | None, list[BatchItem]]:
    """Render every pair; returns (Pango problem or None, results in completion order)."""
    context = multiprocessing.get_context("spawn")
    results: list[BatchItem] = []
    workers = max(1, min(jobs, len(pairs)))
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        # One check per worker, submitted together: the pool then starts every worker at
        # once and they import WeasyPrint side by side instead of one after the other.
        checks = [pool.submit(check_worker, lang) for _ in range(workers)]
        missing_pango = next((m for m in (c.result() for c in checks) if m), None)
        if missing_pango:
            return missing_pango, []
        futures: dict[Future[list[str]], tuple[Path, Path]] = {
            pool.submit(render_one, str(src), str(out), lang): (src, out) for src, out in pairs
        }
        for done, item in enumerate(_collect(futures), start=1):
            results.append(item)
            if on_item:
                on_item(done, item)
    return None, results


def _collect(futures: dict[Future[list[str]], tuple[Path, Path]]) -> Iterator[BatchItem]:
    for future in as_completed(futures):
        src, out = futures[future]
        try:
            problems = future.result()
        except BrokenProcessPool:
            problems = [f"{src}: the worker process stopped unexpectedly"]
        yield BatchItem(src, out, problems)
