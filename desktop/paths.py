"""The one place that knows where Scrutineer's files live."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from desktop.errors import UserError

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


PRIVATE_DIR_MODE = 0o700


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` 0700 (parents as the system makes them); leave an existing one as it is.

    A folder the app did not create keeps its mode (see :func:`wide_permissions`); a file in its
    place, or a folder that cannot be created or written, is a :class:`UserError`.
    """
    if os.path.lexists(path) and not path.is_dir():
        raise UserError(
            f"the data folder {path} is a file, not a folder"
            " — give --data-dir (or SCRUTINEER_DATA_DIR) a folder",
            2,
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        os.mkdir(path, PRIVATE_DIR_MODE)
    except FileExistsError:
        pass
    except OSError as exc:
        raise UserError(
            f"cannot create the data folder {path}: {exc.strerror}"
            " — choose another --data-dir or check the permissions of its parent",
            1,
        ) from exc
    else:
        os.chmod(path, PRIVATE_DIR_MODE)  # ours: the umask may have left it wider or narrower
    if not os.access(path, os.W_OK | os.X_OK):
        raise UserError(
            f"the data folder {path} is read-only — make it writable or choose another --data-dir",
            1,
        )
    return path


def wide_permissions(path: Path, what: str) -> str | None:
    """A warning line when ``path`` can be read or written by other users (POSIX), else None.

    The app never narrows a mode it did not set: the folder may be shared on purpose.
    """
    if os.name != "posix":
        return None
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return None
    if not mode & 0o077:
        return None
    private = "700" if path.is_dir() else "600"
    return (
        f"warning: {what} {path} can be read by other users (mode {mode:o})"
        f" — run 'chmod {private} {path}' unless that is intended"
    )


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
