"""Read one data cell of a scorecard row: its number, text, RAG and what it adds to an observation."""

from __future__ import annotations

import re

from desktop.scorecard import layout_cells as cells
from desktop.scorecard.layout_header import Column, text_of
from desktop.scorecard.layout_notes import Notes, a1
from desktop.scorecard.model import CellValue, ParsedObservation, Period, Polarity, Sheet

_BOUND = re.compile(
    r"^(?P<sign>>=|<=|=>|=<|≥|≤|>|<|at least|no less than|minimum of|min\.?|above|over|"
    r"at most|no more than|maximum of|max\.?|below|under|less than)\s*(?P<rest>.+)$",
    re.I,
)


def _at(row: list[CellValue], index: int) -> CellValue:
    return row[index] if 0 <= index < len(row) else None


def short(text: str, size: int = 40) -> str:
    """Text cut to fit in a one-line warning."""
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


class CellReader:
    """Turns cells into observations and fills in target, RAG, comparators and commentary."""

    def __init__(self, sheet: Sheet, notes: Notes, decimal_comma: bool) -> None:
        self.sheet = sheet
        self.notes = notes
        self.decimal_comma = decimal_comma
        self.unit: str | None = None  # the first unit a value of the current row carried
        self.target_says: Polarity | None = None  # "≥ 95%" says higher is better

    def start_row(self) -> None:
        self.unit = None
        self.target_says = None

    def _bounded_target(self, text: str, fmt: str | None) -> cells.Number:
        """'≥ 95%', '>95', 'at least 90', '< 10 days': the number, and which way is good."""
        found = _BOUND.match(text.strip())
        if found is None:
            return cells.Number(None, text, None)
        parsed = cells.number(found.group("rest"), fmt, decimal_comma=self.decimal_comma)
        if parsed.value is not None:
            sign = found.group("sign").lower()
            up = sign in (">=", "=>", "≥", ">") or sign.startswith(
                ("at least", "no less", "min", "above", "over")
            )
            self.target_says = "higher_is_better" if up else "lower_is_better"
        return parsed

    def observation(
        self, index: int, row: list[CellValue], column: Column, period: Period
    ) -> ParsedObservation | None:
        value = _at(row, column.index)
        cell = a1(index, column.index)
        error = self.sheet.errors.get((index, column.index))
        if error is not None:
            self.notes.warn(
                f"{self.sheet.name}!{cell}: {error} read as a missing value", kind="error value"
            )
            return ParsedObservation(period, actual_text=error, sheet=self.sheet.name, cell=cell)
        if cells.is_blank(value):
            return None
        style = self.sheet.styles.get((index, column.index))
        parsed = cells.number(
            value, style.number_format if style else None, decimal_comma=self.decimal_comma
        )
        observation = ParsedObservation(
            period, actual=parsed.value, actual_text=parsed.text, sheet=self.sheet.name, cell=cell
        )
        if parsed.value is None and parsed.text is not None:
            marker = parsed.text.strip().lower()
            if marker not in cells.MISSING_MARKERS and not marker.startswith("<"):
                self.notes.warn(
                    f"{self.sheet.name}!{cell}: '{short(parsed.text)}' is not a number — "
                    "kept as text",
                    kind="not a number",
                )
        if style is not None and style.fill and cells.rag_fill(style.fill) is not None:
            observation.rag = cells.rag_fill(style.fill)
        if parsed.unit and self.unit is None:
            self.unit = parsed.unit
        return observation

    def apply(
        self, observation: ParsedObservation, index: int, row: list[CellValue], column: Column
    ) -> None:
        position = column.index
        value = row[position] if position < len(row) else None
        name = column.field or ""
        style = self.sheet.styles.get((index, position)) if self.sheet.styles else None
        if name == "rag":
            self._rag(observation, index, column, value, style.fill if style else None)
            return
        if value is None or (value.__class__ is str and not value.strip()):
            return
        if name == "commentary":
            observation.commentary = str(value).strip()
            return
        if name == "direction":
            observation.direction_text = text_of(value)
            return
        fmt = style.number_format if style else None
        parsed = cells.number(value, fmt, decimal_comma=self.decimal_comma)
        if parsed.value is None and name == "target" and isinstance(value, str):
            parsed = self._bounded_target(value, fmt)
        comparator = name.startswith("comparator:")
        if parsed.value is None:
            if not comparator:
                self.notes.skip(
                    self.sheet.name,
                    a1(index, position),
                    f"{name} '{short(text_of(value))}' is not a number",
                )
            return
        if comparator:
            observation.comparators[name[len("comparator:") :]] = parsed.value
        elif name in ("target", "numerator", "denominator"):
            setattr(observation, name, parsed.value)

    def _rag(
        self,
        observation: ParsedObservation,
        index: int,
        column: Column,
        value: CellValue,
        fill: str | None,
    ) -> None:
        from_fill = cells.rag_fill(fill)
        from_text = cells.rag_text(value)
        if from_text is not None:
            if from_fill is not None and from_fill != from_text:
                self.notes.warn(
                    f"{self.sheet.name}!{a1(index, column.index)}: RAG text says {from_text} "
                    f"but the cell colour says {from_fill} — the text is used",
                    kind="rag colour disagrees",
                )
            observation.rag = from_text
        elif from_fill is not None:
            observation.rag = from_fill
        elif not cells.is_blank(value):
            self.notes.warn(
                f"{self.sheet.name}!{a1(index, column.index)}: RAG '{short(text_of(value))}' "
                "not understood — left blank",
                kind="rag not understood",
            )
            observation.rag = None
