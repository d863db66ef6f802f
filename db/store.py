"""The SQLite store: open (upgrading the schema safely), sessions, locking, backup and restore."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import sqlite3
import stat
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from db.safe_files import fsync_dir, fsync_file, remove_stale, temp_beside

# SQLAlchemy is imported where it is first used, not here: opening a store at head, and the
# window's first paint, need only sqlite3 (the import is about a fifth of a second).
if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine
    from sqlalchemy.engine import Connection
    from sqlalchemy.exc import DBAPIError
    from sqlalchemy.orm import Session, sessionmaker

# The newest schema revision this program knows (a test checks it matches db/migrations).
HEAD_REVISION = "0005_paper_details"
# The tables of a store at head (a test checks they are those of db/models).
SCHEMA_TABLES = frozenset(
    {
        "action_point", "agenda_item", "comparator_value", "import_profile", "indicator",
        "indicator_analysis", "meeting", "note", "observation", "period", "portfolio",
        "question", "question_answer_history", "scorecard_import", "service", "setting",
        "sync_conflict", "sync_record", "sync_state", "sync_tombstone",
    }
)  # fmt: skip
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
FILE_MODE = 0o600
_SQLITE_MAGIC = b"SQLite format 3\x00"
_BEGIN_OPTION = "scrutineer_begin"
_NEARLY_FULL_BYTES = 1 << 20
_SIDE_FILES = ("-wal", "-shm", "-journal")
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # absent on Windows, where links need privileges


class StoreError(Exception):
    """A problem with the store the user can act on; ``str()`` is "what — what to do"."""

    exit_code: int = 1

    def __init__(self, message: str, *, exit_code: int | None = None) -> None:
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code


class StoreLocked(StoreError):
    exit_code = 3


class StoreTooNew(StoreError):
    exit_code = 3


class NotAStore(StoreError):
    exit_code = 1


def _locked(path: Path) -> StoreLocked:
    return StoreLocked(
        f"the store {path} is busy: another Scrutineer is writing to it"
        " — wait for it to finish, then try again"
    )


def _too_new(path: Path, revision: str) -> StoreTooNew:
    return StoreTooNew(
        f"{path} was made by a newer Scrutineer (schema {revision})"
        " — update Scrutineer or restore a backup"
    )


def _not_a_store(path: Path, why: str) -> NotAStore:
    return NotAStore(
        f"{path} is not a Scrutineer store ({why}) — choose a store or a backup made by Scrutineer"
    )


def _damaged(path: Path, why: str) -> StoreError:
    return StoreError(
        f"the store {path} is damaged ({why})"
        " — restore a backup with 'restore FILE' (automatic ones are in the backups folder)"
    )


def _is_write_problem(message: str) -> bool:
    return any(word in message for word in ("full", "readonly", "read-only", "unable to open"))


def one_line(error: BaseException | str) -> str:
    return " ".join(str(error).split())


def _is_damage(message: str) -> bool:
    return "malformed" in message or "not a database" in message


def translate_error(path: Path, error: DBAPIError | sqlite3.Error) -> StoreError | None:
    """Turn a database error the user can act on into a StoreError (None for a bug)."""
    message = str(getattr(error, "orig", None) or error).lower()
    if "locked" in message or "busy" in message:
        return _locked(path)
    if ("full" in message and "disk" in message) or (
        "disk i/o error" in message and _nearly_full(path.parent)
    ):
        return StoreError(
            f"cannot write the store {path}: the disk is full — free some space and try again"
        )
    if "readonly" in message or "read-only" in message:
        return StoreError(
            f"cannot write the store {path}: it is read-only — check the file's permissions"
        )
    if "unable to open" in message:
        return StoreError(
            f"cannot open the store {path} — check the file and its folder can be read and written"
        )
    if _is_damage(message):
        return _damaged(path, message)
    if "disk i/o error" in message:
        return StoreError(
            f"cannot read or write the store {path}: disk I/O error — check the disk, then try again"
        )
    return None


def _nearly_full(folder: Path) -> bool:
    """SQLite reports a full disk as an I/O error when its shared-memory file cannot grow."""
    try:
        return shutil.disk_usage(folder).free < _NEARLY_FULL_BYTES
    except OSError:
        return False


def _reraise(path: Path, error: DBAPIError | sqlite3.Error) -> NoReturn:
    """Raise the StoreError for ``error`` if the user can act on it, else ``error`` itself."""
    translated = translate_error(path, error)
    if translated is None:
        raise error
    raise translated from error


# -- looking at a file without changing it ------------------------------------------------------


def _has_sqlite_header(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(_SQLITE_MAGIC)) == _SQLITE_MAGIC


def _stored_revision(conn: sqlite3.Connection, path: Path) -> str | None:
    """The alembic revision of an open SQLite file: None when it holds no tables at all."""
    try:
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if "alembic_version" not in tables:
            if tables:
                raise _not_a_store(path, "it holds other tables")
            return None
        versions = [row[0] for row in conn.execute("SELECT version_num FROM alembic_version")]
    except sqlite3.DatabaseError as exc:
        error = translate_error(path, exc)
        if error is None or _is_damage(str(exc).lower()):
            raise _not_a_store(path, "not a readable database") from exc
        raise error from exc
    if len(versions) > 1:
        raise _not_a_store(path, "it has several schema versions")
    if not versions:
        if tables - {"alembic_version"}:
            raise _not_a_store(path, "it has no schema version")
        return None
    return str(versions[0])


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def _check_known(path: Path, revision: str) -> None:
    if revision != HEAD_REVISION and revision not in _known_revisions():
        raise _too_new(path, revision)


def _read_revision(path: Path, wait_seconds: float) -> str | None:
    """Classify the file at ``path``: None if empty or new, else its revision."""
    if path.stat().st_size == 0:
        return None
    if not _has_sqlite_header(path):
        raise _not_a_store(path, "not a SQLite file")
    conn = sqlite3.connect(path, timeout=wait_seconds, isolation_level=None)
    try:
        return _stored_revision(conn, path)
    finally:
        conn.close()


# -- files ---------------------------------------------------------------------------------------


def _timestamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%d%H%M%S")


def _free_name(directory: Path, stem: str, suffix: str) -> Path:
    candidate = directory / f"{stem}{suffix}"
    counter = 1
    while candidate.exists():
        candidate = directory / f"{stem}-{counter}{suffix}"
        counter += 1
    return candidate


def _copy_database(source: sqlite3.Connection, dest: Path) -> None:
    """Write a consistent copy of ``source`` to ``dest`` (0600, whole or not at all)."""
    remove_stale(dest.parent)
    tmp = temp_beside(dest)
    try:
        target = sqlite3.connect(tmp, isolation_level=None)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
        os.chmod(tmp, FILE_MODE)
        fsync_file(tmp)
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(dest.parent)


# -- automatic backups ---------------------------------------------------------------------------

BACKUPS_FOLDER = "backups"
KEEP_BACKUPS = 10
_DAILY = dt.timedelta(hours=24)
_BACKUP_NAME = re.compile(r"scrutineer-(\d{14})-([a-z0-9_-]+?)(?:-(\d+))?\.sqlite")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One automatic backup: where it is, when it was taken (UTC), why, and its size."""

    path: Path
    taken_at: dt.datetime
    reason: str
    size: int


def backups_dir(store_path: Path) -> Path:
    """The folder of the rolling automatic backups, beside the store."""
    return Path(store_path).parent / BACKUPS_FOLDER


def list_backups(store_path: Path) -> list[BackupInfo]:
    """The automatic backups of the store at ``store_path``, newest first."""
    found: list[tuple[tuple[dt.datetime, int, int], BackupInfo]] = []
    folder = backups_dir(store_path)
    if folder.is_symlink() or not folder.is_dir():
        return []
    for entry in folder.iterdir():
        match = _BACKUP_NAME.fullmatch(entry.name)
        if not match or entry.is_symlink() or not entry.is_file():
            continue
        taken = dt.datetime.strptime(match.group(1), "%Y%m%d%H%M%S").replace(tzinfo=dt.UTC)
        facts = entry.stat()
        order = (taken, facts.st_mtime_ns, int(match.group(3) or 0))
        found.append((order, BackupInfo(entry, taken, match.group(2), facts.st_size)))
    return [info for _, info in sorted(found, key=lambda pair: pair[0], reverse=True)]


def _backups_folder(store_path: Path) -> Path:
    folder = backups_dir(store_path)
    if folder.is_symlink():
        raise StoreError(
            f"{folder} is a link, not a folder — move it away so backups stay beside the store"
        )
    with contextlib.suppress(FileExistsError):
        os.mkdir(folder, 0o700)
        os.chmod(folder, 0o700)
    return folder


def _prune(store_path: Path, keep: int) -> None:
    for old in list_backups(store_path)[keep:]:
        old.path.unlink(missing_ok=True)


def automatic_backup(
    path: Path, reason: str, wait_seconds: float = 10.0, *, keep: int = KEEP_BACKUPS
) -> Path:
    """Copy the store at ``path`` into the backups folder (0600), keeping the newest ``keep``."""
    source = sqlite3.connect(path, timeout=wait_seconds, isolation_level=None)
    try:
        folder = _backups_folder(path)
        dest = _free_name(folder, f"scrutineer-{_timestamp()}-{reason}", ".sqlite")
        _copy_database(source, dest)
    except (sqlite3.Error, OSError) as exc:
        error = translate_error(path, exc) if isinstance(exc, sqlite3.Error) else None
        raise error or StoreError(
            f"cannot back the store {path} up into {backups_dir(path)} ({one_line(exc)})"
            " — free some space or check the folder's permissions, then try again"
        ) from exc
    finally:
        source.close()
    _prune(path, keep)
    return dest


def _daily_backup_due(path: Path) -> bool:
    newest = next(iter(list_backups(path)), None)
    return newest is None or dt.datetime.now(dt.UTC) - newest.taken_at >= _DAILY


def _refuse_links(path: Path) -> None:
    """Never follow the store (or its journal files) out of its folder through a link."""
    for candidate in (path, *(Path(f"{path}{suffix}") for suffix in _SIDE_FILES)):
        if candidate.is_symlink():
            raise StoreError(
                f"{candidate} is a link to {os.readlink(candidate)}, not the store itself"
                " — move the link away (Scrutineer keeps its store as a plain file)"
            )


def _create_private(path: Path) -> bool:
    """Create the store file 0600 if it is missing; True when this call created it.

    An existing file keeps its mode: the app never changes what it did not just create.
    """
    if not path.parent.is_dir():
        raise StoreError(
            f"the folder {path.parent} does not exist — create it or choose another --data-dir"
        )
    _refuse_links(path)
    created = False
    try:
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, FILE_MODE)
        except FileExistsError:
            pass
        else:
            os.close(fd)
            created = True
            os.chmod(path, FILE_MODE)
        if not stat.S_ISREG(os.stat(path, follow_symlinks=False).st_mode):
            raise StoreError(f"{path} is not a file — move it away or choose another --data-dir")
    except OSError as exc:
        raise StoreError(
            f"cannot create the store {path}: {exc.strerror}"
            " — check the folder can be written, or choose another --data-dir"
        ) from exc
    return created


def _check_schema(path: Path) -> None:
    """Refuse a store at head whose tables are missing or whose schema text cannot be read."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    conn.text_factory = bytes
    try:
        raw = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    except sqlite3.Error as exc:
        _reraise(path, exc)
    finally:
        conn.close()
    try:
        tables = {bytes(name).decode("utf-8") for name in raw}
    except UnicodeDecodeError as exc:
        raise _damaged(path, "a table name is not valid text") from exc
    missing = sorted(SCHEMA_TABLES - tables)
    if missing:
        raise _damaged(path, f"table {missing[0]} is missing")


# -- the engine ----------------------------------------------------------------------------------


def _make_engine(
    path: Path, wait_seconds: float, *, foreign_keys: bool = True, pooled: bool = True
) -> Engine:
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    # hide_parameters: an error's text never carries the values (a note, an answer) it wrote
    options: dict[str, Any] = {"connect_args": {"timeout": wait_seconds}, "hide_parameters": True}
    if not pooled:
        options["poolclass"] = NullPool
    engine = create_engine(f"sqlite:///{path}", **options)
    busy_ms = max(0, int(wait_seconds * 1000))

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # we send BEGIN ourselves (below) so transactions really start where SQLAlchemy says
        dbapi_connection.isolation_level = None
        dbapi_connection.execute(f"PRAGMA busy_timeout = {busy_ms}")
        dbapi_connection.execute("PRAGMA journal_mode = WAL")
        dbapi_connection.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        # sorts and temporary tables stay in memory: notes never reach the temporary folder
        dbapi_connection.execute("PRAGMA temp_store = MEMORY")

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # IMMEDIATE takes the write lock up front (waiting up to busy_timeout), so a session
        # that reads then writes never fails half-way on a stale snapshot.
        mode = conn.get_execution_options().get(_BEGIN_OPTION, "IMMEDIATE")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def alembic_config() -> Config:
    """Alembic's configuration, built in code: the scripts are in db/migrations, no ini file."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def _upgrade(path: Path, wait_seconds: float) -> None:
    """Upgrade the file to head in one transaction, foreign keys off while tables are rebuilt."""
    from alembic import command
    from sqlalchemy.exc import DBAPIError

    config = alembic_config()
    engine = _make_engine(path, wait_seconds, foreign_keys=False, pooled=False)
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise StoreError(
                    f"upgrading the store {path} would break {len(broken)} links"
                    " — restore a backup or report this"
                )
    except DBAPIError as exc:
        _reraise(path, exc)
    finally:
        engine.dispose()


def _bring_to_head(path: Path, wait_seconds: float) -> None:
    revision = _read_revision(path, wait_seconds)
    if revision == HEAD_REVISION:
        return
    if revision is not None:
        _check_known(path, revision)
        automatic_backup(path, f"before-upgrade-from-{revision}", wait_seconds)
    _upgrade(path, wait_seconds)


class Store:
    """One open store file. Use :meth:`session` for short units of work."""

    def __init__(
        self, path: Path, engine: Engine | None = None, *, wait_seconds: float = 10.0
    ) -> None:
        self.path = path
        self._wait_seconds = wait_seconds
        self._engine = engine
        self._factories: tuple[sessionmaker[Session], sessionmaker[Session]] | None = None
        self._lock = threading.Lock()  # the first session may be asked for on a worker

    @classmethod
    def open(cls, path: Path, *, wait_seconds: float = 10.0) -> Store:
        """Open (creating or upgrading as needed) the store at ``path``; its folder must exist."""
        path = Path(path)
        created = _create_private(path)
        remove_stale(path.parent)
        remove_stale(backups_dir(path))
        try:
            _bring_to_head(path, wait_seconds)
        except UnicodeDecodeError as exc:  # sqlite3 decodes names as UTF-8 and fails on others
            raise _damaged(path, "its schema is not valid text") from exc
        _check_schema(path)
        if not created and _daily_backup_due(path):
            automatic_backup(path, "daily", wait_seconds)
        return cls(path, wait_seconds=wait_seconds)  # the engine is made when first needed

    @property
    def engine(self) -> Engine:
        return self._made()[0]

    def _made(self) -> tuple[Engine, sessionmaker[Session], sessionmaker[Session]]:
        """The engine and the session factories, made (and SQLAlchemy imported) on first use."""
        with self._lock:
            if self._engine is None:
                self._engine = _make_engine(self.path, self._wait_seconds)
            if self._factories is None:
                from sqlalchemy.orm import sessionmaker

                engine = self._engine
                read = engine.execution_options(**{_BEGIN_OPTION: "DEFERRED"})
                self._factories = (
                    sessionmaker(bind=engine, expire_on_commit=False),
                    sessionmaker(bind=read, expire_on_commit=False),
                )
            return (self._engine, *self._factories)

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work holding the write lock: commits on success, rolls back on error."""
        with self._unit(self._made()[1]) as session:
            yield session

    @contextlib.contextmanager
    def read_session(self) -> Iterator[Session]:
        """A consistent snapshot for reading that never waits for a writer (do not write in it)."""
        with self._unit(self._made()[2]) as session:
            yield session

    @contextlib.contextmanager
    def _unit(self, factory: sessionmaker[Session]) -> Iterator[Session]:
        from sqlalchemy.exc import DBAPIError

        session = factory()
        try:
            yield session
            session.commit()
        except DBAPIError as exc:
            session.rollback()
            _reraise(self.path, exc)
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def revision(self) -> str:
        """The schema revision stored in the file (head once open)."""
        from sqlalchemy import text

        with self.read_session() as session:
            return str(
                session.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
            )

    def backup(self, dest: Path) -> Path:
        """Write a consistent copy of the store to ``dest`` (mode 0600, never half-written)."""
        dest = Path(dest)
        if dest.resolve() == self.path.resolve():
            raise StoreError(f"{dest} is the store itself — choose another file for the backup")
        if not dest.parent.is_dir():
            raise StoreError(
                f"the folder {dest.parent} does not exist — create it or choose another place"
            )
        raw = self.engine.raw_connection()
        try:
            source = raw.driver_connection
            assert isinstance(source, sqlite3.Connection)
            _copy_database(source, dest)
        except sqlite3.Error as exc:
            if _is_write_problem(str(exc).lower()):  # the copy is what could not be written
                raise StoreError(
                    f"cannot write the backup {dest}: {one_line(exc)}"
                    " — free some space there or choose another place"
                ) from exc
            _reraise(self.path, exc)
        except OSError as exc:
            raise StoreError(
                f"cannot write the backup {dest}: {exc.strerror} — choose another place"
            ) from exc
        finally:
            raw.close()
        return dest

    def close(self) -> None:
        with self._lock:
            if self._engine is not None:
                self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


# -- restore -------------------------------------------------------------------------------------


def _validated_copy(source: Path, directory: Path, wait_seconds: float) -> tuple[Path, str]:
    """Copy ``source`` into ``directory`` and check the copy is a store this program can read."""
    if not source.is_file():
        raise StoreError(f"{source} does not exist — check the name of the backup file")
    if not _has_sqlite_header(source):
        raise _not_a_store(source, "not a SQLite file")
    tmp = temp_beside(directory / "restore")
    try:
        try:
            reader = sqlite3.connect(
                f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=wait_seconds
            )
            try:
                _copy_database(reader, tmp)
            finally:
                reader.close()
            check = sqlite3.connect(tmp, isolation_level=None)
            try:
                verdict = [row[0] for row in check.execute("PRAGMA integrity_check")]
                revision = _stored_revision(check, source)
            finally:
                check.close()
        except sqlite3.DatabaseError as exc:
            raise _not_a_store(source, str(exc)) from exc
        if verdict != ["ok"]:
            raise _not_a_store(source, "it is damaged")
        if revision is None:
            raise _not_a_store(source, "it is empty")
        _check_known(source, revision)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp, revision


def _release_wal(path: Path, wait_seconds: float) -> None:
    """Fold the old store's write-ahead log into it and remove -wal/-shm before the swap."""
    if path.exists() and _has_sqlite_header(path):
        conn = sqlite3.connect(path, timeout=wait_seconds, isolation_level=None)
        try:
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.Error as exc:
            if isinstance(translate_error(path, exc), StoreLocked):
                raise _locked(path) from exc
            busy = None  # a damaged old store is being replaced anyway
        finally:
            conn.close()
        if busy is not None and busy[0]:
            raise _locked(path)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _set_aside(path: Path, wait_seconds: float) -> Path | None:
    """Back up the store about to be replaced (a plain copy of its bytes if it is not SQLite)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    if _has_sqlite_header(path):
        try:
            return automatic_backup(path, "before-restore", wait_seconds)
        except StoreLocked:
            raise
        except StoreError:
            pass  # damaged: keep its bytes as they are
    folder = _backups_folder(path)
    aside = _free_name(folder, f"scrutineer-{_timestamp()}-before-restore", ".sqlite")
    tmp = temp_beside(aside)
    try:
        shutil.copyfile(path, tmp)
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, aside)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return aside


def restore(store_path: Path, source: Path, *, wait_seconds: float = 10.0) -> Path | None:
    """Replace the store with ``source`` after checking it; returns where the old store was put.

    Close any open :class:`Store` on ``store_path`` first. On any refusal the current store is
    left exactly as it was.
    """
    store_path, source = Path(store_path), Path(source)
    if not store_path.parent.is_dir():
        raise StoreError(
            f"the folder {store_path.parent} does not exist — create it or choose another --data-dir"
        )
    try:
        tmp, revision = _validated_copy(source, store_path.parent, wait_seconds)
        aside = None
        try:
            aside = _set_aside(store_path, wait_seconds)
            _release_wal(store_path, wait_seconds)
            os.replace(tmp, store_path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            if aside is not None:  # the store was not replaced: its copy is not needed
                aside.unlink(missing_ok=True)
            raise
        fsync_dir(store_path.parent)
        os.chmod(store_path, FILE_MODE)
    except OSError as exc:
        raise StoreError(
            f"cannot restore {source} into {store_path.parent}: {exc.strerror}"
            " — free some space or check the folder's permissions"
        ) from exc
    if revision != HEAD_REVISION:
        _bring_to_head(store_path, wait_seconds)
    return aside
