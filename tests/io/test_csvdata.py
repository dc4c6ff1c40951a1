"""CSV import: headers, labels, delimiters, and one clear error listing every bad row."""
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annstudio.core import datasets as D
from annstudio.core.errors import AnnStudioError
from annstudio.core.experiment import DatasetSpec
from annstudio.io import csvdata
from annstudio.io.csvdata import CsvError, load_csv


def write(tmp_path, text, name="data.csv"):
    p = tmp_path / name
    if isinstance(text, bytes):
        p.write_bytes(text)
    else:
        p.write_text(text, encoding="utf-8")
    return p


def by_first_column(d):
    order = np.argsort(d.X[:, 0], kind="stable")
    return d.X[order], d.y[order]


# --------------------------------------------------------------------------- good files
def test_headerless_numeric_file(tmp_path):
    rows = [(0.5, -1.0, 0), (1.5, 2.0, 1), (2.5, 0.25, 1), (3.5, 4.0, 0)]
    p = write(tmp_path, "\n".join(",".join(str(v) for v in r) for r in rows) + "\n")
    d = load_csv(p, test_fraction=0)
    X, y = by_first_column(d)
    np.testing.assert_array_equal(X, [r[:2] for r in rows])
    np.testing.assert_array_equal(y, [r[2] for r in rows])
    assert (d.task, d.n_classes, d.feature_names, d.name) == ("binary", 2, ["x1", "x2"], "data")
    assert d.spec.name == "csv" and d.spec.path == str(p)


def test_header_with_text_labels(tmp_path):
    p = write(tmp_path, "length,width,species\n1,2,cat\n3,4,dog\n5,6,cat\n7,8,bird\n")
    d = load_csv(p, test_fraction=0)
    assert d.feature_names == ["length", "width"]
    assert d.class_names == ["bird", "cat", "dog"]          # sorted
    assert (d.task, d.n_classes) == ("multiclass", 3)
    X, y = by_first_column(d)
    np.testing.assert_array_equal(y, [1, 2, 1, 0])
    np.testing.assert_array_equal(X[:, 1], [2, 4, 6, 8])


def test_headerless_text_labels_are_not_a_header(tmp_path):
    p = write(tmp_path, "5.1,3.5,setosa\n4.9,3.0,setosa\n7.0,3.2,versicolor\n")
    d = load_csv(p, test_fraction=0)
    assert len(d) == 3 and d.task == "binary"
    assert d.class_names == ["setosa", "versicolor"]
    assert d.feature_names == ["x1", "x2"]


def test_label_column_by_name_and_index(tmp_path):
    p = write(tmp_path, "y,a,b\n0,1,10\n1,2,20\n0,3,30\n1,4,40\n")
    by_name = load_csv(p, label_column="y", test_fraction=0)
    by_index = load_csv(p, label_column=0, test_fraction=0)
    by_text_index = load_csv(p, label_column="0", test_fraction=0)
    for d in (by_name, by_index, by_text_index):
        X, y = by_first_column(d)
        assert d.feature_names == ["a", "b"]
        np.testing.assert_array_equal(X, [[1, 10], [2, 20], [3, 30], [4, 40]])
        np.testing.assert_array_equal(y, [0, 1, 0, 1])
    # b: few whole numbers count as classes unless the task says regression
    assert load_csv(p, label_column=-1).class_names == ["10", "20", "30", "40"]
    reg = load_csv(p, label_column=-1, task="regression", test_fraction=0)
    assert reg.task == "regression" and reg.feature_names == ["y", "a"]
    assert sorted(reg.y.tolist()) == [10, 20, 30, 40]
    assert by_name.spec.label_column == "y"


def test_numeric_class_labels_are_mapped_in_sorted_order(tmp_path):
    p = write(tmp_path, "1,0.1,3\n2,0.2,1\n3,0.3,2\n4,0.4,3\n")
    d = load_csv(p, test_fraction=0)
    assert d.task == "multiclass" and d.class_names == ["1", "2", "3"]
    _, y = by_first_column(d)
    np.testing.assert_array_equal(y, [2, 0, 1, 2])


def test_plus_minus_one_labels_and_regression_labels(tmp_path):
    pm = load_csv(write(tmp_path, "0,0,-1\n1,1,1\n2,0,-1\n", "pm.csv"), test_fraction=0)
    assert pm.task == "binary" and by_first_column(pm)[1].tolist() == [0, 1, 0]
    reg = load_csv(write(tmp_path, "0,0.5\n1,1.25\n2,-0.75\n", "reg.csv"), test_fraction=0)
    assert reg.task == "regression" and reg.n_features == 1
    assert by_first_column(reg)[1].tolist() == [0.5, 1.25, -0.75]
    forced = load_csv(write(tmp_path, "0,1\n1,2\n2,3\n", "f.csv"), task="regression")
    assert forced.task == "regression"


def test_semicolon_tab_blank_lines_comments_bom_and_quotes(tmp_path):
    semi = load_csv(write(tmp_path, "a;b;c\n1;2;0\n3;4;1\n", "s.csv"), test_fraction=0)
    assert semi.feature_names == ["a", "b"] and len(semi) == 2
    tab = load_csv(write(tmp_path, "1\t2\t0\n3\t4\t1\n", "t.csv"), test_fraction=0)
    assert tab.n_features == 2 and len(tab) == 2
    messy = load_csv(write(tmp_path, "\ufeff# my points\n\"x\", \"y\",label\n\n1, 2, a\n"
                                     "3, 4, b\n\n", "m.csv"), test_fraction=0)
    assert messy.feature_names == ["x", "y"] and messy.class_names == ["a", "b"]


def test_split_and_seed(tmp_path):
    p = write(tmp_path, "".join(f"{i},{i % 3}\n" for i in range(50)))
    a = load_csv(p, test_fraction=0.2, seed=1)
    b = load_csv(p, test_fraction=0.2, seed=1)
    c = load_csv(p, test_fraction=0.2, seed=2)
    assert (a.n_train, a.n_test) == (40, 10)
    assert np.array_equal(a.X_test, b.X_test) and not np.array_equal(a.X_test, c.X_test)


# --------------------------------------------------------------------------- bad rows
def test_three_broken_rows_are_all_reported(tmp_path):
    text = ("a,b,label\n"
            "1,2,0\n"
            "3,oops,1\n"        # line 3: not a number
            "4,5,0\n"
            "6,7\n"             # line 5: too few fields
            "8,9,1\n"
            "nan,1,0\n"         # line 7: NaN
            "2,3,1\n")
    with pytest.raises(CsvError, match=r"3 bad rows: line 3: .*line 5: .*line 7: ") as err:
        load_csv(write(tmp_path, text))
    assert [no for no, _ in err.value.problems] == [3, 5, 7]
    reasons = dict(err.value.problems)
    assert "'oops'" in reasons[3] and "'b'" in reasons[3]
    assert "expected 3 fields, found 2" in reasons[5]
    assert "'nan'" in reasons[7]
    assert isinstance(err.value, AnnStudioError)
    assert "\n" not in str(err.value)


def test_many_bad_rows_are_summarised_but_all_kept(tmp_path):
    lines = ["1,2,0"] + [f"{i},x,1" for i in range(12)] + ["inf,2,1", "3,4,"]
    with pytest.raises(CsvError, match=r"14 bad rows: line 2: .*and 9 more") as err:
        load_csv(write(tmp_path, "\n".join(lines) + "\n"))
    assert [no for no, _ in err.value.problems] == list(range(2, 16))
    assert "the label is empty" in err.value.problems[-1][1]
    assert "not a finite number" in err.value.problems[-2][1]


def test_a_broken_first_row_is_reported_not_taken_as_header(tmp_path):
    with pytest.raises(CsvError, match="1 bad row: line 1: column 'x2' is not a number") as err:
        load_csv(write(tmp_path, "1,abc,0\n2,3,1\n4,5,0\n"))
    assert err.value.problems == [(1, "column 'x2' is not a number: 'abc'")]


def test_empty_feature_and_text_in_a_numeric_label_column(tmp_path):
    text = "1,2,0\n,3,1\n4,5,1\n6,7,cat\n8,9,0\n"
    with pytest.raises(CsvError, match="2 bad rows") as err:
        load_csv(write(tmp_path, text))
    assert [no for no, _ in err.value.problems] == [2, 4]
    assert "empty" in err.value.problems[0][1]
    assert "label is not a number: 'cat'" in err.value.problems[1][1]


# --------------------------------------------------------------------------- bad files
@pytest.mark.parametrize("content, pattern", [
    (b"", "is empty"),
    (b"\n\n  \n", "is empty"),
    (b"# only a comment\n", "is empty"),
    (b"a,b,label\n", "header row but no data rows"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file"),
    (b"1,2,\xff\xfe\n", "not UTF-8 text \\(byte 0xff"),
    (b"1\n2\n3\n", "only 1 column"),
    (b"1,2,cat\n3,4,cat\n", "only one class \\('cat'\\)"),
])
def test_bad_files_give_one_line(tmp_path, content, pattern):
    with pytest.raises(CsvError, match=pattern) as err:
        load_csv(write(tmp_path, content))
    assert "\n" not in str(err.value)
    assert err.value.problems == []


def test_missing_file_folder_and_no_path(tmp_path):
    with pytest.raises(CsvError, match="not found: .*missing.csv"):
        load_csv(tmp_path / "missing.csv")
    with pytest.raises(CsvError, match="is a folder"):
        load_csv(tmp_path)
    with pytest.raises(CsvError, match="no CSV file given"):
        load_csv("")
    with pytest.raises(CsvError, match="no CSV file given"):
        load_csv(None)


def test_bad_label_column_and_task(tmp_path):
    p = write(tmp_path, "a,b,c\n1,2,0\n3,4,1\n")
    with pytest.raises(CsvError, match="no column named 'species'; column names: a, b, c"):
        load_csv(p, label_column="species")
    with pytest.raises(CsvError, match="label column 5 is out of range.*3 columns"):
        load_csv(p, label_column=5)
    with pytest.raises(CsvError, match="unknown task 'clustering'"):
        load_csv(p, task="clustering")
    q = write(tmp_path, "1,2,cat\n3,4,dog\n", "text.csv")
    with pytest.raises(CsvError, match="labels are text \\(e.g. 'cat'\\).*regression"):
        load_csv(q, task="regression")
    r = write(tmp_path, "1,2,a\n3,4,b\n5,6,c\n", "three.csv")
    with pytest.raises(CsvError, match="task 'binary' needs 2 classes.*3: a, b, c"):
        load_csv(r, task="binary")
    with pytest.raises(AnnStudioError, match="test fraction must be <= 0.9, got 1.5"):
        load_csv(p, test_fraction=1.5)


# --------------------------------------------------------------------------- specs
def test_from_spec_reads_csv_and_delegates_the_rest(tmp_path):
    p = write(tmp_path, "x1,x2,label\n" + "".join(f"{i},{i * i % 7},{i % 2}\n"
                                                   for i in range(30)))
    spec = DatasetSpec(name="csv", path=str(p), label_column="label", test_fraction=0.3,
                       seed=4, features=["x1x2"])
    d = csvdata.from_spec(spec)
    assert d.feature_names == ["x1", "x2", "x1x2"] and (d.n_train, d.n_test) == (21, 9)
    np.testing.assert_allclose(d.X[:, 2], d.X[:, 0] * d.X[:, 1])
    assert d.spec == spec
    moons = csvdata.from_spec(DatasetSpec(name="moons", n=40))
    assert np.array_equal(moons.X, D.make("moons", n=40).X)
    with pytest.raises(CsvError, match="no file path"):
        csvdata.from_spec(DatasetSpec(name="csv"))


@settings(deadline=None, max_examples=30)
@given(rows=st.lists(st.tuples(st.floats(-1e6, 1e6), st.floats(-1e6, 1e6),
                               st.sampled_from(["red", "green", "blue"])),
                     min_size=2, max_size=30),
       header=st.booleans())
def test_property_round_trip(tmp_path_factory, rows, header):
    if len({r[2] for r in rows}) < 2:
        rows = rows + [(0.0, 0.0, "red"), (1.0, 1.0, "blue")]
    path = tmp_path_factory.mktemp("rt") / "rt.csv"
    lines = (["f,g,colour"] if header else []) + [f"{a!r},{b!r},{c}" for a, b, c in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    d = load_csv(path, test_fraction=0)
    names = sorted({r[2] for r in rows})
    assert d.class_names == names
    got = sorted(zip(d.X[:, 0].tolist(), d.X[:, 1].tolist(),
                     [names[i] for i in d.y.tolist()]))
    assert got == sorted(rows)
