"""A table model over one indicator's observations: every number with where it came from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from db.records import ObservationRecord
from desktop.ui.indicator_text import (
    SMALL_BASE,
    format_number,
    format_value,
    is_small_base,
    observation_value,
    provenance,
    short_source,
)
from desktop.ui.rag_style import RAG_WORDS, rag_icon

if TYPE_CHECKING:
    from desktop.catalogue import IndicatorView

# plain ints: a view asks for a dozen roles per cell on every paint, so the test must be cheap
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
DECORATION = int(Qt.ItemDataRole.DecorationRole)
# the same for every cell: made once, as the view asks for it cell by cell on every paint
CELL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
ValueRole = int(Qt.ItemDataRole.UserRole) + 1  # the raw number (or RAG word) behind a cell
SmallBaseRole = int(Qt.ItemDataRole.UserRole) + 2  # True on a row whose base is too small
HANDLED_ROLES = frozenset(
    {DISPLAY, TOOLTIP, ACCESSIBLE, ALIGN, DECORATION, ValueRole, SmallBaseRole}
)

FIXED_COLUMNS = (
    "Period",
    "Actual",
    "Target",
    "Numerator",
    "Denominator",
    "RAG published",
    "RAG computed",
)
SOURCE = "Source"
FIGURES = "Figures"  # the one column beside the period when the pane is too narrow for a grid
OPTIONAL_COLUMNS = frozenset({"Numerator", "Denominator", "RAG published"})
WARNING_MARK = "⚠"
NUMBER_ALIGN = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
TEXT_ALIGN = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True, slots=True)
class _Row:
    observation: ObservationRecord
    rag_computed: str | None
    small_base: bool


def small_base_note(observation: ObservationRecord) -> str:
    base = format_number(observation.denominator)
    return (
        f"Small base: {base} cases. Below {SMALL_BASE} a rate is unreliable, "
        "and one case more or fewer can change the RAG."
    )


class ObservationTableModel(QAbstractTableModel):
    """Period | Actual | Target | Numerator | Denominator | RAG ×2 | comparators … | Source."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._comparators: list[str] = []
        self._unit: str | None = None
        self._dark = False
        self._compact = False  # the period and one wrapped cell of figures, for a narrow pane
        self._headers: list[str] = self.headers()
        self._align: list[int] = []
        self._display_cache: list[list[str]] = []  # painting and sizing ask for these often

    # --- feeding ---------------------------------------------------------------------------

    def set_indicator(self, view: IndicatorView | None) -> None:
        self.beginResetModel()
        self._rows = []
        self._comparators = []
        self._unit = None
        if view is not None:
            self._unit = view.unit
            flagged = {f.period_label for f in view.assessment.flags if f.rule == "small_base"}
            latest = view.latest
            for i, observation in enumerate(view.record.observations):
                small = is_small_base(observation) or (
                    observation.period.label in flagged
                    or (None in flagged and latest is not None and observation is latest)
                )
                self._rows.append(_Row(observation, view.rag_computed_at(i), small))
                for name, _value in observation.comparators:
                    if name not in self._comparators:
                        self._comparators.append(name)
        self._lay_out()
        self.endResetModel()

    def set_compact(self, compact: bool) -> None:
        """Show every figure of a period in one wrapped cell beside it (True), or one column
        per figure (False): a narrow pane then scrolls up and down, never sideways."""
        if compact != self._compact:
            self.beginResetModel()
            self._compact = compact
            self._lay_out()
            self.endResetModel()

    def is_compact(self) -> bool:
        return self._compact

    def _lay_out(self) -> None:
        self._headers = ["Period", FIGURES] if self._compact else self.headers()
        self._align = [
            TEXT_ALIGN if h in {"Period", SOURCE, FIGURES, *FIXED_COLUMNS[5:7]} else NUMBER_ALIGN
            for h in self._headers
        ]
        self._display_cache = [[self._display(row, h) for h in self._headers] for row in self._rows]

    def grid_columns(self) -> list[tuple[str, list[str]]]:
        """Each column of the full grid, whatever is shown, with every cell's text: for
        working out whether the grid fits (blank optional columns left out)."""
        headers = self.headers()
        shown = not self._compact and self._headers == headers  # the grid's texts are made
        columns = []
        for index, header in enumerate(headers):
            if header in OPTIONAL_COLUMNS and all(
                self._value(row, header) is None for row in self._rows
            ):
                continue
            if shown:
                columns.append((header, [cells[index] for cells in self._display_cache]))
            else:
                columns.append((header, [self._display(row, header) for row in self._rows]))
        return columns

    def set_dark(self, dark: bool) -> None:
        if dark != self._dark:
            self._dark = dark
            if self._rows:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1)
                )

    def display_column(self, column: int) -> list[str]:
        """Every cell's text in one column (for sizing the column without asking cell by cell)."""
        return [cells[column] for cells in self._display_cache]

    def is_rag_column(self, column: int) -> bool:
        return self._headers[column] in FIXED_COLUMNS[5:7]

    def headers(self) -> list[str]:
        """The columns of the full grid (shown unless the model is compact)."""
        return [*FIXED_COLUMNS, *self._comparators, SOURCE]

    def column_is_blank(self, column: int) -> bool:
        """True for an optional column with nothing in it (no numerator, no published RAG)."""
        if self._headers[column] not in OPTIONAL_COLUMNS:
            return False
        return all(self._value(row, self._headers[column]) is None for row in self._rows)

    def observation(self, row: int) -> ObservationRecord:
        return self._rows[row].observation

    def row_is_small_base(self, row: int) -> bool:
        return self._rows[row].small_base

    # --- QAbstractTableModel -----------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role not in (DISPLAY, ACCESSIBLE, TOOLTIP):
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._headers):
                title = self._headers[section]
                # shown on two lines so a narrow pane does not scroll sideways for a heading
                return title.replace(" ", "\n", 1) if role == DISPLAY else title
            return None
        if 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return CELL_FLAGS

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if role not in HANDLED_ROLES:
            return None
        r, c = index.row(), index.column()
        if not (0 <= r < len(self._rows) and 0 <= c < len(self._headers)):
            return None
        if role == DISPLAY:
            return self._display_cache[r][c]
        if role == ALIGN:
            return self._align[c]
        row = self._rows[r]
        header = self._headers[c]
        if role == ACCESSIBLE:
            return self._accessible(row, header)
        if role == TOOLTIP:
            return self._tooltip(row, header)
        if role == DECORATION and header in (*FIXED_COLUMNS[5:7], FIGURES):
            rag = self._rag(row, "RAG computed" if header == FIGURES else header)
            return rag_icon(rag, self._dark) if rag in RAG_WORDS else None
        if role == ValueRole:
            return self._value(row, header)
        if role == SmallBaseRole:
            return row.small_base
        return None

    # --- cells -----------------------------------------------------------------------------

    def _rag(self, row: _Row, header: str) -> str | None:
        return row.observation.rag if header == "RAG published" else row.rag_computed

    def _value(self, row: _Row, header: str) -> Any:
        o = row.observation
        values: dict[str, Any] = {
            "Period": o.period.label,
            "Actual": o.actual,
            "Target": o.target,
            "Numerator": o.numerator,
            "Denominator": o.denominator,
            "RAG published": o.rag,
            "RAG computed": row.rag_computed,
            SOURCE: provenance(o),
        }
        if header in values:
            return values[header]
        return dict(o.comparators).get(header)

    def _display(self, row: _Row, header: str) -> str:
        o = row.observation
        if header == "Period":
            return o.period.label
        if header == "Actual":
            return observation_value(o, self._unit)
        if header == "Target":
            return format_value(o.target, self._unit)
        if header in ("Numerator", "Denominator"):
            value = o.numerator if header == "Numerator" else o.denominator
            text = format_number(value) if value is not None else ""
            return f"{WARNING_MARK} {text}" if row.small_base and value is not None else text
        if header in FIXED_COLUMNS[5:7]:
            rag = self._rag(row, header)
            return RAG_WORDS.get(rag or "", "—")
        if header == SOURCE:
            return short_source(o)
        if header == FIGURES:
            return self._figures(row)
        value = dict(o.comparators).get(header)
        return format_value(value, self._unit) if value is not None else ""

    def _figures(self, row: _Row) -> str:
        """Every figure of a period on lines of their own, each saying what it is."""
        o = row.observation
        first = f"Actual {observation_value(o, self._unit) or 'blank'}"
        if o.target is not None:
            first += f", target {format_value(o.target, self._unit)}"
        lines = [first]
        if o.numerator is not None or o.denominator is not None:
            parts = [
                format_number(v) if v is not None else "?" for v in (o.numerator, o.denominator)
            ]
            lines.append(
                f"Based on {parts[0]} of {parts[1]}"
                + (f" {WARNING_MARK} small base" if row.small_base else "")
            )
        computed = RAG_WORDS.get(row.rag_computed or "", "—")
        if any(r.observation.rag for r in self._rows):
            published = RAG_WORDS.get(o.rag or "", "—")
            lines.append(f"RAG published {published}, computed {computed}")
        else:
            lines.append(f"RAG computed {computed}")
        comparators = [
            f"{name} {format_value(value, self._unit)}"
            for name, value in o.comparators
            if value is not None
        ]
        if comparators:
            lines.append(" · ".join(comparators))
        lines.append(f"From {provenance(o)}")
        return "\n".join(lines)

    def _accessible(self, row: _Row, header: str) -> str:
        if header == SOURCE:
            return provenance(row.observation)
        if header == FIGURES:
            return self._figures(row).replace(WARNING_MARK, "warning:").replace("\n", "; ")
        text = self._display(row, header).replace(WARNING_MARK, "").strip()
        if header in ("Numerator", "Denominator") and row.small_base and text:
            return f"{text}, warning: small base"
        if header in FIXED_COLUMNS[5:7]:
            return f"{header}: {text}"
        return text or "blank"

    def _tooltip(self, row: _Row, header: str) -> str:
        o = row.observation
        lines = [f"{header}, {o.period.label}: {self._accessible(row, header)}"]
        if header in ("Numerator", "Denominator") and row.small_base:
            lines.append(small_base_note(o))
        if header == "RAG computed":
            lines.append("Worked out from the actual, the target and the tolerance.")
        if o.actual_text and header == "Actual":
            lines.append(f'The scorecard gave "{o.actual_text}" rather than a number.')
        lines.append(f"From {provenance(o)}")
        return "\n".join(lines)
