"""The hand-in server: students hand in over the classroom's network, to the teacher's app.

Qt's own networking (QTcpServer, QTcpSocket: no thread, no extra event loop) carries the
bytes and the maintained ``h11`` library parses HTTP: no HTTP parser is written here. The
rules, for a server any machine on the network can reach:

* only ``POST /handin`` with the right class code (header ``X-Class-Code``, compared with
  `hmac.compare_digest`) is read; anything else gets 4xx and one sentence in JSON;
* a hand-in is at most ``io.classroom.MAX_HANDIN_BYTES``: a larger Content-Length is refused
  before its body is read, and a body without one (chunked) is counted as it arrives;
* a connection that sends nothing for ``idle_ms``, or has not sent its whole request after
  ``request_ms`` (a slow sender holding a slot), is answered 408 and closed; at most
  ``max_connections`` are open at once (the next ones get 503);
* a body is checked as a hand-in for the key's challenge (`io.classroom.store_received`)
  and stored under a new name in the class folder (a hand-in never replaces another):
  201 ``{"stored": name}``; a refused one gets 4xx ``{"refused": reason}`` and the
  `refused` signal, so the class table shows it.

Only QtCore and QtNetwork: the command line runs the same server under a QCoreApplication
(``annstudio class serve``).
"""
from __future__ import annotations

import hmac
import http
import json
import os
import secrets

import h11
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtNetwork import QAbstractSocket, QHostAddress, QNetworkInterface, QTcpServer

from annstudio.core.errors import AnnStudioError
from annstudio.io import atomic
from annstudio.io import classroom as io_classroom
from annstudio.io.experiment_file import LoadError
from annstudio.io.handin_client import CODE_HEADER, DEFAULT_PORT, PATH

# no 0/O, 1/I/L, 2/Z, 5/S, 8/B: read off a projector from the back of the room
CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
CODE_LENGTH = 6
MAX_HEADER_BYTES = 16 * 1024
DRAIN_MS = 2000             # after a refusal, what the client still sends is read and dropped


def new_class_code():
    """Six characters from an alphabet with no look-alikes, drawn by `secrets`."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normal_code(text):
    """A class code as typed: spaces dropped, capitals (codes are shown in capitals)."""
    return "".join(str(text).split()).upper()


def ipv4_addresses():
    """This machine's IPv4 addresses as text, those other machines can reach first, the
    loopback one (this machine only) last."""
    found = [a for a in QNetworkInterface.allAddresses()
             if a.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol]
    outside = sorted({a.toString() for a in found if not a.isLoopback()})
    return outside + ["127.0.0.1"]


def url(address, port):
    return f"http://{address}:{port}"


class HandinServer(QObject):
    """Receives hand-ins for ``challenge_id`` into ``folder`` while started.

    Signals: ``received(path)`` for each stored hand-in, ``refused(who, reason)`` for each
    refusal (``who``: the sender's address, and the student's name when it was read),
    ``countChanged(received, refused)``."""

    received = Signal(str)
    refused = Signal(str, str)
    countChanged = Signal(int, int)

    def __init__(self, folder, challenge_id, code=None, parent=None, *, max_connections=128,
                 idle_ms=15_000, request_ms=120_000, max_bytes=None):
        super().__init__(parent)
        self.folder, self.challenge_id = os.fspath(folder), challenge_id
        self.code = normal_code(code) if code else new_class_code()
        self.max_connections, self.idle_ms, self.request_ms = (max_connections, idle_ms,
                                                               request_ms)
        self.max_bytes = io_classroom.MAX_HANDIN_BYTES if max_bytes is None else max_bytes
        self.n_received = self.n_refused = 0
        self.connections = set()
        self.tcp = None
        self.address, self.port = "", 0

    # ----------------------------------------------------------------- start / stop
    def start(self, address="127.0.0.1", port=DEFAULT_PORT, any_free=False):
        """Listen on ``address``:``port`` (a port in use: AnnStudioError, or with
        ``any_free`` a free port the system picks). Returns the port."""
        self.stop()
        host = QHostAddress(address)
        if host.isNull():
            raise AnnStudioError(QCoreApplication.translate(
                "HandinServer", "{address} is not an IPv4 address of this computer").format(
                    address=repr(address)))
        tcp = QTcpServer(self)
        tcp.setMaxPendingConnections(self.max_connections)
        if not tcp.listen(host, port):
            problem = tcp.errorString()
            in_use = tcp.serverError() == QAbstractSocket.SocketError.AddressInUseError
            if not (in_use and any_free and tcp.listen(host, 0)):
                tcp.deleteLater()
                if in_use:
                    raise AnnStudioError(QCoreApplication.translate(
                        "HandinServer", "port {port} on {address} is already in use (another "
                                        "hand-in server?); choose another port").format(
                            port=port, address=address))
                raise AnnStudioError(QCoreApplication.translate(
                    "HandinServer", "cannot receive hand-ins on {address}:{port}: "
                                    "{problem}").format(address=address, port=port,
                                                        problem=problem))
        tcp.newConnection.connect(self._accept)
        self.tcp, self.address, self.port = tcp, address, tcp.serverPort()
        return self.port

    @property
    def listening(self):
        return self.tcp is not None and self.tcp.isListening()

    @property
    def url(self):
        return url(self.address, self.port)

    def stop(self):
        """Stop listening and close every connection (answered or not)."""
        if self.tcp is not None:
            self.tcp.close()
            self.tcp.deleteLater()
            self.tcp = None
        for c in list(self.connections):
            c.abort()
        self.connections.clear()

    # ----------------------------------------------------------------- connections
    def _accept(self):
        while self.tcp is not None and self.tcp.hasPendingConnections():
            sock = self.tcp.nextPendingConnection()
            c = _Connection(sock, self)
            self.connections.add(c)
            if len(self.connections) > self.max_connections:
                c.refuse(503, "the teacher's computer is busy with other hand-ins; try again "
                              "in a moment")

    def forget(self, connection):
        self.connections.discard(connection)

    def code_matches(self, given):
        """Whether the header value ``given`` (bytes) is the class code."""
        want = self.code.encode("ascii")
        got = normal_code(given.decode("ascii", "replace")).encode("ascii", "replace")
        return hmac.compare_digest(got, want)

    def store(self, body, who):
        """(status, reply, who) for a whole body: stored, or refused with the reason."""
        try:
            path, h = io_classroom.store_received(bytes(body), self.challenge_id, self.folder)
        except LoadError as e:
            return self.note_refused(422, str(e), who)
        except (AnnStudioError, OSError) as e:
            reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
            return self.note_refused(500, f"the teacher's computer could not store it: "
                                          f"{reason}", who)
        self.n_received += 1
        self.received.emit(path)
        self.countChanged.emit(self.n_received, self.n_refused)
        return 201, {"stored": os.path.basename(path)}, f"{who} ({h.student})"

    def note_refused(self, status, reason, who):
        self.n_refused += 1
        self.refused.emit(who, reason)
        self.countChanged.emit(self.n_received, self.n_refused)
        return status, {"refused": reason}, who


class _Connection(QObject):
    """One client: its socket, its h11 state, its timers, the body so far."""

    def __init__(self, sock, server):
        super().__init__(server)
        self.sock, self.server = sock, server
        self.who = sock.peerAddress().toString()
        self.h11 = h11.Connection(h11.SERVER, max_incomplete_event_size=MAX_HEADER_BYTES)
        self.body = bytearray()
        self.phase = "reading"          # → "draining" once answered → "closing"
        self.drained = 0
        self.idle = QTimer(self, singleShot=True, interval=server.idle_ms)
        self.idle.timeout.connect(lambda: self.timed_out("nothing came for "
                                                         f"{server.idle_ms / 1000:g} s"))
        self.deadline = QTimer(self, singleShot=True, interval=server.request_ms)
        self.deadline.timeout.connect(lambda: self.timed_out(
            f"the hand-in did not arrive within {server.request_ms / 1000:g} s"))
        sock.readyRead.connect(self.read)
        sock.disconnected.connect(self.closed)
        self.idle.start()
        self.deadline.start()

    def read(self):
        data = bytes(self.sock.readAll())
        if self.phase != "reading":     # a refused sender may still be sending: drop it
            self.drained += len(data)
            if self.drained > 2 * self.server.max_bytes:
                self.abort()
            return
        self.idle.start()
        self.h11.receive_data(data)
        try:
            self.events()
        except h11.RemoteProtocolError as e:
            status = e.error_status_hint if 400 <= e.error_status_hint < 500 else 400
            self.refuse(status, f"the request is not valid HTTP ({str(e)[:80]})")

    def events(self):
        while self.phase == "reading":
            ev = self.h11.next_event()
            if ev is h11.NEED_DATA or ev is h11.PAUSED:
                return
            if isinstance(ev, h11.Request):
                self.request(ev)
            elif isinstance(ev, h11.Data):
                self.body += ev.data
                if len(self.body) > self.server.max_bytes:
                    self.refuse(413, self.too_large(None))
            elif isinstance(ev, h11.EndOfMessage):
                self.reply(*self.server.store(self.body, self.who))
            elif isinstance(ev, h11.ConnectionClosed):
                self.abort()
                return

    def request(self, req):
        """Refuse at the headers what is not a hand-in, or too large to be one."""
        target = req.target.decode("ascii", "replace").split("?", 1)[0]
        if target != PATH:
            return self.refuse(404, f"there is nothing at {target[:60]}; hand-ins go to POST "
                                    f"{PATH}")
        if req.method != b"POST":
            return self.refuse(405, f"only POST is accepted at {PATH}")
        headers = {k.lower(): v for k, v in req.headers}
        if not self.server.code_matches(headers.get(CODE_HEADER.lower().encode(), b"")):
            return self.refuse(403, "the class code is wrong; ask your teacher for the code "
                                    "on the screen")
        length = headers.get(b"content-length")
        if length is not None and int(length) > self.server.max_bytes:
            return self.refuse(413, self.too_large(int(length)))
        return None

    def too_large(self, n):
        """The sentence for a body of ``n`` bytes (None: a body without a length, over the
        cap as it arrived)."""
        limit = self.server.max_bytes
        if n is None:
            return f"the hand-in is larger than {limit / 2 ** 20:g} MB, the most one may be"
        return "the hand-in is " + atomic.too_large(n, limit, "hand-ins").removeprefix("it is ")

    def timed_out(self, why):
        if self.phase == "reading":
            self.refuse(408, f"{why}; the connection is closed")
        elif self.phase == "draining":
            self.finish()
        else:
            self.abort()

    def refuse(self, status, reason):
        self.reply(*self.server.note_refused(status, reason, self.who))

    def reply(self, status, body, who):
        """Send the answer, then close: at once when the request has all come; after a
        refusal mid-request, once the client stopped sending or DRAIN_MS passed (closing on
        unread bytes resets the connection, and the client would never read why)."""
        self.phase, self.who = "draining", who
        self.sock.write(self.response(status, body))
        self.idle.stop()
        if self.h11.their_state is h11.DONE:
            self.finish()
        else:
            self.deadline.start(DRAIN_MS)

    def response(self, status, body):
        """The HTTP response's bytes (on a scratch connection when this one cannot send
        one: no request came yet, say)."""
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        head = h11.Response(status_code=status, reason=http.HTTPStatus(status).phrase.encode(),
                            headers=[("Content-Type", "application/json; charset=utf-8"),
                                     ("Content-Length", str(len(data))),
                                     ("Connection", "close")])
        for conn in (self.h11, None):
            if conn is None:
                conn = h11.Connection(h11.SERVER)
                conn.receive_data(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n")
                conn.next_event()
                conn.next_event()
            try:
                return (conn.send(head) + conn.send(h11.Data(data=data)) +
                        conn.send(h11.EndOfMessage()))
            except h11.LocalProtocolError:
                continue
        return b""

    def finish(self):
        """Close once the answer is written (and drop the connection if that hangs)."""
        self.phase = "closing"
        self.deadline.start(DRAIN_MS)
        self.sock.disconnectFromHost()

    def abort(self):
        self.idle.stop()
        self.deadline.stop()
        if self.sock is not None:
            sock, self.sock = self.sock, None
            sock.readyRead.disconnect(self.read)
            sock.disconnected.disconnect(self.closed)
            sock.abort()
            sock.deleteLater()
        self.server.forget(self)
        self.deleteLater()

    def closed(self):
        self.abort()
