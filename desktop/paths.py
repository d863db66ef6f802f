"""The one place that knows where Scrutineer's files live."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "scrutineer"
STORE_NAME = "scrutineer.sqlite"
ENV_DATA_DIR = "SCRUTINEER_DATA_DIR"


def resolve_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Return the data directory: ``--data-dir`` > ``SCRUTINEER_DATA_DIR`` > the platform's."""
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)).resolve()


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) and make it 0700."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(path, 0o700)
    return path


def store_path(data_dir: Path) -> Path:
    return data_dir / STORE_NAME


SETTINGS_ORGANISATION = "Scrutineer"  # Qt files settings under <folder>/<organisation>/<app>.ini
SETTINGS_APPLICATION = "Scrutineer"


def settings_file(data_dir: Path) -> Path:
    """The window's settings (layout, recent files, last folders), beside the store, 0600."""
    return data_dir / SETTINGS_ORGANISATION / f"{SETTINGS_APPLICATION}.ini"


def private_file(path: Path) -> Path:
    """Create ``path`` if need be (its folder 0700) and make it readable by its owner only."""
    ensure_private_dir(path.parent)
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    os.chmod(path, 0o600)
    return path


def logs_dir(data_dir: Path) -> Path:
    return data_dir / "logs"


def resources_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "resources"


def sample_scorecard() -> Path:
    return resources_dir() / "sample" / "sample_scorecard.xlsx"
