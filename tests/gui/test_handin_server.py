"""The hand-in server (issue 24 §3) with real sockets on 127.0.0.1: each client runs in a
thread with plain `socket` calls (written here, not through the server's own code), while
the test's Qt event loop runs the server."""
import json
import os
import socket
import threading
import time

import pytest

from annstudio.core.errors import AnnStudioError
from annstudio.engines.factory import from_experiment
from annstudio.gui import handin_server
from annstudio.io import classroom, experiment_file
from tests.gui.test_classroom_windows import small_challenge


def trained_document(ch_path, tmp_path, name="Ada", epochs=2, hidden=(8,)):
    """A student's checked hand-in document for the challenge (trained as a student does)."""
    ch = classroom.load_challenge(ch_path)
    e = ch.experiment.copy()
    e.network.hidden, e.network.activations = list(hidden), ["relu"] * len(hidden)
    eng = from_experiment(e, data=ch.data)
    eng.train(epochs)
    p = tmp_path / f"run-{len(os.listdir(tmp_path))}.annstudio"
    experiment_file.save_engine(p, e, eng, data=ch.data)
    return classroom.handin_document(experiment_file.load(p), ch, name, token="a" * 32)


@pytest.fixture
def lesson(tmp_path):
    ch_path, key_path, _ = small_challenge(tmp_path)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    return ch_path, key_path, inbox


@pytest.fixture
def server(lesson, qtbot):
    ch_path, _, inbox = lesson
    servers = []

    def make(**kw):
        s = handin_server.HandinServer(inbox, classroom.load_challenge(ch_path).id,
                                       code="K7P3QX", **kw)
        s.start("127.0.0.1", 0)
        servers.append(s)
        return s
    yield make
    for s in servers:
        s.stop()


class Client(threading.Thread):
    """Sends ``parts`` (bytes, or a float: seconds to wait) on a plain socket, then reads
    the answer to the end; ``status``, ``reply`` (JSON) and ``raw`` once ``done``."""

    def __init__(self, port, *parts):
        super().__init__(daemon=True)
        self.port, self.parts = port, parts
        self.raw, self.done, self.sent_all, self.error = b"", False, False, None
        self.start()

    def run(self):
        try:
            s = socket.create_connection(("127.0.0.1", self.port), timeout=20)
        except OSError as e:
            self.error, self.done = e, True
            return
        try:
            with s:
                try:
                    for p in self.parts:
                        if isinstance(p, float):
                            time.sleep(p)
                        else:
                            s.sendall(p)
                    self.sent_all = True
                except OSError:
                    pass            # the server refused mid-way and closed: read its answer
                while True:
                    try:
                        chunk = s.recv(65536)
                    except OSError:
                        break
                    if not chunk:
                        break
                    self.raw += chunk
        finally:
            self.done = True

    @property
    def status(self):
        line = self.raw.split(b"\r\n", 1)[0].split()
        return int(line[1]) if len(line) > 1 else None

    @property
    def reply(self):
        return json.loads(self.raw.split(b"\r\n\r\n", 1)[1].decode("utf-8"))


def post(body, code="K7P3QX", path="/handin", method="POST", extra=b""):
    head = (f"{method} {path} HTTP/1.1\r\nHost: teacher\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n").encode()
    if code is not None:
        head += f"X-Class-Code: {code}\r\n".encode()
    return head + extra + b"\r\n" + body


def wait(qtbot, *clients, timeout=20000):
    qtbot.waitUntil(lambda: all(c.done for c in clients), timeout=timeout)


def test_a_valid_hand_in_is_stored_as_sent_and_signalled(lesson, server, qtbot, tmp_path):
    ch_path, _, inbox = lesson
    doc = trained_document(ch_path, tmp_path)
    s = server()
    got, counts = [], []
    s.received.connect(got.append)
    s.countChanged.connect(lambda a, b: counts.append((a, b)))
    c = Client(s.port, post(doc.data, code="k7p 3qx"))     # typed in small letters, a space
    wait(qtbot, c)
    assert c.status == 201
    files = os.listdir(inbox)
    assert c.reply == {"stored": files[0]} and files[0] == doc.stem + ".handin"
    assert (inbox / files[0]).read_bytes() == doc.data
    assert got == [str(inbox / files[0])] and counts == [(1, 0)]
    # the same student again: a second file, the first one kept
    c = Client(s.port, post(doc.data))
    wait(qtbot, c)
    assert c.status == 201 and sorted(os.listdir(inbox)) == sorted(
        [files[0], doc.stem + "-2.handin"])
    assert s.connections == set()


@pytest.mark.parametrize("request_bytes, status, words", [
    (post(b"{}", code="WRONG1"), 403, "the class code is wrong"),
    (post(b"{}", code=None), 403, "the class code is wrong"),
    (post(b"{}", path="/"), 404, "hand-ins go to POST /handin"),
    (post(b"", method="GET"), 405, "only POST is accepted"),
    (b"HELLO THERE\r\n\r\n", 400, "not valid HTTP"),
    (b"POST /handin HTTP/1.1\r\nHost: x\r\nContent-Length: 12\r\nContent-Length: 13\r\n\r\n",
     400, "not valid HTTP"),
    (post(b'{"format": "annstudio-handin"}'), 422, "version"),
    (post(b"\x00\x01binary"), 422, "binary file"),
])
def test_what_is_not_a_hand_in_is_refused_with_one_sentence(server, qtbot, lesson,
                                                            request_bytes, status, words):
    s = server()
    refused = []
    s.refused.connect(lambda who, why: refused.append((who, why)))
    c = Client(s.port, request_bytes)
    wait(qtbot, c)
    assert c.status == status and words in c.reply["refused"], c.raw
    assert refused == [("127.0.0.1", c.reply["refused"])]
    assert (s.n_received, s.n_refused) == (0, 1)
    assert os.listdir(lesson[2]) == []


def test_a_hand_in_for_another_challenge_is_refused(lesson, server, qtbot, tmp_path):
    doc = trained_document(lesson[0], tmp_path)
    s = server()
    c = Client(s.port, post(doc.data.replace(
        classroom.load_challenge(lesson[0]).id.encode(), b"0" * 32)))
    wait(qtbot, c)
    assert c.status == 422 and c.reply == {"refused": "it was handed in for another challenge"}
    assert os.listdir(lesson[2]) == []


def test_too_large_by_content_length_is_refused_before_the_body(server, qtbot, lesson):
    s = server()
    n = 6 * 2 ** 20
    head = (f"POST /handin HTTP/1.1\r\nHost: x\r\nContent-Length: {n}\r\n"
            "X-Class-Code: K7P3QX\r\n\r\n").encode()
    c = Client(s.port, head)              # no body at all: the answer comes anyway
    wait(qtbot, c)
    assert c.status == 413 and c.reply["refused"] == \
        "the hand-in is 6 MB; hand-ins are at most 5 MB"
    assert os.listdir(lesson[2]) == []


def test_too_large_without_content_length_is_refused_as_it_arrives(server, qtbot, lesson):
    s = server()
    head = (b"POST /handin HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
            b"X-Class-Code: K7P3QX\r\n\r\n")
    chunk = b"10000\r\n" + b"x" * 0x10000 + b"\r\n"
    n_chunks = classroom.MAX_HANDIN_BYTES // 0x10000 + 8
    c = Client(s.port, head, *[chunk] * n_chunks, b"0\r\n\r\n")
    wait(qtbot, c)
    assert c.status == 413 and c.reply == {
        "refused": "the hand-in is larger than 5 MB, the most one may be"}
    assert os.listdir(lesson[2]) == [] and s.n_refused == 1


def test_a_slow_or_silent_client_is_answered_408_and_closed(server, qtbot):
    s = server(idle_ms=300, request_ms=1500)
    silent = Client(s.port, b"POST /handin HTTP/1.1\r\n")
    # a byte every 0.2 s never trips the idle timer; the whole request's deadline does
    slow = Client(s.port, *[x for b in post(b"{}" * 50) for x in (bytes([b]), 0.2)])
    wait(qtbot, silent, slow, timeout=30000)
    assert silent.status == 408 and silent.reply["refused"].startswith("nothing came for 0.3 s")
    assert slow.status == 408 and "did not arrive within 1.5 s" in slow.reply["refused"]
    assert not slow.sent_all
    qtbot.waitUntil(lambda: not s.connections, timeout=5000)


def test_connections_over_the_cap_get_503(server, qtbot):
    s = server(max_connections=2)
    held = [Client(s.port, b"POST /handin HTTP/1.1\r\n", 3.0) for _ in range(2)]
    qtbot.waitUntil(lambda: len(s.connections) == 2, timeout=5000)
    extra = Client(s.port, post(b"{}"))
    wait(qtbot, extra)
    assert extra.status == 503 and "busy" in extra.reply["refused"]
    s.stop()                               # stopping closes the held connections
    wait(qtbot, *held)
    assert all(c.raw == b"" for c in held) and not s.listening


def test_stop_frees_the_port_and_a_busy_port_is_told(lesson, qtbot):
    ch_id = classroom.load_challenge(lesson[0]).id
    a = handin_server.HandinServer(lesson[2], ch_id)
    b = handin_server.HandinServer(lesson[2], ch_id)
    port = a.start("127.0.0.1", 0)
    try:
        with pytest.raises(AnnStudioError, match=f"port {port} on 127.0.0.1 is already in use"):
            b.start("127.0.0.1", port)
        other = b.start("127.0.0.1", port, any_free=True)
        assert other != port and b.listening
        b.stop()
        a.stop()
        assert a.start("127.0.0.1", port) == port      # free again once stopped
    finally:
        a.stop()
        b.stop()
    with pytest.raises(AnnStudioError, match="not an IPv4 address"):
        a.start("teacher's laptop", 0)


def test_class_codes_and_addresses():
    codes = {handin_server.new_class_code() for _ in range(200)}
    assert len(codes) > 190
    assert all(len(c) == 6 and set(c) <= set(handin_server.CODE_ALPHABET) for c in codes)
    assert not set("0O1IL2Z5S8B") & set(handin_server.CODE_ALPHABET)
    found = handin_server.ipv4_addresses()
    assert found[-1] == "127.0.0.1" and all(a.count(".") == 3 for a in found)
