"""Fill an indicator dictionary's names, polarity, units and definitions into the store.

Only what the store does not know yet is filled in: a name where the indicator arrived with
only its code, a polarity where it is unknown, a unit or a definition where there is none.
Figures, notes, questions and anything a member set by hand are never touched.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from db.models import IndicatorRow, ObservationRow
from desktop.catalogue import refresh_analysis
from desktop.scorecard.layout.dictionary import Definition, Dictionary, code_key
from desktop.scorecard.store.write import ImportInfo, name_key, record_import


@dataclass(frozen=True, slots=True)
class Filled:
    matched: int  # indicators in the store the dictionary defines
    changed: int  # of those, how many gained a name, polarity, unit or definition


def known_codes(session: Session) -> set[str]:
    codes = session.execute(select(IndicatorRow.code).where(IndicatorRow.code.is_not(None)))
    return {code_key(code) for code in codes.scalars() if code}


def fill(session: Session, dictionary: Dictionary, info: ImportInfo) -> Filled:
    """Everything in one session (the caller commits)."""
    by_code: dict[str, Definition] = {}
    for each in dictionary.definitions:
        by_code.setdefault(code_key(each.code), each)
    rows = session.execute(
        select(
            IndicatorRow.id,
            IndicatorRow.code,
            IndicatorRow.name,
            IndicatorRow.polarity,
            IndicatorRow.unit,
            IndicatorRow.description,
        ).where(IndicatorRow.code.is_not(None))
    ).all()
    fractions = _fractions_only(session)
    changes: dict[frozenset[str], list[dict[str, object]]] = defaultdict(list)
    matched = 0
    changed: list[int] = []
    for row in rows:
        definition = by_code.get(code_key(row.code))
        if definition is None:
            continue
        matched += 1
        change: dict[str, object] = {}
        if definition.name and (not row.name or row.name.strip() == row.code.strip()):
            change["name"] = definition.name
            change["name_key"] = name_key(definition.name)
        if row.polarity == "unknown" and definition.polarity != "unknown":
            change["polarity"] = definition.polarity
        # a '%' over figures stored as fractions (0.835 shown as "83.5%") would read as 0.8%
        if (
            not row.unit
            and definition.unit
            and not (definition.unit == "%" and row.id in fractions)
        ):
            change["unit"] = definition.unit
        if not row.description and definition.description:
            change["description"] = definition.description
        if change:
            changes[frozenset(change)].append({"id": row.id, **change})
            changed.append(row.id)
    for batch in changes.values():
        session.execute(update(IndicatorRow), batch)
    # a polarity or unit filled in changes what the analysis says of the indicator
    refresh_analysis(session, changed)
    record_import(session, info, matched)  # observation_count stays 0: no figures
    return Filled(matched, len(changed))


def _fractions_only(session: Session) -> set[int]:
    """Indicators whose every figure lies within -1..1: proportions, not percentage points."""
    largest = session.execute(
        select(ObservationRow.indicator_id, func.max(func.abs(ObservationRow.actual)))
        .where(ObservationRow.actual.is_not(None))
        .group_by(ObservationRow.indicator_id)
    )
    return {indicator for indicator, top in largest if top is not None and top <= 1.0}
