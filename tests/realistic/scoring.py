"""Score an import against a fixture's expected reading: exact, missing, wrong, spurious.

Works on the JSON export's shape (CONTRACT.md), so it serves the measuring
script and any test that exports a store after importing a fixture.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from tests.realistic.kit import Expected, Obs, indicator_key, loose_name_key


@dataclass
class Outcome:
    """What one fixture's import gave, against what it should have given."""

    name: str
    holdout: bool
    expected_status: str
    status: str = "?"
    expected: int = 0
    exact: int = 0
    missing: int = 0
    wrong: int = 0
    spurious: int = 0
    meta_expected: int = 0
    meta_right: int = 0
    # indicators the sheet gives once whose figures the import stored under two or more
    # indicators: each figure may be exact, yet notes and trends attach to one copy only
    split: int = 0
    note: str = ""
    details: list[str] = field(default_factory=list)

    @property
    def imported_without_review(self) -> bool:
        return self.status in ("imported", "unchanged")


def _close(a: object, b: object) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, int | float) and isinstance(b, int | float):
        return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)
    return False


def _text(value: object) -> str | None:
    return None if value is None else " ".join(str(value).split())


def got_observations(
    export: dict[str, Any],
) -> tuple[dict[tuple[str, str], dict[str, Any]], list[dict[str, Any]]]:
    """Every exported observation under both its code key and its name key, and all of them
    in a list: a second indicator of the same name (a repeat the importer did not fold into
    the first) finds its keys taken, and must still count."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    items: list[dict[str, Any]] = []
    for ind in export.get("indicators", []):
        for obs in ind.get("observations", []):
            item = dict(obs, _indicator=ind)
            items.append(item)
            keys = {
                indicator_key(ind.get("code"), ind.get("name") or ""),
                indicator_key(None, ind.get("name") or ""),
                loose_name_key(ind.get("name") or ""),
            }
            for key in keys:
                found.setdefault((key, obs["period"]), item)
    return found, items


def differences(want: Obs, got: dict[str, Any]) -> list[str]:
    diffs = []
    if not _close(want.actual, got.get("actual")):
        diffs.append(f"actual {want.actual} != {got.get('actual')}")
    if _text(want.actual_text) != _text(got.get("actual_text")):
        diffs.append(f"text {want.actual_text!r} != {got.get('actual_text')!r}")
    if want.band is not None:
        target = got.get("target")
        if target is not None and not want.band[0] <= float(target) <= want.band[1]:
            diffs.append(f"target {target} outside band {want.band}")
    elif not _close(want.target, got.get("target")):
        diffs.append(f"target {want.target} != {got.get('target')}")
    if want.rag != got.get("rag"):
        diffs.append(f"rag {want.rag} != {got.get('rag')}")
    return diffs


# April to September, and October to March, of one financial year: the app labels them
# 'H1 2024/25' and 'H2 2024/25'; an expectation may write the same span as a month range
_HALF_AS_MONTHS = re.compile(r"^(Apr|Oct) (\d{4})\u2013(Sep|Mar) (\d{4})$")


# the three months of a financial year's quarter ('Apr 2024–Jun 2024' is 'Q1 2024/25')
_QUARTER_AS_MONTHS = re.compile(r"^(Apr|Jul|Oct|Jan) (\d{4})\u2013(Jun|Sep|Dec|Mar) (\d{4})$")
_QUARTERS = {("Apr", "Jun"): 1, ("Jul", "Sep"): 2, ("Oct", "Dec"): 3, ("Jan", "Mar"): 4}


def same_period(label: str) -> str:
    """The app's label for a period an expectation may write another way."""
    q = _QUARTER_AS_MONTHS.match(label)
    if q is not None and q.group(2) == q.group(4) and (q.group(1), q.group(3)) in _QUARTERS:
        number, year = _QUARTERS[(q.group(1), q.group(3))], int(q.group(2))
        begins = year - 1 if number == 4 else year
        return f"Q{number} {begins}/{(begins + 1) % 100:02d}"
    m = _HALF_AS_MONTHS.match(label)
    if m is None:
        return label
    first, start, last, end = m.group(1), int(m.group(2)), m.group(3), int(m.group(4))
    if (first, last, end - start) == ("Apr", "Sep", 0):
        return f"H1 {start}/{(start + 1) % 100:02d}"
    if (first, last, end - start) == ("Oct", "Mar", 1):
        return f"H2 {start}/{end % 100:02d}"
    return label


def compare(outcome: Outcome, expected: Expected, export: dict[str, Any]) -> None:
    got, items = got_observations(export)
    matched: set[int] = set()
    stored_as: dict[str, set[int]] = {}  # expected indicator -> the stored indicators holding it
    for want in expected.observations:
        item = None
        # the label as written first: 'Jan 2024–Mar 2024' is a school's spring term as the
        # app labels it, and a financial year's Q4 only where no such period was read
        for period in dict.fromkeys((want.period, same_period(want.period))):
            key = (indicator_key(want.code, want.name), period)
            alt = (indicator_key(None, want.name), period)
            loose = (loose_name_key(want.name), period)
            item = got.get(key) or got.get(alt) or got.get(loose)
            if item is not None:
                break
        label = f"{want.code or want.name} {want.period}"
        if item is None:
            outcome.missing += 1
            outcome.details.append(f"missing  {label}")
            continue
        matched.add(id(item))
        stored_as.setdefault(indicator_key(want.code, want.name), set()).add(id(item["_indicator"]))
        diffs = differences(want, item)
        if diffs:
            outcome.wrong += 1
            outcome.details.append(f"wrong    {label}: {'; '.join(diffs)}")
        else:
            outcome.exact += 1
    for item in items:
        if id(item) in matched:
            continue
        period = item["period"]
        ind = item["_indicator"]
        outcome.spurious += 1
        source = item.get("source") or {}
        outcome.details.append(
            f"spurious {ind.get('code') or ind.get('name')!s:.60} {period} = "
            f"{item.get('actual') if item.get('actual') is not None else item.get('actual_text')!r}"
            f" ({source.get('sheet')}!{source.get('cell')})"
        )
    for wanted, stored in stored_as.items():
        if len(stored) > 1:
            outcome.split += 1
            shown = wanted.split(":", 1)[1]
            outcome.details.append(f"split    {shown} stored as {len(stored)} indicators")
    _compare_meta(outcome, expected, export)


def _compare_meta(outcome: Outcome, expected: Expected, export: dict[str, Any]) -> None:
    by_key: dict[str, dict[str, Any]] = {}
    for ind in export.get("indicators", []):
        by_key.setdefault(indicator_key(ind.get("code"), ind.get("name") or ""), ind)
        by_key.setdefault(indicator_key(None, ind.get("name") or ""), ind)
        by_key.setdefault(loose_name_key(ind.get("name") or ""), ind)
    for attr, wanted in (("polarity", expected.polarity), ("unit", expected.unit)):
        for key, value in wanted.items():
            outcome.meta_expected += 1
            ind = by_key.get(key)
            if ind is None and key.startswith("name:"):
                ind = by_key.get(loose_name_key(key.removeprefix("name:")))
            if ind is not None and ind.get(attr) == value:
                outcome.meta_right += 1
            else:
                have = None if ind is None else ind.get(attr)
                outcome.details.append(f"meta     {key} {attr} {value} != {have}")
