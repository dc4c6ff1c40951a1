"""The lessons' translations (annstudio/assets/translations/src/lessons.json) say what the
English lesson says: every number the English text quotes (which ``annstudio lessons
--check`` verifies) appears in every language, none more, none other; the placeholders
are the same; and every text a shipped lesson shows a student has all four languages."""
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from annstudio.core.notation import NUMBERING_NOTE
from annstudio.io import lessons

SRC = Path(lessons.__file__).resolve().parent.parent / "assets" / "translations" / "src"
LANGUAGES = ("de", "es", "fr", "zh_CN")
TABLE = json.loads((SRC / "lessons.json").read_text(encoding="utf-8"))
ENTRIES = [(ctx, en, lang, tr[lang]) for ctx, d in TABLE.items() for en, tr in d.items()
           for lang in LANGUAGES]
# ASCII digits only: the lecture's subscripts and superscripts (W₁, u₃,₀, ∇²) are
# symbols, not quoted numbers
NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")
DECIMAL_COMMA = re.compile(r"(?<=[0-9]),(?=[0-9])")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def numbers(text, translated=False):
    if translated:       # 0,35 in de/es/fr is 0.35; coordinates there are written (0, 0)
        text = DECIMAL_COMMA.sub(".", text)
    return Counter(float(x) for x in NUMBER.findall(text))


def test_the_number_reader_sees_what_a_reader_sees():
    assert numbers("falls from 0.47 to 0.35 in 50 epochs") == Counter([0.47, 0.35, 50])
    assert numbers("fällt von 0,47 auf 0,35", translated=True) == Counter([0.47, 0.35])
    assert numbers("W₁ = [[−1], [−1]], b₁ = 1/2") == Counter([1, 1, 1, 2])
    assert numbers("σ(1/2) for (0,0)") == numbers("σ(1/2) für (0, 0)", translated=True)
    # a wrong number, a missing one or a comma-joined pair is caught
    assert numbers("0.66 at epoch 10") != numbers("0,68 in Epoche 10", translated=True)
    assert numbers("(0,0) and (1,1)") != numbers("(0,0) und (1,1)", translated=True)


@pytest.mark.parametrize("ctx, en, lang, text", ENTRIES,
                         ids=[f"{c}:{e[:30]}:{lang}" for c, e, lang, _ in ENTRIES])
def test_each_translation_states_the_same_numbers_and_placeholders(ctx, en, lang, text):
    assert text.strip(), "empty translation"
    assert numbers(text, translated=True) == numbers(en), (
        f"numbers differ: {sorted((numbers(text, True) - numbers(en)).elements())} added, "
        f"{sorted((numbers(en) - numbers(text, True)).elements())} missing")
    assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(en))
    if lang != "zh_CN":      # Chinese has no decimal comma to confuse with a list
        assert not re.search(r"[0-9]\.[0-9]", text), "decimal point in a decimal-comma language"


def _shown_texts(plan):
    """Every lesson text the panel shows a student (`annstudio.gui.panels.lesson`)."""
    yield plan["title"]
    yield plan["summary"]
    for step in plan["steps"]:
        yield from (step["title"], step["text"], step.get("hint", ""))
        q = step.get("question") or {}
        yield from (q.get("prompt", ""), q.get("explain", ""), *q.get("choices", []))


@pytest.mark.parametrize("name", list(lessons.ALL_TEXT))
def test_every_text_of_a_shipped_lesson_is_translated(name):
    have = TABLE["Lesson"]
    missing = [t for t in _shown_texts(lessons.plan(name)) if t and t not in have]
    assert not missing, missing
    index = {x.name: x for x in lessons.list_lessons()}
    assert index[name].title in have and index[name].description in have


def test_the_notxor_summary_carries_the_numbering_note_in_every_language():
    summary = lessons.ALL_TEXT["notxor_by_hand"][1]
    assert NUMBERING_NOTE in summary          # one text, spelled out twice in the source
    note = TABLE["Notation"][NUMBERING_NOTE]
    for lang in LANGUAGES:
        assert note[lang] in TABLE["Lesson"][summary][lang], lang
