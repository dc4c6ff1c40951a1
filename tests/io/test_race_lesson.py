"""The race lesson (issue 15): every number its text and answer state, checked by running
the race it describes — the same racers the Race window starts with."""
import re

from annstudio.core import race
from annstudio.gui.views.race import LECTURE_RACERS
from annstudio.io import lessons

NAME = "race_lecture_optimizers"


def run_race():
    exp, _, _ = lessons.definitions()[NAME]
    data = exp.build_data()
    settings = [race.parse_racer(t) for t in lessons.RACE_RACERS]
    r = race.Race.create(exp.build_network(data), data, settings,
                         batch_size=exp.training.batch_size, seed=exp.training.seed)
    return exp, r.train(exp.training.epochs)


def first_below(history, level):
    return next((r.epoch for r in history.epochs if r.train_loss < level), None)


def test_the_race_lesson_says_what_the_race_shows():
    exp, r = run_race()
    text = lessons.COMPARE_TEXT[NAME][1]
    q = lessons.RACE_QUESTION
    assert LECTURE_RACERS == lessons.RACE_RACERS          # the window starts this race
    assert exp.training.epochs == 30 and "(30 epochs)" in text
    # "all start at loss 0.694"
    initial = {x.initial_loss for x in r.racers}
    assert len(initial) == 1 and f"{initial.pop():.3f}" == "0.694" and "0.694" in text
    # the settings named in the text are the racers'
    for label, words in zip(lessons.RACE_RACERS, ["SGD lr 0.015", "momentum α 0.04 η 0.7",
                                                  "Adagrad lr 0.05", "RMSProp lr 0.002",
                                                  "Adam lr 0.002"]):
        assert words in text, words
    final = {x.optimizer: x.history.train_loss[-1] for x in r.racers}
    order = [r.racers[i].optimizer for i in r.finishing_order()]
    assert order[0] == "adam" and q["choices"][q["answer"]] == "Adam, lr 0.002"
    explain = q["explain"]
    # "Adam ends lowest, at 0.0035, just ahead of Adagrad (0.0040) and RMSProp (0.0052)"
    for name, shown in (("adam", "0.0035"), ("adagrad", "0.0040"), ("rmsprop", "0.0052")):
        assert f"{final[name]:.4f}" == shown and shown in explain
    assert order[:3] == ["adam", "adagrad", "rmsprop"]
    # "the first below 0.1, at epoch 10 (RMSProp at 12, Adagrad at 17)"
    below = {x.optimizer: first_below(x.history, 0.1) for x in r.racers}
    assert (below["adam"], below["rmsprop"], below["adagrad"]) == (10, 12, 17)
    assert min(v for v in below.values() if v) == below["adam"]
    assert re.search(r"first below 0\.1, at epoch 10 \(RMSProp at 12, Adagrad at 17\)", explain)
    # "momentum (0.23) and SGD (0.39) are still far above 0.1 after 30 epochs"
    assert f"{final['lecture_momentum']:.2f}" == "0.23" and f"{final['sgd']:.2f}" == "0.39"
    assert below["lecture_momentum"] is None and below["sgd"] is None
    # the window's own run is the winner's: its goals hold for the race's Adam
    goals = lessons.FIRST_GOALS[NAME]
    assert goals[0]["value"] == below["adam"] and final["adam"] < goals[1]["value"]
