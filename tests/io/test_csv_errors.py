"""Any error of the csv module is one `CsvError` naming the line: a field over its limit of
131,072 characters (a long number, a quoted blob, one 100 MB line) is refused in a sentence."""
import csv

import pytest

from annstudio.cli import main
from annstudio.io import csvdata

LIMIT = csv.field_size_limit()


@pytest.mark.parametrize("line", [
    "1," + "9" * (LIMIT + 10) + ",1",                 # a number longer than the limit
    '"' + "x" * (LIMIT + 10) + '",4,1',                # a quoted field
    "a" * (LIMIT + 10),                                 # one long line, no delimiter at all
    "1;" + "2" * (LIMIT + 10) + ";1",                  # under the ';' the sniffing tries
], ids=["number", "quoted", "no-delimiter", "semicolons"])
def test_a_field_over_the_csv_limit_is_one_sentence(tmp_path, line):
    path = tmp_path / "long.csv"
    path.write_text("x1,x2,y\n1,2,0\n" + line + "\n3,4,1\n")
    with pytest.raises(csvdata.CsvError, match=r"^long.csv cannot be read as CSV: line 3: a "
                                               r"field is longer than 131,072 characters"):
        csvdata.load_csv(path)


def test_one_100_mb_line_is_refused_quickly(tmp_path, capsys):
    path = tmp_path / "huge.csv"
    path.write_bytes(b"7" * (100 * 2 ** 20) + b"\n")
    assert main(["train", "--dataset", str(path), "--epochs", "1"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    assert err.startswith("annstudio: error: huge.csv cannot be read as CSV: line 1: a field")


def test_a_long_tab_separated_line_still_reads(tmp_path):
    """The sniffing tries ',' and ';' first: a line that is one over-long field under them but
    splits under tabs is a good file."""
    n = LIMIT // 4
    header = "\t".join(f"x{j}" for j in range(n)) + "\ty\n"
    rows = "".join("\t".join(["1.5"] * n) + f"\t{k % 2}\n" for k in range(4))
    path = tmp_path / "wide.tsv.csv"
    path.write_text(header + rows)
    data = csvdata.load_csv(path, test_fraction=0)
    assert data.X_train.shape == (4, n)
