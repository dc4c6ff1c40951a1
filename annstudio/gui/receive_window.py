"""Class ▸ Receive hand-ins on this network…: the teacher's app as the hand-in server.

`Receiver.start()` asks for the key and the folder to store hand-ins in (by default one
beside the key, named after it), starts a `HandinServer` there and shows `ReceiveWindow`:
big enough for a projector, the address and the class code the students type, how many
hand-ins came and were refused, an address chooser and Stop. The class table
(`gui.class_view.ClassView`) opens beside it and follows the hand-ins as they arrive: each
new file is scored once (`io.classroom.GrowingClass`) and the table is shown again at most
every REFRESH_MS, however many arrive at once. Closing the window stops the server.
"""
from __future__ import annotations

import os

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout,
                               QWidget)

from annstudio.core.errors import AnnStudioError
from annstudio.gui.handin_server import DEFAULT_PORT, HandinServer, ipv4_addresses
from annstudio.gui.i18n import translate
from annstudio.gui.widgets import sentence
from annstudio.io import classroom as io_classroom

REFRESH_MS = 700            # a burst of hand-ins is one new table, not one per hand-in


def default_inbox(key_path):
    """moons.key → the folder ``moons hand-ins`` beside it."""
    root = os.path.splitext(os.path.abspath(os.fspath(key_path)))[0]
    return root + " hand-ins"


def _big(label, scale, bold=True, mono=False):
    f = QFontDatabase.systemFont(QFontDatabase.FixedFont) if mono else QFont(label.font())
    f.setPointSizeF(max(label.font().pointSizeF(), 9.0) * scale)
    f.setBold(bold)
    label.setFont(f)
    label.setTextFormat(Qt.PlainText)
    label.setAlignment(Qt.AlignCenter)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    return label


class ReceiveWindow(QWidget):
    """What the class reads off the projector while the server runs, and its controls;
    ``closed`` when the teacher closes it."""

    closed = Signal()

    def __init__(self, server, title, addresses, parent=None):
        super().__init__(parent)
        self.server, self.addresses = server, list(addresses)
        self.setWindowTitle(translate("ReceiveWindow", "Receiving hand-ins — {title} — ANN "
                                                       "Studio").format(
            title=io_classroom.shown(title, 60)))
        self.setAccessibleName(translate("ReceiveWindow", "Receive hand-ins"))
        lay = QVBoxLayout(self)
        lay.setSpacing(12)
        head = _big(QLabel(translate("ReceiveWindow", "Hand in “{title}” to this computer").format(
            title=io_classroom.shown(title, 60))), 1.6)
        head.setWordWrap(True)
        lay.addWidget(head)
        how = _big(QLabel(translate("ReceiveWindow", "In ANN Studio: File ▸ Hand in…, choose "
                                                     "“The teacher's computer” and type the "
                                                     "address and the class code.")),
                   1.2, bold=False)
        how.setWordWrap(True)
        lay.addWidget(how)
        lay.addStretch(1)
        self.address = self._pair(lay, translate("ReceiveWindow", "Address"), 4.4,
                                  translate("ReceiveWindow", "The address the students type"))
        self.code = self._pair(lay, translate("ReceiveWindow", "Class code"), 5.5,
                               translate("ReceiveWindow", "The class code the students type"),
                               mono=True)
        f = self.code.font()
        f.setLetterSpacing(QFont.PercentageSpacing, 120)
        self.code.setFont(f)
        self.code.setText(server.code)
        lay.addStretch(1)
        self.count = _big(QLabel(""), 2.4)
        self.count.setAccessibleName(translate("ReceiveWindow", "Hand-ins received and refused"))
        lay.addWidget(self.count)
        lay.addStretch(1)
        lay.addLayout(self._controls())
        self.status = QLabel("")
        self.status.setTextFormat(Qt.PlainText)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(translate("ReceiveWindow", "Server status"))
        lay.addWidget(self.status)
        server.countChanged.connect(self.show_count)
        self.show_count(server.n_received, server.n_refused)
        self.show_address()

    def _pair(self, lay, name, scale, tip, mono=False):
        cap = _big(QLabel(name), 1.2, bold=False)
        value = _big(QLabel(""), scale, mono=mono)
        value.setAccessibleName(name)
        value.setToolTip(tip)
        lay.addWidget(cap)
        lay.addWidget(value)
        return value

    def _controls(self):
        row = QHBoxLayout()
        lab = QLabel(translate("ReceiveWindow", "Receive on:"))
        row.addWidget(lab)
        self.chooser = QComboBox()
        self.chooser.addItems([translate("ReceiveWindow", "{address} (this computer "
                                                          "only)").format(address=a)
                               if a.startswith("127.") else a for a in self.addresses])
        self.chooser.setAccessibleName(translate("ReceiveWindow", "Network address to receive on"))
        self.chooser.setToolTip(translate("ReceiveWindow", "The network the students' computers "
                                                           "are on; 127.0.0.1 is this computer "
                                                           "only"))
        lab.setBuddy(self.chooser)
        row.addWidget(self.chooser)
        row.addStretch(1)
        self.table_button = QPushButton(translate("ReceiveWindow", "Class table"))
        self.table_button.setAccessibleName(translate("ReceiveWindow", "Show the class table"))
        self.table_button.setToolTip(translate("ReceiveWindow", "Show the class table of the "
                                                                "hand-ins received"))
        row.addWidget(self.table_button)
        self.stop_button = QPushButton(translate("ReceiveWindow", "Stop"))
        self.stop_button.setAccessibleName(translate("ReceiveWindow", "Stop receiving hand-ins"))
        self.stop_button.setToolTip(translate("ReceiveWindow", "Stop the server: no more "
                                                               "hand-ins are received (those "
                                                               "received stay in the folder)"))
        row.addWidget(self.stop_button)
        return row

    def closeEvent(self, ev):
        self.closed.emit()
        super().closeEvent(ev)

    def show_count(self, received, refused):
        self.count.setText(translate("ReceiveWindow", "{received} received · {refused} "
                                                      "refused").format(received=received,
                                                                        refused=refused))

    def show_address(self, note=""):
        s = self.server
        running = s.listening
        self.address.setText(s.url if running else "—")
        self.stop_button.setText(translate("ReceiveWindow", "Stop") if running else
                                 translate("ReceiveWindow", "Start again"))
        self.stop_button.setAccessibleName(
            translate("ReceiveWindow", "Stop receiving hand-ins") if running else
            translate("ReceiveWindow", "Start receiving hand-ins again"))
        state = (translate("ReceiveWindow", "Receiving into {folder}.").format(folder=s.folder)
                 if running else
                 translate("ReceiveWindow", "Stopped: no hand-ins are received. Those received "
                                            "stay in the folder."))
        self.status.setText(" ".join(p for p in (note, state) if p))


class Receiver(QObject):
    """Class ▸ Receive hand-ins on this network… for one window (``classroom``: the
    window's `gui.classroom.Classroom`, for its file dialogs, error box and class view)."""

    def __init__(self, classroom, parent=None):
        super().__init__(parent)
        self.classroom = classroom
        self.server = self.window = self.growing = None
        self.title, self.folder = "", ""
        self.refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self.refresh_timer.timeout.connect(self.refresh)

    # ----------------------------------------------------------------- hooks (dialogs)
    def ask_inbox(self, default):
        """The folder to store the hand-ins in (None: cancelled); tests replace this."""
        os.makedirs(default, exist_ok=True)
        from PySide6.QtWidgets import QFileDialog
        path = QFileDialog.getExistingDirectory(self.classroom.parent,
                                                translate("Receiver", "Receive: the folder to "
                                                                      "store hand-ins in"),
                                                default)
        return path or None

    # ----------------------------------------------------------------- start
    def start(self):
        """Ask for the key and the folder; start the server, its window and the class
        table. Returns the ReceiveWindow (None: cancelled or an error shown)."""
        c = self.classroom
        key_path = c.ask_open(translate("Receiver", "Receive: choose the teacher's key"),
                              translate("Receiver", "Teacher's keys (*{ext});;All files "
                                                    "(*)").format(ext=io_classroom.KEY_EXT))
        if not key_path:
            return None
        try:
            key = io_classroom.load_key(key_path)
            folder = self.ask_inbox(default_inbox(key_path))
            if not folder:
                return None
            growing = io_classroom.GrowingClass(key, folder)
        except (AnnStudioError, OSError) as e:
            c.show_error(translate("Receiver", "Receive hand-ins"),
                         str(e) if isinstance(e, AnnStudioError) else
                         translate("Receiver", "cannot use the folder: {reason}").format(
                             reason=e.strerror or e))
            return None
        if self.window is not None:     # one server at a time: the earlier one goes
            self.window.close()
            self.window.deleteLater()
            self.server.deleteLater()
        self.growing, self.title, self.folder = growing, key.challenge.title, folder
        self.server = HandinServer(folder, key.challenge.id, parent=self)
        self.server.received.connect(self.on_received)
        self.server.refused.connect(self.on_refused)
        addresses = ipv4_addresses()
        self.window = ReceiveWindow(self.server, self.title, addresses)
        self.window.setParent(c.parent, Qt.Window)
        self.window.chooser.currentIndexChanged.connect(self.listen)
        self.window.stop_button.clicked.connect(self.toggle)
        self.window.table_button.clicked.connect(lambda: self.refresh(show=True))
        self.window.closed.connect(self.stop)
        self.listen()
        self.refresh(show=True)
        self.window.resize(900, 700)
        self.window.show()
        return self.window

    def listen(self, _=None):
        """(Re)start the server on the chosen address, port 8765 or a free one."""
        w = self.window
        address = self.window.addresses[w.chooser.currentIndex()]
        try:
            port = self.server.start(address, DEFAULT_PORT, any_free=True)
        except AnnStudioError as e:
            w.show_address(sentence(str(e)) + ".")
            return
        note = "" if port == DEFAULT_PORT else translate(
            "Receiver", "Port {wanted} is in use here, so port {port} is used.").format(
                wanted=DEFAULT_PORT, port=port)
        w.show_address(note)

    def toggle(self):
        if self.server.listening:
            self.server.stop()
            self.window.show_address()
        else:
            self.listen()

    def stop(self):
        if self.server is not None:
            self.server.stop()
        if self.window is not None:
            self.window.show_address()

    # ----------------------------------------------------------------- the class table
    def on_received(self, path):
        self.growing.add_file(path)
        if not self.refresh_timer.isActive():   # not pushed back by each one that comes
            self.refresh_timer.start()

    def on_refused(self, who, reason):
        self.growing.add_refused(translate("Receiver", "from {who}").format(who=who), reason)
        if not self.refresh_timer.isActive():
            self.refresh_timer.start()

    def refresh(self, show=False):
        """Show the class as it is now (a table the teacher closed stays closed until
        ``show``)."""
        view = self.classroom.class_view
        if view is not None and not view.isVisible() and not show:
            return
        col = self.growing.collection()
        if view is not None and view.isVisible():
            view.set_collection(col)        # the teacher's selection and sort are kept
        else:
            self.classroom.show_class(col, self.title, self.folder)
