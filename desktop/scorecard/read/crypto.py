"""Decrypt password-protected Office files in memory (never to disk)."""

from __future__ import annotations

import io
import os
from pathlib import Path

from desktop.scorecard.model import PasswordRequired, ScorecardError

_EXCEL_DEFAULT_PASSWORD = "VelvetSweatshop"


def _name(path: str | os.PathLike[str]) -> str:
    return Path(path).name


def decrypt(data: bytes, path: str | os.PathLike[str], password: str | None) -> bytes:
    """Return the decrypted file bytes, or raise PasswordRequired / ScorecardError."""
    name = _name(path)
    if password is None:
        opened = _try_default_password(data)
        if opened is not None:
            return opened
        raise PasswordRequired(
            f"{name} is password-protected — give the password (--password) "
            "or save a copy without one"
        )
    import msoffcrypto

    try:
        office = msoffcrypto.OfficeFile(io.BytesIO(data))
    except Exception as err:
        raise ScorecardError(
            f"{name} is encrypted in a way that cannot be opened here — "
            "open it in Excel, save a copy without a password and import that"
        ) from err
    out = io.BytesIO()
    try:
        _load_key(office, password)
        office.decrypt(out)
    except Exception as err:
        if _is_wrong_password(err):
            raise PasswordRequired(
                f"{name}: the password is wrong — check it and try again, "
                "or save a copy without a password"
            ) from err
        raise _unsupported(name) from err
    return out.getvalue()


def _try_default_password(data: bytes) -> bytes | None:
    """Excel encrypts "protected structure" workbooks with a fixed, public password."""
    import msoffcrypto

    try:
        office = msoffcrypto.OfficeFile(io.BytesIO(data))
        _load_key(office, _EXCEL_DEFAULT_PASSWORD)
        out = io.BytesIO()
        office.decrypt(out)
    except Exception:
        return None
    return out.getvalue()


def _load_key(office: object, password: str) -> None:
    load = getattr(office, "load_key")  # noqa: B009 - untyped third-party object
    try:
        load(password=password, verify_password=True)
    except TypeError:  # the xls (RC4) handler verifies on its own and takes no flag
        load(password=password)


def _is_wrong_password(err: Exception) -> bool:
    try:
        from msoffcrypto.exceptions import InvalidKeyError
    except ImportError:  # pragma: no cover - older msoffcrypto
        return "password" in str(err).lower() or "key" in str(err).lower()
    return isinstance(err, InvalidKeyError)


def _unsupported(name: str) -> ScorecardError:
    return ScorecardError(
        f"{name} uses an old or unusual kind of encryption that cannot be opened here — "
        "open it in Excel, save a copy without a password and import that"
    )
