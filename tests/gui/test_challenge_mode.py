"""A student working on a challenge (issue 24 §2), as a student does it: File ▸ Open of a
.challenge, the banner read as shown, locked fields greyed with the reason, a layer typed
bigger and the limit read again, a lesson question answered with the real buttons, File ▸
Hand in with the name and folder answered, and the hand-in file read back."""
import json
import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from annstudio.core import classroom as rules
from annstudio.core.network import parameter_count
from annstudio.gui import challenge_mode
from annstudio.gui.handin_send import Destination
from annstudio.io import classroom, lessons
from tests.gui.test_classroom_windows import small_moons_experiment
from tests.gui.test_layout_and_help import menu_action
from tests.gui.test_lesson_panel import click, open_lesson

TASK = "Best held-out accuracy.\nAt most 500 parameters: <b>small</b> nets win."


def make(folder, locked="dataset,output,optimizer", max_epochs=3, reasons=None,
         optimizers=("adam", "sgd")):
    """A moons challenge (2→8→1, Adam), at most 500 parameters and ``max_epochs`` epochs."""
    ch, key, _ = classroom.make_challenge(
        small_moons_experiment(), title="Two moons", task=TASK, locked=locked, reasons=reasons,
        limits=rules.Limits(max_parameters=500, max_epochs=max_epochs,
                            optimizers=list(optimizers)), hold_out=0.3)
    path, _ = classroom.save_challenge(ch, key, folder / "moons.challenge")
    return path


def open_challenge(w, path):
    """File ▸ Open, the dialog answering ``path``."""
    w.files.ask_open_path = lambda: str(path)
    menu_action(w, "File", "Open").trigger()


def train_epochs(qtbot, w, n):
    for _ in range(n):
        done = w.session.epochs_done()
        w.actions["step_epoch"].trigger()
        qtbot.waitUntil(lambda: w.session.epochs_done() > done and
                        len(w.session.history.epochs) > done, timeout=30000)


def limit(w, what):
    return w.challenge_mode.banner.limit_labels[what]


def type_into(qtbot, edit, text):
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key_Return)


def test_every_lock_greys_something_and_the_map_is_the_locks(make_window):
    w = make_window()
    targets = challenge_mode.lock_targets(w.dataset_panel, w.network_panel, w.training_panel,
                                          w.toolbar_lr)
    assert set(targets) == set(rules.LOCKS)
    for name, widgets in targets.items():
        assert widgets and all(isinstance(x, QWidget) for x in widgets), name


@pytest.mark.parametrize("name", sorted(rules.LOCKS))
def test_each_lock_alone_greys_its_fields_with_the_reason(name, make_window, tmp_path):
    path = make(tmp_path, locked=name, reasons={name: f"Reason for {name} <i>as typed</i>"})
    w = make_window()
    open_challenge(w, path)
    targets = challenge_mode.lock_targets(w.dataset_panel, w.network_panel, w.training_panel,
                                          w.toolbar_lr)
    for x in targets[name]:
        assert not x.isEnabled(), (name, x)
        # the reason from the file, escaped: a tooltip would read <i> as rich text
        assert f"Reason for {name} &lt;i&gt;as typed&lt;/i&gt;" in x.toolTip()
    locked = {x for x in targets[name]}
    free = [x for ws in targets.values() for x in ws if x not in locked]
    # the free fields the panels offer here (Drawn points have no generator settings)
    for x in (w.network_panel.init_combo, w.training_panel.batch_edit, w.toolbar_lr):
        if x not in locked:
            assert x.isEnabled(), (name, x)
    assert all("Locked by the challenge" not in x.toolTip() for x in free)


def test_a_student_opens_a_challenge_reads_it_and_the_limits_follow_the_edits(
        make_window, qtbot, tmp_path):
    path = make(tmp_path)
    w = make_window()
    open_challenge(w, path)
    ch = classroom.load_challenge(path)
    banner = w.challenge_mode.banner
    assert w.challenge_mode.dock.isVisible()
    assert banner.title_label.text() == "Challenge: Two moons"
    assert banner.task_label.text() == TASK and banner.task_label.textFormat() == Qt.PlainText
    assert banner.locked_label.text().startswith("Locked: the dataset, the output layer, "
                                                 "the optimizer")
    # an untitled run on the challenge's given points, with its experiment
    assert w.windowTitle().startswith("untitled") and w.session.file_path is None
    assert w.session.data.n_train == ch.data.n_train
    assert w.experiment.network.hidden == [8]
    # locked: greyed with the reason; free: editable
    dp, np_, tp = w.dataset_panel, w.network_panel, w.training_panel
    reason = ch.locked["dataset"]
    for x in (dp.name_combo, dp.csv_button, dp.tool_buttons["add"], tp.opt_combo):
        assert not x.isEnabled() and "Locked by the challenge" in x.toolTip()
    assert reason in dp.name_combo.toolTip()
    assert dp.tool() == "inspect"            # a click in the data view cannot add a point
    for x in (np_.units_edits()[0], np_.add_button, tp.hp_edit("lr"), tp.batch_edit,
              tp.forever_box):
        assert x.isEnabled()
    # the limits, live
    assert limit(w, "parameters").text() == "33 / 500 parameters"     # 8·3 + 1·9
    # the optimizers by the names the Training panel shows them
    assert limit(w, "optimizer").text() == "optimizer: Adam (allowed: Adam, SGD (+ momentum))"
    assert limit(w, "epochs").text() == "epochs 0 / 3, until stopped"
    assert not limit(w, "activations").isVisible()       # the challenge sets no such limit
    type_into(qtbot, np_.units_edits()[0], "200")
    qtbot.waitUntil(lambda: w.experiment.network.hidden == [200])
    n = parameter_count([2, 200, 1])
    assert limit(w, "parameters").text() == f"{n} / 500 parameters — over the limit"
    assert "#c62828" in limit(w, "parameters").styleSheet()        # red on the light theme
    w.appearance.set_dark(True)
    qtbot.waitUntil(lambda: "#ff7b72" in limit(w, "parameters").styleSheet())  # reads on dark
    w.appearance.set_dark(False)
    assert f"has {n} parameters" in limit(w, "parameters").toolTip()
    type_into(qtbot, np_.units_edits()[0], "100")
    qtbot.waitUntil(lambda: w.experiment.network.hidden == [100])
    assert limit(w, "parameters").text() == "401 / 500 parameters"
    assert limit(w, "parameters").styleSheet() == ""
    # the epoch count typed over the limit
    tp.forever_box.click()
    type_into(qtbot, tp.epochs_edit, "30")
    qtbot.waitUntil(lambda: w.experiment.training.epochs == 30)
    assert limit(w, "epochs").text() == "epochs 30 / 3 — over the limit"
    # a new layer row keeps the locks (rows are new widgets): still greyed after one
    click(qtbot, np_.add_button)
    assert not dp.name_combo.isEnabled() and not tp.opt_combo.isEnabled()


def test_saved_run_keeps_the_challenge_and_new_leaves_it(make_window, qtbot, tmp_path):
    path = make(tmp_path, locked="layers,dataset")
    w = make_window()
    open_challenge(w, path)
    np_ = w.network_panel
    assert not np_.units_edits()[0].isEnabled()
    # View ▸ PyTorch layer order makes the rows anew: still locked
    w.actions["torch_order"].trigger()
    assert np_.units_edits() and not any(e.isEnabled() for e in np_.units_edits())
    train_epochs(qtbot, w, 1)
    out = tmp_path / "mine.annstudio"
    w.files.ask_save_path = lambda *a: str(out)
    menu_action(w, "File", "Save").trigger()
    assert out.exists() and w.windowTitle().startswith("mine.annstudio")
    # File ▸ New: no challenge, the fields editable again with their own tooltips
    menu_action(w, "File", "New").trigger()
    assert w.session.challenge is None and not w.challenge_mode.dock.isVisible()
    assert np_.units_edits()[0].isEnabled() and w.dataset_panel.name_combo.isEnabled()
    assert "Locked" not in w.dataset_panel.name_combo.toolTip()
    assert w.dataset_panel.tool_buttons["add"].isEnabled()
    # reopening the student's run restores the challenge, its locks and its trained epoch
    open_challenge(w, out)
    assert w.session.challenge.id == classroom.load_challenge(path).id
    assert w.challenge_mode.dock.isVisible() and not np_.units_edits()[0].isEnabled()
    qtbot.waitUntil(lambda: len(w.session.history.epochs) == 1, timeout=10000)
    qtbot.waitUntil(lambda: limit(w, "epochs").text() == "epochs 1 / 3, until stopped")


def _lesson_question(w, qtbot, name="bigger_lr"):
    """Open lesson ``name`` and press Next until a step asks a question."""
    p = open_lesson(w, qtbot, name)
    while p.step.question is None:
        click(qtbot, p.next_button)
    return p


def test_a_lesson_answer_and_inspector_predictions_go_into_the_hand_in(
        make_window, qtbot, monkeypatch, tmp_path):
    path = make(tmp_path)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    w = make_window()
    p = _lesson_question(w, qtbot)
    q = p.step.question
    wrong = next(k for k in range(len(q["choices"])) if k != q["answer"])
    click(qtbot, p.choice_buttons[wrong])
    click(qtbot, p.lock_button)
    # the challenge, then Predict mode in the inspector on a clicked point
    open_challenge(w, path)
    assert w.session.challenge is not None
    w.pick_point(0)
    ins = w.inspector_dock.inspector
    qtbot.mouseClick(ins.predict_button, Qt.LeftButton)
    qtbot.mouseClick(ins.nav_buttons["next"], Qt.LeftButton)
    first = ins.current_question()
    ins.answer_edit.clear()
    qtbot.keyClicks(ins.answer_edit, repr(float(first.truth)))
    qtbot.keyClick(ins.answer_edit, Qt.Key_Return)
    second = ins.current_question()
    ins.answer_edit.clear()
    qtbot.keyClicks(ins.answer_edit, str(float(second.truth) + 1000))
    qtbot.keyClick(ins.answer_edit, Qt.Key_Return)
    train_epochs(qtbot, w, 2)
    # Hand in: no question which challenge; the name and the folder answered
    w.classroom.ask_open = lambda *a: pytest.fail("asked for a challenge with one open")
    w.classroom.ask_student_name = lambda: "Ada"
    w.classroom.ask_destination = lambda: Destination("folder")
    w.classroom.ask_folder = lambda *a: str(inbox)
    menu_action(w, "File", "Hand in").trigger()
    files = os.listdir(inbox)
    assert len(files) == 1 and w.classroom.box.text() == f"Handed in as {files[0]}."
    doc = json.loads((inbox / files[0]).read_text(encoding="utf-8"))
    assert doc["challenge"] == classroom.load_challenge(path).id
    assert doc["predictions"] == [
        {"question": q["prompt"], "answer": q["choices"][wrong], "correct": False},
        {"question": f"{first.label}: {first.prompt}", "answer": repr(float(first.truth)),
         "correct": True},
        {"question": f"{second.label}: {second.prompt}",
         "answer": str(float(second.truth) + 1000), "correct": False}]
    # the class view's tally reads them (the teacher's side)
    h = classroom.load_handin(inbox / files[0])
    tally = rules.tally([h.predictions])
    assert [(t.question, t.right, t.wrong) for t in tally][0] == (q["prompt"], 0, 1)


def test_a_hand_in_over_a_limit_is_refused_and_writes_nothing(make_window, qtbot, tmp_path):
    path = make(tmp_path, max_epochs=3)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    w = make_window()
    open_challenge(w, path)
    train_epochs(qtbot, w, 4)
    qtbot.waitUntil(lambda: limit(w, "epochs").text() ==
                    "epochs 4 / 3, until stopped — over the limit", timeout=5000)
    w.classroom.ask_student_name = lambda: "Ada"
    w.classroom.ask_destination = lambda: Destination("folder")
    w.classroom.ask_folder = lambda *a: str(inbox)
    menu_action(w, "File", "Hand in").trigger()
    box = w.classroom.box
    assert box.text() == "The hand-in is refused; nothing was written."
    assert "it trained 4 epochs; at most 3 are allowed" in box.informativeText().lower()
    assert os.listdir(inbox) == []


def test_the_command_line_opens_a_challenge(make_window, tmp_path):
    from annstudio.cli import _unknown_word
    path = make(tmp_path)
    w = make_window()
    assert w.open_file_handler(str(path)) is not False      # `annstudio NAME.challenge`
    assert w.session.challenge.title == "Two moons"
    assert _unknown_word(str(path)) is None
    assert "no such file" in _unknown_word("missing.challenge")


def test_a_corrupt_challenge_in_a_run_is_refused_and_the_work_stays(make_window, tmp_path):
    path = make(tmp_path)
    start = tmp_path / "start.annstudio"
    classroom.save_start(classroom.load_challenge(path), start)
    doc = json.loads(start.read_text(encoding="utf-8"))
    doc["extra"]["challenge"]["limits"]["max_epochs"] = -1
    start.write_text(json.dumps(doc), encoding="utf-8")
    w = make_window()
    before = w.experiment.to_dict()
    open_challenge(w, start)
    assert w.last_error and "challenge kept in it is not valid" in w.last_error[1]
    assert w.experiment.to_dict() == before and w.session.challenge is None


def test_the_banner_at_1366x768(make_window, tmp_path):
    path = make(tmp_path)
    w = make_window()
    open_challenge(w, path)
    banner = w.challenge_mode.banner
    # three lines of task at most: the views keep their room
    assert banner.height() < 0.2 * w.height()
    for lab in (banner.title_label, banner.limit_labels["parameters"], banner.locked_label):
        assert lab.isVisible() and lab.width() >= lab.sizeHint().width() - 1, lab.text()
    w.grab().save(str(tmp_path / "challenge.png"))
    if os.environ.get("ANNSTUDIO_SHOTS"):
        w.grab().save(os.path.join(os.environ["ANNSTUDIO_SHOTS"], "challenge_1366x768.png"))


def test_lessons_exist_with_a_question():
    """The lesson the tests answer asks a question (else the record test proves nothing)."""
    plan = lessons.lesson_of(lessons.load("bigger_lr"))
    assert any(s.question for s in plan.steps)


def test_an_autosave_keeps_the_challenge_for_recovery(make_window, qtbot, tmp_path):
    """A crash while working on a challenge: the recovery file is a run for it, reopened as
    any run is (its challenge, its locks)."""
    import shutil

    from annstudio.io import experiment_file
    path = make(tmp_path)
    w = make_window()
    open_challenge(w, path)
    train_epochs(qtbot, w, 1)
    rec = w.files.autosave_now()
    assert rec is not None
    kept = tmp_path / "recovered.annstudio"
    shutil.copy(rec, kept)
    got, _ = classroom.student_run(experiment_file.load(kept).extra)
    assert got.id == classroom.load_challenge(path).id
    menu_action(w, "File", "New").trigger()
    assert w.session.challenge is None
    open_challenge(w, kept)
    assert w.session.challenge.id == got.id and w.challenge_mode.dock.isVisible()
