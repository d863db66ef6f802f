"""Hostile files: each class is refused in one line naming its limit, in bounded time and memory.

Every import runs in a subprocess under a 2 GB address-space cap and a time limit: a crash,
a hang or a traceback fails the test, and so does any outcome but exit 1 with one ``error:``
line. The worst peak memory is printed (``pytest -s``) for the record.
"""

from __future__ import annotations

import json
import math
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hostile.makers import HOSTILE

REPO = Path(__file__).resolve().parents[2]
MEMORY_CAP = 2 << 30
SECONDS = 120

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="FIFOs, /dev/zero and rlimits are POSIX"),
]


def _capped() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def run_import(data: Path, *files: Path, accept: bool = False) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), "--data-dir", str(data), "import", "--json",
         *(["--accept"] if accept else []), *map(str, files)],
        capture_output=True,
        text=True,
        timeout=SECONDS,
        preexec_fn=_capped,
        check=False,
    )  # fmt: skip


def peak_child_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


_LIMIT_WORDS = (
    "limit",
    "not a spreadsheet",
    "folder",
    "entities",
    "declares",
    "a pipe",
    "a device",
)


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_a_hostile_file_is_refused_in_one_line(kind: str, tmp_path: Path) -> None:
    hostile = HOSTILE[kind](tmp_path)
    done = run_import(tmp_path / "data", hostile)
    assert "Traceback" not in done.stderr
    assert done.returncode == 1, (kind, done.returncode, done.stderr[-500:])
    errors = [line for line in done.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1, done.stderr
    assert " — " in errors[0]
    assert any(word in errors[0] for word in _LIMIT_WORDS), errors[0]
    (report,) = [json.loads(line) for line in done.stdout.splitlines()]
    assert report["status"] == "refused"
    print(f"{kind}: {errors[0]} (peak so far {peak_child_mb():.0f} MB)")


def test_a_long_csv_field_is_read_whole_and_later_rows_are_not_split(tmp_path: Path) -> None:
    long_comment = "word, " * 40_000  # 240,000 characters, commas inside the quotes
    rows = [
        "Code,Indicator,Q1 2024/25,Q2 2024/25,Target,Commentary",
        f'A1,Days to process claims,20,21,18,"{long_comment}"',
        'A2,"Homes built, net",140,150,120,"fine, on track"',
        "A3,Complaints answered on time,80,82,90,short",
    ]
    source = tmp_path / "long-field.csv"
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")
    data = tmp_path / "data"
    done = run_import(data, source)
    assert done.returncode == 0, done.stderr
    listed = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "--data-dir", str(data), "list", "--json"],
        capture_output=True, text=True, check=True, timeout=SECONDS,
    )  # fmt: skip
    names = {item["code"]: item["name"] for item in json.loads(listed.stdout)}
    assert names == {
        "A1": "Days to process claims",
        "A2": "Homes built, net",
        "A3": "Complaints answered on time",
    }


def _no_constants(name: str) -> float:
    raise AssertionError(f"the export wrote {name}, which is not JSON")


def test_infinite_and_absurd_numbers_are_kept_as_text(tmp_path: Path) -> None:
    source = tmp_path / "extreme.csv"
    source.write_text(
        "Code,Indicator,Q1 2024/25,Q2 2024/25,Target\n"
        "E1,Overflowing,1e309,12,10\n"
        "E2,Huge,1.8e308,13,10\n"
        "E3,Negative overflow,-1e309,14,10\n"
        "E4,Not a number,NaN,15,10\n"
        "E5,Ordinary,54,55,1e20\n",
        encoding="utf-8",
    )
    data = tmp_path / "data"
    held = run_import(data, source)  # a target of 1e20 is no figure: the reading is doubtful
    assert held.returncode == 1 and '"needs_review"' in held.stdout
    assert run_import(data, source, accept=True).returncode == 0
    out = tmp_path / "export.json"
    subprocess.run(
        [sys.executable, str(REPO / "main.py"), "--data-dir", str(data), "export", "--format",
         "json", "--out", str(out)],
        check=True, capture_output=True, timeout=SECONDS,
    )  # fmt: skip
    exported = json.loads(out.read_text(encoding="utf-8"), parse_constant=_no_constants)
    numbers = [
        value
        for indicator in exported["indicators"]
        for observation in indicator["observations"]
        for value in (observation["actual"], observation["target"])
        if value is not None
    ]
    assert numbers and all(math.isfinite(v) and abs(v) <= 1e15 for v in numbers)
    texts = {
        o["actual_text"]
        for i in exported["indicators"]
        for o in i["observations"]
        if o["actual_text"]
    }
    assert {"1e309", "1.8e308", "-1e309"} <= texts


@pytest.mark.parametrize("kind", ["sheet bomb", "entity expansion", "fifo", "4 GiB sparse file"])
def test_a_hostile_file_returned_as_a_tracker_is_refused_in_one_line(
    kind: str, tmp_path: Path
) -> None:
    from db.store import Store
    from desktop.errors import UserError
    from desktop.export.tracker_import import import_tracker

    hostile = HOSTILE[kind](tmp_path)
    with (
        Store.open(tmp_path / "scrutineer.sqlite") as store,
        store.session() as session,
        pytest.raises(UserError) as refused,
    ):
        import_tracker(session, hostile)
    message = str(refused.value)
    assert "\n" not in message and " — " in message
