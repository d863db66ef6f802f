"""Property tests: damaged or random bytes are refused in one line, never with a traceback."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.scorecard.model import ScorecardError
from desktop.scorecard.read.workbook import read_workbook

_SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture(scope="module")
def xlsx_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["KPI", "Q1", "Q2"])
    ws.append(["Bins", 40, 0.5])
    ws["C2"].number_format = "0%"
    path = tmp_path_factory.mktemp("fuzz") / "seed.xlsx"
    wb.save(path)
    return path.read_bytes()


def _outcome(path: Path) -> None:
    try:
        read_workbook(path)
    except ScorecardError as err:
        assert "\n" not in str(err)
        assert " — " in str(err)


@_SETTINGS
@given(data=st.binary(max_size=2048), suffix=st.sampled_from([".xlsx", ".xls", ".csv", ".ods"]))
def test_random_bytes_are_read_or_refused(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    _outcome(path)


@_SETTINGS
@given(cut=st.integers(min_value=1), flips=st.lists(st.tuples(st.integers(0), st.integers(0, 255))))
def test_damaged_xlsx_is_read_or_refused(
    tmp_path: Path, xlsx_bytes: bytes, cut: int, flips: list[tuple[int, int]]
) -> None:
    data = bytearray(xlsx_bytes[: max(1, cut % len(xlsx_bytes) + 1)])
    for at, value in flips:
        data[at % len(data)] = value
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(bytes(data))
    _outcome(path)
