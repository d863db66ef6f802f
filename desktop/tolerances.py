"""RAG tolerances: the store's default rule and each indicator's own, read, checked and saved."""

from __future__ import annotations

import json
import math
from typing import TYPE_CHECKING, Any, cast

from desktop.analysis.types import DEFAULT_TOLERANCE, Tolerance, ToleranceMode

if TYPE_CHECKING:  # the store's modules load when first used: the window paints before them
    from sqlalchemy.orm import Session

    from db.models import IndicatorRow

DEFAULT_KEY = "rag_default_tolerance"
MODES: tuple[ToleranceMode, ...] = ("percent", "points")


class ToleranceError(ValueError):
    """A tolerance that cannot be used; ``str()`` is one line, "what — what to do"."""


def _finite(value: float | None, what: str) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ToleranceError(f"{what} must be a number — type a number such as 10") from None
    if not math.isfinite(number):
        raise ToleranceError(f"{what} must be a finite number — type a number such as 10")
    return number


def validate(
    *,
    mode: str,
    amber: float,
    band_low: float | None = None,
    band_high: float | None = None,
) -> Tolerance:
    """The checked tolerance, or ToleranceError saying what is wrong and what to do."""
    if mode not in MODES:
        raise ToleranceError(
            f"unknown tolerance mode {mode!r} — use 'percent' (of the target) or 'points'"
        )
    width = _finite(amber, "the amber band")
    if width is None or width < 0:
        raise ToleranceError(
            "amber band must be 0 or more — use 0 for no amber, or a width such as 10"
        )
    low = _finite(band_low, "the low end of the band")
    high = _finite(band_high, "the high end of the band")
    if low is not None and high is not None and low > high:
        raise ToleranceError(
            f"band low ({low:g}) is above band high ({high:g}) — swap them or widen the band"
        )
    return Tolerance(mode=mode, amber=width, band_low=low, band_high=high)


def default_tolerance(session: Session) -> Tolerance:
    """The store's default rule; the contract's "amber within 10%" when unset or unreadable."""
    from db import queries

    return tolerance_from_setting(queries.get_setting(session, DEFAULT_KEY))


def tolerance_from_setting(raw: str | None) -> Tolerance:
    """The default rule stored as ``raw`` (the setting's text, None when never set)."""
    if raw is None:
        return DEFAULT_TOLERANCE
    try:
        data: Any = json.loads(raw)
        return validate(mode=data["mode"], amber=data["amber"])
    except (ValueError, TypeError, KeyError):
        return DEFAULT_TOLERANCE


def set_default_tolerance(session: Session, *, mode: str, amber: float) -> Tolerance:
    """Save the store's default rule (every indicator without its own rule follows it)."""
    tolerance = validate(mode=mode, amber=amber)
    value = json.dumps({"mode": tolerance.mode, "amber": tolerance.amber})
    from db import queries

    queries.set_setting(session, DEFAULT_KEY, value)
    _reanalyse(session, None)
    return tolerance


def _row(session: Session, indicator_id: int) -> IndicatorRow:
    from db.models import IndicatorRow

    row = session.get(IndicatorRow, indicator_id)
    if row is None:
        raise ToleranceError(
            f"no indicator with id {indicator_id} in this store — choose one from the tree"
        )
    return row


def indicator_tolerance(session: Session, indicator_id: int) -> Tolerance | None:
    """The indicator's own rule, or None when it uses the default."""
    row = _row(session, indicator_id)
    own = (row.tolerance_mode, row.tolerance_amber, row.band_low, row.band_high)
    if own == (None, None, None, None):
        return None
    default = default_tolerance(session)
    mode = row.tolerance_mode if row.tolerance_mode in MODES else default.mode
    amber = row.tolerance_amber if row.tolerance_amber is not None else default.amber
    return Tolerance(
        mode=mode,
        amber=amber,
        band_low=row.band_low,
        band_high=row.band_high,
    )


def set_indicator_tolerance(
    session: Session,
    indicator_id: int,
    *,
    mode: str,
    amber: float,
    band_low: float | None = None,
    band_high: float | None = None,
) -> Tolerance:
    """Give the indicator its own rule (it no longer follows the default)."""
    tolerance = validate(mode=mode, amber=amber, band_low=band_low, band_high=band_high)
    row = _row(session, indicator_id)
    row.tolerance_mode = tolerance.mode
    row.tolerance_amber = tolerance.amber
    row.band_low = tolerance.band_low
    row.band_high = tolerance.band_high
    session.flush()
    _reanalyse(session, [indicator_id])
    return tolerance


def clear_indicator_tolerance(session: Session, indicator_id: int) -> None:
    """Let the indicator follow the store's default rule again."""
    row = _row(session, indicator_id)
    row.tolerance_mode = None
    row.tolerance_amber = None
    row.band_low = None
    row.band_high = None
    session.flush()
    _reanalyse(session, [indicator_id])


def _reanalyse(session: Session, indicator_ids: list[int] | None) -> None:
    """A new rule rates the figures again: store the indicators' analysis made with it."""
    from desktop.catalogue import refresh_analysis  # the catalogue reads tolerances from here

    refresh_analysis(session, indicator_ids)


def _amount(value: float, unit: str | None) -> str:
    return f"{value:g}%" if unit == "%" else f"{value:g}"


def _band_text(tol: Tolerance, unit: str | None) -> str:
    low, high = tol.band_low, tol.band_high
    if low is not None and high is not None:
        return f"Green between {_amount(low, unit)} and {_amount(high, unit)}; red outside."
    if low is not None:
        return f"Green at {_amount(low, unit)} or above; red below."
    return f"Green at {_amount(cast(float, high), unit)} or below; red above."


def describe(tol: Tolerance, unit: str | None = None) -> str:
    """The rule in plain English, as a councillor would say it."""
    if tol.band_low is not None or tol.band_high is not None:
        return _band_text(tol, unit)
    if tol.amber <= 0:
        return "No amber: anything short of target is red."
    if tol.mode == "percent":
        width = f"{tol.amber:g}% of the target"
    elif unit == "%":
        width = f"{tol.amber:g} percentage points of the target"
    else:
        width = f"{tol.amber:g} {'point' if tol.amber == 1 else 'points'} of the target"
    return f"Green on or better than target; amber within {width}; red otherwise."
