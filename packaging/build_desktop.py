"""Build the Windows or the macOS app; says how long it took and how big it is.

    python packaging/build_desktop.py

Windows (MSYS2 with `pacman -S mingw-w64-ucrt-x86_64-pango`; SMM_PANGO_PREFIX names the UCRT64
folder, C:\\msys64\\ucrt64 by default): dist/smm-career-VERSION-windows-x64.zip, a folder with
smm-career.exe (the app) and smm-career-cli.exe (the sub-commands), Pango beside them.

macOS (Homebrew with `brew install pango`; SMM_PANGO_PREFIX defaults to `brew --prefix`):
dist/smm-career-VERSION-macos-ARCH.dmg holding smm-career.app, Pango inside.

The steps are those of packaging/linux/build.sh: `uv build` makes the wheel, which goes with
the locked runtime dependencies and PyInstaller (the `build` dependency group) into a
build-only environment under build/desktop/; PyInstaller freezes it with
packaging/windows/smm-career.spec or packaging/macos/smm-career.spec. `uv` must be on PATH (or
named by $UV). Linux has its own script and package: packaging/linux/build.sh.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "desktop"
DIST = ROOT / "dist"


def run(*command: str | Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(part) for part in command], cwd=ROOT, env=env, check=True, stdout=subprocess.PIPE, text=True
    )
    return done.stdout.strip()


def build_environment(uv: str) -> Path:
    """The wheel, the locked runtime dependencies and PyInstaller in a fresh environment; its Python."""
    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir(parents=True)
    run(uv, "build", "-q", "--wheel", "-o", OUT / "wheel")
    requirements = OUT / "requirements.txt"
    requirements.write_text(
        run(
            uv,
            "export",
            "-q",
            "--frozen",
            "--no-dev",
            "--group",
            "build",
            "--no-emit-project",
            "--format",
            "requirements-txt",
        ),
        encoding="utf-8",
    )
    run(uv, "venv", "-q", "--python", sys.executable, OUT / "venv")
    python = OUT / "venv" / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    [wheel] = (OUT / "wheel").glob("smm_career-*.whl")
    run(uv, "pip", "install", "-q", "--python", python, "-r", requirements, wheel)
    return python


def freeze(python: Path, spec: Path, env: dict[str, str]) -> None:
    icons = OUT / "icons"
    icon_env = dict(env, QT_QPA_PLATFORM="offscreen")
    run(
        python,
        ROOT / "packaging" / "render_icons.py",
        ROOT / "resources" / "icons" / "smm-career.svg",
        icons,
        env=icon_env,
    )
    env["SMM_ICON_PNG"] = str(icons / "256x256" / "apps" / "smm-career.png")
    run(
        python, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", OUT / "frozen", "--workpath", OUT / "work", spec,
        env=env,
    )  # fmt: skip


def windows(python: Path, version: str, env: dict[str, str]) -> Path:
    env.setdefault("SMM_PANGO_PREFIX", r"C:\msys64\ucrt64")
    freeze(python, ROOT / "packaging" / "windows" / "smm-career.spec", env)
    folder = OUT / "frozen" / "smm-career"
    print(run(folder / "smm-career-cli.exe", "--version"))
    archive = DIST / f"smm-career-{version}-windows-x64"
    return Path(shutil.make_archive(str(archive), "zip", folder.parent, folder.name))


def macos(python: Path, version: str, env: dict[str, str]) -> Path:
    freeze(python, ROOT / "packaging" / "macos" / "smm-career.spec", env)
    app = OUT / "frozen" / "smm-career.app"
    print(run(app / "Contents" / "MacOS" / "smm-career", "--version"))
    image = DIST / f"smm-career-{version}-macos-{platform.machine()}.dmg"
    image.unlink(missing_ok=True)
    staging = OUT / "dmg"
    staging.mkdir()
    # `ditto` keeps the bundle's symbolic links and signature intact; /Applications is there to drag onto.
    run("ditto", app, staging / app.name)
    (staging / "Applications").symlink_to("/Applications")
    run(
        "hdiutil",
        "create",
        "-quiet",
        "-volname",
        "smm-career",
        "-srcfolder",
        staging,
        "-format",
        "UDZO",
        image,
    )
    return image


def main() -> int:
    started = time.monotonic()
    uv = os.environ.get("UV") or shutil.which("uv")
    if uv is None:
        print("build_desktop.py: needs uv on PATH (or $UV)", file=sys.stderr)
        return 2
    if sys.platform not in ("win32", "darwin"):
        print(
            "build_desktop.py: builds on Windows or macOS; on Linux use packaging/linux/build.sh",
            file=sys.stderr,
        )
        return 2
    version = run(uv, "version", "--short")
    print("== wheel and build environment")
    python = build_environment(uv)
    print("== PyInstaller")
    DIST.mkdir(exist_ok=True)
    env = dict(os.environ)
    artefact = windows(python, version, env) if sys.platform == "win32" else macos(python, version, env)
    seconds = int(time.monotonic() - started)
    print(f"built {artefact.relative_to(ROOT)}")
    print(f"  size: {artefact.stat().st_size / 2**20:.0f} MiB")
    print(f"  time: {seconds // 60} min {seconds % 60} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
