"""The CAMEO code table in extraction/data/cameo.toml and its loader."""
from __future__ import annotations

import pytest

from extraction.pipeline.codes import CameoCode, load_codes, load_codes_from

EVENT_TYPES = {
    "statement", "appeal", "agree", "phone_call", "meet", "support", "military_cooperation",
    "aid", "yield", "investigate", "condemn", "reject", "threaten", "protest", "mobilize",
    "sanction", "coerce", "attack",
}


def expected_event_type(code: str) -> str:
    """The annotation guidelines' mapping, written out again so the table is checked against it."""
    root, branch = int(code[:2]), code[:3]
    if branch == "041":
        return "phone_call"
    if branch == "057":
        return "agree"
    if branch == "062":
        return "military_cooperation"
    by_root = {
        1: "statement", 2: "appeal", 3: "agree", 4: "meet", 5: "support", 6: "support", 7: "aid",
        8: "yield", 9: "investigate", 10: "appeal", 11: "condemn", 12: "reject", 13: "threaten",
        14: "protest", 15: "mobilize", 16: "sanction", 17: "coerce",
    }
    return by_root.get(root, "attack")


def expected_quad_class(code: str) -> int:
    root = int(code[:2])
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    return 3 if root <= 13 else 4


@pytest.fixture(scope="module")
def table():
    return load_codes()


def test_codes_table_loads(table):
    assert len(table.codes()) > 250
    assert all(isinstance(item, CameoCode) for item in table.codes())


def test_codes_loader_is_cached():
    assert load_codes() is load_codes()


def test_codes_all_event_types_present(table):
    assert set(table.event_types()) == EVENT_TYPES
    assert len(table.event_types()) == 18
    assert {item.event_type for item in table.codes()} == EVENT_TYPES


def test_codes_all_roots_present(table):
    roots = {item.code for item in table.codes() if len(item.code) == 2}
    assert roots == {f"{n:02d}" for n in range(1, 21)}


def test_codes_agree_with_guideline_mapping(table):
    wrong = [(c.code, c.event_type) for c in table.codes()
             if c.event_type != expected_event_type(c.code)]
    assert wrong == []


def test_codes_have_a_parent(table):
    known = {item.code for item in table.codes()}
    orphans = [c for c in known if len(c) > 2 and c[:-1] not in known]
    assert orphans == []


def test_codes_four_digit_codes_share_parent_event_type(table):
    for item in table.codes():
        if len(item.code) == 4:
            assert item.event_type == table.event_type_of(item.code[:3]), item.code


def test_codes_goldstein_in_range(table):
    assert all(-10 <= c.goldstein <= 10 for c in table.codes())


@pytest.mark.parametrize("code,goldstein", [
    ("041", 1.0), ("111", -2.0), ("163", -8.0), ("190", -10.0), ("057", 8.0), ("0874", 10.0),
])
def test_codes_goldstein_known_values(table, code, goldstein):
    assert table.get(code).goldstein == goldstein


def test_codes_quad_classes(table):
    wrong = [(c.code, c.quad_class) for c in table.codes()
             if c.quad_class != expected_quad_class(c.code)]
    assert wrong == []
    assert {c.quad_class for c in table.codes()} == {1, 2, 3, 4}


@pytest.mark.parametrize("code,event_type", [
    ("111", "condemn"), ("112", "condemn"), ("114", "condemn"), ("041", "phone_call"),
    ("042", "meet"), ("043", "meet"), ("046", "meet"), ("057", "agree"),
    ("062", "military_cooperation"), ("072", "aid"), ("073", "aid"), ("163", "sanction"),
    ("171", "coerce"), ("190", "attack"), ("195", "attack"),
])
def test_codes_specific_codes(table, code, event_type):
    assert table.event_type_of(code) == event_type


@pytest.mark.parametrize("code,plover_type,plover_mode", [
    ("041", "CONSULT", "phone"), ("042", "CONSULT", "visit"), ("043", "CONSULT", "host"),
    ("044", "CONSULT", "third-party"), ("062", "COOPERATE", ""), ("010", "", ""),
    ("0871", "RETREAT", "ceasefire"), ("081", "CONCEDE", ""), ("195", "ASSAULT", "heavy-weapons"),
])
def test_codes_plover_mapping(table, code, plover_type, plover_mode):
    item = table.get(code)
    assert (item.plover_type, item.plover_mode) == (plover_type, plover_mode)


def test_codes_plover_types_are_known(table):
    known = {"", "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT",
             "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
             "COERCE", "ASSAULT"}
    assert {c.plover_type for c in table.codes()} <= known


def test_codes_statements_have_no_plover_type(table):
    assert all(c.plover_type == "" for c in table.codes() if c.event_type == "statement")


@pytest.mark.parametrize("event_type,code", [
    ("appeal", "020"), ("agree", "030"), ("phone_call", "041"), ("meet", "040"),
    ("support", "050"), ("military_cooperation", "062"), ("aid", "070"), ("yield", "080"),
    ("investigate", "090"), ("condemn", "111"), ("reject", "120"), ("threaten", "130"),
    ("protest", "140"), ("mobilize", "150"), ("sanction", "160"), ("coerce", "170"),
    ("attack", "190"), ("statement", "010"),
])
def test_codes_default_code(table, event_type, code):
    assert table.default_code(event_type) == code
    assert table.event_type_of(code) == event_type


@pytest.mark.parametrize("event_type,symmetric", [
    ("phone_call", True), ("meet", True), ("agree", True), ("military_cooperation", True),
    ("condemn", False), ("attack", False), ("aid", False),
])
def test_codes_symmetric(table, event_type, symmetric):
    assert table.is_symmetric(event_type) is symmetric


def test_codes_unknown_code_raises_key_error(table):
    with pytest.raises(KeyError, match="999"):
        table.get("999")
    with pytest.raises(KeyError, match="nonsense"):
        table.default_code("nonsense")


GOOD_ENTRY = """
[codes."{code}"]
label = "x"
event_type = "{event_type}"
plover_type = ""
plover_mode = ""
quad_class = {quad}
goldstein = {goldstein}
"""


@pytest.mark.parametrize("code,event_type,quad,goldstein", [
    ("1x1", "condemn", 3, -2.0),     # not digits
    ("11111", "condemn", 3, -2.0),   # too long
    ("111", "attack", 3, -2.0),      # contradicts the root mapping
    ("111", "shouting", 3, -2.0),    # not a known type
    ("111", "condemn", 4, -2.0),     # wrong quad class
    ("111", "condemn", 3, -12.0),    # outside the Goldstein scale
])
def test_codes_broken_table_raises_value_error(tmp_path, code, event_type, quad, goldstein):
    path = tmp_path / "bad.toml"
    entry = GOOD_ENTRY.format(code=code, event_type=event_type, quad=quad, goldstein=goldstein)
    path.write_text(entry)
    with pytest.raises(ValueError, match=code):
        load_codes_from(path)


def test_codes_table_without_class_defaults_raises_value_error(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text(GOOD_ENTRY.format(code="111", event_type="condemn", quad=3, goldstein=-2.0))
    with pytest.raises(ValueError, match="classes"):
        load_codes_from(path)
