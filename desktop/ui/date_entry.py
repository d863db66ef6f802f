"""A date box that takes a date typed the British way — day, month, year — as people type it:
'12/3/2026', '12 March 2026', '12 mar 26', '5.3.2026' or '12032026', and says it back in words."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QLabel, QWidget

from desktop.wording import long_date

SEPARATORS = frozenset("/-. ,")
# a month typed in words, English or Welsh ("12 Mar 2026", "5 Mawrth 2026"): its number
MONTH_NAMES: tuple[tuple[str, int], ...] = tuple(
    (name, number)
    for names in (
        "january february march april may june july august september october november december",
        "ionawr chwefror mawrth ebrill mai mehefin gorffennaf awst medi hydref tachwedd rhagfyr",
    )
    for number, name in enumerate(names.split(), start=1)
)


def month_named(letters: str) -> int | None:
    """The month whose name starts with ``letters`` ("mar", "Sept", "Rhag"), when only one
    does (or one is named whole)."""
    typed = letters.casefold()
    found = {number for name, number in MONTH_NAMES if name.startswith(typed)}
    whole = {number for name, number in MONTH_NAMES if name == typed}
    if len(whole) == 1:
        return whole.pop()
    return found.pop() if len(found) == 1 else None


Section = QDateEdit.Section


class DateEntry(QDateEdit):
    """A ``QDateEdit`` shown as dd/mm/yyyy (a month can be typed as its number), that

    - takes a month typed in words ("12 March 2026", "12 mar 26", "5 Mawrth 2026");
    - moves on from the day or month when a separator is typed, but does not skip the next
      part when the box has already moved on by itself (after '12' or '5');
    - reads a two-digit year as this century ('26' is 2026);
    - keeps ``words``, a label to put beside it, saying the date in words ('Thursday
      12 March 2026') so a slip of the keys shows before it is saved (``words=False``: its
      tooltip and accessible description say it instead).
    """

    def __init__(
        self, parent: QWidget | None = None, *, calendar: bool = True, words: bool = True
    ) -> None:
        super().__init__(parent)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setCalendarPopup(calendar)
        self.words = QLabel(parent)  # the caller places it; without it, the tooltip says it
        self.words.setObjectName("dateInWords")
        self.words.setVisible(words)
        self._moved_on = False  # the box moved to the next part by itself at the last key
        self._year_digits = ""  # digits typed into the year since the keyboard went there
        self._day_digits = ""  # and into the day: 31 typed while the box shows June is kept
        self._month_letters = ""  # a month being typed in words
        self.dateChanged.connect(self._say)
        self._say(self.date())

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.words.setAccessibleName(f"{name} in words")

    def setEnabled(self, enabled: bool) -> None:
        super().setEnabled(enabled)
        self.words.setEnabled(enabled)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text and text.isalpha() and self.currentSection() == Section.MonthSection:
            self._month_word(text)
            event.accept()
            return
        if self._month_letters and text and text.isdigit():  # "12 March2026": on to the year
            self._month_letters = ""
            self.setSelectedSection(Section.YearSection)
            self._year_digits = ""
        if self._month_letters and not (text and text in SEPARATORS):
            self._month_letters = ""
        if text and text in SEPARATORS:
            event.accept()
            section = self.currentSection()
            moved_on, self._moved_on, self._month_letters = self._moved_on, False, ""
            if moved_on or section == Section.YearSection:
                return  # already on the part this separator leads to
            if section == Section.DaySection:
                self.setSelectedSection(Section.MonthSection)
            elif section == Section.MonthSection:
                self._settle_day()
                self.setSelectedSection(Section.YearSection)
                self._year_digits = ""
            return
        if not (text and text.isdigit()):  # Enter, the arrows, Backspace…: typing is over
            self._finish_typing()
            self._moved_on = False
            super().keyPressEvent(event)
            return
        before = self.currentSection()
        if before == Section.YearSection:
            self._year_digits = (self._year_digits + text)[-4:]
        elif before == Section.DaySection:
            self._day_digits = (self._day_digits + text)[-2:]
        super().keyPressEvent(event)
        after = self.currentSection()
        self._moved_on = after != before
        if after == Section.YearSection and before != Section.YearSection:
            self._year_digits = ""
        if before == Section.MonthSection and after != before:
            self._settle_day()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._moved_on = False
        self._year_digits = self._day_digits = self._month_letters = ""
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._finish_typing()
        super().focusOutEvent(event)

    def _finish_typing(self) -> None:
        self._finish_year()
        self._settle_day()
        self._day_digits = ""

    def _month_word(self, letter: str) -> None:
        """One more letter of a month's name; the month is set once the letters name one."""
        letters = self._month_letters + letter
        if not any(name.startswith(letters.casefold()) for name, _n in MONTH_NAMES):
            return  # not a month's name: the letter is left out
        self._month_letters = letters
        self._moved_on = False
        month = month_named(letters)
        if month is None:
            return
        date = self.date()
        first = QDate(date.year(), month, 1)
        self.setDate(QDate(first.year(), month, min(date.day(), first.daysInMonth())))
        self._settle_day()
        self.setSelectedSection(Section.MonthSection)

    def _settle_day(self) -> None:
        """The day as typed, once the month it belongs to is known (the box had cut 31 to
        the 30 of the month it showed before)."""
        if not self._day_digits.isdigit():
            return
        day, date = int(self._day_digits), self.date()
        if 1 <= day <= date.daysInMonth() and day != date.day():
            section = self.currentSection()
            self.setDate(QDate(date.year(), date.month(), day))
            self.setSelectedSection(section)  # typing goes on replacing that part

    def _finish_year(self) -> None:
        """Two digits typed for the year: this century's year (the box would read '0026')."""
        digits, self._year_digits = self._year_digits, ""
        if len(digits) == 2:
            date = self.date()
            first = QDate(2000 + int(digits), date.month(), 1)
            self.setDate(QDate(first.year(), first.month(), min(date.day(), first.daysInMonth())))
            self.setSelectedSection(Section.YearSection)

    def _say(self, date: QDate) -> None:
        day = dt.date(date.year(), date.month(), date.day())
        self.words.setText(f"{day:%A} {long_date(day)}")
        self.setAccessibleDescription(self.words.text())
        self.setToolTip(f"{self.words.text()} — type the day, month and year, e.g. 12/3/2026")
