"""The three editing panels (dataset, network, training); each runs alone:
``python -m annstudio.gui.panels.<name>``."""
