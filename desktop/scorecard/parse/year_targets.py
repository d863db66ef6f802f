"""A target cell that names a year for each of its figures: '2024/25: 85% / 2025/26: 88%',
'85% (24/25), 90% (25/26)', '97% by March 2025; 100% by March 2026'. Each period takes the
figure for its own financial year; a period of a year the cell does not name has no
target from it. A cell that names one year, or none, is an ordinary target.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Period

_FY = vocabulary.YEAR_TARGET_FY
_BY_MONTH = vocabulary.YEAR_TARGET_BY_MONTH
_FIGURE = re.compile(r"\d")


def figure_for(text: str, period: Period) -> str | None:
    """The part of ``text`` giving ``period``'s year's target ('' when the cell names other
    years only), or None when the cell does not name a year for each figure."""
    parts = _parts(text)
    if parts is None:
        return None
    first = period.start.year if period.start.month >= 4 else period.start.year - 1
    if period.kind not in ("quarter", "month", "financial_year"):
        return None
    return parts.get(first, "")


@lru_cache(maxsize=1024)
def _parts(text: str) -> dict[int, str] | None:
    pieces = [p for p in vocabulary.YEAR_TARGET_SPLIT.split(text.strip()) if p and p.strip()]
    if len(pieces) < 2:
        return None
    found: dict[int, str] = {}
    for piece in pieces:
        year, rest = _year_of(piece)
        if year is None or year in found or not _FIGURE.search(rest):
            return None
        found[year] = rest
    return found


def _year_of(piece: str) -> tuple[int | None, str]:
    """The financial year (its first calendar year) a piece names, and the piece without it."""
    fy = _FY.search(piece)
    if fy is not None:
        a, b = int(fy[1]), int(fy[2])
        if (a + 1) % 100 == b:
            return 2000 + a, _rest(piece, fy)
    by = _BY_MONTH.search(piece)
    if by is not None:
        month = vocabulary.MONTHS.get(by["month"].lower())
        if month is not None:
            year = int(by["year"])
            return (year if month >= 4 else year - 1), _rest(piece, by)
    return None, piece


def _rest(piece: str, found: re.Match[str]) -> str:
    rest = f"{piece[: found.start()]} {piece[found.end() :]}"
    rest = " ".join(re.sub(r"[():\[\]]", " ", rest).split()).strip(" -–,")
    return _LEAD.sub("", rest)  # '2024/25 target 18 days': the figure, not the word


_LEAD = vocabulary.YEAR_TARGET_LEAD
