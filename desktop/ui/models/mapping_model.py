"""The column-mapping dialog's data: what a column may hold, and a table of parsed observations."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.scorecard import vocabulary
from desktop.scorecard.model import ParsedScorecard, role_of_key
from desktop.ui.models.formatting import format_value

NOT_USED = "ignore"
NOT_USED_LABEL = "— not used —"
PREVIEW_ROWS = 30

_LABELS: dict[str, str] = {
    "code": "Indicator code",
    "name": "Indicator name",
    "description": "Description",
    "portfolio": "Portfolio",
    "service": "Service",
    "period": "Period",
    "actual": "Actual value",
    "target": "Target",
    "rag": "RAG rating",
    "direction": "Direction of travel",
    "polarity": "Good is higher / lower",
    "numerator": "Numerator",
    "denominator": "Denominator",
    "unit": "Unit",
    "commentary": "Commentary",
    "owner": "Lead officer",
    "exempt": "Exempt (part 2)",
    "area": "Area (council)",
}


def field_label(field: str) -> str:
    """How the dialog names a field: 'comparator:England' reads 'Comparator: England'."""
    if field == NOT_USED:
        return NOT_USED_LABEL
    role = role_of_key(field)
    if role is not None and role[0] == "comparator":
        return f"Comparator: {role[1]}"
    return _LABELS.get(field, field.replace("_", " ").capitalize())


def field_choices() -> list[tuple[str, str]]:
    """(field, label) for every field a column can map to, 'not used' first."""
    fields = list(_LABELS)
    fields += [f for f in vocabulary.mapping_keys() if f not in _LABELS]
    return [(NOT_USED, NOT_USED_LABEL)] + [(f, field_label(f)) for f in fields]


@dataclass(frozen=True, slots=True)
class PreviewRow:
    code: str
    name: str
    period: str
    actual: str
    target: str
    rag: str


def preview_rows(parsed: ParsedScorecard, limit: int = PREVIEW_ROWS) -> list[PreviewRow]:
    """The first ``limit`` observations as text, in the order the file gives them."""
    rows: list[PreviewRow] = []
    for indicator in parsed.indicators:
        for observation in indicator.observations:
            if len(rows) >= limit:
                return rows
            actual = (
                format_value(observation.actual, indicator.unit)
                if observation.actual is not None
                else observation.actual_text or "—"
            )
            rows.append(
                PreviewRow(
                    code=indicator.code or "",
                    name=indicator.name,
                    period=observation.period.label,
                    actual=actual,
                    target=format_value(observation.target, indicator.unit),
                    rag=(observation.rag or "").capitalize() or "—",
                )
            )
    return rows


def counts_text(parsed: ParsedScorecard) -> str:
    """'48 indicators, 383 observations' (singular when there is one)."""
    indicators = len(parsed.indicators)
    observations = sum(len(i.observations) for i in parsed.indicators)
    return f"{_plural(indicators, 'indicator')}, {_plural(observations, 'observation')}"


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}" if count == 1 else f"{count:,} {word}s"


_HEADINGS = ("Code", "Indicator", "Period", "Actual", "Target", "RAG")
_NUMERIC = {3, 4}

Index = QModelIndex | QPersistentModelIndex


class PreviewModel(QAbstractTableModel):
    """Read-only table of the first parsed observations."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PreviewRow] = []

    def set_rows(self, rows: list[PreviewRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[PreviewRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADINGS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        text = (row.code, row.name, row.period, row.actual, row.target, row.rag)[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{_HEADINGS[index.column()]}: {text}"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(_HEADINGS):
            return _HEADINGS[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
