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

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QMessageBox, QPlainTextEdit,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from annstudio.core.errors import AnnStudioError
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
    ``show_error(title, message)`` is the window's error box; ``challenge()`` the open
    challenge (None: Hand in asks for one), ``predictions()`` the predict-then-check answers
    a hand-in carries."""

    def __init__(self, run, parent, show_error, settings, challenge=lambda: None,
                 predictions=list):
        self.run, self.parent = run, parent
        self.show_error, self.settings = show_error, settings
        self.challenge, self.predictions = challenge, predictions
        self.box = None                 # the last message (refusal or success)
        self.class_view = None

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
        """Ask for the challenge (unless one is open), the name and the folder; hand the
        window's run in. Returns the new file's path, or None (cancelled or refused:
        nothing written)."""
        history = self.run().history
        if history is None or not history.epochs:     # said before three questions, not after
            self.show_error("Hand in", "train the run first: a hand-in carries the trained "
                                       "weights and their loss history")
            return None
        challenge = self.challenge() or self._ask_challenge()
        if challenge is None:
            return None
        name = self.ask_student_name()
        if not name:
            return None
        folder = self.ask_folder("Hand in: choose the folder to hand in to")
        if not folder:
            return None
        try:
            out = io_classroom.hand_in(self.run(), challenge, name, folder,
                                       predictions=self.predictions())
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

    def _ask_challenge(self):
        """The challenge file the student picks (None: cancelled, or not a challenge)."""
        path = self.ask_open("Hand in: choose the challenge",
                             f"Challenges (*{io_classroom.CHALLENGE_EXT});;All files (*)")
        if not path:
            return None
        try:
            return io_classroom.load_challenge(path)
        except AnnStudioError as e:
            self.show_error("Hand in", str(e))
            return None

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
        view = ClassView(col, title, source, self._dir)
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


class ClassView(QWidget):
    """The class table (name, network, optimizer, held-out score, rank, flags; refused
    files as rows "refused: …"), Export CSV… and what the class predicted."""

    def __init__(self, col, title, source, start_dir=os.path.expanduser, parent=None):
        super().__init__(parent)
        self.col, self.start_dir = col, start_dir
        self.setWindowTitle(f"Class — {io_classroom.shown(title, 80)} — ANN Studio")
        lay = QVBoxLayout(self)
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
        self.summary = QLabel(f"{io_classroom.shown(title, 80)}: {', '.join(parts)}. Scores "
                              f"are {col.label}, computed here on the key's held-out points "
                              f"(from {io_classroom.shown(os.path.basename(source), 60)}).")
        self.summary.setTextFormat(Qt.PlainText)
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.table = self._table(col)
        lay.addWidget(self.table, 3)
        row = QHBoxLayout()
        self.export_button = QPushButton("Export CSV…")
        self.export_button.setToolTip("The table as CSV for grading (numbers as numbers)")
        self.export_button.clicked.connect(self.export_csv)
        row.addWidget(self.export_button)
        self.message = QLabel("")
        self.message.setTextFormat(Qt.PlainText)
        row.addWidget(self.message, 1)
        lay.addLayout(row)
        head = QLabel("What the class predicted (predict-then-check answers, per question)")
        f = head.font()
        f.setBold(True)
        head.setFont(f)
        lay.addWidget(head)
        self.tally = QPlainTextEdit()
        self.tally.setReadOnly(True)
        self.tally.setAccessibleName("What the class predicted")
        lines = io_classroom.tally_text(col)
        self.tally.setPlainText("\n".join(lines) if lines else
                                "No predict-then-check answers in these hand-ins.")
        if not lines:       # the table gets the room
            self.tally.setMaximumHeight(3 * self.tally.fontMetrics().lineSpacing())
        lay.addWidget(self.tally, 1)

    def _table(self, col):
        heads = [h or col.label[:1].upper() + col.label[1:] for h in HEADERS]
        t = QTableWidget(len(col.rows), len(heads))
        t.setHorizontalHeaderLabels(heads)
        t.setAccessibleName("Class table")
        t.setEditTriggers(QTableWidget.NoEditTriggers)
        t.setSelectionBehavior(QTableWidget.SelectRows)
        t.verticalHeader().hide()
        for i, r in enumerate(col.rows):
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
                t.setItem(i, j, c)
        t.setSortingEnabled(True)
        t.sortByColumn(0, Qt.AscendingOrder)    # by rank; flagged and refused last
        h = t.horizontalHeader()
        t.resizeColumnsToContents()
        h.setSectionResizeMode(len(heads) - 1, QHeaderView.Stretch)
        return t

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


def install(window):
    """File ▸ Hand in… and Class ▸ Collect from folder… / from .zip… of ``window``."""
    def run():
        from annstudio.io.experiment_file import Loaded
        exp, kw = window.files.snapshot()
        data = kw.get("data") if kw.get("data") is not None else window.session.data
        return Loaded(exp, data, kw.get("weights"), kw.get("optimizer_state"),
                      kw.get("history"), progress=kw.get("progress"))

    s = window.session
    c = Classroom(run, window, window.show_error, window.settings,
                  challenge=lambda: s.challenge, predictions=s.predictions.to_dicts)
    window.actions["hand_in"].triggered.connect(lambda _=False: c.hand_in())
    window.actions["class_collect"].triggered.connect(lambda _=False: c.collect())
    window.actions["class_collect_zip"].triggered.connect(lambda _=False: c.collect(True))
    window.classroom = c
    return c
