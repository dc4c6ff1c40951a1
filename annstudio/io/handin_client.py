"""The student's side of the hand-in server: the teacher's address as typed, and one POST.

The window sends with Qt's QNetworkAccessManager (it must not block); the command line
sends with `http.client` here. Both read the server's answer with `answer`.
"""
from __future__ import annotations

import json
import re

from annstudio.core.errors import AnnStudioError

DEFAULT_PORT = 8765
PATH = "/handin"
CODE_HEADER = "X-Class-Code"
_ADDRESS = re.compile(r"(?:https?://)?([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::(\d{1,5}))?/?"
                      r"(?:handin)?")


def parse_address(text):
    """(host, port) from the address a student types, as the teacher's screen shows it:
    ``192.168.1.20:8765``, ``http://192.168.1.20:8765`` (no port: 8765)."""
    m = _ADDRESS.fullmatch(str(text).strip())
    port = int(m.group(2)) if m and m.group(2) else DEFAULT_PORT
    if not m or not 1 <= port <= 65535:
        raise AnnStudioError(f"{str(text)[:60]!r} is not an address such as 192.168.1.20:8765 "
                             "(type the one on your teacher's screen)")
    return m.group(1).strip("[]"), port


def answer(status, body):
    """(stored file name or None, one sentence) from the server's answer."""
    try:
        doc = json.loads(bytes(body).decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        doc = None
    if not isinstance(doc, dict):
        return None, (f"the teacher's computer answered {status} without a reason; is the "
                      "address that of ANN Studio's hand-in server?")
    if status == 201 and isinstance(doc.get("stored"), str):
        return doc["stored"][:200], "stored"
    reason = doc.get("refused")
    if not isinstance(reason, str):
        reason = f"the teacher's computer answered {status}"
    return None, "".join(c for c in reason[:500] if c.isprintable())


def send(document, host, port, code, timeout=30):
    """POST ``document`` (`classroom.Document`) to the teacher's server; the stored file's
    name, or AnnStudioError with the server's reason (or why it could not be reached)."""
    import http.client
    conn = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        try:
            conn.request("POST", PATH, body=document.data,
                         headers={"Content-Type": "application/json", CODE_HEADER: code})
        except (BrokenPipeError, ConnectionResetError):
            pass                    # refused while sending: its answer may still be there
        r = conn.getresponse()
        stored, sentence = answer(r.status, r.read(64 * 1024))
    except (OSError, http.client.HTTPException) as e:
        why = (e.strerror if isinstance(e, OSError) else None) or str(e) or type(e).__name__
        raise AnnStudioError(f"cannot reach the teacher's computer at {host}:{port}: {why}; "
                             "nothing was handed in") from None
    finally:
        conn.close()
    if stored is None:
        raise AnnStudioError(f"the teacher's computer refused the hand-in: {sentence}")
    return stored
