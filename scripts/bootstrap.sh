#!/usr/bin/env bash
# Make this checkout runnable: Qt's Debian libraries (when root and missing), .venv, packages.
# Idempotent and quiet when everything is already there; called by every Makefile target.
set -euo pipefail
cd "$(dirname "$0")/.."

QT_LIBS="libegl1 libgl1 libfontconfig1 libglib2.0-0 libdbus-1-3 libxkbcommon0 \
libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 \
libxcb-xkb1 libxkbcommon-x11-0 fonts-dejavu-core"
# the tests convert workbooks to .ods and .xls with LibreOffice, as an officer's "Save as" would,
# and start a throw-away PostgreSQL server (initdb/pg_ctl) for the team store; a few window
# tests need a real X server (Xvfb), where Qt uses Linux's own text-editing keys
TEST_DEBS="libreoffice-calc-nogui libreoffice-writer-nogui postgresql xvfb"
EXTRA_LIBS="${SCRUTINEER_EXTRA_DEBS:-}"

if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    missing=""
    for pkg in $QT_LIBS $TEST_DEBS $EXTRA_LIBS; do
        status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
        case "$status" in *"install ok installed"*) ;; *) missing="$missing $pkg" ;; esac
    done
    if [ -n "$missing" ]; then
        if [ "$(id -u)" = "0" ]; then
            echo "bootstrap: installing Debian packages:$missing"
            apt-get update -qq
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
        else
            echo "bootstrap: these Debian packages are missing (run as root, or install them):$missing" >&2
        fi
    fi
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    echo "bootstrap: creating .venv"
    "$PY" -m venv .venv
fi
stamp=.venv/.installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    echo "bootstrap: installing Python packages into .venv"
    .venv/bin/python -m pip install -q --upgrade pip >/dev/null
    .venv/bin/python -m pip install -q -e '.[dev]'
    touch "$stamp"
fi
