"""The pipe protocol between the GUI and the engine process, built so it cannot deadlock.

Why: a pipe holds ~64 KB. With one thread per side that both sends and receives on
one duplex pipe, a snapshot of a 512-unit layer (~0.6 MB) going one way and two digits
datasets (~0.9 MB each) the other leave both threads in ``send``, each waiting for the
other to read — forever. So:

- Two one-way pipes (GUI → engine commands, engine → GUI messages), each with exactly one
  writer thread and one reader thread.
- Each side has a dedicated reader thread (`Reader`) that does nothing but ``recv`` into an
  in-memory `Inbox`, so every ``send`` completes as soon as the bytes are copied: a writer
  only ever waits for a reader that is already reading. Nothing a reader does can block
  on the other side. (Large payloads therefore need no chunking: they cost one memcpy
  through the pipe; ``Connection.send`` already writes them in one framed message.)
- Inboxes coalesce: for commands whose latest value is all that matters (`SetLr`,
  `SetData`, `SetWeights`, `Configure`, `SetSpeed`, … of `engines.messages`) a new one
  replaces a pending one of its type, so a burst of twenty dataset-seed edits builds one dataset in the engine,
  not twenty, and the inbox stays small however fast the user types.
- The engine sends a `Heartbeat` every `HEARTBEAT_S` from its own thread (so a
  long known operation — importing torch, building a big dataset — keeps beating), and
  the GUI's watchdog calls the engine hung after `WATCHDOG_S` without one.

No Qt here: both the engine process and the GUI's worker use this module.
"""
from __future__ import annotations

import threading
import time
from collections import deque

from annstudio.engines.messages import ANSWERED, SUPERSEDED_BY, Command, Configure

HEARTBEAT_S = 0.5      # the engine's heartbeat period
# No message for this long: the engine is hung (8 missed beats). Importing torch took
# 7.6 s on a busy 2-core box, but the heartbeat thread's longest gap in it was 1.25 s
# (loading one shared library holds the GIL).
WATCHDOG_S = 4.0
STARTUP_S = 60.0       # grace before the first heartbeat (spawning Python + NumPy, busy box)

def coalesce(pending, cmd):
    """Add command ``cmd`` to the deque ``pending``, dropping what it replaces (by type,
    `engines.messages`: ``latest_wins``, ``merged_after``, `messages.SUPERSEDED_BY`).

    Order is kept otherwise: the new command goes last, so e.g. ``SetData(A), Run,
    SetData(B)`` becomes ``Run, SetData(B)`` — the run continues on the newest data.

    Except a `Configure` that replaces a pending one: it takes that one's place, and the
    commands queued after it for its engine (``needs_engine``, unless an answer is awaited:
    `messages.ANSWERED`) go with it — they were meant for a network that will never be
    built. ``Configure(A), SetLr, Configure(B)`` becomes ``Configure(B)``, not ``SetLr,
    Configure(B)``: an lr sent before B must not override B's own, and a fresh process's
    first command stays its Configure (else, under load, it answers "the engine is not
    configured yet").
    """
    kind = type(cmd)
    if not isinstance(cmd, Command):
        pending.append(cmd)               # not a command (a pipe's raw items): in order
        return
    if kind is Configure:
        for i, p in enumerate(pending):
            if type(p) is Configure:
                later = [c for c in list(pending)[i + 1:]
                         if isinstance(c, ANSWERED) or not isinstance(c, Command) or
                         not c.needs_engine]
                for _ in range(len(pending) - i):
                    pending.pop()
                pending.append(cmd)
                pending.extend(later)
                return
    merge = cmd.merged_after
    if merge is not None:
        for i, p in enumerate(pending):
            if type(p) is kind:
                del pending[i]
                cmd = merge(p)
                break
    elif cmd.latest_wins:
        dropped = (kind, *SUPERSEDED_BY.get(kind, ()))
        keep = [c for c in pending if type(c) not in dropped]
        if len(keep) != len(pending):
            pending.clear()
            pending.extend(keep)
    pending.append(cmd)


class Inbox:
    """A thread-safe, coalescing queue of messages (`engines.messages`); `get` waits with a
    timeout. ``coalescing`` False: every message is kept (the GUI's side)."""

    def __init__(self, coalescing=True):
        self._pending = deque()
        self._cond = threading.Condition()
        self._coalescing = coalescing
        self.closed = False
        self.last_arrival = time.monotonic()

    def put(self, msg):
        with self._cond:
            if self._coalescing:
                coalesce(self._pending, msg)
            else:
                self._pending.append(msg)
            self.last_arrival = time.monotonic()
            self._cond.notify()

    def put_front(self, msg):
        """An urgent command (quit, restart) ahead of everything pending."""
        with self._cond:
            self._pending.appendleft(msg)
            self._cond.notify()

    def close(self):
        with self._cond:
            self.closed = True
            self._cond.notify_all()

    def get(self, timeout=None):
        """The next command, or None after ``timeout`` seconds (or at once when closed)."""
        with self._cond:
            if not self._pending and not self.closed and timeout:
                self._cond.wait(timeout)
            return self._pending.popleft() if self._pending else None

    def __len__(self):
        with self._cond:
            return len(self._pending)


class Reader(threading.Thread):
    """Always reading: ``recv`` from ``conn`` and hand each message to ``deliver``.

    Ends on EOF (the other side closed or died) or on a closed connection; then calls
    ``on_eof()``. Never sends, never waits on anything but the pipe.
    """

    def __init__(self, conn, deliver, on_eof=None, name="annstudio-pipe-reader"):
        super().__init__(name=name, daemon=True)
        self.conn = conn
        self.deliver = deliver
        self.on_eof = on_eof

    def run(self):
        try:
            while True:
                self.deliver(self.conn.recv())
        except (EOFError, OSError, TypeError, ValueError):
            pass   # EOF, a closed handle (TypeError/ValueError from a closed Connection)
        finally:
            if self.on_eof is not None:
                self.on_eof()
