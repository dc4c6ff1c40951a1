"""The engine host's command handlers, by command type (`engines.messages`).

A module registers ``fn(host, cmd)`` for a command type with `on`; `engines.host.Host`
dispatches each command it receives through `HANDLERS`. The host's own commands and the
live timeline's (`engines.live_timeline`) register here the same way.
"""
from __future__ import annotations

# {command type: (handler, whether it needs a built engine)}
HANDLERS = {}


def on(command_type):
    """Register the decorated ``fn(host, cmd)`` as the handler of ``command_type``."""
    def register(fn):
        HANDLERS[command_type] = (fn, command_type.needs_engine)
        return fn
    return register
