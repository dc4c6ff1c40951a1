"""File ▸ Export ▸ "PyTorch script (multi-GPU, torchrun)…" in the real main window."""
import importlib.util

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QFileDialog  # noqa: E402

from tests.gui.conftest import small_moons  # noqa: E402

TEXT = "PyTorch script (multi-GPU, torchrun)…"


def test_the_multi_gpu_export_writes_a_torchrun_script(make_window, qtbot, tmp_path,
                                                       monkeypatch):
    w = make_window(small_moons())
    w.actions["step_epoch"].trigger()          # current weights differ from the initial ones
    qtbot.waitUntil(lambda: len(w.history.epochs) >= 1, timeout=30000)
    entries = [a for a in w.menus["export"].actions() if not a.isSeparator()]
    texts = [a.text() for a in entries]
    assert TEXT in texts
    assert texts.index(TEXT) == texts.index("PyTorch script…") + 1   # right below the plain one
    action = entries[texts.index(TEXT)]
    assert action.isEnabled() and "torchrun --nproc_per_node=N" in action.toolTip()

    asked = []
    target = tmp_path / "run_ddp.py"

    def dialog(parent, title, suggested, file_filter):
        asked.append((title, suggested))
        return str(target), file_filter
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    action.trigger()

    assert len(asked) == 1
    assert asked[0][0] == "Export PyTorch script (multi-GPU, torchrun)"
    assert asked[0][1].endswith("_ddp.py")
    assert getattr(w, "last_error", None) is None
    text = target.read_text(encoding="utf-8")
    compile(text, str(target), "exec")
    assert "DDP(net" in text and "class GlobalBatches" in text
    assert "torchrun --standalone --nproc_per_node=N" in text
    assert "nn.Linear(2, 8)" in text                 # the window's network, 2→8→8→1
    if importlib.util.find_spec("torch") is not None:
        spec = importlib.util.spec_from_file_location("gui_ddp_export", target)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        # the weights in the script are the window's current ones
        for (W, b), (W0, b0) in zip(mod.WEIGHTS, w.network().get_weights()):
            assert np.array_equal(W, W0) and np.array_equal(b, b0)

    # the plain export is still the plain script
    plain = tmp_path / "plain.py"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: (str(plain), "")))
    w.actions["export_torch"].trigger()
    assert "DistributedDataParallel" not in plain.read_text(encoding="utf-8")
