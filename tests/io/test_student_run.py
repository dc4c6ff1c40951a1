"""A student's experiment file keeps its challenge (io.classroom.to_extra / student_run /
load_as_run): whole, checked on reading like a challenge file, its long arrays in pieces the
experiment file's "extra" takes."""
import json

import numpy as np
import pytest

from annstudio.core import classroom as rules
from annstudio.core.experiment import lecture_moons
from annstudio.io import classroom, experiment_file
from annstudio.io.experiment_file import LoadError


def _challenge(tmp_path, n=200):
    exp = lecture_moons()
    exp.dataset.n = n
    exp.network.hidden, exp.network.activations = [8], ["relu"]
    ch, key, _ = classroom.make_challenge(exp, title="Moons", task="Small nets.",
                                          locked="dataset,output",
                                          limits=rules.Limits(max_parameters=500))
    path, _ = classroom.save_challenge(ch, key, tmp_path / "m.challenge")
    return path, classroom.load_challenge(path)


def test_a_start_file_keeps_the_whole_challenge(tmp_path):
    path, ch = _challenge(tmp_path)
    start = tmp_path / "start.annstudio"
    classroom.save_start(ch, start)
    got, answers = classroom.student_run(experiment_file.load(start).extra)
    assert answers == []
    assert got.document() == ch.document()      # id, task, locks, limits, points: all of it


def test_long_arrays_are_kept_in_pieces_and_joined_again(tmp_path, monkeypatch):
    path, ch = _challenge(tmp_path)
    monkeypatch.setattr(classroom, "_PIECE", 64)    # the moons' X is ~2.5k characters
    extra = classroom.to_extra(ch, [rules.Answer("q?", "a", True)])
    X = extra["challenge"]["experiment"]["data"]["X_train"]["data"]
    assert isinstance(X, list) and len(X) > 10 and all(len(p) <= 64 for p in X)
    out = tmp_path / "run.annstudio"
    experiment_file.save(out, ch.experiment, data=ch.data, extra=extra)
    got, answers = classroom.student_run(experiment_file.load(out).extra)
    np.testing.assert_array_equal(got.data.X_train, ch.data.X_train)
    assert answers == [rules.Answer("q?", "a", True)]


def test_a_challenge_opened_as_a_run_is_the_challenge_s_experiment(tmp_path):
    path, ch = _challenge(tmp_path)
    run = classroom.load_as_run(path)
    assert run.weights is None and run.history is None
    assert run.experiment.to_dict() == ch.experiment.to_dict()
    np.testing.assert_array_equal(run.data.X_test, ch.data.X_test)
    assert classroom.student_run(run.extra)[0].id == ch.id


def test_no_challenge_or_the_old_short_form_is_none_and_a_bad_one_is_refused(tmp_path):
    assert classroom.student_run({}) is None
    assert classroom.student_run({"challenge": {"id": "0" * 32, "title": "x"}}) is None
    path, ch = _challenge(tmp_path)
    extra = json.loads(json.dumps(classroom.to_extra(ch)))
    extra["challenge"]["title"] = "bad\x1b[31m"
    with pytest.raises(LoadError, match="challenge kept in it is not valid: title contains"):
        classroom.student_run(extra)
    extra = json.loads(json.dumps(classroom.to_extra(ch)))
    extra["predictions"] = [{"question": "q", "answer": "a"}]
    with pytest.raises(LoadError, match="correct is missing"):
        classroom.student_run(extra)
