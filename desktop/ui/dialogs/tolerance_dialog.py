"""The RAG tolerance dialog: the selected indicator's rule and the store's default, in words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.analysis.rag import compute_rag
from desktop.analysis.types import Tolerance
from desktop.tolerances import (
    ToleranceError,
    clear_indicator_tolerance,
    default_tolerance,
    describe,
    indicator_tolerance,
    set_default_tolerance,
    set_indicator_tolerance,
    validate,
)
from desktop.ui.indicator_text import format_value

if TYPE_CHECKING:
    from db.store import Store
    from desktop.catalogue import IndicatorView

MODE_CHOICES = (("percent", "Percent of the target"), ("points", "Points from the target"))


def _label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(name)
    return label


class RuleEditor(QWidget):
    """Mode and amber width (and, for on-target indicators, the green band)."""

    def __init__(self, name: str, *, with_band: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = QComboBox(self)
        self.mode.setAccessibleName(f"{name}: how the amber band is measured")
        for value, text in MODE_CHOICES:
            self.mode.addItem(text, value)
        self.amber = QDoubleSpinBox(self)
        self.amber.setAccessibleName(f"{name}: amber band width")
        self.amber.setRange(0.0, 1_000_000.0)
        self.amber.setDecimals(2)
        self.amber.setSpecialValueText("0 (no amber)")
        self.amber.setToolTip("0 means no amber: anything short of target is red")
        layout = QFormLayout(self)
        layout.addRow("&Measure amber as:", self.mode)
        layout.addRow("&Amber within:", self.amber)
        self.band_low: QLineEdit | None = None
        self.band_high: QLineEdit | None = None
        if with_band:
            self.band_low = self._band_edit(f"{name}: low end of the green band")
            self.band_high = self._band_edit(f"{name}: high end of the green band")
            layout.addRow("Green band &from:", self.band_low)
            layout.addRow("Green band &to:", self.band_high)

    def _band_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.setValidator(QDoubleValidator(edit))
        edit.setPlaceholderText("blank: no end")
        return edit

    def set_tolerance(self, tol: Tolerance) -> None:
        self.mode.setCurrentIndex(max(self.mode.findData(tol.mode), 0))
        self.amber.setValue(tol.amber)
        for edit, value in ((self.band_low, tol.band_low), (self.band_high, tol.band_high)):
            if edit is not None:
                edit.setText("" if value is None else f"{value:g}")

    @staticmethod
    def _number(edit: QLineEdit | None) -> float | None:
        text = "" if edit is None else edit.text().strip().replace(",", "")
        if not text:
            return None
        try:
            return float(text)
        except ValueError:
            raise ToleranceError(
                f"{text!r} is not a number — type the end of the green band, or leave it blank"
            ) from None

    def tolerance(self) -> Tolerance:
        """The rule as entered; ToleranceError when it cannot be used."""
        return validate(
            mode=str(self.mode.currentData()),
            amber=self.amber.value(),
            band_low=self._number(self.band_low),
            band_high=self._number(self.band_high),
        )

    def connect_changed(self, slot: object) -> None:
        self.mode.currentIndexChanged.connect(slot)
        self.amber.valueChanged.connect(slot)
        for edit in (self.band_low, self.band_high):
            if edit is not None:
                edit.textChanged.connect(slot)


class ToleranceDialog(QDialog):
    """Edit the RAG rule of one indicator and the default rule of the whole store.

    ``saved()`` fires once the rules are stored, so the caller can read the store again.
    """

    saved = Signal()

    def __init__(
        self, store: Store, view: IndicatorView | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("toleranceDialog")
        self.setWindowTitle("RAG tolerance")
        self.setAccessibleName("RAG tolerance")
        self.store = store
        self.view = view
        with store.read_session() as s:
            self.saved_default = default_tolerance(s)
            self.saved_own = indicator_tolerance(s, view.id) if view is not None else None
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName("Which rule")
        self.tabs.tabBar().setAccessibleName("Which rule: this indicator or the default")
        self.indicator_page: QWidget | None = None
        if view is not None:
            self.indicator_page = self._build_indicator_page(view)
            self.tabs.addTab(self.indicator_page, "This &indicator")
        self.tabs.addTab(self._build_default_page(), "&Default rule")
        self.error = _label("", "Problem with the rule")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.refresh()

    # --- building ------------------------------------------------------------------------
    def _build_indicator_page(self, view: IndicatorView) -> QWidget:
        page = QWidget(self)
        page.setAccessibleName("This indicator's rule")
        self.current = _label("", "The rule now")
        self.use_default = QRadioButton(page)
        self.use_default.setAccessibleName("Use the default rule")
        self.use_own = QRadioButton("Use a &rule for this indicator", page)
        self.use_own.setAccessibleName("Use a rule for this indicator")
        group = QButtonGroup(page)
        group.addButton(self.use_default)
        group.addButton(self.use_own)
        self.own = RuleEditor("This indicator", with_band=view.polarity == "on_target", parent=page)
        self.own.set_tolerance(self.saved_own or self.saved_default)
        (self.use_own if self.saved_own is not None else self.use_default).setChecked(True)
        self.preview = _label("", "Preview of the rule on the latest figure")
        layout = QVBoxLayout(page)
        layout.addWidget(_label(view.label, "Indicator"))
        layout.addWidget(self.current)
        layout.addWidget(self.use_default)
        layout.addWidget(self.use_own)
        layout.addWidget(self.own)
        layout.addWidget(self.preview)
        layout.addStretch(1)
        self.use_own.toggled.connect(self.refresh)
        self.own.connect_changed(self.refresh)
        return page

    def _build_default_page(self) -> QWidget:
        page = QWidget(self)
        page.setAccessibleName("Default rule for the whole store")
        intro = _label(
            "Every indicator without a rule of its own follows this one.", "About the default"
        )
        self.default_editor = RuleEditor("Default rule", with_band=False, parent=page)
        self.default_editor.set_tolerance(self.saved_default)
        self.default_words = _label("", "The default rule in words")
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.default_editor)
        layout.addWidget(self.default_words)
        layout.addStretch(1)
        self.default_editor.connect_changed(self.refresh)
        return page

    # --- reading -------------------------------------------------------------------------
    def _unit(self) -> str | None:
        return self.view.unit if self.view is not None else None

    def default_rule(self) -> Tolerance:
        """The default rule as entered (the saved one while the entry cannot be used)."""
        try:
            return self.default_editor.tolerance()
        except ToleranceError:
            return self.saved_default

    def chosen_rule(self) -> Tolerance | None:
        """The indicator's own rule as entered, or None when it follows the default."""
        if self.view is None or not self.use_own.isChecked():
            return None
        return self.own.tolerance()

    def effective_rule(self) -> Tolerance:
        """The rule the indicator would follow if saved now."""
        own = self.chosen_rule()
        return own if own is not None else self.default_rule()

    def preview_text(self, tol: Tolerance) -> str:
        view = self.view
        latest = view.latest if view is not None else None
        if view is None or latest is None or latest.actual is None:
            return "There is no latest figure to try the rule on."
        rag = compute_rag(latest.actual, latest.target, view.polarity, tol)
        figure = format_value(latest.actual, view.unit)
        if latest.target is not None:
            figure += f" against {format_value(latest.target, view.unit)}"
        if rag is None:
            return f"With this rule the latest figure ({figure}) cannot be judged."
        return f"With this rule the latest figure ({figure}) is {rag.capitalize()}"

    # --- updating ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Words and preview follow what is entered."""
        unit = self._unit()
        default = self.default_rule()
        self.default_words.setText(describe(default, unit))
        if self.view is None:
            return
        self.use_default.setText(f"&Use the default rule ({describe(default, unit)})")
        self.own.setEnabled(self.use_own.isChecked())
        now = self.saved_own or self.saved_default
        self.current.setText(f"Now: {describe(now, unit)}")
        try:
            tol = self.effective_rule()
        except ToleranceError as exc:
            self.preview.setText(str(exc))
            return
        self.preview.setText(f"{describe(tol, unit)}\n{self.preview_text(tol)}")

    def save(self) -> None:
        """Write the rules through desktop.tolerances in one unit of work."""
        own = self.chosen_rule()
        default = self.default_editor.tolerance()
        with self.store.session() as s:
            if default != self.saved_default:
                set_default_tolerance(s, mode=default.mode, amber=default.amber)
            if self.view is None:
                return
            if own is None:
                if self.saved_own is not None:
                    clear_indicator_tolerance(s, self.view.id)
            elif own != self.saved_own:
                set_indicator_tolerance(
                    s,
                    self.view.id,
                    mode=own.mode,
                    amber=own.amber,
                    band_low=own.band_low,
                    band_high=own.band_high,
                )

    def accept(self) -> None:
        try:
            self.save()
        except ToleranceError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()
        self.saved.emit()
