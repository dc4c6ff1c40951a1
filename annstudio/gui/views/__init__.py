"""Live views: each builds its pyqtgraph items once and updates them from snapshots."""
