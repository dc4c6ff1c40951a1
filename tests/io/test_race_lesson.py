"""The race lesson (issue 15): its claims are checked on ten seeds as solo runs with each
racer's settings (tests/io/test_lesson_seeds.py); here: the race the window starts is the
one the text describes, and a racer's curve is exactly that solo run's, on any seed."""
import math

from annstudio.core import race
from annstudio.engines.factory import from_experiment
from annstudio.gui.views.race import LECTURE_RACERS
from annstudio.io import lessons

NAME = "race_lecture_optimizers"


def run_race(seed):
    exp = lessons.reseed(lessons.definitions()[NAME][0], seed)
    data = exp.build_data()
    settings = [race.parse_racer(t) for t in lessons.RACE_RACERS]
    r = race.Race.create(exp.build_network(data), data, settings,
                         batch_size=exp.training.batch_size, seed=exp.training.seed)
    return exp, settings, r.train(exp.training.epochs)


def test_the_race_is_the_one_the_text_describes():
    text = lessons.COMPARE_TEXT[NAME][1]
    assert LECTURE_RACERS == lessons.RACE_RACERS          # the window starts this race
    assert lessons.definitions()[NAME][0].training.epochs == 30 and "(30 epochs)" in text
    for words in ["SGD lr 0.015", "momentum α 0.04 η 0.7", "Adagrad lr 0.05",
                  "RMSProp lr 0.002", "Adam lr 0.002"]:
        assert words in text, words
    # the question's checks name the racers' own settings
    runs = [c.get("run") for c in lessons.RACE_QUESTION["check"]]
    named = [(r["optimizer"]["name"], r["optimizer"]["params"]) if r else ("adam", {"lr": 0.002})
             for r in runs]
    assert named == [race.parse_racer(t) for t in lessons.RACE_RACERS]


def test_racers_start_alike_and_each_curve_is_its_solo_run_on_any_seed():
    for seed in (0, 3):
        exp, settings, r = run_race(seed)
        initial = {round(x.initial_loss, 12) for x in r.racers}
        assert len(initial) == 1 and abs(initial.pop() - math.log(2)) < 0.01   # "near log 2"
        for (name, params), racer in zip(settings, r.racers):
            solo = exp.copy()
            solo.optimizer.name, solo.optimizer.params = name, params
            eng = from_experiment(solo)
            eng.train(exp.training.epochs)
            assert max(abs(a - b) for a, b in zip(eng.history.train_loss,
                                                  racer.history.train_loss)) < 1e-9
