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


def test_export_from_the_window_of_a_hostile_file_compiles_to_the_same_code(make_window, tmp_path):
    """Security 1 through the GUI: the window passes the file's name (and its note) to the
    export; a name with \"\"\" and a newline and a note with C:\\Users no longer become code."""
    import ast

    from annstudio.io import export_torch
    w = make_window(small_moons())
    exp = w.experiment.copy()
    exp.note = 'C:\\Users\\me """\nimport os; os.system("touch PWNED")\n\\N{oops}'
    hostile = tmp_path / 'x"""\nimport os\n.annstudio'
    ef.save(hostile, exp)
    assert w.files.open_path(str(hostile), confirm=False), w.last_error
    out = tmp_path / "train.py"
    w.files.ask_save_path = lambda *a: str(out)
    w.actions["export_torch"].trigger()
    text = out.read_text(encoding="utf-8")
    tree = ast.parse(compile(text, "train.py", "exec", ast.PyCF_ONLY_AST))
    plain = w.experiment.copy()
    plain.note = "x"
    assert w.experiment.note == exp.note
    clean = export_torch.script_text(plain, data=w.data,
                                     weights=w.network().get_weights(), source="x.annstudio")
    clean_tree = ast.parse(clean)
    assert ast.dump(tree) == ast.dump(clean_tree)     # the note and name are comments only
    assert "# Exported from x\"\"\" import os .annstudio" in text
