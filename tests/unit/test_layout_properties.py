"""Whatever grid it is given, layout detection returns a scorecard or refuses in one line."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ScorecardError
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook

WORDS = ["Ref", "Indicator", "Target", "Actual", "RAG", "Q1 2024/25", "2023/24", "England",
         "Area", "Period", "Polarity", "High", "Green", "n/a", "*", "Housing", "Notes:", ""]  # fmt: skip
cells = st.one_of(
    st.none(),
    st.sampled_from(WORDS),
    st.text(max_size=12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.booleans(),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)),
)
grids = st.lists(st.lists(cells, min_size=0, max_size=7), min_size=0, max_size=9)


@settings(max_examples=150, deadline=None)
@given(grids)
def test_any_grid_is_read_or_refused_in_one_line(rows: list[list[CellValue]]) -> None:
    book = Workbook(path="/tmp/any.xlsx", format="xlsx", sheets=[Sheet("S", rows)])
    try:
        parsed = detect(book)
    except ScorecardError as err:
        assert "\n" not in str(err) and " — " in str(err)
        return
    assert parsed.indicators
    for indicator in parsed.indicators:
        for observation in indicator.observations:
            assert observation.actual is not None or observation.actual_text is not None
