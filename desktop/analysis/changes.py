"""what_changed(): what moved between two issues of a scorecard, or two periods of one."""

from __future__ import annotations

from collections.abc import Mapping

from .history import latest_numeric
from .numbers import finite, fmt_value, places_alike
from .rag import compute_rag, effective_rag
from .trend import direction
from .types import ChangeItem, ChangeSummary, Point, Rag, Series


def what_changed(
    before: Mapping[str, Series],
    after: Mapping[str, Series],
    *,
    before_period: str | None = None,
    after_period: str | None = None,
) -> ChangeSummary:
    """Compare each series' point in `before` with its point in `after`.

    Without a period, a series' point is its latest with a number; with one, the point
    carrying that label. Pass the same mapping twice with two periods to compare periods.
    """
    groups: dict[str, list[ChangeItem]] = {
        name: []
        for name in (
            "newly_red",
            "recovered",
            "worsened",
            "improved",
            "new",
            "withdrawn",
            "targets_changed",
        )
    }
    keys = list(after) + [k for k in before if k not in after]
    for key in keys:
        old_series, new_series = before.get(key), after.get(key)
        series = new_series or old_series
        if series is None:
            continue
        old = _pick(old_series, before_period)
        new = _pick(new_series, after_period)
        _classify(groups, key, series, old, new)
    return ChangeSummary(
        **{name: tuple(items) for name, items in groups.items()},
        before_period=before_period,
        after_period=after_period,
    )


def _pick(series: Series | None, period: str | None) -> Point | None:
    if series is None:
        return None
    points = series.points
    if period is None:
        i = latest_numeric(points)
        return None if i is None else points[i]
    wanted = period.strip().casefold()
    matches = [p for p in points if p.period_label.strip().casefold() == wanted]
    numeric = [p for p in matches if finite(p.actual) is not None]
    rated = [p for p in matches if p.rag_published is not None]
    chosen = numeric or rated  # a suppressed figure ("*") with no rating is no figure
    return chosen[-1] if chosen else None


def _rag(series: Series, point: Point) -> Rag | None:
    computed = compute_rag(point.actual, point.target, series.polarity, series.tolerance)
    return effective_rag(point.rag_published, computed)


def _show(series: Series, value: float | None, places: int | None = None) -> str:
    number = finite(value)
    return "no figure" if number is None else fmt_value(number, series.unit, places=places)


def _figure(series: Series, point: Point, places: int | None = None) -> str:
    return f"{_show(series, point.actual, places)} in {point.period_label}"


def _classify(
    groups: dict[str, list[ChangeItem]],
    key: str,
    series: Series,
    old: Point | None,
    new: Point | None,
) -> None:
    name = series.name
    if new is None or old is None:
        if new is not None:
            groups["new"].append((key, name, f"First figure: {_figure(series, new)}."))
        elif old is not None:
            groups["withdrawn"].append(
                (key, name, f"No figure now; last was {_figure(series, old)}.")
            )
        return
    was, now = _rag(series, old), _rag(series, new)
    places = places_alike((old.actual, new.actual), series.unit)  # "44.0%" to "46.9%"
    movement = f"{_figure(series, old, places)} to {_figure(series, new, places)}"
    if now == "red" and was != "red":
        start = f"{was} to red" if was else "Red"
        groups["newly_red"].append((key, name, f"{start[0].upper()}{start[1:]}: {movement}."))
    elif was == "red" and now in ("amber", "green"):
        groups["recovered"].append((key, name, f"Red to {now}: {movement}."))
    else:
        move = direction(new, old, series.polarity, tolerance=series.tolerance)
        if move == "worsening":
            groups["worsened"].append((key, name, f"Worse: {movement}."))
        elif move == "improving":
            groups["improved"].append((key, name, f"Better: {movement}."))
    old_target, new_target = finite(old.target), finite(new.target)
    if old_target is not None and new_target is not None and old_target != new_target:
        alike = places_alike((old_target, new_target), series.unit)
        detail = (
            f"Target {_show(series, old_target, alike)} in {old.period_label}, "
            f"{_show(series, new_target, alike)} in {new.period_label}."
        )
        groups["targets_changed"].append((key, name, detail))
