"""The desktop app: PySide6 + pyqtgraph. Panels edit an `Experiment`; a worker thread
drives the engine process (`annstudio.engines.host`); views draw its latest snapshot.

Importing this package makes pyqtgraph bind PySide6 (DESIGN.md, Conventions).
"""
import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
