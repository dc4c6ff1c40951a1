"""Security 2 in the window: exporting or saving over a file of another kind asks first
(the real menu actions, the question answered through QMessageBox)."""
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QMessageBox  # noqa: E402

from annstudio.io import experiment_file as ef  # noqa: E402
from tests.gui.conftest import make_window, settings_path, small_moons  # noqa: E402,F401


@pytest.fixture
def answer(monkeypatch):
    """answer(QMessageBox.Yes/No): the reply of the next 'replace?' question; ``asked``
    collects the questions' texts."""
    state = {"reply": QMessageBox.No, "asked": []}

    def question(parent, title, text, *args, **kwargs):
        state["asked"].append(text)
        return state["reply"]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return state


def test_export_script_over_an_experiment_asks(make_window, tmp_path, answer, experiment_path):
    w = make_window(small_moons())
    before = experiment_path.read_bytes()
    w.files.ask_save_path = lambda *a: str(experiment_path)
    action = w.actions["export_torch"]
    assert action in w.menus["export"].actions()

    answer["reply"] = QMessageBox.No
    action.trigger()
    assert answer["asked"] == ["X.annstudio is an ANN Studio experiment, not a Python script. "
                               "Replace it? Its contents will be lost."]
    assert experiment_path.read_bytes() == before

    answer["reply"] = QMessageBox.Yes
    action.trigger()
    assert len(answer["asked"]) == 2
    assert "class Net(nn.Module)" in experiment_path.read_text()

    # a script is replaced without a question
    action.trigger()
    assert len(answer["asked"]) == 2


def test_export_over_the_open_experiment_is_refused(make_window, tmp_path, answer, experiment_path):
    w = make_window(small_moons())
    assert w.files.open_path(str(experiment_path), confirm=False)
    before = experiment_path.read_bytes()
    link = tmp_path / "same.py"
    link.symlink_to(experiment_path)
    w.files.ask_save_path = lambda *a: str(link)
    answer["reply"] = QMessageBox.Yes
    w.actions["export_torch"].trigger()
    assert w.last_error == ("Export failed", "same.py is the experiment open in this window; "
                                             "choose another name for the script")
    assert experiment_path.read_bytes() == before and answer["asked"] == []


def test_save_as_over_a_script_asks(make_window, tmp_path, answer):
    w = make_window(small_moons())
    script = tmp_path / "train.py"
    script.write_text("print('mine')\n")
    w.files.ask_save_path = lambda *a: str(script)
    answer["reply"] = QMessageBox.No
    w.actions["save_as"].trigger()
    assert answer["asked"] == ["train.py is a Python script, not an ANN Studio experiment. "
                               "Replace it? Its contents will be lost."]
    assert script.read_text() == "print('mine')\n"
    assert not w.windowTitle().startswith("train.py")
    answer["reply"] = QMessageBox.Yes
    w.actions["save_as"].trigger()
    assert ef.load(script).experiment.network.hidden == [8, 8]
    assert w.windowTitle().startswith("train.py")
