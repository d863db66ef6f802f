"""The first-run screen: open the sample scorecard or import one of your own."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomeView(QWidget):
    """Shown while the store is empty."""

    sample_requested = Signal()
    import_requested = Signal()

    def __init__(self, data_location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setAccessibleName("Welcome")
        title = QLabel("<h1>Welcome to Scrutineer</h1>", self)
        title.setAccessibleName("Welcome to Scrutineer")
        intro = QLabel(
            "Scrutineer reads your council's performance scorecards, shows the whole picture "
            "at a glance and keeps your questions from one meeting to the next. "
            "Everything stays on this computer.",
            self,
        )
        intro.setWordWrap(True)
        intro.setAccessibleName("About Scrutineer")
        self.sample_button = QPushButton("Open the &sample scorecard", self)
        self.sample_button.setObjectName("welcomeSample")
        self.sample_button.setAccessibleName("Open the sample scorecard")
        self.sample_button.setAccessibleDescription("Imports a made-up scorecard to explore")
        self.import_button = QPushButton("&Import a scorecard…", self)
        self.import_button.setObjectName("welcomeImport")
        self.import_button.setAccessibleName("Import a scorecard")
        self.import_button.setAccessibleDescription(
            "Choose an Excel, OpenDocument or CSV scorecard to import"
        )
        self.sample_button.setDefault(True)
        hint = QLabel(
            "You can also drop scorecard files onto this window.\n"
            f"Your data is kept in {data_location}",
            self,
        )
        hint.setWordWrap(True)
        hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint.setAccessibleName("Where your data is kept")
        for widget in (title, intro, hint):
            widget.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column = QVBoxLayout()
        column.addStretch(2)
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(16)
        column.addWidget(self.sample_button)
        column.addWidget(self.import_button)
        column.addSpacing(16)
        column.addWidget(hint)
        column.addStretch(3)
        holder = QWidget(self)
        holder.setMaximumWidth(560)
        holder.setLayout(column)
        outer = QVBoxLayout(self)
        outer.addWidget(holder, 0, Qt.AlignmentFlag.AlignHCenter)
        self.sample_button.clicked.connect(self.sample_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.setTabOrder(self.sample_button, self.import_button)
