"""Standard output that cannot be written (a full disk, a closed descriptor): every write goes
straight through, and a failure is an `OutputError` carrying the text it lost, so the entry point
can say so in one line (and what was done regardless) instead of a traceback. A pipe closed by
the reader (`| head`) stays a BrokenPipeError: that is no failure of the command."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from typing import Any

from app.domain.os_reasons import OsReason, os_reason


class OutputError(Exception):
    """A write to standard output failed; `lost` is what it was to write."""

    def __init__(self, reason: OsReason | None, lost: str):
        super().__init__(str(reason))
        self.reason = reason
        """The system's reason, or None when there is no standard output at all."""
        self.lost = lost


class _Guarded:
    """A stream (text or bytes) whose writes are flushed at once and fail as `OutputError`."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, data: str | bytes) -> int:
        lost = data.decode("utf-8", "replace") if isinstance(data, bytes) else data

        def write_through() -> Any:
            written = self._stream.write(data)
            self._stream.flush()
            return written

        return int(self._guard(write_through, lost))

    def flush(self) -> None:
        if self._stream is not None:
            self._guard(self._stream.flush, "")

    def _guard(self, action: Callable[[], Any], lost: str) -> Any:
        if self._stream is None:
            raise OutputError(None, lost)
        try:
            return action()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(os_reason(exc), lost) from None

    @property
    def buffer(self) -> _Guarded:
        return _Guarded(getattr(self._stream, "buffer", None))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextlib.contextmanager
def guarded_stdout() -> Iterator[None]:
    """While a command runs, `sys.stdout` fails as `OutputError` (see the module doc)."""
    original = sys.stdout
    sys.stdout = _Guarded(original)
    try:
        yield
    finally:
        sys.stdout = original
