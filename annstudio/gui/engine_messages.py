"""What the window says when the engine speaks: run finished or diverged, an engine that
failed to start, crashed (and was restarted), or stopped answering (the watchdog).

`EngineMessages` listens to the session's engine signals and tells the user: the status
bar's state, the Training panel's red line, a non-modal message box (`MainWindow.show_error`)
or, for a hung engine, a box that offers to restart it with the last weights.
"""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from annstudio.gui.i18n import translate


class EngineMessages:
    """The engine client's rare messages → what the window ``w`` shows."""

    def __init__(self, w, session):
        self.w, self.session = w, session
        self.hung_box = self.restart_engine_button = None
        session.engineStateChanged.connect(self._on_state)
        session.engineConfigured.connect(self._on_configured)
        session.diverged.connect(self._on_diverged)
        session.engineError.connect(self._on_engine_error)
        session.crashed.connect(self._on_crashed)
        session.hung.connect(self._on_hung)
        session.recovered.connect(self._on_recovered)

    def _on_state(self, _running, reason):
        if reason == "finished":
            self.w.status.set_state(translate("EngineMessages", "finished"))
        elif reason.startswith("training diverged"):
            # not "paused": say why
            self.w.status.set_state(translate("EngineMessages", "diverged"))

    def _on_configured(self, info):
        self.session.switch_pending = False
        exp = self.session.experiment
        auto = exp.training.engine == "auto" and info["engine"] in ("numpy", "torch")
        self.w.training_panel.show_engine(None if auto else exp.training.engine, info["device"])

    def _on_engine_error(self, msg):
        s = self.session
        if s.switch_pending:
            # the engine could not start: the old one keeps running; say so and show it
            s.engine_failed()
            self.w.status.end_switch(None)
            self.w.training_panel.show_engine(s.engine_name, s.device)
            self.w.status.show_engine(s.engine_name, s.device)
        self.w.show_error(translate("EngineMessages", "Engine"), msg)

    def _on_diverged(self, reason):
        self.w.training_panel.status_label.setText(f"<span style='color:#d62728'>{reason}</span>")
        self.w.show_error(translate("EngineMessages", "Training diverged"), reason)
        self.w.status.set_state(translate("EngineMessages", "diverged"))

    def _on_crashed(self, why):
        if self.hung_box is not None:
            self.hung_box.hide()
        self.w.show_error(translate("EngineMessages", "Engine process stopped"),
                          translate("EngineMessages", "{why}. It was restarted with the last "
                                                      "weights; press Run to continue.")
                          .format(why=why))

    def _on_hung(self, why):
        """The watchdog heard no heartbeat: say so and offer the crash path's restart."""
        self.w.status.set_state(translate("EngineMessages", "not responding"))
        if self.hung_box is None:
            box = self.hung_box = QMessageBox(self.w)
            box.setIcon(QMessageBox.Warning)
            box.setWindowTitle(translate("EngineMessages", "ANN Studio — Engine not responding"))
            box.setModal(False)
            self.restart_engine_button = box.addButton(
                translate("EngineMessages", "Restart engine"), QMessageBox.AcceptRole)
            box.addButton(translate("EngineMessages", "Keep waiting"), QMessageBox.RejectRole)
            # not connected directly: clicked(bool) would pass `checked` as the reason
            self.restart_engine_button.clicked.connect(
                lambda: self.session.restart_engine())
        self.hung_box.setText(translate("EngineMessages", "{why}. Restart it with the last "
                                                          "weights? (Training pauses; press Run "
                                                          "to continue.)").format(why=why))
        self.w.last_error = (translate("EngineMessages", "Engine not responding"),
                             self.hung_box.text())
        self.hung_box.show()

    def _on_recovered(self):
        if self.hung_box is not None:
            self.hung_box.hide()
        self.w.status.set_state(translate("EngineMessages", "training…") if self.session.running
                                else translate("EngineMessages", "paused"))
