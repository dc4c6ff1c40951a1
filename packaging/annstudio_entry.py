"""Entry script of the frozen (PyInstaller) app.

A frozen app starts its training process by running its own executable again, so
multiprocessing.freeze_support() must run before anything else: in that child it runs
the engine host and exits, instead of opening a second window.
"""
import multiprocessing
import os
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    # A --windowed build on Windows/macOS may start with no console streams at all;
    # give prints and argparse somewhere harmless to write instead of crashing.
    for _name in ("stdout", "stderr"):
        if getattr(sys, _name) is None:
            setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))
    from annstudio.cli import main

    sys.exit(main())
