"""Usage errors of the command line: one line on stderr and exit status `EXIT_USAGE`.

Shared by every subcommand's parser (`annstudio.cli`, `annstudio.bench`).
"""
from __future__ import annotations

import argparse

EXIT_USAGE = 2


class OneLineParser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line."""

    def error(self, message):
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")
