"""The window on a real X server (Xvfb), where Linux's keys and layout apply: Ctrl+E exports
from a text box, and a first run from the welcome screen leaves the chart its room."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
XVFB = shutil.which("xvfb-run")


@pytest.mark.skipif(XVFB is None, reason="needs xvfb-run (Debian package xvfb)")
def probe(tmp_path: Path, *mode: str) -> dict[str, object]:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "SCRUTINEER_OFFICE": ""}
    env.pop("QT_SCALE_FACTOR", None)
    done = subprocess.run(
        [str(XVFB), "-a", "-s", "-screen 0 1366x768x24",
         sys.executable, "-m", "tests.ui.x11_probe", str(folder), *mode],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    report: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


@pytest.mark.skipif(XVFB is None, reason="needs xvfb-run (Debian package xvfb)")
def test_ctrl_e_exports_from_the_search_box_on_x11(tmp_path: Path) -> None:
    report = probe(tmp_path, "keys")
    assert report["platform"] == "xcb"
    assert "Ctrl+E" in report["end_of_line_keys"]  # the clash this guards against
    assert report["end_moves_to_end"]
    assert report["export_from_search_box"]
    assert report["search_text_kept"] == "care"


@pytest.mark.skipif(XVFB is None, reason="needs xvfb-run (Debian package xvfb)")
def test_a_first_run_from_the_welcome_screen_leaves_the_chart_its_share(tmp_path: Path) -> None:
    """The height was shared while the indicator pane was hidden behind the welcome screen,
    so the chart opened 71 pixels tall on a 1366×768 laptop."""
    report = probe(tmp_path, "first-run")
    assert report["welcome_first"] and report["indicators_shown"]
    detail, notes = int(report["detail"]), int(report["notes"])  # type: ignore[call-overload]
    assert detail / (detail + notes) >= 0.55, report
