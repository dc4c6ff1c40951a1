"""The start panel: where a newcomer begins, above the plots of a new window.

What the window shows, then three first steps, each with the button that does it: press
Run (the window's own Run action), open the first lesson (the Lessons menu's first entry),
inspect a point (the inspector on a training point, and the data view's click tool set to
Inspect). "Don't show this at start" is kept in the settings (``start/show``); Help ▸ Where
to start brings the panel back.

`install(window)` builds it hidden; the app calls `StartPanel.show_at_start` for a window a
person opens (`gui.app`), never for ``--screenshot``, ``--self-test`` or tests' windows.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QCheckBox, QFrame, QGridLayout, QHBoxLayout, QLabel,
                               QPushButton, QToolButton, QVBoxLayout, QWidget)

from annstudio.gui.settings import get_bool

SHOW_KEY = "start/show"

INTRO = ("<b>Where to start.</b> The middle shows the data, a colour per class, over the "
         "network's decision boundary, and the network under it; the right shows the loss "
         "and accuracy of each epoch and every layer's neurons.")
STEPS = (
    ("run", "Train the network and watch the boundary (the coloured regions) bend to the "
            "data."),
    ("lesson", "A guided lesson: predict what happens, then run and see."),
    ("inspect", "One point's forward pass and backpropagation, with the real numbers. "
                "Then click any point."),
)


class StartPanel(QFrame):
    """The panel itself; ``window`` gives the actions, lessons, inspector and settings."""

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window_ = window
        self.setObjectName("start_panel")
        self.setFrameShape(QFrame.StyledPanel)
        self.setAccessibleName("start panel")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 6, 6, 6)
        outer.setSpacing(4)
        head = QHBoxLayout()
        self.intro = QLabel(INTRO)
        self.intro.setWordWrap(True)
        head.addWidget(self.intro, 1)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip("Close (Help ▸ Where to start opens it again)")
        self.close_button.setAccessibleName("close the start panel")
        self.close_button.clicked.connect(self.hide)
        head.addWidget(self.close_button, 0, Qt.AlignTop)
        outer.addLayout(head)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        run = QToolButton()                     # Run ▶ / Pause, as the toolbar's
        run.setDefaultAction(window.actions["run"])
        run.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.lesson_action = self._first_lesson()
        lesson = QPushButton("Try the first lesson")
        lesson.clicked.connect(self.open_first_lesson)
        if self.lesson_action is None:
            lesson.setEnabled(False)
            lesson.setToolTip("No lessons are installed")
        else:
            lesson.setToolTip(self.lesson_action.text())
        inspect = QPushButton("Inspect a point")
        inspect.setToolTip("The step-through inspector on the first training point")
        inspect.clicked.connect(self.inspect_a_point)
        self.buttons = {"run": run, "lesson": lesson, "inspect": inspect}
        self.captions = {}
        for col, (key, text) in enumerate(STEPS):
            button = self.buttons[key]
            button.setAccessibleName(f"start panel: {key}")
            button.setMinimumHeight(26)
            caption = QLabel(text if key != "lesson" or self.lesson_action is None else
                             f"{text} First: “{self.lesson_action.text()}”.")
            caption.setWordWrap(True)
            caption.setStyleSheet("color: gray;")
            caption.setAlignment(Qt.AlignTop | Qt.AlignLeft)
            self.captions[key] = caption
            grid.addWidget(button, 0, col, Qt.AlignLeft)
            grid.addWidget(caption, 1, col)
            grid.setColumnStretch(col, 1)
        outer.addLayout(grid)
        self.dont_show = QCheckBox("Don't show this at start")
        self.dont_show.setChecked(not get_bool(window.settings, SHOW_KEY, True))
        self.dont_show.toggled.connect(self._remember)
        outer.addWidget(self.dont_show)
        self.hide()

    def _first_lesson(self):
        """The Lessons menu's first lesson (its QAction), or None."""
        files = self.window_.files
        found = getattr(files, "lesson_actions", None) if files is not None else None
        return next(iter(found.values()), None) if found else None

    def _remember(self, dont):
        s = self.window_.settings
        s.setValue(SHOW_KEY, not dont)
        s.sync()

    def show_at_start(self):
        """Show the panel unless "Don't show this at start" was chosen; True if shown."""
        if not get_bool(self.window_.settings, SHOW_KEY, True):
            return False
        self.show()
        return True

    def open_first_lesson(self):
        if self.lesson_action is not None:
            self.lesson_action.trigger()

    def inspect_a_point(self):
        w = self.window_
        if w.data is None or not w.data.n_train:
            w.statusBar().showMessage("There are no training points to inspect", 5000)
            return
        w.dataset_panel.set_tool("inspect")
        w.pick_point(0)


def install(window):
    """Build the panel (hidden) above the window's plots and add Help ▸ Where to start."""
    central = window.takeCentralWidget()
    holder = QWidget()
    lay = QVBoxLayout(holder)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(2)
    panel = StartPanel(window)
    lay.addWidget(panel)
    lay.addWidget(central, 1)
    window.setCentralWidget(holder)
    a = QAction("&Where to start", window)
    a.setToolTip("What the window shows and three first steps")
    a.setStatusTip(a.toolTip())
    a.triggered.connect(panel.show)
    window.actions["start_panel"] = a
    help_menu = window.menus.get("help")
    if help_menu is not None:
        first = help_menu.actions()[0] if help_menu.actions() else None
        help_menu.insertAction(first, a)
    window.start_panel = panel
    return panel
