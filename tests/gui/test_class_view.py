"""The class view's plots, Export PNG…, opening a hand-in and live updates, used as a teacher
would: Class ▸ Collect from folder… with the dialogs answered, then clicks on the table's
rows, the plots' points and the buttons; what is drawn is checked against the hand-in files
read on their own and a plain NumPy forward pass of their weights."""
import json
import os

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage

from annstudio.core.experiment import lecture_moons
from annstudio.engines.factory import from_experiment
from annstudio.gui import class_plots
from annstudio.io import classroom, experiment_file
from tests.gui.test_classroom_windows import answer_dialogs, small_challenge
from tests.gui.test_layout_and_help import menu_action

# name, hidden layers, activation, optimizer, lr, epochs
STUDENTS = [("Ada", [8], "relu", "adam", 0.05, 6), ("Bo", [4], "tanh", "sgd", 0.3, 4),
            ("Cy", [6, 6], "relu", "rmsprop", 0.02, 5), ("Dan", [12], "relu", "adam", 0.02, 6),
            ("Eve", [4, 4], "tanh", "adam", 0.05, 3), ("Fay", [8], "tanh", "sgd", 0.5, 6),
            ("Gus", [3], "relu", "rmsprop", 0.01, 2), ("Hal", [6, 6, 6], "relu", "adam",
                                                       0.03, 5)]


def hand_in(ch, inbox, name, hidden, act, opt, lr, epochs, k):
    e = ch.experiment.copy()
    e.network.hidden, e.network.activations = list(hidden), [act] * len(hidden)
    e.optimizer.name, e.optimizer.params = opt, {"lr": lr}
    eng = from_experiment(e, data=ch.data)
    eng.train(epochs)
    p = inbox.parent / f"{name}.annstudio"
    experiment_file.save_engine(p, e, eng, data=ch.data)
    return classroom.hand_in(experiment_file.load(p), ch, name, inbox, token=f"{k:032x}")


@pytest.fixture(scope="module")
def a_class(tmp_path_factory):
    """(key path, inbox, {name: hand-in path}): eight students on moons, and a file that
    is refused (another challenge's)."""
    folder = tmp_path_factory.mktemp("class")
    _, key_path, _ = small_challenge(folder, max_epochs=6)
    inbox = folder / "inbox"
    inbox.mkdir()
    ch = classroom.load_key(key_path).challenge
    paths = {s[0]: hand_in(ch, inbox, *s, k) for k, s in enumerate(STUDENTS)}
    (inbox / "Zed-other.handin").write_text(
        open(paths["Bo"], encoding="utf-8").read().replace(ch.id, "0" * 32), encoding="utf-8")
    return key_path, inbox, paths


def collect_in_window(make_window, qtbot, monkeypatch, key_path, inbox):
    w = make_window()
    answer_dialogs(monkeypatch, w, [key_path], inbox)
    menu_action(w, "Class", "Collect from folder").trigger()
    view = w.classroom.class_view
    qtbot.waitUntil(view.isVisible)
    return w, view


def table_row_of(view, name):
    t = view.table
    return next(k for k in range(t.rowCount()) if t.item(k, 1).text() == name)


def click_row(qtbot, view, name, double=False):
    t = view.table
    k = table_row_of(view, name)
    t.scrollToItem(t.item(k, 1))
    pos = t.visualItemRect(t.item(k, 1)).center()
    qtbot.mouseClick(t.viewport(), Qt.LeftButton, pos=pos)
    if double:      # a double click's events: a click, then the second press as a double
        qtbot.mouseDClick(t.viewport(), Qt.LeftButton, pos=pos)


def index_of(view, name):
    return next(i for i, r in enumerate(view.col.rows) if r.label == name)


def pen_of(item):
    pen = item.opts["pen"]
    return pen.color().getRgb()[:3], pen.widthF()


def test_a_click_on_a_row_highlights_that_hand_in_in_every_plot(make_window, qtbot,
                                                                monkeypatch, a_class):
    key_path, inbox, paths = a_class
    w, view = collect_in_window(make_window, qtbot, monkeypatch, key_path, inbox)
    plots = view.plots
    click_row(qtbot, view, "Cy")
    i = index_of(view, "Cy")
    assert view.selected_index() == i and plots.selected == i
    assert view.table.selectionModel().selectedRows()[0].row() == table_row_of(view, "Cy")
    # the curves: one per hand-in read, each its file's own training loss; Cy's in colour
    handins = {n: classroom.load_handin(p) for n, p in paths.items()}
    assert len(plots.curve_items) == len(STUDENTS)
    for j, item in plots.curve_items.items():
        name = view.col.rows[j].label
        x, y = item.getOriginalDataset()
        want = [r.train_loss for r in handins[name].history.epochs]
        assert np.allclose(y, want) and list(x) == list(range(1, len(want) + 1))
        assert pen_of(item) == ((class_plots.HIGHLIGHT, 3.0) if name == "Cy" else
                                (class_plots.OTHER, 1.0))
    # the scatter: the ring on Cy's point (its parameters by the lecture's count, its score)
    sizes = [2, 6, 6, 1]
    params = sum(d * e + e for d, e in zip(sizes[:-1], sizes[1:]))
    ring = plots.ring.data
    assert len(ring) == 1 and ring[0]["x"] == pytest.approx(plots.x_of(params))
    assert ring[0]["y"] == pytest.approx(view.col.rows[i].score)
    # the choices: Cy's optimizer and layer count in colour, the others grey
    bars = plots.bar_colours()
    assert bars["optimizer"] == {o: class_plots.HIGHLIGHT if o == "rmsprop" else
                                 class_plots.OTHER for o in ("adam", "rmsprop", "sgd")}
    assert bars["hidden layers"][2] == class_plots.HIGHLIGHT
    assert [c for k, c in bars["hidden layers"].items() if k != 2] == [class_plots.OTHER] * 2
    # the counts the bars show, against the students' own choices
    from collections import Counter
    opts = Counter(s[3] for s in STUDENTS)
    layers = Counter(len(s[1]) for s in STUDENTS)
    assert class_plots.choice_counts(class_plots.counted(view.col)) == (
        sorted(opts.items(), key=lambda kv: (-kv[1], kv[0])), sorted(layers.items()))
    assert list(plots.opt_bars.opts["width"]) == [opts[o] for o in plots.choice_keys[0]]
    assert list(plots.layer_bars.opts["width"]) == [layers[k] for k in plots.choice_keys[1]]
    # another row: the highlight moves
    click_row(qtbot, view, "Ada")
    ada = index_of(view, "Ada")
    assert pen_of(plots.curve_items[ada]) == (class_plots.HIGHLIGHT, 3.0)
    assert pen_of(plots.curve_items[i]) == (class_plots.OTHER, 1.0)


def click_header(qtbot, header, k):
    """A click on the middle of column ``k``'s header."""
    from PySide6.QtCore import QPoint
    pos = QPoint(header.sectionViewportPosition(k) + header.sectionSize(k) // 2,
                 header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=pos)


def click_view_point(qtbot, plot_widget, x, y):
    """A left click where the plot shows (x, y), once the plot's range (set on its first
    paint after new data) holds that point."""
    vb = plot_widget.getViewBox()

    def shown():
        (x0, x1), (y0, y1) = vb.viewRange()
        return x0 < x < x1 and y0 < y < y1
    qtbot.waitUntil(shown, timeout=3000)
    pos = plot_widget.mapFromScene(vb.mapViewToScene(QPointF(x, y)))
    qtbot.mouseClick(plot_widget.viewport(), Qt.LeftButton, pos=pos)


def test_a_click_on_a_point_or_a_boundary_selects_its_row(make_window, qtbot, monkeypatch,
                                                         a_class):
    key_path, inbox, _ = a_class
    w, view = collect_in_window(make_window, qtbot, monkeypatch, key_path, inbox)
    plots = view.plots
    # Hal's network is the only one of its size: a point of its own
    hal = view.col.rows[index_of(view, "Hal")]
    click_view_point(qtbot, plots.scatter_plot, plots.x_of(hal.parameters), hal.score)
    qtbot.waitUntil(lambda: view.selected_index() == index_of(view, "Hal"), timeout=3000)
    rows = view.table.selectionModel().selectedRows()
    assert [view.table.item(r.row(), 1).text() for r in rows] == ["Hal"]
    # the third best's boundary
    third = plots.boundary_rows[2]
    qtbot.mouseClick(plots.boundary_plots[2][2].viewport(), Qt.LeftButton)
    qtbot.waitUntil(lambda: view.selected_index() == third, timeout=3000)
    assert plots.boundary_plots[2][1].font().bold()


def forward(handin, X):
    """p(class 1) at X by a plain forward pass of the hand-in file's weights."""
    spec = handin.experiment.dataset
    z = X if spec.mean is None else (X - np.asarray(spec.mean)) / np.asarray(spec.scale)
    acts = list(handin.experiment.network.activations)
    for k, (W, b) in enumerate(handin.weights):
        u = z @ W + b
        if k < len(acts):
            z = np.maximum(u, 0) if acts[k] == "relu" else np.tanh(u)
        else:
            z = 1 / (1 + np.exp(-u))
    return z[:, 0]


def test_the_six_best_boundaries_are_their_networks_outputs(make_window, qtbot, monkeypatch,
                                                           a_class):
    key_path, inbox, paths = a_class
    w, view = collect_in_window(make_window, qtbot, monkeypatch, key_path, inbox)
    plots = view.plots
    ranked = sorted((r for r in view.col.rows if r.rank is not None),
                    key=lambda r: r.rank)
    assert [view.col.rows[i].rank for i in plots.boundary_rows] == [r.rank for r in ranked[:6]]
    data = classroom.load_key(key_path).challenge.data
    lo, hi = data.X[:, :2].min(axis=0), data.X[:, :2].max(axis=0)
    side = (hi - lo).max()
    mid = (lo + hi) / 2
    x0, x1 = mid - side / 2 - 0.1 * side, mid + side / 2 + 0.1 * side
    for k, i in enumerate(plots.boundary_rows):
        row = view.col.rows[i]
        _cell, title, _p, img, _pts = plots.boundary_plots[k]
        assert title.text() == f"{row.rank}. {row.label}\n{row.score:.4f}"
        handin = classroom.load_handin(paths[row.label])
        image = img.image
        res = image.shape[0]
        for r, c in ((0, 0), (res // 3, res - 1), (res - 1, res // 2), (res // 2, res // 4)):
            x = np.array([[x0[0] + c * (x1[0] - x0[0]) / (res - 1),
                           x0[1] + r * (x1[1] - x0[1]) / (res - 1)]])
            assert image[r, c] == pytest.approx(forward(handin, x)[0], abs=1e-5)
        rect = img.mapRectToParent(img.boundingRect())
        d = (x1[0] - x0[0]) / (res - 1)
        assert rect.left() == pytest.approx(x0[0] - d / 2)
        assert rect.width() == pytest.approx(x1[0] - x0[0] + d)


def test_a_challenge_without_a_plane_gets_a_note_instead_of_boundaries(qtbot, tmp_path):
    exp = lecture_moons()
    exp.dataset.name, exp.dataset.n, exp.dataset.test_fraction = "sine", 120, 0.2
    exp.network.hidden, exp.network.activations = [4], ["tanh"]
    exp.network.output = "identity"
    ch, key, _ = classroom.make_challenge(exp, title="Sine", hold_out=0.3)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    hand_in(ch, inbox, "Ada", [4], "tanh", "adam", 0.05, 2, 1)
    col = classroom.collect(inbox, key)
    from annstudio.gui.class_view import ClassView
    view = ClassView(col, "Sine", str(inbox))
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    plots = view.plots
    assert plots.boundary_note.isVisible()
    assert plots.boundary_note.text() == ("Decision boundaries are drawn for two inputs; "
                                          "this challenge's data has 1 input.")
    assert not any(p.isVisible() for _c, _t, p, _i, _s in plots.boundary_plots)
    assert len(plots.curve_items) == 1


def test_export_png_writes_the_whole_class_view(make_window, qtbot, monkeypatch, a_class,
                                                tmp_path):
    key_path, inbox, _ = a_class
    w, view = collect_in_window(make_window, qtbot, monkeypatch, key_path, inbox)
    out = tmp_path / "slides" / "class"
    out.parent.mkdir()
    view.ask_png_path = lambda: str(out)
    qtbot.mouseClick(view.png_button, Qt.LeftButton)
    png = out.with_suffix(".png")
    assert png.is_file() and os.listdir(out.parent) == ["class.png"]
    image = QImage(str(png))
    dpr = view.grab().devicePixelRatio()
    assert (image.width(), image.height()) == (round(view.width() * dpr),
                                               round(view.height() * dpr))
    assert view.message.text() == "Wrote class.png."
    # a folder that cannot be written: one sentence, no file
    view.ask_png_path = lambda: str(tmp_path / "no-such-folder" / "class.png")
    qtbot.mouseClick(view.png_button, Qt.LeftButton)
    assert view.message.text().startswith("The picture was not written:")


def test_a_hand_in_opens_as_an_untitled_run_in_the_main_window(make_window, qtbot,
                                                               monkeypatch, a_class):
    key_path, inbox, paths = a_class
    before = {n: open(p, "rb").read() for n, p in paths.items()}
    w, view = collect_in_window(make_window, qtbot, monkeypatch, key_path, inbox)
    asked = []
    w.files.ask_save_changes = lambda: asked.append(w.files.asking_before) or "discard"
    w.set_modified(True)                    # unsaved work in the window: asked first
    click_row(qtbot, view, "Cy", double=True)
    qtbot.waitUntil(lambda: w.windowTitle() == "Cy's hand-in — ANN Studio", timeout=10000)
    assert asked == ["open"]
    handin = classroom.load_handin(paths["Cy"])
    exp = w.experiment
    assert exp.network.hidden == [6, 6] and exp.optimizer.name == "rmsprop"
    assert w.file_path is None and not w.modified
    got = w.network().get_weights()
    assert all(np.array_equal(W, W2) and np.array_equal(b, b2)
               for (W, b), (W2, b2) in zip(got, handin.weights))
    # the run carries on where the student stopped: its past arrives from the engine
    qtbot.waitUntil(lambda: w.history.train_loss == handin.history.train_loss, timeout=10000)
    assert "Opened Cy's hand-in" in view.message.text()
    # Save asks for a new file: the hand-in is never written over
    saved_to = []
    w.files.ask_save_path = lambda *a: saved_to.append(a) or None
    w.actions["save"].trigger()
    assert len(saved_to) == 1
    assert {n: open(p, "rb").read() for n, p in paths.items()} == before
    # Enter on another row opens it too; the answer Cancel keeps the window as it is
    w.set_modified(True)
    w.files.ask_save_changes = lambda: "cancel"
    click_row(qtbot, view, "Ada")
    qtbot.keyClick(view.table, Qt.Key_Return)
    assert w.windowTitle() == "Cy's hand-in • — ANN Studio"
    assert view.message.text() == "Ada's hand-in was not opened."
    w.files.ask_save_changes = lambda: "discard"
    qtbot.mouseClick(view.open_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: w.windowTitle() == "Ada's hand-in — ANN Studio", timeout=10000)
    assert w.experiment.network.hidden == [8]
    # a refused file cannot be opened: said in one sentence, nothing changes
    click_row(qtbot, view, "Zed-other.handin", double=True)
    assert view.message.text() == ("Zed-other.handin cannot be opened: it was refused (it "
                                   "was handed in for another challenge).")
    assert w.windowTitle() == "Ada's hand-in — ANN Studio"
    # New: the name goes with the run
    w.actions["new"].trigger()
    assert w.windowTitle() == "untitled — ANN Studio"


def test_set_collection_keeps_the_selection_and_the_sort(make_window, qtbot, monkeypatch,
                                                         a_class, tmp_path):
    key_path, inbox, _ = a_class
    _w, view = collect_in_window(make_window, qtbot, monkeypatch, key_path, inbox)
    header = view.table.horizontalHeader()
    click_header(qtbot, header, 3)
    click_header(qtbot, header, 3)
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == \
        (3, Qt.DescendingOrder)
    click_row(qtbot, view, "Dan")
    old = [row[1] for row in view.rows_shown()]
    # two more hand-ins arrive
    more = tmp_path / "inbox"
    more.mkdir()
    for f in os.listdir(inbox):
        (more / f).write_bytes((inbox / f).read_bytes())
    ch = classroom.load_key(key_path).challenge
    hand_in(ch, more, "Ivy", [2], "relu", "adam", 0.05, 2, 20)
    hand_in(ch, more, "Jo", [10, 10], "relu", "sgd", 0.2, 3, 21)
    col = classroom.collect(more, classroom.load_key(key_path))
    view.set_collection(col)
    shown = view.rows_shown()
    assert len(shown) == len(old) + 2 and view.col is col
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == \
        (3, Qt.DescendingOrder)
    params = [int(row[3]) for row in shown if row[3]]
    assert params == sorted(params, reverse=True)
    selected = view.table.selectionModel().selectedRows()
    assert [view.table.item(r.row(), 1).text() for r in selected] == ["Dan"]
    dan = index_of(view, "Dan")
    assert view.selected_index() == dan and view.plots.selected == dan
    assert pen_of(view.plots.curve_items[dan]) == (class_plots.HIGHLIGHT, 3.0)
    assert len(view.plots.curve_items) == len(STUDENTS) + 2
    assert "11 hand-in files" in view.summary.text()


def test_rows_keep_the_hand_in_but_write_what_they_wrote(a_class):
    key_path, inbox, _ = a_class
    col = classroom.collect(inbox, classroom.load_key(key_path))
    row = next(r for r in col.rows if r.label == "Ada")
    assert row.handin.student == "Ada" and row.network is not None
    assert row.hidden_layers == 1 and len(row.train_loss) == 6
    assert set(row.to_dict()) == {"file", "student", "label", "handed_in_at", "layers",
                                  "parameters", "optimizer", "lr", "epochs", "score", "rank",
                                  "flags", "refused", "superseded"}
    json.dumps(classroom.to_json(col))
    refused = next(r for r in col.rows if r.refused is not None)
    assert refused.handin is None and refused.train_loss == [] and refused.hidden_layers is None


def test_every_control_of_the_class_view_has_a_name_and_the_plots_say_what_they_show(
        make_window, qtbot, monkeypatch, a_class):
    from tests.gui.test_accessibility import description, unnamed
    key_path, inbox, _ = a_class
    _w, view = collect_in_window(make_window, qtbot, monkeypatch, key_path, inbox)
    seen, missing = unnamed(view)
    assert seen >= 4 and missing == [], missing
    plots = view.plots
    assert description(plots.curves) == f"{len(STUDENTS)} training curves, one per hand-in."
    assert description(plots.choices).startswith("Optimizers: 4 adam, 2 rmsprop, 2 sgd.")
