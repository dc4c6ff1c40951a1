"""The classroom's windows: File ▸ Hand in… for a student, Class ▸ Collect… and
the class table for the teacher.

A thin layer over `io.classroom`: the rules, the checks, the scores and the ranks are
computed there (the command line uses the same functions); here they are asked for and
shown. Text from a hand-in (a name, a file name) is shown as plain text, never as rich
text: a name such as ``<img src=…>`` stays those characters.

`install(services, files)` builds `Classroom` from the session and the few services it
needs (`gui.services.Services`: the error box, the settings, the actions; the run as
`gui.files` saves it) and connects the menu actions.
"""
from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QLabel, QLineEdit, QMessageBox, QVBoxLayout)

from annstudio.core.errors import AnnStudioError
from annstudio.gui import handin_send, receive_window
from annstudio.gui.class_view import ClassView
from annstudio.gui.i18n import translate
from annstudio.gui.widgets import sentence
from annstudio.io import classroom as io_classroom

NAME_KEY = "classroom/student"          # the last name handed in (a student hands in again)


class NameDialog(QDialog):
    """One line: the student's name, as the teacher will see it in the class table."""

    def __init__(self, name="", parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("NameDialog", "ANN Studio — Hand in"))
        lay = QVBoxLayout(self)
        label = QLabel(translate("NameDialog", "Your name, as your teacher will see it:"))
        lay.addWidget(label)
        self.edit = QLineEdit(name)
        self.edit.setAccessibleName(translate("NameDialog", "Student's name"))
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
    """File ▸ Hand in… and Class ▸ Collect… for one window (kept as ``MainWindow.classroom``).

    ``run()`` gives the run as a save writes it (`experiment_file.Loaded`);
    ``show_error(title, message)`` is the window's error box; ``open_run(loaded, title)``
    opens a hand-in's run in the window (the class table's Open hand-in); ``challenge()``
    the open challenge (None: Hand in asks for one), ``predictions()`` the predict-then-check
    answers a hand-in carries."""

    def __init__(self, run, parent, show_error, settings, open_run=None,
                 challenge=lambda: None, predictions=list):
        self.run, self.parent, self.open_run = run, parent, open_run
        self.show_error, self.settings = show_error, settings
        self.challenge, self.predictions = challenge, predictions
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
        """Ask for the challenge (unless one is open), the name and the folder; hand the
        window's run in. Returns the new file's path, or None (cancelled or refused:
        nothing written)."""
        history = self.run().history
        if history is None or not history.epochs:     # said before three questions, not after
            self.show_error(translate("Classroom", "Hand in"),
                            translate("Classroom", "train the run first: a hand-in carries the "
                                      "trained weights and their loss history"))
            return None
        challenge = self.challenge() or self._ask_challenge()
        if challenge is None:
            return None
        name = self.ask_student_name()
        if not name:
            return None
        dest = self.ask_destination()
        if dest is None:
            return None
        if dest.kind == "teacher":
            return self.send_to_teacher(challenge, name, dest)
        folder = self.ask_folder(translate("Classroom", "Hand in: choose the folder to hand in to"))
        if not folder:
            return None
        try:
            out = io_classroom.hand_in(self.run(), challenge, name, folder,
                                       predictions=self.predictions())
        except io_classroom.Refused as e:
            self.tell(translate("Classroom", "Hand-in refused"),
                      translate("Classroom", "The hand-in is refused; nothing was written."),
                      "\n".join(f"• {sentence(r)}" for r in e.reasons), QMessageBox.Warning)
            return None
        except AnnStudioError as e:
            self.show_error(translate("Classroom", "Hand in"), str(e))
            return None
        self.settings.setValue(NAME_KEY, name)
        self.settings.setValue("classroom/folder", folder)
        self.tell(translate("Classroom", "Handed in"),
                  translate("Classroom", "Handed in as {name}.").format(
                      name=os.path.basename(out)),
                  translate("Classroom", "In the folder {folder}. You may hand in again: the "
                            "latest counts.").format(folder=folder))
        return out

    def send_to_teacher(self, challenge, name, dest):
        """Send the checked hand-in to the teacher's server without waiting (the answer is
        told when it comes); returns the `TeacherSender`, or None when nothing was sent."""
        try:
            doc = io_classroom.handin_document(self.run(), challenge, name,
                                               predictions=self.predictions())
            self.sender.send(doc, dest)
        except io_classroom.Refused as e:
            self.tell(translate("Classroom", "Hand-in refused"),
                      translate("Classroom", "The hand-in is refused; nothing was sent."),
                      "\n".join(f"• {sentence(r)}" for r in e.reasons), QMessageBox.Warning)
            return None
        except AnnStudioError as e:
            self.show_error(translate("Classroom", "Hand in"), str(e))
            return None
        self.settings.setValue(NAME_KEY, name)
        handin_send.remember(self.settings, dest)
        self.tell(translate("Classroom", "Handing in"),
                  translate("Classroom", "Sending the hand-in to {address}…").format(
                      address=dest.address))
        return self.sender

    def _sent(self, stored, message):
        if stored:
            self.tell(translate("Classroom", "Handed in"), sentence(message) + ".",
                      translate("Classroom", "You may hand in again: the latest counts."))
        else:
            self.tell(translate("Classroom", "Not handed in"), sentence(message) + ".",
                      icon=QMessageBox.Warning)

    def _ask_challenge(self):
        """The challenge file the student picks (None: cancelled, or not a challenge)."""
        path = self.ask_open(translate("Classroom", "Hand in: choose the challenge"),
                             translate("Classroom", "Challenges (*{ext});;All files (*)").format(
                                 ext=io_classroom.CHALLENGE_EXT))
        if not path:
            return None
        try:
            return io_classroom.load_challenge(path)
        except AnnStudioError as e:
            self.show_error(translate("Classroom", "Hand in"), str(e))
            return None

    # ----------------------------------------------------------------- teacher
    def collect(self, from_zip=False):
        """Ask for the key and a folder (or a .zip); show the class table."""
        key_path = self.ask_open(translate("Classroom", "Collect: choose the teacher's key"),
                                 translate("Classroom", "Teacher's keys (*{ext});;All files (*)").format(
                                     ext=io_classroom.KEY_EXT))
        if not key_path:
            return None
        source = (self.ask_open(translate("Classroom", "Collect: choose the .zip of hand-ins"),
                                translate("Classroom", "Zip files (*.zip);;All files (*)"))
                  if from_zip else
                  self.ask_folder(translate("Classroom", "Collect: choose the folder of hand-ins")))
        if not source:
            return None
        try:
            key = io_classroom.load_key(key_path)
            col = io_classroom.collect(source, key)
        except AnnStudioError as e:
            self.show_error(translate("Classroom", "Collect"), str(e))
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


def install(services, files):
    """File ▸ Hand in… and Class ▸ Collect from folder… / from .zip… / Receive hand-ins… for
    ``services`` (`gui.services.Services`); ``files`` (`gui.files`) gives the run as a save
    writes it and opens a hand-in's run. Returns the `Classroom`."""
    s, host = services.session, services.parent

    def run():
        from annstudio.io.experiment_file import Loaded
        exp, kw = files.snapshot()
        data = kw.get("data") if kw.get("data") is not None else s.data
        return Loaded(exp, data, kw.get("weights"), kw.get("optimizer_state"),
                      kw.get("history"), progress=kw.get("progress"))

    def open_run(loaded, title):
        """A hand-in's run in the window, untitled (Save asks for a new file), after the
        window's own "Save the changes?" question."""
        if not files.open_run(loaded, title):
            return False
        host.raise_()
        host.activateWindow()
        return True

    c = Classroom(run, host, services.show_error, services.settings, open_run,
                  challenge=lambda: s.challenge, predictions=s.predictions.to_dicts)
    acts = services.actions
    acts["hand_in"].triggered.connect(lambda _=False: c.hand_in())
    acts["class_collect"].triggered.connect(lambda _=False: c.collect())
    acts["class_collect_zip"].triggered.connect(lambda _=False: c.collect(True))
    acts["class_receive"].triggered.connect(lambda _=False: c.receiver.start())
    return c
