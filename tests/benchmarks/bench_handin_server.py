"""Issue 24 §3 benchmark (a script that prints figures, not a test):

    python tests/benchmarks/bench_handin_server.py [--clients 60] [--epochs 50]

The hand-in server on the loopback address, and ``--clients`` students (threads, plain
`http.client`) sending at the same moment (a barrier): most send a valid hand-in of the
lecture's net (moons 500, 2→20→40→20→1 ReLU/σ, SGD, ``--epochs`` epochs of history, each
student's weights a little different), a few send one over the size cap, with a wrong
class code, or tampered with (another challenge's id, a truncated file). Printed: stored,
refused (by reason), lost (a client with no answer, or a valid hand-in not stored: must be
0) and the seconds from the first connection to the last answer.
"""
from __future__ import annotations

import argparse
import collections
import http.client
import os
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, ROOT)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEventLoop  # noqa: E402

from annstudio.core import classroom as rules  # noqa: E402
from annstudio.core.experiment import lecture_moons  # noqa: E402
from annstudio.engines.factory import from_experiment  # noqa: E402
from annstudio.gui.handin_server import HandinServer  # noqa: E402
from annstudio.io import classroom, experiment_file  # noqa: E402


def bodies(tmp, n_clients, epochs):
    """(challenge, [(kind, body, code)]): valid ones, then 3 too large, 3 wrong codes and
    2 tampered."""
    exp = lecture_moons()
    exp.dataset.test_fraction = 0.2
    ch, _, _ = classroom.make_challenge(exp, title="Two moons", locked="dataset,output",
                                        limits=rules.Limits(max_epochs=300), hold_out=0.3)
    eng = from_experiment(ch.experiment.copy(), data=ch.data)
    eng.train(epochs)
    run = os.path.join(tmp, "run.annstudio")
    experiment_file.save_engine(run, ch.experiment, eng, data=ch.data)
    loaded = experiment_file.load(run)
    rng = np.random.default_rng(0)
    n_bad = 8
    out = []
    for i in range(n_clients - n_bad):
        loaded.weights = [(W + 0.01 * rng.standard_normal(W.shape), b)
                          for W, b in eng.network().get_weights()]
        doc = classroom.handin_document(loaded, ch, f"Student {i:03d}", token=f"{i:032x}")
        out.append(("valid", doc.data, None))
    sample = out[0][1]
    out += [("too large", sample + b" " * classroom.MAX_HANDIN_BYTES, None)] * 3
    out += [("wrong code", sample, "WRONG7")] * 3
    out += [("tampered", sample.replace(ch.id.encode(), b"0" * 32), None),
            ("tampered", sample[: len(sample) // 2], None)]
    return ch, out


class Student(threading.Thread):
    def __init__(self, port, code, body, barrier):
        super().__init__(daemon=True)
        self.port, self.code, self.body, self.barrier = port, code, body, barrier
        self.status, self.reply, self.error = None, b"", None

    def run(self):
        self.barrier.wait()
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            try:
                conn.request("POST", "/handin", body=self.body,
                             headers={"X-Class-Code": self.code,
                                      "Content-Type": "application/json"})
            except (BrokenPipeError, ConnectionResetError):
                pass                    # refused while sending: the answer is still read
            r = conn.getresponse()
            self.status, self.reply = r.status, r.read()
        except (OSError, http.client.HTTPException) as e:
            self.error = f"{type(e).__name__}: {e}"
        finally:
            conn.close()


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--clients", type=int, default=60)
    p.add_argument("--epochs", type=int, default=50)
    a = p.parse_args(argv)
    app = QCoreApplication.instance() or QCoreApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        ch, sends = bodies(tmp, a.clients, a.epochs)
        inbox = os.path.join(tmp, "inbox")
        os.mkdir(inbox)
        server = HandinServer(inbox, ch.id)
        port = server.start("127.0.0.1", 0)
        reasons = collections.Counter()
        server.refused.connect(lambda who, why: reasons.update([why[:70]]))
        barrier = threading.Barrier(len(sends) + 1)
        students = [Student(port, code or server.code, body, barrier)
                    for _, body, code in sends]
        for s in students:
            s.start()
        barrier.wait()
        t0 = time.perf_counter()
        while any(s.is_alive() for s in students) and time.perf_counter() - t0 < 120:
            app.processEvents(QEventLoop.AllEvents, 50)
        seconds = time.perf_counter() - t0
        server.stop()
        kinds = [k for k, _, _ in sends]
        stored = sum(s.status == 201 for s in students)
        valid_lost = sum(k == "valid" and s.status != 201 for k, s in zip(kinds, students))
        no_answer = sum(s.status is None for s in students)
        files = len(os.listdir(inbox))
        size = np.mean([len(b) for k, b, _ in sends if k == "valid"]) / 1024
        print(f"{len(sends)} clients at once on 127.0.0.1 ({kinds.count('valid')} valid hand-ins "
              f"of the lecture's net, {size:.0f} KB each; {len(sends) - kinds.count('valid')} "
              "bad):")
        print(f"  stored:  {stored} ({files} files in the folder)")
        print(f"  refused: {server.n_refused}")
        for why, n in reasons.most_common():
            print(f"    {n:3d} × {why}")
        by_kind = collections.Counter((k, s.status) for k, s in zip(kinds, students))
        print("  answers: " + ", ".join(f"{k} → {st}: {n}" for (k, st), n in sorted(
            by_kind.items(), key=lambda kv: (kv[0][0], kv[0][1] or 0))))
        print(f"  lost:    {valid_lost + no_answer} (valid not stored {valid_lost}, no answer "
              f"{no_answer}){''.join(f'; {s.error}' for s in students if s.error)[:300]}")
        print(f"  seconds: {seconds:.2f} from the first connection to the last answer")
        ok = valid_lost == 0 and no_answer == 0 and files == stored
        print(f"Goal (issue 24 §3): no hand-in lost: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
