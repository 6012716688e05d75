"""English and Indonesian interface strings: same keys, and every key the code uses exists."""
from __future__ import annotations

import re
from pathlib import Path

from dashboard.i18n import Translator, load

DASHBOARD = Path(__file__).resolve().parents[1] / "dashboard"


def test_dashboard_i18n_languages_have_the_same_keys():
    en, id_ = load("en"), load("id")
    assert set(en) == set(id_)
    assert all(value.strip() for value in id_.values())


def test_dashboard_i18n_placeholders_match():
    en, id_ = load("en"), load("id")
    fields = lambda text: sorted(re.findall(r"\{(\w+)\}", text))  # noqa: E731
    assert {k: fields(v) for k, v in en.items()} == {k: fields(v) for k, v in id_.items()}


def test_dashboard_i18n_every_literal_key_in_the_code_exists():
    keys = set(load("en"))
    used = set()
    for path in DASHBOARD.rglob("*.py"):
        used |= set(re.findall(r'\bt\(\s*"([a-z_]+\.[a-z_0-9.]+)"', path.read_text()))
    assert used and used <= keys, sorted(used - keys)


def test_dashboard_i18n_missing_keys_and_bad_values_never_raise():
    t = Translator("xx")
    assert t.lang == "en" and t("no.such.key") == "no.such.key"
    assert t("events.count") == "{n} event(s) match."  # no values: left as written
    assert Translator("id")("nav.overview") == "Ringkasan"
