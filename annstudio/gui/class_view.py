"""The class table: one row per hand-in (name, network, optimizer, the
teacher's held-out score, rank, flags; refused files as "refused: …" rows), sortable, with
the class's plots beside it (`gui.class_plots`), Export CSV…/PNG…, Open hand-in and the
tally of what the class predicted. `set_collection` follows a growing class (the hand-in
server) keeping the teacher's selection and sort. Text from a hand-in is plain text.
"""
from __future__ import annotations

import math
import os

from PySide6.QtCore import QBuffer, QEvent, QIODevice, Qt
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QPlainTextEdit, QPushButton, QSplitter, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from annstudio.core.errors import AnnStudioError
from annstudio.core.i18n import QT_TRANSLATE_NOOP
from annstudio.gui.class_plots import ClassPlots, measure_label
from annstudio.gui.i18n import num, translate
from annstudio.gui.widgets import sentence
from annstudio.io import atomic
from annstudio.io import classroom as io_classroom

# translated where shown (translate("class_view", header)); "lr" is the lecture's name
HEADERS = (QT_TRANSLATE_NOOP("class_view", "Rank"), QT_TRANSLATE_NOOP("class_view", "Name"),
           QT_TRANSLATE_NOOP("class_view", "Layers"), QT_TRANSLATE_NOOP("class_view", "Parameters"),
           QT_TRANSLATE_NOOP("class_view", "Optimizer"), "lr",
           QT_TRANSLATE_NOOP("class_view", "Epochs"), None,
           QT_TRANSLATE_NOOP("class_view", "Flags"))  # None: the measure ("held-out accuracy")


class _Item(QTableWidgetItem):
    """A cell sorted by ``key`` (numbers as numbers, empty cells last when ascending)."""

    def __init__(self, text, key):
        super().__init__(text)
        self.key = key
        self.setFlags(Qt.ItemIsSelectable | Qt.ItemIsEnabled)

    def __lt__(self, other):
        return isinstance(other, _Item) and self.key < other.key


def _int_text(n):
    return "" if n is None else str(n)


def _score_text(x):
    return num(x, ".4f") if math.isfinite(x) else translate("class_view", "not finite")


def _num_key(x, order):
    missing = x is None or (isinstance(x, float) and not math.isfinite(x))
    return (missing, 0.0 if missing else float(x), order)


def _cells(r, i):
    """The table's cells of row ``r`` (``i``: its place in the collection, the sort's
    tie-break)."""
    if r.refused is not None:
        name = io_classroom.shown(r.file, 100)
        cells = [_Item("", _num_key(None, i)), _Item(name, (1, name.casefold(), i))]
        cells += [_Item("", (1, "", i)) for _ in range(6)]
        flags = translate("class_view", "refused: {reason}").format(
            reason=io_classroom.shown(r.refused, 300))
    else:
        lr = "" if r.lr is None else num(r.lr, "g")
        score = "" if r.score is None else _score_text(r.score)
        cells = [_Item("" if r.rank is None else str(r.rank), _num_key(r.rank, i)),
                 _Item(r.label, (0, r.label.casefold(), i)),
                 _Item(r.layers, (0, r.layers, i)),
                 _Item(_int_text(r.parameters), _num_key(r.parameters, i)),
                 _Item(r.optimizer, (0, r.optimizer, i)),
                 _Item(lr, _num_key(r.lr, i)),
                 _Item(_int_text(r.epochs), _num_key(r.epochs, i)),
                 _Item(score, _num_key(r.score, i))]
        flags = "; ".join(io_classroom.shown(f, 300) for f in r.flags)
    cells.append(_Item(flags, (not flags, flags, i)))
    cells[1].setToolTip(io_classroom.shown(r.file, 200))
    cells[-1].setToolTip(flags)
    for j, c in enumerate(cells):
        if 0 < j < 8 and j not in (1, 2, 4):
            c.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
    return cells


def _count(n, one, many):
    """``one`` for a single thing, else ``many`` with its number (both translated)."""
    return one if n == 1 else many.format(n=n)


def _summary(col, title, source):
    ranked = sum(r.rank is not None for r in col.rows)
    refused = sum(r.refused is not None for r in col.rows)
    flagged = len(col.rows) - ranked - refused
    parts = [_count(len(col.rows), translate("class_view", "1 hand-in file"),
                    translate("class_view", "{n} hand-in files")),
             translate("class_view", "{n} ranked").format(n=ranked)]
    if flagged:
        parts.append(translate("class_view", "{n} flagged").format(n=flagged))
    if refused:
        parts.append(translate("class_view", "{n} refused").format(n=refused))
    if col.ignored:
        parts.append(_count(col.ignored, translate("class_view", "1 other file ignored"),
                            translate("class_view", "{n} other files ignored")))
    return translate("class_view", "{title}: {parts}. Scores are {measure}, computed here on "
                                  "the key's held-out points (from {source}).").format(
        title=io_classroom.shown(title, 80), parts=", ".join(parts),
        measure=measure_label(col), source=io_classroom.shown(os.path.basename(source), 60))


def _button(text, tip, slot):
    b = QPushButton(text)
    b.setToolTip(tip)
    b.setAccessibleName(text.rstrip("…"))
    b.clicked.connect(slot)
    return b


class ClassView(QWidget):
    """The class table (name, network, optimizer, held-out score, rank, flags; refused
    files as rows "refused: …") beside the class's plots (`class_plots`), Export CSV…,
    Export PNG…, Open hand-in and what the class predicted.

    ``open_run(loaded, title)`` opens a hand-in's run in the main window (None: no window
    to open it in); `set_collection` shows a new collection of the same class."""

    def __init__(self, col, title, source, start_dir=os.path.expanduser, parent=None,
                 open_run=None):
        super().__init__(parent)
        self.col, self.start_dir, self.open_run = col, start_dir, open_run
        self.title, self.source = title, source
        self.setWindowTitle(translate("ClassView", "Class — {title} — ANN Studio").format(
            title=io_classroom.shown(title, 80)))
        lay = QVBoxLayout(self)
        self.summary = QLabel(_summary(col, title, source))
        self.summary.setTextFormat(Qt.PlainText)
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.table = self._table(col)
        self.plots = ClassPlots()
        self.plots.set_collection(col)
        self.table.itemSelectionChanged.connect(
            lambda: self.plots.select(self.selected_index()))
        self.plots.picked.connect(self.select_index)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.installEventFilter(self)
        self.side = side = QSplitter(Qt.Horizontal)
        side.setChildrenCollapsible(False)
        side.addWidget(self._table_side())
        side.addWidget(self.plots)
        side.setStretchFactor(0, 5)
        side.setStretchFactor(1, 6)
        self.splitter = QSplitter(Qt.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(side)
        self.splitter.addWidget(self._tally_box(col))
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        lay.addWidget(self.splitter, 1)
        self._shared = False

    def showEvent(self, ev):
        super().showEvent(ev)
        if not self._shared:
            self._shared = True
            self._share_width()

    def _share_width(self):
        """The table as wide as its columns up to the score (the flags may scroll), at most
        a little over half the window; the plots get the rest."""
        t = self.table
        want = sum(t.columnWidth(j) for j in range(len(HEADERS) - 1)) + \
            t.verticalScrollBar().sizeHint().width() + 2 * t.frameWidth() + 2
        total = max(self.side.width(), 1)
        left = min(want, int(0.53 * total))
        self.side.setSizes([left, total - left])

    def _table_side(self):
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.export_button = _button(translate("ClassView", "Export CSV…"),
                                     translate("ClassView", "The table as CSV for grading "
                                                            "(numbers as numbers)"),
                                     self.export_csv)
        self.png_button = _button(translate("ClassView", "Export PNG…"),
                                  translate("ClassView", "This whole window as a PNG picture, "
                                                         "for slides"), self.export_png)
        self.open_button = _button(translate("ClassView", "Open hand-in"),
                                   translate("ClassView", "Open the selected hand-in's run in "
                                                          "the main window (also: double-click "
                                                          "or Enter); Save there asks for a new "
                                                          "file"), self.open_selected)
        for b in (self.export_button, self.png_button, self.open_button):
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        self.message = QLabel("")
        self.message.setTextFormat(Qt.PlainText)
        self.message.setWordWrap(True)
        lay.addWidget(self.message)
        return box

    def _tally_box(self, col):
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        head = QLabel(translate("ClassView", "What the class predicted (predict-then-check "
                                             "answers, per question)"))
        f = head.font()
        f.setBold(True)
        head.setFont(f)
        lay.addWidget(head)
        self.tally = QPlainTextEdit()
        self.tally.setReadOnly(True)
        self.tally.setAccessibleName(translate("ClassView", "What the class predicted"))
        lay.addWidget(self.tally, 1)
        self._show_tally(col)
        return box

    def _show_tally(self, col):
        lines = io_classroom.tally_text(col)
        self.tally.setPlainText("\n".join(lines) if lines else
                                translate("ClassView", "No predict-then-check answers in "
                                                       "these hand-ins."))
        # no answers: the table and the plots get the room
        self.tally.setMaximumHeight(16777215 if lines else
                                    3 * self.tally.fontMetrics().lineSpacing())

    def _table(self, col):
        t = QTableWidget(0, len(HEADERS))
        t.setAccessibleName(translate("ClassView", "Class table"))
        t.setToolTip(translate("ClassView", "Click a row to highlight its hand-in in the plots; "
                                            "double-click or Enter opens it in the main window"))
        t.setEditTriggers(QTableWidget.NoEditTriggers)
        t.setSelectionBehavior(QTableWidget.SelectRows)
        t.setSelectionMode(QTableWidget.SingleSelection)
        t.verticalHeader().hide()
        self._fill(t, col, 0, Qt.AscendingOrder)      # by rank; flagged and refused last
        t.horizontalHeader().setSectionResizeMode(len(HEADERS) - 1, QHeaderView.Stretch)
        return t

    def _fill(self, t, col, sort_column, sort_order):
        measure = measure_label(col)
        heads = [(translate("class_view", h) if h else measure[:1].upper() + measure[1:])
                 for h in HEADERS]
        t.setSortingEnabled(False)
        t.setRowCount(0)
        t.setRowCount(len(col.rows))
        t.setHorizontalHeaderLabels(heads)
        for i, r in enumerate(col.rows):
            cells = _cells(r, i)
            cells[0].setData(Qt.UserRole, i)        # the row's index in col.rows
            for j, c in enumerate(cells):
                t.setItem(i, j, c)
        t.setSortingEnabled(True)
        t.sortByColumn(sort_column, sort_order)
        t.resizeColumnsToContents()

    # ----------------------------------------------------------------- selection
    def selected_index(self):
        """The selected row's index in ``col.rows`` (None: no row selected)."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.table.item(rows[0].row(), 0).data(Qt.UserRole)

    def select_index(self, index):
        """Select the row of ``col.rows[index]`` in the table (a click in a plot)."""
        t = self.table
        for k in range(t.rowCount()):
            if t.item(k, 0).data(Qt.UserRole) == index:
                t.selectRow(k)
                t.scrollToItem(t.item(k, 0))
                return

    def set_collection(self, col):
        """Show ``col`` (a new collection of the same class: hand-ins arrived) in the table,
        the plots and the tally, keeping the selected hand-in (by its file) and the sort."""
        i = self.selected_index()
        keep = self.col.rows[i].file if i is not None else None
        h = self.table.horizontalHeader()
        section, order = h.sortIndicatorSection(), h.sortIndicatorOrder()
        self.col = col
        self.summary.setText(_summary(col, self.title, self.source))
        self.table.blockSignals(True)
        try:
            self._fill(self.table, col, section, order)
        finally:
            self.table.blockSignals(False)
        self.plots.set_collection(col)
        self._show_tally(col)
        found = next((j for j, r in enumerate(col.rows) if keep is not None and r.file == keep),
                     None)
        if found is not None:
            self.select_index(found)
        else:
            self.table.clearSelection()
            self.plots.select(None)

    def eventFilter(self, obj, ev):
        if obj is self.table and ev.type() == QEvent.KeyPress and \
                ev.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.open_selected()
            return True
        return super().eventFilter(obj, ev)

    # ----------------------------------------------------------------- open a hand-in
    def open_selected(self):
        """Open the selected hand-in's run in the main window; True when it opened."""
        i = self.selected_index()
        if i is None:
            self.message.setText(translate("ClassView", "Select a hand-in in the table first."))
            return False
        r = self.col.rows[i]
        name = io_classroom.shown(r.label or r.file, 100)
        why = None
        if r.refused is not None or r.handin is None:
            why = translate("ClassView", "it was refused ({reason})").format(
                reason=io_classroom.shown(r.refused, 200) if r.refused else
                translate("ClassView", "unreadable"))
        elif r.network is None:
            why = io_classroom.shown(r.flags[-1] if r.flags else translate(
                "ClassView", "its network cannot be built from its weights"), 200)
        elif self.open_run is None:
            why = translate("ClassView", "there is no main window to open it in")
        if why is not None:
            self.message.setText(sentence(translate("ClassView", "{name} cannot be opened: "
                                                                 "{why}").format(
                name=name, why=why).rstrip(".") + "."))
            return False
        if not self.open_run(r.handin.loaded(),
                             translate("ClassView", "{name}'s hand-in").format(name=name)):
            self.message.setText(translate("ClassView", "{name}'s hand-in was not "
                                                        "opened.").format(name=name))
            return False
        self.message.setText(translate("ClassView", "Opened {name}'s hand-in in the main "
                                                    "window; Save there asks for a new file "
                                                    "(the hand-in stays as it is).").format(
            name=name))
        return True

    def changeEvent(self, ev):
        # Larger fonts (the projector) while the window is open: widen the columns again
        if ev.type() in (QEvent.FontChange, QEvent.StyleChange):
            self.table.resizeColumnsToContents()
        super().changeEvent(ev)

    def rows_shown(self):
        """The table as the user sees it now: [[cell text, …], …] in display order."""
        t = self.table
        return [[t.item(i, j).text() for j in range(t.columnCount())]
                for i in range(t.rowCount())]

    def ask_csv_path(self):
        path, _ = QFileDialog.getSaveFileName(
            self, translate("ClassView", "Export the class table"),
            os.path.join(self.start_dir(), "class.csv"),
            translate("ClassView", "CSV files (*.csv)"))
        return path or None

    def export_csv(self):
        path = self.ask_csv_path()
        if not path:
            return None
        if not os.path.splitext(path)[1]:
            path += ".csv"
        try:
            atomic.write_text(path, io_classroom.table_csv(self.col))
        except (AnnStudioError, OSError) as e:
            reason = atomic.reason(e) if isinstance(e, OSError) else str(e)
            self.message.setText(sentence(translate(
                "ClassView", "the table was not written: {reason}").format(reason=reason)))
            return None
        self.message.setText(translate("ClassView", "Wrote {name}.").format(
            name=os.path.basename(path)))
        return path

    def ask_png_path(self):
        path, _ = QFileDialog.getSaveFileName(
            self, translate("ClassView", "Export the class view as PNG"),
            os.path.join(self.start_dir(), "class.png"),
            translate("ClassView", "PNG images (*.png)"))
        return path or None

    def export_png(self):
        """This window as a PNG picture (for slides), written atomically."""
        path = self.ask_png_path()
        if not path:
            return None
        if os.path.splitext(path)[1].lower() != ".png":
            path += ".png"
        buf = QBuffer()
        buf.open(QIODevice.WriteOnly)
        try:
            if not self.grab().save(buf, "PNG"):
                raise AnnStudioError(translate("ClassView", "Qt could not make the PNG "
                                                            "picture"))
            atomic.write_bytes(path, bytes(buf.data()))
        except (AnnStudioError, OSError) as e:
            reason = atomic.reason(e) if isinstance(e, OSError) else str(e)
            self.message.setText(sentence(translate(
                "ClassView", "the picture was not written: {reason}").format(reason=reason)))
            return None
        self.message.setText(translate("ClassView", "Wrote {name}.").format(
            name=os.path.basename(path)))
        return path
