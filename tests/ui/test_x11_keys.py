"""On Linux a one-line box takes Ctrl+E for "end of line": the window's Ctrl+E (Export…) must
still work while the keyboard is in the search box (a real X server, Xvfb)."""

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
def test_ctrl_e_exports_from_the_search_box_on_x11(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "SCRUTINEER_OFFICE": ""}
    env.pop("QT_SCALE_FACTOR", None)
    done = subprocess.run(
        [str(XVFB), "-a", "-s", "-screen 0 1366x768x24",
         sys.executable, "-m", "tests.ui.x11_keys_probe", str(folder)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["platform"] == "xcb"
    assert "Ctrl+E" in report["end_of_line_keys"]  # the clash this guards against
    assert report["end_moves_to_end"]
    assert report["export_from_search_box"]
    assert report["search_text_kept"] == "care"
