"""Lessons as guided steps (issue 14 part 2): goals as data, evaluated on a run's history,
the lesson schema and its migration, and ``annstudio lessons --check``."""
import json
import math
import os
import subprocess
import sys

import pytest

from annstudio.core import goals
from annstudio.core.errors import AnnStudioError
from annstudio.core.experiment import Experiment
from annstudio.core.training import EpochRecord, History
from annstudio.io import experiment_file as ef
from annstudio.io import lessons

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def history(losses, acc=None, grads=None, steps=()):
    h = History()
    for i, L in enumerate(losses):
        h.epochs.append(EpochRecord(i + 1, L, None, (acc or [0.5] * len(losses))[i], None,
                                    grad_norms=(grads[i] if grads else None)))
    h.step_loss = list(steps)
    return h


def value(goal, h, exp=None):
    return goals.evaluate(goal, exp or Experiment(), h)


# ----------------------------------------------------------------------------- goals
def test_goal_metrics_against_hand_counts():
    L = [0.7, 0.5, 0.6, 0.2, 0.05, 0.3, 0.04]
    h = history(L, grads=[[1e-5, 1.0, 2.0]] * len(L), steps=[1, 2, 1, 3, 3, 0])
    assert value({"metric": "epochs_to_loss", "loss": 0.1, "op": "<", "value": 6}, h).value == 5
    assert value({"metric": "loss_rises", "op": ">=", "value": 2}, h).value == 2   # 0.5→0.6, 0.05→0.3
    r = value({"metric": "max_loss_rise", "op": ">", "value": 0.2}, h)
    assert r.value == pytest.approx(0.25) and r.met
    assert value({"metric": "max_rebound", "op": ">", "value": 0}, h).value == pytest.approx(0.25)
    assert value({"metric": "step_loss_rise_fraction", "op": ">", "value": 0}, h).value == 2 / 5
    g = value({"metric": "grad_norm_ratio_first_last", "op": "<", "value": 1e-3}, h)
    assert g.value == pytest.approx(5e-6) and g.met
    assert value({"metric": "train_loss", "op": "<", "value": 0.1}, h).value == 0.04
    at = value({"metric": "train_loss", "op": ">", "value": 0.55, "at_epoch": 3}, h)
    assert at.value == 0.6 and at.met


def test_goal_not_measurable_yet_is_not_met():
    h = history([0.7, 0.6])
    later = value({"metric": "train_loss", "op": "<", "value": 1, "at_epoch": 5}, h)
    assert later.value is None and not later.met
    never = value({"metric": "epochs_to_loss", "loss": 0.1, "op": "<", "value": 20}, h)
    assert never.value == math.inf and not never.met and "not yet" in never.text
    assert not value({"metric": "test_accuracy", "op": ">=", "value": 0.9}, History()).met


def test_network_goal_reads_the_experiment():
    exp = Experiment()
    exp.network.hidden = [4, 3]
    r = value({"metric": "hidden_units", "op": "<=", "value": 8}, History(), exp)
    assert r.value == 7 and r.met
    assert r.text == "✓ hidden units in all ≤ 8  (now 7)"


def test_goal_text_in_words():
    assert goals.describe({"metric": "test_accuracy", "op": ">=", "value": 0.95}) == \
        "test accuracy ≥ 95 %"
    assert goals.describe({"metric": "epochs_to_loss", "loss": 0.1, "op": "<", "value": 20}) == \
        "epochs to reach loss 0.1 < 20"


@pytest.mark.parametrize("goal, message", [
    ({"metric": "speed", "op": "<", "value": 1}, "metric must be one of"),
    ({"metric": "train_loss", "op": "=<", "value": 1}, "op must be one of"),
    ({"metric": "train_loss", "op": "<", "value": "1"}, "value must be a finite number"),
    ({"metric": "train_loss", "op": "<", "value": float("nan")}, "finite number"),
    ({"metric": "epochs_to_loss", "op": "<", "value": 3}, "loss must be a finite number"),
    ({"metric": "train_loss", "op": "<", "value": 1, "at_epoch": 0}, "at_epoch must be"),
    ({"metric": "train_loss", "op": "<", "value": 1, "code": "x"}, "unknown key 'code'"),
    ([1, 2], "must be an object"),
])
def test_bad_goals_get_one_clear_sentence(goal, message):
    with pytest.raises(AnnStudioError, match=message):
        goals.validate(goal, "steps[0].goals[0]")


# ----------------------------------------------------------------------------- schema
def test_every_shipped_lesson_has_steps_and_predictions_are_backed_by_goals():
    n_questions = 0
    for x in lessons.list_lessons():
        plan = lessons.lesson_of(ef.load(x.path))
        assert plan.name == x.name and plan.steps and plan.steps[0].text == x.description
        for step in plan.steps:
            if step.question:
                n_questions += 1
                assert step.goals, f"{x.name}: a prediction must be revealed by a checked run"
            if step.solution:
                assert step.goals and step.hint, f"{x.name}: a task needs goals and a hint"
    assert n_questions >= 8


def test_version_1_lesson_migrates_to_one_step(tmp_path):
    exp = Experiment(note="Old lesson text.")
    path = tmp_path / "old.annstudio"
    ef.save(path, exp, extra={"lesson": {"name": "old", "title": "An old lesson"}})
    plan = lessons.lesson_of(ef.load(path))
    assert plan.title == "An old lesson" and len(plan.steps) == 1
    assert plan.steps[0].text == "Old lesson text." and plan.steps[0].goals == []


@pytest.mark.parametrize("change, message", [
    (lambda d: d.update(version=7), "version 7 is not known"),
    (lambda d: d["steps"][0].update(setup={"engine": {}}), "cannot change 'engine'"),
    (lambda d: d["steps"][0].update(setup={"network": {"layers": [3]}}), "unknown key 'layers'"),
    (lambda d: d["steps"][0].update(question={"prompt": "?", "choices": ["a", "b"],
                                              "answer": 2}), "answer must be the index"),
    (lambda d: d["steps"][0].update(view="everything"), "view must be one of"),
    (lambda d: d["steps"][0].update(goals=[{"metric": "x", "op": "<", "value": 1}]),
     r"steps\[0\]\.goals\[0\]\.metric"),
    (lambda d: d.update(steps=[]), "1 to 50 steps"),
])
def test_damaged_lesson_is_refused_with_one_sentence(change, message):
    d = lessons.plan("bigger_lr")
    change(d)
    with pytest.raises(AnnStudioError, match=message):
        lessons.parse_plan(d)


def test_bad_values_in_a_setup_are_refused_by_the_experiment_checks():
    exp = lessons.definitions()["bigger_lr"][0]
    with pytest.raises(AnnStudioError, match="hidden"):
        lessons.apply_changes(exp, {"network": {"hidden": [10 ** 9], "activations": ["relu"]}})
    with pytest.raises(AnnStudioError):
        lessons.apply_changes(exp, {"optimizer": {"name": "sgd", "params": {"lr": -1}}})


def test_step_experiment_applies_setups_in_order_and_the_solution():
    loaded = lessons.load("bigger_lr")
    plan = lessons.lesson_of(loaded)
    lr = [lessons.step_experiment(loaded.experiment, plan, i).optimizer.params["lr"]
          for i in range(3)]
    assert lr == [0.015, 5.0, 5.0]
    assert lessons.step_experiment(loaded.experiment, plan, 2,
                                   solution=True).optimizer.params["lr"] == 0.3


# ----------------------------------------------------------------------------- --check
def _run(*args):
    env = dict(os.environ, PYTHONPATH=ROOT)
    return subprocess.run([sys.executable, "-m", "annstudio", "lessons", *args], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=300)


def test_lessons_check_prints_every_claim_of_the_lessons_it_checks():
    names = ["moons_adam", "xor_no_hidden"]
    r = _run("--check", *names)           # the rule's 10 seeds by default
    assert r.returncode == 0, r.stdout + r.stderr
    plans = [lessons.lesson_of(lessons.load(n)) for n in names]
    n_goals = sum(len(s.goals) for p in plans for s in p.steps)
    n_answers = sum(bool(s.question) for p in plans for s in p.steps)
    n_claims = n_goals + n_answers + sum(len(s.claims) for p in plans for s in p.steps)
    assert r.stdout.count(" goal   ") == n_goals and r.stdout.count(" answer ") == n_answers
    assert "    NO " not in r.stdout and r.stdout.count("/10  ") == n_claims
    assert (f"{n_claims} of {n_claims} claims hold on 10 seeds (goals and answers on at least "
            f"9) in 2 lessons") in r.stdout


def test_lessons_check_fails_on_a_goal_the_solution_cannot_reach(tmp_path):
    lessons.rebuild(tmp_path)
    path = tmp_path / "zero_init.annstudio"
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["extra"]["lesson"]["steps"][1]["goals"] = [
        {"metric": "train_loss", "op": "<", "value": 0.001, "at_epoch": 20}]
    path.write_text(json.dumps(doc), encoding="utf-8")
    r = _run("--check", "--seeds", "1", "--folder", str(tmp_path), "zero_init")
    assert r.returncode == 1
    assert "NO   0/1  goal   training loss < 0.001 at epoch 20" in r.stdout
    assert "2 of 3 claims hold on 1 seed" in r.stdout
