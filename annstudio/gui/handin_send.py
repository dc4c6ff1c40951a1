"""File ▸ Hand in… to the teacher's computer: where to hand in, and the sending.

`DestinationDialog` asks for a folder (as before: a share, a USB stick) or the teacher's
computer (the address and class code on the teacher's screen, remembered in the
settings). `TeacherSender` posts the checked hand-in with QNetworkAccessManager: the
window never waits on the network, a silent server times out, and the server's one
sentence is what the student reads.

No copy of what was sent is kept on the student's computer: the student's own run file
is theirs already, the teacher's copy is the one that counts, and a hidden copy on a
shared lab machine is clutter nobody finds. A failed send says that nothing was handed
in, so the student can hand in again (or to a folder).
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest
from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QRadioButton, QVBoxLayout)

from annstudio.gui.i18n import translate
from annstudio.io import handin_client

KIND_KEY, ADDRESS_KEY, CODE_KEY = ("classroom/destination", "classroom/teacher_address",
                                   "classroom/class_code")
TIMEOUT_MS = 30_000


@dataclass
class Destination:
    """Where a hand-in goes: ``kind`` "folder" (asked next) or "teacher"."""
    kind: str
    address: str = ""
    code: str = ""


class DestinationDialog(QDialog):
    """A folder, or the teacher's computer with its address and class code."""

    def __init__(self, last, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("DestinationDialog", "ANN Studio — Hand in to"))
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(translate("DestinationDialog", "Hand in to:")))
        self.to_folder = QRadioButton(translate("DestinationDialog", "A folder your teacher collects "
                                         "from (a share, a USB stick…)"))
        self.to_teacher = QRadioButton(translate("DestinationDialog", "The teacher's computer, over "
                                          "the classroom's network"))
        group = QButtonGroup(self)
        for b, tip in ((self.to_folder, translate("DestinationDialog",
                                           "Write the hand-in file into a folder")),
                       (self.to_teacher, translate("DestinationDialog",
                                            "Send it to the address on the teacher's screen"))):
            b.setToolTip(tip)
            b.setAccessibleName(b.text())
            group.addButton(b)
            lay.addWidget(b)
        form = QFormLayout()
        self.address = QLineEdit(last.address)
        self.address.setPlaceholderText("192.168.1.20:8765")
        self.address.setAccessibleName(translate("DestinationDialog", "The teacher's address"))
        self.address.setToolTip(translate("DestinationDialog", "The address on the teacher's screen"))
        self.code = QLineEdit(last.code)
        self.code.setPlaceholderText("K7P3QX")
        self.code.setMaxLength(20)
        self.code.setAccessibleName(translate("DestinationDialog", "Class code"))
        self.code.setToolTip(translate("DestinationDialog", "The class code on the teacher's screen"))
        form.addRow(translate("DestinationDialog", "Address:"), self.address)
        form.addRow(translate("DestinationDialog", "Class code:"), self.code)
        lay.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.Ok)
        lay.addWidget(buttons)
        (self.to_teacher if last.kind == "teacher" else self.to_folder).setChecked(True)
        for signal in (self.to_teacher.toggled, self.address.textChanged,
                       self.code.textChanged):
            signal.connect(self.update)
        self.update()

    def update(self):
        teacher = self.to_teacher.isChecked()
        self.address.setEnabled(teacher)
        self.code.setEnabled(teacher)
        self.ok.setEnabled(not teacher or bool(self.address.text().strip() and
                                               self.code.text().strip()))

    def destination(self):
        if self.to_teacher.isChecked():
            return Destination("teacher", self.address.text().strip(),
                               "".join(self.code.text().split()).upper())
        return Destination("folder")


def last_destination(settings):
    return Destination(str(settings.value(KIND_KEY, "folder") or "folder"),
                       str(settings.value(ADDRESS_KEY, "") or ""),
                       str(settings.value(CODE_KEY, "") or ""))


def remember(settings, dest):
    settings.setValue(KIND_KEY, dest.kind)
    if dest.kind == "teacher":
        settings.setValue(ADDRESS_KEY, dest.address)
        settings.setValue(CODE_KEY, dest.code)


class TeacherSender(QObject):
    """One hand-in posted to the teacher's server. ``finished(stored, message)``: the name
    the teacher's computer stored it under ("" if not) and a sentence for the student."""

    finished = Signal(str, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.manager = QNetworkAccessManager(self)
        self.reply = None
        self.where = ""

    def send(self, document, dest):
        """Start sending ``document`` (`io.classroom.Document`); AnnStudioError at once for
        an address that is none."""
        host, port = handin_client.parse_address(dest.address)
        url = QUrl()
        url.setScheme("http")
        url.setHost(host)
        url.setPort(port)
        url.setPath(handin_client.PATH)
        req = QNetworkRequest(url)
        req.setHeader(QNetworkRequest.ContentTypeHeader, "application/json")
        req.setRawHeader(handin_client.CODE_HEADER.encode(), dest.code.encode("ascii", "replace"))
        req.setTransferTimeout(TIMEOUT_MS)
        self.where = f"{host}:{port}"
        self.reply = self.manager.post(req, document.data)
        self.reply.finished.connect(self.done)

    def done(self):
        r, self.reply = self.reply, None
        status = r.attribute(QNetworkRequest.HttpStatusCodeAttribute)
        body = bytes(r.readAll())
        r.deleteLater()
        if status is None:      # no answer at all: unreachable, refused, timed out
            why = (translate("TeacherSender", "no answer came in time") if r.error() ==
                   QNetworkReply.NetworkError.OperationCanceledError else r.errorString())
            self.finished.emit("", translate("TeacherSender", "cannot reach the teacher's "
                                             "computer at {address} ({why}); nothing was "
                                             "handed in").format(address=self.where, why=why))
            return
        stored, sentence = handin_client.answer(int(status), body)
        if stored is None:
            self.finished.emit("", translate("TeacherSender", "the teacher's computer refused "
                                             "the hand-in: {why}").format(why=sentence))
        else:
            self.finished.emit(stored, translate("TeacherSender", "handed in to the teacher's "
                                                 "computer as {name}").format(name=stored))

