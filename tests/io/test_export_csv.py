"""History as CSV: one row per epoch, exact numbers, empty cells where there is no value."""
import csv
import math

from annstudio.core.experiment import DatasetSpec, Experiment
from annstudio.core.training import EpochRecord, History
from annstudio.engines.factory import from_experiment
from annstudio.io import export_csv


def test_history_csv_reads_back_exactly(tmp_path):
    eng = from_experiment(Experiment(dataset=DatasetSpec("moons", n=60)))
    eng.train(3)
    path = export_csv.write_history(tmp_path / "h.csv", eng.history)
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == ["epoch", "train_loss", "test_loss", "train_metric", "test_metric"]
    assert [int(r["epoch"]) for r in rows] == [1, 2, 3]
    assert [float(r["train_loss"]) for r in rows] == eng.history.train_loss
    assert [float(r["test_loss"]) for r in rows] == eng.history.test_loss
    assert [float(r["train_metric"]) for r in rows] == eng.history.accuracy


def test_missing_and_non_finite_values(tmp_path):
    h = History()
    h.epochs = [EpochRecord(1, 0.5, None, 0.75, None), EpochRecord(2, math.inf, None, math.nan, None)]
    text = export_csv.history_csv(h)
    assert text.splitlines()[1:] == ["1,0.5,,0.75,", "2,inf,,nan,"]
    assert export_csv.history_csv(History()) == "epoch,train_loss,test_loss,train_metric,test_metric\n"
