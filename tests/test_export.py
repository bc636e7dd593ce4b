from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pandas as pd
import pytest

from eventwire.store import GDELT_COLUMNS, EventFilter, Store, export
from eventwire.store.gdelt import global_event_id, iso3_to_fips
from eventwire.store.sample import demo_batch


def test_csv_to_path_and_stream(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "e.csv"
    assert export(store, "csv", path) == 5
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert len(rows) == 5 and rows[0]["event_id"] and "cluster_id" in rows[0]
    buf = io.BytesIO()
    assert export(store, "csv", buf, EventFilter(actor="CHN")) == 2
    assert buf.getvalue().decode().count("\n") == 3  # header + 2


def test_jsonl_is_spec_shape(store: Store) -> None:
    buf = io.StringIO()
    assert export(store, "jsonl", buf) == 5
    lines = [json.loads(x) for x in buf.getvalue().splitlines()]
    expected = {e.event_id: e.to_dict() for _, evs in demo_batch() for e in evs}
    assert {d["event_id"]: d for d in lines} == expected


def test_parquet(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "e.parquet"
    assert export(store, "parquet", path, EventFilter(quad_class=3)) == 2
    df = pd.read_parquet(path)
    assert sorted(df["event_id"]) == ["a1:1", "a3:1"]
    buf = io.BytesIO()
    assert export(store, "parquet", buf) == 5
    assert len(pd.read_parquet(io.BytesIO(buf.getvalue()))) == 5


def test_gdelt_61_columns_readable_by_pandas(store: Store) -> None:
    assert len(GDELT_COLUMNS) == 61 and GDELT_COLUMNS[0] == "GlobalEventID"
    assert GDELT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")
    buf = io.StringIO()
    assert export(store, "gdelt", buf) == 5
    text = buf.getvalue()
    assert all(line.count("\t") == 60 for line in text.splitlines())
    df = pd.read_csv(io.StringIO(text), sep="\t", header=None, names=list(GDELT_COLUMNS),
                     dtype={"EventCode": str, "EventRootCode": str, "EventBaseCode": str})  # fmt: skip
    assert len(df) == 5
    row = df[df["EventCode"] == "040"].iloc[0]
    assert row["GlobalEventID"] == global_event_id("a1:0")
    assert (row["Day"], row["MonthYear"], row["Year"]) == (20140901, 201409, 2014)
    assert row["Actor1Code"] == "USAGOV" and row["Actor1CountryCode"] == "USA"
    assert row["Actor2Type1Code"] == "GOV" and row["QuadClass"] == 1
    assert row["NumMentions"] == 2 and row["NumArticles"] == 2 and row["NumSources"] == 1
    assert row["ActionGeo_CountryCode"] == "CH"  # FIPS for China (ISO-3 CHN)
    assert row["ActionGeo_Type"] == 4 and row["ActionGeo_FullName"] == "Beijing"
    assert row["SOURCEURL"] == "https://example.org/a1" and len(str(row["DATEADDED"])) == 14
    nato = df[df["Actor1Code"] == "NATO"].iloc[0]
    assert nato["Actor1KnownGroupCode"] == "NATO" and pd.isna(nato["Actor1CountryCode"])
    assert df["GlobalEventID"].dtype.kind == "i"


def test_gdelt_header_and_clusters_only(store: Store) -> None:
    buf = io.StringIO()
    assert export(store, "gdelt", buf, header=True, clusters_only=True) == 4
    lines = buf.getvalue().splitlines()
    assert lines[0].split("\t") == list(GDELT_COLUMNS) and len(lines) == 5


def test_global_event_id_stable_63_bit() -> None:
    a = global_event_id("doc:1")
    assert a == global_event_id("doc:1") != global_event_id("doc:2")
    assert 0 <= a < 2**63
    assert iso3_to_fips()["DEU"] == "GM" and iso3_to_fips()["GBR"] == "UK"


def test_bad_format(store: Store) -> None:
    with pytest.raises(ValueError, match="fmt"):
        export(store, "xml", io.StringIO())
    with pytest.raises(ValueError):
        export(store, "csv", io.StringIO(), EventFilter(root="99"))
