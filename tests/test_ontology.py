from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.coding.ontology import (
    PLOVER_TYPES,
    ROOTS,
    CodeInfo,
    Ontology,
    OntologyError,
    load_ontology,
    parent_code,
    quad_class_for_root,
)

ROOT_GOLDSTEIN = {
    "01": 0.0, "02": 3.0, "03": 4.0, "04": 1.0, "05": 3.5, "06": 6.0, "07": 7.0, "08": 5.0,
    "09": -2.0, "10": -5.0, "11": -2.0, "12": -4.0, "13": -6.0, "14": -6.5, "15": -7.2,
    "16": -4.0, "17": -5.0, "18": -9.0, "19": -10.0, "20": -10.0,
}
ROOT_PLOVER = {
    "01": None, "02": "REQUEST", "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE",
    "07": "AID", "08": "CONCEDE", "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT",
    "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE",
    "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
}
ROOT_QUAD = {r: (1 if int(r) <= 5 else 2 if int(r) <= 9 else 3 if int(r) <= 14 else 4) for r in ROOTS}


@pytest.fixture(scope="module")
def onto() -> Ontology:
    return load_ontology()


def test_cached_and_versioned(onto: Ontology) -> None:
    assert load_ontology() is onto
    assert onto.version == "cameo-1.1b3+ew1"


@pytest.mark.parametrize("root", ROOTS)
def test_every_root(onto: Ontology, root: str) -> None:
    info = onto.info(root)
    assert isinstance(info, CodeInfo)
    assert info.root == root
    assert info.goldstein == ROOT_GOLDSTEIN[root]
    assert info.quad_class == ROOT_QUAD[root]
    assert info.plover == ROOT_PLOVER[root]
    assert root in onto


def test_quad_classes_follow_gdelt() -> None:
    assert [quad_class_for_root(r) for r in ("01", "05", "06", "09", "10", "14", "15", "20")] == [1, 1, 2, 2, 3, 3, 4, 4]
    with pytest.raises(ValueError):
        quad_class_for_root("21")


def test_every_leaf_has_its_parent_and_root_values(onto: Ontology) -> None:
    codes = list(onto.codes())
    assert len(codes) > 300
    for info in codes:
        parent = parent_code(info.code)
        if parent is not None:
            assert parent in onto, info.code
            assert onto.info(parent).root == info.root
        assert info.code.startswith(info.root)
        assert info.quad_class == ROOT_QUAD[info.root]
        assert -10.0 <= info.goldstein <= 10.0
        assert info.plover is None or info.plover in PLOVER_TYPES


@pytest.mark.parametrize(
    ("code", "goldstein", "plover"),
    [
        ("0211", 3.4, "REQUEST"),
        ("042", 1.9, "CONSULT"),
        ("043", 2.8, "CONSULT"),
        ("046", 7.0, "CONSULT"),
        ("051", 3.4, "SUPPORT"),
        ("057", 8.0, "SUPPORT"),
        ("0841", 7.0, "RETREAT"),
        ("0874", 10.0, "RETREAT"),
        ("0811", 5.0, "CONCEDE"),
        ("112", -2.0, "ACCUSE"),
        ("1246", -5.0, "REJECT"),
        ("138", -7.0, "THREATEN"),
        ("145", -7.5, "PROTEST"),
        ("154", -7.2, "MOBILIZE"),
        ("163", -8.0, "COERCE"),
        ("166", -7.0, "SANCTION"),
        ("173", -5.0, "COERCE"),
        ("175", -9.0, "ASSAULT"),
        ("1831", -10.0, "ASSAULT"),
        ("186", -10.0, "ASSAULT"),
        ("190", -10.0, "ASSAULT"),
        ("192", -9.5, "COERCE"),
        ("195", -10.0, "ASSAULT"),
        ("2042", -10.0, "ASSAULT"),
    ],
)
def test_sample_leaves(onto: Ontology, code: str, goldstein: float, plover: str) -> None:
    info = onto.info(code)
    assert info.goldstein == goldstein
    assert info.plover == plover


def test_leaf_counts_per_root(onto: Ontology) -> None:
    counts = {r: sum(1 for c in onto.codes() if c.root == r and len(c.code) > 2) for r in ROOTS}
    assert counts == {
        "01": 10, "02": 27, "03": 28, "04": 7, "05": 8, "06": 5, "07": 6, "08": 25, "09": 5, "10": 27,
        "11": 12, "12": 26, "13": 22, "14": 26, "15": 6, "16": 13, "17": 13, "18": 14, "19": 9, "20": 7,
    }


def test_names(onto: Ontology) -> None:
    assert onto.info("04").name == "CONSULT"
    assert onto.info("173").name.startswith("Arrest")
    assert [c.code for c in onto.children("04")] == ["040", "041", "042", "043", "044", "045", "046"]


def test_unknown_code_is_a_clear_keyerror(onto: Ontology) -> None:
    assert "999" not in onto
    with pytest.raises(KeyError, match="unknown CAMEO event code '999'"):
        onto.info("999")


HEAD = "# version: test-1\ncode\tname\tgoldstein\tplover\n"
ROOT_ROWS = "".join(f"{r}\tROOT {r}\t0.0\t\n" for r in ROOTS)


def _write(tmp_path: Path, body: str) -> Path:
    p = tmp_path / "cameo.tsv"
    p.write_text(HEAD + ROOT_ROWS + body, encoding="utf-8")
    return p


def test_minimal_file_loads(tmp_path: Path) -> None:
    onto = load_ontology(_write(tmp_path, "010\tMake statement\t0.0\t\n"))
    assert onto.version == "test-1"
    assert onto.info("010").plover is None


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("0101\tno parent\t0.0\t\n", "no parent '010'"),
        ("01\tdup\t0.0\t\n", "duplicate code '01'"),
        ("010\tx\t11.0\t\n", "outside"),
        ("010\tx\tabc\t\n", "not a number"),
        ("010\tx\t1.0\tFIGHT\n", "bad plover type 'FIGHT'"),
        ("2101\tx\t1.0\t\n", "root '21'"),
        ("01x\tx\t1.0\t\n", "bad code"),
        ("010\tx\t1.0\n", "4 tab-separated fields"),
    ],
)
def test_validation_errors_name_file_and_line(tmp_path: Path, row: str, message: str) -> None:
    path = _write(tmp_path, row)
    line = 2 + len(ROOTS) + 1
    with pytest.raises(OntologyError) as err:
        load_ontology(path)
    assert f"{path}:{line}:" in str(err.value)
    assert message in str(err.value)


def test_missing_version_and_roots(tmp_path: Path) -> None:
    p = tmp_path / "a.tsv"
    p.write_text("code\tname\tgoldstein\tplover\n" + ROOT_ROWS, encoding="utf-8")
    with pytest.raises(OntologyError, match="version"):
        load_ontology(p)
    p.write_text(HEAD + "01\tx\t0.0\t\n", encoding="utf-8")
    with pytest.raises(OntologyError, match="root codes missing: 02"):
        load_ontology(p)
