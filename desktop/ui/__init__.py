"""ui: the window, the only package that imports PySide6 or pyqtgraph."""

import os

# Qt's raster engine hands any fill more than about a hundred rows tall to a pool of threads
# and waits for them: in this window that is a one-pixel line (the chart's value axis) or a
# scroll bar's groove, and the hand-over costs more than the fill (about a tenth of a switch
# of indicator on two cores, far more in waiting when the machine is busy). Qt reads this
# when it first paints, so setting it here, before any widget, is early enough; a value set
# outside is left alone.
os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
