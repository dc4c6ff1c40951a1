"""File ▸ New challenge…, used as a teacher would: the real menu action, the real fields
typed into and ticked, Save… clicked with the file dialog answered; the files written are
read back with `io.classroom` and printed by ``annstudio challenge show``, and every refusal
is compared with what `make_challenge` / `save_challenge` (the command line's functions)
say for the same input."""
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from annstudio.core import classroom as rules
from annstudio.core import datasets
from annstudio.core.errors import AnnStudioError
from annstudio.core.experiment import Experiment
from annstudio.gui.challenge_dialog import dataset_text
from annstudio.gui.widgets import sentence
from annstudio.io import classroom
from tests.gui.conftest import small_moons
from tests.gui.test_accessibility import unnamed
from tests.gui.test_layout_and_help import menu_action

ROOT = Path(__file__).resolve().parents[2]
N_PARAMS = 2 * 8 + 8 + 8 * 8 + 8 + 8 + 1          # small_moons: 2→8→8→1


def open_dialog(qtbot, w):
    menu_action(w, "File", "New challenge").trigger()
    d = w.challenges.dialog
    qtbot.waitUntil(d.isVisible, timeout=5000)
    return d


def click(qtbot, widget):
    """Click ``widget`` where a user does: a check box on its box and label (its widget
    may be wider than that, and a click beyond the label does not toggle it)."""
    if isinstance(widget, QCheckBox):
        from PySide6.QtWidgets import QStyle, QStyleOptionButton
        opt = QStyleOptionButton()
        widget.initStyleOption(opt)
        rect = widget.style().subElementRect(QStyle.SE_CheckBoxClickRect, opt, widget)
        qtbot.mouseClick(widget, Qt.LeftButton, pos=rect.center())
        return
    qtbot.mouseClick(widget, Qt.LeftButton)


def type_into(qtbot, field, text):
    field.selectAll()
    qtbot.keyClick(field, Qt.Key_Delete)
    qtbot.keyClicks(field, text)


def set_spin(qtbot, spin, value):
    """Type ``value`` into a spin box as a user does (select all, type, Enter)."""
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), str(value))
    qtbot.keyClick(spin.lineEdit(), Qt.Key_Tab)


def answer_path(w, path, asked=None):
    def ask(suggested):
        if asked is not None:
            asked.append(suggested)
        return None if path is None else str(path)
    w.challenges.ask_challenge_path = ask


def rows(X, y):
    return {tuple(np.round(np.r_[x, t], 12)) for x, t in zip(np.asarray(X, float),
                                                           np.asarray(y, float))}


def test_a_teacher_makes_a_challenge_and_the_files_hold_what_was_typed(make_window, qtbot,
                                                                        tmp_path):
    w = make_window(small_moons())
    d = open_dialog(qtbot, w)
    assert d.dataset.text() == "The moons generator: 500 points, noise 0.2."
    assert "secret seed" in d.dataset_note.text()
    assert d.params_text.text() == f"this network has {N_PARAMS:,}"
    qtbot.keyClicks(d.title, "Two moons, small")
    qtbot.keyClicks(d.task, "Best held-out accuracy.")
    qtbot.keyClick(d.task, Qt.Key_Return)
    qtbot.keyClicks(d.task, "At most 100 parameters.")
    # locks: the dataset with its default reason, the output with the teacher's own
    assert not d.reasons["output"].isEnabled()
    click(qtbot, d.locks["dataset"])
    click(qtbot, d.locks["output"])
    assert d.reasons["output"].isEnabled() and not d.reasons["layers"].isEnabled()
    type_into(qtbot, d.reasons["output"], "Sigmoid for two classes.")
    # limits: at most 100 parameters (below this network's 105: students must shrink it)
    click(qtbot, d.max_params_on)
    set_spin(qtbot, d.max_params, 100)
    assert "students must make it smaller" in d.params_text.text()
    click(qtbot, d.optimizers["sgd"])                   # SGD forbidden
    d.measure.setFocus()
    qtbot.keyClick(d.measure, Qt.Key_Down)              # accuracy → loss
    assert d.measure.currentData() == "loss"
    asked = []
    answer_path(w, tmp_path / "moons", asked)           # no extension typed: .challenge added
    click(qtbot, d.save_button)
    path, key_path = tmp_path / "moons.challenge", tmp_path / "moons.key"
    assert asked == ["Two-moons-small.challenge"]
    assert path.is_file() and key_path.is_file() and not d.isVisible()
    box = w.classroom.box
    assert box.isVisible() and box.text() == \
        "Saved moons.challenge for the students and moons.key for you."
    detail = box.informativeText()
    assert detail.startswith("Give moons.challenge to the students")
    assert "Keep moons.key on this computer and never hand it out" in detail
    assert (f"Note: As given, the network has {N_PARAMS} parameters; at most 100 are "
            "allowed: students must change that.") in detail

    ch, key = classroom.load_challenge(path), classroom.load_key(key_path)
    assert ch.title == "Two moons, small"
    assert ch.task == "Best held-out accuracy.\nAt most 100 parameters."
    assert ch.locked == {"dataset": rules.LOCKS["dataset"].reason,
                         "output": "Sigmoid for two classes."}
    assert ch.limits.to_dict() == {"max_parameters": 100, "max_epochs": None,
                                   "optimizers": [n for n in rules_optimizers() if n != "sgd"],
                                   "activations": None}
    assert ch.measure == "loss" and key.challenge.id == ch.id
    # no held-out point among the given ones; together they are the points the key's
    # secret seed draws (an oracle independent of the dialog)
    given = rows(np.r_[ch.data.X_train, ch.data.X_test], np.r_[ch.data.y_train, ch.data.y_test])
    held = rows(key.X, key.y)
    assert len(held) == ch.held_out_points == 150 and len(given) == 350
    assert not given & held
    src = key.source["dataset"]
    assert src["seed"] != 0
    every = datasets.make(src["name"], n=src["n"], noise=src["noise"], seed=src["seed"],
                          test_fraction=0.0)
    assert given | held == rows(every.X_train, every.y_train)
    # the command line reads what the GUI wrote
    out = subprocess.run([sys.executable, "-m", "annstudio", "challenge", "show", str(path)],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == "Two moons, small"
    assert "locked: the output layer — Sigmoid for two classes." in lines
    assert "limit: most parameters 100" in lines
    assert "ranked by: held-out loss on 150 points you do not get" in lines
    # the locks ticked are offered again next time
    d2 = open_dialog(qtbot, w)
    assert [k for k, b in d2.locks.items() if b.isChecked()] == ["dataset", "output"]
    assert d2.title.text() == ""


def rules_optimizers():
    from annstudio.core.optimizers import NAMES
    return list(NAMES)


def test_refusals_are_one_sentence_in_the_dialog_and_everything_typed_stays(make_window,
                                                                           qtbot, tmp_path):
    w = make_window(small_moons())
    d = open_dialog(qtbot, w)
    answer_path(w, tmp_path / "x.challenge")
    qtbot.keyClicks(d.task, "Keep this text.")
    click(qtbot, d.save_button)                         # no title
    exp = w.classroom.run().experiment
    with pytest.raises(AnnStudioError) as e:
        classroom.make_challenge(exp, title="  ", task="Keep this text.")
    assert d.problem.isVisible() and d.problem.text() == sentence(str(e.value)) \
        == "The title is empty"
    assert d.isVisible() and d.task.toPlainText() == "Keep this text."
    assert os.listdir(tmp_path) == ["settings.ini"]
    # a limit the teacher's own network breaks while the field that would fix it is locked:
    # refused, as on the command line
    qtbot.keyClicks(d.title, "Tiny")
    click(qtbot, d.locks["layers"])
    click(qtbot, d.max_params_on)
    set_spin(qtbot, d.max_params, 50)
    click(qtbot, d.save_button)
    with pytest.raises(AnnStudioError) as e:
        classroom.make_challenge(exp, title="Tiny", locked=["layers"],
                                 limits=rules.Limits(max_parameters=50))
    assert d.problem.text() == sentence(str(e.value))
    assert "no student could hand in" in d.problem.text()
    assert d.isVisible() and d.locks["layers"].isChecked() and d.max_params.value() == 50
    assert os.listdir(tmp_path) == ["settings.ini"]
    # a folder that is not there: the save's own sentence, nothing written
    click(qtbot, d.locks["layers"])
    answer_path(w, tmp_path / "gone" / "x.challenge")
    click(qtbot, d.save_button)
    assert d.problem.text().startswith("Could not save ") and "does not exist" in \
        d.problem.text()
    assert d.isVisible() and d.title.text() == "Tiny" and not (tmp_path / "gone").exists()
    # all optimizers unticked: the limits' own sentence
    for b in d.optimizers.values():
        click(qtbot, b)
    click(qtbot, d.save_button)
    assert d.problem.text() == "The allowed optimizers must be a list of at least one name"
    for b in d.optimizers.values():
        click(qtbot, b)
    # an empty reason for a locked field
    click(qtbot, d.locks["lr"])
    type_into(qtbot, d.reasons["lr"], "")
    click(qtbot, d.save_button)
    assert d.problem.text() == "The reason for lr is empty"
    type_into(qtbot, d.reasons["lr"], "Given.")
    # now it saves, and the problem line is gone
    answer_path(w, tmp_path / "x.challenge")
    click(qtbot, d.save_button)
    assert not d.isVisible() and (tmp_path / "x.key").is_file()


def test_an_existing_challenge_or_key_is_replaced_only_when_the_teacher_says_so(
        make_window, qtbot, tmp_path):
    w = make_window(small_moons())
    (tmp_path / "m.key").write_text("the old key", encoding="utf-8")
    d = open_dialog(qtbot, w)
    qtbot.keyClicks(d.title, "Moons")
    answer_path(w, tmp_path / "m.challenge")
    asked = []
    w.challenges.ask_replace = lambda paths: asked.append(paths) or False
    click(qtbot, d.save_button)
    assert asked == [[str(tmp_path / "m.key")]]
    assert d.isVisible() and not (tmp_path / "m.challenge").exists()
    assert (tmp_path / "m.key").read_text(encoding="utf-8") == "the old key"
    w.challenges.ask_replace = lambda paths: asked.append(paths) or True
    click(qtbot, d.save_button)
    assert not d.isVisible()
    assert classroom.load_key(tmp_path / "m.key").challenge.title == "Moons"


def test_the_dialog_is_named_for_a_screen_reader_and_works_from_the_keyboard(make_window,
                                                                            qtbot, tmp_path):
    w = make_window(small_moons())
    d = open_dialog(qtbot, w)
    seen, missing = unnamed(d)
    assert seen > 30 and missing == [], missing
    for widget in (d.title, d.task, d.hold_out, d.measure, d.max_params, d.save_button,
                   *d.locks.values(), *d.reasons.values()):
        assert widget.toolTip(), widget.accessibleName()
    qtbot.waitUntil(d.title.hasFocus, timeout=5000)
    qtbot.keyClicks(d.title, "Keys")
    qtbot.keyClick(d.title, Qt.Key_Tab)
    assert d.task.hasFocus()
    qtbot.keyClick(d.task, Qt.Key_Tab)                  # Tab leaves the task text
    assert d.hold_out.hasFocus() or d.hold_out.lineEdit().hasFocus()
    asked = []
    answer_path(w, None, asked)                         # Enter = Save…; the teacher cancels
    d.title.setFocus()
    qtbot.keyClick(d.title, Qt.Key_Return)
    assert asked == ["Keys.challenge"] and d.isVisible()
    assert os.listdir(tmp_path) == ["settings.ini"]


def test_a_shipped_set_is_said_to_be_public_and_its_note_comes_after_the_save(make_window,
                                                                              qtbot, tmp_path):
    exp = small_moons()
    exp.dataset.name = "iris"
    w = make_window(exp)
    d = open_dialog(qtbot, w)
    assert d.dataset.text() == "The iris set shipped with ANN Studio (150 points)."
    assert d.dataset_note.text().startswith("Public:")
    assert [d.measure.itemData(i) for i in range(d.measure.count())] == ["accuracy", "loss"]
    qtbot.keyClicks(d.title, "Iris")
    answer_path(w, tmp_path / "iris.challenge")
    click(qtbot, d.save_button)
    assert "Note: The iris points ship with every copy of ANN Studio" in \
        w.classroom.box.informativeText()


def test_the_dataset_is_described_as_what_it_is():
    spec = Experiment().dataset
    spec.name, spec.n, spec.noise, spec.classes = "blobs", 300, 0.5, 3
    assert dataset_text(spec, 300)[0] == "The blobs generator: 300 points, noise 0.5, 3 classes."
    spec.name = "lecture_moons"
    assert dataset_text(spec, 500)[0] == "The moons generator: 500 points, noise 0.1."
    spec.name, spec.path, spec.features = "csv", "/data/<b>runs.csv", ["x1^2"]
    what, note = dataset_text(spec, 42)
    assert what == "The CSV file <b>runs.csv: 42 points, derived inputs x1^2."
    assert "secret shuffle" in note
    spec.name, spec.features = "points", []
    assert dataset_text(spec, 12)[0] == "12 points drawn or edited by hand."
