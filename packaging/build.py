"""Build the one-folder app with PyInstaller: version from pyproject.toml, icons drawn from SVG.

Run by ``make package``. Writes ``dist/scrutineer/`` (the app, with ``VERSION``, the desktop
entry and icons under ``share/``) and prints its version and size. The same script is what
the Windows steps in packaging/README.md run.
"""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build" / "package"
DIST = ROOT / "dist"


def project_version() -> str:
    """The version pyproject.toml declares (static, or the attribute it points at)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    version = project["project"].get("version")
    if version:
        return str(version)
    attr = project["tool"]["setuptools"]["dynamic"]["version"]["attr"]
    module, _, name = attr.rpartition(".")
    sys.path.insert(0, str(ROOT))
    return str(getattr(importlib.import_module(module), name))


def draw_icons(folder: Path) -> dict[str, Path]:
    """PNG (Linux, 256 px) and ICO (Windows) from resources/icons/scrutineer.svg, with Qt."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "scrutineer.svg"))
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    folder.mkdir(parents=True, exist_ok=True)
    icons = {"png": folder / "scrutineer.png", "ico": folder / "scrutineer.ico"}
    for fmt, path in icons.items():
        if not image.save(str(path), fmt):
            raise SystemExit(f"error: could not draw {path.name} — check PySide6's image plugins")
    del app
    return icons


def size_mb(folder: Path) -> float:
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / (1024 * 1024)


def main() -> int:
    version = project_version()
    icons = draw_icons(BUILD / "icons")
    env = {
        **os.environ,
        "SCRUTINEER_VERSION": version,
        "SCRUTINEER_ICON": str(icons["ico" if os.name == "nt" else "png"]),
    }
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--workpath", str(BUILD / "work"), "--distpath", str(DIST),
         str(ROOT / "packaging" / "scrutineer.spec")],
        check=True, env=env,
    )  # fmt: skip
    app = DIST / "scrutineer"
    (app / "VERSION").write_text(version + "\n", encoding="utf-8")
    share = app / "share"
    share.mkdir(exist_ok=True)
    shutil.copy2(ROOT / "packaging" / "scrutineer.desktop", share / "scrutineer.desktop")
    for path in icons.values():
        shutil.copy2(path, share / path.name)
    shutil.copy2(ROOT / "resources" / "icons" / "scrutineer.svg", share / "scrutineer.svg")
    print(f"package: Scrutineer {version} in {app} ({size_mb(app):.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
