"""The classroom's windows (issue 24), used as a student and a teacher would: File ▸ Hand in…
and Class ▸ Collect from folder… with the file dialogs answered, the class table read as
shown and compared with what `io.classroom.collect` computes."""
import json
import os

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from annstudio.core import classroom as rules
from annstudio.core.errors import AnnStudioError
from annstudio.core.experiment import lecture_moons
from annstudio.engines.factory import from_experiment
from annstudio.gui.handin_send import Destination
from annstudio.gui.widgets import sentence
from annstudio.io import classroom, experiment_file
from tests.gui.test_layout_and_help import menu_action


def small_moons_experiment():
    """The challenges' experiment: moons of 200 points (a fifth for testing), 2→8→1 ReLU,
    Adam with lr 0.02, no epochs run yet."""
    exp = lecture_moons()
    exp.dataset.n, exp.dataset.test_fraction = 200, 0.2
    exp.network.hidden, exp.network.activations = [8], ["relu"]
    exp.optimizer.name, exp.optimizer.params = "adam", {"lr": 0.02}
    exp.training.epochs = 0
    return exp


def small_challenge(folder, max_epochs=3):
    """A challenge on moons (2→8→1, Adam) with at most ``max_epochs`` epochs and 500
    parameters, saved with its key and the start file a student opens."""
    ch, key, _ = classroom.make_challenge(
        small_moons_experiment(), title="Two moons", task="Best held-out accuracy.", locked="dataset,output",
        limits=rules.Limits(max_parameters=500, max_epochs=max_epochs), hold_out=0.3)
    path, key_path = classroom.save_challenge(ch, key, folder / "moons.challenge")
    start = folder / "moons-start.annstudio"
    classroom.save_start(classroom.load_challenge(path), start)
    return path, key_path, start


def answer_dialogs(monkeypatch, w, opened, folder, name=None):
    """The open dialog answers ``opened`` (a list, one per question), the folder dialog
    ``folder``; the name dialog ``name`` (None: the real dialog is shown)."""
    answers = list(opened)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(answers.pop(0)), "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(folder)))
    w.classroom.ask_destination = lambda: Destination("folder")
    if name is not None:
        w.classroom.ask_student_name = lambda: name


def type_name_when_asked(qtbot, typed, seen):
    """When the name dialog is up: note what its field shows, type ``typed`` (None: keep
    it) and press OK, as a student does."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from annstudio.gui.classroom import NameDialog

    def answer():
        d = QApplication.activeModalWidget()
        if not isinstance(d, NameDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(d.edit.text())
        if typed is not None:
            d.edit.clear()
            qtbot.keyClicks(d.edit, typed)
        qtbot.mouseClick(d.ok, Qt.LeftButton)
    QTimer.singleShot(0, answer)


def train_epochs(qtbot, w, n):
    for _ in range(n):
        done = w.session.epochs_done()
        w.actions["step_epoch"].trigger()
        qtbot.waitUntil(lambda: w.session.epochs_done() > done and
                        len(w.session.history.epochs) > done, timeout=30000)


@pytest.mark.parametrize("engine", ["make_window", "make_real_window"])
def test_a_student_hands_in_and_a_run_over_the_limit_is_refused(engine, request, qtbot,
                                                                 monkeypatch, tmp_path):
    """With the fake engine and with the real engine process (the run handed in is the one
    a save of the window writes)."""
    ch_path, _, start = small_challenge(tmp_path, max_epochs=3)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    w = request.getfixturevalue(engine)()
    assert w.files.open_path(str(start))
    train_epochs(qtbot, w, 2)
    answer_dialogs(monkeypatch, w, [ch_path], inbox)
    seen = []
    type_name_when_asked(qtbot, "Ada", seen)
    menu_action(w, "File", "Hand in").trigger()
    files = os.listdir(inbox)
    assert len(files) == 1 and files[0].startswith("Ada-") and files[0].endswith(".handin")
    box = w.classroom.box
    assert box.isVisible() and box.text() == f"Handed in as {files[0]}."
    doc = json.loads((inbox / files[0]).read_text(encoding="utf-8"))
    assert doc["student"] == "Ada" and len(doc["run"]["history"]["epochs"]) == 2
    # two more epochs: 4 > the challenge's 3; refused with the reason, nothing written
    train_epochs(qtbot, w, 2)
    answer_dialogs(monkeypatch, w, [ch_path], inbox)
    type_name_when_asked(qtbot, None, seen)
    menu_action(w, "File", "Hand in").trigger()
    assert seen == ["", "Ada"]              # the second time the name is already there
    assert os.listdir(inbox) == files
    assert box.isVisible() and box.text() == "The hand-in is refused; nothing was written."
    with pytest.raises(classroom.Refused) as refused:      # what the file layer says
        classroom.hand_in(w.classroom.run(), classroom.load_challenge(ch_path), "Ada", inbox)
    assert len(refused.value.reasons) == 1 and "4 epochs" in refused.value.reasons[0]
    assert box.informativeText() == "• " + sentence(refused.value.reasons[0])
    assert os.listdir(inbox) == files


QUESTION = "Does a larger learning rate always converge faster?"


def test_an_untrained_run_or_a_file_that_is_no_challenge_is_told_before_anything_is_written(
        make_window, qtbot, monkeypatch, tmp_path):
    ch_path, _, start = small_challenge(tmp_path)
    w = make_window()          # its own run (a start file would be a run for the challenge)
    answer_dialogs(monkeypatch, w, [ch_path], tmp_path, name="Ada")
    menu_action(w, "File", "Hand in").trigger()
    assert w.error_box.isVisible() and w.error_box.text().startswith("Train the run first")
    train_epochs(qtbot, w, 1)
    answer_dialogs(monkeypatch, w, [start], tmp_path, name="Ada")     # an experiment file
    menu_action(w, "File", "Hand in").trigger()
    with pytest.raises(AnnStudioError) as e:
        classroom.load_challenge(start)
    assert w.error_box.text() == sentence(str(e.value))
    assert sorted(os.listdir(tmp_path)) == ["moons-start.annstudio", "moons.challenge",
                                            "moons.key", "settings.ini"]


def trained_handins(ch_path, inbox):
    """Three students' hand-ins (made with io.classroom), and Dee's with weights that do not
    fit the network it declares; a fourth for another challenge."""
    ch = classroom.load_challenge(ch_path)
    paths = {}
    for name, hidden, lr, epochs in (("Ada", [8], 0.02, 3), ("Bo <b>", [4], 0.05, 2),
                                     ("Cy", [6], 0.01, 1), ("Dee", [4, 4], 0.02, 2)):
        e = ch.experiment.copy()
        e.network.hidden, e.network.activations = hidden, ["relu"] * len(hidden)
        e.optimizer.params = {"lr": lr}
        eng = from_experiment(e, data=ch.data)
        eng.train(epochs)
        p = inbox.parent / f"{name[:2]}.annstudio"
        experiment_file.save_engine(p, e, eng, data=ch.data)
        fast = "faster" if lr >= 0.02 else "slower"
        paths[name] = classroom.hand_in(
            experiment_file.load(p), ch, name, inbox, token=name[0].lower() * 32,
            predictions=[{"question": QUESTION, "answer": fast, "correct": fast == "slower"}])
    doc = json.loads(open(paths["Dee"], encoding="utf-8").read())
    doc["run"]["weights"][1]["W"] = experiment_file.encode_array(np.ones((4, 5)))
    with open(paths["Dee"], "w", encoding="utf-8") as fh:
        json.dump(doc, fh)
    (inbox / "Zed-other.handin").write_text(
        open(paths["Cy"], encoding="utf-8").read().replace(ch.id, "0" * 32), encoding="utf-8")
    return paths


def test_the_teacher_collects_a_folder_and_sees_the_class_ranked(make_window, qtbot,
                                                                  monkeypatch, tmp_path):
    ch_path, key_path, _ = small_challenge(tmp_path)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    trained_handins(ch_path, inbox)
    w = make_window()
    answer_dialogs(monkeypatch, w, [key_path], inbox)
    menu_action(w, "Class", "Collect from folder").trigger()
    view = w.classroom.class_view
    qtbot.waitUntil(view.isVisible)
    shown = view.rows_shown()
    want = classroom.collect(inbox, classroom.load_key(key_path))
    ranked = [r for r in want.rows if r.rank is not None]
    assert len(ranked) == 3 and len(shown) == 5
    # the three ranked ones first, in the teacher's held-out order, with the scores computed
    # here (not read from the files)
    assert [row[1] for row in shown[:3]] == [r.label for r in ranked]
    assert [row[0] for row in shown[:3]] == [str(r.rank) for r in ranked]
    assert [row[7] for row in shown[:3]] == [f"{r.score:.4f}" for r in ranked]
    assert "Bo <b>" in [row[1] for row in shown]         # plain text, as typed
    dee = next(row for row in shown if row[1] == "Dee")
    assert dee[0] == "" and "do not fit its declared network 2→4→4→1" in dee[8]
    other = next(row for row in shown if row[1] == "Zed-other.handin")
    assert other[8] == "refused: it was handed in for another challenge"
    assert view.table.horizontalHeaderItem(7).text() == "Held-out accuracy"
    # what the class predicted: Ada, Bo and Cy (Dee's is flagged but counted)
    assert view.tally.toPlainText() == "\n".join(classroom.tally_text(want))
    assert QUESTION in view.tally.toPlainText() and "(1 of 4 right)" in view.tally.toPlainText()
    # sortable: a click on Parameters puts the smallest network first
    header = view.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.LeftButton,
                     pos=header.rect().topLeft() + _section_centre(header, 3))
    params = [int(row[3]) for row in view.rows_shown() if row[3]]
    assert params == sorted(params)
    # Larger fonts while the window is open: the columns widen (nothing cut short)
    f = view.font()
    f.setPointSizeF(f.pointSizeF() * 1.6)
    view.setFont(f)
    t = view.table
    qtbot.waitUntil(lambda: all(t.columnWidth(j) >= t.sizeHintForColumn(j)
                                for j in range(t.columnCount() - 1)), timeout=3000)
    # Export CSV… writes table_csv
    out = tmp_path / "grades.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(out), "")))
    qtbot.mouseClick(view.export_button, Qt.LeftButton)
    assert out.read_text(encoding="utf-8") == classroom.table_csv(view.col)
    assert view.message.text() == "Wrote grades.csv."


def _section_centre(header, k):
    from PySide6.QtCore import QPoint
    return QPoint(header.sectionViewportPosition(k) + header.sectionSize(k) // 2,
                  header.height() // 2)


def test_collect_from_a_zip_shows_the_same_class(make_window, qtbot, monkeypatch, tmp_path):
    import zipfile
    ch_path, key_path, _ = small_challenge(tmp_path)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    trained_handins(ch_path, inbox)
    zpath = tmp_path / "upload.zip"
    with zipfile.ZipFile(zpath, "w") as zf:
        for f in sorted(os.listdir(inbox)):
            zf.write(inbox / f, f"moons/{f}")
    w = make_window()
    answer_dialogs(monkeypatch, w, [key_path, zpath], tmp_path)
    menu_action(w, "Class", "Collect from .zip").trigger()
    view = w.classroom.class_view
    qtbot.waitUntil(view.isVisible)
    folder = classroom.collect(inbox, classroom.load_key(key_path))
    assert [row[:8] for row in view.rows_shown() if row[0]] == \
        [[str(r.rank), r.label, r.layers, str(r.parameters), r.optimizer, f"{r.lr:g}",
          str(r.epochs), f"{r.score:.4f}"] for r in folder.rows if r.rank is not None]
    assert "upload.zip" in view.summary.text()
