"""The session model (gui/session.py) with the in-process fake engine (gui/fake_engine.py).

The session runs without any window: a script or a test drives it through its intents and
reads its signals. In the window, the learning rate has one copy (the session's
experiment): the toolbar and the Training panel edit it and show it, with no ping-pong.
"""
import numpy as np
import pytest
from PySide6.QtCore import QObject, QPointF, Qt

from annstudio.engines import messages as m
from tests.gui.conftest import small_moons


@pytest.fixture
def session(qtbot):
    from annstudio.gui.fake_engine import FakeEngineClient
    from annstudio.gui.session import Session
    parent = QObject()
    exp = small_moons()
    exp.dataset.n, exp.training.batch_size = 120, 20
    s = Session(exp, FakeEngineClient, parent)
    with qtbot.waitSignal(s.client.configured, timeout=10000):
        s.start()
    yield s
    s.client.shutdown()


def test_a_session_trains_without_a_window_like_the_numpy_trainer(session, qtbot, monkeypatch):
    """Three epochs through the session's intents give the losses of the NumPy trainer run
    directly on the same experiment (same seed, same batches)."""
    from annstudio.engines.factory import from_experiment
    monkeypatch.setenv("ANNSTUDIO_FAST", "0")
    exp = session.experiment
    exp.training.epochs = 3
    running, modified = [], []
    session.runningChanged.connect(running.append)
    session.modifiedChanged.connect(modified.append)
    session.set_training(exp.training.batch_size, 3)   # the panel's intent: 3 epochs per Run
    session.run()
    qtbot.waitUntil(lambda: session.epochs_done() == 3 and not session.client.running,
                    timeout=20000)
    qtbot.waitUntil(lambda: running[-1] is False, timeout=5000)
    assert running[0] is True and modified == [True]
    oracle = from_experiment(session.experiment, data=session.data)
    oracle.train(3)
    np.testing.assert_allclose(session.history.train_loss, oracle.history.train_loss,
                               rtol=1e-12)
    assert session.run_label()[0] == "Run ▶ (+3 epochs)"


def test_reset_gives_new_weights_and_an_empty_history(session, qtbot):
    session.step_epoch()
    qtbot.waitUntil(lambda: session.epochs_done() == 1, timeout=10000)
    shown = []
    session.weightsShown.connect(shown.append)
    session.reset()
    assert session.epochs_done() == 0 and len(session.history) == 0
    assert len(shown) == 1
    net = session.experiment.build_network(session.data)   # the same seed: the initial net
    for (W, b), layer in zip(shown[0], net.layers):
        np.testing.assert_array_equal(W, layer.W)


def test_a_bad_network_is_refused_with_one_message_and_the_old_one_kept(session):
    errors = []
    session.errorRaised.connect(lambda title, msg: errors.append((title, msg)))
    before = [W.copy() for W, _ in session.weights]
    spec = session.experiment.network
    spec.hidden, spec.activations = [4], ["no_such_activation"]
    session.set_network(spec)
    assert len(errors) == 1 and errors[0][0] == "Network"
    assert [W.shape for W, _ in session.weights] == [W.shape for W in before]


def test_toolbar_and_panel_edit_the_one_learning_rate(make_window, qtbot):
    w = make_window(small_moons())
    sent = lambda: [c.lr for c in w.session.client.commands if isinstance(c, m.SetLr)]   # noqa: E731
    panel_lr = w.training_panel.hp_edit("lr")
    # the student types into the toolbar's field and presses Enter
    w.toolbar_lr.selectAll()
    qtbot.keyClicks(w.toolbar_lr, "0.05")
    qtbot.keyClick(w.toolbar_lr, Qt.Key_Return)
    assert w.experiment.optimizer.params["lr"] == 0.05
    assert panel_lr.text() == "0.05"            # the panel shows the same value
    assert w.training_panel.optimizer_spec().params["lr"] == 0.05
    assert restart_lr(w) == 0.05                # a restarted engine would get it too
    assert sent() == [0.05]                     # sent once: no echo from the panel
    engine = lambda: w.session.client.host.engine     # noqa: E731  (the in-process host's)
    qtbot.waitUntil(lambda: engine().hyperparameters["lr"] == 0.05, timeout=5000)
    # and the other way round
    panel_lr.selectAll()
    qtbot.keyClicks(panel_lr, "0.2")
    qtbot.keyClick(panel_lr, Qt.Key_Return)
    assert w.toolbar_lr.text() == "0.2" and w.experiment.optimizer.params["lr"] == 0.2
    assert restart_lr(w) == 0.2
    assert sent() == [0.05, 0.2]
    assert "•" in w.windowTitle()               # an edit is work to save


def sgd_moons():
    exp = small_moons()
    exp.optimizer.name, exp.optimizer.params = "sgd", {"lr": 0.015}
    return exp


def restart_lr(w):
    """The learning rate of the Configure a restarted engine process would get."""
    return w.session.client.config["experiment"]["optimizer"]["params"]["lr"]


def test_every_editor_shows_the_sessions_hyperparameters_and_keeps_none_of_its_own(
        make_window, qtbot):
    """A change the panel did not make (the session's intent, as a lesson or the inspector
    sends it) is what the panel's fields, its spec, the toolbar and a restart all hold."""
    from annstudio.core import optimizers
    from annstudio.core.experiment import OptimizerSpec
    w = make_window(sgd_moons())
    tp = w.training_panel
    w.docks["training"].raise_()                # the student opens the Training tab
    w.session.set_hyperparameters({"lr": 0.3, "momentum": 0.5})
    assert tp.hp_edit("momentum").text() == "0.5" and tp.hp_edit("lr").text() == "0.3"
    # the fields show every hyperparameter, SGD's defaults where the experiment has none
    assert tp.optimizer_spec().params == {**optimizers.defaults("sgd"),
                                          **w.experiment.optimizer.params}
    assert w.toolbar_lr.text() == "0.3" and restart_lr(w) == 0.3
    # a new optimizer from the session (not the panel's combo): the fields follow it
    w.session.set_optimizer(OptimizerSpec("adam", {"lr": 0.002, "betas": (0.8, 0.99)}))
    tp.set_specs(w.experiment.optimizer, w.experiment.training)   # as specsReplaced does
    assert tp.opt_combo.currentData() == "adam"
    b1, b2 = tp.hp_edit("betas")
    assert (b1.text(), b2.text()) == ("0.8", "0.99")
    assert w.toolbar_lr.text() == "0.002" and restart_lr(w) == 0.002
    # the student edits β₂ in the panel: the session holds both betas, as the fields show
    b2.selectAll()
    qtbot.keyClicks(b2, "0.9")
    qtbot.keyClick(b2, Qt.Key_Return)
    assert tuple(w.experiment.optimizer.params["betas"]) == (0.8, 0.9)
    assert tuple(w.session.client.config["experiment"]["optimizer"]["params"]["betas"]) \
        == (0.8, 0.9)



def test_the_training_panel_holds_no_spec_and_its_batch_size_and_epochs_are_the_sessions(
        make_window, qtbot):
    """The student types a batch size and an epoch count: the session's experiment and a
    restart's Configure hold them; the panel keeps no OptimizerSpec or TrainingSpec of its
    own (a second copy would drift from the session's), only its fields."""
    from annstudio.core.experiment import OptimizerSpec, TrainingSpec
    w = make_window(sgd_moons())
    tp = w.training_panel
    w.docks["training"].raise_()
    if tp.forever_box.isChecked():              # "until stopped": the count is greyed out
        qtbot.waitUntil(tp.forever_box.isVisible)
        tp.forever_box.click()
    for field, text in ((tp.batch_edit, "25"), (tp.epochs_edit, "7")):
        qtbot.waitUntil(field.isVisible)
        field.selectAll()
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key_Return)
    tr = w.experiment.training
    assert (tr.batch_size, tr.epochs) == (25, 7)
    assert w.session.client.config["experiment"]["training"]["batch_size"] == 25
    assert tp.shown_training()["batch_size"] == 25 and tp.shown_training()["epochs"] == 7
    copies = [k for k, v in vars(tp).items() if isinstance(v, (OptimizerSpec, TrainingSpec))]
    assert not copies, copies


def test_a_refused_box_is_put_back_so_the_panel_shows_what_the_session_holds(
        make_window, qtbot):
    """Nesterov needs momentum: the box the student ticks is refused, says why and is
    unticked again (the session never took it)."""
    w = make_window(sgd_moons())
    tp = w.training_panel
    w.docks["training"].raise_()                # the student opens the Training tab
    box = tp.hp_edit("nesterov")
    qtbot.waitUntil(box.isVisible)
    tick = QPointF(8, box.height() / 2).toPoint()     # on the box, not the row's empty rest
    qtbot.mouseClick(box, Qt.LeftButton, pos=tick)
    assert not box.isChecked() and w.experiment.optimizer.params.get("nesterov") is not True
    assert tp.message.text() == "Nesterov momentum needs momentum > 0 and dampening 0"
    # with momentum it is taken
    mom = tp.hp_edit("momentum")
    mom.selectAll()
    qtbot.keyClicks(mom, "0.9")
    qtbot.keyClick(mom, Qt.Key_Return)
    qtbot.mouseClick(box, Qt.LeftButton, pos=tick)
    assert box.isChecked() and w.experiment.optimizer.params["nesterov"] is True


def test_clicking_a_neuron_thumbnail_shows_its_map_over_the_plane(make_window, qtbot):
    """The big view shows z of that neuron over the input plane, scaled to ±1: checked
    against z = relu(x W + b) of the first hidden layer computed here."""
    w = make_window(small_moons())
    lv = w.layer_view
    w.view_tabs.setCurrentWidget(lv)
    qtbot.waitUntil(lambda: lv.maps.img.image is not None, timeout=5000)
    img = lv.maps.img
    view = img.scene().views()[0]
    # a point inside the first thumbnail (top left of the mosaic)
    pos = view.mapFromScene(img.mapToScene(QPointF(2.0, 2.0)))
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: w.data_view.title.text().startswith("Neuron 1 of"), timeout=5000)
    from annstudio.core.views import plane_inputs
    G, _extent = plane_inputs(w.data, 100)
    z = w.session.network_input(G)
    for W, b in w.session.weights[:lv.layer() + 1]:
        z = np.maximum(z @ W + b, 0.0)
    z = z[:, 0]
    shown = np.asarray(w.data_view.image.image, dtype=float)
    np.testing.assert_allclose(shown.ravel(), z / np.max(np.abs(z)), atol=1e-5)
