"""A plain PyTorch training loop for `annstudio bench` to compare the engines against.

Kept here, not in bench.py, because only engines/torch* may import torch (DESIGN.md).
"""
from __future__ import annotations

import time

from annstudio.core.network import Network
from annstudio.core.training import batch_order

LECTURE_SIZES = [2, 20, 40, 20, 1]


def torch_version():
    import torch
    return torch.__version__


def plain_torch_run(data, epochs, batch=10, lr=0.015, sizes=LECTURE_SIZES, loader=False,
                    dtype="float32"):
    """The same run as a plain PyTorch CPU loop, written the way the lecture writes it.

    nn.Linear layers + ReLU, BCEWithLogitsLoss, SGD; zero_grad → backward → step; after
    every epoch the loss on the whole training set. ``loader``: the lecture's
    TensorDataset + DataLoader(shuffle=True); otherwise the batches index the tensors in
    the NumPy engine's order. Returns (seconds, final loss).
    """
    import torch
    from torch import nn
    from torch.utils.data import DataLoader, TensorDataset

    from annstudio.engines.torch_engine import configure_threads, torch_dtype
    t0 = time.perf_counter()
    # the same thread rule as the PyTorch engine (one thread for small steps)
    configure_threads(batch * sum(d * e for d, e in zip(sizes[:-1], sizes[1:])))
    tdtype = torch_dtype(dtype)

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.fcs = nn.ModuleList(nn.Linear(d, e, dtype=tdtype)
                                     for d, e in zip(sizes[:-1], sizes[1:]))

        def forward(self, x):
            for fc in self.fcs[:-1]:
                x = torch.relu(fc(x))
            return self.fcs[-1](x)

    model = Net()
    with torch.no_grad():       # the NumPy engine's initial weights (nn.Linear.weight = Wᵀ)
        init = Network.create(sizes, hidden="relu", output="sigmoid", seed=0)
        for fc, layer in zip(model.fcs, init.layers):
            fc.weight.copy_(torch.from_numpy(layer.W.T.copy()))
            fc.bias.copy_(torch.from_numpy(layer.b))
    X = torch.tensor(data.X_train, dtype=tdtype)
    y = torch.tensor(data.y_train, dtype=tdtype).reshape(-1, 1)
    loss_fn = nn.BCEWithLogitsLoss()
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    n = X.shape[0]
    if loader:
        dl = DataLoader(TensorDataset(X, y), batch_size=batch, shuffle=True,
                        generator=torch.Generator().manual_seed(0))
    for epoch in range(epochs):
        if loader:
            batches = dl
        else:
            perm = torch.from_numpy(batch_order(n, epoch, 0))
            batches = ((X[perm[i:i + batch]], y[perm[i:i + batch]]) for i in range(0, n, batch))
        for xb, yb in batches:
            opt.zero_grad()
            loss = loss_fn(model(xb), yb)
            loss.backward()
            opt.step()
        with torch.no_grad():
            final = loss_fn(model(X), y).item()
    return time.perf_counter() - t0, final
