"""Run one `engines.compare_jobs` job, named ("race", "landscape", "branch", "record"), in a
child process and turn its messages into Qt
signals (polled on a 30 ms timer: the GUI never blocks on the pipe).

Why a process and not a thread: a Python training loop in a thread of the GUI process
starves the window through the GIL (DESIGN.md: frame p99 0.5–1 s measured).
"""
from __future__ import annotations

import multiprocessing

from PySide6.QtCore import QObject, QTimer, Signal

from annstudio.gui.i18n import translate


class ChildJob(QObject):
    progress = Signal(object)
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, job, spec, parent=None):
        """``job``: a name in `engines.compare_jobs.JOBS`. The views name their job instead of
        importing it: views never import the engines (an import-linter contract)."""
        super().__init__(parent)
        from annstudio.engines.compare_jobs import JOBS
        target = JOBS[job]
        ctx = multiprocessing.get_context("spawn")
        self._conn, child = ctx.Pipe()
        self._proc = ctx.Process(target=target, args=(child, spec), daemon=True)
        self._proc.start()
        child.close()
        self.running = True
        self._timer = QTimer(self)
        self._timer.setInterval(30)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _poll(self):
        try:
            for _ in range(50):     # a burst of messages must not hold the GUI
                if not self._conn.poll():
                    break
                kind, payload = self._conn.recv()
                if kind == "progress":
                    self.progress.emit(payload)
                elif kind == "done":
                    self._finish()
                    self.done.emit(payload)
                    return
                else:
                    self._finish()
                    self.failed.emit(str(payload))
                    return
        except (EOFError, OSError):
            self._finish()
            self.failed.emit(translate("ChildJob", "the computation stopped unexpectedly (its "
                                                   "process ended)"))

    def _finish(self):
        self.running = False
        self._timer.stop()
        self._proc.join(timeout=5)
        if self._proc.is_alive():
            self._proc.terminate()
            self._proc.join(timeout=5)
        self._conn.close()

    def stop(self):
        """Ask the job to stop, and make sure its process is gone."""
        if not self.running:
            return
        import time
        try:
            self._conn.send("stop")
            # keep reading: a child blocked on sending a large message could not see "stop"
            deadline = time.monotonic() + 3
            while self._proc.is_alive() and time.monotonic() < deadline:
                if self._conn.poll(0.02):
                    self._conn.recv()
        except (OSError, EOFError):
            pass
        self._finish()
