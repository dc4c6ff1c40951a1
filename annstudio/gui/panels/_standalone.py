"""Run one panel in its own window for quick work (prints what it emits)."""
from __future__ import annotations

import sys


def run_panel(factory, signal_name, title):
    import annstudio.gui  # noqa: F401  (binds pyqtgraph to PySide6)
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication(sys.argv[:1])
    panel = factory()
    panel.setWindowTitle(f"ANN Studio — {title}")
    getattr(panel, signal_name).connect(lambda *a: print(signal_name, *a, flush=True))
    panel.resize(380, 560)
    panel.show()
    try:
        return app.exec()
    finally:
        panel.deleteLater()
        del panel
