"""One row reader per table shape, and the one place that picks it from the header."""

from __future__ import annotations

from desktop.scorecard.layout import ditto_marks, merged_down, row_periods
from desktop.scorecard.layout.header import Header
from desktop.scorecard.layout.rows import RowReader, SheetContext, TableShape, prepare
from desktop.scorecard.layout.shapes.benchmark import BenchmarkReader, coded_columns
from desktop.scorecard.layout.shapes.labelled import LabelledReader
from desktop.scorecard.layout.shapes.long import LongReader
from desktop.scorecard.layout.shapes.measures import MeasuresReader

READERS: dict[TableShape, type[RowReader]] = {
    "wide": LabelledReader,  # a row per indicator, or a block of labelled rows
    "long": LongReader,
    "benchmark": BenchmarkReader,
    "measures": MeasuresReader,
}


def table_shape(header: Header) -> TableShape:
    """How the table lays out its figures, from its columns' roles: rows naming no indicator
    under coded (or dated) value columns are a benchmark; measure columns are measures; a
    period column makes it long, unless it holds bare quarters (or months) of the years heading
    the figure columns (``row_periods``); otherwise periods run across."""
    if coded_columns(header)[0]:
        return "benchmark"
    if header.of("measure"):
        return "measures"
    if any(c.period is None for c in header.of("period")) and row_periods.column(header) is None:
        return "long"
    return "wide"


def reader_for(header: Header, context: SheetContext) -> RowReader:
    """The reader for the table's shape, once the columns the shape depends on are settled."""
    ditto_marks.fill(header, context.notes)  # '"', 'do.' under a target: the value above
    prepare(header, context.notes)
    shape = table_shape(header)
    if shape == "wide":  # a target or rating merged down over a measure's rows: each row's
        merged_down.fill(header, context.notes)
    return READERS[shape](header, context)
