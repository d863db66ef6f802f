#!/usr/bin/env bash
# Start Scrutineer on a virtual screen with accessibility on, and print what a screen reader sees.
# Needs Debian's xvfb, at-spi2-core, dbus-x11 and python3-pyatspi.
set -euo pipefail
cd "$(dirname "$0")/.."
exec dbus-run-session -- bash -c '
  /usr/libexec/at-spi-bus-launcher --launch-immediately &
  sleep 1
  export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb
  xvfb-run -a -s "-screen 0 1600x1000x24" bash -c "
    .venv/bin/python main.py --demo & app=\$!
    sleep 6
    /usr/bin/python3 scripts/a11y_tree.py; rc=\$?
    kill \$app; wait \$app 2>/dev/null || true
    exit \$rc
  "
'
