"""The optimizer race: several optimizer settings trained from the SAME initial weights on
the SAME batch order, so the curves differ only by the optimizer.

Each racer is an ordinary `Trainer` (a copy of one network, one seed): a racer's history
is exactly what a solo run with its settings gives. The racers take turns epoch by epoch
in one process — the aggregate speed is the solo speed, and a view can draw all curves
after every epoch.
"""
from __future__ import annotations

import math
import time
from dataclasses import dataclass, field

from annstudio.core import optimizers
from annstudio.core.errors import AnnStudioError
from annstudio.core.training import Trainer

MIN_RACERS, MAX_RACERS = 1, 6


def parse_racer(text):
    """``"lecture_momentum lr=0.04 eta=0.7"`` → ("lecture_momentum", {"lr": 0.04, "eta": 0.7}).

    Values are numbers, true/false, or (betas) two numbers ``0.9,0.999``; the optimizer
    checks names and ranges."""
    parts = str(text).split()
    if not parts:
        raise AnnStudioError("a racer needs an optimizer name, e.g. \"adam lr=0.01\"")
    name, params = parts[0], {}
    if name not in optimizers.NAMES:
        raise AnnStudioError(f"racer {text!r}: unknown optimizer {name!r}; choose one of "
                             f"{', '.join(optimizers.NAMES)}")
    for p in parts[1:]:
        key, eq, value = p.partition("=")
        key = key.strip().replace("-", "_")
        if not eq or not key or not value:
            raise AnnStudioError(f"racer {text!r}: expected name=value, got {p!r}")
        low = value.lower()
        if low in ("true", "false"):
            params[key] = low == "true"
        elif key == "betas":
            params[key] = value
        else:
            try:
                params[key] = float(value)
            except ValueError:
                raise AnnStudioError(f"racer {text!r}: {key} must be a number, "
                                     f"got {value!r}") from None
    try:
        optimizers.create(name, **params)
    except AnnStudioError as e:
        raise AnnStudioError(f"racer {text!r}: {e}") from None
    return name, params


def label(name, params):
    """Settings as a legend text: ``adam lr=0.01``."""
    hp = " ".join(f"{k}={_fmt(v)}" for k, v in params.items())
    return f"{name} {hp}".strip()


def _fmt(v):
    if isinstance(v, bool):
        return str(v).lower()
    if isinstance(v, float):
        return f"{v:g}"
    if isinstance(v, (tuple, list)):
        return ",".join(_fmt(x) for x in v)
    return str(v)


@dataclass
class Racer:
    optimizer: str
    hyperparameters: dict
    trainer: Trainer
    initial_loss: float = math.nan
    seconds: float = 0.0
    label: str = ""
    done: bool = False

    @property
    def history(self):
        return self.trainer.history

    @property
    def diverged(self):
        return self.trainer.history.diverged


@dataclass
class Race:
    """Racers trained in turns; `train(epochs)` or `run_epoch()` from a GUI loop."""
    racers: list = field(default_factory=list)

    @classmethod
    def create(cls, net, data, settings, *, batch_size=10, shuffle=True, seed=0, loss=None):
        """Racers for [(optimizer name, hyperparameters)], each on a copy of ``net``.

        ``net`` holds the common initial weights; ``data`` a `Dataset`; every racer gets
        the same ``seed``, hence the same batch order."""
        settings = list(settings)
        if not MIN_RACERS <= len(settings) <= MAX_RACERS:
            raise AnnStudioError(f"a race has {MIN_RACERS} to {MAX_RACERS} racers, "
                                 f"got {len(settings)}")
        trainers = [Trainer(net.copy(), data.X_train, data.y_train, optimizer=name,
                            loss=loss or data.loss, batch_size=batch_size, shuffle=shuffle,
                            seed=seed, X_test=data.X_test, y_test=data.y_test, **params)
                    for name, params in settings]
        return cls.from_trainers(trainers, settings)

    @classmethod
    def from_trainers(cls, trainers, settings):
        """A race of ready trainers (e.g. the engines' own, started from a saved run)."""
        race = cls()
        for t, (name, params) in zip(trainers, settings):
            race.racers.append(Racer(name, dict(params), t,
                                     initial_loss=t.evaluate().train_loss,
                                     label=label(name, params)))
        return race

    def run_epoch(self):
        """One more epoch for every racer still running (a diverged one stops)."""
        for r in self.racers:
            if r.done:
                continue
            t0 = time.perf_counter()
            target = r.trainer.epoch + 1
            while r.trainer.epoch < target:
                if r.trainer.step().diverged:
                    r.done = True
                    break
            r.seconds += time.perf_counter() - t0

    def train(self, epochs, callback=None):
        """``epochs`` more epochs each; ``callback(race)`` after every round (False stops)."""
        for _ in range(int(epochs)):
            self.run_epoch()
            if callback is not None and callback(self) is False:
                break
            if all(r.done for r in self.racers):
                break
        return self

    def finishing_order(self):
        """Racer indices, best first: lowest final training loss; diverged racers last."""
        def key(i):
            r = self.racers[i]
            h = r.history
            last = h.train_loss[-1] if h.epochs else math.inf
            return (r.diverged is not None, last if math.isfinite(last) else math.inf, i)
        return sorted(range(len(self.racers)), key=key)
