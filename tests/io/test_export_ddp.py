"""The --distributed PyTorch export: one file that runs as ``python train_ddp.py`` and as
``torchrun --nproc_per_node=N train_ddp.py`` with the same global batch, and so the same
training, whatever N.

Oracles: the one-process run of the same script, the plain export (``--app-order``) and the
NumPy engine (an independent implementation); the gradient of the global batch's mean loss
computed in one piece.
"""
import ast
import contextlib
import io
import os
import re
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

torch = pytest.importorskip("torch")

from annstudio.core.experiment import (DatasetSpec, Experiment, NetworkSpec,  # noqa: E402
                                       OptimizerSpec, TrainingSpec)
from annstudio.engines.factory import from_experiment  # noqa: E402
from annstudio.io import experiment_file as ef  # noqa: E402
from annstudio.io import export_torch  # noqa: E402
from tests.io.test_export_torch import load_script, losses  # noqa: E402

# 91 points, 20% test: 73 training points, batches of 8: the last batch holds 1 point, so
# with 2 processes one of them has no rows in it (the uneven case).
MOONS = DatasetSpec("moons", n=91, noise=0.2, seed=1)


def experiment(dataset=MOONS, optimizer="adam", params=None, batch_size=8, epochs=3,
               hidden=(6, 5), acts=("relu", "tanh")):
    return Experiment(dataset=dataset,
                      network=NetworkSpec(list(hidden), list(acts), "auto", "lecture", 1),
                      optimizer=OptimizerSpec(optimizer, params or {"lr": 0.01}),
                      training=TrainingSpec(batch_size=batch_size, epochs=epochs, seed=3,
                                            dtype="float64"))


def run_main(mod, *args):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        mod.main(["--cpu", *args])
    return buf.getvalue()


def checkpoint(path):
    return torch.load(path, weights_only=True)


def _env():
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "RANK", "WORLD_SIZE", "LOCAL_RANK", "MASTER_ADDR",
                        "MASTER_PORT")}
    env["OMP_NUM_THREADS"] = "1"      # two processes on a shared 2-core box
    return env


def _torchrun(script, cwd, n, *args):
    return subprocess.run([sys.executable, "-m", "torch.distributed.run", "--standalone",
                           f"--nproc_per_node={n}", str(script), "--cpu", *args],
                          cwd=cwd, env=_env(), capture_output=True, text=True, timeout=300)


@pytest.mark.skipif(not torch.distributed.is_available(),
                    reason="this PyTorch build has no torch.distributed")
def test_torchrun_with_one_two_and_three_processes_trains_exactly_like_one(tmp_path):
    """torchrun --standalone --nproc_per_node=N (gloo), N = 1, 2, 3: the per-epoch losses
    and the final weights equal those of ``python train_ddp.py`` and the app's losses. A
    batch of 8 does not split over 3 processes (3 + 3 + 2), and the last batch of the 73
    training points holds 1 point: two of three processes have none of it."""
    exp = experiment(epochs=2)
    ef.save(tmp_path / "m.annstudio", exp)
    script = tmp_path / "train_ddp.py"
    assert export_torch.main_export([str(tmp_path / "m.annstudio"), "--distributed",
                                     "-o", str(script)]) == 0
    text = script.read_text(encoding="utf-8")
    assert not re.search(r"^\s*(import|from)\s+annstudio", text, re.M)   # torch + numpy only

    one = subprocess.run([sys.executable, str(script), "--cpu", "--checkpoint", "one.pt"],
                         cwd=tmp_path, env=_env(), capture_output=True, text=True, timeout=300)
    assert one.returncode == 0, one.stderr[-2000:]
    assert "training on 1 process (cpu)" in one.stdout
    a = checkpoint(tmp_path / "one.pt")
    assert a["epoch"] == 2
    assert a["history"]["train_loss"][-1] < a["history"]["train_loss"][0]   # it trained
    app = from_experiment(exp)
    app.train(2)
    np.testing.assert_allclose(a["history"]["train_loss"], app.history.train_loss, rtol=1e-9)
    np.testing.assert_allclose(a["history"]["test_loss"], app.history.test_loss, rtol=1e-9)

    shares = {1: "8", 2: "4 + 4", 3: "3 + 3 + 2"}
    for n in (1, 2, 3):
        run = _torchrun(script, tmp_path, n, "--checkpoint", f"{n}.pt")
        assert run.returncode == 0, (n, run.stderr[-3000:])
        assert f"global batch 8 = {shares[n]}" in run.stdout
        assert len(losses(run.stdout)) == 2          # rank 0 alone logs: one line per epoch
        b = checkpoint(tmp_path / f"{n}.pt")
        assert b["epoch"] == 2
        for key in ("train_loss", "test_loss"):
            np.testing.assert_allclose(b["history"][key], a["history"][key], rtol=0,
                                       atol=1e-10, err_msg=f"{n} processes")
        assert a["model"].keys() == b["model"].keys()
        for k in a["model"]:
            assert b["model"][k].dtype == torch.float64
            np.testing.assert_allclose(b["model"][k].numpy(), a["model"][k].numpy(), rtol=0,
                                       atol=1e-12, err_msg=f"{n} processes")
    # the only checkpoints are the ones asked for
    assert sorted(p for p in os.listdir(tmp_path) if p.endswith(".pt") or ".tmp" in p) == \
        ["1.pt", "2.pt", "3.pt", "one.pt"]


def _unused_top_level_names(text):
    """Names a script imports, defines or assigns at its top level and never reads."""
    tree = ast.parse(text)
    defined = set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            defined.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            defined |= {(a.asname or a.name).split(".")[0] for a in node.names}
        elif isinstance(node, ast.Assign):
            defined |= {n.id for t in node.targets for n in ast.walk(t)
                        if isinstance(n, ast.Name)}
    read = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)
            and isinstance(n.ctx, ast.Load)}
    return sorted(defined - read)


def test_the_unused_name_check_finds_an_unused_name():
    assert _unused_top_level_names("import os\nimport sys\nA = 1\n\n\ndef f():\n"
                                   "    return sys\n\n\nf()\n") == ["A", "os"]


CASES = [
    ("adam-moons-uneven", MOONS, "adam", {"lr": 0.01}, 8),
    ("lecture_momentum", DatasetSpec("moons", n=80, seed=1), "lecture_momentum",
     {"lr": 0.04, "eta": 0.7}, 10),
    ("adagrad-multiclass", DatasetSpec("blobs", n=80, seed=2, classes=3), "adagrad",
     {"lr": 0.05}, 8),
    ("rmsprop-regression", DatasetSpec("sine", n=80, seed=3), "rmsprop",
     {"lr": 0.005, "centered": True}, 8),
    ("lecture_rmsprop", DatasetSpec("circles", n=80, seed=4), "lecture_rmsprop", {"lr": 0.01}, 8),
    ("sgd-iris-shipped", DatasetSpec("iris", seed=2, test_fraction=0.3), "sgd",
     {"lr": 0.05, "momentum": 0.9}, 12),
]


@pytest.mark.parametrize("name,spec,optimizer,params,batch", CASES, ids=[c[0] for c in CASES])
def test_one_process_equals_the_plain_export_and_the_numpy_engine(tmp_path, name, spec,
                                                                  optimizer, params, batch):
    exp = experiment(spec, optimizer, params, batch_size=batch)
    ddp = load_script(export_torch.write_distributed_script(tmp_path / "d.py", exp))
    plain = load_script(export_torch.write_script(tmp_path / "p.py", exp))
    out = run_main(ddp, "--checkpoint", str(tmp_path / "c.pt"))
    assert losses(out) == losses(run_main(plain, "--app-order"))   # the printed 6 decimals
    eng = from_experiment(exp)
    eng.train(3)
    h = checkpoint(tmp_path / "c.pt")["history"]
    np.testing.assert_allclose(h["train_loss"], eng.history.train_loss, rtol=1e-9)
    np.testing.assert_allclose(h["test_loss"], eng.history.test_loss, rtol=1e-9)


@pytest.mark.parametrize("name,spec,optimizer,params,batch", CASES, ids=[c[0] for c in CASES])
def test_shares_scaled_and_averaged_give_the_global_batch_gradient(tmp_path, name, spec,
                                                                   optimizer, params, batch):
    """What DDP does, by hand: each of `world` processes takes its rows of a global batch,
    computes summed_loss · world / (n · terms), and the gradients are averaged (÷ world).
    Oracle: the gradient of the plain export's mean loss (loss_of) on the whole batch."""
    mod = load_script(export_torch.write_distributed_script(tmp_path / "d.py", experiment(
        spec, optimizer, params, batch_size=batch)))
    X, y, _, _ = mod.make_data()
    net = mod.Net().double()
    mod.load_weights(net)
    ys = (torch.tensor(y.reshape(-1, 1)) if mod.loss_fn.__class__.__name__ != "CrossEntropyLoss"
          else torch.tensor(y.astype(np.int64)))
    Xt = torch.tensor(X)
    terms = ys[0].numel()

    def grads(loss):
        net.zero_grad()
        loss.backward()
        return [p.grad.clone() for p in net.parameters()]

    for world in (1, 2, 3, 4):
        batches = mod.GlobalBatches(len(X), batch, 0, world, seed=5)
        last = None
        for last in range(len(batches)):
            pass
        # the last global batch (often uneven over the processes) and the first
        for step in sorted({0, last}):
            shares = [list(mod.GlobalBatches(len(X), batch, r, world, seed=5))[step]
                      for r in range(world)]
            rows = torch.cat([s for s, _ in shares])
            n = shares[0][1]
            assert sorted(rows.tolist()) == sorted(list(mod.GlobalBatches(len(X), batch,
                                                                          seed=5))[step][0].tolist())
            want = grads(mod.loss_of(net, Xt[rows], ys[rows]))
            per_rank = [grads(mod.summed_loss(net, net(Xt[s]), ys[s]) * (world / (n * terms)))
                        for s, _ in shares]
            got = [sum(g) / world for g in zip(*per_rank)]
            for g, w in zip(got, want):
                np.testing.assert_allclose(g.numpy(), w.numpy(), rtol=1e-12, atol=1e-15)


@settings(deadline=None, max_examples=60)
@given(n=st.integers(1, 60), batch=st.integers(1, 12), world=st.integers(1, 5),
       epoch=st.integers(0, 3), shuffle=st.booleans())
def test_the_processes_together_visit_the_one_process_batches(tmp_path_factory, n, batch,
                                                              world, epoch, shuffle):
    mod = _moons_script(tmp_path_factory)
    one = mod.GlobalBatches(n, batch, 0, 1, seed=7, shuffle=shuffle)
    one.set_epoch(epoch)
    parts = []
    for r in range(world):
        g = mod.GlobalBatches(n, batch, r, world, seed=7, shuffle=shuffle)
        g.set_epoch(epoch)
        parts.append(list(g))
    for step, (rows, size) in enumerate(one):
        got = [parts[r][step] for r in range(world)]
        assert all(s == size == len(rows) for _, s in got)
        # interleaved: rank r holds rows r, r + world, … of the global batch
        merged = torch.empty(len(rows), dtype=torch.long)
        for r, (share, _) in enumerate(got):
            merged[r::world] = share
        assert torch.equal(merged, rows)
    assert all(len(p) == len(list(one)) for p in parts)
    # the app's order: epoch e is default_rng([seed, e]).permutation(n)
    if shuffle:
        want = np.random.default_rng([7, epoch]).permutation(n)
        assert np.array_equal(torch.cat([r for r, _ in one]).numpy(), want)


_SCRIPTS = {}


def _moons_script(tmp_path_factory):
    if "moons" not in _SCRIPTS:
        path = tmp_path_factory.mktemp("ddp") / "d.py"
        _SCRIPTS["moons"] = load_script(export_torch.write_distributed_script(path, experiment()))
    return _SCRIPTS["moons"]


def test_resume_continues_exactly(tmp_path):
    mod = load_script(export_torch.write_distributed_script(tmp_path / "d.py", experiment()))
    run_main(mod, "--epochs", "3", "--checkpoint", str(tmp_path / "full.pt"))
    run_main(mod, "--epochs", "2", "--checkpoint", str(tmp_path / "part.pt"))
    out = run_main(mod, "--epochs", "3", "--resume", str(tmp_path / "part.pt"),
                   "--checkpoint", str(tmp_path / "part.pt"))
    assert [int(m.group(1)) for m in re.finditer(r"^epoch\s+(\d+)", out, re.M)] == [3]
    a, b = checkpoint(tmp_path / "full.pt"), checkpoint(tmp_path / "part.pt")
    assert a["history"] == b["history"]
    for k in a["model"]:
        assert torch.equal(a["model"][k], b["model"][k])
    assert [p for p in os.listdir(tmp_path) if ".tmp" in p] == []   # atomic saves


@pytest.mark.parametrize("name,spec,optimizer,params,batch", CASES, ids=[c[0] for c in CASES])
def test_the_script_uses_every_name_it_imports_or_defines(tmp_path, name, spec, optimizer,
                                                          params, batch):
    text = export_torch.distributed_script_text(experiment(spec, optimizer, params,
                                                           batch_size=batch))
    assert _unused_top_level_names(text) == []
    assert "AppOrder" not in text and "DataLoader" not in text and "TensorDataset" not in text


def test_no_checkpoint_is_written_unless_asked(tmp_path, monkeypatch):
    mod = load_script(export_torch.write_distributed_script(tmp_path / "d.py", experiment(
        epochs=2)))
    monkeypatch.chdir(tmp_path)
    out = run_main(mod)
    assert len(losses(out)) == 2
    assert [p for p in os.listdir(tmp_path) if p != "__pycache__"] == ["d.py"]
    run_main(mod, "--epochs", "1", "--checkpoint", "here.pt")
    assert checkpoint(tmp_path / "here.pt")["epoch"] == 1


@pytest.mark.parametrize("world", [3, 4, 5])
def test_a_global_batch_that_does_not_split_is_shared_unevenly(tmp_path, world):
    """What main() takes from torchrun's RANK/WORLD_SIZE: the shares of every batch differ
    by at most one point and add up to the batch (10 points over 3, 4 or 5 processes)."""
    mod = load_script(export_torch.write_distributed_script(tmp_path / "d.py",
                                                            experiment(batch_size=10)))
    parts = [list(mod.GlobalBatches(73, 10, r, world, seed=3)) for r in range(world)]
    for step in range(len(parts[0])):
        sizes = [len(parts[r][step][0]) for r in range(world)]
        assert sum(sizes) == parts[0][step][1]
        assert max(sizes) - min(sizes) <= 1


def test_the_plain_export_is_unchanged_by_the_option(tmp_path):
    exp = experiment()
    ef.save(tmp_path / "m.annstudio", exp)
    assert export_torch.main_export([str(tmp_path / "m.annstudio"), "-o",
                                     str(tmp_path / "p.py")]) == 0
    assert (tmp_path / "p.py").read_text(encoding="utf-8") == export_torch.script_text(
        exp, source="m.annstudio")
    assert "DistributedDataParallel" not in (tmp_path / "p.py").read_text(encoding="utf-8")
    assert export_torch.main_export([str(tmp_path / "m.annstudio"), "--distributed", "-o",
                                     str(tmp_path / "d.py")]) == 0
    text = (tmp_path / "d.py").read_text(encoding="utf-8")
    assert "DDP(net" in text and 'init_process_group("nccl" if use_cuda else "gloo")' in text
    compile(text, "d.py", "exec")
