"""Where the shared corpus is: ../shared/corpus beside the checkout, or SCRUTINEER_CORPUS
(for a checkout kept elsewhere, such as a second working tree)."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CORPUS = Path(os.environ.get("SCRUTINEER_CORPUS") or REPO.parent / "shared" / "corpus")
