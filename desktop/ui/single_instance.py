"""One window per store: a lock file in the data folder, and a local socket to wake the first."""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

_WAKE = b"raise\n"


def _key(store_path: Path) -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "user"
    digest = hashlib.sha256(f"{user}\0{store_path.resolve()}".encode()).hexdigest()
    return digest[:20]


class SingleInstance(QObject):
    """``acquire()`` is True for the first window on a store; it then hears ``raise_requested``.

    A second window calls ``wake_first()`` and exits.
    """

    raise_requested = Signal()

    def __init__(self, data_dir: Path, store_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        key = _key(store_path)
        self.server_name = f"scrutineer-{key}"
        self.lock_path = data_dir / f".window-{key}.lock"
        self._lock = QLockFile(str(self.lock_path))
        self._lock.setStaleLockTime(0)  # only a live process holds it
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        if not self._lock.tryLock(200):
            return False
        QLocalServer.removeServer(self.server_name)  # a crashed window may have left one
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_connection)
        server.listen(self.server_name)
        self._server = server
        return True

    def wake_first(self, timeout_ms: int = 1500) -> bool:
        """Ask the window that holds the store to come to the front; True if it answered."""
        socket = QLocalSocket()
        socket.connectToServer(self.server_name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(_WAKE)
        ok = socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        socket.close()
        return bool(ok)

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def _on_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            # sockets stay children of the server until it closes (no deleteLater races)
            socket.readyRead.connect(lambda s=socket: self._on_ready(s))
            if socket.bytesAvailable():
                self._on_ready(socket)

    def _on_ready(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(_WAKE.strip()):
            self.raise_requested.emit()
