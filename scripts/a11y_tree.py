"""Print what a screen reader sees of a running Scrutineer window (AT-SPI), and what lacks a name.

Run with the system Python that has python3-pyatspi, on a display where Scrutineer runs with
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 (see scripts/a11y_check.sh).
"""

from __future__ import annotations

import sys
import time

import pyatspi  # type: ignore[import-not-found]

INTERACTIVE = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text",
    "spin button", "slider", "menu item", "page tab", "tree", "tree table", "table",
    "list", "entry", "password text", "tool bar",
}  # fmt: skip


def walk(node: object, depth: int, unnamed: list[str], out: list[str]) -> None:
    try:
        role = node.getRoleName()  # type: ignore[attr-defined]
        name = node.name  # type: ignore[attr-defined]
        states = node.getState()  # type: ignore[attr-defined]
    except Exception:
        return
    showing = states.contains(pyatspi.STATE_SHOWING)
    out.append(f"{'  ' * depth}{role}: {name!r}{'' if showing else ' (hidden)'}")
    if showing and role in INTERACTIVE and not (name or "").strip():
        unnamed.append(f"{role} at depth {depth} (parent: {node.parent.name!r})")  # type: ignore[attr-defined]
    for i in range(min(node.childCount, 200)):  # type: ignore[attr-defined]
        child = node.getChildAtIndex(i)  # type: ignore[attr-defined]
        if child is not None:
            walk(child, depth + 1, unnamed, out)


def main() -> int:
    desktop = pyatspi.Registry.getDesktop(0)
    for _ in range(40):
        apps = [desktop.getChildAtIndex(i) for i in range(desktop.childCount)]
        app = next(
            (a for a in apps if a is not None and "scrutineer" in (a.name or "").lower()), None
        )
        if app is not None:
            break
        time.sleep(0.5)
    else:
        print("no Scrutineer application on the accessibility bus", file=sys.stderr)
        return 1
    unnamed: list[str] = []
    out: list[str] = []
    walk(app, 0, unnamed, out)
    print("\n".join(out))
    print(f"\n{len(out)} accessible objects; {len(unnamed)} interactive ones without a name")
    for line in unnamed:
        print(f"  unnamed: {line}")
    return 1 if unnamed else 0


if __name__ == "__main__":
    sys.exit(main())
