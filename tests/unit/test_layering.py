"""The layer rules of DESIGN.md hold: Qt only in desktop/ui, db never imports desktop."""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
QT_MODULES = ("PySide6", "pyqtgraph", "shiboken6")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _sources(*roots: str) -> list[Path]:
    files: list[Path] = []
    for root in roots:
        base = REPO / root
        files.extend([base] if base.is_file() else sorted(base.rglob("*.py")))
    return files


def test_qt_is_imported_only_in_desktop_ui() -> None:
    offenders = []
    for path in _sources("main.py", "desktop", "db", "resources"):
        rel = path.relative_to(REPO).as_posix()
        if rel.startswith("desktop/ui/"):
            continue
        bad = {m for m in _imports(path) if m.split(".")[0] in QT_MODULES}
        if bad:
            offenders.append(f"{rel}: {sorted(bad)}")
    assert offenders == []


def test_db_never_imports_desktop() -> None:
    offenders = [
        path.relative_to(REPO).as_posix()
        for path in _sources("db")
        if any(m.split(".")[0] == "desktop" for m in _imports(path))
    ]
    assert offenders == []


def test_analysis_and_parsers_depend_on_nothing_of_ours() -> None:
    ours = {"desktop", "db", "resources", "main"}
    offenders = []
    for path in _sources("desktop/analysis", "desktop/scorecard"):
        rel = path.relative_to(REPO).as_posix()
        if rel.endswith("scorecard/importer.py") or "/scorecard/store/" in rel:
            continue  # the importer and its store stage alone write to the store
        for module in _imports(path):
            top = module.split(".")[0]
            if top not in ours:
                continue
            own = "desktop.analysis" if "analysis" in rel else "desktop.scorecard"
            if not module.startswith(own):
                offenders.append(f"{rel}: {module}")
    assert offenders == []


# Data flows forward through the scorecard stages: a stage may use the stages before it
# (and the shared plain types), never one after it.
STAGES = ("read", "parse", "layout", "store")


def test_scorecard_stages_only_look_backwards() -> None:
    offenders = []
    for path in _sources("desktop/scorecard"):
        rel = path.relative_to(REPO).as_posix()
        parts = rel.split("/")
        if len(parts) < 4 or parts[2] not in STAGES:
            continue
        mine = STAGES.index(parts[2])
        for module in _imports(path):
            bits = module.split(".")
            if bits[:2] != ["desktop", "scorecard"] or len(bits) < 3:
                continue
            if bits[2] in STAGES and STAGES.index(bits[2]) > mine:
                offenders.append(f"{rel}: {module}")
            if bits[2] == "importer":
                offenders.append(f"{rel}: {module}")
            if parts[2] == "read" and bits[2] not in ("read", "model"):
                offenders.append(f"{rel}: {module}")  # readers know no meaning
    assert offenders == []


def test_cli_path_does_not_load_qt() -> None:
    import subprocess
    import sys

    code = (
        "import sys, desktop.cli, desktop.commands, desktop.catalogue, desktop.export.gather;"
        "print(any(m.split('.')[0] in ('PySide6','pyqtgraph') for m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"
