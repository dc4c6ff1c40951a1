"""Security 1: the exported PyTorch script never runs code that came from a file.

Every text that can come from a shared experiment file, a path or the user (the note,
the CSV path, the dataset/feature/class names, the label column, the file name) goes
through the export. Oracle: the script's syntax tree is exactly that of a clean export
(the texts replaced by "x") — so no text became code — and it always compiles.
"""
import ast
import os
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annstudio.core import datasets
from annstudio.core.experiment import DatasetSpec, Experiment, NetworkSpec, OptimizerSpec, TrainingSpec
from annstudio.io import export_torch

# Fragments that break naive code generation: quotes that close strings and docstrings,
# escapes that a non-raw string interprets (\U, \N{), line ends a comment cannot hold
# (Python ends a line at \n, \r; str.splitlines also at \x0b \x0c \x1c-\x1e \x85 \u2028),
# NUL, lone surrogates (how Linux file names with undecodable bytes reach Python), bidi
# controls, and an encoding cookie.
NASTY = ['"""', "'''", '"', "'", "\\", "\\U0001", "\\N{", "\\x", "\n", "\r", "\r\n", "\x00",
         "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\u2029", "\ud800", "\udcff", "\u202e",
         "# -*- coding: latin-1 -*-", "\nimport os; os.system('touch PWNED')\n", "#", "{", "}",
         "C:\\Users\\new", "\t"]

texts = st.lists(st.one_of(st.sampled_from(NASTY),
                           st.text(alphabet=st.characters(exclude_categories=()), max_size=8)),
                 max_size=8).map("".join)


def _dataset(name, feature_names, class_names):
    rng = np.random.default_rng(0)
    X = rng.normal(size=(12, 2))
    y = (X[:, 0] > 0).astype(float)
    return datasets.Dataset(X[:9], y[:9], X[9:], y[9:], "binary", 2, feature_names, name,
                            None, class_names)


def _experiment(note, path, label_column):
    return Experiment(
        dataset=DatasetSpec("csv", n=12, noise=0.0, seed=0, path=path, label_column=label_column),
        network=NetworkSpec([3], ["tanh"], "auto", "lecture", 1),
        optimizer=OptimizerSpec("sgd", {"lr": 0.1}),
        training=TrainingSpec(batch_size=4, epochs=1, seed=0), note=note)


def _script(note="x", path="x", label="x", name="x", feats=("x", "x"), classes=("x", "x"),
            source="x", generated=False, distributed=False):
    exp = _experiment(note, path, label)
    data = _dataset(name, list(feats), list(classes))
    if generated:
        exp.dataset = DatasetSpec("moons", n=12, noise=0.1, seed=0)
        data = None
    text = export_torch.distributed_script_text if distributed else export_torch.script_text
    return text(exp, data=data, source=source)


def _tree(text):
    tree = ast.parse(compile(text, "train.py", "exec", ast.PyCF_ONLY_AST))
    # the class names are data on purpose (the script prints them): they must stay one
    # list of string literals, which is then blanked so the rest of the code is compared
    for node in tree.body:
        if isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] \
                == ["CLASS_NAMES"]:
            assert isinstance(node.value, ast.List) and all(
                isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.value.elts)
            node.value = ast.List(elts=[], ctx=ast.Load())
    return ast.dump(tree)


CLEAN = {}


def _clean(generated, distributed=False):
    if (generated, distributed) not in CLEAN:
        CLEAN[generated, distributed] = _tree(_script(generated=generated,
                                                      distributed=distributed))
    return CLEAN[generated, distributed]


@settings(deadline=None, max_examples=150)
@given(note=texts, path=texts, label=texts, name=texts, f1=texts, c1=texts, source=texts,
       generated=st.booleans(), distributed=st.booleans())
def test_every_text_field_stays_data(note, path, label, name, f1, c1, source, generated,
                                     distributed):
    """The plain export and the --distributed (torchrun) one alike."""
    text = _script(note, path, label, name, (f1, "b"), (c1, "d"), source, generated,
                   distributed)
    # it is valid UTF-8 (the file is written so), it compiles, and no text became code
    text.encode("utf-8")
    assert _tree(text) == _clean(generated, distributed)


@pytest.mark.parametrize("distributed", [False, True], ids=["plain", "distributed"])
@pytest.mark.parametrize("field", ["note", "path", "name", "source"])
def test_known_injections_no_longer_work(field, distributed):
    attack = {"note": 'C:\\Users\\me said """ hi\nimport os  # \\N{oops}',
              "path": "/tmp/a.csv\nimport os; os.system('touch PWNED')",
              "name": 'moons"\nimport os',
              "source": 'x""" ; import os; os.system("touch PWNED") ; """.annstudio'}[field]
    text = _script(**{field: attack}, distributed=distributed)
    assert _tree(text) == _clean(False, distributed)


@pytest.mark.parametrize("distributed", [False, True], ids=["plain", "distributed"])
def test_a_hostile_export_runs_only_the_training(tmp_path, distributed):
    """Run the script with a canary: injected code would create the file."""
    pytest.importorskip("torch")
    canary = tmp_path / "PWNED"
    payload = f"\nopen({str(canary)!r}, 'w').close()\n"
    exp = _experiment('note """' + payload + '\\N{', "/d/x.csv" + payload, "y" + payload)
    data = _dataset("set" + payload, ["a" + payload, "b"], ["c", "d'''" + payload])
    out = tmp_path / 'evil""".py'
    write = export_torch.write_distributed_script if distributed else export_torch.write_script
    write(out, exp, data=data, source='f"""' + payload + '.annstudio')
    r = subprocess.run([sys.executable, str(out), "--epochs", "1", "--cpu"], cwd=tmp_path,
                       capture_output=True, text=True, timeout=300,
                       env={**os.environ, "PYTHONPATH": ""})
    assert r.returncode == 0, r.stderr
    assert "epoch    1" in r.stdout
    assert not canary.exists()
