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
    # These settings replace a user's own: one meant for another program must not mix its
    # libraries or configuration with the bundled ones.
    os.environ["FONTCONFIG_FILE"] = str(pango / "fonts.conf")
    if sys.platform == "win32":
        # WeasyPrint's own variable names the DLL folder, but WeasyPrint reads it only when it is
        # not frozen: add the folder as it would.
        os.environ["WEASYPRINT_DLL_DIRECTORIES"] = str(pango / "bin")
        os.add_dll_directory(str(pango / "bin"))
    elif sys.platform == "darwin":
        # WeasyPrint asks for "gobject-2.0", "pango-1.0", ...; after a bare dlopen fails, cffi asks
        # ctypes.util.find_library, whose search reads this variable from os.environ at that
        # moment (dyld itself reads DYLD_* variables only at launch, and not at all under the
        # hardened runtime). packaging/macos/smm-career.spec puts those names in the bundle's
        # top folder.
        os.environ["DYLD_FALLBACK_LIBRARY_PATH"] = str(bundle)


# Before freeze_support(): the `batch` workers make PDFs too.
use_bundled_pango()
# `batch --jobs N` starts worker processes: in a frozen app they re-run this executable,
# and freeze_support() turns them into workers instead of new command lines.
multiprocessing.freeze_support()

from app.cli import main  # noqa: E402

raise SystemExit(main())
