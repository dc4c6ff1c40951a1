"""Short texts about the lecture's notation, shared by the lessons, Help ▸ Notation and
the inspector (plain Unicode text, no markup). Marked for translation: the GUI shows
``translate("Notation", NUMBERING_NOTE)``."""
from annstudio.core.i18n import QT_TRANSLATE_NOOP

# LECTURE.md §6: the worked example and the backprop derivation index u and z one higher
# than the lecture's code; the app follows the code.
NUMBERING_NOTE = QT_TRANSLATE_NOOP(
    "Notation",
    "Numbering: the lecture's worked ¬XOR example and its backprop derivation give u and z "
    "an index one higher than its code: uᵢ₊₁ = zᵢ₊₁Wᵢ + bᵢ with output z₁ (it writes "
    "u₃,₀ = x₀ − x₁). ANN Studio follows the lecture's code: uᵢ = zᵢWᵢ + bᵢ with output z₀, "
    "so the example's u₃ is u₂ here and its z₁ is z₀. The weights W₂, b₂, W₁, b₁ have the "
    "same names in both.")
