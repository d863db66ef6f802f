"""The briefing's short "what changed" table: only what moved materially, most serious first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.analysis.numbers import finite
from desktop.catalogue import IndicatorView
from desktop.export.words import SMALL, Figures
from desktop.wording import change_amount, rag_word

MATERIAL_SHARE = 0.10  # a move of a tenth of the earlier figure or more is material
MAX_ROWS = 12


@dataclass(frozen=True, slots=True)
class ChangeRow:
    view: IndicatorView
    change: str  # "Newly red", "No longer red", "Amber to green", "Target changed", "Worse"...
    before: str
    now: str
    rank: int  # 0 most serious
    size: float  # the relative size of the move, to order rows of one rank


def _at(view: IndicatorView, label: str) -> tuple[int, float | None, float | None] | None:
    for i, obs in enumerate(view.observations):
        if obs.period.label == label and finite(obs.actual) is not None:
            return i, finite(obs.actual), finite(obs.target)
    return None


def _rag(view: IndicatorView, i: int) -> str | None:
    return view.observations[i].rag or view.rag_computed_at(i)


def _better(view: IndicatorView, before: float, now: float) -> bool | None:
    if view.polarity == "higher_is_better":
        return now > before
    if view.polarity == "lower_is_better":
        return now < before
    return None


def material_changes(
    views: Sequence[IndicatorView], previous: str, period: str, *, suppress_small: bool
) -> tuple[list[ChangeRow], int]:
    """Rows to show, and how many other indicators moved less (or past the table's length)."""
    rows: list[ChangeRow] = []
    moved = 0
    for view in views:
        old, new = _at(view, previous), _at(view, period)
        if old is None or new is None:
            continue
        (i, before, old_target), (j, now, new_target) = old, new
        assert before is not None and now is not None
        if before != now:
            moved += 1
        figures = Figures(view, suppress_small=suppress_small)
        was_shown, now_shown = figures.alike(before, now)
        shown = (was_shown, now_shown)
        was, is_now = _rag(view, i), _rag(view, j)
        size = abs(now - before) / abs(before) if before else (1.0 if now else 0.0)
        row: ChangeRow | None = None
        if is_now == "red" and was != "red":
            row = ChangeRow(view, "Newly red", *shown, 0, size)
        elif was == "red" and is_now in ("amber", "green"):
            row = ChangeRow(view, f"No longer red ({rag_word(is_now).lower()})", *shown, 1, size)
        elif was and is_now and was != is_now:
            row = ChangeRow(view, f"{rag_word(was)} to {rag_word(is_now).lower()}", *shown, 2, size)
        elif old_target is not None and new_target is not None and old_target != new_target:
            was_target, new_target_shown = figures.alike(old_target, new_target)
            change = f"Target changed from {was_target} to {new_target_shown}"
            row = ChangeRow(view, change, *shown, 3, size)
        elif size >= MATERIAL_SHARE:
            better = _better(view, before, now)
            word = "Changed" if better is None else ("Better" if better else "Worse")
            hidden = SMALL in shown  # a share of a suppressed count would give it away
            amount = change_amount(before, now, view.unit)  # "by 3.1 points" for percentages
            row = ChangeRow(view, word if hidden else f"{word} by {amount}", *shown, 4, size)
        if row is not None:
            rows.append(row)
    rows.sort(key=lambda r: (r.rank, -r.size))
    shown_rows = rows[:MAX_ROWS]
    listed = sum(1 for r in shown_rows if r.before != r.now)
    return shown_rows, max(moved - listed, 0)
