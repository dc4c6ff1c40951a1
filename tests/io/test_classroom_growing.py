"""A hand-in built without being written (what the network sends), a received one stored
as sent, and the class table of a folder that grows one file at a time — compared with
`collect` of the same folder read from scratch."""
import json
import os

import pytest

from annstudio.io import classroom, experiment_file
from tests.io.test_classroom import made, runs  # noqa: F401  (module fixtures)


def test_the_document_is_what_hand_in_writes_and_nothing_is_written(made, runs, tmp_path):
    ch = classroom.load_challenge(made[1])
    before = sorted(os.listdir(tmp_path))
    doc = classroom.handin_document(runs["ada"], ch, "Ada", token="a" * 32, now=0)
    assert sorted(os.listdir(tmp_path)) == before
    assert doc.stem == "Ada-1970-01-01T000000Z"
    path = classroom.hand_in(runs["ada"], ch, "Ada", tmp_path, token="a" * 32, now=0)
    assert open(path, "rb").read() == doc.data
    with pytest.raises(classroom.Refused, match="parameters"):
        classroom.handin_document(runs["bob"], ch, "Bob")   # 30,30: over the 500 limit


def test_a_document_over_the_cap_is_refused_before_it_is_sent(made, runs, monkeypatch):
    ch = classroom.load_challenge(made[1])
    monkeypatch.setattr(classroom, "MAX_HANDIN_BYTES", 1000)
    with pytest.raises(classroom.Refused, match="hand-ins are at most") as e:
        classroom.handin_document(runs["ada"], ch, "Ada")
    assert "train fewer epochs" in e.value.reasons[0]


def test_a_received_hand_in_is_checked_then_stored_unchanged(made, runs, tmp_path):
    ch = classroom.load_challenge(made[1])
    doc = classroom.handin_document(runs["cy"], ch, "<img src=x>", token="c" * 32, now=0)
    path, h = classroom.store_received(doc.data, ch.id, tmp_path)
    assert h.student == "<img src=x>" and os.path.basename(path) == "img_src_x-1970-01-01T000000Z.handin"
    assert open(path, "rb").read() == doc.data
    path2, _ = classroom.store_received(doc.data, ch.id, tmp_path)
    assert path2 != path and open(path, "rb").read() == doc.data
    for raw, words in ((doc.data, "another challenge"), (b"[1, 2", "not valid JSON"),
                       (json.dumps({"format": "annstudio-handin", "version": 1}).encode(),
                        "is missing")):
        with pytest.raises(experiment_file.LoadError, match=words):
            classroom.store_received(raw, "0" * 32 if words == "another challenge" else ch.id,
                                     tmp_path)
    assert len(os.listdir(tmp_path)) == 2


def test_a_growing_class_ranks_as_collect_does(made, runs, tmp_path):
    ch = classroom.load_challenge(made[1])
    key = classroom.load_key(made[2])
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    first = classroom.hand_in(runs["ada"], ch, "Ada", inbox, token="a" * 32, now=0)
    (inbox / "notes.txt").write_text("not a hand-in")
    grow = classroom.GrowingClass(key, inbox)
    assert json.dumps(classroom.to_json(grow.collection())) == \
        json.dumps(classroom.to_json(classroom.collect(inbox, key)))
    for name, now in (("cy", 10), ("dee", 20), ("ada", 30), ("eve", 40)):
        p = classroom.hand_in(runs[name], ch, name.title(), inbox, token=name[0] * 32, now=now)
        grow.add_file(p)
        got = classroom.to_json(grow.collection())
        assert got == classroom.to_json(classroom.collect(inbox, key)), name
    got = grow.collection()
    assert [r.label for r in got.rows if r.rank] and \
        next(r for r in got.rows if r.file == os.path.basename(first)).superseded
    # ranking again never piles up flags on the kept rows
    assert classroom.to_json(grow.collection()) == classroom.to_json(got)
    grow.add_refused("192.168.1.23 (Zed)", "the class code is wrong")
    rows = grow.collection().rows
    assert rows[-1].file == "192.168.1.23 (Zed)" and rows[-1].refused == "the class code is wrong"
    grow.MAX_REFUSED = 1
    grow.add_refused("x", "y")
    assert grow.refusals == 2 and len(grow.collection().rows) == len(rows)
