"""The frozen app's entry point: the same `smm-career` as the wheel's console script."""

import multiprocessing
import os
import sys
from pathlib import Path


def use_bundled_pango() -> None:
    """Point WeasyPrint at the Pango that the Windows and macOS builds carry.

    Those builds hold `pango/fonts.conf` in the bundle (packaging/windows, packaging/macos);
    the Linux package uses the system's Pango and has no such folder, so nothing changes there.
    """
    bundle = Path(getattr(sys, "_MEIPASS", ""))
    pango = bundle / "pango"
    if not getattr(sys, "frozen", False) or not (pango / "fonts.conf").is_file():
        return
    # Fontconfig would otherwise look for the configuration where MSYS2 or Homebrew keep it.
    os.environ.setdefault("FONTCONFIG_FILE", str(pango / "fonts.conf"))
    if sys.platform == "win32":
        # WeasyPrint's own variable names the DLL folders (a user may point it elsewhere), but
        # WeasyPrint reads it only when it is not frozen: add the folders as it would.
        os.environ.setdefault("WEASYPRINT_DLL_DIRECTORIES", str(pango / "bin"))
        for folder in os.environ["WEASYPRINT_DLL_DIRECTORIES"].split(";"):
            if os.path.isdir(folder):
                os.add_dll_directory(folder)
    elif sys.platform == "darwin":
        # WeasyPrint asks for "gobject-2.0", "pango-1.0", ...; after a bare dlopen fails, cffi asks
        # ctypes.util.find_library, which searches this variable (read from os.environ, so it
        # works under the hardened runtime, which strips DYLD_* variables only from dyld).
        # packaging/macos/smm-career.spec puts those names in the bundle's top folder.
        os.environ["DYLD_FALLBACK_LIBRARY_PATH"] = str(bundle)


# Before freeze_support(): the `batch` workers make PDFs too.
use_bundled_pango()
# `batch --jobs N` starts worker processes: in a frozen app they re-run this executable,
# and freeze_support() turns them into workers instead of new command lines.
multiprocessing.freeze_support()

from app.cli import main  # noqa: E402

raise SystemExit(main())
