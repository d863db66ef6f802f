"""Composition root: parse the command line, then run a command or the window."""

from __future__ import annotations

import sys
import time

_STARTED = time.perf_counter()


def main(argv: list[str] | None = None) -> int:
    from desktop.cli import run

    return run(sys.argv[1:] if argv is None else argv, started=_STARTED)


if __name__ == "__main__":
    sys.exit(main())
