"""Doubtful: a measure's row pasted twice in a section, the stale copy differing in one month."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, new_book, put_row, save, title

MONTHS = ("Apr-24", "May-24", "Jun-24")
LABELS = ("Apr 2024", "May 2024", "Jun 2024")

# section row, or (measure, monthly figures, annual target)
ROWS: tuple[object, ...] = (
    "Development Management",
    ("Major applications decided within 13 weeks", (88.0, 90.5, 91.0), 85.0),
    ("Householder applications decided within 8 weeks", (79.0, 81.5, 84.0), 80.0),
    ("Appeals allowed against refusal", (3.0, 5.0, 2.0), 4.0),
    ("Householder applications decided within 8 weeks", (79.0, 81.5, 77.5), 80.0),
    "Building Control",
    ("Full plans checked within 15 days", (92.0, 94.0, 95.5), 90.0),
    ("Dangerous structure call-outs attended same day", (100.0, 100.0, 97.0), 100.0),
    ("Full plans checked within 15 days", (92.0, 94.0, 95.5), 90.0),
)


def build(path: Path) -> Expected:
    """Imitates a planning service monthly return collated by hand from two teams.

    Collated returns are often built by copying each team's rows into a
    master sheet. Here 'Householder applications decided within 8 weeks' was
    pasted a second time further down its section from an earlier draft: the
    two copies agree for April and May but give June as 84.0 and 77.5. No
    reader can tell which is current, so the file goes to review at the
    second copy's June cell (D9). 'Full plans checked within 15 days' is also
    there twice, but its copies agree: only a repeat, imported once. No
    indicator has a code; section rows split the table.
    """
    book, sheet = new_book("Planning")
    title(sheet, "A1", "Planning & Building Control - monthly return")
    sheet["A2"] = "Collated from team returns, July 2024"
    put_row(sheet, 4, 1, ["Measure", *MONTHS, "Annual target"], bold=True)
    exp = Expected([], status="needs_review", review_cells=["Planning!D9"])
    seen: set[str] = set()
    for i, item in enumerate(ROWS):
        row = 5 + i
        if isinstance(item, str):
            put_row(sheet, row, 1, [item], bold=True)
            continue
        assert isinstance(item, tuple)
        name, figures, target = item
        assert isinstance(figures, tuple) and isinstance(target, float)
        put_row(sheet, row, 1, [name, *figures, target])
        if name in seen:
            continue
        seen.add(str(name))
        for label, figure in zip(LABELS, figures, strict=True):
            disputed = name.startswith("Householder") and label == "Jun 2024"
            if not disputed:
                exp.observations.append(Obs(None, str(name), label, figure, None, target))
    sheet.column_dimensions["A"].width = 52
    save(book, path)
    return exp
