"""The only way the PDF renderer may read anything: data: URLs and the bundled folders.

Imports WeasyPrint, so it is imported by `render` only when a report is made.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from urllib.request import url2pathname

from weasyprint.urls import URLFetcher, URLFetcherResponse


class RefusedURL(ValueError):
    """A URL outside the allowed set; WeasyPrint logs it and leaves the resource out."""


class BundledOnlyFetcher(URLFetcher):  # type: ignore[misc]  # WeasyPrint ships no types
    """Allows `data:` and `file:` URLs inside the given folders; nothing else, no redirects.

    Every URL asked for is kept in `requested` and every refusal in `refused`,
    so tests can show that a hostile answer file reached nothing outside.
    """

    def __init__(self, allowed_folders: Iterable[Path]) -> None:
        super().__init__(allowed_protocols=("data", "file"), allow_redirects=False, timeout=1)
        self._allowed = [Path(f).resolve() for f in allowed_folders]
        self.requested: list[str] = []
        self.refused: list[str] = []

    def fetch(self, url: str, headers: Any = None) -> URLFetcherResponse:
        self.requested.append(url)
        scheme = url.split(":", 1)[0].lower() if ":" in url else ""
        if scheme == "data":
            return super().fetch(url, headers)
        if scheme == "file":
            path = self._local_path(url)
            if path is not None:
                kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
                return URLFetcherResponse(path.as_uri(), path.read_bytes(), headers={"Content-Type": kind})
        self.refused.append(url)
        raise RefusedURL(f"not a bundled resource: {url[:200]}")

    def _local_path(self, url: str) -> Path | None:
        parts = urlsplit(url)
        if parts.netloc not in ("", "localhost"):
            return None
        path = Path(url2pathname(parts.path)).resolve()
        inside = any(path.is_relative_to(folder) for folder in self._allowed)
        return path if inside and path.is_file() else None
