"""Settings carry a version and migrate (gui/settings.py): settings written by version 1
are read by the window migrated, and stored back with the current version."""
import json

from PySide6.QtCore import QSettings

from annstudio.core.experiment import DatasetSpec, Experiment, NetworkSpec
from annstudio.gui import settings as gs


def v1_experiment():
    """A last experiment as a window before standardisation saved it: shipped iris data,
    and no 'standardize' key (the dataset spec did not have one yet)."""
    exp = Experiment(dataset=DatasetSpec("iris", n=150, noise=0.0, seed=3, test_fraction=0.2),
                     network=NetworkSpec([7], ["tanh"]))
    d = exp.to_dict()
    for key in ("standardize", "mean", "scale"):
        del d["dataset"][key]
    return d


def write_v1(path):
    s = QSettings(str(path), QSettings.IniFormat)
    s.setValue("version", 1)
    s.setValue("view/log_loss", True)
    s.setValue("last/experiment", json.dumps(v1_experiment()))
    s.sync()
    del s


def test_the_window_reads_version_1_settings_migrated(make_window, settings_path):
    write_v1(settings_path)
    w = make_window()
    # what the student sees: the last session's data, network and choices …
    panel = w.dataset_panel
    assert panel.name_combo.currentData() == "iris"
    assert w.network_panel.spec().hidden == [7]
    assert w.curves.log_box.isChecked()
    # … and its inputs still raw, as that run trained them. Unmigrated, iris (shipped data)
    # would come back standardised: the default for a spec without the key.
    assert not panel.standardize_box.isChecked()
    assert w.experiment.dataset.standardize is False
    # stored migrated, with the new version, as soon as the window opened
    s = QSettings(str(settings_path), QSettings.IniFormat)
    assert int(s.value("version")) == gs.SETTINGS_VERSION == 2
    assert json.loads(s.value("last/experiment"))["dataset"]["standardize"] is False


def test_the_window_saves_the_current_version(make_window, settings_path):
    write_v1(settings_path)
    w = make_window()
    w.save_settings()
    s = QSettings(str(settings_path), QSettings.IniFormat)
    assert int(s.value("version")) == gs.SETTINGS_VERSION


def test_migration_leaves_newer_entries_and_new_settings_alone(tmp_path):
    # a version-1 entry written after standardisation already says what it wants
    d = v1_experiment()
    d["dataset"]["standardize"] = True
    path = tmp_path / "s.ini"
    s = QSettings(str(path), QSettings.IniFormat)
    s.setValue("version", 1)
    s.setValue("last/experiment", json.dumps(d))
    s.sync()
    del s
    s = gs.make_settings(path)
    assert json.loads(s.value("last/experiment"))["dataset"]["standardize"] is True
    assert int(s.value("version")) == 2
    # empty settings: nothing to migrate, the current version stored
    fresh = gs.make_settings(tmp_path / "new.ini")
    assert int(fresh.value("version")) == gs.SETTINGS_VERSION
    # a newer ANN Studio's settings: not rewritten
    newer = QSettings(str(tmp_path / "newer.ini"), QSettings.IniFormat)
    newer.setValue("version", 99)
    newer.sync()
    assert gs.migrate_settings(newer, 99) == 99 and int(newer.value("version")) == 99
