"""One schema (`core.schema`): validation, the file loader and the CLI take every field's
bounds and choices from it, and agree at every bound.

For each numeric field: the value at its bound is accepted by all three; just past it
(one whole number, or the next float) is refused by all three with one line naming the
field. The panels' editors are checked by typing into them (tests/gui/test_schema_editors.py).
"""
import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annstudio.cli import _experiment_from_args, main, train_parser
from annstudio.core import schema
from annstudio.core.errors import AnnStudioError
from annstudio.core.experiment import DatasetSpec, Experiment, NetworkSpec, TrainingSpec
from annstudio.io import experiment_file as ef

NUMERIC = [f for f in schema.FIELDS if f.kind in ("int", "float")]
BOUNDS = [(f, side) for f in NUMERIC for side in ("minimum", "maximum")
          if getattr(f, side) is not None]


def with_value(f, value):
    """The default experiment with the field ``f`` set to ``value`` (one hidden layer of
    ``value`` units for network.hidden)."""
    exp = Experiment()
    obj = exp if f.section is None else getattr(exp, f.section)
    if f.path == "network.hidden":
        exp.network.hidden, exp.network.activations = [value], ["relu"]
    else:
        setattr(obj, f.key, value)
    return exp


def document(exp):
    doc = {"format": "annstudio", "version": ef.VERSION, "experiment": exp.to_dict()}
    return json.dumps(doc).encode()


def past(f, bound, side):
    if f.kind == "int":
        return bound - 1 if side == "minimum" else bound + 1
    return math.nextafter(bound, -math.inf if side == "minimum" else math.inf)


def text(v):
    return repr(v) if isinstance(v, float) else str(v)


def validation_accepts(f, v):
    with_value(f, v).validate()


def loader_accepts(f, v):
    loaded = ef.parse_bytes(document(with_value(f, v)))
    got = schema.get(loaded.experiment, f)
    assert (got[0] if f.items else got) == v


def cli_value(f, v):
    """What `annstudio train <flag> v` puts into the experiment (validated as the CLI does)."""
    a = train_parser().parse_args([f"{f.flag}={text(v)}"])
    exp = _experiment_from_args(a)[0]
    exp.validate()
    got = schema.get(exp, f)
    return got[0] if f.items else got


def cli_refusal(capsys, f, v):
    """`annstudio train <flag> v` must exit non-zero with one line naming the field."""
    # "--noise=-5e-324": argparse takes a lone "-5e-324" for an option
    code = main(["train", "--epochs", "1", f"{f.flag}={text(v)}"])
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.strip()]
    assert code != 0 and len(lines) == 1, err
    # the flag, and the field's name (--seed sets three seeds and names "seed")
    assert f.flag in lines[0] and f.label.split()[-1] in lines[0] and "Traceback" not in err
    return lines[0]


# ------------------------------------------------------------------ the table itself
def test_every_experiment_field_is_in_the_schema_once():
    """Every key of Experiment.to_dict() has a field, or is named as checked by its own
    code (hyperparameters, the standardisers' mean/scale, the CSV label column)."""
    own_code = {"optimizer.params", "dataset.mean", "dataset.scale", "dataset.label_column",
                "dataset.target_mean", "dataset.target_scale"}
    d = Experiment().to_dict()
    keys = {f"{s}.{k}" for s, sub in d.items() if isinstance(sub, dict) for k in sub}
    keys |= {k for k, v in d.items() if not isinstance(v, dict)}
    assert keys - own_code == set(schema.BY_PATH)
    assert len(schema.BY_PATH) == len(schema.FIELDS)


@pytest.mark.parametrize("f", schema.FIELDS, ids=lambda f: f.path)
def test_the_defaults_pass_their_own_fields(f):
    d = Experiment().to_dict()
    default = d[f.section][f.key] if f.section else d[f.key]
    assert f.check(default) == default


def test_a_spec_with_one_bad_field_names_it_in_one_sentence():
    for exp, words in [
            (Experiment(training=TrainingSpec(batch_size=0)), "batch size must be at least 1"),
            (Experiment(network=NetworkSpec(hidden=[3, 5000], activations=["relu"] * 2)),
             "units of hidden layer 2 must be at most 4096, got 5000"),
            (Experiment(dataset=DatasetSpec(noise=-1.0)), "noise must be at least 0"),
            (Experiment(training=TrainingSpec(dtype="float16")), "unknown dtype 'float16'")]:
        with pytest.raises(AnnStudioError, match=words) as info:
            exp.validate()
        assert "\n" not in str(info.value)


# ------------------------------------------------------------------ at and past each bound
@pytest.mark.parametrize("f, side", BOUNDS, ids=lambda x: getattr(x, "path", x))
def test_each_bound_is_accepted_and_just_past_it_refused_by_validation_and_loader(f, side):
    bound = getattr(f, side)
    bound = int(bound) if f.kind == "int" else float(bound)
    validation_accepts(f, bound)
    loader_accepts(f, bound)
    bad = past(f, bound, side)
    with pytest.raises(AnnStudioError, match=f.label.split(" (")[0]):
        with_value(f, bad).validate()
    with pytest.raises(ef.LoadError) as info:
        ef.parse_bytes(document(with_value(f, bad)))
    msg = str(info.value)
    assert f"experiment.{f.path}" in msg and "\n" not in msg
    assert ("at least" if side == "minimum" else "at most") in msg


FLAG_BOUNDS = [(f, side) for f, side in BOUNDS if f.flag]


@pytest.mark.parametrize("f, side", FLAG_BOUNDS, ids=lambda x: getattr(x, "path", x))
def test_the_cli_accepts_each_flag_bound_and_refuses_just_past_it(f, side, capsys):
    lo, hi = f.flag_range()
    bound = lo if side == "minimum" else hi
    bound = int(bound) if f.kind == "int" else float(bound)
    assert cli_value(f, bound) == bound
    line = cli_refusal(capsys, f, past(f, bound, side))
    assert ("at least" if side == "minimum" else "at most") in line


def test_the_cli_range_differs_from_the_schema_only_where_the_schema_says_why():
    for f in NUMERIC:
        if f.flag and f.flag_range() != (f.minimum, f.maximum):
            assert f.flag_minimum is not None and f.editor_why


@settings(deadline=None, max_examples=40)
@given(data=st.data())
def test_any_value_inside_the_bounds_passes_all_three_readers(data):
    f = data.draw(st.sampled_from([f for f in NUMERIC if f.flag]))
    lo, hi = f.flag_range()
    if f.kind == "int":
        v = data.draw(st.integers(int(lo), int(hi) if hi is not None else 10 ** 6))
    else:
        v = data.draw(st.floats(lo, hi if hi is not None else 1e6, allow_nan=False))
    if f.path == "training.batch_size":   # memory: a batch beyond the points is pointless
        v = min(v, 10_000)
    validation_accepts(f, v)
    loader_accepts(f, v)
    assert cli_value(f, v) == v


@settings(deadline=None, max_examples=40)
@given(data=st.data())
def test_any_value_outside_the_bounds_is_refused_by_all_three(data):
    f, side = data.draw(st.sampled_from(FLAG_BOUNDS))
    bound = getattr(f, side)
    if f.kind == "int":
        v = data.draw(st.integers(max_value=int(bound) - 1) if side == "minimum"
                      else st.integers(min_value=int(bound) + 1))
    else:
        v = data.draw(st.floats(max_value=past(f, bound, side), allow_nan=False,
                                allow_infinity=False) if side == "minimum"
                      else st.floats(min_value=past(f, bound, side), allow_nan=False,
                                     allow_infinity=False))
    with pytest.raises(AnnStudioError):
        with_value(f, v).validate()
    with pytest.raises(ef.LoadError):
        ef.parse_bytes(document(with_value(f, v)))
    with pytest.raises(SystemExit):
        train_parser().parse_args([f"{f.flag}={text(v)}"])


# ------------------------------------------------------------------ choices
CHOICES = [f for f in schema.FIELDS if f.kind == "choice"]


@pytest.mark.parametrize("f", CHOICES, ids=lambda f: f.path)
def test_every_choice_is_accepted_and_an_unknown_one_refused(f, capsys):
    for c in f.allowed():
        if f.path == "dataset.name" and c in ("csv", "points"):
            continue   # these need a file path / the points themselves (tests/io)
        exp = with_value(f, [c] if f.items else c)
        if f.path == "network.activations":
            exp.network.activations = [c] * len(exp.network.hidden)
        if f.path == "training.dtype" and c == "float32":
            exp.training.engine = "torch"
        exp.validate()
        loaded = ef.parse_bytes(document(exp))
        got = schema.get(loaded.experiment, f)
        assert (got[0] if f.items else got) == c
    bad = "no_such_" + f.key
    exp = with_value(f, [bad] if f.items else bad)
    with pytest.raises(AnnStudioError, match=bad):
        exp.validate()
    with pytest.raises(ef.LoadError, match=bad):
        ef.parse_bytes(document(exp))
    if f.flag:
        line = cli_refusal(capsys, f, bad)
        assert bad in line


def test_the_cli_help_shows_each_flags_bounds(capsys):
    with pytest.raises(SystemExit):
        train_parser().parse_args(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    for f in schema.FIELDS:
        if f.flag and f.kind in ("int", "float"):
            assert f.bounds_text(*f.flag_range()) in out, f.path
        if f.flag and f.kind == "choice":
            assert ", ".join(f.allowed()) in out, f.path
