"""Files: experiment files, presets, CSV data, exports (the layer between core and the GUI/CLI)."""
