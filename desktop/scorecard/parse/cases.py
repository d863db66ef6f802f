"""A small-number result typed as the cases meeting a standard out of the cases due: '12 of
15', '12/15', '3 out of 4'.

Decisions worth knowing:

* Such a cell is two figures, and on its own it does not say whether they are a numerator
  over its denominator or a count over its target. Only the caller, knowing the row's unit,
  can say: where the row's own Unit cell or name says its figures are percentages, '12 of
  15' is the rate 80 (12 its numerator, 15 its denominator); anywhere else it stays held.
* '0/0', '0 of 0' (none due) gives no rate: ``none_due`` tells it, for the caller to keep
  as text with no figure.
* A year written with a slash ('2023/2024', '2023/24') is a period, never cases.
* Both figures must be whole numbers, the first no more than the second and the second above
  nought ('15 of 12', '2.5/4' are no cases out of cases due).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.scorecard.parse import periods

__all__ = ["Cases", "none_due", "split"]


@dataclass(frozen=True, slots=True)
class Cases:
    count: float  # the cases meeting the standard: the numerator
    base: float  # the cases due: the denominator

    @property
    def share(self) -> float:
        """The rate the cases stand for, in points."""
        return self.count / self.base * 100


_N = r"\d{1,3}(?:,\d{3})+|\d+"
_CASES = re.compile(rf"(?P<count>{_N})\s*(?:/|\bof\b|\bout\s+of\b)\s*(?P<base>{_N})", re.I)


def split(text: str) -> Cases | None:
    """The cases and the cases due one cell's text gives, or None for any other text."""
    if periods.is_year_over_year(text):  # '2023/2024': a financial year, not cases
        return None
    found = _matched(text)
    if found is None:
        return None
    count = float(found["count"].replace(",", ""))
    base = float(found["base"].replace(",", ""))
    if base <= 0 or count > base:
        return None
    return Cases(count, base)


def none_due(text: str) -> bool:
    """'0/0', '0 of 0': no cases were due, so no rate can be worked out."""
    found = _matched(text)
    return found is not None and all(
        float(found[part].replace(",", "")) == 0 for part in ("count", "base")
    )


def _matched(text: str) -> re.Match[str] | None:
    """The whole of a cell's text as a count over a count, spaces (no-break ones too) evened."""
    return _CASES.fullmatch(" ".join(text.replace("\u00a0", " ").split()))
