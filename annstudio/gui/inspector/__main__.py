"""``python -m annstudio.gui.inspector [--preset not_xor|lecture_moons] [--screenshot PNG]``:
the inspector alone, on a lecture preset."""
from __future__ import annotations

import argparse
import sys


def main(argv=None):
    import annstudio.gui  # noqa: F401  (binds pyqtgraph to PySide6)
    from PySide6.QtWidgets import QApplication

    from annstudio.gui.inspector.widget import InspectorWidget, preset_network_and_data

    p = argparse.ArgumentParser(prog="python -m annstudio.gui.inspector")
    p.add_argument("--preset", default="not_xor", choices=["not_xor", "lecture_moons"])
    p.add_argument("--stage", type=int, default=0, help="step to show first (0-based)")
    p.add_argument("--screenshot", help="save a PNG of the widget and exit")
    args = p.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    net, data = preset_network_and_data(args.preset)
    w = InspectorWidget(lambda: net, data)
    w.resize(900, 1000)
    w.go_to(args.stage)
    w.show()
    if args.screenshot:
        from annstudio.core.errors import AnnStudioError
        from annstudio.gui.picture import save, target_problem
        app.processEvents()
        problem = target_problem(args.screenshot)
        try:
            if problem:
                raise AnnStudioError(problem)
            save(w.grab().toImage(), args.screenshot)
            ok = True
        except AnnStudioError as err:
            print(f"inspector: {err}", file=sys.stderr)
            ok = False
        w.close()
        w.deleteLater()
        app.processEvents()
        return 0 if ok else 1
    rc = app.exec()
    w.deleteLater()
    return rc


if __name__ == "__main__":
    sys.exit(main())
