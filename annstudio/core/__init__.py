"""Pure NumPy: the lecture's maths. Imports nothing from engines, io, gui, Qt or torch."""
