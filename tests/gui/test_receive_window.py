"""Class ▸ Receive hand-ins on this network…, used as a teacher does: the menu action, the
key chosen, the address picked in the chooser; students' hand-ins sent from other threads
(plain sockets) to the address and code the window shows; the counts and the class table
read as shown."""
import os
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from annstudio.io import classroom
from tests.gui.test_handin_server import Client, post, trained_document, wait
from tests.gui.test_layout_and_help import menu_action


def open_receive(w, qtbot, monkeypatch, key_path, inbox):
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(key_path), "")))
    asked = []
    w.classroom.receiver.ask_inbox = lambda default: asked.append(default) or str(inbox)
    menu_action(w, "Class", "Receive hand-ins on this network").trigger()
    rw = w.classroom.receiver.window
    qtbot.waitUntil(rw.isVisible)
    return rw, asked


def shown_address(rw):
    m = re.fullmatch(r"http://([\d.]+):(\d+)", rw.address.text())
    assert m, rw.address.text()
    return m.group(1), int(m.group(2))


def test_the_teacher_receives_and_the_class_table_follows(make_window, qtbot, monkeypatch,
                                                          tmp_path):
    from tests.gui.test_classroom_windows import small_challenge
    ch_path, key_path, _ = small_challenge(tmp_path)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    w = make_window()
    rw, asked = open_receive(w, qtbot, monkeypatch, key_path, inbox)
    assert asked == [str(tmp_path / "moons hand-ins")]       # beside the key, named after it
    assert rw.count.text() == "0 received · 0 refused"
    assert re.fullmatch(r"[A-Z0-9]{6}", rw.code.text())
    # the loopback address is the last choice: picked as the teacher would
    chooser = rw.chooser
    chooser.setFocus()
    for _ in range(chooser.count()):
        qtbot.keyClick(chooser, Qt.Key_Down)
    assert chooser.currentText() == "127.0.0.1 (this computer only)"
    host, port = shown_address(rw)
    assert host == "127.0.0.1"
    view = w.classroom.class_view
    qtbot.waitUntil(view.isVisible)
    assert view.rows_shown() == []
    code = rw.code.text()
    ada = trained_document(ch_path, tmp_path, "Ada")
    img = trained_document(ch_path, tmp_path, "<img src=x>", hidden=(4,))
    clients = [Client(port, post(ada.data, code=code)), Client(port, post(img.data, code=code)),
               Client(port, post(ada.data, code="WRONG9"))]
    wait(qtbot, *clients)
    assert [c.status for c in clients] == [201, 201, 403]
    assert rw.count.text() == "2 received · 1 refused"
    want = classroom.collect(inbox, classroom.load_key(key_path))

    def table():
        return w.classroom.class_view.rows_shown()
    qtbot.waitUntil(lambda: len(table()) == 3, timeout=10000)
    rows = table()
    ranked = [r for r in want.rows if r.rank is not None]
    assert [row[1] for row in rows[:2]] == [r.label for r in ranked]
    assert "<img src=x>" in [row[1] for row in rows]        # the name as typed, plain text
    assert rows[2][1] == "from 127.0.0.1" and rows[2][8].startswith(
        "refused: the class code is wrong")
    assert sorted(os.listdir(inbox)) == sorted([ada.stem + ".handin", "img_src_x-" +
                                                img.stem.split("-", 1)[1] + ".handin"])
    # Stop: nothing is received any more; closing the window stops the server too
    qtbot.mouseClick(rw.stop_button, Qt.LeftButton)
    assert rw.address.text() == "—" and rw.stop_button.text() == "Start again"
    late = Client(port, post(ada.data, code=code))
    wait(qtbot, late)
    assert isinstance(late.error, ConnectionRefusedError) and len(os.listdir(inbox)) == 2
    qtbot.mouseClick(rw.stop_button, Qt.LeftButton)
    assert w.classroom.receiver.server.listening
    rw.close()
    assert not w.classroom.receiver.server.listening


def test_receive_window_screenshot(make_window, qtbot, monkeypatch, tmp_path):
    """The window at 1366×768 as a projector shows it (saved for a look by eye)."""
    from tests.gui.test_classroom_windows import small_challenge
    _, key_path, _ = small_challenge(tmp_path)
    w = make_window()
    rw, _ = open_receive(w, qtbot, monkeypatch, key_path, tmp_path)
    rw.resize(1366, 768)
    qtbot.waitUntil(lambda: rw.width() == 1366)
    for label in (rw.address, rw.code, rw.count):
        assert label.sizeHint().width() <= label.width(), label.text()
    out = os.environ.get("ANNSTUDIO_SHOT_DIR")
    if out:
        rw.grab().save(os.path.join(out, "receive_window.png"))
