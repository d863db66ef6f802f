"""The JSON export, version 1 of CONTRACT.md: complete, lossless and deterministic."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from db.records import ObservationRecord
from desktop.catalogue import IndicatorView
from desktop.export.data import ExportData

FORMAT = "scrutineer-export"
VERSION = 1


def _iso(moment: dt.datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.isoformat()


def _count(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else float(value)


def _observation(view: IndicatorView, i: int, obs: ObservationRecord) -> dict[str, Any]:
    return {
        "period": obs.period.label,
        "period_start": obs.period.start.isoformat(),
        "period_end": obs.period.end.isoformat(),
        "actual": obs.actual,
        "actual_text": obs.actual_text if obs.actual is None else None,
        "target": obs.target,
        "numerator": _count(obs.numerator),
        "denominator": _count(obs.denominator),
        "rag": obs.rag,
        "rag_computed": view.rag_computed_at(i),
        "comparators": dict(obs.comparators),
        "commentary": obs.commentary,
        "source": {"file": obs.source_file, "sheet": obs.source_sheet, "cell": obs.source_cell},
    }


def _indicator(view: IndicatorView, with_exempt: bool) -> dict[str, Any]:
    shown: dict[str, Any] = {
        "code": view.code,
        "name": view.name,
        "portfolio": view.portfolio,
        "service": view.service,
        "polarity": view.polarity,
        "unit": view.unit,
        "observations": [_observation(view, i, o) for i, o in enumerate(view.observations)],
    }
    if with_exempt:
        shown["exempt"] = view.exempt
    return shown


def export_document(data: ExportData) -> dict[str, Any]:
    """The whole export as plain JSON-ready data."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": _iso(data.exported_at),
        "indicators": [
            _indicator(v, data.include_exempt)
            for v in data.views
            if data.include_exempt or not v.exempt
        ],
        "notes": [
            {
                "indicator": n.indicator,
                "period": n.period,
                "text": n.text,
                "exempt": n.exempt,
                "created_at": _iso(n.created_at),
            }
            for n in data.notes
            if data.include_exempt or not n.exempt
        ],
        "questions": [
            {
                "indicator": q.indicator,
                "period": q.period,
                "text": q.text,
                "addressed_to": q.addressed_to,
                "status": q.status,
                "answer": q.answer,
                "meeting": q.meeting,
            }
            for q in data.questions
        ],
        "actions": [
            {
                "indicator": a.indicator,
                "text": a.text,
                "owner": a.owner,
                "due": a.due,
                "status": a.status,
            }
            for a in data.actions
        ],
    }


def to_json_text(data: ExportData) -> str:
    return json.dumps(export_document(data), ensure_ascii=False, indent=2) + "\n"
