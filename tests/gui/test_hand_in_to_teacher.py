"""File ▸ Hand in… to the teacher's computer, as a student does it: the destination dialog
answered by clicks and typing, the hand-in sent to a real `HandinServer` on 127.0.0.1,
the server's answer read in the message box."""
import json
import os

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from annstudio.gui import handin_server
from annstudio.gui.handin_send import DestinationDialog
from annstudio.io import classroom
from tests.gui.test_classroom_windows import answer_dialogs, small_challenge, train_epochs
from tests.gui.test_layout_and_help import menu_action


def choose_teacher_when_asked(qtbot, address, code, seen):
    """When the destination dialog is up: note what it shows, pick the teacher's computer,
    type the address and the code (None: keep what is there) and press OK."""
    def answer():
        d = QApplication.activeModalWidget()
        if not isinstance(d, DestinationDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append((d.to_teacher.isChecked(), d.address.text(), d.code.text()))
        qtbot.mouseClick(d.to_teacher, Qt.LeftButton)
        for edit, text in ((d.address, address), (d.code, code)):
            if text is not None:
                edit.selectAll()
                qtbot.keyClicks(edit, text)
        qtbot.mouseClick(d.ok, Qt.LeftButton)
    QTimer.singleShot(0, answer)


def test_a_student_hands_in_to_the_teachers_computer(make_window, qtbot, monkeypatch,
                                                     tmp_path):
    ch_path, _, start = small_challenge(tmp_path)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    server = handin_server.HandinServer(inbox, classroom.load_challenge(ch_path).id)
    port = server.start("127.0.0.1", 0)
    try:
        w = make_window()
        assert w.files.open_path(str(start))
        train_epochs(qtbot, w, 2)
        answer_dialogs(monkeypatch, w, [ch_path], tmp_path / "nowhere", name="Ada")
        del w.classroom.ask_destination            # the real dialog, answered below
        seen = []
        choose_teacher_when_asked(qtbot, f"127.0.0.1:{port}", server.code.lower(), seen)
        menu_action(w, "File", "Hand in").trigger()
        box = w.classroom.box
        qtbot.waitUntil(lambda: box.text().startswith("Handed in to"), timeout=20000)
        files = os.listdir(inbox)
        assert box.text() == f"Handed in to the teacher's computer as {files[0]}."
        doc = json.loads((inbox / files[0]).read_text(encoding="utf-8"))
        assert doc["student"] == "Ada" and len(doc["run"]["history"]["epochs"]) == 2
        assert seen == [(False, "", "")]
        # the next time the dialog remembers; a wrong code is told, nothing is stored
        answer_dialogs(monkeypatch, w, [ch_path], tmp_path / "nowhere", name="Ada")
        del w.classroom.ask_destination
        choose_teacher_when_asked(qtbot, None, "WRONG7", seen)
        menu_action(w, "File", "Hand in").trigger()
        qtbot.waitUntil(lambda: box.text().startswith("The teacher's computer refused"),
                        timeout=20000)
        assert seen[1] == (True, f"127.0.0.1:{port}", server.code)
        assert "class code is wrong" in box.text() and os.listdir(inbox) == files
        # a stopped server: the student is told that nothing was handed in
        server.stop()
        answer_dialogs(monkeypatch, w, [ch_path], tmp_path / "nowhere", name="Ada")
        del w.classroom.ask_destination
        choose_teacher_when_asked(qtbot, None, server.code, seen)
        menu_action(w, "File", "Hand in").trigger()
        qtbot.waitUntil(lambda: box.text().startswith("Cannot reach"), timeout=20000)
        assert "nothing was handed in" in box.text()
    finally:
        server.stop()


def test_the_destination_dialog_needs_an_address_and_a_code(qtbot):
    from annstudio.gui.handin_send import Destination
    d = DestinationDialog(Destination("folder"))
    qtbot.addWidget(d)
    assert d.ok.isEnabled() and not d.address.isEnabled()
    qtbot.mouseClick(d.to_teacher, Qt.LeftButton)
    assert not d.ok.isEnabled() and d.address.isEnabled()
    qtbot.keyClicks(d.address, "192.168.1.20:8765")
    qtbot.keyClicks(d.code, "k7p 3qx")
    assert d.ok.isEnabled()
    assert d.destination() == Destination("teacher", "192.168.1.20:8765", "K7P3QX")
