"""Where the window opens: the part of the screen it may use, read in one place.

`available_geometry` is the only reader of the screen's size (a test substitutes it to
stand for a 1024×600 netbook or projector); `fit_window` sizes and places a window inside
it. A window opened at its preferred 1366×768 on a 1024×600 screen left a quarter of itself
(right panels, the Accuracy plot, the status bar, the bottom tabs) out of reach.
"""
from __future__ import annotations

from PySide6.QtCore import QMargins, QRect
from PySide6.QtGui import QGuiApplication

PREFERRED_SIZE = (1366, 768)     # the window's size where the screen has room for it
# the title bar and borders the window system adds around the window, until it says:
# about what Windows, macOS, GNOME and KDE draw (title bars of 28–38 px)
FRAME_ALLOWANCE = QMargins(8, 40, 8, 8)


def available_geometry(widget=None):
    """The screen's area free of task bars and docks (``QScreen.availableGeometry``), of
    the screen ``widget`` is on, else the primary one; 1366×768 where there is no screen."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:
        return QRect(0, 0, *PREFERRED_SIZE)
    return screen.availableGeometry()


def frame_margins(window):
    """What the window system draws around ``window``: known once it is shown, else the
    allowance."""
    frame, inner = window.frameGeometry(), window.geometry()
    if window.isVisible() and frame != inner:
        return QMargins(inner.left() - frame.left(), inner.top() - frame.top(),
                        frame.right() - inner.right(), frame.bottom() - inner.bottom())
    return FRAME_ALLOWANCE


def fit_window(window, preferred=PREFERRED_SIZE, area=None):
    """Size ``window`` to ``preferred``, or smaller where its frame would not fit in the
    available ``area``, and move it inside that area (centred). Returns the area."""
    area = area if area is not None else available_geometry(window)
    m = frame_margins(window)
    room_w = area.width() - m.left() - m.right()
    room_h = area.height() - m.top() - m.bottom()
    w = max(min(preferred[0], room_w), window.minimumSizeHint().width(), 1)
    h = max(min(preferred[1], room_h), window.minimumSizeHint().height(), 1)
    window.resize(w, h)
    left = area.left() + max((area.width() - w - m.left() - m.right()) // 2, 0)
    top = area.top() + max((area.height() - h - m.top() - m.bottom()) // 2, 0)
    window.move(left, top)       # move() places the frame's top-left corner
    return area

