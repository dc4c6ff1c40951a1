"""The classroom's windows (issue 24): File ▸ Hand in… for a student, Class ▸ Collect… and
the class table for the teacher.

A thin layer over `io.classroom`: the rules, the checks, the scores and the ranks are
computed there (the command line uses the same functions); here they are asked for and
shown. Text from a hand-in (a name, a file name) is shown as plain text, never as rich
text: a name such as ``<img src=…>`` stays those characters.

`install(window)` builds `Classroom` from the session and the few services it needs (the
run as a save writes it, the error box, the settings) and connects the menu actions.
"""
from __future__ import annotations

import math
import os

from PySide6.QtCore import QBuffer, QEvent, QIODevice, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QMessageBox, QPlainTextEdit,
                               QPushButton, QSplitter, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from annstudio.core.errors import AnnStudioError
from annstudio.gui import handin_send, receive_window
from annstudio.gui.class_plots import ClassPlots
from annstudio.gui.widgets import sentence
from annstudio.io import atomic
from annstudio.io import classroom as io_classroom

NAME_KEY = "classroom/student"          # the last name handed in (a student hands in again)
HEADERS = ("Rank", "Name", "Layers", "Parameters", "Optimizer", "lr", "Epochs", None,
           "Flags")                      # None: the measure's label ("held-out accuracy")


class NameDialog(QDialog):
    """One line: the student's name, as the teacher will see it in the class table."""

    def __init__(self, name="", parent=None):
        super().__init__(parent)
        self.setWindowTitle("ANN Studio — Hand in")
        lay = QVBoxLayout(self)
        label = QLabel("Your name, as your teacher will see it:")
        lay.addWidget(label)
        self.edit = QLineEdit(name)
        self.edit.setAccessibleName("Student's name")
        self.edit.setMaxLength(io_classroom.MAX_NAME)
        label.setBuddy(self.edit)
        lay.addWidget(self.edit)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.Ok)
        self.edit.textChanged.connect(lambda t: self.ok.setEnabled(bool(t.strip())))
        self.ok.setEnabled(bool(name.strip()))
        lay.addWidget(buttons)


class Classroom:
    """File ▸ Hand in… and Class ▸ Collect… for one window (kept as ``window.classroom``).

    ``run()`` gives the run as a save writes it (`experiment_file.Loaded`);
    ``show_error(title, message)`` is the window's error box; ``open_run(loaded, title)``
    opens a hand-in's run in the window (the class table's Open hand-in)."""

    def __init__(self, run, parent, show_error, settings, open_run=None):
        self.run, self.parent, self.open_run = run, parent, open_run
        self.show_error, self.settings = show_error, settings
        self.box = None                 # the last message (refusal or success)
        self.class_view = None
        self.receiver = receive_window.Receiver(self, parent)   # Class ▸ Receive hand-ins…
        self.sender = handin_send.TeacherSender(parent)         # Hand in… to the teacher
        self.sender.finished.connect(self._sent)

    # ----------------------------------------------------------------- hooks (dialogs)
    def _dir(self):
        d = self.settings.value("classroom/folder", "")
        return d if d and os.path.isdir(d) else os.path.expanduser("~")

    def ask_open(self, title, file_filter):
        path, _ = QFileDialog.getOpenFileName(self.parent, title, self._dir(), file_filter)
        return path or None

    def ask_folder(self, title):
        path = QFileDialog.getExistingDirectory(self.parent, title, self._dir())
        return path or None

    def ask_student_name(self):
        """The name typed in `NameDialog` (None: cancelled); tests replace this."""
        d = NameDialog(str(self.settings.value(NAME_KEY, "") or ""), self.parent)
        return d.edit.text().strip() if d.exec() == QDialog.Accepted else None

    def ask_destination(self):
        """A folder or the teacher's computer (`handin_send.Destination`; None: cancelled),
        as last chosen; tests replace this."""
        d = handin_send.DestinationDialog(handin_send.last_destination(self.settings),
                                          self.parent)
        return d.destination() if d.exec() == QDialog.Accepted else None

    def tell(self, title, text, detail="", icon=QMessageBox.Information):
        """A non-blocking message box in plain text (``self.box``)."""
        if self.box is None:
            self.box = QMessageBox(self.parent)
            self.box.setModal(False)
            self.box.setStandardButtons(QMessageBox.Ok)
            self.box.setTextFormat(Qt.PlainText)
        self.box.setIcon(icon)
        self.box.setWindowTitle(f"ANN Studio — {title}")
        self.box.setText(text)
        self.box.setInformativeText(detail)
        self.box.show()
        return self.box

    # ----------------------------------------------------------------- student
    def hand_in(self):
        """Ask for the challenge, the name and the folder; hand the window's run in.
        Returns the new file's path, or None (cancelled or refused: nothing written)."""
        history = self.run().history
        if history is None or not history.epochs:     # said before three questions, not after
            self.show_error("Hand in", "train the run first: a hand-in carries the trained "
                                       "weights and their loss history")
            return None
        path = self.ask_open("Hand in: choose the challenge",
                             f"Challenges (*{io_classroom.CHALLENGE_EXT});;All files (*)")
        if not path:
            return None
        try:
            challenge = io_classroom.load_challenge(path)
        except AnnStudioError as e:
            self.show_error("Hand in", str(e))
            return None
        name = self.ask_student_name()
        if not name:
            return None
        dest = self.ask_destination()
        if dest is None:
            return None
        if dest.kind == "teacher":
            return self.send_to_teacher(challenge, name, dest)
        folder = self.ask_folder("Hand in: choose the folder to hand in to")
        if not folder:
            return None
        try:
            out = io_classroom.hand_in(self.run(), challenge, name, folder)
        except io_classroom.Refused as e:
            self.tell("Hand-in refused", "The hand-in is refused; nothing was written.",
                      "\n".join(f"• {sentence(r)}" for r in e.reasons), QMessageBox.Warning)
            return None
        except AnnStudioError as e:
            self.show_error("Hand in", str(e))
            return None
        self.settings.setValue(NAME_KEY, name)
        self.settings.setValue("classroom/folder", folder)
        self.tell("Handed in", f"Handed in as {os.path.basename(out)}.",
                  f"In the folder {folder}. You may hand in again: the latest counts.")
        return out

    def send_to_teacher(self, challenge, name, dest):
        """Send the checked hand-in to the teacher's server without waiting (the answer is
        told when it comes); returns the `TeacherSender`, or None when nothing was sent."""
        try:
            doc = io_classroom.handin_document(self.run(), challenge, name)
            self.sender.send(doc, dest)
        except io_classroom.Refused as e:
            self.tell("Hand-in refused", "The hand-in is refused; nothing was sent.",
                      "\n".join(f"• {sentence(r)}" for r in e.reasons), QMessageBox.Warning)
            return None
        except AnnStudioError as e:
            self.show_error("Hand in", str(e))
            return None
        self.settings.setValue(NAME_KEY, name)
        handin_send.remember(self.settings, dest)
        self.tell("Handing in", f"Sending the hand-in to {dest.address}…")
        return self.sender

    def _sent(self, stored, message):
        if stored:
            self.tell("Handed in", sentence(message) + ".", "You may hand in again: the "
                      "latest counts.")
        else:
            self.tell("Not handed in", sentence(message) + ".", icon=QMessageBox.Warning)

    # ----------------------------------------------------------------- teacher
    def collect(self, from_zip=False):
        """Ask for the key and a folder (or a .zip); show the class table."""
        key_path = self.ask_open("Collect: choose the teacher's key",
                                 f"Teacher's keys (*{io_classroom.KEY_EXT});;All files (*)")
        if not key_path:
            return None
        source = (self.ask_open("Collect: choose the .zip of hand-ins",
                                "Zip files (*.zip);;All files (*)") if from_zip else
                  self.ask_folder("Collect: choose the folder of hand-ins"))
        if not source:
            return None
        try:
            key = io_classroom.load_key(key_path)
            col = io_classroom.collect(source, key)
        except AnnStudioError as e:
            self.show_error("Collect", str(e))
            return None
        self.settings.setValue("classroom/folder", os.path.dirname(os.path.abspath(key_path)))
        return self.show_class(col, key.challenge.title, source)

    def show_class(self, col, title, source):
        if self.class_view is not None:
            self.class_view.close()
        view = ClassView(col, title, source, self._dir, open_run=self.open_run)
        view.setParent(self.parent, Qt.Window)      # its own window, closed with the main one
        view.resize(1366, 768)
        self.class_view = view
        view.show()
        return view


class _Item(QTableWidgetItem):
    """A cell sorted by ``key`` (numbers as numbers, empty cells last when ascending)."""

    def __init__(self, text, key):
        super().__init__(text)
        self.key = key
        self.setFlags(Qt.ItemIsSelectable | Qt.ItemIsEnabled)

    def __lt__(self, other):
        return self.key < getattr(other, "key", self.key)


def _int_text(n):
    return "" if n is None else str(n)


def _score_text(x):
    return f"{x:.4f}" if math.isfinite(x) else "not finite"


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
        flags = "refused: " + io_classroom.shown(r.refused, 300)
    else:
        lr = "" if r.lr is None else f"{r.lr:g}"
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


def _summary(col, title, source):
    ranked = sum(r.rank is not None for r in col.rows)
    refused = sum(r.refused is not None for r in col.rows)
    flagged = len(col.rows) - ranked - refused
    parts = [f"{len(col.rows)} hand-in file{'s' * (len(col.rows) != 1)}", f"{ranked} ranked"]
    if flagged:
        parts.append(f"{flagged} flagged")
    if refused:
        parts.append(f"{refused} refused")
    if col.ignored:
        parts.append(f"{col.ignored} other file{'s' * (col.ignored != 1)} ignored")
    return (f"{io_classroom.shown(title, 80)}: {', '.join(parts)}. Scores are {col.label}, "
            f"computed here on the key's held-out points "
            f"(from {io_classroom.shown(os.path.basename(source), 60)}).")


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
        self.setWindowTitle(f"Class — {io_classroom.shown(title, 80)} — ANN Studio")
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
        self.export_button = _button("Export CSV…", "The table as CSV for grading (numbers "
                                     "as numbers)", self.export_csv)
        self.png_button = _button("Export PNG…", "This whole window as a PNG picture, for "
                                  "slides", self.export_png)
        self.open_button = _button("Open hand-in", "Open the selected hand-in's run in the "
                                   "main window (also: double-click or Enter); Save there "
                                   "asks for a new file", self.open_selected)
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
        head = QLabel("What the class predicted (predict-then-check answers, per question)")
        f = head.font()
        f.setBold(True)
        head.setFont(f)
        lay.addWidget(head)
        self.tally = QPlainTextEdit()
        self.tally.setReadOnly(True)
        self.tally.setAccessibleName("What the class predicted")
        lay.addWidget(self.tally, 1)
        self._show_tally(col)
        return box

    def _show_tally(self, col):
        lines = io_classroom.tally_text(col)
        self.tally.setPlainText("\n".join(lines) if lines else
                                "No predict-then-check answers in these hand-ins.")
        # no answers: the table and the plots get the room
        self.tally.setMaximumHeight(16777215 if lines else
                                    3 * self.tally.fontMetrics().lineSpacing())

    def _table(self, col):
        t = QTableWidget(0, len(HEADERS))
        t.setAccessibleName("Class table")
        t.setToolTip("Click a row to highlight its hand-in in the plots; double-click or "
                     "Enter opens it in the main window")
        t.setEditTriggers(QTableWidget.NoEditTriggers)
        t.setSelectionBehavior(QTableWidget.SelectRows)
        t.setSelectionMode(QTableWidget.SingleSelection)
        t.verticalHeader().hide()
        self._fill(t, col, 0, Qt.AscendingOrder)      # by rank; flagged and refused last
        t.horizontalHeader().setSectionResizeMode(len(HEADERS) - 1, QHeaderView.Stretch)
        return t

    def _fill(self, t, col, sort_column, sort_order):
        heads = [h or col.label[:1].upper() + col.label[1:] for h in HEADERS]
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
            self.message.setText("Select a hand-in in the table first.")
            return False
        r = self.col.rows[i]
        name = io_classroom.shown(r.label or r.file, 100)
        why = None
        if r.refused is not None or r.handin is None:
            why = f"it was refused ({io_classroom.shown(r.refused or 'unreadable', 200)})"
        elif r.network is None:
            why = io_classroom.shown(r.flags[-1] if r.flags else "its network cannot be "
                                     "built from its weights", 200)
        elif self.open_run is None:
            why = "there is no main window to open it in"
        if why is not None:
            self.message.setText(sentence(f"{name} cannot be opened: {why}".rstrip(".") + "."))
            return False
        if not self.open_run(r.handin.loaded(), f"{name}'s hand-in"):
            self.message.setText(f"{name}'s hand-in was not opened.")
            return False
        self.message.setText(f"Opened {name}'s hand-in in the main window; Save there asks "
                             "for a new file (the hand-in stays as it is).")
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
        path, _ = QFileDialog.getSaveFileName(self, "Export the class table",
                                              os.path.join(self.start_dir(), "class.csv"),
                                              "CSV files (*.csv)")
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
            self.message.setText(sentence(f"the table was not written: {reason}"))
            return None
        self.message.setText(f"Wrote {os.path.basename(path)}.")
        return path

    def ask_png_path(self):
        path, _ = QFileDialog.getSaveFileName(self, "Export the class view as PNG",
                                              os.path.join(self.start_dir(), "class.png"),
                                              "PNG images (*.png)")
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
                raise AnnStudioError("Qt could not make the PNG picture")
            atomic.write_bytes(path, bytes(buf.data()))
        except (AnnStudioError, OSError) as e:
            reason = atomic.reason(e) if isinstance(e, OSError) else str(e)
            self.message.setText(sentence(f"the picture was not written: {reason}"))
            return None
        self.message.setText(f"Wrote {os.path.basename(path)}.")
        return path


def install(window):
    """File ▸ Hand in…, File ▸ New challenge… and Class ▸ Collect from folder… / from
    .zip… of ``window``."""
    def run():
        from annstudio.io.experiment_file import Loaded
        exp, kw = window.files.snapshot()
        data = kw.get("data") if kw.get("data") is not None else window.session.data
        return Loaded(exp, data, kw.get("weights"), kw.get("optimizer_state"),
                      kw.get("history"), progress=kw.get("progress"))

    def open_run(loaded, title):
        """A hand-in's run in the window, untitled (Save asks for a new file), after the
        window's own "Save the changes?" question."""
        if not window.files.open_run(loaded, title):
            return False
        window.raise_()
        window.activateWindow()
        return True

    c = Classroom(run, window, window.show_error, window.settings, open_run)
    window.actions["hand_in"].triggered.connect(lambda _=False: c.hand_in())
    window.actions["class_collect"].triggered.connect(lambda _=False: c.collect())
    window.actions["class_collect_zip"].triggered.connect(lambda _=False: c.collect(True))
    window.actions["class_receive"].triggered.connect(lambda _=False: c.receiver.start())
    window.classroom = c
    # File ▸ New challenge… (the teacher's): its own module, the same run and message box
    from annstudio.gui import challenge_dialog
    window.challenges = challenge_dialog.install(window, run, c.tell)
    return c
