"""The start panel: where a newcomer begins, in front of the panels of a new window.

What the window shows, then three first steps, each with the button that does it: press
Run (the window's own Run action), open the first lesson (the Lessons menu's first entry),
inspect a point (the inspector on a training point, and the data view's click tool set to
Inspect). "Don't show this at start" is kept in the settings (``start/show``); Help ▸ Where
to start brings the panel back.

`install(services)` docks it hidden (from the window's `gui.services.Services`); the app
calls `StartPanel.show_at_start` for a window a person opens (`gui.app`), never for
``--screenshot``, ``--self-test`` or tests' windows.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QCheckBox, QDockWidget, QHBoxLayout, QLabel, QPushButton,
                               QScrollArea, QToolButton, QVBoxLayout, QWidget)

from annstudio.core.i18n import QT_TRANSLATE_NOOP
from annstudio.gui.i18n import translate
from annstudio.gui.settings import get_bool
from annstudio.gui.theme import QUIET

SHOW_KEY = "start/show"

# marked here, translated where shown (the translator is installed after import)
INTRO = QT_TRANSLATE_NOOP(
    "StartPanel", "<b>What you see.</b> In the middle, the data (a colour per class) over the "
                  "network's decision boundary, and the network under it; on the right, the "
                  "loss and accuracy of each epoch and every layer's neurons. The tabs on the "
                  "left (Dataset, Network, Training) change the run.")
STEPS = (
    ("run", QT_TRANSLATE_NOOP("StartPanel", "Train the network and watch the boundary (the "
                                            "coloured regions) bend to the data.")),
    ("lesson", QT_TRANSLATE_NOOP("StartPanel", "A guided lesson: predict what happens, then "
                                               "run and see.")),
    ("inspect", QT_TRANSLATE_NOOP("StartPanel", "One point's forward pass and backpropagation, "
                                                "with the real numbers. Then click any point.")),
)


class StartPanel(QDockWidget):
    """The panel, a dock in front of the Dataset and Network panels (it takes no room from
    the plots, and scrolls on a small screen); ``services`` (`gui.services.Services`) gives
    the Run action, the Lessons menu, the inspector's point picking and the settings."""

    def __init__(self, services):
        super().__init__(translate("StartPanel", "Start here"), services.parent)
        self.services = services
        self.setObjectName("dock_start")
        self.setAccessibleName(translate("StartPanel", "start panel"))
        self.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetClosable |
                         QDockWidget.DockWidgetFloatable)
        body = QWidget()
        outer = QVBoxLayout(body)
        outer.setContentsMargins(10, 8, 10, 8)
        outer.setSpacing(6)
        self.intro = QLabel(translate("StartPanel", INTRO))
        self.intro.setWordWrap(True)
        outer.addWidget(self.intro)

        run = QToolButton()                     # Run ▶ / Pause, as the toolbar's
        run.setDefaultAction(services.actions["run"])
        run.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.lesson_action = self._first_lesson()
        lesson = QPushButton(translate("StartPanel", "Try the first lesson"))
        lesson.clicked.connect(self.open_first_lesson)
        if self.lesson_action is None:
            lesson.setEnabled(False)
            lesson.setToolTip(translate("StartPanel", "No lessons are installed"))
        else:
            lesson.setToolTip(self.lesson_action.text())
        inspect = QPushButton(translate("StartPanel", "Inspect a point"))
        inspect.setToolTip(translate("StartPanel",
                                     "The step-through inspector on the first training point"))
        inspect.clicked.connect(self.inspect_a_point)
        self.buttons = {"run": run, "lesson": lesson, "inspect": inspect}
        self.captions = {}
        names = {"run": translate("StartPanel", "start panel: run"),
                 "lesson": translate("StartPanel", "start panel: lesson"),
                 "inspect": translate("StartPanel", "start panel: inspect")}
        for n, (key, text) in enumerate(STEPS, 1):
            text = translate("StartPanel", text)
            button = self.buttons[key]
            button.setAccessibleName(names[key])
            button.setMinimumHeight(28)
            button.setMinimumWidth(150)
            caption = QLabel(text if key != "lesson" or self.lesson_action is None else
                             translate("StartPanel", "{text} The first: “{lesson}”.").format(
                                 text=text, lesson=self.lesson_action.text()))
            caption.setWordWrap(True)
            caption.setStyleSheet(QUIET)
            self.captions[key] = caption
            row = QHBoxLayout()
            row.addWidget(QLabel(f"<b>{n}.</b>"))
            row.addWidget(button)
            row.addStretch(1)
            outer.addSpacing(4)
            outer.addLayout(row)
            outer.addWidget(caption)
        outer.addSpacing(8)
        self.dont_show = QCheckBox(translate("StartPanel", "Don't show this at start"))
        self.dont_show.setChecked(not get_bool(services.settings, SHOW_KEY, True))
        self.dont_show.toggled.connect(self._remember)
        outer.addWidget(self.dont_show)
        foot = QHBoxLayout()
        later = QLabel(translate("StartPanel", "Help ▸ Where to start opens it again."))
        later.setWordWrap(True)
        later.setStyleSheet(QUIET)
        foot.addWidget(later, 1)
        self.close_button = QPushButton(translate("StartPanel", "Close"))
        self.close_button.setAccessibleName(translate("StartPanel", "close the start panel"))
        self.close_button.clicked.connect(self.close)
        foot.addWidget(self.close_button)
        outer.addLayout(foot)
        outer.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.setWidget(scroll)

    def _first_lesson(self):
        """The Lessons menu's first lesson (its QAction), or None: a lesson's action carries
        its name as data (`gui.files`); the menu's other entries carry none."""
        menu = self.services.menus["lessons"]
        return next((a for a in menu.actions() if a.data()), None)

    def _remember(self, dont):
        s = self.services.settings
        s.setValue(SHOW_KEY, not dont)
        s.sync()

    def present(self):
        """Show it as the front tab over the Dataset and Network panels."""
        host, anchor = self.services.parent, self.services.panels_dock
        if not self.isFloating() and self not in host.tabifiedDockWidgets(anchor):
            host.tabifyDockWidget(anchor, self)
        self.show()
        self.raise_()

    def show_at_start(self):
        """Show the panel unless "Don't show this at start" was chosen; True if shown."""
        if not get_bool(self.services.settings, SHOW_KEY, True):
            return False
        self.present()
        return True

    def open_first_lesson(self):
        if self.lesson_action is not None:
            self.lesson_action.trigger()

    def inspect_a_point(self):
        sv = self.services
        data = sv.session.data
        if data is None or not data.n_train:
            sv.parent.statusBar().showMessage(
                translate("StartPanel", "There are no training points to inspect"), 5000)
            return
        sv.dataset_panel.set_tool("inspect")
        sv.pick_point(0)


def install(services):
    """Add the panel (hidden) and Help ▸ Where to start; returns the panel."""
    panel = StartPanel(services)
    services.add_dock(panel, Qt.LeftDockWidgetArea)
    panel.hide()
    a = QAction(translate("start_panel", "&Where to start"), services.parent)
    a.setToolTip(translate("start_panel", "What the window shows and three first steps"))
    a.setStatusTip(a.toolTip())
    a.triggered.connect(panel.present)
    services.actions["start_panel"] = a
    help_menu = services.menus.get("help")
    if help_menu is not None:         # after the help pages, before About
        sep = next((x for x in help_menu.actions() if x.isSeparator()), None)
        help_menu.insertAction(sep, a)
    return panel
