"""Run one view in its own window with demo data (``python -m annstudio.gui.views.X``)."""
from __future__ import annotations

import sys


def run_view(build, title, stop=None):
    """``build()`` → a ready view shown at 1366×768; ``stop(view)`` ends its work on exit
    (Qt objects are torn down here, never left to interpreter shutdown)."""
    import annstudio.gui  # noqa: F401  (binds pyqtgraph to PySide6)
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication(sys.argv[:1])
    view = build()
    view.setWindowTitle(f"ANN Studio — {title}")
    view.resize(1366, 768)
    view.show()
    try:
        return app.exec()
    finally:
        if stop is not None:
            stop(view)
        view.deleteLater()
        del view
