"""Statistics tables: a column per measure, a row per period (and area); year rows may step
down to their quarters."""

from __future__ import annotations

from desktop.scorecard.layout import stepped
from desktop.scorecard.layout.cellread import short
from desktop.scorecard.layout.header import Header, text_of
from desktop.scorecard.layout.notes import a1
from desktop.scorecard.layout.rows import RowReader, SheetContext, at
from desktop.scorecard.layout.stepped import Step
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue


class MeasuresReader(RowReader):
    shape = "measures"

    def __init__(self, header: Header, context: SheetContext) -> None:
        super().__init__(header, context)
        self.measures = header.of("measure")
        self.table_ended = False
        # year rows stepping down to their quarters: each part's period, each year's subtotal
        self.steps = (
            stepped.read(
                self.sheet.rows,
                header.first_data,
                [c.index for c in self.period_cols],
                [c.index for c in self.measures],
            )
            if self.period_cols
            else {}
        )

    def _row(self, index: int, row: list[CellValue], filled: list[tuple[int, CellValue]]) -> None:
        column = self.period_cols[0]
        if self.table_ended:
            return
        step = self.steps.get(index)
        if step is not None and step.role != "part":
            self._subtotal_row(index, column.index, step)
            return
        period = step.period if step is not None else cells.period(at(row, column.index))
        if period is None:
            text = " ".join(text_of(v) for v in row if not cells.is_blank(v))
            if sum(1 for v in row if isinstance(v, str) and v.strip()) >= 2:
                self.table_ended = True
                self.notes.warn(
                    f"{self.sheet.name}!{a1(index, 0)}: another table starts here ('{short(text)}')"
                    " — only the first table of the sheet is read"
                )
                return
            self.notes.skip(
                self.sheet.name, a1(index, column.index), f"no period ('{short(text)}')"
            )
            return
        keep, comparator = self._area_decision(index, row)
        if not keep:
            return
        portfolio = self.context.portfolio
        for measure in self.measures:
            observation = self.cellread.observation(index, row, measure, period)
            if observation is None:
                continue
            self._add_one(
                portfolio, None, measure.header, observation, comparator, (index, measure.index)
            )

    def _subtotal_row(self, index: int, col: int, step: Step) -> None:
        """A year row over its quarters (a total the sheet repeats, or a doubt), or a
        quarter that cannot be placed in the year above it (a doubt)."""
        label = step.period.label if step.period else "the year"
        self.skipped_rows.append(index)
        if step.role == "subtotal":
            self.row_roles.append((index, f"left out: total of {label}'s quarters"))
            self.notes.skip(
                self.sheet.name, a1(index, col), f"the total of {label}'s quarters below it"
            )
            return
        if step.role == "unplaced":
            self.row_roles.append((index, "left out: part of a year not placed"))
            self.notes.doubt(
                self.sheet.name,
                index,
                col,
                f"a quarter under {label}: of the calendar or the financial year? Not "
                "imported; write the year as '2024/25' or the period as 'Q1 2024/25'",
                kind="quarter under a calendar year",
            )
            return
        self.row_roles.append((index, "left out: year row over its quarters"))
        self.notes.doubt(
            self.sheet.name,
            index,
            col,
            f"the {label} row over its quarters is not their sum — is it the year's own "
            "figure or a total? Not imported; give the year its own row or leave it out",
            kind="year over quarters",
        )
