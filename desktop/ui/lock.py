"""Ctrl+L locks the window: everything is hidden until the user's own passphrase is typed.

The passphrase is kept only as a salted scrypt hash in the store's settings, never as text.
A passphrase of the user's own works the same offline on Windows, macOS and Linux, and the
app can check it itself; waiting for the operating system's session unlock would need a
different, partly unavailable API on each platform, and could not be tested. The lock is
for a laptop left open in a chamber: it hides the window from glances and casual hands. It
is not encryption: anyone logged in as the user can still read the files, which is what the
operating system's own login protects.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.models import SettingRow

if TYPE_CHECKING:
    from db.store import Store
    from desktop.ui.main_window import MainWindow

SETTING = "window_lock"
# scrypt cost as OWASP recommends for passwords (N=2^17, r=8, p=1): well under a second
# to unlock, and 128 MB of memory for each guess an attacker makes
_N, _R, _P = 1 << 17, 8, 1
_MAXMEM = 256 * 1024 * 1024
MIN_LENGTH = 6


def hash_passphrase(passphrase: str, *, n: int = _N) -> str:
    """``scrypt$n$r$p$salt$hash`` (base64) for a new random salt."""
    salt = os.urandom(16)
    digest = hashlib.scrypt(
        passphrase.encode("utf-8"), salt=salt, n=n, r=_R, p=_P, maxmem=_MAXMEM, dklen=32
    )
    encode = base64.b64encode
    return f"scrypt${n}${_R}${_P}${encode(salt).decode()}${encode(digest).decode()}"


def passphrase_matches(passphrase: str, stored: str) -> bool:
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        computed = hashlib.scrypt(
            passphrase.encode("utf-8"),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            maxmem=_MAXMEM,
            dklen=32,
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(computed, base64.b64decode(digest))


def stored_hash(store: Store) -> str | None:
    with store.read_session() as session:
        row = session.get(SettingRow, SETTING)
        return None if row is None else row.value


def save_hash(store: Store, value: str) -> None:
    with store.session() as session:
        session.merge(SettingRow(key=SETTING, value=value))


class SetPassphraseDialog(QDialog):
    """Asked the first time the window is locked: the passphrase, twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setLockPassphrase")
        self.setWindowTitle("Choose a passphrase to unlock")
        self.setAccessibleName("Choose a passphrase to unlock")
        self.first = QLineEdit(self)
        self.second = QLineEdit(self)
        for field, name in ((self.first, "Passphrase"), (self.second, "Passphrase again")):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(name)
        self.problem = QLabel("", self)
        self.problem.setAccessibleName("Problem with the passphrase")
        form = QFormLayout()
        form.addRow("&Passphrase:", self.first)
        form.addRow("&Again:", self.second)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                "The window will be hidden until this passphrase is typed. "
                "It is kept only as a one-way hash.",
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _check(self) -> None:
        if len(self.first.text()) < MIN_LENGTH:
            self.problem.setText(f"Use at least {MIN_LENGTH} characters.")
        elif self.first.text() != self.second.text():
            self.problem.setText("The two passphrases differ.")
        else:
            self.accept()


class LockScreen(QWidget):
    """Covers the whole window (menus, docks, toolbar) and asks for the passphrase."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("lockScreen")
        self.setAccessibleName("Scrutineer is locked")
        self.setAutoFillBackground(True)
        title = QLabel("<h2>Scrutineer is locked</h2>", self)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName("Passphrase to unlock")
        self.passphrase.setMaximumWidth(320)
        self.passphrase.returnPressed.connect(self.try_unlock)
        label = QLabel("&Passphrase:", self)
        label.setBuddy(self.passphrase)
        self.unlock_button = QPushButton("&Unlock", self)
        self.unlock_button.setAccessibleName("Unlock")
        self.unlock_button.clicked.connect(self.try_unlock)
        self.problem = QLabel("", self)
        self.problem.setAccessibleName("Unlock problem")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (title, label, self.passphrase, self.unlock_button, self.problem):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        window.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window_ and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.window_.rect())
        return False

    @property
    def locked(self) -> bool:
        return self.isVisible()

    def lock(self) -> None:
        self._enabled = {a: a.isEnabled() for a in self.window_.findChildren(QAction)}
        for action in self._enabled:
            action.setEnabled(False)
        # every other part of the window (menus, toolbar, docks, the central views) goes
        # disabled too, so no key press or Tab can reach what the screen covers
        self._parts = {
            w: w.isEnabled()
            for w in self.window_.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
            if w is not self
        }
        for part in self._parts:
            part.setEnabled(False)
        # other windows of the app (a dialog left open, the meeting view) are hidden too
        self._hidden = [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and w is not self.window_ and not w.isAncestorOf(self)
        ]
        for other in self._hidden:
            other.hide()
        self.passphrase.clear()
        self.problem.clear()
        self.setGeometry(self.window_.rect())
        self.show()
        self.raise_()
        self.passphrase.setFocus()

    def try_unlock(self) -> bool:
        stored = stored_hash(self.window_.store)
        if stored is None or passphrase_matches(self.passphrase.text(), stored):
            self.unlock()
            return True
        self.passphrase.clear()
        self.problem.setText("That passphrase is not right.")
        return False

    def unlock(self) -> None:
        self.hide()
        for other in getattr(self, "_hidden", []):
            other.show()
        self._hidden = []
        for part, enabled in getattr(self, "_parts", {}).items():
            part.setEnabled(enabled)
        for action, enabled in getattr(self, "_enabled", {}).items():
            action.setEnabled(enabled)
        self.passphrase.clear()


def lock_window(window: MainWindow, screen: LockScreen) -> None:
    """Lock now; the first time, ask for the passphrase to unlock with."""
    if screen.locked:
        return
    if stored_hash(window.store) is None:
        dialog = SetPassphraseDialog(window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        save_hash(window.store, hash_passphrase(dialog.first.text()))
    screen.lock()


def install_lock(window: MainWindow) -> tuple[QAction, LockScreen]:
    """View › Lock window (Ctrl+L), and the screen that covers the window while locked."""
    screen = LockScreen(window)
    action = QAction("&Lock window", window)
    action.setObjectName("lockAction")
    action.setShortcut(QKeySequence("Ctrl+L"))
    action.setStatusTip("Hide everything until your passphrase is typed")
    action.triggered.connect(lambda: lock_window(window, screen))
    window.addAction(action)
    window.view_menu.addSeparator()
    window.view_menu.addAction(action)
    window.lock_screen = screen
    return action, screen
