"""File ▸ Export: the PyTorch script (plain and multi-GPU), the loss history as CSV, a plot as
PNG/SVG and the whole window as PNG; each written to a temporary file in the target's
folder and renamed, so a failed export never leaves half a file.

`Exports` holds the menu's handlers; `gui.files.FileActions` is built on it and provides
``session``, ``parent``, ``plot``, ``show_error``, ``path``, ``ask_save_path`` and
``may_replace``. The module functions `export_plot` and `export_window_png` also serve
scripts and tests.
"""
from __future__ import annotations

import os
import tempfile

from PySide6.QtWidgets import QGraphicsItem, QGraphicsView

from annstudio.core.errors import AnnStudioError
from annstudio.gui.i18n import translate


def export_plot(target, path):
    """Save a pyqtgraph plot (PlotWidget, GraphicsLayoutWidget, PlotItem or scene) as PNG
    or SVG, chosen by the file extension. Raises AnnStudioError."""
    import pyqtgraph as pg
    import pyqtgraph.exporters as pex
    ext = os.path.splitext(str(path))[1].lower()
    if ext not in (".png", ".svg"):
        raise AnnStudioError(translate("files", "choose a .png or .svg file name, not {name}")
                             .format(name=repr(os.path.basename(str(path)))))
    item = target
    if isinstance(target, pg.PlotWidget):
        item = target.getPlotItem()
    elif isinstance(target, pg.GraphicsLayoutWidget):
        item = target.ci            # the whole layout
    elif isinstance(target, QGraphicsView):
        item = target.scene()
    exporter = pex.SVGExporter(item) if ext == ".svg" else pex.ImageExporter(item)

    def write(tmp):
        if ext == ".png":
            # ImageExporter rounds; make sure the image is at least 1×1 pixel
            params = exporter.parameters()
            if params["width"] < 1 or params["height"] < 1:
                raise AnnStudioError(translate("files", "the plot has no size to export yet"))
            exporter.export(tmp)
            return
        try:
            exporter.export(tmp)
        except ValueError:
            # pyqtgraph 0.14's SVGExporter cannot parse the path data Qt ≥ 6.9 writes
            # ("not enough values to unpack"); Qt's own SVG generator draws the same scene.
            _svg_with_qt(item, tmp)
    _atomic_export(path, write)
    return path


def _svg_with_qt(item, path):
    """``item``: a QGraphicsItem (its part of the scene) or a whole QGraphicsScene."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QGuiApplication, QPainter
    from PySide6.QtSvg import QSvgGenerator
    if isinstance(item, QGraphicsItem):
        scene, rect = item.scene(), item.sceneBoundingRect()
    else:
        scene, rect = item, item.sceneRect()
    gen = QSvgGenerator()
    gen.setFileName(str(path))
    gen.setSize(rect.size().toSize())
    gen.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
    gen.setTitle("ANN Studio plot")
    # the generator must use the screen's DPI: else text/axes and the curves (drawn through
    # the view box's transform) come out at different scales
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        gen.setResolution(round(screen.logicalDotsPerInch()))
    painter = QPainter(gen)
    try:
        scene.render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
    finally:
        painter.end()


def export_window_png(window, path):
    """A PNG picture of the whole window (``window.grab()``). Raises AnnStudioError."""
    if os.path.splitext(str(path))[1].lower() != ".png":
        path = str(path) + ".png"

    def write(tmp):
        if not window.grab().save(tmp, "PNG"):
            raise AnnStudioError(translate("files", "Qt could not write the PNG image"))
    _atomic_export(path, write)
    return path


def _atomic_export(path, write):
    """Let ``write(tmp)`` fill a temporary file in the same folder, then rename it."""
    from annstudio.io.atomic import target
    path = target(path)   # regular files only; through a symlink, its target
    folder = os.path.dirname(path)
    ext = os.path.splitext(path)[1]
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.", suffix=ext, dir=folder)
        os.close(fd)
        write(tmp)
        if os.path.getsize(tmp) == 0:
            raise AnnStudioError(translate("files", "nothing was written to {name}")
                                 .format(name=os.path.basename(path)))
        os.replace(tmp, path)
        tmp = None
    except OSError as e:
        from annstudio.io.atomic import reason
        raise AnnStudioError(translate("files", "could not save {path}: {reason}")
                             .format(path=path, reason=reason(e))) from None
    finally:
        if tmp is not None:
            try:
                os.remove(tmp)
            except OSError:
                pass


def kind_text(kind):
    """`io.atomic`'s kind of file ("an image") as the user reads it."""
    from annstudio.io import atomic
    return {atomic.EXPERIMENT: translate("files", "an ANN Studio experiment"),
            atomic.SCRIPT: translate("files", "a Python script"),
            atomic.OTHER: translate("files", "another kind of file"),
            atomic.IMAGE: translate("files", "an image")}.get(kind, kind)


def add_ddp_export_action(parent, actions, menus):
    """File ▸ Export ▸ "PyTorch script (multi-GPU, torchrun)…", right below the plain one."""
    from PySide6.QtGui import QAction
    a = QAction(translate("files", "PyTorch script (multi-GPU, torchrun)…"), parent)
    tip = translate("files", "The same script, ready for many GPUs: runs as python train_ddp.py "
                    "or as torchrun --nproc_per_node=N train_ddp.py, with the same batch and "
                    "learning rate")
    a.setToolTip(tip)
    a.setStatusTip(tip)
    actions["export_torch_ddp"] = a
    menu = menus["export"]
    entries = menu.actions()
    plain = actions["export_torch"]
    after = entries.index(plain) + 1 if plain in entries else len(entries)
    if after < len(entries):
        menu.insertAction(entries[after], a)
    else:
        menu.addAction(a)


class Exports:
    """The Export menu's handlers; each returns the written path, or False."""

    def _stem(self):
        return os.path.splitext(os.path.basename(self.path))[0] if self.path else "experiment"

    def _written(self, write):
        """``write()``'s result (the path written), or False after one "Export failed"
        message: every export refuses a bad target the same way."""
        try:
            return write()
        except AnnStudioError as e:
            self.show_error(translate("FileActions", "Export failed"), str(e))
            return False

    def export_torch(self, distributed=False):
        title, stem = ((translate("FileActions", "Export PyTorch script (multi-GPU, torchrun)"),
                        f"{self._stem()}_ddp") if distributed
                       else (translate("FileActions", "Export PyTorch script"), self._stem()))
        path = self.ask_save_path(title, f"{stem}.py",
                                  translate("FileActions", "Python scripts (*.py)"))
        if not path:
            return False
        from annstudio.io import atomic, export_torch
        if self.path and atomic.same_file(path, self.path):
            self.show_error(
                translate("FileActions", "Export failed"),
                translate("FileActions", "{name} is the experiment open in this window; choose "
                          "another name for the script").format(name=os.path.basename(path)))
            return False
        if not self.may_replace(path, atomic.SCRIPT):
            return False
        s = self.session
        script = export_torch.write_distributed_script if distributed else export_torch.write_script

        def write():
            script(path, s.experiment, data=s.data, weights=s.network().get_weights(),
                   initial=False, source=os.path.basename(self.path) if self.path else None)
            return path
        return self._written(write)

    def export_torch_ddp(self):
        """The script that also runs as ``torchrun --nproc_per_node=N`` (many GPUs)."""
        return self.export_torch(distributed=True)

    def export_csv(self):
        path = self.ask_save_path(translate("FileActions", "Export loss history"),
                                  f"{self._stem()}-history.csv",
                                  translate("FileActions", "CSV files (*.csv)"))
        if not path:
            return False
        from annstudio.io import export_csv

        def write():
            export_csv.write_history(path, self.session.history, self._metrics())
            return path
        return self._written(write)

    def _metrics(self):
        """The metrics of the current weights (`core.metrics.report`), or None: on the
        inputs and targets the network trains on, as the Metrics tab shows them."""
        s = self.session
        if s.data is None:
            return None
        from annstudio.core import metrics
        import numpy as np
        with np.errstate(all="ignore"):
            return metrics.report(s.network(), s.data, s.standardizer, s.target_standardizer)

    def export_plot(self, target=None):
        path = self.ask_save_path(translate("FileActions", "Export plot"),
                                  f"{self._stem()}-loss.png",
                                  translate("FileActions", "PNG image (*.png);;SVG image (*.svg)"))
        if not path:
            return False
        if not os.path.splitext(path)[1]:
            path += ".png"

        def write():
            if target is None and self.plot is None:
                raise AnnStudioError(translate("files", "there is no plot to export"))
            export_plot(target if target is not None else self.plot, path)
            return path
        return self._written(write)

    def export_window_png(self):
        path = self.ask_save_path(translate("FileActions", "Save window as PNG"),
                                  f"{self._stem()}-window.png",
                                  translate("FileActions", "PNG image (*.png)"))
        if not path:
            return False
        return self._written(lambda: export_window_png(self.parent, path))
