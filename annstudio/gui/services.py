"""`Services`: all that a plug-in of the main window may use, named and typed.

`MainWindow` makes one `Services` after its panels and views and hands it to each plug-in
(`gui.compare_windows`, `gui.run_timeline`, `gui.panels.lesson`, `gui.start_panel`,
`gui.challenge_mode`, `gui.classroom`, `gui.challenge_dialog`, `gui.language_menu`,
`gui.inspector`); a plug-in that needs another plug-in gets it as an argument. The window's
state is the session's: a plug-in reads and changes the experiment, the data and the
weights there, never on the window.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QTabWidget

    from annstudio.gui.panels.dataset import DatasetPanel
    from annstudio.gui.panels.network import NetworkPanel
    from annstudio.gui.panels.training import TrainingPanel
    from annstudio.gui.session import Session
    from annstudio.gui.views.curves import CurvesView, GradNormView
    from annstudio.gui.views.layers import LayerView


@dataclass(frozen=True)
class Services:
    """What the main window lends its plug-ins (the dicts fill as the window builds)."""

    # the experiment, data, run and every intent
    session: Session
    # the app's settings (remembered choices)
    settings: QSettings
    # every action by key ("run", "inspector", …); a plug-in adds its own here
    actions: dict[str, QAction]
    # the menu bar's menus by key ("help", "lessons", …); a plug-in adds its own here
    menus: dict[str, QMenu]
    # the main window as a Qt widget only: parent of dialogs and windows, host of docks
    parent: QMainWindow
    # the window's error box: show_error(title, message)
    show_error: Callable[[str, str], None]
    # add_dock(dock, area): a dock into the window
    add_dock: Callable[[QDockWidget, object], None]
    # select data point i for the inspector, marked in the data view
    pick_point: Callable[[int], None]
    # the left panels, whose fields a challenge locks
    dataset_panel: DatasetPanel
    network_panel: NetworkPanel
    training_panel: TrainingPanel
    # the Dataset panel's dock: on a narrow screen a new dock opens as a tab over it
    panels_dock: QDockWidget
    # the loss curves (the run timeline's bar goes under them)
    curves: CurvesView
    # the tabs under the curves and two of their views (a lesson step picks one)
    view_tabs: QTabWidget
    layer_view: LayerView
    grad_view: GradNormView
