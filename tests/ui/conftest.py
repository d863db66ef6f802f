"""Window tests: settings in tmp_path, a fresh store per test, a small scorecard to look at."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from pytestqt.qtbot import QtBot

from db.models import (
    IndicatorRow,
    ObservationRow,
    PeriodRow,
    PortfolioRow,
    QuestionRow,
    ServiceRow,
)
from db.store import Store
from desktop.ui.main_window import MainWindow
from tests.ui.annotation_helpers import import_sample, open_window

QUARTERS = (
    ("Q1 2024/25", dt.date(2024, 4, 1), dt.date(2024, 6, 30)),
    ("Q2 2024/25", dt.date(2024, 7, 1), dt.date(2024, 9, 30)),
    ("Q3 2024/25", dt.date(2024, 10, 1), dt.date(2024, 12, 31)),
    ("Q4 2024/25", dt.date(2025, 1, 1), dt.date(2025, 3, 31)),
)


@dataclass
class Ind:
    """One indicator for a test store: a value per quarter (None: no figure that quarter)."""

    code: str
    name: str
    portfolio: str
    service: str | None
    actuals: tuple[float | None, ...]
    target: float = 80.0
    polarity: str = "higher_is_better"
    unit: str = "%"
    rags: tuple[str | None, ...] = (None, None, None, None)
    commentary: str | None = None
    denominators: tuple[float | None, ...] = (None, None, None, None)
    exempt: bool = False
    questions: int = 0
    extra: dict[str, object] = field(default_factory=dict)


# Reds: CS1 (red 4 quarters, worsening), AS2 (red, published Amber: disagreement), EN1 (red 1).
SCORECARD = (
    Ind("CS1", "Child protection plans reviewed on time", "Children's Services", "Safeguarding",
        (60, 55, 50, 45), commentary="Staffing shortage in the review team"),
    Ind("CS2", "Care leavers in education or work", "Children's Services", "Safeguarding",
        (85, 86, 88, 90)),
    Ind("CS3", "Early help assessments completed", "Children's Services", "Early Help",
        (70, 72, 75, 76), questions=2),
    Ind("AS1", "Reviews of care packages", "Adult Social Care", "Assessment",
        (90, 91, 92, 93), exempt=True),
    Ind("AS2", "Delayed transfers of care", "Adult Social Care", "Assessment",
        (30, 32, 35, 40), target=20, polarity="lower_is_better", unit="days",
        rags=(None, None, None, "amber")),
    Ind("EN1", "Household waste recycled", "Environment", None, (82, 81, 80, 60),
        denominators=(None, None, None, 12)),
)  # fmt: skip


def seed(store: Store, indicators: tuple[Ind, ...] = SCORECARD) -> None:
    """Write ``indicators`` straight into the store as rows."""
    with store.session() as s:
        periods = []
        for label, start, end in QUARTERS:
            period = PeriodRow(label=label, start=start, end=end, kind="quarter")
            s.add(period)
            periods.append(period)
        portfolios: dict[str, PortfolioRow] = {}
        services: dict[tuple[str, str], ServiceRow] = {}
        for position, ind in enumerate(indicators):
            portfolio = portfolios.get(ind.portfolio)
            if portfolio is None:
                portfolio = PortfolioRow(name=ind.portfolio, position=len(portfolios))
                portfolios[ind.portfolio] = portfolio
                s.add(portfolio)
            service = None
            if ind.service is not None:
                service = services.get((ind.portfolio, ind.service))
                if service is None:
                    service = ServiceRow(name=ind.service, portfolio=portfolio,
                                         position=len(services))  # fmt: skip
                    services[(ind.portfolio, ind.service)] = service
                    s.add(service)
            row = IndicatorRow(
                portfolio=portfolio, service=service, code=ind.code, name=ind.name,
                name_key=ind.name.lower(), polarity=ind.polarity, unit=ind.unit,
                exempt=ind.exempt, position=position,
            )  # fmt: skip
            s.add(row)
            for i, actual in enumerate(ind.actuals):
                if actual is None:
                    continue
                denominator = ind.denominators[i]
                row.observations.append(
                    ObservationRow(
                        period=periods[i], actual=float(actual), target=ind.target,
                        rag=ind.rags[i],
                        commentary=ind.commentary if i == len(ind.actuals) - 1 else None,
                        denominator=denominator,
                        numerator=None if denominator is None else round(
                            denominator * actual / 100),
                    )
                )  # fmt: skip
            s.flush()
            for q in range(ind.questions):
                s.add(QuestionRow(indicator_id=row.id, text=f"Question {q + 1}", status="asked"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform warns that it cannot pass size hints on; that is not our fault."""
    for item in items:
        item.add_marker(pytest.mark.qt_log_ignore("does not support propagateSizeHints"))


@pytest.fixture(autouse=True)
def qt_settings(tmp_path: Path, qapp: QCoreApplication) -> Iterator[Path]:
    """Every test's window settings live in tmp_path, never in the user's configuration."""
    folder = tmp_path / "settings"
    QCoreApplication.setOrganizationName("Scrutineer")
    QCoreApplication.setApplicationName("Scrutineer")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    return folder


@pytest.fixture(scope="session")
def empty_store_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty store made once (schema migrations take a moment); tests get a copy."""
    folder = tmp_path_factory.mktemp("template")
    Store.open(folder / "scrutineer.sqlite").close()
    return folder / "scrutineer.sqlite"


@pytest.fixture
def store(data_dir: Path, empty_store_file: Path) -> Iterator[Store]:
    target = data_dir / "scrutineer.sqlite"
    shutil.copyfile(empty_store_file, target)
    target.chmod(0o600)
    opened = Store.open(target)
    yield opened
    opened.close()


@pytest.fixture
def seeded(store: Store) -> Store:
    seed(store)
    return store


@pytest.fixture
def sample_store(store: Store) -> Store:
    """The store with the bundled sample scorecard imported."""
    import_sample(store)
    return store


@pytest.fixture
def window_store(seeded: Store) -> Store:
    """The store the ``window`` fixture opens: a test module overrides it to open another."""
    return seeded


@pytest.fixture
def window(qtbot: QtBot, window_store: Store, data_dir: Path) -> MainWindow:
    """The main window over ``window_store``, shown and loaded, work run synchronously."""
    return open_window(qtbot, window_store, data_dir)
