"""Engine process entry points that cannot serve, for the tests of a failed start.

A test puts one in place of `annstudio.engines.host.main` (the spawn target the worker
starts): the spawned child imports it from here by name, so it must live in a module, not
in a test function.
"""
import os

EXIT_CODE = 7


def exit_at_once(conn, out=None):
    """End before the first heartbeat, as a child that cannot import its libraries does."""
    os._exit(EXIT_CODE)
