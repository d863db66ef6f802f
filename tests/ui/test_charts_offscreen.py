"""render_chart_png from a plain process (the CLI's docx export): no window system, no app."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication
from desktop.ui.charts import render_chart_png
from tests.ui.indicator_samples import children_seen
assert QApplication.instance() is None
data = render_chart_png(children_seen(), width=300, height=200)
sys.stdout.write(data[:8].hex())
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="checks the Linux fallback")
def test_render_chart_png_makes_its_own_offscreen_application(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env.pop("QT_QPA_PLATFORM", None)
    env["HOME"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == b"\x89PNG\r\n\x1a\n".hex()
